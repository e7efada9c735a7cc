#pragma once

// Raw HTTP/1.1 on a QTcpSocket for the transport tests: the bytes on the wire are exactly
// the ones under test, and answers are split by hand (no client library tidies them up).

#include <QByteArray>
#include <QList>
#include <QTcpSocket>
#include <QTest>

namespace raycstr::testing {

struct Answer
{
    int status = 0;
    QByteArray head; // status line + headers, lower-cased
    QByteArray body;
    bool hasHeader(const QByteArray &lowerName) const
    {
        return head.contains("\r\n" + lowerName + ":");
    }
};

// Splits one complete response off the front of `buffer`; false when more is needed.
inline bool takeAnswer(QByteArray *buffer, Answer *out)
{
    const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QByteArray head = buffer->left(headEnd + 2).toLower();
    qsizetype length = 0;
    const qsizetype at = head.indexOf("\r\ncontent-length:");
    if (at >= 0) {
        const qsizetype end = head.indexOf("\r\n", at + 2);
        length = head.mid(at + 17, end - at - 17).trimmed().toLongLong();
    }
    if (buffer->size() < headEnd + 4 + length)
        return false;
    out->status = head.mid(9, 3).toInt();
    out->head = head;
    out->body = buffer->mid(headEnd + 4, length);
    buffer->remove(0, headEnd + 4 + length);
    return true;
}

// Reads `count` answers from the socket (or fewer when it times out). The server runs in
// this thread, so wait with the event loop turning, never with a blocking socket call.
inline QList<Answer> readAnswers(QTcpSocket &socket, int count, int timeoutMs = 5000)
{
    QList<Answer> answers;
    QByteArray buffer;
    // The caller compares the count: a timeout shows there, with what did arrive.
    static_cast<void>(QTest::qWaitFor(
        [&]() {
            buffer += socket.readAll();
            Answer answer;
            while (answers.size() < count && takeAnswer(&buffer, &answer))
                answers.append(answer);
            // A closed connection brings no more answers: no need to wait for the timeout.
            return answers.size() >= count
                || (socket.state() == QAbstractSocket::UnconnectedState
                    && socket.bytesAvailable() == 0);
        },
        timeoutMs));
    return answers;
}

// Waits (event loop turning) until the server has closed the connection.
inline bool waitClosed(QTcpSocket &socket, int timeoutMs = 5000)
{
    return QTest::qWaitFor(
        [&]() {
            socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
}

} // namespace raycstr::testing

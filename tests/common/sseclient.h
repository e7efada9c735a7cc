#pragma once

// A Server-Sent Events client for tests, on a raw socket: a stream never ends, so the
// blocking HttpClient cannot read one. Waiting spins the event loop, so an in-process
// server keeps running.

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

namespace raycstr::testing {

struct SseEvent
{
    QByteArray type; // "message" when the block has no event: line
    QByteArray data;
    QJsonObject json() const { return QJsonDocument::fromJson(data).object(); }
};

class SseClient
{
public:
    explicit SseClient(quint16 port, int readBufferSize = 0)
        : m_port(port)
    {
        // A small read buffer makes Qt stop reading the kernel's buffer when it is full: a
        // client that does not keep up.
        if (readBufferSize > 0)
            m_socket.setReadBufferSize(readBufferSize);
    }

    bool open(const QByteArray &path, const QList<QPair<QByteArray, QByteArray>> &headers = {},
              const QByteArray &method = "GET")
    {
        m_socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (!QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                             5000))
            return false;
        QByteArray request = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Accept: text/event-stream\r\n";
        for (const auto &h : headers)
            request += h.first + ": " + h.second + "\r\n";
        m_socket.write(request + "\r\n");
        return true;
    }
    bool openFor(const QByteArray &site, const QByteArray &key,
                 const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        auto all = headers;
        if (!key.isEmpty())
            all.append({"Authorization", "Bearer " + key});
        return open("/api/stream/" + site, all);
    }
    // Waits for the response head; the status code, or 0 when none came.
    int waitForHead(int timeoutMs = 5000)
    {
        (void)QTest::qWaitFor([&] { return pump().contains("\r\n\r\n"); }, timeoutMs);
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return 0;
        m_head = m_buffer.left(end);
        const QList<QByteArray> parts = m_head.left(m_head.indexOf("\r\n")).split(' ');
        return parts.size() >= 2 ? parts.at(1).toInt() : 0;
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : m_head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return QByteArray();
    }
    QByteArray body()
    {
        pump();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        return end < 0 ? QByteArray() : m_buffer.mid(end + 4);
    }
    // The complete event blocks received so far (comments and retry: lines skipped).
    QList<SseEvent> events()
    {
        QList<SseEvent> result;
        const QList<QByteArray> blocks = body().split('\n');
        SseEvent current;
        bool any = false;
        for (const QByteArray &line : blocks) {
            if (line.isEmpty()) {
                if (any)
                    result.append(current.type.isEmpty() ? SseEvent {"message", current.data}
                                                         : current);
                current = {};
                any = false;
            } else if (line.startsWith("event: ")) {
                current.type = line.mid(7);
                any = true;
            } else if (line.startsWith("data: ")) {
                current.data = line.mid(6);
                any = true;
            }
        }
        return result;
    }
    QList<SseEvent> events(const QByteArray &type)
    {
        QList<SseEvent> result;
        for (const SseEvent &e : events())
            if (e.type == type)
                result.append(e);
        return result;
    }
    bool waitForEvents(const QByteArray &type, int count, int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] { return events(type).size() >= count; }, timeoutMs);
    }
    bool waitFor(const QByteArray &needle, int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] { return body().contains(needle); }, timeoutMs);
    }
    QByteArray raw()
    {
        pump();
        return m_buffer;
    }
    QTcpSocket &socket() { return m_socket; }

private:
    const QByteArray &pump()
    {
        m_buffer += m_socket.readAll();
        return m_buffer;
    }

    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_head;
};

} // namespace raycstr::testing

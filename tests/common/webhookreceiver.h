#pragma once

// A loopback HTTP receiver for the alert tests: a QTcpServer on 127.0.0.1, port 0, on a
// thread of its own (the sender blocks the test's thread while it posts), recording every
// request and answering with the statuses it is told, in order, then 200.

#include <QMutex>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <functional>

namespace raycstr::testing {

// One HTTP/1.1 request as a loopback test server received it.
struct ReceivedRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// Splits one complete request (head and Content-Length body) off the front of `buffer`;
// false when more bytes are needed.
inline bool takeRequest(QByteArray *buffer, ReceivedRequest *out)
{
    const qsizetype end = buffer->indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    ReceivedRequest r;
    const QList<QByteArray> lines = buffer->left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    r.method = first.value(0);
    r.path = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                             lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = r.headers.value("content-length").toLongLong();
    if (buffer->size() < end + 4 + length)
        return false;
    r.body = buffer->mid(end + 4, length);
    buffer->remove(0, end + 4 + length);
    *out = std::move(r);
    return true;
}

// Hands each request read off `socket` to `handle` as it completes (on the socket's thread);
// the socket goes when the peer closes it.
inline void onRequests(QTcpSocket *socket,
                       std::function<void(QTcpSocket *, const ReceivedRequest &)> handle)
{
    auto *buffer = new QByteArray;
    QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
        delete buffer;
        socket->deleteLater();
    });
    QObject::connect(socket, &QTcpSocket::readyRead, socket,
                     [socket, buffer, handle = std::move(handle)] {
                         *buffer += socket->readAll();
                         ReceivedRequest r;
                         while (takeRequest(buffer, &r))
                             handle(socket, r);
                     });
}

class WebhookReceiver
{
public:
    using Request = ReceivedRequest;

    ~WebhookReceiver()
    {
        m_thread.quit();
        m_thread.wait();
        delete m_server; // its thread has ended: nothing else touches it
    }

    bool start()
    {
        m_server = new QTcpServer;
        QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection())
                serve(s);
        });
        m_server->moveToThread(&m_thread);
        m_thread.start();
        bool ok = false;
        QMetaObject::invokeMethod(
            m_server,
            [&] {
                ok = m_server->listen(QHostAddress::LocalHost, 0);
                m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
        return ok;
    }

    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
    }
    QList<Request> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    int received() const { return int(requests().size()); }
    void answerNext(QList<int> statuses)
    {
        QMutexLocker lock(&m_mutex);
        m_statuses = std::move(statuses);
    }

private:
    void serve(QTcpSocket *socket)
    {
        onRequests(socket, [this](QTcpSocket *peer, const Request &r) {
            int status = 200;
            {
                QMutexLocker lock(&m_mutex);
                m_requests.append(r);
                if (!m_statuses.isEmpty())
                    status = m_statuses.takeFirst();
            }
            peer->write("HTTP/1.1 " + QByteArray::number(status)
                        + " X\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
            peer->disconnectFromHost();
        });
    }

    QThread m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<Request> m_requests;
    QList<int> m_statuses;
};

} // namespace raycstr::testing

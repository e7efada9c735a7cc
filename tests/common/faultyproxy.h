#pragma once

// A TCP proxy on loopback that loses what a test tells it to, for the failures a network
// really has: an HTTP request that reached the server but whose answer never came back
// (dropAnswer), one that never arrived (dropRequest), a server that is gone (setDown).
// Requests are matched by a marker in their bytes (e.g. "INSERT INTO events"); one
// request at a time per connection, as Qt's HTTP client sends them.
//
// It lives in the thread that made it and works while that thread's event loop runs —
// which a synchronous client's local QEventLoop on the same thread does.

#include <QByteArray>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace raycstr::testing {

class FaultyProxy : public QObject
{
public:
    explicit FaultyProxy(quint16 upstreamPort)
        : m_upstreamPort(upstreamPort)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    }

    quint16 port() const { return m_server.serverPort(); }

    // The next `times` requests containing `marker` reach the server; their answers are
    // thrown away and the client's connection is cut.
    void dropAnswer(const QByteArray &marker, int times = 1)
    {
        m_answerRules.append({marker, times});
    }
    // The next `times` requests containing `marker` are cut before the server sees them.
    void dropRequest(const QByteArray &marker, int times = 1)
    {
        m_requestRules.append({marker, times});
    }
    // While down, every connection is closed at once (a server that is not there), the
    // ones open already included.
    void setDown(bool down)
    {
        m_down = down;
        if (down) {
            for (const QPointer<QTcpSocket> &client : std::as_const(m_clients)) {
                if (client)
                    client->abort();
            }
        }
    }
    int answersDropped() const { return m_answersDropped; }
    int requestsDropped() const { return m_requestsDropped; }

private:
    struct Rule
    {
        QByteArray marker;
        int times;
    };
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray request; // bytes of the request in flight
        bool dropThisAnswer = false;
    };

    static bool take(QList<Rule> &rules, const QByteArray &bytes)
    {
        for (Rule &r : rules) {
            if (r.times > 0 && bytes.contains(r.marker)) {
                --r.times;
                return true;
            }
        }
        return false;
    }

    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            if (m_down) {
                client->abort();
                client->deleteLater();
                continue;
            }
            m_clients.append(client);
            auto *link = new Link;
            link->client = client;
            link->upstream = new QTcpSocket(client);
            link->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
            auto close = [link] {
                if (link->client)
                    link->client->abort();
                if (link->client)
                    link->client->deleteLater();
            };
            QObject::connect(client, &QTcpSocket::readyRead, this, [this, link, close] {
                const QByteArray bytes = link->client->readAll();
                link->request += bytes;
                if (take(m_requestRules, link->request)) {
                    ++m_requestsDropped;
                    close();
                    return;
                }
                if (!link->dropThisAnswer && take(m_answerRules, link->request))
                    link->dropThisAnswer = true;
                link->upstream->write(bytes);
            });
            QObject::connect(link->upstream, &QTcpSocket::readyRead, this, [this, link, close] {
                const QByteArray bytes = link->upstream->readAll();
                link->request.clear(); // the answer has begun: the next bytes are a new request
                if (link->dropThisAnswer) {
                    ++m_answersDropped;
                    link->dropThisAnswer = false;
                    close();
                    return;
                }
                link->client->write(bytes);
            });
            QObject::connect(link->upstream, &QTcpSocket::disconnected, client, close);
            QObject::connect(client, &QObject::destroyed, this, [link] { delete link; });
        }
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QList<Rule> m_answerRules;
    QList<Rule> m_requestRules;
    QList<QPointer<QTcpSocket>> m_clients;
    bool m_down = false;
    int m_answersDropped = 0;
    int m_requestsDropped = 0;
};

} // namespace raycstr::testing

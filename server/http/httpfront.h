#pragma once

#include "http/plainhttp.h"

#include <QHostAddress>
#include <QList>
#include <QTcpServer>

class QTcpSocket;

namespace raycstr {

// The listening socket of the HTTP server, with a lean HTTP/1.1 reader in front of
// QHttpServer for the ingest routes.
//
// Why: Qt HttpServer 6.4 parses every request through its generic machinery (byte-wise
// parser callbacks, a QUrl, a header map, a regular-expression router over every route),
// which caps a single-event ingest well below what the rest of the pipeline does. Here a
// keep-alive connection's requests are read straight out of the socket buffer: find the
// header end, pick the few headers ingest reads, answer from a preformatted buffer.
//
// It serves only what it fully understands: an HTTP/1.1 GET, POST or OPTIONS with a
// Content-Length (or no body) to one of its exact paths. Anything else (another path or
// method, chunked bodies, Expect, HTTP/1.0, odd or repeated headers, oversize heads) is
// handed, unread, to QHttpServer with the connection, which then owns it for good. The
// ingest routes are registered there too, so the two layers answer alike.
class HttpFront : public QTcpServer
{
    Q_OBJECT
public:
    explicit HttpFront(QObject *parent = nullptr);

    void addRoute(const QByteArray &path, PlainHandler handler);

    // The head (request line + headers) the front reads at most before handing over.
    static constexpr qsizetype MaxHeadBytes = 16 * 1024;
    // Bodies above this go to QHttpServer, whose route answers 413 with the reason.
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;

    // Connections handed to QHttpServer so far (for tests).
    qint64 handedOff() const { return m_handedOff; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    enum class Outcome { Served, NeedMore, HandOff, Closed };
    void readRequests(QTcpSocket *socket, const QHostAddress &peer);
    Outcome serveOne(QTcpSocket *socket, const QHostAddress &peer);
    void writeResponse(QTcpSocket *socket, const PlainResponse &response, bool close);
    void handOff(QTcpSocket *socket);
    const PlainHandler *handlerFor(QByteArrayView path) const;

    struct Route
    {
        QByteArray path;
        PlainHandler handler;
    };
    QList<Route> m_routes;
    QByteArray m_in; // reused between requests: the peeked head and body
    QByteArray m_out; // reused: the serialized response
    qint64 m_handedOff = 0;
};

} // namespace raycstr

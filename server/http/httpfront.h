#pragma once

#include "core/config.h"
#include "http/plainhttp.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <string_view>

class QTcpSocket;

namespace raycstr {

struct HttpHead;

// The listening socket of the HTTP server: every connection's guard, and a lean HTTP/1.1
// reader in front of QHttpServer for the ingest routes.
//
// Why a hand-written front: Qt HttpServer 6.4 parses every request through its generic
// machinery (byte-wise parser callbacks, a QUrl, a header map, a regular-expression router
// over every route), which caps a single-event ingest well below what the rest of the
// pipeline does. Here a keep-alive connection's requests are read straight out of the
// socket buffer: find the header end, pick the few headers ingest reads, answer from a
// preformatted buffer. It serves only what it fully understands: an HTTP/1.1 GET, POST or
// OPTIONS with a Content-Length (or no body) to one of its exact paths.
//
// Why it guards every connection, its own or not: QHttpServer 6.4 has no limits at all (no
// timeout, no connection cap, and it buffers a whole request of any size before a route can
// answer 413), and it is reached by anyone on the internet. So whichever layer answers:
//  - Every request head is checked here first (HttpHead, RFC 9112): ambiguous framing
//    (Content-Length with Transfer-Encoding, repeated lengths), transfer codings (chunked
//    is refused with 411: no route needs it, and QHttpServer would buffer it unbounded),
//    control characters, unknown methods, oversized request lines (414) and heads (431)
//    are answered here and the connection closed, so nothing after them is ever parsed.
//  - A body over its route's limit (limitBody, MaxBodyBytes by default) is refused with
//    413 before a byte of it is read; so QHttpServer never holds more than a head and a
//    bounded body per request.
//  - Connections get header, body and idle timeouts, a global cap (lowered to what the
//    open-file limit allows) and a per-address cap (not for trusted proxies: see
//    incomingConnection). After `Connection: close` or HTTP/1.0, nothing more is read.
//  - When accept() fails (out of files), accepting pauses and resumes shortly after,
//    instead of stopping for good as QTcpServer does.
//
// Anything else valid (another path or method, Expect, Upgrade, HTTP/1.0, repeated
// headers the front reads once) is handed, unread, to QHttpServer with the connection; the
// front keeps inspecting the connection's bytes before QHttpServer reads them (its
// readyRead slot was connected first), so the same limits hold there. The ingest routes
// are registered with QHttpServer too, so the two layers answer alike.
//
// Threading: everything runs on the thread that owns the server (the HTTP thread).
class HttpFront : public QTcpServer
{
    Q_OBJECT
public:
    explicit HttpFront(QObject *parent = nullptr);
    ~HttpFront() override;

    void addRoute(const QByteArray &path, PlainHandler handler);
    // The largest body a path takes (exact path; others: MaxBodyBytes).
    void limitBody(const QByteArray &path, qint64 bytes);
    // Before listen(). `exempt`: peers the per-address cap does not apply to.
    void setLimits(const ConnectionLimits &limits,
                   std::function<bool(const QHostAddress &)> exempt = {});

    // The head (request line + headers) accepted at most (431 above).
    static constexpr qsizetype MaxHeadBytes = 16 * 1024;
    // The body limit of every route not named in limitBody.
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;

    // Connections handed to QHttpServer so far, open now, and refused at accept (for tests
    // and monitoring).
    qint64 handedOff() const { return m_handedOff; }
    int openConnections() const { return int(m_connections.size()); }
    qint64 refusedConnections() const { return m_refused; }
    // The global cap in force (the configured one, or less under a low open-file limit).
    int maxConnections() const { return m_maxConnections; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Connection;
    enum class Outcome { Served, NeedMore, HandOff, Closed };
    void readRequests(Connection *c);
    Outcome serveOne(Connection *c);
    void inspectHandedOver(Connection *c, bool justHandedOver);
    bool checkBody(Connection *c, const HttpHead &head);
    void writeResponse(QTcpSocket *socket, const PlainResponse &response, bool close);
    void refuse(Connection *c, int status, const QByteArray &message);
    void refuseOversizedHead(Connection *c, std::string_view head);
    void handOff(Connection *c);
    void answered(Connection *c);
    void sweep();
    void forget(QTcpSocket *socket);
    qint64 bodyLimit(QByteArrayView path) const;
    const PlainHandler *handlerFor(QByteArrayView path) const;

    struct Route
    {
        QByteArray path;
        PlainHandler handler;
    };
    QList<Route> m_routes;
    QList<std::pair<QByteArray, qint64>> m_bodyLimits;
    ConnectionLimits m_limits;
    std::function<bool(const QHostAddress &)> m_exempt;
    int m_maxConnections = 0;
    QHash<QTcpSocket *, Connection *> m_connections;
    QHash<QHostAddress, int> m_perAddress;
    QTimer m_sweep; // checks the deadlines; runs while connections are open
    QTimer m_resume; // resumes accepting after accept() failed
    QElapsedTimer m_clock;
    QTcpSocket *m_inspectedAtHandOff = nullptr; // its unread bytes are inspected already
    QByteArray m_in; // reused between requests: the peeked head and body
    QByteArray m_out; // reused: the serialized response
    qint64 m_handedOff = 0;
    qint64 m_refused = 0;
    bool m_acceptFailing = false; // accept() failed and has not succeeded since
};

} // namespace raycstr

#pragma once

#include "core/config.h"
#include "http/plainhttp.h"
#include "http/responder.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <memory>

class QHttpServer;

namespace raycstr {

class HttpFront;

// The one HTTP server of a RayCstr process. Controllers register their routes here and see
// only our own PlainRequest/PlainResponse/Responder: QHttpServer, which serves every route
// the lean front does not, stays inside this class. It also owns listening and the JSON
// shape of errors, so every route fails the same way.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // Timeouts and connection caps (config.yaml; defaults otherwise) and who the
    // per-address cap spares (trusted proxies). Before listen().
    void setLimits(const ServerConfig &config);
    // The largest request body `path` takes (exact path); any other takes
    // HttpFront::MaxBodyBytes. Larger ones are refused with 413 before they are read.
    void limitBody(const QByteArray &path, qint64 bytes);

    // Port 0 picks a free port (tests). Returns false with a reason when it cannot listen.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    QHostAddress address() const;
    void close();

    // A route QHttpServer serves. `pattern` is an exact path in which "<arg>" matches one
    // path segment (handed over in PlainRequest::args); any method.
    void route(const QString &pattern, PlainHandler handler);
    // The same, for a route that answers later or takes the connection (see Responder).
    void routeLater(const QString &pattern, LaterHandler handler);

    // A route the lean HTTP/1.1 front serves (HttpFront: the ingest hot path), registered
    // with QHttpServer too for the requests the front hands over. Exact path, any method.
    void routePlain(const QByteArray &path, PlainHandler handler);
    // Connections the front handed to QHttpServer so far (for tests).
    qint64 handedOff() const;
    // Connections open now, and refused at accept by the caps (for tests and monitoring).
    int openConnections() const;
    qint64 refusedConnections() const;

    // {"error": message} with the status; the one place error bodies are shaped.
    static PlainResponse error(int status, const QString &message);
    static PlainResponse error(HttpStatus status, const QString &message)
    {
        return error(int(status), message);
    }
    // A 500 whose details (SQLite messages, SQL text) go to the server log, not to the
    // client: a share-link holder has no business reading them.
    static PlainResponse internalError(const QString &detail);

private:
    std::unique_ptr<QHttpServer> m_http;
    QPointer<HttpFront> m_tcp;
    QList<std::pair<QByteArray, PlainHandler>> m_plainRoutes;
    QList<std::pair<QByteArray, qint64>> m_bodyLimits;
    ConnectionLimits m_limits;
    QList<QPair<QHostAddress, int>> m_trustedProxies;
};

} // namespace raycstr

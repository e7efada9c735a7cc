#include "http/httpserver.h"

#include "core/logging.h"
#include "http/httpfront.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace raycstr {

namespace {

// Qt 6.8 passes the responder by lvalue reference, earlier versions by rvalue.
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
using QtResponder = QHttpServerResponder &&;
#else
using QtResponder = QHttpServerResponder &;
#endif

PlainRequest fromQt(const QHttpServerRequest &request, QStringList args)
{
    PlainRequest plain;
    using QtMethod = QHttpServerRequest::Method;
    switch (request.method()) {
    case QtMethod::Get:
        plain.method = PlainRequest::Method::Get;
        break;
    case QtMethod::Head:
        plain.method = PlainRequest::Method::Head;
        break;
    case QtMethod::Post:
        plain.method = PlainRequest::Method::Post;
        break;
    case QtMethod::Put:
        plain.method = PlainRequest::Method::Put;
        break;
    case QtMethod::Patch:
        plain.method = PlainRequest::Method::Patch;
        break;
    case QtMethod::Delete:
        plain.method = PlainRequest::Method::Delete;
        break;
    case QtMethod::Options:
        plain.method = PlainRequest::Method::Options;
        break;
    default:
        break;
    }
    plain.path = request.url().path();
    plain.query = request.url().query(QUrl::FullyEncoded).toLatin1();
    plain.body = request.body();
    plain.contentType = request.value("Content-Type");
    plain.origin = request.value("Origin");
    plain.userAgent = request.value("User-Agent");
    plain.forwardedFor = request.value("X-Forwarded-For");
    plain.host = request.value("Host");
    plain.referer = request.value("Referer");
    plain.corsRequestHeaders = request.value("Access-Control-Request-Headers");
    plain.authorization = request.value("Authorization");
    plain.accept = request.value("Accept");
    plain.acceptEncoding = request.value("Accept-Encoding");
    plain.ifNoneMatch = request.value("If-None-Match");
    plain.peer = request.remoteAddress();
    plain.args = std::move(args);
    return plain;
}

QHttpServerResponse toQt(const PlainResponse &plain)
{
    const auto code = QHttpServerResponse::StatusCode(plain.status);
    QHttpServerResponse response = plain.contentType.isEmpty()
        ? QHttpServerResponse(code)
        : QHttpServerResponse(plain.contentType, plain.body, code);
    for (const auto &[name, value] : plain.headers)
        response.addHeader(name, value);
    return response;
}

// A second descriptor for the same connection: whoever takes the connection gets it, Qt's
// HTTP socket closes its own, and the connection stays open as long as one is.
qintptr duplicateDescriptor(qintptr descriptor)
{
#if defined(Q_OS_UNIX)
    return ::fcntl(int(descriptor), F_DUPFD_CLOEXEC, 0);
#else
    Q_UNUSED(descriptor);
    return -1; // Windows would need WSADuplicateSocket; not done yet
#endif
}

// One QHttpServer connection as a Responder sees it.
class QtConnection final : public Responder::Connection
{
public:
    QtConnection(QHttpServerResponder &&responder, QTcpSocket *socket)
        : m_responder(std::move(responder))
        , m_socket(socket)
    { }

    bool isOpen() const override
    {
        return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
    }

    void send(PlainResponse &&response) override
    {
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        toQt(response).write(std::move(m_responder));
#else
        m_responder.sendResponse(toQt(response));
#endif
    }

    qintptr take() override
    {
        // TLS is a reverse proxy's job here; a TLS socket's descriptor carries ciphertext.
        if (!m_socket || m_socket->inherits("QSslSocket"))
            return -1;
        const qintptr descriptor = duplicateDescriptor(m_socket->socketDescriptor());
        if (descriptor < 0)
            return -1;
        // Qt's socket lets go of the connection (its descriptor closes, ours keeps the TCP
        // connection open); QHttpServer deletes it once the handler returns.
        m_socket->abort();
        return descriptor;
    }

private:
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
};

// The connection under the responder. Qt 6.4 hands it out; later versions keep it
// private, but the socket is still a descendant of the server, found by the request's
// peer address and port.
QTcpSocket *socketOf(QHttpServerResponder &responder, const QHttpServerRequest &request,
                     QHttpServer &server)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    Q_UNUSED(request);
    Q_UNUSED(server);
    return responder.socket();
#else
    Q_UNUSED(responder);
    const QList<QTcpSocket *> sockets = server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        if (socket->state() == QAbstractSocket::ConnectedState
            && socket->peerPort() == request.remotePort()
            && socket->peerAddress() == request.remoteAddress())
            return socket;
    }
    return nullptr;
#endif
}

} // namespace

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_http(std::make_unique<QHttpServer>())
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    // Unknown paths answer in the same JSON shape as every other error.
    m_http->setMissingHandler([](const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder) {
        const QByteArray body
            = QJsonDocument(
                  QJsonObject {{QStringLiteral("error"),
                                QStringLiteral("no such endpoint: %1").arg(request.url().path())}})
                  .toJson(QJsonDocument::Compact);
        responder.write(body, "application/json", QHttpServerResponder::StatusCode::NotFound);
    });
#else
    m_http->setMissingHandler(
        this, [](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            const QByteArray body
                = QJsonDocument(
                      QJsonObject {
                          {QStringLiteral("error"),
                           QStringLiteral("no such endpoint: %1").arg(request.url().path())}})
                      .toJson(QJsonDocument::Compact);
            responder.write(body, "application/json", QHttpServerResponder::StatusCode::NotFound);
        });
#endif
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    auto *tcp = new HttpFront(this);
    for (const auto &[path, handler] : m_plainRoutes)
        tcp->addRoute(path, handler);
    for (const auto &[path, bytes] : m_bodyLimits)
        tcp->limitBody(path, bytes);
    std::function<bool(const QHostAddress &)> exempt;
    if (!m_trustedProxies.isEmpty()) {
        ServerConfig proxies;
        proxies.trustedProxies = m_trustedProxies;
        exempt = [proxies](const QHostAddress &peer) { return proxies.isTrustedProxy(peer); };
    }
    tcp->setLimits(m_limits, std::move(exempt));
    if (!tcp->listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_http->bind(tcp);
    m_tcp = tcp;
    return true;
}

void HttpServer::route(const QString &pattern, PlainHandler handler)
{
    routeLater(
        pattern,
        [handler = std::move(handler)](const PlainRequest &request, const Responder &responder) {
            responder.send(handler(request));
        });
}

void HttpServer::routeLater(const QString &pattern, LaterHandler handler)
{
    auto serve
        = [this, handler = std::move(handler)](QStringList args, const QHttpServerRequest &request,
                                               QHttpServerResponder &responder) {
              QTcpSocket *socket = socketOf(responder, request, *m_http);
              handler(fromQt(request, std::move(args)),
                      Responder(std::make_shared<QtConnection>(std::move(responder), socket)));
          };
    switch (pattern.count(QLatin1String("<arg>"))) {
    case 0:
        m_http->route(pattern, [serve](const QHttpServerRequest &request, QtResponder responder) {
            serve({}, request, responder);
        });
        break;
    case 1:
        m_http->route(pattern,
                      [serve](const QString &a, const QHttpServerRequest &request,
                              QtResponder responder) { serve({a}, request, responder); });
        break;
    case 2:
        m_http->route(pattern,
                      [serve](const QString &a, const QString &b, const QHttpServerRequest &request,
                              QtResponder responder) {
                          serve({a, b}, request, responder);
                      });
        break;
    default:
        qFatal("HttpServer::route: at most two <arg> in a pattern, not in %s", qPrintable(pattern));
    }
}

HttpServer::~HttpServer() = default;

void HttpServer::routePlain(const QByteArray &path, PlainHandler handler)
{
    route(QString::fromLatin1(path), handler);
    m_plainRoutes.append({path, handler});
    if (m_tcp)
        m_tcp->addRoute(path, std::move(handler));
}

qint64 HttpServer::handedOff() const
{
    return m_tcp ? m_tcp->handedOff() : 0;
}

void HttpServer::setLimits(const ServerConfig &config)
{
    m_limits = config.connections;
    m_trustedProxies = config.trustedProxies;
}

void HttpServer::limitBody(const QByteArray &path, qint64 bytes)
{
    m_bodyLimits.append({path, bytes});
    if (m_tcp)
        m_tcp->limitBody(path, bytes);
}

int HttpServer::openConnections() const
{
    return m_tcp ? m_tcp->openConnections() : 0;
}

qint64 HttpServer::refusedConnections() const
{
    return m_tcp ? m_tcp->refusedConnections() : 0;
}

quint16 HttpServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QHostAddress HttpServer::address() const
{
    return m_tcp ? m_tcp->serverAddress() : QHostAddress();
}

void HttpServer::close()
{
    if (m_tcp)
        m_tcp->close();
}

PlainResponse HttpServer::internalError(const QString &detail)
{
    qCWarning(lcApi, "request failed: %s", qPrintable(detail));
    return error(HttpStatus::InternalServerError,
                 QStringLiteral("internal error while answering; the server log has details"));
}

PlainResponse HttpServer::error(int status, const QString &message)
{
    return PlainResponse(status, QByteArrayLiteral("application/json"),
                         QJsonDocument(QJsonObject {{QStringLiteral("error"), message}})
                             .toJson(QJsonDocument::Compact));
}

} // namespace raycstr

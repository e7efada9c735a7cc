#include "http/httpserver.h"

#include "core/logging.h"
#include "http/httpfront.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace raycstr {

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    // Unknown paths answer in the same JSON shape as every other error.
    m_http.setMissingHandler([](const QHttpServerRequest &request,
                                QHttpServerResponder &&responder) {
        const QByteArray body
            = QJsonDocument(
                  QJsonObject {{QStringLiteral("error"),
                                QStringLiteral("no such endpoint: %1").arg(request.url().path())}})
                  .toJson(QJsonDocument::Compact);
        responder.write(body, "application/json", QHttpServerResponder::StatusCode::NotFound);
    });
#else
    m_http.setMissingHandler(
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

HttpServer::~HttpServer() = default;

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
    m_http.bind(tcp);
    m_tcp = tcp;
    return true;
}

void HttpServer::routePlain(const QByteArray &path, PlainHandler handler)
{
    m_http.route(QString::fromLatin1(path), [handler](const QHttpServerRequest &request) {
        return handler(PlainRequest::from(request)).toQHttpServerResponse();
    });
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

QHttpServerResponse HttpServer::internalError(const QString &detail)
{
    qCWarning(lcApi, "request failed: %s", qPrintable(detail));
    return error(QHttpServerResponse::StatusCode::InternalServerError,
                 QStringLiteral("internal error while answering; the server log has details"));
}

QHttpServerResponse HttpServer::error(QHttpServerResponse::StatusCode status,
                                      const QString &message)
{
    return plainError(int(status), message).toQHttpServerResponse();
}

PlainResponse HttpServer::plainError(int status, const QString &message)
{
    return PlainResponse(status, QByteArrayLiteral("application/json"),
                         QJsonDocument(QJsonObject {{QStringLiteral("error"), message}})
                             .toJson(QJsonDocument::Compact));
}

} // namespace raycstr

#include "api/httpserver.h"

#include "core/logging.h"

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
    auto *tcp = new QTcpServer(this);
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
    QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("error"), message}})
                          .toJson(QJsonDocument::Compact);
    return QHttpServerResponse(QByteArrayLiteral("application/json"), std::move(body), status);
}

} // namespace raycstr

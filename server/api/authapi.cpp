#include "api/authapi.h"

#include "api/apiaccess.h"
#include "http/httpserver.h"
#include "auth/authlogging.h"
#include "auth/loginratelimiter.h"
#include "auth/passwordstore.h"
#include "auth/secret.h"
#include "auth/tokenstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace raycstr {

using Status = QHttpServerResponse::StatusCode;

namespace {

QHttpServerResponse onlyPost()
{
    QHttpServerResponse response
        = HttpServer::error(Status::MethodNotAllowed, QStringLiteral("use POST"));
    response.addHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("POST"));
    return response;
}

} // namespace

AuthApi::AuthApi(auth::PasswordStore *passwords, auth::TokenStore *tokens,
                 auth::LoginRateLimiter *limiter)
    : m_passwords(passwords)
    , m_tokens(tokens)
    , m_limiter(limiter)
    , m_clientAddress([](const QHttpServerRequest &r) { return r.remoteAddress(); })
    , m_sessionLifetimeSecs(auth::TokenStore::DefaultSessionLifetimeSecs)
{ }

void AuthApi::registerRoutes(HttpServer &server)
{
    // A password and a session name; anything larger is refused before it is read, so no
    // one makes the server parse (or Argon2 hash) megabytes.
    server.limitBody(QByteArrayLiteral("/api/auth/login"), MaxLoginBodyBytes);
    server.limitBody(QByteArrayLiteral("/api/auth/logout"), MaxLoginBodyBytes);
    server.http().route(QStringLiteral("/api/auth/login"),
                        [this](const QHttpServerRequest &request) { return login(request); });
    server.http().route(QStringLiteral("/api/auth/logout"),
                        [this](const QHttpServerRequest &request) { return logout(request); });
}

QHttpServerResponse AuthApi::login(const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Post)
        return onlyPost();
    const QHostAddress client = m_clientAddress(request);
    // Checked before anything is hashed: a blocked client costs us no Argon2 run.
    if (const qint64 wait = m_limiter->retryAfterSecs(client); wait > 0) {
        QHttpServerResponse response = HttpServer::error(
            Status::TooManyRequests,
            QStringLiteral("too many failed logins; try again in %1 s").arg(wait));
        response.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(wait));
        return response;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return HttpServer::error(Status::BadRequest,
                                 QStringLiteral("the body must be a JSON object: "
                                                "{\"password\": \"…\"}"));
    const QJsonValue value = doc.object().value(QStringLiteral("password"));
    if (!value.isString() || value.toString().isEmpty())
        return HttpServer::error(Status::BadRequest,
                                 QStringLiteral("\"password\" must be a non-empty string"));
    if (!m_passwords->hasPassword())
        return HttpServer::error(Status::ServiceUnavailable,
                                 QStringLiteral("no admin password is set: run "
                                                "raycstr-server user set-password"));
    QByteArray password = value.toString().toUtf8();
    const bool ok = m_passwords->verify(password);
    auth::Secret::wipe(password);
    if (!ok) {
        m_limiter->recordFailure(client);
        qCInfo(lcAuth, "failed admin login");
        return HttpServer::error(Status::Unauthorized, QStringLiteral("wrong password"));
    }
    m_limiter->recordSuccess(client);
    QString error;
    const auto session = m_tokens->createSession(m_sessionLifetimeSecs, &error);
    if (!session) {
        qCWarning(lcAuth, "cannot start a session: %s", qPrintable(error));
        return HttpServer::error(Status::InternalServerError,
                                 QStringLiteral("cannot start a session"));
    }
    const QJsonObject body {
        {QStringLiteral("token"), QString::fromLatin1(session->secret)},
        {QStringLiteral("expires_at"),
         QDateTime::fromSecsSinceEpoch(session->expiresAt).toUTC().toString(Qt::ISODate)},
        {QStringLiteral("expires_in"), double(m_sessionLifetimeSecs)},
    };
    QHttpServerResponse response(QByteArrayLiteral("application/json"),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact), Status::Ok);
    // A credential: no cache anywhere may keep a copy.
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QHttpServerResponse AuthApi::logout(const QHttpServerRequest &request)
{
    if (request.method() != QHttpServerRequest::Method::Post)
        return onlyPost();
    QString why;
    const auto principal = ApiAccess(m_tokens).principal(request, &why);
    if (!principal) {
        QHttpServerResponse response = HttpServer::error(Status::Unauthorized, why);
        response.addHeader(QByteArrayLiteral("WWW-Authenticate"),
                           QByteArrayLiteral("Bearer realm=\"raycstr\""));
        return response;
    }
    if (principal->kind != auth::Principal::Kind::Session)
        return HttpServer::error(Status::BadRequest,
                                 QStringLiteral("only a login session can log out; revoke an API "
                                                "key with: raycstr-server token revoke ID"));
    QString error;
    if (!m_tokens->revokeKey(principal->id, &error))
        return HttpServer::error(Status::InternalServerError, error);
    return QHttpServerResponse(Status::NoContent);
}

} // namespace raycstr

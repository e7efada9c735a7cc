#include "api/authapi.h"

#include "api/apiaccess.h"
#include "auth/authlogging.h"
#include "auth/loginratelimiter.h"
#include "auth/passwordstore.h"
#include "auth/secret.h"
#include "auth/tokenstore.h"
#include "core/threadpriority.h"
#include "http/clientaddress.h"
#include "http/httpserver.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>


namespace raycstr {

using Status = HttpStatus;

namespace {

PlainResponse onlyPost()
{
    PlainResponse response
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
    , m_sessionLifetimeSecs(auth::TokenStore::DefaultSessionLifetimeSecs)
    , m_verify([passwords](const QByteArray &password) { return passwords->verify(password); })
{
    m_checks.setMaxThreadCount(MaxChecksInFlight);
    m_checks.setObjectName(QStringLiteral("login-checks"));
}

AuthApi::~AuthApi()
{
    m_checks.waitForDone();
}

void AuthApi::registerRoutes(HttpServer &server)
{
    m_context = std::make_unique<QObject>(); // on the HTTP thread, where answers are written
    // A password and a session name; anything larger is refused before it is read, so no
    // one makes the server parse (or Argon2 hash) megabytes.
    server.limitBody(QByteArrayLiteral("/api/auth/login"), MaxLoginBodyBytes);
    server.limitBody(QByteArrayLiteral("/api/auth/logout"), MaxLoginBodyBytes);
    server.routeLater(QStringLiteral("/api/auth/login"),
                      [this](const PlainRequest &request, const Responder &responder) {
                          login(request, responder);
                      });
    server.route(QStringLiteral("/api/auth/logout"),
                 [this](const PlainRequest &request) { return logout(request); });
}

void AuthApi::login(const PlainRequest &request, const Responder &responder)
{
    auto refuse = [&responder](PlainResponse &&response) { responder.send(std::move(response)); };
    if (request.method != PlainRequest::Method::Post)
        return refuse(onlyPost());
    if (request.body.size() > MaxBodyBytes)
        return refuse(HttpServer::error(
            Status::PayloadTooLarge,
            QStringLiteral("a login body is at most %1 bytes").arg(MaxBodyBytes)));
    const QHostAddress client = clientAddress(request, m_proxies);
    // Checked before anything is hashed: a blocked client costs us no Argon2 run.
    if (const qint64 wait = m_limiter->retryAfterSecs(client); wait > 0) {
        qCInfo(lcAuth, "admin login refused (rate limit) from %s", qPrintable(client.toString()));
        PlainResponse response = HttpServer::error(
            Status::TooManyRequests,
            QStringLiteral("too many failed logins; try again in %1 s").arg(wait));
        response.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(wait));
        return refuseLater(std::move(response), responder);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(HttpServer::error(Status::BadRequest,
                                        QStringLiteral("the body must be a JSON object: "
                                                       "{\"password\": \"…\"}")));
    const QJsonValue value = doc.object().value(QStringLiteral("password"));
    if (!value.isString() || value.toString().isEmpty())
        return refuse(HttpServer::error(Status::BadRequest,
                                        QStringLiteral("\"password\" must be a non-empty string")));
    if (!m_passwords->hasPassword())
        return refuse(HttpServer::error(Status::ServiceUnavailable,
                                        QStringLiteral("no admin password is set: run "
                                                       "raycstr-server user set-password")));
    if (m_inFlight >= MaxChecksInFlight) {
        PlainResponse response = HttpServer::error(
            Status::ServiceUnavailable,
            QStringLiteral("too many logins are being checked; try again in a moment"));
        response.addHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
        return refuseLater(std::move(response), responder);
    }
    ++m_inFlight;
    QObject *context = m_context.get();
    m_checks.start(
        [this, context, responder, client, password = value.toString().toUtf8()]() mutable {
            lowestThisThreadsPriority();
            const bool ok = m_verify(password);
            auth::Secret::wipe(password);
            QMetaObject::invokeMethod(
                context,
                [this, ok, client, responder] {
                    --m_inFlight;
                    // Counted even when the client has gone (the responder then drops the
                    // answer): a guess is a guess.
                    responder.send(finishLogin(ok, client));
                },
                Qt::QueuedConnection);
        });
}

void AuthApi::refuseLater(PlainResponse &&response, const Responder &responder)
{
    if (m_refusalDelayMs <= 0 || m_delayedRefusals >= MaxDelayedRefusals) {
        responder.send(std::move(response));
        return;
    }
    ++m_delayedRefusals;
    auto answer = std::make_shared<PlainResponse>(std::move(response));
    // The responder drops the answer by itself when the client has gone meanwhile.
    QTimer::singleShot(m_refusalDelayMs, m_context.get(), [this, responder, answer] {
        --m_delayedRefusals;
        responder.send(std::move(*answer));
    });
}

PlainResponse AuthApi::finishLogin(bool ok, const QHostAddress &client)
{
    if (!ok) {
        m_limiter->recordFailure(client);
        qCInfo(lcAuth, "failed admin login from %s", qPrintable(client.toString()));
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
    PlainResponse response(QByteArrayLiteral("application/json"),
                           QJsonDocument(body).toJson(QJsonDocument::Compact), Status::Ok);
    // A credential: no cache anywhere may keep a copy.
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

PlainResponse AuthApi::logout(const PlainRequest &request)
{
    if (request.method != PlainRequest::Method::Post)
        return onlyPost();
    QString why;
    const auto principal = ApiAccess(m_tokens).principal(request, &why);
    if (!principal) {
        PlainResponse response = HttpServer::error(Status::Unauthorized, why);
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
    return PlainResponse(Status::NoContent);
}

} // namespace raycstr

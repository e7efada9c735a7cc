#pragma once

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <functional>

namespace raycstr {

class HttpServer;

namespace auth {
class LoginRateLimiter;
class PasswordStore;
class TokenStore;
} // namespace auth

// The dashboard's remote login:
//   POST /api/auth/login  {"password": "…"} → 200 {"token", "expires_at", "expires_in"}
//        400 bad JSON, 401 wrong password, 429 (Retry-After) after too many failures,
//        503 when no admin password is set.
//   POST /api/auth/logout with "Authorization: Bearer <session token>" → 204; ends it.
// The token is a session key: admin on every site, used like an API key, stored as a hash.
class AuthApi
{
public:
    using ClientAddress = std::function<QHostAddress(const QHttpServerRequest &)>;

    AuthApi(auth::PasswordStore *passwords, auth::TokenStore *tokens,
            auth::LoginRateLimiter *limiter);
    // Whose failures count: by default the socket peer. Behind a reverse proxy, pass
    // raycstr::clientAddress (http/clientaddress.h) so every user is not one client.
    void setClientAddress(ClientAddress clientAddress)
    {
        m_clientAddress = std::move(clientAddress);
    }
    void setSessionLifetime(qint64 secs) { m_sessionLifetimeSecs = secs; }
    void registerRoutes(HttpServer &server);
    static constexpr qint64 MaxLoginBodyBytes = 4 * 1024;

private:
    QHttpServerResponse login(const QHttpServerRequest &request);
    QHttpServerResponse logout(const QHttpServerRequest &request);

    auth::PasswordStore *m_passwords;
    auth::TokenStore *m_tokens;
    auth::LoginRateLimiter *m_limiter;
    ClientAddress m_clientAddress;
    qint64 m_sessionLifetimeSecs;
};

} // namespace raycstr

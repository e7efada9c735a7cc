#pragma once

#include "core/config.h"
#include "http/responder.h"

#include <QHostAddress>
#include <QObject>
#include <QThreadPool>
#include <functional>
#include <memory>

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
//
// Threads: the Argon2id check (~50-100 ms, 64 MiB) runs on a thread of its own, never on
// the HTTP thread that answers ingest, one at a time (MaxChecksInFlight): past that a
// login is answered 503 + Retry-After before anything is hashed. The check thread runs at
// the lowest priority (nice 19 on Linux, below the stats questions' 10): on a 2-core
// server, Argon2 at normal priority next to the writer took the CPU the HTTP thread needed
// (ingest p99 x18 with 20 clients posting wrong passwords, hardening-bench.sh); lowered, a
// login waits a little when the server is busy, which an admin does not notice and an
// attacker cannot turn into load. The rate limits (per address, and a global budget and
// rate: loginratelimiter.h) are checked before a check is queued.
//
// Refusals (429 rate limit, 503 checks busy) are answered after refusalDelay(), not at
// once: a script that retries the moment it is refused then gets a few answers a second
// instead of hundreds. Answered at once, 20 such clients made the HTTP thread write ~1,300
// refusals a second and took ingest p99 to 3x (hardening-bench.sh). The wait holds no
// thread (a timer on the HTTP thread); at most MaxDelayedRefusals wait at a time, the rest
// are answered at once.
//
// Every failed login is logged at info level with the client's address, one line:
//   raycstr.auth: failed admin login from 203.0.113.7
// (the address as clientAddress() sees it: the X-Forwarded-For client behind a trusted
// proxy). Refusals by the limiter log "admin login refused (rate limit) from …". The README
// gives a fail2ban filter for it. The address is the attacker's, not a visitor's: this is
// the one place RayCstr writes an address down.
class AuthApi
{
public:
    // Checks a password (thread-safe; runs on the check pool). Tests slow it down.
    using Verify = std::function<bool(const QByteArray &password)>;
    static constexpr int MaxChecksInFlight = 1;
    static constexpr int DefaultRefusalDelayMs = 1000;
    static constexpr int MaxDelayedRefusals = 512;
    // A login body is one small JSON object.
    static constexpr qsizetype MaxBodyBytes = 4096;

    AuthApi(auth::PasswordStore *passwords, auth::TokenStore *tokens,
            auth::LoginRateLimiter *limiter);
    ~AuthApi();
    // Whose failures count: clientAddress() (http/clientaddress.h), so behind a reverse
    // proxy every user is not one client. Without trusted proxies, the socket peer.
    void setTrustedProxies(const QList<QPair<QHostAddress, int>> &proxies)
    {
        m_proxies.trustedProxies = proxies;
    }
    void setSessionLifetime(qint64 secs) { m_sessionLifetimeSecs = secs; }
    void setVerify(Verify verify) { m_verify = std::move(verify); }
    void setRefusalDelay(int ms) { m_refusalDelayMs = ms; }
    int refusalDelay() const { return m_refusalDelayMs; }
    void registerRoutes(HttpServer &server);
    // Checks queued or running (tests).
    int checksInFlight() const { return m_inFlight; }
    // Refusals waiting for their delay (tests).
    int delayedRefusals() const { return m_delayedRefusals; }
    static constexpr qint64 MaxLoginBodyBytes = 4 * 1024;

private:
    void login(const PlainRequest &request, const Responder &responder);
    // Back on the HTTP thread with the check's result.
    PlainResponse finishLogin(bool ok, const QHostAddress &client);
    PlainResponse logout(const PlainRequest &request);
    // Sends a 429/503 after refusalDelay() (see the class comment).
    void refuseLater(PlainResponse &&response, const Responder &responder);

    auth::PasswordStore *m_passwords;
    auth::TokenStore *m_tokens;
    auth::LoginRateLimiter *m_limiter;
    ServerConfig m_proxies; // only trustedProxies is read
    qint64 m_sessionLifetimeSecs;
    Verify m_verify;
    int m_inFlight = 0; // HTTP thread only
    int m_refusalDelayMs = DefaultRefusalDelayMs;
    int m_delayedRefusals = 0; // HTTP thread only
    // Declared in this order: the checks finish (the pool waits for them) before the
    // context their answers are posted to goes, which drops any answer still queued.
    std::unique_ptr<QObject> m_context;
    QThreadPool m_checks;
};

} // namespace raycstr

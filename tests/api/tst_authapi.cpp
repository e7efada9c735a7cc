#include "api/apiaccess.h"
#include "api/authapi.h"
#include "auth/loginratelimiter.h"
#include "auth/passwordstore.h"
#include "auth/tokenstore.h"
#include "common/databasebytes.h"
#include "common/gate.h"
#include "common/httpclient.h"
#include "common/logcapture.h"
#include "core/clock.h"
#include "core/threadpriority.h"
#include "http/httpserver.h"
#include "store/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace raycstr;
using namespace raycstr::testing;

namespace {
const QByteArray Password = "correct horse battery";

QByteArray loginBody(const QByteArray &password)
{
    return "{\"password\":\"" + password + "\"}";
}

} // namespace

class tst_AuthApi : public QObject
{
    Q_OBJECT

    // The login routes in-process on a free port, plus one admin route guarded by
    // ApiAccess, to show that a session token works like an API key.
    struct Server
    {
        QTemporaryDir dir;
        ManualClock clock {1700000000000LL};
        auth::PasswordStore passwords {&clock};
        auth::TokenStore tokens {&clock};
        auth::LoginRateLimiter limiter {&clock};
        AuthApi api {&passwords, &tokens, &limiter};
        ApiAccess access {&tokens};
        HttpServer http;
        std::unique_ptr<HttpClient> client;
        QNetworkAccessManager nam;

        Server()
        {
            // The clock stands still here: the global rate (one failure a second, tested
            // on its own) would refuse every login after the first.
            limiter.setGlobalRate(1000);
        }
        bool start(bool withPassword = true)
        {
            QString error;
            if (!passwords.open(dir.path(), &error) || !tokens.open(dir.path(), &error)
                || (withPassword && !passwords.setPassword(Password, &error))) {
                qWarning("%s", qPrintable(error));
                return false;
            }
            // Tests speak for several clients from one socket: as a trusted proxy would,
            // through X-Forwarded-For.
            api.setTrustedProxies({{QHostAddress(QHostAddress::LocalHost), 32},
                                   {QHostAddress(QHostAddress::LocalHostIPv6), 128}});
            api.registerRoutes(http);
            http.route(QStringLiteral("/test/admin"), [this](const PlainRequest &r) {
                PlainResponse denied(HttpStatus::Ok);
                if (!access.check(r, 0, ApiAccess::Need::Admin, &denied))
                    return denied;
                return PlainResponse(HttpStatus::Ok);
            });
            if (!http.listen(QHostAddress::LocalHost, 0, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
            client = std::make_unique<HttpClient>(http.port());
            // Argon2 runs at nice 19: beside a CPU-bound neighbour (CI runs two tests at
            // once on two cores) one check can take several seconds.
            client->setTimeoutMs(60000);
            return true;
        }
        HttpResult login(const QByteArray &body, const QByteArray &clientAddress = {})
        {
            QList<QPair<QByteArray, QByteArray>> headers;
            if (!clientAddress.isEmpty())
                headers.append({"X-Forwarded-For", clientAddress});
            return client->post(QStringLiteral("/api/auth/login"), body, "application/json",
                                headers);
        }
        // A login left pending (for the tests that hold the check).
        QNetworkReply *loginLater(const QByteArray &body, const QByteArray &clientAddress = {})
        {
            QNetworkRequest req(
                QUrl(QStringLiteral("http://127.0.0.1:%1/api/auth/login").arg(http.port())));
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            if (!clientAddress.isEmpty())
                req.setRawHeader("X-Forwarded-For", clientAddress);
            return nam.post(req, body);
        }
        HttpResult withToken(const QString &path, const QByteArray &token,
                             const QByteArray &method = "GET")
        {
            return client->request(method, path, {}, {{"Authorization", "Bearer " + token}});
        }
    };

private Q_SLOTS:
    void rightPasswordGivesASessionTokenThatWorksAsAKey()
    {
        Server s;
        QVERIFY(s.start());
        QCOMPARE(s.client->request("GET", QStringLiteral("/test/admin")).status, 401);
        const HttpResult r = s.login(loginBody(Password));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const QByteArray token = body.value(QStringLiteral("token")).toString().toLatin1();
        QVERIFY2(token.startsWith("rcs_"), r.body.constData());
        const qint64 expires = s.clock.nowSecs() + auth::TokenStore::DefaultSessionLifetimeSecs;
        QCOMPARE(body.value(QStringLiteral("expires_at")).toString(),
                 QDateTime::fromSecsSinceEpoch(expires, QTimeZone::utc())
                     .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
        QCOMPARE(body.value(QStringLiteral("expires_in")).toInteger(),
                 auth::TokenStore::DefaultSessionLifetimeSecs);
        QCOMPARE(s.withToken(QStringLiteral("/test/admin"), token).status, 200);
        const auto p = s.tokens.authenticateKey(token);
        QVERIFY(p);
        QCOMPARE(p->kind, auth::Principal::Kind::Session);
        // It ends when it expires.
        s.clock.advanceMs(auth::TokenStore::DefaultSessionLifetimeSecs * 1000);
        QCOMPARE(s.withToken(QStringLiteral("/test/admin"), token).status, 401);
    }

    void wrongPasswordIs401AndGivesNoToken()
    {
        Server s;
        QVERIFY(s.start());
        const HttpResult r = s.login(loginBody("correct horse batterz"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.error(), QStringLiteral("wrong password"));
        QVERIFY(!r.body.contains("token"));
        QVERIFY(s.tokens.listKeys(true).isEmpty());
    }

    void badRequestsAre400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("JSON object");
        QTest::newRow("truncated") << QByteArray("{\"password\":") << QStringLiteral("JSON object");
        QTest::newRow("array") << QByteArray("[\"x\"]") << QStringLiteral("JSON object");
        QTest::newRow("form") << QByteArray("password=x") << QStringLiteral("JSON object");
        QTest::newRow("no password") << QByteArray("{}") << QStringLiteral("\"password\"");
        QTest::newRow("number") << QByteArray("{\"password\":12345678901}")
                                << QStringLiteral("non-empty string");
        QTest::newRow("empty password")
            << QByteArray("{\"password\":\"\"}") << QStringLiteral("non-empty string");
    }

    void badRequestsAre400()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        Server s;
        QVERIFY(s.start());
        const HttpResult r = s.login(body);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.error().contains(message), qPrintable(r.error()));
        // Malformed requests are not guesses: they do not count toward the limit.
        for (int i = 0; i < 6; ++i)
            s.login(body);
        QCOMPARE(s.login(loginBody(Password)).status, 200);
    }

    void onlyPostIsAllowed()
    {
        Server s;
        QVERIFY(s.start());
        for (const QByteArray &method : {QByteArray("GET"), QByteArray("PUT")}) {
            const HttpResult r = s.client->request(method, QStringLiteral("/api/auth/login"));
            QCOMPARE(r.status, 405);
            QCOMPARE(r.header("Allow"), QByteArray("POST"));
            QCOMPARE(r.error(), QStringLiteral("use POST"));
        }
    }

    void noPasswordSetIs503WithTheFix()
    {
        Server s;
        QVERIFY(s.start(false));
        const HttpResult r = s.login(loginBody(Password));
        QCOMPARE(r.status, 503);
        QVERIFY2(r.error().contains(QLatin1String("user set-password")), qPrintable(r.error()));
    }

    void failedLoginsAreRateLimitedPerClient()
    {
        Server s;
        QVERIFY(s.start());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                s.login(loginBody("guess number " + QByteArray::number(i)), "203.0.113.7").status,
                401);
        HttpResult r = s.login(loginBody("guess number 5"), "203.0.113.7");
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("900"));
        QVERIFY2(r.error().contains(QLatin1String("too many failed logins")),
                 qPrintable(r.error()));
        // Blocked means blocked: even the right password waits.
        r = s.login(loginBody(Password), "203.0.113.7");
        QCOMPARE(r.status, 429);
        QVERIFY(!r.body.contains("token"));
        // Another client is not affected.
        QCOMPARE(s.login(loginBody(Password), "198.51.100.20").status, 200);
        s.clock.advanceMs(15 * 60 * 1000);
        QCOMPARE(s.login(loginBody(Password), "203.0.113.7").status, 200);
    }

    void logoutEndsTheSessionOnly()
    {
        Server s;
        QVERIFY(s.start());
        const QByteArray token = QJsonDocument::fromJson(s.login(loginBody(Password)).body)
                                     .object()
                                     .value(QStringLiteral("token"))
                                     .toString()
                                     .toLatin1();
        QVERIFY(!token.isEmpty());
        HttpResult r = s.withToken(QStringLiteral("/api/auth/logout"), token, "POST");
        QCOMPARE(r.status, 204);
        QCOMPARE(s.withToken(QStringLiteral("/test/admin"), token).status, 401);
        r = s.withToken(QStringLiteral("/api/auth/logout"), token, "POST");
        QCOMPARE(r.status, 401);
        QVERIFY2(r.error().contains(QLatin1String("revoked")), qPrintable(r.error()));

        QString error;
        const auto key = s.tokens.createKey(QStringLiteral("ci"), 0, true, &error);
        QVERIFY(key);
        r = s.withToken(QStringLiteral("/api/auth/logout"), key->secret, "POST");
        QCOMPARE(r.status, 400);
        QVERIFY2(r.error().contains(QLatin1String("token revoke")), qPrintable(r.error()));
        QCOMPARE(s.withToken(QStringLiteral("/test/admin"), key->secret).status, 200);

        r = s.client->request("POST", QStringLiteral("/api/auth/logout"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer realm=\"raycstr\""));
        QCOMPARE(s.client->request("GET", QStringLiteral("/api/auth/logout")).status, 405);
    }

    // Neither the password nor a token is written or logged; the address of a failed login
    // is logged (for fail2ban, in the line the README documents) and never written to disk.
    void loginLeavesNoSecretOrAddressBehind()
    {
        LogCapture log;
        Server s;
        QVERIFY(s.start());
        QCOMPARE(s.login(loginBody("a wrong password"), "203.0.113.77").status, 401);
        const HttpResult ok = s.login(loginBody(Password), "203.0.113.77");
        QCOMPARE(ok.status, 200);
        const QByteArray token = QJsonDocument::fromJson(ok.body)
                                     .object()
                                     .value(QStringLiteral("token"))
                                     .toString()
                                     .toLatin1();
        QVERIFY2(log.text().contains(QLatin1String("failed admin login from 203.0.113.77")),
                 qPrintable(log.text()));
        const QByteArray disk = databaseBytes(s.dir.path());
        QVERIFY(!disk.contains(QByteArray("203.0.113.77")));
        for (const QByteArray &secret : {Password, QByteArray("a wrong password"), token.mid(4)}) {
            QVERIFY2(!disk.contains(secret), secret.constData());
            QVERIFY2(!log.text().contains(QString::fromLatin1(secret)), secret.constData());
        }
    }

    // Password checks run off the HTTP thread: while one is held, the lean front (the
    // ingest path) and the other routes still answer.
    void loginChecksDoNotHoldTheHttpThread()
    {
        Server s;
        Gate gate;
        s.api.setVerify([&gate, &s](const QByteArray &password) {
            gate.pass();
            return s.passwords.verify(password);
        });
        s.http.routePlain("/test/ping", [](const PlainRequest &) { return PlainResponse(204); });
        QVERIFY(s.start());
        gate.close();
        QNetworkReply *held = s.loginLater(loginBody(Password));
        QTRY_VERIFY_WITH_TIMEOUT(gate.waiting.load() == 1, 5000);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(s.client->post(QStringLiteral("/test/ping"), "x").status, 204);
        QCOMPARE(s.client->request("GET", QStringLiteral("/test/admin")).status, 401);
        QVERIFY(!held->isFinished());
        gate.open();
        QTRY_VERIFY_WITH_TIMEOUT(held->isFinished(), 5000);
        QCOMPARE(held->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        held->deleteLater();
    }

    // At most MaxChecksInFlight checks run or wait; a login past them is refused at once
    // with 503 and Retry-After, before anything is hashed.
    void checksInFlightAreCapped()
    {
        Server s;
        Gate gate;
        std::atomic<int> hashed {0};
        s.api.setVerify([&](const QByteArray &) {
            ++hashed;
            gate.pass();
            return false;
        });
        QVERIFY(s.start());
        gate.close();
        QList<QNetworkReply *> held;
        for (int i = 0; i < AuthApi::MaxChecksInFlight; ++i)
            held.append(s.loginLater(loginBody("guess " + QByteArray::number(i)),
                                     "198.51.100." + QByteArray::number(i + 1)));
        QTRY_COMPARE_WITH_TIMEOUT(s.api.checksInFlight(), AuthApi::MaxChecksInFlight, 5000);
        const HttpResult r = s.login(loginBody("one more"), "198.51.100.99");
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));
        gate.open();
        for (QNetworkReply *reply : held) {
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
            reply->deleteLater();
        }
        QCOMPARE(hashed.load(), AuthApi::MaxChecksInFlight);
    }

    // Rotating addresses: past the global budget every new address gets 429, and nothing
    // more is hashed.
    void globalFailedLoginBudgetAnswers429()
    {
        Server s;
        s.limiter.setGlobalBudget(3);
        QVERIFY(s.start());
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(s.login(loginBody("guess"), "198.51.100." + QByteArray::number(i)).status,
                     401);
        const HttpResult r = s.login(loginBody("guess"), "198.51.100.4");
        QCOMPARE(r.status, 429);
        QVERIFY(r.header("Retry-After").toInt() > 0);
    }

    // The global rate holds across rotating addresses: past it every login is refused 429
    // before anything is hashed and logged with its address; once the flood has ended, a
    // correct password from an address never seen before works.
    void globalRateHoldsAcrossRotatingAddresses()
    {
        Server s;
        std::atomic<int> hashed {0};
        s.api.setVerify([&](const QByteArray &password) {
            ++hashed;
            return s.passwords.verify(password);
        });
        s.limiter.setGlobalRate(2, 1000);
        s.api.setRefusalDelay(0);
        QVERIFY(s.start());
        LogCapture log;
        int unauthorized = 0, refused = 0;
        for (int i = 1; i <= 30; ++i) {
            const HttpResult r = s.login(loginBody("guess"), "198.51.100." + QByteArray::number(i));
            unauthorized += r.status == 401;
            if (r.status == 429) {
                ++refused;
                QCOMPARE(r.header("Retry-After"), QByteArray("1"));
            }
        }
        QCOMPARE(unauthorized, 2);
        QCOMPARE(refused, 28);
        QCOMPARE(hashed.load(), 2);
        QVERIFY2(log.text().contains(QLatin1String("refused (rate limit) from 198.51.100.30")),
                 qPrintable(log.text()));
        // Even the right password waits while the rate is spent (no hash, no session)…
        QCOMPARE(s.login(loginBody(Password), "203.0.113.50").status, 429);
        QCOMPARE(hashed.load(), 2);
        // …and is let in once the flood is over.
        s.clock.advanceMs(1000);
        const HttpResult ok = s.login(loginBody(Password), "203.0.113.50");
        QCOMPARE(ok.status, 200);
        QCOMPARE(hashed.load(), 3);
    }

    // The Argon2 check runs at the lowest CPU priority there is (nice 19), below the stats
    // questions: a flood of wrong passwords gets only what ingest leaves over.
    void checksRunAtTheLowestPriority()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("threads have nice values of their own only on Linux");
#else
        Server s;
        std::atomic<int> niceness {-100};
        s.api.setVerify([&](const QByteArray &password) {
            niceness = thisThreadsNiceness();
            return s.passwords.verify(password);
        });
        QVERIFY(s.start());
        QCOMPARE(s.login(loginBody("guess")).status, 401);
        QCOMPARE(niceness.load(), LowestNiceness);
#endif
    }

    // A refusal is answered after the refusal delay, not at once, so a script retrying the
    // moment it is refused cannot make the HTTP thread write hundreds of refusals a second;
    // meanwhile the server answers everyone else, and the wait holds no thread.
    void refusalsAreAnsweredAfterTheDelayWithoutHoldingTheServer()
    {
        Server s;
        s.limiter.setGlobalBudget(1);
        s.api.setRefusalDelay(600);
        QVERIFY(s.start());
        QCOMPARE(s.login(loginBody("guess"), "198.51.100.1").status, 401);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *refused = s.loginLater(loginBody("guess"), "198.51.100.2");
        QTRY_COMPARE_WITH_TIMEOUT(s.api.delayedRefusals(), 1, 5000);
        QVERIFY(!refused->isFinished());
        // Others are served while the refusal waits.
        QCOMPARE(s.client->request("GET", QStringLiteral("/test/admin")).status, 401);
        QVERIFY(!refused->isFinished());
        QTRY_VERIFY_WITH_TIMEOUT(refused->isFinished(), 5000);
        QVERIFY2(timer.elapsed() >= 600, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
        QVERIFY(!refused->rawHeader("Retry-After").isEmpty());
        QCOMPARE(s.api.delayedRefusals(), 0);
        refused->deleteLater();
    }

    // With delay 0 (or past MaxDelayedRefusals) the refusal goes out at once.
    void refusalsGoOutAtOnceWithoutADelay()
    {
        Server s;
        s.limiter.setGlobalBudget(1);
        s.api.setRefusalDelay(0);
        QVERIFY(s.start());
        QCOMPARE(s.login(loginBody("guess"), "198.51.100.1").status, 401);
        QCOMPARE(s.login(loginBody("guess"), "198.51.100.2").status, 429);
        QCOMPARE(s.api.delayedRefusals(), 0);
    }

    void oversizedBodyIsRefused()
    {
        Server s;
        QVERIFY(s.start());
        const HttpResult r = s.login(loginBody(QByteArray(AuthApi::MaxBodyBytes, 'a')));
        QCOMPARE(r.status, 413);
    }
};

QTEST_GUILESS_MAIN(tst_AuthApi)
#include "tst_authapi.moc"

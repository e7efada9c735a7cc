#include "api/apiaccess.h"
#include "api/collector.h"
#include "http/httpserver.h"
#include "api/livestream.h"
#include "common/enginefixture.h"
#include "common/fakeauthenticator.h"
#include "common/httpclient.h"
#include "common/sseclient.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMutex>

#include <atomic>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QByteArray SiteKey = "key-example";
const QByteArray OtherKey = "key-other";
const QByteArray AllSitesKey = "key-all";

QByteArray pageviewBody(const QByteArray &domain, const QByteArray &path)
{
    return "{\"n\":\"pageview\",\"u\":\"https://" + domain + path
        + "?utm_source=newsletter\",\"d\":\"" + domain + "\",\"r\":null,\"w\":1280}";
}

} // namespace

class tst_LiveStream : public QObject
{
    Q_OBJECT

    struct Server
    {
        EngineFixture fixture;
        FakeAuthenticator auth;
        std::unique_ptr<ApiAccess> access;
        HttpServer http;
        std::unique_ptr<Collector> collector;
        std::unique_ptr<LiveStream> stream;
        std::unique_ptr<HttpClient> client;
        qint32 otherSiteId = 0;

        bool start(LiveStreamOptions options = {}, LiveStream::VisitorCounter visitors = {})
        {
            // A second site, created before the engine starts so its directory knows it.
            {
                SqliteDb db;
                QString error;
                if (!Database::open(&db, fixture.dir.path(), &error))
                    qFatal("%s", qPrintable(error));
                const auto other = SiteRepository(&db).add(QStringLiteral("other.org"),
                                                           QStringLiteral("UTC"), 0, &error);
                if (!other)
                    qFatal("%s", qPrintable(error));
                otherSiteId = other->id;
            }
            if (!fixture.start())
                return false;
            auth.addKey(SiteKey, fixture.siteId);
            auth.addKey(OtherKey, otherSiteId);
            auth.addKey(AllSitesKey, 0, true);
            access = std::make_unique<ApiAccess>(&auth);
            collector = std::make_unique<Collector>(fixture.engine.get(), ServerConfig {});
            collector->registerRoutes(http);
            stream = std::make_unique<LiveStream>(fixture.engine.get(), access.get(),
                                                  std::move(visitors), options);
            stream->registerRoutes(http);
            QString error;
            if (!http.listen(QHostAddress::LocalHost, 0, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
            client = std::make_unique<HttpClient>(http.port());
            return true;
        }
        LiveEvent liveEvent(const QString &path) const
        {
            LiveEvent e;
            e.siteId = fixture.siteId;
            e.ts = fixture.clock.nowSecs();
            e.path = path;
            e.source = QStringLiteral("Google");
            e.country = QStringLiteral("DE");
            e.device = QStringLiteral("Desktop");
            e.browser = QStringLiteral("Firefox");
            return e;
        }
    };

private Q_SLOTS:
    void pageviewArrivesWithinOneSecond()
    {
        Server s;
        QVERIFY(s.start());
        SseClient sse(s.http.port());
        QVERIFY(sse.openFor("example.com", SiteKey));
        QCOMPARE(sse.waitForHead(), 200);
        QCOMPARE(sse.header("Content-Type"), QByteArray("text/event-stream"));
        QCOMPARE(sse.header("Cache-Control"), QByteArray("no-cache"));
        QCOMPARE(sse.header("X-Accel-Buffering"), QByteArray("no"));
        QVERIFY(sse.header("Access-Control-Allow-Origin").isEmpty()); // no Origin sent
        QTRY_COMPARE(s.stream->clientCount(), 1);

        QElapsedTimer timer;
        timer.start();
        const HttpResult r
            = s.client->post(QStringLiteral("/api/event"), pageviewBody("example.com", "/pricing"),
                             "text/plain", {{"X-Forwarded-For", "198.51.100.23"}});
        QCOMPARE(r.status, 202);
        QVERIFY(sse.waitForEvents("pageview", 1, 5000));
        const qint64 latencyMs = timer.elapsed();
        qInfo("POST /api/event -> SSE event: %lld ms", latencyMs);
        QVERIFY2(latencyMs < 1000, qPrintable(QStringLiteral("took %1 ms").arg(latencyMs)));

        const QList<SseEvent> events = sse.events("pageview");
        QCOMPARE(events.size(), 1);
        const QJsonObject data = events.first().json();
        QCOMPARE(data.value(QStringLiteral("path")).toString(), QStringLiteral("/pricing"));
        QCOMPARE(data.value(QStringLiteral("source")).toString(), QStringLiteral("newsletter"));
        QCOMPARE(data.value(QStringLiteral("device")).toString(), QStringLiteral("Desktop"));
        QCOMPARE(data.value(QStringLiteral("browser")).toString(), QStringLiteral("Firefox"));
        QCOMPARE(qint64(data.value(QStringLiteral("ts")).toDouble()), s.fixture.clock.nowSecs());
        QStringList keys = data.keys();
        keys.sort();
        QCOMPARE(
            keys,
            QStringList({QStringLiteral("browser"), QStringLiteral("country"),
                         QStringLiteral("device"), QStringLiteral("name"), QStringLiteral("path"),
                         QStringLiteral("source"), QStringLiteral("ts")}));
        // Nothing that identifies the visitor: neither address nor the User-Agent string.
        const QByteArray raw = sse.raw();
        QVERIFY(!raw.contains("127.0.0.1"));
        QVERIFY(!raw.contains("198.51.100.23"));
        QVERIFY(!raw.contains("Mozilla"));
        QVERIFY(!raw.contains("Gecko"));
        QVERIFY(!raw.contains("X11"));
    }

    void customEventsAreSentAsEvent()
    {
        Server s;
        QVERIFY(s.start());
        SseClient sse(s.http.port());
        QVERIFY(sse.openFor("example.com", SiteKey));
        QCOMPARE(sse.waitForHead(), 200);
        const HttpResult r = s.client->post(
            QStringLiteral("/api/event"),
            "{\"n\":\"Signup\",\"u\":\"https://example.com/join\",\"d\":\"example.com\"}");
        QCOMPARE(r.status, 202);
        QVERIFY(sse.waitForEvents("event", 1));
        const QJsonObject data = sse.events("event").first().json();
        QCOMPARE(data.value(QStringLiteral("name")).toString(), QStringLiteral("Signup"));
        QCOMPARE(data.value(QStringLiteral("path")).toString(), QStringLiteral("/join"));
        QCOMPARE(sse.events("pageview").size(), 0);
    }

    void onlyTheStreamedSitesEventsArrive()
    {
        Server s;
        QVERIFY(s.start());
        SseClient mine(s.http.port());
        SseClient other(s.http.port());
        QVERIFY(mine.openFor("example.com", SiteKey));
        QVERIFY(other.openFor("other.org", OtherKey));
        QCOMPARE(mine.waitForHead(), 200);
        QCOMPARE(other.waitForHead(), 200);

        QCOMPARE(
            s.client->post(QStringLiteral("/api/event"), pageviewBody("other.org", "/o")).status,
            202);
        QVERIFY(other.waitForEvents("pageview", 1));
        QCOMPARE(
            s.client->post(QStringLiteral("/api/event"), pageviewBody("example.com", "/e")).status,
            202);
        QVERIFY(mine.waitForEvents("pageview", 1));
        QTest::qWait(300); // anything misrouted would have arrived with the same batch
        QCOMPARE(mine.events("pageview").size(), 1);
        QCOMPARE(other.events("pageview").size(), 1);
        QCOMPARE(mine.events("pageview").first().json().value(QStringLiteral("path")).toString(),
                 QStringLiteral("/e"));
        QCOMPARE(other.events("pageview").first().json().value(QStringLiteral("path")).toString(),
                 QStringLiteral("/o"));
    }

    void siteByNumericIdAndShareLink()
    {
        Server s;
        QVERIFY(s.start());
        s.auth.addShare("share-secret", s.fixture.siteId);
        SseClient byId(s.http.port());
        QVERIFY(byId.openFor(QByteArray::number(s.fixture.siteId), SiteKey));
        QCOMPARE(byId.waitForHead(), 200);
        SseClient byShare(s.http.port());
        QVERIFY(byShare.open("/api/stream/example.com?auth=share-secret"));
        QCOMPARE(byShare.waitForHead(), 200);
        SseClient allSites(s.http.port());
        QVERIFY(allSites.openFor("EXAMPLE.com", AllSitesKey));
        QCOMPARE(allSites.waitForHead(), 200);
        QTRY_COMPARE(s.stream->clientCount(s.fixture.siteId), 3);

        QCOMPARE(
            s.client->post(QStringLiteral("/api/event"), pageviewBody("example.com", "/x")).status,
            202);
        QVERIFY(byId.waitForEvents("pageview", 1));
        QVERIFY(byShare.waitForEvents("pageview", 1));
        QVERIFY(allSites.waitForEvents("pageview", 1));
    }

    void accessIsChecked_data()
    {
        QTest::addColumn<QByteArray>("site");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("no key") << QByteArray("example.com") << QByteArray() << QByteArray("GET")
                                << 401 << QStringLiteral("API key is required");
        QTest::newRow("unknown key") << QByteArray("example.com") << QByteArray("Bearer nope")
                                     << QByteArray("GET") << 401 << QStringLiteral("invalid");
        QTest::newRow("not bearer") << QByteArray("example.com") << QByteArray("Basic a2V5")
                                    << QByteArray("GET") << 401 << QStringLiteral("Bearer");
        QTest::newRow("other site's key")
            << QByteArray("example.com") << QByteArray("Bearer " + OtherKey) << QByteArray("GET")
            << 403 << QStringLiteral("not valid for this site");
        QTest::newRow("unknown site, one-site key")
            << QByteArray("nowhere.net") << QByteArray("Bearer " + SiteKey) << QByteArray("GET")
            << 403 << QStringLiteral("not valid for this site");
        QTest::newRow("unknown site, all-sites key")
            << QByteArray("nowhere.net") << QByteArray("Bearer " + AllSitesKey) << QByteArray("GET")
            << 404 << QStringLiteral("unknown site 'nowhere.net'");
        QTest::newRow("unknown numeric id")
            << QByteArray("999") << QByteArray("Bearer " + AllSitesKey) << QByteArray("GET") << 404
            << QStringLiteral("unknown site '999'");
        QTest::newRow("POST") << QByteArray("example.com") << QByteArray("Bearer " + SiteKey)
                              << QByteArray("POST") << 405 << QStringLiteral("GET");
    }
    void accessIsChecked()
    {
        QFETCH(QByteArray, site);
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        QFETCH(QString, message);
        Server s;
        QVERIFY(s.start());
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const HttpResult r
            = s.client->request(method, QStringLiteral("/api/stream/") + QString::fromLatin1(site),
                                QByteArray(), headers);
        QCOMPARE(r.status, status);
        QVERIFY2(r.error().contains(message), qPrintable(r.error()));
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        if (status == 401)
            QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
        QCOMPARE(s.stream->clientCount(), 0);
    }

    void corsPreflightAndOrigin()
    {
        Server s;
        QVERIFY(s.start());
        const HttpResult pre = s.client->request(
            "OPTIONS", QStringLiteral("/api/stream/example.com"), QByteArray(),
            {{"Origin", "https://dash.example.com"}, {"Access-Control-Request-Method", "GET"}});
        QCOMPARE(pre.status, 204);
        QCOMPARE(pre.header("Access-Control-Allow-Origin"), QByteArray("https://dash.example.com"));
        QVERIFY(pre.header("Access-Control-Allow-Headers").contains("Authorization"));
        SseClient sse(s.http.port());
        QVERIFY(sse.openFor("example.com", SiteKey, {{"Origin", "https://dash.example.com"}}));
        QCOMPARE(sse.waitForHead(), 200);
        QCOMPARE(sse.header("Access-Control-Allow-Origin"), QByteArray("https://dash.example.com"));
        QCOMPARE(sse.header("Access-Control-Allow-Credentials"), QByteArray("true"));
        // Errors carry CORS too, so the dashboard can read why it was refused.
        const HttpResult denied
            = s.client->request("GET", QStringLiteral("/api/stream/example.com"), QByteArray(),
                                {{"Origin", "https://dash.example.com"}});
        QCOMPARE(denied.status, 401);
        QCOMPARE(denied.header("Access-Control-Allow-Origin"),
                 QByteArray("https://dash.example.com"));
    }

    void disconnectedClientsAreRemoved()
    {
        Server s;
        QVERIFY(s.start());
        std::vector<std::unique_ptr<SseClient>> clients;
        for (int i = 0; i < 3; ++i) {
            clients.push_back(std::make_unique<SseClient>(s.http.port()));
            QVERIFY(clients.back()->openFor(i == 2 ? "other.org" : "example.com",
                                            i == 2 ? OtherKey : SiteKey));
            QCOMPARE(clients.back()->waitForHead(), 200);
        }
        QTRY_COMPARE(s.stream->clientCount(), 3);
        QCOMPARE(s.stream->clientCount(s.fixture.siteId), 2);
        QCOMPARE(s.stream->clientCount(s.otherSiteId), 1);
        clients.at(0)->socket().disconnectFromHost();
        QTRY_COMPARE(s.stream->clientCount(), 2);
        clients.at(1)->socket().abort(); // a reset instead of a FIN
        clients.at(2).reset(); // the client object gone
        QTRY_COMPARE(s.stream->clientCount(), 0);
        QCOMPARE(s.stream->clientCount(s.fixture.siteId), 0);
        // Events after everyone left go nowhere, and nothing breaks.
        QCOMPARE(
            s.client->post(QStringLiteral("/api/event"), pageviewBody("example.com", "/x")).status,
            202);
        QVERIFY(s.fixture.engine->flush());
        QCOMPARE(s.stream->droppedSlowClients(), 0);
    }

    void revokedKeysLoseTheirStreams()
    {
        Server s;
        LiveStreamOptions options;
        options.accessCheckIntervalMs = 50;
        QVERIFY(s.start(options));
        // Stands in for the key store: principals whose id is in `revoked` are no longer
        // valid. Read on the stream thread, written here: atomics only.
        std::atomic<qint64> revokedId {-1};
        s.stream->setAccessCheck(
            [&revokedId](const auth::Principal &p) { return p.id != revokedId.load(); });
        SseClient site(s.http.port()), other(s.http.port());
        QVERIFY(site.openFor("example.com", SiteKey));
        QVERIFY(other.openFor("other.org", OtherKey));
        QCOMPARE(site.waitForHead(), 200);
        QCOMPARE(other.waitForHead(), 200);
        QTRY_COMPARE(s.stream->clientCount(), 2);
        revokedId = s.auth.keys.value(SiteKey).id;
        QTRY_COMPARE_WITH_TIMEOUT(s.stream->clientCount(), 1, 2000);
        QCOMPARE(s.stream->clientCount(s.otherSiteId), 1); // the other key's stream stays
        QTRY_VERIFY(site.socket().state() == QAbstractSocket::UnconnectedState);
    }

    void shutdownClosesStreams()
    {
        Server s;
        QVERIFY(s.start());
        SseClient a(s.http.port()), b(s.http.port());
        QVERIFY(a.openFor("example.com", SiteKey));
        QVERIFY(b.openFor("other.org", OtherKey));
        QCOMPARE(a.waitForHead(), 200);
        QCOMPARE(b.waitForHead(), 200);
        s.stream.reset(); // as at server exit: every stream ends, the thread stops
        QTRY_COMPARE(a.socket().state(), QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(b.socket().state(), QAbstractSocket::UnconnectedState);
        // Ingest is unaffected.
        QCOMPARE(
            s.client->post(QStringLiteral("/api/event"), pageviewBody("example.com", "/x")).status,
            202);
    }

    void slowClientIsDroppedOthersKeepUp()
    {
        LiveStreamOptions options;
        options.maxBacklogBytes = 64 * 1024;
        Server s;
        QVERIFY(s.start(options));
        SseClient fast(s.http.port());
        SseClient slow(s.http.port(), 1024);
        QVERIFY(fast.openFor("example.com", SiteKey));
        QVERIFY(slow.openFor("example.com", SiteKey));
        QCOMPARE(fast.waitForHead(), 200);
        QTRY_COMPARE(s.stream->clientCount(), 2);

        // A flood straight from the engine's signal, one commit at a time as the writer
        // sends them: 500 events with 1 KB paths (~0.5 MB) each. The slow client's kernel
        // buffers fill within a few MB; it must be dropped, the fast one must get all.
        const QString longPath = QStringLiteral("/") + QString(1000, QLatin1Char('p'));
        QList<LiveEvent> batch;
        for (int i = 0; i < 500; ++i)
            batch.append(s.liveEvent(longPath));
        int commits = 0;
        while (s.stream->droppedSlowClients() == 0 && commits < 100) {
            QElapsedTimer emitting;
            emitting.start();
            Q_EMIT s.fixture.engine->eventsStored(batch);
            QVERIFY(emitting.elapsed() < 100); // queued: never waits for a client
            ++commits;
            QVERIFY(fast.waitForEvents("pageview", commits * 500, 10000));
        }
        qInfo("slow client dropped after %d commits (~%d MB)", commits, commits / 2);
        QCOMPARE(s.stream->droppedSlowClients(), 1);
        QCOMPARE(s.stream->clientCount(), 1);
        QCOMPARE(fast.events("pageview").size(), commits * 500);

        // Ingest still answers and the remaining client still gets live events.
        QElapsedTimer post;
        post.start();
        QCOMPARE(s.client->post(QStringLiteral("/api/event"), pageviewBody("example.com", "/after"))
                     .status,
                 202);
        QVERIFY(post.elapsed() < 1000);
        QVERIFY(fast.waitFor("\"/after\""));
    }

    void largeCommitsAreCappedPerSite()
    {
        LiveStreamOptions options;
        options.maxEventsPerBatch = 100;
        Server s;
        QVERIFY(s.start(options));
        SseClient sse(s.http.port());
        QVERIFY(sse.openFor("example.com", SiteKey));
        QCOMPARE(sse.waitForHead(), 200);
        QTRY_COMPARE(s.stream->clientCount(), 1);
        QList<LiveEvent> batch;
        for (int i = 0; i < 250; ++i)
            batch.append(s.liveEvent(QStringLiteral("/p%1").arg(i)));
        LiveEvent elsewhere = s.liveEvent(QStringLiteral("/other"));
        elsewhere.siteId = s.otherSiteId;
        batch.append(elsewhere); // another site's event counts towards nothing here
        Q_EMIT s.fixture.engine->eventsStored(batch);
        QVERIFY(sse.waitForEvents("skipped", 1));
        QCOMPARE(sse.events("pageview").size(), 100);
        QCOMPARE(sse.events("pageview").last().json().value(QStringLiteral("path")).toString(),
                 QStringLiteral("/p99"));
        QCOMPARE(sse.events("skipped").first().data, QByteArray("{\"count\":150}"));
        // The LiveEvent's fields as they are, nothing added.
        const QJsonObject first = sse.events("pageview").first().json();
        QCOMPARE(first.value(QStringLiteral("country")).toString(), QStringLiteral("DE"));
        QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("Google"));
    }

    void visitorsCountIsSentPeriodically()
    {
        LiveStreamOptions options;
        options.visitorsIntervalMs = 100;
        // The counter runs on the stream thread.
        QMutex mutex;
        QList<qint32> asked;
        auto askedSoFar = [&] {
            QMutexLocker lock(&mutex);
            return asked;
        };
        Server s;
        QVERIFY(s.start(options, [&](qint32 siteId) -> std::optional<qint64> {
            QMutexLocker lock(&mutex);
            asked.append(siteId);
            if (siteId == s.fixture.siteId)
                return 42;
            return std::nullopt; // unknown right now: nothing is sent
        }));
        SseClient sse(s.http.port());
        QVERIFY(sse.openFor("example.com", SiteKey));
        QCOMPARE(sse.waitForHead(), 200);
        SseClient other(s.http.port());
        QVERIFY(other.openFor("other.org", OtherKey));
        QCOMPARE(other.waitForHead(), 200);
        // One at connect, then one per interval.
        QVERIFY(sse.waitForEvents("visitors", 4, 5000));
        for (const SseEvent &e : sse.events("visitors"))
            QCOMPARE(e.data, QByteArray("{\"current\":42}"));
        QCOMPARE(other.events("visitors").size(), 0);
        QVERIFY(askedSoFar().contains(s.otherSiteId));
        // Only sites with a client are asked.
        for (qint32 site : askedSoFar())
            QVERIFY(site == s.fixture.siteId || site == s.otherSiteId);

        // With nobody connected the timer stops: nobody is asked any more.
        sse.socket().abort();
        other.socket().abort();
        QTRY_COMPARE(s.stream->clientCount(), 0);
        const qsizetype calls = askedSoFar().size();
        QTest::qWait(400);
        QCOMPARE(askedSoFar().size(), calls);
    }

    void keepAliveCommentsAreSent()
    {
        LiveStreamOptions options;
        options.keepAliveIntervalMs = 100;
        Server s;
        QVERIFY(s.start(options));
        SseClient sse(s.http.port());
        QVERIFY(sse.openFor("example.com", SiteKey));
        QCOMPARE(sse.waitForHead(), 200);
        QVERIFY(sse.waitFor(": ping\n\n", 3000));
        // Comments are not events: an EventSource ignores them.
        QCOMPARE(sse.events().size(), 0);
    }

    void tooManyClientsGet503()
    {
        LiveStreamOptions options;
        options.maxClients = 3;
        options.maxClientsPerSite = 2;
        Server s;
        QVERIFY(s.start(options));
        SseClient a(s.http.port()), b(s.http.port()), c(s.http.port());
        QVERIFY(a.openFor("example.com", SiteKey));
        QVERIFY(b.openFor("example.com", SiteKey));
        QCOMPARE(a.waitForHead(), 200);
        QCOMPARE(b.waitForHead(), 200);
        // A third stream for the same site: over the per-site limit.
        HttpResult r = s.client->request("GET", QStringLiteral("/api/stream/example.com"),
                                         QByteArray(), {{"Authorization", "Bearer " + SiteKey}});
        QCOMPARE(r.status, 503);
        QVERIFY(r.error().contains(QStringLiteral("too many")));
        // Another site still has room, up to the total.
        QVERIFY(c.openFor("other.org", OtherKey));
        QCOMPARE(c.waitForHead(), 200);
        r = s.client->request("GET", QStringLiteral("/api/stream/other.org"), QByteArray(),
                              {{"Authorization", "Bearer " + OtherKey}});
        QCOMPARE(r.status, 503);
        QCOMPARE(s.stream->clientCount(), 3);
        // A slot frees when a client leaves.
        a.socket().abort();
        QTRY_COMPARE(s.stream->clientCount(), 2);
        SseClient d(s.http.port());
        QVERIFY(d.openFor("example.com", SiteKey));
        QCOMPARE(d.waitForHead(), 200);
    }
};

QTEST_GUILESS_MAIN(tst_LiveStream)
#include "tst_livestream.moc"

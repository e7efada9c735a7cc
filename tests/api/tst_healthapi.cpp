#include "api/apiaccess.h"
#include "api/collector.h"
#include "api/healthapi.h"
#include "http/httpserver.h"
#include "common/enginefixture.h"
#include "common/fakeauthenticator.h"
#include "common/faultystore.h"
#include "common/httpclient.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace raycstr;
using namespace raycstr::testing;

namespace {
const QByteArray Pageview = "{\"n\":\"pageview\",\"u\":\"https://example.com/blog\","
                            "\"d\":\"example.com\",\"r\":null,\"w\":1280}";
const QByteArray AllSitesReadKey = "key-all-sites-read";
const QByteArray OneSiteKey = "key-one-site";
} // namespace

class tst_HealthApi : public QObject
{
    Q_OBJECT

    // The collector and the health routes on one server, over an engine whose store can be
    // made to fail.
    struct Server
    {
        FaultyStore::Switches switches;
        EngineFixture fixture;
        FakeAuthenticator auth;
        ApiAccess access {&auth};
        HttpServer http;
        std::unique_ptr<Collector> collector;
        std::unique_ptr<HealthApi> health;
        std::unique_ptr<HttpClient> client;

        bool start()
        {
            EngineOptions options;
            options.wrapStore = [this](std::unique_ptr<EventStore> real) {
                return std::make_unique<FaultyStore>(std::move(real), &switches);
            };
            if (!fixture.start(options))
                return false;
            auth.addKey(AllSitesReadKey, 0);
            auth.addKey(OneSiteKey, fixture.siteId, true);
            collector = std::make_unique<Collector>(fixture.engine.get(), ServerConfig());
            collector->registerRoutes(http);
            health = std::make_unique<HealthApi>(fixture.engine.get(), &access);
            health->registerRoutes(http);
            QString error;
            if (!http.listen(QHostAddress::LocalHost, 0, &error))
                return false;
            client = std::make_unique<HttpClient>(http.port());
            return true;
        }
        QJsonObject healthJson(int *status = nullptr)
        {
            const HttpResult r = client->request("GET", QStringLiteral("/api/health"));
            if (status)
                *status = r.status;
            return QJsonDocument::fromJson(r.body).object();
        }
        HttpResult metrics(const QByteArray &key)
        {
            QList<QPair<QByteArray, QByteArray>> headers;
            if (!key.isEmpty())
                headers.append({"Authorization", "Bearer " + key});
            return client->request("GET", QStringLiteral("/metrics"), {}, headers);
        }
    };

private Q_SLOTS:
    void healthNeedsNoKeyAndSaysOk()
    {
        Server s;
        QVERIFY(s.start());
        QTRY_COMPARE(s.fixture.engine->state(), IngestEngine::State::Running);
        int status = 0;
        const QJsonObject h = s.healthJson(&status);
        QCOMPARE(status, 200);
        QCOMPARE(h.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        const QJsonObject queue = h.value(QLatin1String("queue")).toObject();
        QCOMPARE(queue.value(QLatin1String("hits")).toInteger(), 0);
        QCOMPARE(queue.value(QLatin1String("max_hits")).toInteger(), DefaultQueueHits);
        QCOMPARE(queue.value(QLatin1String("max_bytes")).toInteger(), DefaultQueueBytes);
        QVERIFY(h.value(QLatin1String("last_write_error")).isNull());
        QVERIFY(
            h.value(QLatin1String("disk")).toObject().value(QLatin1String("free_bytes")).toInteger()
            > 0);
    }

    void fullDiskShowsInIngestHealthAndMetrics()
    {
        Server s;
        QVERIFY(s.start());
        s.switches.writes = FaultyStore::Fault::DiskFull;
        QCOMPARE(s.client->post(QStringLiteral("/api/event"), Pageview).status, 202);
        QTRY_COMPARE(s.fixture.engine->state(), IngestEngine::State::DiskFull);

        // Ingest: a 503 that says "disk full", not "busy".
        const HttpResult refused = s.client->post(QStringLiteral("/api/event"), Pageview);
        QCOMPARE(refused.status, 503);
        const QJsonObject why = QJsonDocument::fromJson(refused.body).object();
        QCOMPARE(why.value(QLatin1String("reason")).toString(), QStringLiteral("disk_full"));
        QVERIFY(!refused.header("Retry-After").isEmpty());

        int status = 0;
        const QJsonObject h = s.healthJson(&status);
        QCOMPARE(status, 503);
        QCOMPARE(h.value(QLatin1String("status")).toString(), QStringLiteral("disk_full"));
        const QJsonObject error = h.value(QLatin1String("last_write_error")).toObject();
        QCOMPARE(error.value(QLatin1String("message")).toString(), FaultyStore::DiskFullMessage);
        QCOMPARE(error.value(QLatin1String("at")).toInteger(), s.fixture.clock.nowSecs());

        const HttpResult m = s.metrics(AllSitesReadKey);
        QCOMPARE(m.status, 200);
        QVERIFY(m.header("Content-Type").startsWith("text/plain; version=0.0.4"));
        QVERIFY2(m.body.contains("\nraycstr_ingest_refused_hits_total{reason=\"disk_full\"} 1\n"),
                 m.body.constData());
        QVERIFY(m.body.contains("\nraycstr_ingest_refused_hits_total{reason=\"busy\"} 0\n"));
        QVERIFY(m.body.contains("\nraycstr_ingest_accepted_hits_total 1\n"));
        QVERIFY(m.body.contains("\nraycstr_ingest_state{state=\"disk_full\"} 1\n"));
        QVERIFY(m.body.contains("\nraycstr_events_stored_total 0\n"));

        // Space returns: the held event is written, and everything says so.
        s.switches.writes = FaultyStore::Fault::None;
        QTRY_COMPARE_WITH_TIMEOUT(s.fixture.engine->state(), IngestEngine::State::Running, 10000);
        QVERIFY(s.fixture.engine->flush());
        QCOMPARE(s.healthJson(&status).value(QLatin1String("status")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(status, 200);
        QVERIFY(s.metrics(AllSitesReadKey).body.contains("\nraycstr_events_stored_total 1\n"));
        QCOMPARE(s.fixture.query("SELECT count(*) FROM events"), 1);
    }

    // Every reason the pipeline drops a hit for has its own counter (not "bot" and "other").
    void droppedHitsCountPerReason()
    {
        Server s;
        QVERIFY(s.start());
        const QList<QPair<QByteArray, QByteArray>> googlebot {
            {"User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"}};
        QCOMPARE(s.client->post(QStringLiteral("/api/event"), Pageview, "text/plain", googlebot)
                     .status,
                 202);
        QByteArray spam = Pageview;
        spam.replace("\"r\":null", "\"r\":\"https://01casino-x.ru/\"");
        QCOMPARE(s.client->post(QStringLiteral("/api/event"), spam).status, 202);
        QCOMPARE(s.client->post(QStringLiteral("/api/event"), Pageview).status, 202);
        QVERIFY(s.fixture.engine->flush());
        const QByteArray m = s.metrics(AllSitesReadKey).body;
        for (const char *line : {"\nraycstr_ingest_dropped_hits_total{reason=\"bot\"} 1\n",
                                 "\nraycstr_ingest_dropped_hits_total{reason=\"referrer_spam\"} 1\n",
                                 "\nraycstr_ingest_dropped_hits_total{reason=\"invalid_url\"} 0\n",
                                 "\nraycstr_ingest_dropped_hits_total{reason=\"no_visit\"} 0\n",
                                 "\nraycstr_events_stored_total 1\n"})
            QVERIFY2(m.contains(line), m.constData());
    }

    void metricsNeedAKeyForEverySite()
    {
        Server s;
        QVERIFY(s.start());
        QCOMPARE(s.metrics({}).status, 401);
        QCOMPARE(s.metrics("not-a-key").status, 401);
        QCOMPARE(s.metrics(OneSiteKey).status, 403); // even an admin of one site
        QCOMPARE(s.metrics(AllSitesReadKey).status, 200);
        QCOMPARE(s.client->request("POST", QStringLiteral("/metrics")).status, 405);
        QCOMPARE(s.client->request("DELETE", QStringLiteral("/api/health")).status, 405);
    }
};

QTEST_GUILESS_MAIN(tst_HealthApi)
#include "tst_healthapi.moc"

#include "api/collector.h"
#include "http/httpserver.h"
#include "common/enginefixture.h"
#include "common/httpclient.h"

// Other trackers' endpoints (Umami's /api/send, GoatCounter's /count) and the tracker
// script routes, over real HTTP, with requests as those trackers' scripts make them.

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QByteArray UmamiWebsite = "8f1c2b3a-6a0e-4d7b-9a51-0c2f1e4d5b6a";

QByteArray umamiPageview(const QByteArray &website, const QByteArray &hostname)
{
    return "{\"type\":\"event\",\"payload\":{\"website\":\"" + website + "\",\"hostname\":\""
        + hostname
        + "\",\"screen\":\"1920x1080\",\"language\":\"en-US\",\"title\":\"Pricing\",\"url\":"
          "\"/pricing?utm_source=newsletter\",\"referrer\":\"https://www.google.com/\"}}";
}

const QString GoatQuery = QStringLiteral(
    "/count?p=%2Fabout&r=https%3A%2F%2Fnews.ycombinator.com%2F&t=About&s=1920%2C1080%2C1&b=0&"
    "rnd=k3j9x");

} // namespace

class tst_CompatCollector : public QObject
{
    Q_OBJECT

    struct Server
    {
        EngineFixture fixture;
        HttpServer http;
        std::unique_ptr<Collector> collector;
        std::unique_ptr<HttpClient> client;
        bool start()
        {
            if (!fixture.start())
                return false;
            collector = std::make_unique<Collector>(fixture.engine.get(), ServerConfig());
            collector->registerRoutes(http);
            QString error;
            if (!http.listen(QHostAddress::LocalHost, 0, &error))
                return false;
            client = std::make_unique<HttpClient>(http.port());
            return true;
        }
        // An alias made while the server runs; the clock moves on so the collector's site
        // directory may reload (it does at most once a second).
        void addAlias(const QString &alias, const QString &domain = QStringLiteral("example.com"))
        {
            SqliteDb db;
            QString error;
            QVERIFY(Database::open(&db, fixture.dir.path(), &error));
            QVERIFY2(SiteRepository(&db).addAlias(domain, alias, 0, &error), qPrintable(error));
            fixture.clock.advanceMs(1000);
        }
        qint64 stored()
        {
            fixture.engine->flush();
            return fixture.query("SELECT count(*) FROM events");
        }
        qint64 storedWithPath(const char *path)
        {
            fixture.engine->flush();
            const QByteArray sql = "SELECT count(*) FROM events e JOIN pages p ON p.id = e.page "
                                   "JOIN strings s ON s.id = p.path WHERE s.value = '"
                + QByteArray(path) + "'";
            return fixture.query(sql.constData());
        }
        qint64 storedWithSource(const char *source)
        {
            fixture.engine->flush();
            const QByteArray sql
                = "SELECT count(*) FROM events e JOIN acquisitions a ON a.id = e.acquisition "
                  "JOIN strings s ON s.id = a.source WHERE s.value = '"
                + QByteArray(source) + "'";
            return fixture.query(sql.constData());
        }
    };

private Q_SLOTS:
    void umamiByWebsiteAlias()
    {
        Server s;
        QVERIFY(s.start());
        s.addAlias(QString::fromLatin1(UmamiWebsite));
        // The hostname names no tracked site: only the alias can place the hit.
        const HttpResult r
            = s.client->post(QStringLiteral("/api/send"), umamiPageview(UmamiWebsite, "shop.test"),
                             "application/json", {{"Origin", "https://shop.test"}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QCOMPARE(r.body, QByteArray("{\"ok\":true}"));
        QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("https://shop.test"));
        QCOMPARE(s.storedWithPath("/pricing"), 1);
        QCOMPARE(s.storedWithSource("newsletter"), 1); // utm_source beats the referrer
    }

    // Issue 15: answered "400 unknown type 'performance'", so a switching Umami user lost
    // every Web Vital.
    void umamiPerformanceIsStoredAsWebVitals()
    {
        Server s;
        QVERIFY(s.start());
        s.addAlias(QString::fromLatin1(UmamiWebsite));
        const QByteArray body = "{\"type\":\"performance\",\"payload\":{\"website\":\""
            + UmamiWebsite
            + "\",\"screen\":\"1920x1080\",\"language\":\"en-US\",\"title\":\"Pricing\","
              "\"hostname\":\"shop.test\",\"url\":\"https://shop.test/pricing\",\"referrer\":"
              "\"\",\"ttfb\":112.3,\"fcp\":340.5,\"lcp\":1280.9,\"cls\":0.04,\"inp\":88,"
              "\"duration\":15234}}";
        const HttpResult r = s.client->post(QStringLiteral("/api/send"), body, "application/json");
        QCOMPARE(r.status, 200);
        s.fixture.engine->flush();
        QCOMPARE(s.fixture.query("SELECT count(*) FROM events WHERE kind = 2"), 5);
        QCOMPARE(s.storedWithPath("/pricing"), 5);
    }

    void umamiFallsBackToTheHostname()
    {
        Server s;
        QVERIFY(s.start());
        QCOMPARE(s.client
                     ->post(QStringLiteral("/api/send"),
                            umamiPageview("not-an-alias", "www.example.com"), "application/json")
                     .status,
                 200);
        QCOMPARE(s.stored(), 1);
        // A bare path and no hostname: the site's own domain completes the URL.
        const HttpResult r = s.client->post(
            QStringLiteral("/api/send"),
            "{\"type\":\"event\",\"payload\":{\"website\":\"" + UmamiWebsite
                + "\",\"url\":\"/docs\",\"name\":\"search\",\"data\":{\"q\":\"tracker\"}}}",
            "application/json");
        QCOMPARE(r.status, 404); // no alias yet, no hostname
        QVERIFY2(r.error().contains(QLatin1String("site alias DOMAIN")), qPrintable(r.error()));
        s.addAlias(QString::fromLatin1(UmamiWebsite));
        QCOMPARE(s.client
                     ->post(QStringLiteral("/api/send"),
                            "{\"type\":\"event\",\"payload\":{\"website\":\"" + UmamiWebsite
                                + "\",\"url\":\"/docs\",\"name\":\"search\",\"data\":{\"q\":"
                                  "\"tracker\"}}}",
                            "application/json")
                     .status,
                 200);
        QCOMPARE(s.storedWithPath("/docs"), 1);
        QCOMPARE(s.fixture.query("SELECT count(*) FROM events e JOIN strings s ON s.id = e.props "
                                 "WHERE s.value LIKE '%tracker%'"),
                 1);
    }

    void umamiUnknownSiteIdentifyAndPreflight()
    {
        Server s;
        QVERIFY(s.start());
        HttpResult r = s.client->post(QStringLiteral("/api/send"),
                                      umamiPageview("nope", "other.org"), "application/json");
        QCOMPARE(r.status, 404);
        QVERIFY2(r.error().contains(QLatin1String("unknown website 'nope'")),
                 qPrintable(r.error()));
        r = s.client->post(QStringLiteral("/api/send"),
                           "{\"type\":\"identify\",\"payload\":{\"website\":\"" + UmamiWebsite
                               + "\",\"hostname\":\"example.com\",\"url\":\"https://example.com/"
                                 "\",\"id\":\"user-42\"}}",
                           "application/json");
        QCOMPARE(r.status, 200);
        r = s.client->post(QStringLiteral("/api/send"), "{\"type\":\"event\"}", "application/json");
        QCOMPARE(r.status, 400);
        QVERIFY2(r.error().contains(QLatin1String("payload")), qPrintable(r.error()));
        QCOMPARE(s.stored(), 0);
        // Umami's tracker posts JSON with its cache header: the browser asks first.
        const HttpResult pre
            = s.client->request("OPTIONS", QStringLiteral("/api/send"), {},
                                {{"Origin", "https://example.com"},
                                 {"Access-Control-Request-Method", "POST"},
                                 {"Access-Control-Request-Headers", "content-type,x-umami-cache"}});
        QCOMPARE(pre.status, 204);
        QCOMPARE(pre.header("Access-Control-Allow-Headers"),
                 QByteArray("content-type,x-umami-cache"));
        QVERIFY(pre.header("Access-Control-Allow-Methods").contains("POST"));
    }

    void goatCounterByReferer()
    {
        Server s;
        QVERIFY(s.start());
        // count.js loads /count as an image: the page is in the Referer.
        const HttpResult r = s.client->request("GET", GoatQuery, {},
                                               {{"Referer", "https://www.example.com/about"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("image/gif"));
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(r.body.size(), 43);
        QVERIFY(r.body.startsWith("GIF89a\x01\x00\x01\x00"));
        QCOMPARE(s.storedWithPath("/about"), 1);
        QCOMPARE(s.storedWithSource("Hacker News"), 1);
        // The hostname comes from the Referer (www. dropped, as for every hit).
        QCOMPARE(s.fixture.query("SELECT count(*) FROM events e JOIN pages p ON p.id = e.page "
                                 "JOIN strings s ON s.id = p.hostname WHERE s.value = "
                                 "'example.com'"),
                 1);
    }

    void goatCounterByHostAlias()
    {
        Server s;
        QVERIFY(s.start());
        s.addAlias(QStringLiteral("stats.example.org"));
        s.addAlias(QStringLiteral("mycode"));
        // No Referer (a strict Referrer-Policy): the host the script posts to names the site,
        // whole or by its first label, as GoatCounter's own sites are named.
        QCOMPARE(
            s.client->request("GET", GoatQuery, {}, {{"Host", "stats.example.org:8443"}}).status,
            200);
        QCOMPARE(s.client
                     ->request("GET", QStringLiteral("/count?p=%2Fteam&b=0"), {},
                               {{"Host", "mycode.raycstr.example.net"}})
                     .status,
                 200);
        QCOMPARE(s.storedWithPath("/about"), 1);
        QCOMPARE(s.storedWithPath("/team"), 1);
        // Without a page URL the site's domain stands in for the hostname.
        QCOMPARE(s.fixture.query("SELECT count(*) FROM events e JOIN pages p ON p.id = e.page "
                                 "JOIN strings s ON s.id = p.hostname WHERE s.value = "
                                 "'example.com'"),
                 2);
    }

    void goatCounterBeaconEventAndBots()
    {
        Server s;
        QVERIFY(s.start());
        // Newer count.js versions sendBeacon the same URL: a POST without a body.
        HttpResult r = s.client->request(
            "POST",
            QStringLiteral("/count?p=click-banana&t=Banana&e=true&s=390%2C844%2C3&b=0&rnd=x"), {},
            {{"Origin", "https://example.com"}, {"Referer", "https://example.com/fruit"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(s.stored(), 1);
        QCOMPARE(s.fixture.query("SELECT count(*) FROM events e JOIN strings s ON s.id = e.name "
                                 "WHERE s.value = 'click-banana' AND e.kind = 1"),
                 1);
        // b=153: count.js saw navigator.webdriver. Answered like any hit, dropped as a bot.
        r = s.client->request("GET", QStringLiteral("/count?p=%2F&b=153"), {},
                              {{"Referer", "https://example.com/"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("image/gif"));
        QCOMPARE(s.stored(), 1);
        QCOMPARE(s.fixture.query("SELECT count FROM dropped WHERE reason = 'bot'"), 1);
    }

    void goatCounterRefusals()
    {
        Server s;
        QVERIFY(s.start());
        HttpResult r = s.client->request("GET", GoatQuery, {}, {{"Referer", "https://other.org/"}});
        QCOMPARE(r.status, 404);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QVERIFY2(r.error().contains(QLatin1String("'other.org' is no tracked domain")),
                 qPrintable(r.error()));
        r = s.client->request("GET", QStringLiteral("/count?t=Home"), {},
                              {{"Referer", "https://example.com/"}});
        QCOMPARE(r.status, 400);
        QVERIFY2(r.error().contains(QLatin1String("'p'")), qPrintable(r.error()));
        r = s.client->request("DELETE", GoatQuery, {}, {{"Referer", "https://example.com/"}});
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET, POST, OPTIONS"));
        QCOMPARE(s.stored(), 0);
    }

    void trackerScripts()
    {
        Server s;
        QVERIFY(s.start());
        const HttpResult core = s.client->request("GET", QStringLiteral("/js/track.js"));
        QCOMPARE(core.status, 200);
        QCOMPARE(core.header("Content-Type"), QByteArray("text/javascript; charset=utf-8"));
        QCOMPARE(core.header("Cache-Control"), QByteArray("public, max-age=86400"));
        const QByteArray etag = core.header("ETag");
        QVERIFY2(etag.startsWith('"') && etag.size() > 10, etag.constData());
        // The minified build: it posts to /api/event and has no Web Vitals code.
        QVERIFY(core.body.contains("/api/event"));
        QVERIFY(core.body.contains("raycstr_ignore"));
        QVERIFY(!core.body.contains("largest-contentful-paint"));
        QVERIFY(!core.body.contains('\n') || core.body.count('\n') < 3);

        const HttpResult vitals = s.client->request("GET", QStringLiteral("/js/track.vitals.js"));
        QCOMPARE(vitals.status, 200);
        QVERIFY(vitals.body.contains("largest-contentful-paint"));
        QVERIFY(vitals.header("ETag") != etag);

        const HttpResult again = s.client->request("GET", QStringLiteral("/js/track.js"), {},
                                                   {{"If-None-Match", "\"x\", W/" + etag}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        QCOMPARE(again.header("ETag"), etag);

        // Plausible's names serve the same script (it reads the features from its name).
        for (const char *name : {"/js/script.js", "/js/script.hash.outbound-links.js"}) {
            const HttpResult alias = s.client->request("GET", QString::fromLatin1(name));
            QCOMPARE(alias.status, 200);
            QCOMPARE(alias.body, core.body);
        }
        const HttpResult missing = s.client->request("GET", QStringLiteral("/js/tracker.min.js"));
        QCOMPARE(missing.status, 404);
        QVERIFY2(missing.error().contains(QLatin1String("/js/track.js")),
                 qPrintable(missing.error()));
        const HttpResult post = s.client->post(QStringLiteral("/js/track.js"), "x");
        QCOMPARE(post.status, 405);
    }
};

QTEST_GUILESS_MAIN(tst_CompatCollector)
#include "tst_compatcollector.moc"

#pragma once

// An in-process stats API server for the API tests (tst_statsapi, tst_plausibleapi,
// tst_openapi): the real ingest engine and query engine on a temporary data directory,
// two sites, a fake key store, and a small, fixed set of traffic on 2023-11-14 (UTC):
//
//   10:00  visitor A (Chrome/Windows) lands on /  from Google, views /pricing at 10:02,
//          and reports two LCP samples on / (1200 and 2600 ms)
//   10:05  visitor B (Firefox/Linux)  lands on /  directly and leaves (a bounce)
//   10:03  two crawler hits (bingbot) and at 10:04 one with a spam referrer: dropped,
//          so counted in the dropped report only
//   10:10  visitor C (Chrome/Windows) lands on /blog from Hacker News and sends a
//          custom event "signup" {plan: pro} at 10:11
//
// So for the day: 3 visitors, 3 visits, 4 pageviews, 1 custom event, 1 bounce in 3
// visits; top pages / (2 visitors), then /blog and /pricing (1 each). The clock then
// stands at 10:12, so "current visitors" (last 5 minutes) is C alone.

#include "api/alertsapi.h"
#include "api/apiaccess.h"
#include "api/exportapi.h"
#include "api/goalsapi.h"
#include "api/sitesapi.h"
#include "http/httpserver.h"
#include "api/openapi.h"
#include "api/plausibleapi.h"
#include "api/plausiblev2api.h"
#include "api/reportsapi.h"
#include "api/statsapi.h"
#include "common/enginefixture.h"
#include "common/fakeauthenticator.h"
#include "common/httpclient.h"
#include "http/httpserver.h"
#include "query/queryengine.h"
#include "query/querypool.h"
#include "store/goalrepository.h"
#include "store/sites.h"
#include "store/sqlitedb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace raycstr::testing {

inline const QByteArray AllSitesKey = "key-all-sites";
inline const QByteArray SiteKey = "key-example";
inline const QByteArray OtherSiteKey = "key-other";
inline const QByteArray RevokedKey = "key-revoked";
inline const QByteArray FirefoxUA
    = "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0";

// 2023-11-14T10:00:00Z
constexpr qint64 TrafficStartMs = 1699956000000LL;

struct ApiFixture
{
    EngineFixture fixture;
    FakeAuthenticator auth;
    ApiAccess access {&auth};
    std::unique_ptr<query::QueryEngine> queries;
    // The pool's shape for the test (set before start()): the budget tests shrink it.
    query::QueryPool::Options poolOptions;
    HttpServer http;
    std::unique_ptr<StatsApi> stats;
    std::unique_ptr<PlausibleApi> plausible;
    std::unique_ptr<PlausibleV2Api> plausibleV2;
    std::unique_ptr<GoalsApi> goals;
    std::unique_ptr<SitesApi> sites;
    std::unique_ptr<AlertsApi> alerts;
    QList<AlertRule> configAlerts; // the config file's alert rules (set before start())
    std::unique_ptr<ExportApi> exports;
    std::unique_ptr<ReportsApi> reports;
    ServerConfig mailConfig; // smtp: and reports: for `reports` (set before start())
    std::unique_ptr<OpenApi> docs;
    // After the controllers and `http`: destroyed first (jobs capture them).
    std::unique_ptr<query::QueryPool> pool;
    std::unique_ptr<HttpClient> client;
    qint32 otherSiteId = 0;
    QString queryError; // why the query engine did not open, if it did not

    bool start()
    {
        fixture.clock.setNowMs(TrafficStartMs);
        if (!fixture.start())
            return false;
        {
            SqliteDb db;
            QString error;
            if (!Database::open(&db, fixture.dir.path(), &error))
                qFatal("%s", qPrintable(error));
            const auto other
                = SiteRepository(&db).add(QStringLiteral("other.org"), QStringLiteral("UTC"),
                                          fixture.clock.nowSecs(), &error);
            if (!other)
                qFatal("%s", qPrintable(error));
            otherSiteId = other->id;
            // A goal and a funnel (id 1) on example.com: C's sign-up after landing on /blog.
            GoalRepository repo(&db);
            if (!repo.addGoal(fixture.siteId, QStringLiteral("Signup"),
                              {Matcher::Kind::Event, QStringLiteral("signup")},
                              fixture.clock.nowSecs(), &error))
                qFatal("%s", qPrintable(error));
            Funnel f;
            f.name = QStringLiteral("Blog signup");
            f.steps
                = {{QStringLiteral("blog"), {Matcher::Kind::Page, QStringLiteral("/blog")}},
                   {QStringLiteral("signed up"), {Matcher::Kind::Event, QStringLiteral("signup")}}};
            if (!repo.saveFunnel(fixture.siteId, f, false, fixture.clock.nowSecs(), &error))
                qFatal("%s", qPrintable(error));
        }
        auth.addKey(AllSitesKey, 0);
        auth.addKey(SiteKey, fixture.siteId);
        auth.addKey(OtherSiteKey, otherSiteId);
        auth.addKey(RevokedKey, fixture.siteId);
        auth.revoke(RevokedKey);

        seed();
        queries = std::make_unique<query::QueryEngine>(Database::pathIn(fixture.dir.path()),
                                                       &fixture.clock);
        if (!queries->open(&queryError))
            qWarning("query engine: %s", qPrintable(queryError));
        pool = std::make_unique<query::QueryPool>(Database::pathIn(fixture.dir.path()),
                                                  &fixture.clock, poolOptions);
        if (!pool->open(&queryError))
            qWarning("query pool: %s", qPrintable(queryError));
        stats = std::make_unique<StatsApi>(queries.get(), pool.get(), &access);
        plausible = std::make_unique<PlausibleApi>(queries.get(), pool.get(), &access);
        plausibleV2 = std::make_unique<PlausibleV2Api>(queries.get(), pool.get(), &access);
        docs = std::make_unique<OpenApi>();
        goals = std::make_unique<GoalsApi>(queries.get(), &access, &fixture.clock);
        if (!goals->open(fixture.dir.path(), &queryError))
            qWarning("goals: %s", qPrintable(queryError));
        stats->setGoalReports(goals.get());
        sites = std::make_unique<SitesApi>(queries.get(), &access);
        if (!sites->open(fixture.dir.path(), &queryError))
            qWarning("sites: %s", qPrintable(queryError));
        sites->registerRoutes(http);
        alerts = std::make_unique<AlertsApi>(queries.get(), &access, &fixture.clock, configAlerts);
        if (!alerts->open(fixture.dir.path(), &queryError))
            qWarning("alerts: %s", qPrintable(queryError));
        alerts->registerRoutes(http);
        exports = std::make_unique<ExportApi>(queries.get(), pool.get(), &access, &fixture.clock);
        exports->registerRoutes(http);
        mailConfig.dataDir = fixture.dir.path();
        reports = std::make_unique<ReportsApi>(queries.get(), &access, &fixture.clock, mailConfig);
        if (!reports->open(&queryError))
            qWarning("reports: %s", qPrintable(queryError));
        reports->registerRoutes(http);
        goals->registerRoutes(http);
        stats->registerRoutes(http);
        plausible->registerRoutes(http);
        plausibleV2->registerRoutes(http);
        docs->registerRoutes(http);
        QString error;
        if (!http.listen(QHostAddress::LocalHost, 0, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        client = std::make_unique<HttpClient>(http.port());
        return true;
    }

    void submit(qint64 minute, Hit h)
    {
        fixture.clock.setNowMs(TrafficStartMs + minute * 60000);
        h.timestampMs = fixture.clock.nowMs();
        QList<Hit> hits {h};
        if (fixture.engine->submit(std::move(hits)) != SubmitResult::Queued)
            qFatal("the ingest queue refused a hit");
        // One at a time: the sessionizer sees them in order, as the collector would.
        fixture.engine->flush();
    }

    void seed()
    {
        const QString a = QStringLiteral("203.0.113.1"), b = QStringLiteral("203.0.113.2"),
                      c = QStringLiteral("203.0.113.3");
        Hit landA = fixture.pageview(QStringLiteral("https://example.com/"), a);
        landA.referrer = QStringLiteral("https://www.google.com/");
        submit(0, landA);
        for (double lcp : {1200.0, 2600.0}) {
            Hit v = fixture.pageview(QStringLiteral("https://example.com/"), a);
            v.kind = EventKind::Vitals;
            v.name = QStringLiteral("LCP");
            v.value = lcp;
            v.hasValue = true;
            submit(1, v);
        }
        submit(2, fixture.pageview(QStringLiteral("https://example.com/pricing"), a));
        // Not stored, only counted (the dropped report): two crawler hits, one referrer spam.
        for (int i = 0; i < 2; ++i)
            submit(3, fixture.pageview(QStringLiteral("https://example.com/"), a,
                                       "Mozilla/5.0 (compatible; bingbot/2.0; "
                                       "+http://www.bing.com/bingbot.htm)"));
        Hit spam = fixture.pageview(QStringLiteral("https://example.com/"), b);
        spam.referrer = QStringLiteral("https://01casino-x.ru/");
        submit(4, spam);
        submit(5, fixture.pageview(QStringLiteral("https://example.com/"), b, FirefoxUA));
        Hit landC = fixture.pageview(QStringLiteral("https://example.com/blog"), c);
        landC.referrer = QStringLiteral("https://news.ycombinator.com/");
        submit(10, landC);
        Hit signup = fixture.pageview(QStringLiteral("https://example.com/blog"), c);
        signup.kind = EventKind::Custom;
        signup.name = QStringLiteral("signup");
        signup.props = {Property {QStringLiteral("plan"), QStringLiteral("pro")}};
        submit(11, signup);
        fixture.clock.setNowMs(TrafficStartMs + 12 * 60000);
    }

    HttpResult get(const QString &path, const QByteArray &key = AllSitesKey,
                   const QByteArray &method = "GET")
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!key.isEmpty())
            headers.append({"Authorization", "Bearer " + key});
        return client->request(method, path, QByteArray(), headers);
    }

    static QJsonObject object(const HttpResult &r)
    {
        return QJsonDocument::fromJson(r.body).object();
    }

    // GET with the all-sites key, expecting 200: the JSON object, and a warning naming the
    // route and the answer otherwise (the caller's QCOMPARE then shows what was missing).
    QJsonObject getOk(const QString &path)
    {
        const HttpResult r = get(path);
        if (r.status != 200)
            qWarning("%s: %d %s", qPrintable(path), r.status, r.body.constData());
        return object(r);
    }
};

} // namespace raycstr::testing

// RayCstr's own stats routes over real HTTP: /api/stats (the original README's shape) and
// /api/events/{siteId}/… (Traytic's endpoints plus the generic breakdown), against the
// fixed traffic of common/apifixture.h. Every route's shape and values, every parameter
// error, and every access case (no key, bad or revoked key, another site's key, unknown
// site, share links, wrong method).

#include "common/apifixture.h"

#include <QRegularExpression>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QString Day = QStringLiteral("period=day&date=2023-11-14");

QString events(const QString &site, const QString &endpoint, const QString &query = QString())
{
    return QStringLiteral("/api/events/%1/%2%3")
        .arg(site, endpoint, query.isEmpty() ? QString() : QLatin1Char('?') + query);
}

QString example(const QString &endpoint, const QString &query = QString())
{
    return events(QStringLiteral("example.com"), endpoint, query);
}

QStringList values(const QJsonArray &rows, const QString &key = QStringLiteral("value"))
{
    QStringList out;
    for (const QJsonValue &r : rows)
        out.append(r.toObject().value(key).toString());
    return out;
}

QJsonObject rowWith(const QJsonArray &rows, const QString &value)
{
    for (const QJsonValue &r : rows)
        if (r.toObject().value(QStringLiteral("value")).toString() == value)
            return r.toObject();
    return QJsonObject();
}

} // namespace

class tst_StatsApi : public QObject
{
    Q_OBJECT

    ApiFixture s;

    QJsonObject ok(const QString &path)
    {
        const HttpResult r = s.get(path);
        if (r.status != 200)
            qWarning("%s -> %d %s", qPrintable(path), r.status, r.body.constData());
        [&] { QCOMPARE(r.status, 200); }();
        return ApiFixture::object(r);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(s.start());
        QVERIFY2(s.queryError.isEmpty(), qPrintable(s.queryError));
    }

    void summaryHasTheReadmeShape()
    {
        const QJsonObject o = ok(QStringLiteral("/api/stats?site=example.com&") + Day);
        QCOMPARE(o.value(QStringLiteral("pageviews")).toInteger(), 4);
        QCOMPARE(o.value(QStringLiteral("visitors")).toInteger(), 3);
        QCOMPARE(o.value(QStringLiteral("visits")).toInteger(), 3);
        // The README's fraction: one bounce in three visits.
        QCOMPARE(o.value(QStringLiteral("bounce_rate")).toDouble(), 0.33);
        // A stayed 120 s, B 0 s, C 60 s.
        QCOMPARE(o.value(QStringLiteral("avg_duration")).toString(), QStringLiteral("1m 0s"));
        QCOMPARE(o.value(QStringLiteral("avg_duration_seconds")).toInteger(), 60);
        const QJsonArray top = o.value(QStringLiteral("top_pages")).toArray();
        QCOMPARE(values(top, QStringLiteral("path")),
                 QStringList(
                     {QStringLiteral("/"), QStringLiteral("/blog"), QStringLiteral("/pricing")}));
        QCOMPARE(top.at(0).toObject().value(QStringLiteral("pageviews")).toInteger(), 2);
        QCOMPARE(top.at(0).toObject().value(QStringLiteral("visitors")).toInteger(), 2);
        QCOMPARE(top.at(2).toObject().value(QStringLiteral("pageviews")).toInteger(), 1);
    }

    void summaryDefaultsAndLimit()
    {
        // 7d ends today: the same traffic.
        QJsonObject o = ok(QStringLiteral("/api/stats?site=example.com&period=7d"));
        QCOMPARE(o.value(QStringLiteral("visitors")).toInteger(), 3);
        o = ok(QStringLiteral("/api/stats?site=example.com&limit=1"));
        QCOMPARE(o.value(QStringLiteral("top_pages")).toArray().size(), 1);
        // A day without traffic: zeros, "0s", no pages.
        o = ok(QStringLiteral("/api/stats?site=example.com&period=day&date=2023-11-13"));
        QCOMPARE(o.value(QStringLiteral("visitors")).toInteger(), 0);
        QCOMPARE(o.value(QStringLiteral("bounce_rate")).toDouble(), 0.0);
        QCOMPARE(o.value(QStringLiteral("avg_duration")).toString(), QStringLiteral("0s"));
        QVERIFY(o.value(QStringLiteral("top_pages")).toArray().isEmpty());
    }

    void overview()
    {
        const QJsonObject o = ok(example(QStringLiteral("overview"), Day));
        QCOMPARE(o.value(QStringLiteral("visitors")).toInteger(), 3);
        QCOMPARE(o.value(QStringLiteral("visits")).toInteger(), 3);
        QCOMPARE(o.value(QStringLiteral("pageviews")).toInteger(), 4);
        QCOMPARE(o.value(QStringLiteral("events")).toInteger(), 1);
        QCOMPARE(o.value(QStringLiteral("bounce_rate")).toDouble(), 33.3);
        QCOMPARE(o.value(QStringLiteral("avg_duration")).toInteger(), 60);
        QCOMPARE(o.value(QStringLiteral("views_per_visit")).toDouble(), 1.33);
        QVERIFY(!o.contains(QStringLiteral("previous")));
        const QJsonObject site = o.value(QStringLiteral("site")).toObject();
        QCOMPARE(site.value(QStringLiteral("domain")).toString(), QStringLiteral("example.com"));
        QCOMPARE(site.value(QStringLiteral("id")).toInteger(), s.fixture.siteId);
        const QJsonObject period = o.value(QStringLiteral("period")).toObject();
        QCOMPARE(period.value(QStringLiteral("name")).toString(), QStringLiteral("day"));
        QCOMPARE(period.value(QStringLiteral("from")).toString(), QStringLiteral("2023-11-14"));
        QCOMPARE(period.value(QStringLiteral("to")).toString(), QStringLiteral("2023-11-14"));
        QCOMPARE(period.value(QStringLiteral("start")).toString(),
                 QStringLiteral("2023-11-14T00:00:00Z"));
        QCOMPARE(period.value(QStringLiteral("end")).toString(),
                 QStringLiteral("2023-11-15T00:00:00Z"));
    }

    void overviewPeriodsAndCompare()
    {
        QJsonObject o = ok(example(QStringLiteral("overview"), QStringLiteral("period=24h")));
        QCOMPARE(o.value(QStringLiteral("visitors")).toInteger(), 3);
        o = ok(
            example(QStringLiteral("overview"), QStringLiteral("from=2023-11-01&to=2023-11-13")));
        QCOMPARE(o.value(QStringLiteral("visitors")).toInteger(), 0);
        QCOMPARE(o.value(QStringLiteral("period")).toObject().value(QStringLiteral("name")),
                 QStringLiteral("custom"));
        o = ok(example(QStringLiteral("overview"), Day + QStringLiteral("&compare=1")));
        QCOMPARE(o.value(QStringLiteral("visitors")).toInteger(), 3);
        const QJsonObject previous = o.value(QStringLiteral("previous")).toObject();
        QCOMPARE(previous.value(QStringLiteral("visitors")).toInteger(), 0);
        QCOMPARE(previous.value(QStringLiteral("pageviews")).toInteger(), 0);
        // The numeric id names the same site.
        o = ok(events(QString::number(s.fixture.siteId), QStringLiteral("overview"), Day));
        QCOMPARE(o.value(QStringLiteral("pageviews")).toInteger(), 4);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("visitors");
        QTest::newRow("is") << QStringLiteral("filter=page==/pricing") << 1;
        QTest::newRow("is one of") << QStringLiteral("filter=page==/pricing|/blog") << 2;
        QTest::newRow("empty is none") << QStringLiteral("filter=source==") << 1;
        QTest::newRow("is not") << QStringLiteral("filter=source!=Google") << 2;
        QTest::newRow("contains") << QStringLiteral("filter=page~=PRIC") << 1;
        QTest::newRow("wildcard") << QStringLiteral("filter=page*=/b*") << 1;
        QTest::newRow("AND") << QStringLiteral("filter=source!=Google&filter=page==/blog") << 1;
        QTest::newRow("custom event") << QStringLiteral("filter=event_name==signup") << 1;
        QTest::newRow("property") << QStringLiteral("filter=prop:plan==pro") << 1;
        QTest::newRow("browser") << QStringLiteral("filter=browser==Firefox") << 1;
        QTest::newRow("no match") << QStringLiteral("filter=page==/nowhere") << 0;
        QTest::newRow("escaped bar") << QStringLiteral("filter=page==/a%5C|b") << 0;
    }

    void filters()
    {
        QFETCH(QString, query);
        QFETCH(int, visitors);
        const QJsonObject o = ok(example(QStringLiteral("overview"), Day + u'&' + query));
        QCOMPARE(o.value(QStringLiteral("visitors")).toInteger(), visitors);
    }

    void timeseries()
    {
        QJsonObject o = ok(example(QStringLiteral("timeseries"), Day));
        QCOMPARE(o.value(QStringLiteral("interval")).toString(), QStringLiteral("hour"));
        QJsonArray points = o.value(QStringLiteral("points")).toArray();
        QCOMPARE(points.size(), 24);
        const QJsonObject ten = points.at(10).toObject();
        QCOMPARE(ten.value(QStringLiteral("hour")).toInt(), 10);
        QCOMPARE(ten.value(QStringLiteral("date")).toString(), QStringLiteral("2023-11-14"));
        QCOMPARE(ten.value(QStringLiteral("start")).toString(),
                 QStringLiteral("2023-11-14T10:00:00Z"));
        QCOMPARE(ten.value(QStringLiteral("visitors")).toInteger(), 3);
        QCOMPARE(ten.value(QStringLiteral("pageviews")).toInteger(), 4);
        QCOMPARE(points.at(9).toObject().value(QStringLiteral("visitors")).toInteger(), 0);

        o = ok(example(QStringLiteral("timeseries"), QStringLiteral("period=7d")));
        QCOMPARE(o.value(QStringLiteral("interval")).toString(), QStringLiteral("day"));
        points = o.value(QStringLiteral("points")).toArray();
        QCOMPARE(points.size(), 7);
        QCOMPARE(points.last().toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2023-11-14"));
        QCOMPARE(points.last().toObject().value(QStringLiteral("visitors")).toInteger(), 3);
        QVERIFY(!points.first().toObject().contains(QStringLiteral("hour")));

        o = ok(example(QStringLiteral("timeseries"), Day + QStringLiteral("&interval=day")));
        QCOMPARE(o.value(QStringLiteral("points")).toArray().size(), 1);
    }

    void pages()
    {
        QJsonObject o = ok(example(QStringLiteral("pages"), Day));
        QCOMPARE(o.value(QStringLiteral("by")).toString(), QStringLiteral("page"));
        QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
        QCOMPARE(values(rows),
                 QStringList(
                     {QStringLiteral("/"), QStringLiteral("/blog"), QStringLiteral("/pricing")}));
        QCOMPARE(o.value(QStringLiteral("total_rows")).toInteger(), 3);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("visitors")).toInteger(), 2);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("pageviews")).toInteger(), 2);
        // Bounce rate belongs to visits, not pages.
        QVERIFY(!rows.at(0).toObject().contains(QStringLiteral("bounce_rate")));

        o = ok(example(QStringLiteral("pages"), Day + QStringLiteral("&limit=1&offset=1")));
        rows = o.value(QStringLiteral("rows")).toArray();
        QCOMPARE(values(rows), QStringList({QStringLiteral("/blog")}));
        QCOMPARE(o.value(QStringLiteral("total_rows")).toInteger(), 3);
        QCOMPARE(o.value(QStringLiteral("limit")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("offset")).toInt(), 1);
    }

    void sourcesCountriesDevices()
    {
        QJsonArray rows
            = ok(example(QStringLiteral("sources"), Day)).value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(
            rowWith(rows, QStringLiteral("Google")).value(QStringLiteral("visitors")).toInteger(),
            1);
        const QJsonObject direct = rowWith(rows, QString());
        QCOMPARE(direct.value(QStringLiteral("visitors")).toInteger(), 1);
        QCOMPARE(direct.value(QStringLiteral("bounce_rate")).toDouble(), 100.0);
        QCOMPARE(rowWith(rows, QStringLiteral("Google"))
                     .value(QStringLiteral("avg_duration"))
                     .toInteger(),
                 120);

        // No GeoIP database in the tests: every country is unknown.
        rows
            = ok(example(QStringLiteral("countries"), Day)).value(QStringLiteral("rows")).toArray();
        QCOMPARE(values(rows), QStringList({QString()}));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("visitors")).toInteger(), 3);

        rows = ok(example(QStringLiteral("devices"), Day)).value(QStringLiteral("rows")).toArray();
        QCOMPARE(values(rows), QStringList({QStringLiteral("Desktop")}));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("visitors")).toInteger(), 3);
    }

    void genericBreakdown()
    {
        QJsonObject o
            = ok(example(QStringLiteral("breakdown"), Day + QStringLiteral("&by=browser")));
        QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
        QCOMPARE(values(rows), QStringList({QStringLiteral("Chrome"), QStringLiteral("Firefox")}));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("visitors")).toInteger(), 2);

        o = ok(example(QStringLiteral("breakdown"), Day + QStringLiteral("&by=prop:plan")));
        QCOMPARE(o.value(QStringLiteral("by")).toString(), QStringLiteral("prop:plan"));
        rows = o.value(QStringLiteral("rows")).toArray();
        QCOMPARE(values(rows), QStringList({QStringLiteral("pro")}));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("events")).toInteger(), 1);

        rows = ok(example(QStringLiteral("breakdown"),
                          Day + QStringLiteral("&by=entry_page&filter=source!=")))
                   .value(QStringLiteral("rows"))
                   .toArray();
        QCOMPARE(values(rows), QStringList({QStringLiteral("/"), QStringLiteral("/blog")}));
    }

    // Issue 15: these rows counted 0 visitors (exit pages) or 0 visits (event names,
    // properties, hostnames) while the fixture's three visits say otherwise.
    void breakdownsCountVisitorsAndVisits()
    {
        auto rowsBy = [&](const QString &by) {
            return ok(example(QStringLiteral("breakdown"), Day + QStringLiteral("&by=") + by))
                .value(QStringLiteral("rows"))
                .toArray();
        };
        auto count = [](const QJsonObject &row, const char *metric) {
            return row.value(QLatin1String(metric)).toInteger(-1);
        };
        // A leaves on /pricing, B on /, C on /blog.
        QJsonArray rows = rowsBy(QStringLiteral("exit_page"));
        QCOMPARE(rows.size(), 3);
        for (const QString &page :
             {QStringLiteral("/"), QStringLiteral("/blog"), QStringLiteral("/pricing")}) {
            QCOMPARE(count(rowWith(rows, page), "visitors"), 1);
            QCOMPARE(count(rowWith(rows, page), "visits"), 1);
        }
        // C's sign-up: one event in one visit.
        for (const QString &by : {QStringLiteral("event_name"), QStringLiteral("prop:plan")}) {
            rows = rowsBy(by);
            QCOMPARE(rows.size(), 1);
            const QJsonObject row = rows.at(0).toObject();
            QCOMPARE(count(row, "visitors"), 1);
            QCOMPARE(count(row, "visits"), 1);
            QCOMPARE(count(row, "events"), 1);
        }
        rows = rowsBy(QStringLiteral("hostname"));
        QCOMPARE(values(rows), QStringList({QStringLiteral("example.com")}));
        const QJsonObject host = rows.at(0).toObject();
        QCOMPARE(count(host, "visitors"), 3);
        QCOMPARE(count(host, "visits"), 3);
        QCOMPARE(count(host, "pageviews"), 4);
        QCOMPARE(count(host, "events"), 1);
    }

    void vitals()
    {
        const QJsonObject o = ok(example(QStringLiteral("vitals"), Day));
        const QJsonObject lcp
            = o.value(QStringLiteral("overall")).toObject().value(QStringLiteral("LCP")).toObject();
        QCOMPARE(lcp.value(QStringLiteral("samples")).toInteger(), 2);
        // The engine's quantiles come from histogram buckets: the API passes them on.
        query::QueryError error;
        query::Period day;
        day.kind = query::Period::Kind::Day;
        day.date = QDate(2023, 11, 14);
        const auto engine = s.queries->vitals({s.fixture.siteId, day, {}, false}, 10, &error);
        QVERIFY2(engine, qPrintable(error.message));
        QCOMPARE(engine->site.stats.at(0).metric, QStringLiteral("LCP"));
        QCOMPARE(lcp.value(QStringLiteral("p75")).toDouble(),
                 double(qRound64(engine->site.stats.at(0).p75)));
        QCOMPARE(lcp.value(QStringLiteral("p95")).toDouble(),
                 double(qRound64(engine->site.stats.at(0).p95)));
        QVERIFY(lcp.value(QStringLiteral("p75")).toDouble() > 1000);
        QVERIFY(!o.value(QStringLiteral("overall")).toObject().contains(QStringLiteral("CLS")));
        const QJsonArray routes = o.value(QStringLiteral("routes")).toArray();
        QCOMPARE(values(routes, QStringLiteral("route")), QStringList({QStringLiteral("/")}));
        QCOMPARE(routes.at(0)
                     .toObject()
                     .value(QStringLiteral("metrics"))
                     .toObject()
                     .value(QStringLiteral("LCP"))
                     .toObject()
                     .value(QStringLiteral("samples"))
                     .toInteger(),
                 2);
    }

    void live()
    {
        // At 10:12 only C (10:10, 10:11) was active in the last five minutes.
        const QJsonObject o = ok(example(QStringLiteral("live")));
        QCOMPARE(o.value(QStringLiteral("visitors")).toInteger(), 1);
        QCOMPARE(o.value(QStringLiteral("window_seconds")).toInteger(), 300);
    }

    // What the filters kept out of the numbers: per reason, for the period's days.
    void dropped()
    {
        const QJsonObject o = ok(example(QStringLiteral("dropped"), Day));
        QCOMPARE(o.value(QStringLiteral("total")).toInteger(), 3);
        const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
        QCOMPARE(values(rows, QStringLiteral("reason")),
                 (QStringList {QStringLiteral("bot"), QStringLiteral("referrer_spam")}));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("hits")).toInteger(), 2);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("hits")).toInteger(), 1);
        const QJsonObject dayBefore
            = ok(example(QStringLiteral("dropped"), QStringLiteral("period=day&date=2023-11-13")));
        QCOMPARE(dayBefore.value(QStringLiteral("total")).toInteger(), 0);
        QCOMPARE(s.get(example(QStringLiteral("dropped"), Day + QStringLiteral("&filter=page==/")))
                     .status,
                 400);
        const HttpResult csv = s.get(example(QStringLiteral("dropped"), Day + QStringLiteral("&format=csv")));
        QCOMPARE(csv.status, 200);
        QVERIFY2(csv.body.startsWith("reason,hits\r\nbot,2\r\nreferrer_spam,1"), csv.body.constData());
    }

    void parameterErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QString overview = QStringLiteral("overview");
        auto row = [](const char *name, const QString &path, const char *message) {
            QTest::newRow(name) << path << QString::fromUtf8(message);
        };
        row("bad period", example(overview, QStringLiteral("period=5y")), "unknown period \"5y\"");
        row("bad date", example(overview, QStringLiteral("period=day&date=2023-13-01")),
            "date must be a date");
        row("custom without to", example(overview, QStringLiteral("from=2023-11-01")),
            "needs from and to");
        row("backwards range", example(overview, QStringLiteral("from=2023-11-10&to=2023-11-01")),
            "ends");
        row("from with 7d",
            example(overview, QStringLiteral("period=7d&from=2023-11-01&to=2023-11-02")),
            "period=custom");
        row("filter without op", example(overview, QStringLiteral("filter=nonsense")),
            "has no operator");
        row("filter single =", example(overview, QStringLiteral("filter=page=/x")),
            "unknown operator");
        row("filter unknown field", example(overview, QStringLiteral("filter=colour==red")),
            "unknown property \"colour\"");
        row("filter without field", example(overview, QStringLiteral("filter===x")),
            "names no field");
        row("contains nothing", example(overview, QStringLiteral("filter=page~=")),
            "non-empty value");
        row("bad compare", example(overview, QStringLiteral("compare=maybe")), "compare must be");
        row("typo", example(overview, QStringLiteral("perod=7d")), "unknown parameter \"perod\"");
        row("twice", example(overview, QStringLiteral("period=7d&period=30d")), "more than once");
        row("compare on timeseries",
            example(QStringLiteral("timeseries"), QStringLiteral("compare=1")),
            "unknown parameter \"compare\"");
        row("bad interval", example(QStringLiteral("timeseries"), QStringLiteral("interval=week")),
            "interval must be");
        row("hours over 90 days",
            example(QStringLiteral("timeseries"), QStringLiteral("period=90d&interval=hour")),
            "31 days");
        row("limit 0", example(QStringLiteral("pages"), QStringLiteral("limit=0")),
            "limit must be");
        row("limit 1001", example(QStringLiteral("pages"), QStringLiteral("limit=1001")),
            "from 1 to 1000");
        row("limit text", example(QStringLiteral("sources"), QStringLiteral("limit=ten")),
            "limit must be");
        row("negative offset", example(QStringLiteral("pages"), QStringLiteral("offset=-1")),
            "offset must be");
        row("breakdown without by", example(QStringLiteral("breakdown")), "by is required");
        row("breakdown by unknown",
            example(QStringLiteral("breakdown"), QStringLiteral("by=colour")), "unknown property");
        row("empty prop", example(QStringLiteral("breakdown"), QStringLiteral("by=prop:")),
            "property name");
        row("live takes nothing", example(QStringLiteral("live"), QStringLiteral("period=7d")),
            "takes no parameters");
        row("far-future date", example(overview, QStringLiteral("period=day&date=2059-06-01")),
            "2053");
        // Wildcard limits (GlobPattern): stars, length, patterns per question.
        row("too many stars",
            example(overview, QStringLiteral("filter=page*=/") + QString(17, QLatin1Char('*'))),
            "more than 16 '*'");
        row("pattern too long",
            example(overview, QStringLiteral("filter=page*=/") + QString(600, QLatin1Char('a'))),
            "longer than 512");
        {
            QStringList many;
            for (int i = 0; i < 33; ++i)
                many.append(QStringLiteral("/p%1/*").arg(i));
            row("too many patterns",
                example(overview, QStringLiteral("filter=page*=") + many.join(QLatin1Char('|'))),
                "at most 32 wildcard patterns");
        }
        row("plausible star limit",
            QStringLiteral("/api/v1/stats/aggregate?site_id=example.com&filters=event:page==/")
                + QString(17, QLatin1Char('*')),
            "more than 16 '*'");
        row("summary without site", QStringLiteral("/api/stats?period=7d"), "site is required");
        row("summary with compare", QStringLiteral("/api/stats?site=example.com&compare=1"),
            "unknown parameter \"compare\"");
    }

    void parameterErrors()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        const HttpResult r = s.get(path);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QVERIFY2(r.error().contains(message), qPrintable(r.error()));
    }

    void access_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList endpoints
            = {QStringLiteral("overview"), QStringLiteral("timeseries"), QStringLiteral("pages"),
               QStringLiteral("sources"),  QStringLiteral("countries"),  QStringLiteral("devices"),
               QStringLiteral("vitals"),   QStringLiteral("live")};
        for (const QString &e : endpoints)
            QTest::newRow(qPrintable(e)) << example(e);
        QTest::newRow("breakdown") << example(QStringLiteral("breakdown"), QStringLiteral("by=os"));
        QTest::newRow("stats") << QStringLiteral("/api/stats?site=example.com");
    }

    void access()
    {
        QFETCH(QString, path);
        HttpResult r = s.get(path, QByteArray());
        QCOMPARE(r.status, 401);
        QVERIFY(r.error().contains(QStringLiteral("API key is required")));
        QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
        r = s.get(path, "not-a-key");
        QCOMPARE(r.status, 401);
        QVERIFY(r.error().contains(QStringLiteral("invalid or revoked")));
        r = s.get(path, RevokedKey);
        QCOMPARE(r.status, 401);
        r = s.client->request("GET", path, QByteArray(), {{"Authorization", "Basic a2V5OmtleQ=="}});
        QCOMPARE(r.status, 401);
        QVERIFY(r.error().contains(QStringLiteral("Bearer")));
        r = s.get(path, OtherSiteKey);
        QCOMPARE(r.status, 403);
        QVERIFY(r.error().contains(QStringLiteral("not valid for this site")));
        QCOMPARE(s.get(path, SiteKey).status, 200);
        QCOMPARE(s.get(path, AllSitesKey).status, 200);
        // Every answer, refusals included, is readable from a dashboard on another origin.
        QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("*"));
    }

    void unknownSites_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("domain") << events(QStringLiteral("nowhere.test"),
                                          QStringLiteral("overview"));
        QTest::newRow("id") << events(QStringLiteral("99999"), QStringLiteral("pages"));
        QTest::newRow("not a domain") << events(QStringLiteral("a%20b"), QStringLiteral("live"));
        QTest::newRow("stats") << QStringLiteral("/api/stats?site=nowhere.test");
    }

    void unknownSites()
    {
        QFETCH(QString, path);
        // Without a key nothing is said about the site.
        QCOMPARE(s.get(path, QByteArray()).status, 401);
        // A key for one site cannot probe for others either.
        QCOMPARE(s.get(path, SiteKey).status, 403);
        const HttpResult r = s.get(path, AllSitesKey);
        QCOMPARE(r.status, 404);
        QVERIFY2(r.error().contains(QStringLiteral("unknown site")), qPrintable(r.error()));
    }

    void keyForOneSiteStaysThere()
    {
        QCOMPARE(
            s.get(events(QStringLiteral("other.org"), QStringLiteral("overview")), SiteKey).status,
            403);
        QCOMPARE(s.get(events(QString::number(s.otherSiteId), QStringLiteral("overview")), SiteKey)
                     .status,
                 403);
        QCOMPARE(
            s.get(events(QStringLiteral("other.org"), QStringLiteral("overview")), OtherSiteKey)
                .status,
            200);
    }

    void keyRevokedWhileServing()
    {
        const QByteArray key = "key-short-lived";
        s.auth.addKey(key, s.fixture.siteId);
        QCOMPARE(s.get(example(QStringLiteral("live")), key).status, 200);
        s.auth.revoke(key);
        QCOMPARE(s.get(example(QStringLiteral("live")), key).status, 401);
    }

    void shareLinks()
    {
        s.auth.addShare("share-secret", s.fixture.siteId);
        HttpResult r
            = s.get(example(QStringLiteral("overview"), Day + QStringLiteral("&auth=share-secret")),
                    QByteArray());
        QCOMPARE(r.status, 200);
        QCOMPARE(ApiFixture::object(r).value(QStringLiteral("visitors")).toInteger(), 3);
        r = s.get(events(QStringLiteral("other.org"), QStringLiteral("overview"),
                         QStringLiteral("auth=share-secret")),
                  QByteArray());
        QCOMPARE(r.status, 403);
        r = s.get(example(QStringLiteral("overview"), QStringLiteral("auth=wrong")), QByteArray());
        QCOMPARE(r.status, 401);
    }

    void methods()
    {
        HttpResult r = s.get(example(QStringLiteral("overview")), AllSitesKey, "POST");
        QCOMPARE(r.status, 405);
        QVERIFY(r.header("Allow").contains("GET"));
        QVERIFY(r.error().contains(QStringLiteral("use GET")));
        r = s.get(QStringLiteral("/api/stats?site=example.com"), AllSitesKey, "DELETE");
        QCOMPARE(r.status, 405);
        // CORS preflight: no key needed to ask.
        r = s.get(example(QStringLiteral("overview")), QByteArray(), "OPTIONS");
        QCOMPARE(r.status, 204);
        QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("*"));
        QVERIFY(r.header("Access-Control-Allow-Headers").contains("Authorization"));
    }

    void unknownEndpoint()
    {
        const HttpResult r = s.get(example(QStringLiteral("nope")));
        QCOMPARE(r.status, 404);
        QVERIFY(r.error().contains(QStringLiteral("no such endpoint")));
    }
};

QTEST_GUILESS_MAIN(tst_StatsApi)
#include "tst_statsapi.moc"

// Plausible's Stats API v1 over real HTTP, against the fixed traffic of common/apifixture.h:
// the four endpoints with the response shapes Plausible's clients parse, the filter
// expression syntax, metrics, periods, intervals, pagination, conversion rates, and every
// error and access case.

#include "common/apifixture.h"

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QString Day = QStringLiteral("site_id=example.com&period=day&date=2023-11-14");

QString v1(const QString &endpoint, const QString &query)
{
    return QStringLiteral("/api/v1/stats/%1?%2").arg(endpoint, query);
}

QJsonObject only(const QJsonArray &rows, int i)
{
    return rows.at(i).toObject();
}

} // namespace

class tst_PlausibleApi : public QObject
{
    Q_OBJECT

    ApiFixture s;

    QJsonValue results(const QString &path)
    {
        const HttpResult r = s.get(path);
        if (r.status != 200)
            qWarning("%s -> %d %s", qPrintable(path), r.status, r.body.constData());
        return ApiFixture::object(r).value(QStringLiteral("results"));
    }
    QJsonObject aggregate(const QString &query)
    {
        return results(v1(QStringLiteral("aggregate"), Day + u'&' + query)).toObject();
    }
    QJsonArray breakdown(const QString &query)
    {
        return results(v1(QStringLiteral("breakdown"), Day + u'&' + query)).toArray();
    }
    static double value(const QJsonObject &aggregate, const char *metric)
    {
        return aggregate.value(QLatin1String(metric))
            .toObject()
            .value(QStringLiteral("value"))
            .toDouble(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(s.start());
        QVERIFY2(s.queryError.isEmpty(), qPrintable(s.queryError));
    }

    void realtimeIsABareNumber()
    {
        const HttpResult r
            = s.get(QStringLiteral("/api/v1/stats/realtime/visitors?site_id=example.com"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("1")); // only C was active in the last 5 minutes
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    }

    void aggregateDefaultsToVisitors()
    {
        const HttpResult r = s.get(v1(QStringLiteral("aggregate"), Day));
        QCOMPARE(r.status, 200);
        const QJsonObject results
            = ApiFixture::object(r).value(QStringLiteral("results")).toObject();
        QCOMPARE(results.keys(), QStringList({QStringLiteral("visitors")}));
        QCOMPARE(value(results, "visitors"), 3.0);
        QVERIFY(!results.value(QStringLiteral("visitors"))
                     .toObject()
                     .contains(QStringLiteral("change")));
    }

    void aggregateEveryMetric()
    {
        const QJsonObject r = aggregate(
            QStringLiteral("metrics=visitors,visits,pageviews,views_per_visit,bounce_rate,"
                           "visit_duration,events"));
        QCOMPARE(r.size(), 7);
        QCOMPARE(value(r, "visitors"), 3.0);
        QCOMPARE(value(r, "visits"), 3.0);
        QCOMPARE(value(r, "pageviews"), 4.0);
        QCOMPARE(value(r, "views_per_visit"), 1.33);
        QCOMPARE(value(r, "bounce_rate"), 33.0); // whole percent, as Plausible
        QCOMPARE(value(r, "visit_duration"), 60.0);
        QCOMPARE(value(r, "events"), 5.0); // Plausible counts pageviews as events
    }

    void aggregateCompare()
    {
        const QJsonObject r
            = aggregate(QStringLiteral("metrics=visitors,bounce_rate&compare=previous_period"));
        const QJsonObject visitors = r.value(QStringLiteral("visitors")).toObject();
        QCOMPARE(visitors.value(QStringLiteral("value")).toDouble(), 3.0);
        // Nothing the day before: +100 % by Plausible's convention.
        QCOMPARE(visitors.value(QStringLiteral("change")).toDouble(), 100.0);
        // Rates change by points.
        QCOMPARE(r.value(QStringLiteral("bounce_rate"))
                     .toObject()
                     .value(QStringLiteral("change"))
                     .toDouble(),
                 33.0);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("filters");
        QTest::addColumn<int>("visitors");
        QTest::newRow("page") << QStringLiteral("event:page==/pricing") << 1;
        QTest::newRow("IN") << QStringLiteral("event:page==/pricing|/blog") << 2;
        QTest::newRow("wildcard") << QStringLiteral("event:page==/b*") << 1;
        QTest::newRow("double wildcard") << QStringLiteral("event:page==/**") << 3;
        QTest::newRow("not") << QStringLiteral("visit:browser!=Chrome") << 1;
        QTest::newRow("contains") << QStringLiteral("event:page~pric") << 1;
        QTest::newRow("not contains") << QStringLiteral("visit:source!~goo") << 2;
        QTest::newRow("direct") << QStringLiteral("visit:source==Direct / None") << 1;
        QTest::newRow("plus is space") << QStringLiteral("visit:source==Direct+/+None") << 1;
        QTest::newRow("none") << QStringLiteral("visit:country==(none)") << 3;
        QTest::newRow("goal") << QStringLiteral("event:goal==signup") << 1;
        QTest::newRow("name") << QStringLiteral("event:name==signup") << 1;
        QTest::newRow("prop") << QStringLiteral("event:props:plan==pro") << 1;
        QTest::newRow("AND") << QStringLiteral("event:page==/pricing;visit:source==Google") << 1;
        QTest::newRow("AND none") << QStringLiteral("visit:source==Google;event:page==/blog") << 0;
        QTest::newRow("escaped bar") << QStringLiteral("event:page==/pricing%5C|/blog") << 0;
        QTest::newRow("entry page") << QStringLiteral("visit:entry_page==/blog") << 1;
        QTest::newRow("device") << QStringLiteral("visit:device==Desktop") << 3;
    }

    void filters()
    {
        QFETCH(QString, filters);
        QFETCH(int, visitors);
        const QJsonObject r = aggregate(QStringLiteral("filters=") + filters);
        QCOMPARE(value(r, "visitors"), double(visitors));
    }

    void timeseries()
    {
        QJsonArray r = results(v1(QStringLiteral("timeseries"), Day)).toArray();
        QCOMPARE(r.size(), 24); // a day is hourly
        QCOMPARE(only(r, 10).value(QStringLiteral("date")).toString(),
                 QStringLiteral("2023-11-14 10:00:00"));
        QCOMPARE(only(r, 10).value(QStringLiteral("visitors")).toInteger(), 3);
        QCOMPARE(only(r, 0).value(QStringLiteral("date")).toString(),
                 QStringLiteral("2023-11-14 00:00:00"));

        r = results(v1(QStringLiteral("timeseries"),
                       QStringLiteral("site_id=example.com&period=7d&metrics=visitors,pageviews,"
                                      "bounce_rate")))
                .toArray();
        QCOMPARE(r.size(), 7);
        QCOMPARE(only(r, 0).value(QStringLiteral("date")).toString(), QStringLiteral("2023-11-08"));
        QCOMPARE(only(r, 6).value(QStringLiteral("date")).toString(), QStringLiteral("2023-11-14"));
        QCOMPARE(only(r, 6).value(QStringLiteral("pageviews")).toInteger(), 4);
        QCOMPARE(only(r, 6).value(QStringLiteral("bounce_rate")).toDouble(), 33.0);
        QCOMPARE(only(r, 5).value(QStringLiteral("visitors")).toInteger(), 0);
        QCOMPARE(only(r, 0).keys(),
                 QStringList({QStringLiteral("bounce_rate"), QStringLiteral("date"),
                              QStringLiteral("pageviews"), QStringLiteral("visitors")}));

        r = results(
                v1(QStringLiteral("timeseries"), QStringLiteral("site_id=example.com&period=6mo")))
                .toArray();
        QCOMPARE(r.size(), 6); // Plausible's 6mo: monthly, this month and the five before
        QCOMPARE(only(r, 0).value(QStringLiteral("date")).toString(), QStringLiteral("2023-06-01"));
        QCOMPARE(only(r, 5).value(QStringLiteral("date")).toString(), QStringLiteral("2023-11-01"));
        QCOMPARE(only(r, 5).value(QStringLiteral("visitors")).toInteger(), 3);

        r = results(v1(QStringLiteral("timeseries"),
                       QStringLiteral("site_id=example.com&period=12mo&interval=month")))
                .toArray();
        QCOMPARE(r.size(), 12);
        r = results(v1(QStringLiteral("timeseries"),
                       QStringLiteral("site_id=example.com&period=custom&date=2023-11-13,2023-11-14"
                                      "&interval=date")))
                .toArray();
        QCOMPARE(r.size(), 2);
        QCOMPARE(only(r, 1).value(QStringLiteral("visitors")).toInteger(), 3);
    }

    void breakdownShapes()
    {
        QJsonArray r = breakdown(QStringLiteral("property=event:page"));
        QCOMPARE(r.size(), 3);
        QCOMPARE(only(r, 0),
                 QJsonObject({{QStringLiteral("page"), QStringLiteral("/")},
                              {QStringLiteral("visitors"), 2}}));
        QCOMPARE(only(r, 1).value(QStringLiteral("page")).toString(), QStringLiteral("/blog"));

        // A page's bounce rate and visit duration are those of the visits that entered on
        // it, as Plausible computes them: / was entered by A (120 s) and B (a bounce),
        // /blog by C (60 s, not a bounce: the sign-up is interactive); nobody entered on
        // /pricing, so it has no answer.
        r = breakdown(
            QStringLiteral("property=event:page&metrics=visitors,bounce_rate,visit_duration"));
        QCOMPARE(r.size(), 3);
        QCOMPARE(only(r, 0),
                 QJsonObject({{QStringLiteral("page"), QStringLiteral("/")},
                              {QStringLiteral("visitors"), 2},
                              {QStringLiteral("bounce_rate"), 50},
                              {QStringLiteral("visit_duration"), 60}}));
        QCOMPARE(only(r, 1),
                 QJsonObject({{QStringLiteral("page"), QStringLiteral("/blog")},
                              {QStringLiteral("visitors"), 1},
                              {QStringLiteral("bounce_rate"), 0},
                              {QStringLiteral("visit_duration"), 60}}));
        QVERIFY(only(r, 2).value(QStringLiteral("bounce_rate")).isNull());
        QVERIFY(only(r, 2).value(QStringLiteral("visit_duration")).isNull());

        // Exit pages: one visitor and one visit each (A left on /pricing, B on /, C on /blog).
        r = breakdown(QStringLiteral("property=visit:exit_page&metrics=visitors,visits"));
        QCOMPARE(r.size(), 3);
        for (const QJsonValue &row : r) {
            QCOMPARE(row.toObject().value(QStringLiteral("visitors")).toInteger(), 1);
            QCOMPARE(row.toObject().value(QStringLiteral("visits")).toInteger(), 1);
        }
        r = breakdown(QStringLiteral("property=event:name&metrics=visitors,visits,events"));
        QCOMPARE(only(r, 0).value(QStringLiteral("visits")).toInteger(), 1);
        r = breakdown(QStringLiteral("property=event:hostname&metrics=visitors,visits"));
        QCOMPARE(only(r, 0).value(QStringLiteral("visits")).toInteger(), 3);

        r = breakdown(QStringLiteral("property=visit:source&metrics=visitors,bounce_rate,"
                                     "visit_duration"));
        QCOMPARE(r.size(), 3);
        bool sawDirect = false;
        for (const QJsonValue &row : r) {
            const QJsonObject o = row.toObject();
            if (o.value(QStringLiteral("source")) == QStringLiteral("Direct / None")) {
                sawDirect = true;
                QCOMPARE(o.value(QStringLiteral("bounce_rate")).toDouble(), 100.0);
                QCOMPARE(o.value(QStringLiteral("visit_duration")).toDouble(), 0.0);
            }
            if (o.value(QStringLiteral("source")) == QStringLiteral("Google"))
                QCOMPARE(o.value(QStringLiteral("visit_duration")).toDouble(), 120.0);
        }
        QVERIFY(sawDirect);

        r = breakdown(QStringLiteral("property=visit:country"));
        QCOMPARE(only(r, 0).value(QStringLiteral("country")).toString(), QStringLiteral("(none)"));

        r = breakdown(QStringLiteral("property=event:props:plan&filters=event:goal==signup"));
        QCOMPARE(r.size(), 1);
        QCOMPARE(only(r, 0),
                 QJsonObject({{QStringLiteral("plan"), QStringLiteral("pro")},
                              {QStringLiteral("visitors"), 1}}));

        r = breakdown(QStringLiteral("property=event:name&metrics=events"));
        QCOMPARE(only(r, 0).value(QStringLiteral("name")).toString(), QStringLiteral("signup"));
    }

    void breakdownPages()
    {
        QJsonArray r = breakdown(QStringLiteral("property=visit:browser&limit=1"));
        QCOMPARE(r.size(), 1);
        QCOMPARE(only(r, 0).value(QStringLiteral("browser")).toString(), QStringLiteral("Chrome"));
        r = breakdown(QStringLiteral("property=visit:browser&limit=1&page=2"));
        QCOMPARE(r.size(), 1);
        QCOMPARE(only(r, 0).value(QStringLiteral("browser")).toString(), QStringLiteral("Firefox"));
        r = breakdown(QStringLiteral("property=visit:browser&limit=1&page=3"));
        QVERIFY(r.isEmpty());
    }

    void conversionRates()
    {
        // 1 of 3 visitors signed up.
        QCOMPARE(value(aggregate(QStringLiteral("metrics=visitors,conversion_rate&filters=event:"
                                                "goal==signup")),
                       "conversion_rate"),
                 33.3);
        QJsonArray r = breakdown(QStringLiteral("property=event:goal&metrics=visitors,"
                                                "conversion_rate"));
        QCOMPARE(r.size(), 1);
        QCOMPARE(only(r, 0).value(QStringLiteral("goal")).toString(), QStringLiteral("signup"));
        QCOMPARE(only(r, 0).value(QStringLiteral("conversion_rate")).toDouble(), 33.3);
        // Per entry page: everyone who entered on /blog converted, nobody from /.
        r = breakdown(QStringLiteral("property=visit:entry_page&metrics=conversion_rate&filters="
                                     "event:goal==signup"));
        QCOMPARE(r.size(), 1);
        QCOMPARE(only(r, 0).value(QStringLiteral("entry_page")).toString(),
                 QStringLiteral("/blog"));
        QCOMPARE(only(r, 0).value(QStringLiteral("conversion_rate")).toDouble(), 100.0);
        const QJsonArray series = results(v1(QStringLiteral("timeseries"),
                                             Day
                                                 + QStringLiteral("&metrics=conversion_rate&"
                                                                  "filters=event:goal==signup")))
                                      .toArray();
        QCOMPARE(only(series, 10).value(QStringLiteral("conversion_rate")).toDouble(), 33.3);
        QCOMPARE(only(series, 9).value(QStringLiteral("conversion_rate")).toDouble(), 0.0);
    }

    void parameterErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QString agg = QStringLiteral("aggregate"), bd = QStringLiteral("breakdown"),
                      ts = QStringLiteral("timeseries");
        auto row = [&](const char *name, const QString &endpoint, const char *query,
                       const char *message) {
            QTest::newRow(name) << v1(endpoint, Day + u'&' + QString::fromUtf8(query))
                                << QString::fromUtf8(message);
        };
        row("unknown metric", agg, "metrics=visitors,foo", "unknown metric \"foo\"");
        row("time_on_page", agg, "metrics=time_on_page", "not supported");
        row("conversion without goal", agg, "metrics=conversion_rate", "event:goal");
        row("bad filter", agg, "filters=bogus", "invalid filter");
        row("filter without prefix", agg, "filters=page==/", "event:page or visit:source");
        row("unknown filter property", agg, "filters=visit:colour==red", "unknown property");
        row("JSON filters", agg, "filters=%7B%22page%22:%22/%22%7D", "JSON filters");
        row("bad compare", agg, "compare=yes", "previous_period");
        row("bad interval", ts, "interval=week", "interval must be");
        row("no property", bd, "metrics=visitors", "property is required");
        row("unknown property", bd, "property=visit:colour", "unknown property");
        row("property without prefix", bd, "property=page", "event:page or visit:source");
        row("limit 0", bd, "property=event:page&limit=0", "limit must be");
        row("limit 1001", bd, "property=event:page&limit=1001", "from 1 to 1000");
        row("page 0", bd, "property=event:page&page=0", "page must be");
        QTest::newRow("hourly 12mo")
            << v1(ts, QStringLiteral("site_id=example.com&period=12mo&interval=hour"))
            << QStringLiteral("31 days");
        QTest::newRow("bad period") << v1(agg, QStringLiteral("site_id=example.com&period=5y"))
                                    << QStringLiteral("unknown period");
        QTest::newRow("bad date") << v1(agg, QStringLiteral("site_id=example.com&date=yesterday"))
                                  << QStringLiteral("date must be");
        QTest::newRow("custom without range")
            << v1(agg, QStringLiteral("site_id=example.com&period=custom"))
            << QStringLiteral("period=custom needs");
        QTest::newRow("6mo bad date")
            << v1(agg, QStringLiteral("site_id=example.com&period=6mo&date=2023-02-30"))
            << QStringLiteral("date must be");
        QTest::newRow("no site_id")
            << v1(agg, QStringLiteral("period=7d")) << QStringLiteral("site_id is required");
        QTest::newRow("realtime without site_id")
            << QStringLiteral("/api/v1/stats/realtime/visitors") << QStringLiteral("site_id");
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
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("extra");
        QTest::newRow("realtime") << QStringLiteral("realtime/visitors") << QString();
        QTest::newRow("aggregate") << QStringLiteral("aggregate") << QString();
        QTest::newRow("timeseries") << QStringLiteral("timeseries") << QString();
        QTest::newRow("breakdown")
            << QStringLiteral("breakdown") << QStringLiteral("&property=event:page");
    }

    void access()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, extra);
        const QString path = v1(endpoint, QStringLiteral("site_id=example.com") + extra);
        HttpResult r = s.get(path, QByteArray());
        QCOMPARE(r.status, 401);
        QVERIFY(!r.error().isEmpty());
        QCOMPARE(s.get(v1(endpoint, QStringLiteral("period=7d")), QByteArray()).status, 401);
        QCOMPARE(s.get(path, "bogus").status, 401);
        QCOMPARE(s.get(path, RevokedKey).status, 401);
        r = s.get(path, OtherSiteKey);
        QCOMPARE(r.status, 403);
        QVERIFY(!r.error().isEmpty());
        QCOMPARE(s.get(path, SiteKey).status, 200);
        const QString unknown = v1(endpoint, QStringLiteral("site_id=nowhere.test") + extra);
        QCOMPARE(s.get(unknown, QByteArray()).status, 401);
        QCOMPARE(s.get(unknown, SiteKey).status, 403);
        r = s.get(unknown, AllSitesKey);
        QCOMPARE(r.status, 404);
        QVERIFY(r.error().contains(QStringLiteral("unknown site")));
        r = s.get(path, AllSitesKey, "POST");
        QCOMPARE(r.status, 405);
    }
};

QTEST_GUILESS_MAIN(tst_PlausibleApi)
#include "tst_plausibleapi.moc"

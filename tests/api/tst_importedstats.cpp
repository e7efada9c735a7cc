// Imported stats in the APIs' answers: the fixed traffic of common/apifixture.h on
// 2023-11-14, plus imported daily sums (the imported_daily rows `import --from plausible`
// writes) on 2023-11-13. RayCstr's stats API adds them and says so in "imports"; Plausible's
// v1 adds them only with with_imported=true (and warns when it cannot), v2 only with
// include.imports, answering meta.imports_included / imports_skip_reason as Plausible does.

#include "common/apifixture.h"

#include <QDate>

using namespace raycstr;
using namespace raycstr::testing;

namespace {

const QString Range = QStringLiteral("period=custom&from=2023-11-13&to=2023-11-14");

} // namespace

class tst_ImportedStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statsApi();
    void plausibleV1();
    void plausibleV2();

private:
    QJsonObject ok(const QString &path)
    {
        const HttpResult r = api.get(path);
        if (r.status != 200)
            qWarning("%s: %d %s", qPrintable(path), r.status, r.body.constData());
        return ApiFixture::object(r);
    }
    QJsonObject v2(const QByteArray &body)
    {
        const HttpResult r
            = api.client->post(QStringLiteral("/api/v2/query"), body, "application/json",
                               {{"Authorization", "Bearer " + AllSitesKey}});
        if (r.status != 200)
            qWarning("v2: %d %s", r.status, r.body.constData());
        return QJsonDocument::fromJson(r.body).object();
    }
    ApiFixture api;
};

void tst_ImportedStats::initTestCase()
{
    QVERIFY(api.start());
    SqliteDb db;
    QString error;
    QVERIFY2(Database::open(&db, api.fixture.dir.path(), &error), qPrintable(error));
    const qint64 day = QDate(1970, 1, 1).daysTo(QDate(2023, 11, 13));
    // Totals: 10 visitors, 12 visits, 30 pageviews, 2 custom events, 6 bounces, 600 s;
    // sources: Google 7 visitors (8 visits), direct 3 (4 visits).
    const QString rows = QStringLiteral(
        "INSERT INTO imported_daily(site_id, dim, day, value, import_id, visitors, visits, "
        "pageviews, events, bounces, duration) VALUES "
        "(%1, %2, %3, '', 1, 10, 12, 30, 2, 6, 600), "
        "(%1, %4, %3, 'Google', 1, 7, 8, 20, 0, 4, 500), "
        "(%1, %4, %3, '', 1, 3, 4, 10, 0, 2, 100)");
    QVERIFY(db.exec(rows.arg(api.fixture.siteId)
                        .arg(int(Dimension::Total))
                        .arg(day)
                        .arg(int(Dimension::Source))
                        .toUtf8(),
                    &error));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO import_days(site_id, day, import_id, events) "
                                   "VALUES(%1, %2, 1, 3)")
                        .arg(api.fixture.siteId)
                        .arg(day)
                        .toUtf8(),
                    &error));
}

void tst_ImportedStats::statsApi()
{
    // Totals: the fixture's day (3 visitors, 3 visits, 4 pageviews) plus the imported day.
    QJsonObject o = ok(QStringLiteral("/api/events/example.com/overview?") + Range);
    QCOMPARE(o.value(QStringLiteral("visitors")).toInteger(), 13);
    QCOMPARE(o.value(QStringLiteral("visits")).toInteger(), 15);
    QCOMPARE(o.value(QStringLiteral("pageviews")).toInteger(), 34);
    QCOMPARE(o.value(QStringLiteral("imports")).toObject(),
             (QJsonObject {{QStringLiteral("included"), true}}));
    // The daily series: the imported day's bucket.
    o = ok(QStringLiteral("/api/events/example.com/timeseries?interval=day&") + Range);
    const QJsonArray points = o.value(QStringLiteral("points")).toArray();
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).toObject().value(QStringLiteral("visitors")).toInteger(), 10);
    QCOMPARE(points.at(1).toObject().value(QStringLiteral("visitors")).toInteger(), 3);
    // Sources: Google 1 native + 7 imported visitors.
    o = ok(QStringLiteral("/api/events/example.com/sources?") + Range);
    const QJsonObject top = o.value(QStringLiteral("rows")).toArray().first().toObject();
    QCOMPARE(top.value(QStringLiteral("value")).toString(), QStringLiteral("Google"));
    QCOMPARE(top.value(QStringLiteral("visitors")).toInteger(), 8);
    QVERIFY(
        o.value(QStringLiteral("imports")).toObject().value(QStringLiteral("included")).toBool());
    // A filter the imported sums cannot apply: native numbers, and the reason.
    o = ok(QStringLiteral("/api/events/example.com/overview?filter=page==/blog&") + Range);
    QCOMPARE(o.value(QStringLiteral("visitors")).toInteger(), 1);
    QCOMPARE(o.value(QStringLiteral("imports")).toObject(),
             (QJsonObject {{QStringLiteral("included"), false},
                           {QStringLiteral("skip_reason"), QStringLiteral("unsupported_query")}}));
    // Hours.
    o = ok(QStringLiteral("/api/events/example.com/timeseries?interval=hour&") + Range);
    QCOMPARE(o.value(QStringLiteral("imports")).toObject().value(QStringLiteral("skip_reason")),
             QStringLiteral("unsupported_interval"));
    // A period without imported days.
    o = ok(QStringLiteral("/api/events/example.com/overview?period=day&date=2023-11-14"));
    QCOMPARE(o.value(QStringLiteral("imports")).toObject().value(QStringLiteral("skip_reason")),
             QStringLiteral("no_imported_data"));
    // CSV answers carry the same numbers.
    const HttpResult csv
        = api.get(QStringLiteral("/api/events/example.com/overview?format=csv&") + Range);
    QCOMPARE(csv.status, 200);
    QVERIFY2(csv.body.contains("imports.included"), csv.body.constData());
}

void tst_ImportedStats::plausibleV1()
{
    const QString base = QStringLiteral(
        "/api/v1/stats/aggregate?site_id=example.com&period=custom&date=2023-11-13,2023-11-14"
        "&metrics=visitors,pageviews");
    QJsonObject o = ok(base);
    QJsonObject results = o.value(QStringLiteral("results")).toObject();
    QCOMPARE(results.value(QStringLiteral("visitors")).toObject().value(QStringLiteral("value")),
             QJsonValue(3));
    o = ok(base + QStringLiteral("&with_imported=true"));
    results = o.value(QStringLiteral("results")).toObject();
    QCOMPARE(results.value(QStringLiteral("visitors")).toObject().value(QStringLiteral("value")),
             QJsonValue(13));
    QCOMPARE(results.value(QStringLiteral("pageviews")).toObject().value(QStringLiteral("value")),
             QJsonValue(34));
    QVERIFY(!o.contains(QStringLiteral("warning")));
    // Asked for but not answerable: native numbers and Plausible's warning.
    o = ok(base + QStringLiteral("&with_imported=true&filters=event:page%3D%3D/blog"));
    QCOMPARE(o.value(QStringLiteral("results"))
                 .toObject()
                 .value(QStringLiteral("visitors"))
                 .toObject()
                 .value(QStringLiteral("value")),
             QJsonValue(1));
    QVERIFY(o.value(QStringLiteral("warning"))
                .toString()
                .contains(QStringLiteral("Imported stats are not included")));
    // Breakdown by source with imports.
    o = ok(QStringLiteral("/api/v1/stats/breakdown?site_id=example.com&period=custom"
                          "&date=2023-11-13,2023-11-14&property=visit:source&with_imported=true"));
    const QJsonObject first = o.value(QStringLiteral("results")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("Google"));
    QCOMPARE(first.value(QStringLiteral("visitors")).toInteger(), 8);
}

void tst_ImportedStats::plausibleV2()
{
    const QByteArray range
        = R"("site_id": "example.com", "date_range": ["2023-11-13", "2023-11-14"])";
    QJsonObject o = v2("{" + range + R"(, "metrics": ["visitors", "visits"]})");
    QCOMPARE(o.value(QStringLiteral("results"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("metrics")),
             QJsonValue(QJsonArray {3, 3}));
    QVERIFY(
        !o.value(QStringLiteral("meta")).toObject().contains(QStringLiteral("imports_included")));
    o = v2("{" + range + R"(, "metrics": ["visitors", "visits"], "include": {"imports": true}})");
    QCOMPARE(o.value(QStringLiteral("results"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("metrics")),
             QJsonValue(QJsonArray {13, 15}));
    QJsonObject meta = o.value(QStringLiteral("meta")).toObject();
    QCOMPARE(meta.value(QStringLiteral("imports_included")), QJsonValue(true));
    QVERIFY(!meta.contains(QStringLiteral("imports_skip_reason")));
    // Weekly buckets: 2023-11-13 is a Monday, so both days share one week.
    o = v2(
        "{" + range
        + R"(, "metrics": ["visitors"], "dimensions": ["time:week"], "include": {"imports": true}})");
    QCOMPARE(o.value(QStringLiteral("results"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("metrics")),
             QJsonValue(QJsonArray {13}));
    // A filter on pages: left out, with Plausible's reason.
    o = v2(
        "{" + range
        + R"(, "metrics": ["visitors"], "filters": [["is", "event:page", ["/blog"]]], "include": {"imports": true}})");
    meta = o.value(QStringLiteral("meta")).toObject();
    QCOMPARE(meta.value(QStringLiteral("imports_included")), QJsonValue(false));
    QCOMPARE(meta.value(QStringLiteral("imports_skip_reason")),
             QJsonValue(QStringLiteral("unsupported_query")));
    // Hours.
    o = v2(
        "{" + range
        + R"(, "metrics": ["visitors"], "dimensions": ["time:hour"], "include": {"imports": true}})");
    QCOMPARE(
        o.value(QStringLiteral("meta")).toObject().value(QStringLiteral("imports_skip_reason")),
        QJsonValue(QStringLiteral("unsupported_interval")));
}

QTEST_MAIN(tst_ImportedStats)
#include "tst_importedstats.moc"

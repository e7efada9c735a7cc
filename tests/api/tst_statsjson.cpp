// The stats JSON codec on its own: what the API writes, the desktop app's remote mode reads
// back unchanged (sums, not sums rebuilt from rounded rates), and the OpenAPI schema names
// exactly the fields written.

#include "api/statsjson.h"

#include <QJsonArray>
#include <QTest>

using namespace raycstr;

namespace {

// One bounce in three visits and 100 s over them: rates that do not round-trip.
const Metrics Sample {7, 3, 11, 2, 1, 100};

QStringList schemaFields(const QJsonObject &schema)
{
    QStringList names = schema.value(QStringLiteral("properties")).toObject().keys();
    names.sort();
    return names;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList names = o.keys();
    names.sort();
    return names;
}

} // namespace

class tst_StatsJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totalsRoundTrip()
    {
        const QJsonObject o = StatsJson::metricsJson(Sample);
        QCOMPARE(StatsJson::metricsFrom(o), Sample);
        // The rates as each route has always shown them: percent with one decimal, seconds.
        QCOMPARE(o.value(QStringLiteral("bounce_rate")).toDouble(), 33.3);
        QCOMPARE(o.value(QStringLiteral("avg_duration")).toInteger(), 33);
        QCOMPARE(o.value(QStringLiteral("views_per_visit")).toDouble(), 3.67);
    }

    void breakdownRows()
    {
        const query::BreakdownRow row {QStringLiteral("Google"), Sample};
        const QJsonObject visit = StatsJson::breakdownRowJson(row, true);
        QCOMPARE(visit.value(QStringLiteral("value")).toString(), QStringLiteral("Google"));
        QCOMPARE(StatsJson::metricsFrom(visit), Sample);
        QCOMPARE(visit.value(QStringLiteral("bounce_rate")).toDouble(), 33.3);
        QVERIFY(!visit.contains(QStringLiteral("views_per_visit")));

        // A page row: counts only; a visit's bounce and duration are not a page's.
        const QJsonObject page = StatsJson::breakdownRowJson(row, false);
        for (const char *key : {"bounce_rate", "avg_duration", "bounces", "duration"})
            QVERIFY2(!page.contains(QLatin1StringView(key)), key);
        Metrics counts = Sample;
        counts.bounces = counts.duration = 0;
        QCOMPARE(StatsJson::metricsFrom(page), counts);
    }

    void schemaNamesWhatIsWritten()
    {
        QCOMPARE(schemaFields(StatsJson::metricsSchema()),
                 sortedKeys(StatsJson::metricsJson(Sample)));
        QCOMPARE(schemaFields(StatsJson::breakdownRowSchema()),
                 sortedKeys(StatsJson::breakdownRowJson({QString(), Sample}, true)));
    }

    void periodAndVitals()
    {
        query::Period p;
        p.kind = query::Period::Kind::Day;
        query::Interval iv;
        iv.firstDay = iv.lastDay = 19675; // 2023-11-14
        iv.fromSecs = 1699920000;
        iv.toSecs = iv.fromSecs + 86400;
        const query::Interval back = StatsJson::intervalFrom(StatsJson::periodJson(p, iv));
        QCOMPARE(back.fromSecs, iv.fromSecs);
        QCOMPARE(back.toSecs, iv.toSecs);
        QCOMPARE(back.firstDay, iv.firstDay);
        QCOMPARE(back.lastDay, iv.lastDay);

        query::VitalsRow row;
        row.stats
            = {{QStringLiteral("LCP"), 12, 1800, 2600}, {QStringLiteral("CLS"), 4, 0.1, 0.25}};
        const query::VitalsRow read
            = StatsJson::vitalsFrom(QStringLiteral("/"), StatsJson::vitalsJson(row));
        QCOMPARE(read.route, QStringLiteral("/"));
        QCOMPARE(read.stats.size(), 2);
        QCOMPARE(read.stats.at(0).metric, QStringLiteral("LCP"));
        QCOMPARE(read.stats.at(0).samples, 12);
        QCOMPARE(read.stats.at(1).p95, 0.25);
        for (auto g :
             {query::Granularity::Hour, query::Granularity::Day, query::Granularity::Month})
            QCOMPARE(StatsJson::granularityFrom(StatsJson::granularityName(g)), g);
    }
};

QTEST_GUILESS_MAIN(tst_StatsJson)
#include "tst_statsjson.moc"

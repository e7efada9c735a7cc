// The dashboard's chart: dates on the axis are the site's days (also east of UTC), each label
// on the bucket it names; months carry their year; the running bucket is drawn apart and
// the buckets still to come not at all; an empty chart shows no 1970.

#include "ui/widgets/timeserieschart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QTest>
#include <QTimeZone>
#include <QValueAxis>

#include <ctime>

using namespace raycstr;
using namespace raycstr::ui;

namespace {

query::TimeseriesResult days(const QByteArray &zone, QDate first, int count)
{
    query::TimeseriesResult r;
    r.granularity = query::Granularity::Day;
    const QTimeZone tz(zone);
    for (int i = 0; i < count; ++i) {
        query::TimePoint p;
        p.date = first.addDays(i);
        p.startSecs = QDateTime(p.date, QTime(0, 0), tz).toSecsSinceEpoch();
        p.metrics.visitors = 10 + i;
        p.metrics.pageviews = 20 + i;
        r.points.append(p);
    }
    return r;
}

QAbstractAxis *xAxis(TimeseriesChart &c)
{
    return c.chart()->axes(Qt::Horizontal).value(0);
}

QString dayLabel(QDate d)
{
    return QLocale().toString(d, QStringLiteral("d MMM"));
}

// Where the axis puts label `i` (in value units): on its bucket's index.
double labelPosition(TimeseriesChart &c, int i)
{
    auto *axis = qobject_cast<QCategoryAxis *>(xAxis(c));
    return axis ? axis->endValue(axis->categoriesLabels().value(i)) : -1;
}

QList<QLineSeries *> lines(TimeseriesChart &c)
{
    QList<QLineSeries *> out;
    for (QAbstractSeries *s : c.chart()->series())
        if (auto *l = qobject_cast<QLineSeries *>(s))
            out.append(l);
    return out;
}

} // namespace

class tst_TimeseriesChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The machine in UTC, the site in Tokyo: the case that showed the day before.
        qputenv("TZ", "UTC");
        tzset();
    }

    // Trap 4 (issue 20): 23 Nov – 6 Dec of a Tokyo site on a UTC machine reads 23 Nov … 6 Dec,
    // every label standing on the bucket whose date it names (the hover's date below it).
    void axisShowsTheSitesDays()
    {
        TimeseriesChart chart;
        chart.resize(1200, 300);
        chart.show();
        chart.setNow(4102444800); // 2100: every bucket is over
        for (const QByteArray zone : {"Asia/Tokyo", "America/Los_Angeles", "Pacific/Kiritimati"}) {
            const query::TimeseriesResult r = days(zone, QDate(2026, 11, 23), 14);
            chart.setResult(r);
            const QStringList labels = chart.axisLabels();
            QVERIFY2(labels.size() >= 2, qPrintable(labels.join(QLatin1Char(' '))));
            QCOMPARE(labels.last(), dayLabel(QDate(2026, 12, 6)));
            for (int i = 0; i < labels.size(); ++i) {
                const int bucket = chart.labelledBuckets().at(i);
                QCOMPARE(labelPosition(chart, i), double(bucket));
                QCOMPARE(labels.at(i), dayLabel(r.points.at(bucket).date));
                QVERIFY(chart.hoverText(bucket).startsWith(QLocale().toString(
                    r.points.at(bucket).date, QStringLiteral("ddd d MMM yyyy"))));
            }
        }
        QTest::qWait(50);
        QTest::qWait(50);
        // Wide enough: every day named, the first one too.
        chart.resize(2400, 300);
        QCOMPARE(chart.axisLabels().first(), dayLabel(QDate(2026, 11, 23)));
        QCOMPARE(chart.axisLabels().size(), 14);
    }

    // A year of months reads "Dec 2025 … Nov 2026", a label per month where they fit.
    void monthsCarryTheirYear()
    {
        TimeseriesChart chart;
        chart.resize(1200, 300);
        chart.show();
        query::TimeseriesResult r;
        r.granularity = query::Granularity::Month;
        QStringList expected;
        for (int i = 0; i < 12; ++i) {
            query::TimePoint p;
            p.date = QDate(2025, 12, 1).addMonths(i);
            p.startSecs = QDateTime(p.date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
            r.points.append(p);
            expected.append(QLocale().toString(p.date, QStringLiteral("MMM yyyy")));
        }
        chart.setResult(r);
        QCOMPARE(chart.axisLabels(), expected);
        QCOMPARE(expected.first(),
                 QLocale().toString(QDate(2025, 12, 1), QStringLiteral("MMM yyyy")));
        QTest::qWait(50);
        QTest::qWait(50);
        QTest::qWait(50);
        QTest::qWait(50);
        // Narrower: every other month, the newest still named.
        chart.resize(500, 300);
        QTest::qWait(50);
        QVERIFY(chart.axisLabels().size() < 12);
        QCOMPARE(chart.axisLabels().last(), expected.last());
    }

    // Today by the hour at 10:30: 00:00 … 09:00 solid, 09:00 → 10:00 dashed, nothing after
    // (no fall to 0 for the hours to come), the axis still the whole day in steps of hours.
    void todayStopsAtTheRunningHour()
    {
        TimeseriesChart chart;
        chart.resize(1200, 300);
        chart.show();
        query::TimeseriesResult r;
        r.granularity = query::Granularity::Hour;
        const QTimeZone tokyo("Asia/Tokyo");
        for (int h = 0; h < 24; ++h) {
            query::TimePoint p;
            p.date = QDate(2026, 12, 6);
            p.hour = h;
            p.startSecs = QDateTime(p.date, QTime(h, 0), tokyo).toSecsSinceEpoch();
            p.metrics.visitors = h < 11 ? 5 : 0;
            p.metrics.pageviews = h < 11 ? 9 : 0;
            r.points.append(p);
        }
        chart.setNow(r.points.at(10).startSecs + 1800);
        chart.setResult(r);
        QTest::qWait(50);
        QTest::qWait(50);
        QCOMPARE(chart.runningBucket(), 10);
        QCOMPARE(chart.drawnCount(), 11);
        for (QLineSeries *l : lines(chart))
            for (const QPointF &p : l->points())
                QVERIFY2(p.x() <= 10, "a bucket still to come is drawn");
        QVERIFY(chart.hoverText(10).contains(QLatin1String("so far")));
        // Hour labels on whole steps: 00:00, 03:00, 06:00 …
        for (const QString &label : chart.axisLabels())
            QVERIFY2(label.endsWith(QLatin1String(":00")), qPrintable(label));
        QVERIFY(chart.axisLabels().contains(QStringLiteral("06:00")));
    }

    void runningBucketIsDrawnApart()
    {
        TimeseriesChart chart;
        const query::TimeseriesResult r = days("UTC", QDate(2026, 11, 23), 14);
        chart.setNow(r.points.last().startSecs + 3 * 3600); // 03:00 on the last day
        chart.setResult(r);
        QCOMPARE(chart.runningBucket(), 13);
        // The metric (solid) stops before the last bucket; a dashed segment joins it.
        const QList<QLineSeries *> all = lines(chart);
        const auto solid = std::find_if(all.cbegin(), all.cend(), [](QLineSeries *l) {
            return l->pen().style() == Qt::SolidLine && l->count() > 2;
        });
        QVERIFY(solid != all.cend());
        QCOMPARE((*solid)->count(), 13);
        const qsizetype dashed = std::count_if(all.cbegin(), all.cend(), [](QLineSeries *l) {
            return l->pen().style() == Qt::DashLine && l->count() == 2;
        });
        QCOMPARE(dashed, 1);

        chart.setNow(r.points.last().startSecs + 86400); // the day is over
        chart.setResult(r);
        QCOMPARE(chart.runningBucket(), -1);
        QCOMPARE(chart.drawnCount(), 14);
    }

    // The metric toggle (issue 20): one metric at a time, its axis in its own unit and on
    // round values; the hover names it. Visitors are no longer squashed under pageviews.
    void drawsTheChosenMetric()
    {
        TimeseriesChart chart;
        chart.resize(1000, 300);
        chart.setNow(4102444800);
        query::TimeseriesResult r = days("UTC", QDate(2026, 11, 23), 14);
        for (int i = 0; i < r.points.size(); ++i) {
            Metrics &m = r.points[i].metrics;
            m.visitors = 3 + i % 4; // at most 6
            m.pageviews = 500 + 10 * i;
            m.visits = 10;
            m.bounces = i % 7;
            m.duration = 10 * (60 + 20 * i);
        }
        chart.setResult(r);
        QCOMPARE(chart.metric(), ChartMetric::Visitors);
        // Visitors alone: their own scale (0 … 8), not the pageviews' 0 … 800.
        QCOMPARE(chart.valueTop(), 8.0);
        QCOMPARE(chart.valueLabels(), (QStringList {"0", "2", "4", "6", "8"}));
        QVERIFY(chart.hoverText(1).contains(QLatin1String("Visitors: 4")));
        QVERIFY(!chart.hoverText(1).contains(QLatin1String("Pageviews")));

        chart.setMetric(ChartMetric::Pageviews);
        QCOMPARE(chart.valueLabels(), (QStringList {"0", "200", "400", "600", "800"}));
        QVERIFY(chart.hoverText(1).contains(QLatin1String("Pageviews: 510")));

        chart.setMetric(ChartMetric::BounceRate);
        QCOMPARE(chart.valueLabels(), (QStringList {"0%", "20%", "40%", "60%", "80%"}));
        QVERIFY(chart.hoverText(6).contains(QLatin1String("Bounce rate: 60%")));

        chart.setMetric(ChartMetric::VisitDuration);
        QCOMPARE(chart.valueLabels(), (QStringList {"0s", "2m", "4m", "6m", "8m"}));
        QVERIFY(chart.hoverText(3).contains(QLatin1String("Visit duration: 2m 0s")));
        // The area's points follow the metric.
        const QList<QLineSeries *> all = lines(chart);
        const bool drawn = std::any_of(all.cbegin(), all.cend(), [](QLineSeries *l) {
            return l->count() == 14 && l->at(13).y() == 10 * (60 + 20 * 13) / 10.0;
        });
        QVERIFY(drawn);
    }

    // The comparison line (issue 20): a lighter dashed line beside the current buckets, over
    // the whole period (also where the current one is still to come), in the hover with its
    // date and the change; dropped with a new answer.
    void drawsTheComparison()
    {
        TimeseriesChart chart;
        chart.resize(1000, 300);
        const query::TimeseriesResult r = days("UTC", QDate(2026, 12, 1), 7);
        chart.setNow(r.points.at(4).startSecs + 3600); // the 5th day runs
        chart.setResult(r);
        QList<std::optional<query::TimePoint>> aligned;
        for (int i = 0; i < 7; ++i) {
            if (i == 6) {
                aligned.append(std::nullopt); // the comparison is a day shorter
                continue;
            }
            query::TimePoint p;
            p.date = QDate(2026, 11, 24).addDays(i);
            p.metrics.visitors = i == 2 ? 10 : 98;
            aligned.append(p);
        }
        aligned[3]->metrics.visitors = 98; // bucket 3: 13 now
        chart.setComparison(Comparison::PreviousPeriod, aligned);
        QCOMPARE(chart.comparison(), Comparison::PreviousPeriod);
        const QList<QPointF> points = chart.comparisonPoints();
        QCOMPARE(points.size(), 6); // past the running bucket too
        QCOMPARE(points.at(2), QPointF(2, 10));
        // The axis makes room for the comparison's 98.
        QVERIFY(chart.valueTop() >= 98);
        // 12 visitors on 3 Dec against 10 on 26 Nov: +20 %.
        const QString hover = chart.hoverText(2);
        QVERIFY2(hover.contains(QLatin1String("Visitors: 12")), qPrintable(hover));
        QVERIFY2(hover.contains(QLatin1String("Previous (Thu 26 Nov 2026): 10, +20%")),
                 qPrintable(hover));
        QVERIFY(chart.hoverText(3).contains(QLatin1String("98, -87%")));
        QVERIFY(!chart.hoverText(6).contains(QLatin1String("Previous")));
        // The comparison line is dashed and lighter than the metric's.
        const QList<QLineSeries *> all = lines(chart);
        const auto compare = std::find_if(all.cbegin(), all.cend(),
                                          [](QLineSeries *l) { return l->count() == 6; });
        QVERIFY(compare != all.cend());
        QCOMPARE((*compare)->pen().style(), Qt::DashLine);
        QVERIFY((*compare)->pen().color().alphaF() < 1);

        chart.setComparison(Comparison::YearBefore, aligned);
        QVERIFY(chart.hoverText(2).contains(QLatin1String("Last year (Thu 26 Nov 2026): 10")));
        // A new answer drops the comparison of the old one.
        chart.setResult(r);
        QCOMPARE(chart.comparison(), Comparison::Off);
        QVERIFY(chart.comparisonPoints().isEmpty());
    }

    // Trap 6 (issue 20): before its first answer (a cold start, a connect under way) the
    // chart shows no axis at all, not "01-01-1970 0:00" and ticks "1 1 1 0 0".
    void freshChartShowsNoAxisLabels()
    {
        TimeseriesChart chart;
        chart.resize(800, 300);
        chart.show();
        QVERIFY(!xAxis(chart)->labelsVisible());
        QVERIFY(!chart.chart()->axes(Qt::Vertical).value(0)->labelsVisible());
    }

    void emptyChartShowsNoAxisLabels()
    {
        TimeseriesChart chart;
        chart.clear();
        QVERIFY(!xAxis(chart)->labelsVisible());
        QVERIFY(!chart.chart()->axes(Qt::Vertical).value(0)->labelsVisible());
        chart.setResult(days("UTC", QDate(2026, 11, 23), 3));
        QVERIFY(xAxis(chart)->labelsVisible());
    }
};

QTEST_MAIN(tst_TimeseriesChart)
#include "tst_timeserieschart.moc"

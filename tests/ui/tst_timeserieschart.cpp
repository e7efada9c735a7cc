// The dashboard's chart: dates on the axis are the site's days (also east of UTC), months
// carry their year, the running bucket is drawn apart, and an empty chart shows no 1970.

#include "ui/widgets/timeserieschart.h"

#include <QChart>
#include <QDateTimeAxis>
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

QDateTimeAxis *xAxis(TimeseriesChart &c)
{
    return qobject_cast<QDateTimeAxis *>(c.chart()->axes(Qt::Horizontal).value(0));
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

    void axisShowsTheSitesDays()
    {
        TimeseriesChart chart;
        chart.setNow(0);
        chart.setResult(days("Asia/Tokyo", QDate(2026, 11, 23), 14));
        QCOMPARE(xAxis(chart)->min().date(), QDate(2026, 11, 23));
        QCOMPARE(xAxis(chart)->max().date(), QDate(2026, 12, 6));
        QVERIFY(chart.hoverText(13).startsWith(QLocale().toString(QDate(2026, 12, 6),
                                                                  QStringLiteral("ddd d MMM yyyy"))));
        // West of UTC as well.
        chart.setResult(days("America/Los_Angeles", QDate(2026, 11, 23), 14));
        QCOMPARE(xAxis(chart)->min().date(), QDate(2026, 11, 23));
    }

    void monthsCarryTheirYear()
    {
        TimeseriesChart chart;
        query::TimeseriesResult r = days("UTC", QDate(2025, 12, 1), 0);
        r.granularity = query::Granularity::Month;
        for (int i = 0; i < 12; ++i) {
            query::TimePoint p;
            p.date = QDate(2025, 12, 1).addMonths(i);
            p.startSecs = QDateTime(p.date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
            r.points.append(p);
        }
        chart.setResult(r);
        QVERIFY2(xAxis(chart)->format().contains(QLatin1String("yyyy")),
                 qPrintable(xAxis(chart)->format()));
    }

    void runningBucketIsDrawnApart()
    {
        TimeseriesChart chart;
        const query::TimeseriesResult r = days("UTC", QDate(2026, 11, 23), 14);
        chart.setNow(r.points.last().startSecs + 3 * 3600); // 03:00 on the last day
        chart.setResult(r);
        QVERIFY(chart.lastBucketIsPartial());
        QList<QLineSeries *> lines;
        for (QAbstractSeries *s : chart.chart()->series())
            if (auto *l = qobject_cast<QLineSeries *>(s))
                lines.append(l);
        // pageviews (solid) stop before the last bucket; a dashed segment joins it.
        const auto solid = std::find_if(lines.cbegin(), lines.cend(), [](QLineSeries *l) {
            return l->pen().style() == Qt::SolidLine && l->count() > 2;
        });
        QVERIFY(solid != lines.cend());
        QCOMPARE((*solid)->count(), 13);
        const qsizetype dashed = std::count_if(lines.cbegin(), lines.cend(), [](QLineSeries *l) {
            return l->pen().style() == Qt::DashLine && l->count() == 2;
        });
        QCOMPARE(dashed, 2);

        chart.setNow(r.points.last().startSecs + 86400); // the day is over
        chart.setResult(r);
        QVERIFY(!chart.lastBucketIsPartial());
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

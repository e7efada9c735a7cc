// The chart's metrics and value axis: a metric's value of a bucket (none for a rate without
// a visit) and ticks on round numbers of its unit: 0/20/40/60/80, not 29/58; percents and
// durations labelled as such.

#include "ui/widgets/chartmetric.h"

#include <QTest>
#include <cmath>

using namespace raycstr;
using namespace raycstr::ui;

namespace {
// 1, 2, 2.5 or 5 times a power of ten.
bool isRound(double step)
{
    const double p = std::pow(10.0, std::floor(std::log10(step)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (std::abs(step - m * p) < 1e-9 * p)
            return true;
    return false;
}
} // namespace

class tst_ChartMetric : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countTicksAreRound()
    {
        for (double high : {0.0, 1.0, 3.0, 7.0, 23.0, 29.0, 58.0, 99.0, 100.0, 377.0, 1234.0,
                            58'000.0, 2'500'000.0}) {
            const ValueTicks t = valueTicks(MetricUnit::Count, high);
            QCOMPARE(t.values.size(), 5);
            QCOMPARE(t.labels.size(), 5);
            QCOMPARE(t.values.first(), 0.0);
            const double step = t.values.at(1);
            QVERIFY2(isRound(step), qPrintable(QString::number(step)));
            QVERIFY2(step >= 1 && step == std::round(step), qPrintable(QString::number(step)));
            for (int i = 0; i < 5; ++i)
                QCOMPARE(t.values.at(i), i * step);
            QCOMPARE(t.top, t.values.last());
            // The highest point fits, with no more than one step and a half of air over it.
            QVERIFY2(t.top >= high && (high < 4 || t.top <= high * 1.08 + 2.5 * step),
                     qPrintable(QStringLiteral("%1 → %2").arg(high).arg(t.top)));
        }
        QCOMPARE(valueTicks(MetricUnit::Count, 58).labels,
                 (QStringList {"0", "20", "40", "60", "80"}));
        QCOMPARE(valueTicks(MetricUnit::Count, 0).labels, (QStringList {"0", "1", "2", "3", "4"}));
    }

    void percentTicksStopAt100()
    {
        QCOMPARE(valueTicks(MetricUnit::Percent, 67).labels,
                 (QStringList {"0%", "20%", "40%", "60%", "80%"}));
        QCOMPARE(valueTicks(MetricUnit::Percent, 100).labels,
                 (QStringList {"0%", "25%", "50%", "75%", "100%"}));
        QCOMPARE(valueTicks(MetricUnit::Percent, 3).top, 20.0);
    }

    void durationTicksAreWholeSecondsOrMinutes()
    {
        QCOMPARE(valueTicks(MetricUnit::Duration, 200).labels,
                 (QStringList {"0s", "1m", "2m", "3m", "4m"}));
        QCOMPARE(valueTicks(MetricUnit::Duration, 40).labels,
                 (QStringList {"0s", "15s", "30s", "45s", "1m"}));
        QCOMPARE(valueTicks(MetricUnit::Duration, 300).labels,
                 (QStringList {"0s", "2m", "4m", "6m", "8m"}));
        QCOMPARE(valueTicks(MetricUnit::Duration, 3 * 3600).labels,
                 (QStringList {"0s", "1h", "2h", "3h", "4h"}));
    }

    void ratioTicksHaveTheStepsDecimals()
    {
        QCOMPARE(valueTicks(MetricUnit::Ratio, 1.33).labels,
                 (QStringList {"0.0", "0.5", "1.0", "1.5", "2.0"}));
        QCOMPARE(valueTicks(MetricUnit::Ratio, 0.3).labels,
                 (QStringList {"0.0", "0.1", "0.2", "0.3", "0.4"}));
    }

    void metricValues()
    {
        Metrics m;
        m.visitors = 3;
        m.visits = 4;
        m.pageviews = 9;
        m.events = 2;
        m.bounces = 1;
        m.duration = 120;
        QCOMPARE(metricValue(ChartMetric::Visitors, m), 3.0);
        QCOMPARE(metricValue(ChartMetric::Visits, m), 4.0);
        QCOMPARE(metricValue(ChartMetric::Pageviews, m), 9.0);
        QCOMPARE(metricValue(ChartMetric::Events, m), 2.0);
        QCOMPARE(metricValue(ChartMetric::BounceRate, m), 25.0);
        QCOMPARE(metricValue(ChartMetric::VisitDuration, m), 30.0);
        QCOMPARE(metricValue(ChartMetric::ViewsPerVisit, m), 2.25);
        QCOMPARE(metricUnit(ChartMetric::BounceRate), MetricUnit::Percent);
        QCOMPARE(metricUnit(ChartMetric::VisitDuration), MetricUnit::Duration);
        QCOMPARE(formatMetric(ChartMetric::BounceRate, 25), QStringLiteral("25%"));
        QCOMPARE(formatMetric(ChartMetric::VisitDuration, 90), QStringLiteral("1m 30s"));
        QCOMPARE(formatMetric(ChartMetric::Pageviews, 1234), QStringLiteral("1,234"));
        // A rate without a visit has no value (not 0%).
        const Metrics none;
        QVERIFY(!metricValue(ChartMetric::BounceRate, none));
        QVERIFY(!metricValue(ChartMetric::VisitDuration, none));
        QCOMPARE(metricValue(ChartMetric::Visitors, none), 0.0);
    }
};

QTEST_MAIN(tst_ChartMetric)
#include "tst_chartmetric.moc"

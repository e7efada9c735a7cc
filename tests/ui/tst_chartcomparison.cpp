// The chart's comparison: which period it asks (the previous days as the engine's own
// `compare` takes them, the same days a year before, twelve months as months, 24 hours as
// the two days around them) and which comparison bucket stands beside which current one.

#include "ui/widgets/chartcomparison.h"

#include <QTest>
#include <QTimeZone>

using namespace raycstr;
using namespace raycstr::ui;
using Kind = query::Period::Kind;

namespace {
query::TimeseriesResult daily(QDate first, int count, int base = 0)
{
    query::TimeseriesResult r;
    r.granularity = query::Granularity::Day;
    for (int i = 0; i < count; ++i) {
        query::TimePoint p;
        p.date = first.addDays(i);
        p.startSecs = QDateTime(p.date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        p.metrics.visitors = base + i;
        r.points.append(p);
    }
    return r;
}

query::TimeseriesResult hourly(QDate day, int firstHour, int count)
{
    query::TimeseriesResult r;
    r.granularity = query::Granularity::Hour;
    const QDateTime start(day, QTime(firstHour, 0), QTimeZone::utc());
    for (int i = 0; i < count; ++i) {
        const QDateTime at = start.addSecs(3600LL * i);
        query::TimePoint p;
        p.date = at.date();
        p.hour = at.time().hour();
        p.startSecs = at.toSecsSinceEpoch();
        p.metrics.visitors = i;
        r.points.append(p);
    }
    return r;
}

query::Period period(Kind kind)
{
    query::Period p;
    p.kind = kind;
    return p;
}
} // namespace

class tst_ChartComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offAsksNothing()
    {
        QVERIFY(
            !comparisonPlan(Comparison::Off, period(Kind::Last7d), daily(QDate(2026, 11, 30), 7)));
        QVERIFY(!comparisonPlan(Comparison::PreviousPeriod, period(Kind::Last7d), {}));
    }

    // Seven days: the seven before (as queryengine's previousOf), or the same seven a year
    // before; both whole stretches the KPI cards can take as their base.
    void daysBeforeAndAYearBefore()
    {
        const auto current = daily(QDate(2026, 11, 30), 7);
        const auto previous
            = comparisonPlan(Comparison::PreviousPeriod, period(Kind::Last7d), current);
        QVERIFY(previous);
        QCOMPARE(previous->period.kind, Kind::Custom);
        QCOMPARE(previous->period.from, QDate(2026, 11, 23));
        QCOMPARE(previous->period.to, QDate(2026, 11, 29));
        QVERIFY(previous->sameExtent);
        const auto year = comparisonPlan(Comparison::YearBefore, period(Kind::Last7d), current);
        QCOMPARE(year->period.from, QDate(2025, 11, 30));
        QCOMPARE(year->period.to, QDate(2025, 12, 6));

        // December's 31 days: the 31 days before (31 Oct – 30 Nov), as the engine compares.
        const auto month = comparisonPlan(Comparison::PreviousPeriod, period(Kind::Month),
                                          daily(QDate(2026, 12, 1), 31));
        QCOMPARE(month->period.from, QDate(2026, 10, 31));
        QCOMPARE(month->period.to, QDate(2026, 11, 30));
    }

    // Twelve months stay monthly buckets: the same kind of period a year earlier.
    void twelveMonthsAsMonths()
    {
        query::TimeseriesResult current;
        current.granularity = query::Granularity::Month;
        for (int i = 0; i < 12; ++i) {
            query::TimePoint p;
            p.date = QDate(2026, 1, 1).addMonths(i);
            current.points.append(p);
        }
        for (Comparison mode : {Comparison::PreviousPeriod, Comparison::YearBefore}) {
            const auto plan = comparisonPlan(mode, period(Kind::Last12mo), current);
            QCOMPARE(plan->period.kind, Kind::Last12mo);
            QCOMPARE(plan->period.date, QDate(2025, 12, 31));
            QCOMPARE(plan->startDate, QDate(2025, 1, 1));
        }
    }

    // A day by the hour: the day before, hour by hour.
    void aDayByTheHour()
    {
        const auto current = hourly(QDate(2026, 12, 6), 0, 24);
        const auto plan = comparisonPlan(Comparison::PreviousPeriod, period(Kind::Today), current);
        QCOMPARE(plan->period.from, QDate(2026, 12, 5));
        QCOMPARE(plan->period.to, QDate(2026, 12, 5));
        QCOMPARE(plan->startHour, 0);
        const auto aligned = alignComparison(current, hourly(QDate(2026, 12, 5), 0, 24), *plan);
        QCOMPARE(aligned.size(), 24);
        for (int i = 0; i < 24; ++i) {
            QVERIFY(aligned.at(i));
            QCOMPARE(aligned.at(i)->date, QDate(2026, 12, 5));
            QCOMPARE(aligned.at(i)->hour, i);
        }
    }

    // 24 hours from 15:00: asked as the two days around the shifted hours, aligned from the
    // same hour a day (a year) before; not a base for the cards (two days are not 24 hours).
    void twentyFourHoursFromMidDay()
    {
        const auto current = hourly(QDate(2026, 12, 5), 15, 24);
        for (Comparison mode : {Comparison::PreviousPeriod, Comparison::YearBefore}) {
            const auto plan = comparisonPlan(mode, period(Kind::Last24h), current);
            QVERIFY(plan);
            QVERIFY(!plan->sameExtent);
            const QDate start
                = mode == Comparison::YearBefore ? QDate(2025, 12, 5) : QDate(2026, 12, 4);
            QCOMPARE(plan->period.from, start);
            QCOMPARE(plan->period.to, start.addDays(1));
            const auto answer = hourly(start, 0, 48);
            const auto aligned = alignComparison(current, answer, *plan);
            QCOMPARE(aligned.size(), 24);
            for (int i = 0; i < 24; ++i) {
                QVERIFY(aligned.at(i));
                QCOMPARE(aligned.at(i)->hour, current.points.at(i).hour);
                QCOMPARE(aligned.at(i)->metrics.visitors, 15 + i); // bucket 15 + i of 48
            }
        }
    }

    // Bucket by bucket from the start; a shorter comparison leaves the last ones empty, and
    // buckets of another size are not compared at all.
    void alignsBucketByBucket()
    {
        const auto current = daily(QDate(2026, 12, 1), 31);
        const auto plan = comparisonPlan(Comparison::YearBefore, period(Kind::Month), current);
        const auto shorter = daily(QDate(2025, 12, 1), 30, 100);
        const auto aligned = alignComparison(current, shorter, *plan);
        QCOMPARE(aligned.size(), 31);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(aligned.at(i)->metrics.visitors, 100 + i);
        QVERIFY(!aligned.at(30));

        query::TimeseriesResult monthly = shorter;
        monthly.granularity = query::Granularity::Month;
        for (const auto &p : alignComparison(current, monthly, *plan))
            QVERIFY(!p);
    }
};

QTEST_MAIN(tst_ChartComparison)
#include "tst_chartcomparison.moc"

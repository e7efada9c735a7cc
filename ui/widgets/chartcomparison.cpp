#include "chartcomparison.h"

namespace raycstr::ui {

std::optional<ComparisonPlan> comparisonPlan(Comparison mode, const query::Period &current,
                                             const query::TimeseriesResult &answer)
{
    if (mode == Comparison::Off || answer.points.isEmpty())
        return std::nullopt;
    using Kind = query::Period::Kind;
    // The site's days, as the buckets name them (both sources fill them alike).
    const QDate first = answer.points.first().date;
    const QDate lastBucket = answer.points.last().date;
    const QDate last = answer.granularity == query::Granularity::Month
        ? lastBucket.addMonths(1).addDays(-1)
        : lastBucket;
    const bool year = mode == Comparison::YearBefore;
    ComparisonPlan plan;
    plan.period.kind = Kind::Custom;
    if (current.kind == Kind::Last12mo) {
        // Twelve months, as twelve monthly buckets again: the same kind of period ending a
        // year earlier (for "previous period" too: the twelve months before are the year
        // before).
        plan.period.kind = Kind::Last12mo;
        plan.period.date = last.addYears(-1);
        plan.startDate = first.addYears(-1);
        return plan;
    }
    if (current.kind == Kind::Last24h) {
        // 24 hours from mid-day: the whole days around the shifted hours, hourly (the engine
        // answers periods under three days by the hour).
        const query::TimePoint &start = answer.points.first();
        plan.startDate = year ? start.date.addYears(-1) : start.date.addDays(-1);
        plan.startHour = start.hour;
        plan.period.from = plan.startDate;
        plan.period.to = plan.startDate.addDays(1);
        plan.sameExtent = false;
        return plan;
    }
    const qint64 days = first.daysTo(last) + 1;
    plan.period.from = year ? first.addYears(-1) : first.addDays(-days);
    plan.period.to = year ? last.addYears(-1) : first.addDays(-1);
    plan.startDate = plan.period.from;
    plan.startHour = answer.granularity == query::Granularity::Hour ? 0 : -1;
    return plan;
}

QList<std::optional<query::TimePoint>> alignComparison(const query::TimeseriesResult &current,
                                                       const query::TimeseriesResult &comparison,
                                                       const ComparisonPlan &plan)
{
    QList<std::optional<query::TimePoint>> out(current.points.size());
    if (comparison.granularity != current.granularity)
        return out; // not comparable bucket by bucket
    qsizetype offset = -1;
    for (qsizetype i = 0; i < comparison.points.size() && offset < 0; ++i) {
        const query::TimePoint &p = comparison.points.at(i);
        if (p.date == plan.startDate && (plan.startHour < 0 || p.hour == plan.startHour))
            offset = i;
    }
    if (offset < 0)
        return out;
    for (qsizetype i = 0; i < out.size() && offset + i < comparison.points.size(); ++i)
        out[i] = comparison.points.at(offset + i);
    return out;
}

} // namespace raycstr::ui

#pragma once

#include "query/querytypes.h"

#include <QList>
#include <optional>

namespace raycstr::ui {

// The chart's comparison line: what it compares with, and which bucket of the comparison
// answer stands beside which bucket of the current one.
enum class Comparison { Off, PreviousPeriod, YearBefore };

// The period the comparison asks for, worked out from the current answer (its resolved
// days, in the site's time zone: the UI knows no other "today"), through the same DataSource
// as the current series; the query engine answers a series for any period.
//   previous period: the days of the same count just before, as the query engine's own
//     `compare` takes them for the KPI cards (queryengine.cpp previousOf), so the chart and
//     the cards' change figures agree; twelve months: the twelve months before;
//   year before: the same days (months) a year earlier.
// 24 hours are no whole days: the comparison asks the two days around the shifted hours and
// `startDate`/`startHour` say where they begin.
struct ComparisonPlan
{
    query::Period period;
    QDate startDate; // the comparison's first bucket…
    int startHour = -1; // …and its hour for hourly buckets
    // The plan's period is exactly the compared stretch, so its aggregate is the base of the
    // KPI cards' change (false for 24 hours, asked as two whole days).
    bool sameExtent = true;
};

// nullopt when `mode` is Off or the current answer has no buckets.
std::optional<ComparisonPlan> comparisonPlan(Comparison mode, const query::Period &current,
                                             const query::TimeseriesResult &answer);

// The comparison's bucket for each current bucket, by position from the plan's start; nullopt
// past the comparison's end (a 31-day month against a 30-day one).
QList<std::optional<query::TimePoint>> alignComparison(const query::TimeseriesResult &current,
                                                       const query::TimeseriesResult &comparison,
                                                       const ComparisonPlan &plan);

} // namespace raycstr::ui

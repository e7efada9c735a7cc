#pragma once

#include "core/metrics.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace raycstr::ui {

// What the dashboard's chart draws: one metric at a time, picked by clicking its KPI card
// (as in Plausible). One metric, not several on twin axes: visitors no longer lie squashed
// under pageviews, a percent never shares an axis with a count, and the comparison line
// stays a second line of the same unit instead of a fourth one.
enum class ChartMetric {
    Visitors,
    Visits,
    Pageviews,
    BounceRate,
    VisitDuration,
    ViewsPerVisit,
    Events
};

// How a metric's numbers read: counts, percents, seconds, ratios (views per visit).
enum class MetricUnit { Count, Percent, Duration, Ratio };

MetricUnit metricUnit(ChartMetric m);
QString metricName(ChartMetric m);
// The metric of a bucket or period; nullopt where it has no value (a rate without a visit).
std::optional<double> metricValue(ChartMetric m, const Metrics &metrics);
// A value as the tooltip says it: "1,234", "46%", "1m 30s", "2.40".
QString formatMetric(ChartMetric m, double value);

// The value axis: from 0 up to `top` in four equal steps of a round size (counts: 1, 2, 2.5 or
// 5 times a power of ten; ratios the same from 0.1 up; percents: 5, 10, 20, 25, capped at
// 100; durations: whole seconds, minutes, hours), labelled in the metric's unit ("25%", "1m 30s"):
// 0/25/50, never 29/58.
struct ValueTicks
{
    double top = 0;
    QList<double> values; // 0 first
    QStringList labels;
};
ValueTicks valueTicks(MetricUnit unit, double highest);

} // namespace raycstr::ui

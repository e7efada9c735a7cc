#include "chartmetric.h"

#include "ui/text/format.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace raycstr::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::ui::ChartMetric)
};

// The smallest of `steps` that reaches `wanted`, or the last one scaled by powers of ten.
double roundStep(double wanted, const QList<double> &steps)
{
    for (double s : steps)
        if (s >= wanted)
            return s;
    double s = steps.last();
    while (s < wanted)
        s *= 10;
    return s;
}
} // namespace

MetricUnit metricUnit(ChartMetric m)
{
    switch (m) {
    case ChartMetric::BounceRate:
        return MetricUnit::Percent;
    case ChartMetric::VisitDuration:
        return MetricUnit::Duration;
    case ChartMetric::ViewsPerVisit:
        return MetricUnit::Ratio;
    default:
        return MetricUnit::Count;
    }
}

QString metricName(ChartMetric m)
{
    switch (m) {
    case ChartMetric::Visitors:
        return Tr::tr("Visitors");
    case ChartMetric::Visits:
        return Tr::tr("Visits");
    case ChartMetric::Pageviews:
        return Tr::tr("Pageviews");
    case ChartMetric::BounceRate:
        return Tr::tr("Bounce rate");
    case ChartMetric::VisitDuration:
        return Tr::tr("Visit duration");
    case ChartMetric::ViewsPerVisit:
        return Tr::tr("Views per visit");
    case ChartMetric::Events:
        return Tr::tr("Events");
    }
    return QString();
}

std::optional<double> metricValue(ChartMetric m, const Metrics &metrics)
{
    switch (m) {
    case ChartMetric::Visitors:
        return double(metrics.visitors);
    case ChartMetric::Visits:
        return double(metrics.visits);
    case ChartMetric::Pageviews:
        return double(metrics.pageviews);
    case ChartMetric::Events:
        return double(metrics.events);
    case ChartMetric::BounceRate:
        return metrics.visits ? std::optional(metrics.bounceRate()) : std::nullopt;
    case ChartMetric::VisitDuration:
        return metrics.visits ? std::optional(metrics.avgDuration()) : std::nullopt;
    case ChartMetric::ViewsPerVisit:
        return metrics.visits ? std::optional(metrics.viewsPerVisit()) : std::nullopt;
    }
    return std::nullopt;
}

QString formatMetric(ChartMetric m, double value)
{
    switch (metricUnit(m)) {
    case MetricUnit::Percent:
        return format::percent(value, 0);
    case MetricUnit::Duration:
        return format::duration(value);
    case MetricUnit::Ratio:
        return QLocale().toString(value, 'f', 2);
    case MetricUnit::Count:
        break;
    }
    return QLocale().toString(qint64(std::llround(value)));
}

ValueTicks valueTicks(MetricUnit unit, double highest)
{
    // Some air above the highest point; four steps, at least one unit each (a tenth for
    // ratios).
    const double least = unit == MetricUnit::Ratio ? 0.1 : 1.0;
    const double wanted = std::max(least, std::max(0.0, highest) * 1.08 / 4);
    double step = 1;
    switch (unit) {
    case MetricUnit::Count:
    case MetricUnit::Ratio: {
        const double p = std::pow(10.0, std::floor(std::log10(wanted)));
        // 2.5 only from 10 up for counts: a quarter of 10 is no whole number.
        step = roundStep(wanted,
                         p < 10 && unit == MetricUnit::Count
                             ? QList<double> {p, 2 * p, 5 * p, 10 * p}
                             : QList<double> {p, 2 * p, 2.5 * p, 5 * p, 10 * p});
        break;
    }
    case MetricUnit::Percent:
        // A rate never passes 100%: 0/25/50/75/100 is the widest axis.
        step = std::min(25.0, roundStep(wanted, {5, 10, 20, 25}));
        break;
    case MetricUnit::Duration:
        // Seconds, then whole minutes, then whole hours.
        step = roundStep(wanted,
                         {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800,
                          21600, 43200, 86400});
        break;
    }
    ValueTicks t;
    t.top = 4 * step;
    for (int i = 0; i <= 4; ++i) {
        const double v = i * step;
        t.values.append(v);
        switch (unit) {
        case MetricUnit::Count:
            t.labels.append(format::count(qint64(v)));
            break;
        case MetricUnit::Percent:
            t.labels.append(format::percent(v, 0));
            break;
        case MetricUnit::Ratio:
            // As many decimals as the step has: 0.25 → 2, 0.5 → 1, 1 → 0.
            t.labels.append(
                QLocale().toString(v, 'f',
                                   step >= 1                                                ? 0
                                       : std::abs(step * 10 - std::round(step * 10)) < 1e-9 ? 1
                                                                                            : 2));
            break;
        case MetricUnit::Duration:
            // Whole minutes or hours read "2m", "1h", not "2m 0s".
            if (v > 0 && std::fmod(v, 3600) == 0)
                t.labels.append(Tr::tr("%1h", "whole hours on the chart's axis").arg(v / 3600));
            else if (v > 0 && std::fmod(v, 60) == 0)
                t.labels.append(Tr::tr("%1m", "whole minutes on the chart's axis").arg(v / 60));
            else
                t.labels.append(format::duration(v));
            break;
        }
    }
    return t;
}

} // namespace raycstr::ui

#include "query/queryengine_p.h"

#include "core/vitals.h"

#include <cmath>

namespace raycstr::query {

namespace {

double percentile(const QMap<int, qint64> &histogram, qint64 samples, double p, double unit)
{
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(p * double(samples))));
    qint64 seen = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        seen += it.value();
        if (seen >= rank)
            return Vitals::valueOf(it.key(), unit);
    }
    return 0;
}

VitalStat vitalStat(const QString &metric, const QMap<int, qint64> &histogram)
{
    VitalStat s;
    s.metric = metric;
    for (qint64 n : histogram)
        s.samples += n;
    const double unit = Vitals::unitOf(metric);
    s.p75 = percentile(histogram, s.samples, 0.75, unit);
    s.p95 = percentile(histogram, s.samples, 0.95, unit);
    return s;
}

} // namespace

std::optional<VitalsResult> QueryEngine::vitals(const Query &input, int routeLimit,
                                                QueryError *error)
{
    const auto iv = resolve(input.siteId, input.period, error);
    Query query = input;
    if (!iv || !d->resolveGoals(query.siteId, &query.filters, error))
        return std::nullopt;
    VitalsResult r;
    r.interval = *iv;
    // Routes: the most viewed pages of the period (same query, same filters).
    const auto pages = breakdown(query, Field {Dimension::Page, {}}, routeLimit, 0, error);
    if (!pages)
        return std::nullopt;
    const QStringList metrics = vitalMetrics();
    QStringList routes;
    for (const BreakdownRow &page : pages->rows)
        routes.append(page.value);
    const auto histograms = d->stats->vitals(d->scope(query, *iv), routes, error);
    if (!histograms)
        return std::nullopt;
    auto rowFor = [&](const QString &route) {
        VitalsRow row;
        row.route = route;
        for (const QString &metric : metrics) {
            const auto &h = histograms->value(metric).value(route);
            if (!h.isEmpty())
                row.stats.append(vitalStat(metric, h));
        }
        return row;
    };
    r.site = rowFor(QString());
    for (const BreakdownRow &page : pages->rows)
        r.routes.append(rowFor(page.value));
    return r;
}

} // namespace raycstr::query

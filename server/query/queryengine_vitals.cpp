#include "query/queryengine_p.h"

#include "core/vitals.h"

#include <QSet>
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
    // histograms[metric][route]; route "" = the whole site.
    QHash<QString, QHash<QString, QMap<int, qint64>>> histograms;

    if (d->useRollups(*iv, {}) && query.filters.isEmpty()) {
        // One metric's histograms (site and routes) from one connection; the metrics are
        // shared out between two connections on two threads.
        auto readMetric = [&](Catalog &catalog, RollupReader &rollups, const QString &metric,
                              QHash<QString, QMap<int, qint64>> *byRoute, QString *err) {
            const qint64 metricId = catalog.stringId(metric);
            if (!metricId)
                return true;
            if (!rollups.vitals(query.siteId, metricId, 0, iv->firstDay, iv->lastDay,
                                &(*byRoute)[QString()], err))
                return false;
            for (const BreakdownRow &page : pages->rows) {
                const qint64 pageId = catalog.stringId(page.value);
                if (pageId
                    && !rollups.vitals(query.siteId, metricId, pageId, iv->firstDay, iv->lastDay,
                                       &(*byRoute)[page.value], err))
                    return false;
            }
            return true;
        };
        QList<QHash<QString, QMap<int, qint64>>> perMetric(metrics.size());
        QString ignored; // without a second connection, one thread reads every metric
        const bool twoThreads = d->openSecond(&ignored);
        auto readEvery = [&](Catalog &catalog, RollupReader &rollups, qsizetype first,
                             qsizetype step, QString *err) {
            for (qsizetype i = first; i < metrics.size(); i += step) {
                if (!readMetric(catalog, rollups, metrics[i], &perMetric[i], err))
                    return false;
            }
            return true;
        };
        const bool ok = twoThreads
            ? inParallel(
                d->options.startHelper,
                [&](QString *err) { return readEvery(*d->catalog, *d->rollups, 0, 2, err); },
                [&](QString *err) {
                    return readEvery(*d->second->catalog, *d->second->rollups, 1, 2, err);
                },
                &error->message)
            : readEvery(*d->catalog, *d->rollups, 0, 1, &error->message);
        if (!ok)
            return std::nullopt;
        for (qsizetype i = 0; i < metrics.size(); ++i) {
            if (!perMetric[i].isEmpty())
                histograms.insert(metrics[i], perMetric[i]);
        }
    } else {
        SiteTime *time = d->timeOf(query.siteId, &error->message);
        if (!time)
            return std::nullopt;
        RawScan local;
        MemoryBudget budget(d->options.maxRawBytes);
        const RawScan *memo = nullptr;
        if (iv->toSecs - iv->fromSecs <= Private::MemoMaxSecs && !d->options.forceRaw) {
            bool memoTooLarge = false;
            memo = d->shortScan(query.siteId, *time, iv->fromSecs, iv->toSecs, &memoTooLarge,
                                &error->message);
            if (!memo && !memoTooLarge) {
                error->kind = QueryError::Kind::Failed;
                return std::nullopt;
            }
        }
        const RawScan &scan = memo ? *memo : local;
        FieldValues values(d->catalog.get(), &scan);
        FilterSet filters(&values, query.filters);
        QSet<QString> routes;
        for (const BreakdownRow &page : pages->rows)
            routes.insert(page.value);
        QHash<qint64, QString> names;
        auto onEvent = [&](const RawEvent &e) {
            if (e.kind != EventKind::Vitals || !e.hasValue || !scan.inRange(e)
                || (!filters.isEmpty() && !filters.matches(e)))
                return;
            auto n = names.find(e.name);
            if (n == names.end())
                n = names.insert(e.name, d->catalog->string(e.name));
            if (!metrics.contains(n.value()))
                return;
            const int bucket = Vitals::bucketOf(e.value, Vitals::unitOf(n.value()));
            auto &byRoute = histograms[n.value()];
            byRoute[QString()][bucket] += 1;
            const QString route = d->catalog->string(d->catalog->page(e.page).path);
            if (routes.contains(route))
                byRoute[route][bucket] += 1;
        };
        // Samples go into histograms as they are read: memory grows with visits (and
        // distinct values), not with samples. Goal filters decide per visit: those load.
        const bool wholeVisits = FilterSet::needsWholeVisits(query.filters);
        if (!memo) {
            const bool ok = wholeVisits
                ? local.load(&d->db, query.siteId, time, iv->fromSecs, iv->toSecs, true,
                             &budget, &error->message)
                : local.stream(&d->db, query.siteId, time, iv->fromSecs, iv->toSecs, &budget,
                               onEvent, &error->message, true);
            if (!ok) {
                error->kind = budget.tooLarge() ? QueryError::Kind::BadInput
                                               : QueryError::Kind::Failed;
                return std::nullopt;
            }
        }
        if (memo || wholeVisits) {
            for (const RawEvent &e : scan.events())
                onEvent(e);
        }
    }
    auto rowFor = [&](const QString &route) {
        VitalsRow row;
        row.route = route;
        for (const QString &metric : metrics) {
            const auto &h = histograms.value(metric).value(route);
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

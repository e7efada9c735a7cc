#include "query/sqlitestats_p.h"

#include "core/vitals.h"

#include <QSet>

namespace raycstr::query {

std::optional<VitalHistograms> SqliteStats::vitals(const Scope &scope, const QStringList &routes,
                                                   QueryError *error)
{
    const Interval &iv = scope.iv;
    const qint32 siteId = scope.siteId;
    const QStringList metrics = vitalMetrics();
    VitalHistograms histograms;

    if (useVitalsRollups(d->options.forceRaw, iv, scope.filters)) {
        // One metric's histograms (site and routes) from one connection; the metrics are
        // shared out between two connections on two threads.
        auto readMetric = [&](Catalog &catalog, RollupReader &rollups, const QString &metric,
                              QHash<QString, QMap<int, qint64>> *byRoute, QString *err) {
            const qint64 metricId = catalog.stringId(metric);
            if (!metricId)
                return true;
            if (!rollups.vitals(siteId, metricId, 0, iv.firstDay, iv.lastDay,
                                &(*byRoute)[QString()], err))
                return false;
            for (const QString &route : routes) {
                const qint64 pageId = catalog.stringId(route);
                if (pageId
                    && !rollups.vitals(siteId, metricId, pageId, iv.firstDay, iv.lastDay,
                                       &(*byRoute)[route], err))
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
        return histograms;
    }
    SiteTime time(scope.zone);
    MemoryBudget budget(d->options.maxRawBytes);
    const RawScan *memo = nullptr;
    if (iv.toSecs - iv.fromSecs <= Private::MemoMaxSecs && !d->options.forceRaw) {
        bool memoTooLarge = false;
        memo = d->shortScan(siteId, time, iv.fromSecs, iv.toSecs, &memoTooLarge, &error->message);
        if (!memo && !memoTooLarge) {
            error->kind = QueryError::Kind::Failed;
            return std::nullopt;
        }
    }
    const QSet<QString> wanted(routes.cbegin(), routes.cend());
    QHash<qint64, QString> names;
    // Samples go into histograms as they are read: memory grows with visits (and
    // distinct values), not with samples, and with a share of the visits when the range is
    // read in passes (Options::rawPassBytes). Goal filters decide per visit: those load.
    const bool wholeVisits = FilterSet::needsWholeVisits(scope.filters);
    const int passes = memo ? 1 : d->passesFor(d->db, siteId, iv.fromSecs, iv.toSecs);
    for (int pass = 0; pass < passes; ++pass) {
        RawScan local;
        local.setShare(pass, passes);
        const RawScan &scan = memo ? *memo : local;
        FieldValues values(d->catalog.get(), &scan);
        FilterSet filters(&values, scope.filters);
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
            if (wanted.contains(route))
                byRoute[route][bucket] += 1;
        };
        if (!memo) {
            const bool ok = wholeVisits
                ? local.load(&d->db, siteId, &time, iv.fromSecs, iv.toSecs, true, &budget,
                             &error->message)
                : local.stream(&d->db, siteId, &time, iv.fromSecs, iv.toSecs, &budget, onEvent,
                               &error->message, true);
            if (!ok) {
                error->kind = budget.tooLarge() ? QueryError::Kind::OverMemoryBudget
                                                : QueryError::Kind::Failed;
                return std::nullopt;
            }
        }
        if (memo || wholeVisits) {
            for (const RawEvent &e : scan.events())
                onEvent(e);
        }
    }
    return histograms;
}

} // namespace raycstr::query

#pragma once

// The query engine's private parts, shared by its implementation files (queryengine.cpp:
// periods, aggregates, time series and the live counts; queryengine_breakdown.cpp;
// queryengine_goals.cpp; queryengine_vitals.cpp; queryengine_imports.cpp). Not part of the
// library's interface. Everything here is backend-neutral: the counting is the
// StatsBackend's.

#include "query/queryengine.h"

#include "core/sitetime.h"
#include "query/importedreader.h"
#include "query/queryrules.h"
#include "query/statsbackend.h"
#include "store/sqlitedb.h"

#include <QHash>
#include <memory>

namespace raycstr::query {

using namespace detail;

struct QueryEngine::Private
{
    QString path;
    const Clock *clock;
    Options options;
    // The data directory's own file: sites and their time zones, goals and funnels, the
    // imported daily sums. Events and their counts are the backend's.
    SqliteDb db;
    std::unique_ptr<ImportedReader> imported;
    std::unique_ptr<StatsBackend> stats;
    QHash<qint32, Site> sites;
    QHash<qint32, SiteTime> times;

    SiteTime *timeOf(qint32 siteId, QString *error);
    // The question made concrete for the backend (the site's zone known from timeOf()).
    Scope scope(const Query &query, const Interval &iv)
    {
        return Scope {query.siteId, iv, times.value(query.siteId).zone(), query.filters};
    }

    // Fills in the goals that goal filters name (from the site's goals); an unknown goal
    // or an operator other than is/is not is bad input.
    bool resolveGoals(qint32 siteId, QList<Filter> *filters, QueryError *error);

    // Whether imported sums answer `query` over `iv` (the one place that decides): broken
    // down `by` a field (nullptr: totals or a series), in hourly buckets or not.
    std::optional<ImportsUse> importsUse(const Query &query, const Interval &iv, const Field *by,
                                         bool hourly, QueryError *error);
    // The imported sums per local day of the slice importedSlice() makes of `filters`.
    bool importedDays(qint32 siteId, const Interval &iv, const QList<Filter> &filters,
                      QMap<qint64, Metrics> *perDay, QueryError *error);
};

} // namespace raycstr::query

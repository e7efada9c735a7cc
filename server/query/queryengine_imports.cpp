// The query engine's use of imported daily sums (import/aggregateimporter writes them):
// whether a question can be answered with them, and the days a totals or series question
// adds. One place decides, so every report says the same about what it included.
#include "query/queryengine_p.h"

namespace raycstr::query {

std::optional<ImportsUse> QueryEngine::Private::importsUse(const Query &query, const Interval &iv,
                                                           const Field *by, bool hourly,
                                                           QueryError *error)
{
    using Skip = ImportsUse::Skip;
    if (!query.imports)
        return ImportsUse {Skip::NotRequested};
    bool found = false;
    if (!imported->any(query.siteId, iv.firstDay, iv.lastDay, &found, &error->message))
        return std::nullopt;
    if (!found)
        return ImportsUse {Skip::NoImportedData};
    // Imported sums are per day: no hours, no part of a day.
    if (!iv.wholeDays || hourly)
        return ImportsUse {Skip::UnsupportedInterval};
    // Breakdowns: a dimension the imported days carry, without filters (a filter on another
    // dimension cannot be applied to rows that do not know it). Totals and series: the one
    // slice importedSlice() allows.
    const bool answerable = by
        ? query.filters.isEmpty() && !by->isProp() && !by->goal && isImportedDimension(by->dim)
        : importedSlice(query.filters).has_value();
    return ImportsUse {answerable ? Skip::None : Skip::UnsupportedQuery};
}

bool QueryEngine::Private::importedDays(qint32 siteId, const Interval &iv,
                                        const QList<Filter> &filters, QMap<qint64, Metrics> *perDay,
                                        QueryError *error)
{
    const auto slice = importedSlice(filters);
    if (!slice)
        return true;
    if (!imported->days(siteId, iv.firstDay, iv.lastDay, slice->first, slice->second, perDay,
                        &error->message)) {
        error->kind = QueryError::Kind::Failed;
        return false;
    }
    return true;
}

} // namespace raycstr::query

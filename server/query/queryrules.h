#pragma once

// Rules the query engine and its backends share: day numbers, the filter shapes daily sums
// can answer, and which metrics a breakdown field reports.

#include "query/querytypes.h"

#include <QDate>
#include <optional>
#include <utility>

namespace raycstr::query::detail {

inline const QDate DayZero(1970, 1, 1);

inline qint64 dayNumber(QDate d)
{
    return DayZero.daysTo(d);
}

inline QDate dateOf(qint64 day)
{
    return DayZero.addDays(day);
}

// The one filter shape daily sums per value answer: none (the site's totals), or
// "visit dimension is exactly this value".
inline std::optional<std::pair<Dimension, QString>> rollupSlice(const QList<Filter> &filters)
{
    if (filters.isEmpty())
        return std::pair {Dimension::Total, QString()};
    if (filters.size() != 1)
        return std::nullopt;
    const Filter &f = filters.first();
    if (f.op != Filter::Op::Is || f.values.size() != 1 || f.field.isProp()
        || f.field.dim == Dimension::Total || !isVisitDimension(f.field.dim))
        return std::nullopt;
    return std::pair {f.field.dim, f.values.first()};
}

// Which questions a backend answers from its daily rollups instead of raw events: one rule
// for every backend (SQLite's rollup tables, ClickHouse's `rollups`), so both pick the same
// path and their numbers stay comparable. Daily sums answer whole local days under the
// filters rollupSlice() accepts; the hourly sums only the site's totals (no filter).
inline bool useRollups(bool forceRaw, const Interval &iv, const QList<Filter> &filters)
{
    return !forceRaw && iv.wholeDays && rollupSlice(filters).has_value();
}

inline bool useHourlyRollups(bool forceRaw, const QList<Filter> &filters)
{
    return !forceRaw && filters.isEmpty();
}

// Whether the rollups hold every metric keepAvailable() reports for a field. The writer
// keeps visits per page but not per hostname or event name, and no visitors per exit page
// (an exit moves with every pageview): those are counted from raw events.
inline bool rollupsCarry(const Field &field)
{
    return !field.isProp() && (isVisitDimension(field.dim) || field.dim == Dimension::Page);
}

// A breakdown by `by` from the daily rollups: unfiltered, whole days, a carried field.
inline bool useRollupBreakdown(bool forceRaw, const Interval &iv, const QList<Filter> &filters,
                               const Field &by)
{
    return rollupsCarry(by) && filters.isEmpty() && useRollups(forceRaw, iv, {});
}

// Vitals histograms from the daily rollups: unfiltered, whole days.
inline bool useVitalsRollups(bool forceRaw, const Interval &iv, const QList<Filter> &filters)
{
    return filters.isEmpty() && useRollups(forceRaw, iv, {});
}

// The filters imported sums answer totals and series under: none (the site's totals), or
// one "is" filter on a visit dimension the imported days carry (its value's rows).
inline std::optional<std::pair<Dimension, QString>> importedSlice(const QList<Filter> &filters)
{
    const auto slice = rollupSlice(filters);
    if (!slice || (slice->first != Dimension::Total && !isImportedDimension(slice->first)))
        return std::nullopt;
    return slice;
}

// Which metrics a breakdown field reports; the rest are zeroed so every backend and path
// agrees. A visit dimension is fixed for the whole visit and carries every metric. Pages,
// hostnames, event names and properties carry their visitors, pageviews or events, and
// the visits they occurred in; not bounce or duration, which belong to a visit. An exit
// page carries the visitors and visits that ended there.
inline Metrics keepAvailable(const Field &field, const Metrics &m)
{
    if (!field.isProp() && isVisitDimension(field.dim))
        return m;
    Metrics out;
    out.visitors = m.visitors;
    out.visits = m.visits;
    const bool eventField = field.isProp() || field.dim == Dimension::EventName;
    if (!eventField && field.dim != Dimension::ExitPage)
        out.pageviews = m.pageviews;
    if (eventField || field.dim == Dimension::Hostname)
        out.events = m.events;
    return out;
}

} // namespace raycstr::query::detail

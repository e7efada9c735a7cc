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

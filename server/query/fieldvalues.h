#pragma once

#include "query/catalog.h"
#include "query/globpattern.h"
#include "query/querytypes.h"
#include "query/rawscan.h"

#include <QHash>
#include <memory>
#include <optional>
#include <vector>

namespace raycstr::query {

// What a raw event's value is for a field, as a 64-bit key (an interned id, a packed
// country code, a device number…), and the text a key stands for. Keys let the raw path
// group and filter millions of events without building a string per event.
class FieldValues
{
public:
    FieldValues(Catalog *catalog, const RawScan *scan)
        : m_catalog(catalog)
        , m_scan(scan)
    { }

    // nullopt: the event has no value for the field (a custom event has no page in a page
    // breakdown, a pageview no event name). `forFilter` widens Page to every event on that
    // page, so "page is /pricing" also keeps the sign-ups made there.
    std::optional<qint64> key(const RawEvent &e, const Field &field, bool forFilter);
    QString text(const Field &field, qint64 key);
    Catalog *catalog() const { return m_catalog; }
    // The property keys of a custom event's props (its `props` id).
    QList<QString> propKeys(qint64 propsId);
    const RawScan *scan() const { return m_scan; }

private:
    qint64 propKey(qint64 propsId, const QString &prop);
    const QHash<QString, qint64> &propsOf(qint64 propsId);

    Catalog *m_catalog;
    const RawScan *m_scan;
    // props JSON id → (property → value key); value keys number the distinct values.
    QHash<qint64, QHash<QString, qint64>> m_props;
    QHash<QString, qint64> m_propValueKeys;
    QList<QString> m_propValues {QString()};
};

// The filters of a query, compiled: each decides on a key once and remembers it, so a
// "contains" or wildcard test runs once per distinct value, not once per event.
class GoalMatcher;

class FilterSet
{
public:
    FilterSet(FieldValues *values, const QList<Filter> &filters);
    ~FilterSet();
    bool isEmpty() const { return m_filters.isEmpty(); }
    bool matches(const RawEvent &e);
    // Goal filters decide per visit, from all of the visit's events: they need a loaded
    // scan (RawScan::load), not a streamed one.
    static bool needsWholeVisits(const QList<Filter> &filters);
    // A single filter on its own (used for the wildcard syntax check and tests).
    static bool matchesText(const Filter &filter, const QString &text,
                            const QList<GlobPattern> &patterns);

private:
    struct Compiled
    {
        Filter filter;
        QList<GlobPattern> patterns; // for Matches/NotMatches
        QHash<qint64, bool> decided;
        quint32 goalBits = 0; // goal filters: the goals' bits in m_goals
    };
    bool visitReached(const RawEvent &e, quint32 bits);

    FieldValues *m_values;
    QList<Compiled> m_filters;
    std::unique_ptr<GoalMatcher> m_goals;
    std::vector<quint32> m_visitGoals; // per visit of the scan, computed on first use
    bool m_goalsReady = false;
};

} // namespace raycstr::query

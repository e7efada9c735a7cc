#pragma once

#include "core/event.h"
#include "core/metrics.h"

#include <QHash>
#include <array>

namespace raycstr {

// The interned string id of each of an event's dimension values (0 for an empty value),
// worked out once per event by the store, which needs them for the row anyway.
struct DimensionIds
{
    std::array<qint64, size_t(Dimension::Count)> value {};
    qint64 previousExit = 0; // the exit page this pageview moved the visit away from
    qint64 &operator[](Dimension dim) { return value[size_t(dim)]; }
    qint64 operator[](Dimension dim) const { return value[size_t(dim)]; }
};

// Folds a batch of sessionized events into rollup deltas in memory, so a batch of
// thousands of events turns into a few hundred upserts. The rules, per event:
// - at the event's day/hour: pageviews, custom events, and visitors from the
//   "first today"/"first this hour"/per-dimension flags;
// - at the visit's start day/hour (a visit belongs to the day it started): visits, bounce
//   and duration deltas, exit-page moves;
// - per dimension: visit dimensions (source, country, browser, entry page…) carry visit
//   metrics; Page carries pageviews and visitors (event's day) and visits that saw it
//   (visit's day, like every visit count); ExitPage carries
//   visits that ended there; EventName carries events and visitors.
class RollupBatch
{
public:
    struct DayKey
    {
        qint32 siteId;
        qint64 day;
        Dimension dim;
        qint64 valueId; // strings.id
        friend bool operator==(const DayKey &, const DayKey &) = default;
        friend size_t qHash(const DayKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.siteId, k.day, int(k.dim), k.valueId);
        }
    };
    struct HourKey
    {
        qint32 siteId;
        qint64 hourStart;
        friend bool operator==(const HourKey &, const HourKey &) = default;
        friend size_t qHash(const HourKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.siteId, k.hourStart);
        }
    };

    // Web Vitals samples: one histogram per (site, metric, page, day), plus page 0 for the
    // whole site.
    struct VitalsKey
    {
        qint32 siteId;
        qint64 metricId; // strings.id of the metric name
        qint64 pageId; // strings.id of the path, 0 = site
        qint64 day;
        int bucket; // core/vitals.h
        friend bool operator==(const VitalsKey &, const VitalsKey &) = default;
        friend size_t qHash(const VitalsKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.siteId, k.metricId, k.pageId, k.day, k.bucket);
        }
    };

    void add(const Event &event, const DimensionIds &ids);
    // Sums made elsewhere (`migrate` copying SQLite's rollup tables), added as they are.
    void addSums(const DayKey &key, const Metrics &m) { m_days[key] += m; }
    void addSums(const HourKey &key, const Metrics &m) { m_hours[key] += m; }
    void addSamples(const VitalsKey &key, qint64 n) { m_vitals[key] += n; }
    void clear();
    bool isEmpty() const { return m_days.isEmpty() && m_hours.isEmpty() && m_vitals.isEmpty(); }

    const QHash<DayKey, Metrics> &days() const { return m_days; }
    const QHash<HourKey, Metrics> &hours() const { return m_hours; }
    const QHash<VitalsKey, qint64> &vitals() const { return m_vitals; }

private:
    Metrics &day(const Event &e, qint64 day, Dimension dim, qint64 valueId);
    QHash<DayKey, Metrics> m_days;
    QHash<HourKey, Metrics> m_hours;
    QHash<VitalsKey, qint64> m_vitals;
};

} // namespace raycstr

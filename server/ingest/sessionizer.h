#pragma once

#include "core/event.h"
#include "ingest/compactset.h"
#include "ingest/stringpool.h"

#include <QHash>

#include <memory>

namespace raycstr {

// Bounds on the sessionizer's memory, so that no client can grow the writer's state (a new
// User-Agent per request, a scraper walking a million paths behind a browser User-Agent).
// Under the caps every count is exact. Beyond them:
// - a visitor's set of pages in the visit (or of dimension values of the day) stops
//   growing, and a value it does not hold counts as new: exact for values really seen
//   for the first time (what a scraper sends), an over-count only for values seen again;
// - when the visitor table is full, the eighth of it seen longest ago is forgotten in one
//   pass (amortised O(1) per event). Those visitors' visits are normally over, so the
//   cost is that one of them coming back later today counts as a new visitor.
// The per-visitor defaults lie far above what a person does in a day; the table's above
// the daily visitors of all but the largest sites.
struct SessionizerLimits
{
    qsizetype maxVisitors = 1000000;
    qsizetype maxPagesPerVisit = 1000;
    qsizetype maxValuesPerDay = 4000;
};

// Turns a stream of a site's events into visits. A visit ends after 30 minutes without an
// event; it knows its entry and exit page, pageviews, duration (last − first event) and
// whether it bounced (at most one pageview and no interactive event). The state is kept
// per visitor for the whole local day, so "first event of this visitor today" (and per
// dimension value) are exact flags and daily unique visitors become plain sums.
//
// O(1) per event (hash lookups only); bounded by SessionizerLimits. Memory per visitor is
// kept small because a busy day holds hundreds of thousands of them: compact hash sets,
// the entry/exit pages through a string pool, and one copy of each way in (source,
// referrer, UTM) shared by the visitors who came that way (a busy day's 290 k visitors
// took 420 MB with QSets and strings per visitor).
// Not thread-safe: one sessionizer per writer thread.
class Sessionizer
{
public:
    static constexpr qint64 DefaultTimeoutSecs = 30 * 60;
    using Limits = SessionizerLimits;
    explicit Sessionizer(qint64 timeoutSecs = DefaultTimeoutSecs, Limits limits = Limits());

    // Fills in the visit bookkeeping of `event` (visitor, visitStart, flags, entryPath,
    // acquisition of the visit, newDimensions, deltas). `event.visitor` holds today's id on
    // entry; `yesterdayVisitor` the id the same person had under yesterday's salt (0 if
    // none). Returns false when the event must be dropped (an engagement ping without a
    // visit to extend).
    bool apply(Event &event, quint64 yesterdayVisitor, const LocalSlot &slot);

    // Forgets visitors whose visit timed out and whose day is over. `currentDay` is
    // computed per site by the caller, hence the callback.
    template<typename DayOfSite> int expire(qint64 nowSecs, DayOfSite currentDay)
    {
        int removed = 0;
        for (auto it = m_visitors.begin(); it != m_visitors.end();) {
            const Visitor &v = it.value();
            if (nowSecs - v.lastSeen > m_timeout && v.day < currentDay(it.key().siteId)) {
                it = m_visitors.erase(it);
                ++removed;
            } else {
                ++it;
            }
        }
        return removed;
    }

    qsizetype visitorCount() const { return m_visitors.size(); }
    qint64 timeoutSecs() const { return m_timeout; }
    // How many values (pages of the visit, dimension values of the day) a visitor's state
    // holds; -1 for an unknown visitor. `visitor` is the id the visitor is known by today.
    qsizetype trackedValues(qint32 siteId, quint64 visitor) const;

private:
    struct Key
    {
        qint32 siteId;
        quint64 visitor;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.siteId == b.siteId && a.visitor == b.visitor;
        }
        friend size_t qHash(const Key &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.siteId, k.visitor);
        }
    };
    struct Visitor
    {
        quint64 storedId = 0; // the id written with this visitor's events
        qint64 day = 0; // local day the day-sets below belong to
        qint64 hourStart = 0;
        qint64 visitStart = -1; // -1: no visit yet
        qint64 lastSeen = 0;
        int pageviews = 0;
        bool interacted = false;
        QString entryPath;
        QString exitPath;
        // Shared by every visitor who came the same way; null for a direct visit.
        std::shared_ptr<const Acquisition> acquisition;
        CompactSet pagesInVisit; // hashes of paths viewed in the current visit
        CompactSet seenToday; // hashes of (dimension, value) seen today
    };

    static bool bounced(const Visitor &v) { return v.pageviews <= 1 && !v.interacted; }
    // True when `value` was not in `set` (inserted while the set is under `cap`).
    static bool insertOnce(CompactSet &set, quint64 value, qsizetype cap);
    std::shared_ptr<const Acquisition> shared(const Acquisition &a);
    static const Acquisition &acquisitionOf(const Visitor &v);
    void evictLeastRecentlySeen();
    void markDimensions(Visitor &v, Event &event);

    QHash<Key, Visitor> m_visitors;
    StringPool m_strings;
    // Bounded like the string pool: past the cap it starts afresh.
    QHash<Acquisition, std::shared_ptr<const Acquisition>> m_acquisitions;
    qint64 m_timeout;
    Limits m_limits;
};

} // namespace raycstr

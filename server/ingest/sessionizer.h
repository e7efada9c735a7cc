#pragma once

#include "core/event.h"
#include "ingest/compactset.h"
#include "ingest/sharedpool.h"

#include <QHash>

namespace raycstr {

// Bounds on the sessionizer's memory, so that no client can grow the writer's state (a new
// User-Agent per request, a scraper walking a million paths behind a browser User-Agent).
// Under the caps every count is exact. Beyond them:
// - a visitor's set of values (pages of the visit, dimension values of the day) stops
//   growing, and a value it does not hold counts as new: exact for values really seen
//   for the first time (what a scraper sends), an over-count only for values seen again;
// - when the visitor table is full, the eighth of it seen longest ago is forgotten in one
//   pass (amortised O(1) per event). Those visitors' visits are normally over, so the
//   cost is that one of them coming back later today counts as a new visitor.
// The per-visitor default lies far above what a person does in a day; the table's above
// the daily visitors of all but the largest sites.
struct SessionizerLimits
{
    qsizetype maxVisitors = 1000000;
    qsizetype maxValuesPerVisitor = 5000;
};

// Turns a stream of a site's events into visits. A visit ends after 30 minutes without an
// event; it knows its entry and exit page, pageviews, duration (last − first event) and
// whether it bounced (at most one pageview and no interactive event). The state is kept
// per visitor for the whole local day, so "first event of this visitor today" (and per
// dimension value) are exact flags and daily unique visitors become plain sums.
//
// O(1) per event (hash lookups only); bounded by SessionizerLimits. Memory per visitor is
// what a busy day's RAM goes to (hundreds of thousands of visitors), so a visitor is ~64
// bytes plus one small hash set (tst_sessionizer measures it):
// - strings and the way in are 32-bit ids into counted pools shared by all visitors;
// - times are narrowed (the visit's start as an age, day and hour as 32-bit keys);
// - one set holds the pages of the visit and the values of the day, told apart by a tag;
// - a visit's own values (entry page, way in, browser and country) are all new when the
//   day's first visit starts, and a later visit with the same entry page, way in or
//   browser and country (ids compared) has nothing new there: only the groups that changed
//   put the earlier visit's values into the set and compare the new ones with it;
// - during the day's first visit, the pages seen today are the pages of the visit, kept
//   once.
// Most visitors come once a day and view a few pages: their set holds those pages and the
// hostname.
// Not thread-safe: one sessionizer per writer thread.
class Sessionizer
{
public:
    static constexpr qint64 DefaultTimeoutSecs = 30 * 60;
    using Limits = SessionizerLimits;
    explicit Sessionizer(qint64 timeoutSecs = DefaultTimeoutSecs, Limits limits = Limits());
    // A copy would hold the pools' ids without counting them.
    Sessionizer(const Sessionizer &) = delete;
    Sessionizer &operator=(const Sessionizer &) = delete;

    // Fills in the visit bookkeeping of `event` (visitor, visitStart, flags, entryPath,
    // acquisition of the visit, newDimensions, deltas). `event.visitor` holds today's id on
    // entry; `yesterdayVisitor` the id the same person had under yesterday's salt (0 if
    // none). Returns false when the event must be dropped (an engagement ping without a
    // visit to extend). `startsVisit`: an imported source's own visit begins here (a
    // pageview or custom event ends the running visit, whatever the time since).
    bool apply(Event &event, quint64 yesterdayVisitor, const LocalSlot &slot,
               bool startsVisit = false);

    // Forgets visitors whose visit timed out and whose day is over. `currentDay` is
    // computed per site by the caller, hence the callback.
    template<typename DayOfSite> int expire(qint64 nowSecs, DayOfSite currentDay)
    {
        int removed = 0;
        for (auto it = m_visitors.begin(); it != m_visitors.end();) {
            const Visitor &v = it.value();
            if (nowSecs - v.lastSeen > m_timeout && v.day < currentDay(it.key().siteId)) {
                it = forget(it);
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
    // Distinct strings, ways in and browser/country pairs the visitors hold (tests).
    qsizetype pooledValues() const
    {
        return m_paths.size() + m_acquisitions.size() + m_traits.size();
    }

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
    // What a visit's values depend on besides its entry page and way in.
    struct Traits
    {
        Agent agent;
        QString country;
        friend bool operator==(const Traits &, const Traits &) = default;
        friend size_t qHash(const Traits &t, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, t.agent.browser, t.agent.browserVersion, t.agent.os,
                              t.agent.osVersion, int(t.agent.device), t.country);
        }
    };
    struct CompactString
    {
        QString operator()(const QString &s) const;
    };
    struct CompactAcquisition
    {
        Acquisition operator()(const Acquisition &a) const;
    };
    struct CompactTraits
    {
        Traits operator()(const Traits &t) const;
    };
    using Id = quint32;
    // Copied only by QHash's detach, which never happens (the table is never shared): a
    // copy would hold pool ids without counting them.
    struct Visitor
    {
        quint64 storedId = 0; // the id written with this visitor's events
        qint64 lastSeen = 0;
        // Pages of the visit (tag VisitPageTag) and values of the day (tag: dimension).
        CompactSet values;
        qint32 day = 0; // local day the day's values belong to
        quint32 hour = 0; // the local hour's start (UTC seconds), as a key: low 32 bits
        qint32 visitAge = -1; // lastSeen − the visit's start; -1: no visit yet
        Id entryPath = 0; // m_paths
        Id exitPath = 0; // m_paths
        Id acquisition = 0; // m_acquisitions; 0 for a direct visit
        Id traits = 0; // m_traits: of the event that started the visit (or its day)
        quint16 pageviews = 0; // of the visit, saturating
        bool interacted = false;
        // The pages of the visit are the day's Page values (the day's first visit).
        bool pagesAreTodays = false;
        qint64 visitStart() const { return lastSeen - visitAge; }
    };
    using Table = QHash<Key, Visitor>;

    static bool bounced(const Visitor &v) { return v.pageviews <= 1 && !v.interacted; }
    // True when `value` was not in the visitor's set (inserted while under the cap).
    bool insertOnce(Visitor &v, quint64 value);
    // The tagged hash an event's value of `dim` is kept under.
    static quint64 valueKey(const Event &event, Dimension dim);
    const Acquisition &acquisitionOf(const Visitor &v) const;
    Table::iterator forget(Table::iterator it);
    void evictLeastRecentlySeen();
    void startDay(Visitor &v, bool visitRunning);
    // Puts the running visit's values of `groups` (partBit() bits) into its set.
    void storeVisitValues(qint32 siteId, Visitor &v, quint32 groups);
    // Starts a visit: its entry page, way in and traits; a later visit of the day stores
    // the earlier one's values that differ and answers their groups (partBit() bits).
    quint32 startVisit(Visitor &v, const Event &event, bool firstOfDay);
    // `pageKey`: valueKey(event, Page) of a pageview, computed by the caller already;
    // `changedGroups`: startVisit()'s answer.
    void markDimensions(Visitor &v, Event &event, quint64 pageKey, quint32 changedGroups);

    Table m_visitors;
    SharedPool<QString, CompactString> m_paths;
    SharedPool<Acquisition, CompactAcquisition> m_acquisitions;
    SharedPool<Traits, CompactTraits> m_traits;
    qint64 m_timeout;
    Limits m_limits;
};

} // namespace raycstr

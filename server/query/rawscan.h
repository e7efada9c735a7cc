#pragma once

#include "core/event.h"
#include "core/sitetime.h"

#include <QString>
#include <functional>
#include <vector>

namespace raycstr {
class SqliteDb;
}

namespace raycstr::query {

class MemoryBudget;

// One stored event as the raw path needs it: ids, not strings.
struct RawEvent
{
    qint64 ts = 0;
    quint64 visitor = 0;
    qint64 page = 0; // pages.id
    qint64 acquisition = 0;
    qint64 agent = 0;
    qint64 name = 0; // strings.id
    qint64 props = 0; // strings.id of a JSON object
    double value = 0;
    qint32 visit = -1; // index into RawScan::visits()
    qint32 day = 0; // the site's local day
    quint16 country = 0; // two ASCII letters packed, 0 = unknown
    EventKind kind = EventKind::Pageview;
    quint8 flags = 0;
    bool hasValue = false;

    bool isActivity() const { return kind == EventKind::Pageview || kind == EventKind::Custom; }
};

// A visit rebuilt from its stored events (entry and exit page, bounce, duration), the
// same way the sessionizer counted it when the events arrived.
struct RawVisit
{
    qint64 start = 0;
    quint64 visitor = 0;
    qint64 entryPage = 0; // pages.id of the first activity event (0: started before the scan)
    qint64 exitPage = 0; // pages.id of the last pageview
    qint32 day = 0; // the local day it began
    qint32 duration = 0; // seconds (a scan holds hundreds of thousands of visits: 48 bytes)
    int pageviews = 0;
    bool interactive = false;
    bool bounced() const { return pageviews <= 1 && !interactive; }
};

// Reads a site's raw events for [from, to) plus a margin on both sides, so visits that
// cross the edges are known whole: a visit belongs to the day it began, and its bounce and
// duration include events after the range ends, exactly as the rollups count them. Visits
// longer than the margin across an edge are the one approximation of this path.
class RawScan
{
public:
    static constexpr qint64 MarginSecs = 6 * 3600;

    RawScan() = default;
    // What the scan charged to a budget goes back with it (a question read in passes
    // holds one pass at a time).
    ~RawScan();
    RawScan(const RawScan &) = delete;
    RawScan &operator=(const RawScan &) = delete;
    // Keeps what was read but no longer counts it against the budget it was read under
    // (the memoised scan outlives that budget).
    void releaseCharge()
    {
        m_chargedTo = nullptr;
        m_charged = 0;
    }

    // Reads only the visitors with `visitor % count == index` (index < count): a question
    // too large for one pass reads the range once per share. Visitor ids are keyed hashes,
    // so the shares are even; a visitor's visits and visitor-days all fall in one share,
    // so the counts of the shares add up exactly.
    // The first size of a share's hash tables (the visitor index here, the counting sets
    // of its caller): a share holds a part of the visitors, so they start smaller.
    static constexpr size_t ShareSlots = 1 << 8;
    void setShare(int index, int count)
    {
        m_shareIndex = index;
        m_shareCount = qMax(1, count);
    }

    // `withVitals` false skips Web Vitals samples (a third of all rows on a typical site),
    // which no visit or activity count needs. Every event is held (~80 bytes each).
    // What the scan holds is charged to `budget` (nullptr: none): past it the read stops
    // with tooLarge() and the budget's message, rather than exhaust a small server's memory.
    bool load(SqliteDb *db, qint32 siteId, SiteTime *time, qint64 fromSecs, qint64 toSecs,
              bool withVitals, MemoryBudget *budget, QString *error);

    // The same scan without keeping the events: each goes to `onEvent` as it is read (its
    // visit up to date so far; exit page, bounce and duration final only at the end).
    // Memory grows with visits; `onEvent` may charge the same budget (the counting sets),
    // which is checked after each event.
    bool stream(SqliteDb *db, qint32 siteId, SiteTime *time, qint64 fromSecs, qint64 toSecs,
                MemoryBudget *budget, const std::function<void(const RawEvent &)> &onEvent,
                QString *error, bool withVitals = false);
    // The same in two passes: the first builds the visits, the second hands each event to
    // `onEvent` with its visit already final (exit page, bounce, duration). Twice the
    // reading, but memory that grows with visits, where load() holds every event.
    bool streamFinal(SqliteDb *db, qint32 siteId, SiteTime *time, qint64 fromSecs,
                     qint64 toSecs, MemoryBudget *budget,
                     const std::function<void(const RawEvent &)> &onEvent, QString *error);
    bool tooLarge() const { return m_tooLarge; }
    qint64 fromSecs() const { return m_from; }
    qint64 toSecs() const { return m_to; }
    const std::vector<RawEvent> &events() const { return m_events; }
    const std::vector<RawVisit> &visits() const { return m_visits; }
    const RawVisit &visitOf(const RawEvent &e) const { return m_visits[size_t(e.visit)]; }
    // The visit began inside [from, to): only those count as visits of the range.
    bool visitInRange(const RawEvent &e) const
    {
        const qint64 s = m_visits[size_t(e.visit)].start;
        return s >= m_from && s < m_to;
    }
    bool inRange(const RawEvent &e) const { return e.ts >= m_from && e.ts < m_to; }

private:
    // `replay`: m_visits is already final (a first pass): events only find theirs.
    bool read(SqliteDb *db, qint32 siteId, SiteTime *time, qint64 fromSecs, qint64 toSecs,
              bool withVitals, MemoryBudget *budget,
              const std::function<void(const RawEvent &)> *onEvent, bool replay, QString *error);
    // Makes room for one more in `v` (MemoryBudget::roomForOne), noting what was charged.
    template<typename T> bool roomForOne(std::vector<T> &v, MemoryBudget *budget);
    qint64 m_from = 0;
    qint64 m_to = 0;
    bool m_tooLarge = false;
    int m_shareIndex = 0;
    int m_shareCount = 1;
    MemoryBudget *m_chargedTo = nullptr;
    size_t m_charged = 0;
    std::vector<RawEvent> m_events;
    std::vector<RawVisit> m_visits;
};

} // namespace raycstr::query

#pragma once

// The SQLite backend's private parts, shared by its implementation files (sqlitestats.cpp:
// totals, series and the live counts; sqlitestats_breakdown.cpp; sqlitestats_goals.cpp;
// sqlitestats_vitals.cpp). Not part of the library's interface.

#include "query/sqlitestats.h"

#include "core/sitetime.h"
#include "query/catalog.h"
#include "query/fieldvalues.h"
#include "query/memorybudget.h"
#include "query/pairset.h"
#include "query/queryrules.h"
#include "query/rawscan.h"
#include "query/rollupreader.h"
#include "store/sqlitedb.h"

#include <QHash>
#include <atomic>
#include <functional>
#include <memory>
#include <future>

namespace raycstr::query::detail {

// Raw-path counting: events add to their group; a visit adds once to each group it
// belongs to; visitors are unique per (group, local day).
struct Accumulator
{
    explicit Accumulator(MemoryBudget *budget, size_t initialSlots = 1 << 12)
        : visitors(budget, initialSlots)
        , visits(budget, initialSlots)
        , budget(budget)
    { }
    ~Accumulator()
    {
        if (budget)
            budget->give(lastCharged);
    }
    Accumulator(const Accumulator &) = delete;
    Accumulator &operator=(const Accumulator &) = delete;
    QHash<qint64, Metrics> groups;
    // (visitor << 16 | local day, group): visitor ids have 48 bits, days fit 16 (until 2149).
    PairSet visitors;
    PairSet visits; // (group, visit index)
    // Per visit, the last (group, day) its visitor was counted under and the last group
    // the visit was noted in: a visit's events mostly repeat both (every event of a visit
    // has the same source), so most set lookups are skipped.
    struct Last
    {
        qint64 visitorGroup = -1;
        qint32 visitorDay = -1;
        qint64 visitGroup = -1;
    };
    std::vector<Last> last;
    MemoryBudget *budget;
    size_t lastCharged = 0; // what `last` charged to `budget`
    Last &lastOf(qint32 visit)
    {
        if (size_t(visit) >= last.size()) {
            // Visits come in order: grow by half, charged like the scan's own.
            const size_t grown = std::max(size_t(visit) + 1, last.size() + last.size() / 2);
            if (budget && grown > last.capacity()) {
                budget->take((grown - last.capacity()) * sizeof(Last));
                lastCharged += (grown - last.capacity()) * sizeof(Last);
            }
            last.reserve(grown);
            last.resize(grown);
        }
        return last[size_t(visit)];
    }

    void event(qint64 group, const RawEvent &e)
    {
        Metrics &m = groups[group];
        m.pageviews += e.kind == EventKind::Pageview;
        m.events += e.kind == EventKind::Custom;
        // (Group values are ≥ 0: ids, codes, bucket numbers, so -1 never matches.)
        Last &l = lastOf(e.visit);
        if (l.visitorGroup == group && l.visitorDay == e.day)
            return;
        l.visitorGroup = group;
        l.visitorDay = e.day;
        if (visitors.insert(e.visitor << 16 | quint16(e.day), quint64(group)))
            ++m.visitors;
    }
    // Visits are only noted while scanning: their bounce and duration are final once the
    // scan has seen their last event.
    void visit(qint64 group, qint32 index)
    {
        Last &l = lastOf(index);
        if (l.visitGroup == group)
            return;
        l.visitGroup = group;
        visits.insert(quint64(group), quint64(index));
    }
    void finishVisits(const std::vector<RawVisit> &all)
    {
        visits.forEach([&](quint64 group, quint64 index) {
            const RawVisit &v = all[size_t(index)];
            Metrics &m = groups[qint64(group)];
            ++m.visits;
            m.bounces += v.bounced();
            m.duration += v.duration;
        });
    }
};

} // namespace raycstr::query::detail

namespace raycstr::query {

using namespace detail;

struct SqliteStats::Private
{
    QString path;
    QueryEngine::Options options;
    SqliteDb db;
    std::unique_ptr<Catalog> catalog;
    std::unique_ptr<RollupReader> rollups;
    // The time budget (setDeadline): steady-clock nanoseconds, 0 for none. Read by the
    // progress handler on both connections, possibly on two threads at once.
    std::atomic<qint64> deadlineNs {0};
    std::atomic<bool> overBudget {false};
    static int progress(void *self);
    void watch(SqliteDb &conn) { conn.setProgressHandler(options.progressOps, &progress, this); }

    // Every stored event of [from, to) (plus the scan's margins) to `onEvent`: streamed, or,
    // with `wholeVisits` (goal filters decide per visit), loaded first and then replayed.
    // A scan past `budget` fails with budget.tooLarge() (the question's fault, not the store's).
    bool eachEvent(RawScan &scan, SqliteDb &conn, Catalog &cat, SiteTime &time, qint32 siteId,
                   qint64 from, qint64 to, bool wholeVisits,
                   const std::function<void(const RawEvent &)> &onEvent,
                   MemoryBudget &budget, QString *error);

    // The raw path reads a range in two halves on two threads, each with its own
    // connection: split at a local midnight, the halves count disjoint visitor-days and
    // disjoint visits (a visit belongs to the half it began in), so their sums are exact.
    struct Reader
    {
        SqliteDb db;
        std::unique_ptr<Catalog> catalog;
        std::unique_ptr<RollupReader> rollups;
    };
    std::unique_ptr<Reader> second;
    bool openSecond(QString *error);

    // Rollup breakdowns, reused while the database is unchanged: a dashboard asks for top
    // pages twice (the pages card, then the vitals card's routes). Keyed by
    // "site|dim|first|last"; emptied whenever another connection (the writer) commits.
    QHash<QString, QHash<qint64, Metrics>> memo;
    qint64 memoVersion = -1;
    qint64 dataVersion()
    {
        // Changes whenever another connection (the writer) commits.
        Statement st(db, "PRAGMA data_version");
        return st.next() ? st.int64(0) : -2;
    }
    // A short range (24 h, today, one day) read whole once and kept while the database is
    // unchanged: a dashboard asks it eight questions in a row (totals and the previous
    // period, the hourly series, four breakdowns, vitals), and each re-read cost a full
    // SQLite pass. Exact: dropped as soon as another connection (the writer) commits.
    // Only while it fits Options::memoMaxBytes: a busy day's events (millions, ~90 bytes
    // each) are streamed by each question instead, so memory stays with visits.
    struct ScanMemo
    {
        qint32 site = 0;
        qint64 from = 0, to = 0, version = -1;
        std::unique_ptr<RawScan> scan;
        // The last range found too large: a range ending near now only grows, so the next
        // questions about it skip the attempt.
        qint32 largeSite = 0;
        qint64 largeFrom = 0, largeTo = 0;
    };
    ScanMemo scanMemo;
    static constexpr qint64 MemoMaxSecs = 2 * 86400 + 7200; // two local days, DST included
    // The memoised whole scan of [from, to) on the main connection (vitals included), or
    // nullptr: with `tooLarge` set when it does not fit the memo (stream instead), else
    // with `error`.
    const RawScan *shortScan(qint32 siteId, SiteTime &time, qint64 from, qint64 to, bool *tooLarge,
                             QString *error);

    // What the hourly rollups count in [from, to) (with a raw read's margins): visits, and
    // pageviews plus custom events (vitals samples are not counted: a lower bound of what
    // a scan that keeps them holds). Zeros when unknown.
    struct RangeSize
    {
        qint64 visits = 0;
        qint64 activity = 0;
    };
    RangeSize rangeSize(SqliteDb &conn, qint32 siteId, qint64 from, qint64 to) const;
    // How many passes (visitor shares, RawScan::setShare) a raw read of [from, to) takes to
    // hold about Options::rawPassBytes a pass: from the visits the hourly rollups count
    // there at RawBytesPerVisit, at most MaxRawPasses.
    int passesFor(SqliteDb &conn, qint32 siteId, qint64 from, qint64 to) const;
    // What a streamed question holds per visit, measured on the 24 h view of a busy day
    // (80-90 MB for ~310 k visits): the rebuilt visit, the visitor index, the counting sets.
    static constexpr qint64 RawBytesPerVisit = 280;
    static constexpr int MaxRawPasses = 32;
    // The first size of a pass's hash tables when there are several (RawScan::ShareSlots).
    static constexpr size_t ShareSlots = RawScan::ShareSlots;

    template<typename Fn> bool forHalves(const Scope &scope, Fn fn, QString *error);
    // Matching activity per group, keyed by the group's text so the halves merge.
    // `Grouping` has eventGroup(values, scan, e), visitGroup(values, scan, e) → group key
    // (nullopt: not counted), text(values, key), and needsFinalVisits() (it groups by exit page).
    template<typename Grouping>
    std::optional<QHash<QString, Metrics>> rawGroups(const Scope &scope, const Grouping &grouping,
                                                     QueryError *error);
};

// Runs `first` here and `second` on a helper thread when `startHelper` lends one (a pool's
// idle worker), or after `first` when none is free: a busy server answers slower, it never
// starts more threads. False with the first error.
template<typename First, typename Second>
bool inParallel(const QueryEngine::Options::StartHelper &startHelper, const First &first,
                const Second &second, QString *error)
{
    QString otherError;
    bool otherOk = false;
    std::promise<void> done;
    std::future<void> finished = done.get_future();
    const bool started = startHelper && startHelper([&] {
                             otherOk = second(&otherError);
                             done.set_value();
                         });
    const bool ok = first(error);
    if (started)
        finished.wait();
    else
        otherOk = second(&otherError);
    if (ok && !otherOk)
        *error = otherError;
    return ok && otherOk;
}

template<typename Fn>
bool SqliteStats::Private::forHalves(const Scope &scope, Fn fn, QString *error)
{
    const Interval &iv = scope.iv;
    SiteTime split(scope.zone);
    SiteTime *time = &split;
    const qint64 days = iv.lastDay - iv.firstDay + 1;
    if (!iv.wholeDays || days < 2) {
        SiteTime t(time->zone());
        return fn(db, *catalog, t, iv.fromSecs, iv.toSecs, error);
    }
    const QTimeZone zone = time->zone();
    QString ignored; // without a second connection, one thread reads it all
    if (!openSecond(&ignored)) {
        SiteTime t(zone);
        return fn(db, *catalog, t, iv.fromSecs, iv.toSecs, error);
    }
    const qint64 mid = time->dayStart(iv.firstDay + days / 2);
    return inParallel(
        options.startHelper,
        [&](QString *err) {
            SiteTime t(zone);
            return fn(db, *catalog, t, iv.fromSecs, mid, err);
        },
        [&](QString *err) {
            SiteTime t(zone);
            return fn(second->db, *second->catalog, t, mid, iv.toSecs, err);
        },
        error);
}

template<typename Grouping>
std::optional<QHash<QString, Metrics>>
SqliteStats::Private::rawGroups(const Scope &scope, const Grouping &grouping, QueryError *error)
{
    const qint32 siteId = scope.siteId;
    const QList<Filter> &filters = scope.filters;
    QHash<QString, Metrics> halves[2];
    std::atomic<int> next {0};
    MemoryBudget budget(options.maxRawBytes);
    auto count = [&](SqliteDb &conn, Catalog &cat, SiteTime &time, qint64 from, qint64 to,
                     QString *err) {
        QHash<QString, Metrics> &out = halves[next++];
        const RawScan *memo = nullptr;
        if (&conn == &db && to - from <= MemoMaxSecs && !options.forceRaw) {
            bool memoTooLarge = false;
            memo = shortScan(siteId, time, from, to, &memoTooLarge, err);
            if (!memo && !memoTooLarge)
                return false;
        }
        // Exit pages are known only once a visit is over: questions about them read twice
        // (visits first, then the events against the final visits). Goal filters decide per
        // visit from all its events: those still load the events (within the budget).
        // All others count while reading. Memory grows with visits, not events, and with a
        // share of them when the range is read in passes.
        bool needsFinalVisits = grouping.needsFinalVisits() || FilterSet::needsWholeVisits(filters);
        for (const Filter &f : filters)
            needsFinalVisits
                = needsFinalVisits || (!f.field.isProp() && f.field.dim == Dimension::ExitPage);
        const bool wholeVisits = FilterSet::needsWholeVisits(filters);
        const int passes = memo ? 1 : passesFor(conn, siteId, from, to);
        for (int pass = 0; pass < passes; ++pass) {
            RawScan local;
            local.setShare(pass, passes);
            const RawScan &scan = memo ? *memo : local;
            FieldValues values(&cat, &scan);
            FilterSet filterSet(&values, filters);
            Accumulator acc(&budget, passes > 1 ? ShareSlots : 1 << 12);
            auto onEvent = [&](const RawEvent &e) {
                if (!e.isActivity())
                    return;
                const bool inRange = scan.inRange(e);
                const bool visitInRange = scan.visitInRange(e);
                if (!inRange && !visitInRange)
                    return;
                if (!filterSet.isEmpty() && !filterSet.matches(e))
                    return;
                if (inRange) {
                    if (const std::optional<qint64> g = grouping.eventGroup(values, scan, e))
                        acc.event(*g, e);
                }
                if (visitInRange) {
                    if (const std::optional<qint64> g = grouping.visitGroup(values, scan, e))
                        acc.visit(*g, e.visit);
                }
            };
            bool loaded = memo != nullptr;
            if (!loaded && wholeVisits)
                loaded = local.load(&conn, siteId, &time, from, to, false, &budget, err);
            else if (!loaded && needsFinalVisits)
                loaded = local.streamFinal(&conn, siteId, &time, from, to, &budget, onEvent, err);
            else if (!loaded)
                loaded = local.stream(&conn, siteId, &time, from, to, &budget, onEvent, err);
            if (!loaded)
                return false;
            if (memo || wholeVisits) {
                for (const RawEvent &e : scan.events()) {
                    onEvent(e);
                    if (budget.tooLarge()) {
                        *err = budget.message();
                        return false;
                    }
                }
            }
            acc.finishVisits(scan.visits());
            for (auto it = acc.groups.cbegin(); it != acc.groups.cend(); ++it)
                out[grouping.text(values, it.key())] += it.value();
        }
        if (cat.takeFailure()) {
            *err = QStringLiteral("reading the interned values failed: %1").arg(conn.lastError());
            return false;
        }
        return true;
    };
    if (!forHalves(scope, count, &error->message)) {
        error->kind
            = budget.tooLarge() ? QueryError::Kind::OverMemoryBudget : QueryError::Kind::Failed;
        return std::nullopt;
    }
    for (auto it = halves[1].cbegin(); it != halves[1].cend(); ++it)
        halves[0][it.key()] += it.value();
    return std::move(halves[0]);
}

} // namespace raycstr::query

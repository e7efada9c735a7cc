#pragma once

#include "query/querytypes.h"

#include <QHash>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace raycstr {
class Clock;
class StoreLocation;
}

namespace raycstr::query {

class StatsBackend;

struct Site
{
    qint32 id = 0;
    QString domain;
    QString timeZone;
};

// Answers every dashboard question. Plain structs in and out. The engine resolves periods
// in the site's time zone, goal filters, imported daily sums, sorting and paging; its
// StatsBackend counts the stored events (statsbackend.h): SqliteStats on the data
// directory's file by default, or the one Options::makeStats makes (ClickHouseStats).
//
// One engine owns its connections: use one per thread. Results never depend on which
// backend or path answered; tst_queryengine compares each against a naive reference.
class QueryEngine
{
public:
    // Makes the backend that counts stored events, or nullptr with a reason. Empty: the
    // SQLite store in the data directory's file.
    using MakeStats = std::function<std::unique_ptr<StatsBackend>(QString *error)>;

    struct Options
    {
        // Tests: answer everything from raw events, to check the rollup path against it.
        bool forceRaw = false;
        // The hard memory budget of one raw question, in bytes (MemoryBudget): the visits
        // it rebuilds (~60 bytes each), the visitor index and the counting sets (16 bytes
        // per (group, visitor) and (group, visit)), and the events it must hold (~80 bytes
        // each: goal filters and funnels). Past it the question fails (the API answers 503:
        // a limit of this server) with a message that says so. Both halves of a long range
        // share it.
        size_t maxRawBytes = 96 * 1024 * 1024;
        // What one pass of a raw question aims to hold. A range whose visits (counted by
        // the hourly rollups) would take more is read in several passes, each over a share
        // of the visitors (RawScan::setShare), so that the 24 h view of a busy day holds
        // about this much, not ~270 bytes for each of its hundreds of thousands of visits;
        // each more pass reads the range once more. 0: always one pass. (Tests set it low.)
        size_t rawPassBytes = 8 * 1024 * 1024;
        // A short range (24 h, a day) is kept in memory between the questions of one
        // dashboard only while it fits this many bytes (a quiet site's day does; a busy
        // one's is streamed by each question instead).
        size_t memoMaxBytes = 16 * 1024 * 1024;
        // Runs a task on another thread when one is free; false when none is (the caller
        // then runs it itself). Long raw ranges are read in two halves: with a helper, in
        // parallel. QueryPool lends its idle workers; without one an engine stays on its
        // caller's thread and never starts threads of its own.
        using StartHelper = std::function<bool(std::function<void()>)>;
        StartHelper startHelper;
        // SQLite virtual-machine steps between two looks at the time budget.
        int progressOps = 4096;
        // Tests: called at each look, on the querying thread (makes a question slow).
        std::function<void()> onProgress;
        // The backend for events (see MakeStats); sites, goals and imports stay in the file.
        MakeStats makeStats;
    };

    // The backend a store location counts with: ClickHouseStats for ClickHouse (one client
    // per engine), empty for the SQLite file.
    static MakeStats statsFor(const StoreLocation &where, const QString &password);

    QueryEngine(const QString &databasePath, const Clock *clock);
    QueryEngine(const QString &databasePath, const Clock *clock, Options options);
    ~QueryEngine();
    QueryEngine(const QueryEngine &) = delete;
    QueryEngine &operator=(const QueryEngine &) = delete;

    // False with a reason when the database cannot be opened.
    bool open(QString *error);

    std::optional<Site> site(const QString &domain, QString *error = nullptr);
    std::optional<Site> site(qint32 id, QString *error = nullptr);

    // Every question below answers nullopt with a QueryError when it has no answer: its kind
    // says whether the question was at fault (a period outside the supported years, a range
    // too large for a raw scan, hourly buckets over a long period) or the store.

    // The period made concrete for a site (its time zone, the clock's today).
    std::optional<Interval> resolve(qint32 siteId, const Period &period, QueryError *error);

    std::optional<AggregateResult> aggregate(const Query &query, QueryError *error);
    // `granularity` nullopt: the period's natural one (hours ≤ 2 days, months for 12mo).
    // Hourly buckets cover at most MaxHourlySpanSecs (Kind::HourlyRangeTooLong past it).
    std::optional<TimeseriesResult>
    timeseries(const Query &query, std::optional<Granularity> granularity, QueryError *error);
    std::optional<BreakdownResult> breakdown(const Query &query, const Field &by, int limit,
                                             int offset, QueryError *error);
    // Visits by their whole acquisition (source, referrer and UTM fields together), from
    // native events only (imported days keep the fields apart): the export's sources.
    std::optional<QList<AcquisitionRow>> acquisitions(const Query &query, QueryError *error);
    // The visits that entered on each page (their bounces and duration), keyed by path:
    // a page's bounce rate and visit duration as Plausible reports them.
    std::optional<QHash<QString, Metrics>> pageEntries(const Query &query, QueryError *error);
    std::optional<VitalsResult> vitals(const Query &query, int routeLimit, QueryError *error);

    // Conversions per goal of the site (its goals table), honouring the period and filters.
    std::optional<GoalsResult> goals(const Query &query, QueryError *error);
    // A funnel's steps matched in order within each visit that began in the period (other
    // events in between allowed); a visit counts when one of its events passes every
    // filter. `funnel` need not be saved: the editor previews unsaved ones.
    std::optional<FunnelResult> funnel(const Query &query, const Funnel &funnel, QueryError *error);
    // The property keys of the custom events that pass the filters (filter by event_name to
    // drill into one event), by events carrying them.
    std::optional<QList<PropertyKeyRow>> propertyKeys(const Query &query, QueryError *error);
    // The site's saved goals and funnels, read on this engine's connection.
    QList<Goal> savedGoals(qint32 siteId);
    std::optional<Funnel> savedFunnel(qint32 siteId, const QString &idOrName);

    // A time budget: questions still running at `deadline` are interrupted (SQLite's
    // progress handler) and fail; lastErrorWasOverBudget() then tells. A default-constructed
    // time point lifts it. Set by QueryPool around each job.
    void setDeadline(std::chrono::steady_clock::time_point deadline);
    bool lastErrorWasOverBudget() const;

    // Visitors with an event in the last `windowSecs` (the realtime counter).
    std::optional<qint64> currentVisitors(qint32 siteId, qint64 windowSecs, QueryError *error);
    // Pageviews per minute over the last `minutes` minutes, oldest first (the live view).
    std::optional<QList<qint64>> pageviewsPerMinute(qint32 siteId, int minutes, QueryError *error);
    // Pageviews and custom events stored in [fromSecs, toSecs) (the status line's count).
    std::optional<qint64> activityCount(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                                        QueryError *error);
    // The time of the site's last stored pageview (Unix seconds), 0 when it has none: the
    // alerts' "the tracker stopped" rule.
    std::optional<qint64> lastPageview(qint32 siteId, QueryError *error);
    // Conversions (matching events) of one goal in [fromSecs, toSecs): the goal alerts.
    std::optional<qint64> goalConversions(qint32 siteId, const Matcher &goal, qint64 fromSecs,
                                          qint64 toSecs, QueryError *error);
    // Hits dropped before the store over the period's whole local days, by reason, most
    // first. Counted per day, so a 24 h period answers for the days it touches.
    std::optional<QList<DroppedRow>> dropped(qint32 siteId, const Period &period,
                                             QueryError *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace raycstr::query

#pragma once

#include "query/statsbackend.h"

#include <QByteArray>
#include <memory>

namespace raycstr {
class ClickHouseClient;
struct ClickHouseEndpoint;
struct ClickHouseError;
class RowBinaryReader;
} // namespace raycstr

namespace raycstr::query {

// The ClickHouse backend's read side: every question is SQL that aggregates in the server
// (clickhousesql.h says how fields and filters read). The questions the daily sums answer
// (queryrules.h's useRollups and kin, the rule SQLite follows too) read the `rollups` table
// (store/clickhouserollups.h) with sum() and GROUP BY; the others the `events` table.
// Visits are counted from the sessionizer's per-event bookkeeping the writer stored (visit
// start, bounce and duration deltas): a visit's bounce and duration are the sums of its
// events' deltas, exactly what the SQLite rollups add up. The parity suite
// (tst_queryengine) checks every number against the same reference as SQLite's.
//
// Owns one HTTP client: one thread at a time (a query engine owns one).
class ClickHouseStats final : public StatsBackend
{
public:
    // `forceRaw`: answer everything from raw events (tests check the rollups against it).
    ClickHouseStats(const ClickHouseEndpoint &endpoint, const QString &password,
                    bool forceRaw = false);
    ~ClickHouseStats() override;

    void setDeadline(std::chrono::steady_clock::time_point deadline) override;
    bool lastErrorWasOverBudget() const override;

    std::optional<Metrics> totals(const Scope &scope, QueryError *error) override;
    std::optional<QHash<qint64, Metrics>> series(const Scope &scope, bool hourly,
                                                 QueryError *error) override;
    std::optional<Groups> breakdown(const Scope &scope, const Field &by,
                                    QueryError *error) override;
    std::optional<QHash<QString, Metrics>> acquisitions(const Scope &scope,
                                                        QueryError *error) override;
    std::optional<VitalHistograms> vitals(const Scope &scope, const QStringList &routes,
                                          QueryError *error) override;
    std::optional<QList<GoalCount>> goals(const Scope &scope, const QList<Matcher> &goals,
                                          QueryError *error) override;
    std::optional<std::vector<qint64>> funnel(const Scope &scope, const QList<Matcher> &steps,
                                              QueryError *error) override;
    std::optional<QHash<QString, PropertyKeyRow>> propertyKeys(const Scope &scope,
                                                               QueryError *error) override;
    std::optional<qint64> recentVisitors(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                                         QueryError *error) override;
    std::optional<QList<qint64>> pageviewsPerMinute(qint32 siteId, qint64 firstMinute,
                                                    int minutes, QueryError *error) override;
    std::optional<qint64> activityCount(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                                        QueryError *error) override;
    std::optional<qint64> lastPageview(qint32 siteId, QueryError *error) override;
    std::optional<qint64> goalConversions(qint32 siteId, const QTimeZone &zone,
                                          const Matcher &goal, qint64 fromSecs, qint64 toSecs,
                                          QueryError *error) override;
    std::optional<QList<DroppedRow>> dropped(qint32 siteId, qint64 firstDay, qint64 lastDay,
                                             QueryError *error) override;

private:
    // Runs a SELECT under the time budget; `read` takes the rows (false: a short answer).
    bool select(const QByteArray &sql, const std::function<bool(RowBinaryReader &)> &read,
                QueryError *error);
    // Metrics per group (keys as text): events grouped by `eventKey`, visits that began in
    // the scope by `visitKey`, both over the events meeting `condition` and the filters.
    // With `visitMetrics`, each visit's bounce and duration too.
    std::optional<QHash<QString, Metrics>> groups(const Scope &scope, const QByteArray &eventKey,
                                                  const QByteArray &visitKey,
                                                  const QByteArray &condition, bool exit,
                                                  bool visitMetrics, QueryError *error);
    std::optional<qint64> count(const QByteArray &sql, QueryError *error);
    // Sums from `rollups` of the site's rows of `dim` with slot in [firstSlot, lastSlot]
    // (and `*value`, unless null), grouped by `groupBy` ("slot" or "value") as text.
    std::optional<QHash<QString, Metrics>> rollupSums(const Scope &scope, int dim,
                                                      qint64 firstSlot, qint64 lastSlot,
                                                      const QString *value,
                                                      const QByteArray &groupBy,
                                                      QueryError *error);

    std::unique_ptr<ClickHouseClient> m_client;
    std::chrono::steady_clock::time_point m_deadline;
    bool m_overBudget = false;
    bool m_forceRaw = false;
};

} // namespace raycstr::query

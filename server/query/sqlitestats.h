#pragma once

#include "query/queryengine.h"
#include "query/statsbackend.h"

#include <memory>

namespace raycstr::query {

// The SQLite backend's read side: answers from the rollups where they can (whole days, no
// filter or one equality filter on a visit dimension), from raw events where they must
// (24 h, hourly series, other filters), reading long ranges in two halves on two
// connections. Owns its read-only connections; one per engine, so one per thread.
class SqliteStats final : public StatsBackend
{
public:
    SqliteStats(const QString &databasePath, const QueryEngine::Options &options);
    ~SqliteStats() override;
    SqliteStats(const SqliteStats &) = delete;
    SqliteStats &operator=(const SqliteStats &) = delete;

    // The file must exist and be migrated (the engine checks both first).
    bool open(QString *error);

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

    struct Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace raycstr::query

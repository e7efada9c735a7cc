#pragma once

#include "ui/data/datasource.h"

#include <QHash>
#include <QThread>
#include <functional>
#include <memory>
#include <vector>

namespace raycstr {
class Clock;
class GoalRepository;
class IngestEngine;
} // namespace raycstr

namespace raycstr::ui {

// The in-process data source: the store of a data directory, read by a QueryEngine that
// lives on a worker thread of its own (one engine per thread), so no SQL ever runs on the
// GUI thread. With an IngestEngine (the embedded collector) it also has the live feed and
// tells the collector at once about sites added here.
class LocalDataSource : public DataSource
{
    Q_OBJECT
public:
    LocalDataSource(const QString &dataDir, const Clock *clock, IngestEngine *engine = nullptr,
                    QObject *parent = nullptr);
    ~LocalDataSource() override;

    QString description() const override;
    void setDescription(const QString &text) { m_description = text; }
    bool canAdminister() const override { return true; }

    RequestId requestSites() override;
    RequestId requestAggregate(const QString &slot, const DashboardQuery &q) override;
    RequestId requestTimeseries(const QString &slot, const DashboardQuery &q) override;
    RequestId requestBreakdown(const QString &slot, const DashboardQuery &q, const query::Field &by,
                               int limit) override;
    RequestId requestVitals(const QString &slot, const DashboardQuery &q, int routeLimit) override;
    RequestId requestCurrentVisitors(const QString &slot, const QString &site) override;
    RequestId requestRecentActivity(const QString &slot, const QString &site, int minutes) override;
    RequestId requestEventsToday(const QString &slot) override;
    void setLiveSite(const QString &site) override;

    RequestId addSite(const QString &domain, const QString &timeZone) override;
    RequestId removeSite(const QString &domain) override;
    RequestId requestApiKeys() override;
    RequestId createApiKey(const QString &label, const QString &site, bool admin) override;
    RequestId revokeApiKey(qint64 id) override;

    // Goals and funnels (localdatasource.cpp, end): read by the worker's QueryEngine, written
    // through GoalRepository on the worker's read-write connection.
    RequestId requestGoals(const QString &slot, const DashboardQuery &q) override;
    RequestId requestFunnel(const QString &slot, const DashboardQuery &q,
                            const Funnel &funnel) override;
    RequestId requestPropertyKeys(const QString &slot, const DashboardQuery &q) override;
    RequestId requestSavedGoals(const QString &site) override;
    RequestId addGoal(const QString &site, const QString &name, const Matcher &match) override;
    RequestId removeGoal(const QString &site, qint64 goalId) override;
    RequestId requestSavedFunnels(const QString &site) override;
    RequestId saveFunnel(const QString &site, const Funnel &funnel, bool replace) override;
    RequestId removeFunnel(const QString &site, qint64 funnelId) override;

private:
    class Worker;
    // Runs `job` on the least busy worker thread; `job` returns the function that delivers
    // its answer on the GUI thread (dropped when this source is gone).
    void post(std::function<std::function<void()>(Worker &)> job);
    // Removes a goal or funnel on the worker (`remove` gets the site's id), then reports
    // `message` and emits `changed(site)` on the GUI thread.
    RequestId removeDefinition(const QString &site,
                               std::function<bool(GoalRepository &, qint32, QString *)> remove,
                               const QString &message,
                               void (DataSource::*changed)(const QString &));
    void onEventsStored(const QList<raycstr::LiveEvent> &events);

    QString m_dataDir;
    IngestEngine *m_engine;
    QString m_description;
    // Workers, each with its own thread and connections (one query engine per thread), so
    // on machines with cores to spare a dashboard's questions run side by side.
    std::vector<std::unique_ptr<QThread>> m_threads;
    QList<Worker *> m_workers; // each lives on its thread
    QString m_liveSite;
    qint32 m_liveSiteId = 0;
    QMetaObject::Connection m_liveConnection;
};

} // namespace raycstr::ui

#pragma once

#include "ui/data/datasource.h"

#include <QThread>
#include <functional>
#include <memory>
#include <vector>

namespace raycstr {
class Clock;
class IngestEngine;
} // namespace raycstr

namespace raycstr::ui {

// The in-process data source: the store of a data directory, read by a QueryEngine that
// lives on a worker thread of its own (one engine per thread), so no SQL ever runs on the
// GUI thread. With an IngestEngine (the embedded collector) it also has the live feed and
// tells the collector at once about sites added here.
//
// Every request runs on a worker (localdatasource.cpp: Worker::run, one overload per
// request type); goals and funnels are read by the worker's QueryEngine and written through
// GoalRepository, alert rules through AlertRepository, on the worker's read-write
// connection. What may take long (an export, a test message) runs apart (localjobs.h).
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
    void setLiveSite(const QString &site) override;

protected:
    void answer(AnyCall call) override;

private:
    class Worker;
    // Runs `job` on the least busy worker thread; `job` returns the function that delivers
    // its answer on the GUI thread (dropped when this source is gone).
    void post(std::function<std::function<void()>(Worker &)> job);
    // Runs `call` on a worker and hands its answer back.
    template<typename R> void runOnWorker(Call<R> call);
    // Runs `call` on a thread of the global pool (localjobs.h: exports, test messages).
    template<typename R> void runApart(Call<R> call);
    void onEventsStored(const QList<raycstr::LiveEvent> &events);

    QString m_dataDir;
    const Clock *m_clock;
    IngestEngine *m_engine;
    QList<std::weak_ptr<Progress>> m_exports; // exports and imports: cancelled when this source goes
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

#pragma once

#include "core/event.h"
#include "core/liveevent.h"
#include "engine/ingestqueue.h"
#include "ingest/pipeline.h"
#include "store/sites.h"
#include "store/storelocation.h"

#include <QObject>
#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace raycstr {

class Clock;
class EventStore;

struct EngineOptions
{
    QString dataDir;
    // Where events go: the data directory's SQLite file (default) or ClickHouse, with the
    // ClickHouse user's password (never logged). Sites stay in the data directory.
    StoreLocation store;
    QString storePassword;
    QString geoIpDatabase; // empty: none (countries stay empty)
    QString userAgentRegexes; // empty: none (bots still filtered, browsers unknown)
    QString botRules; // site-local bot/referrer-spam rules file; empty: the built-in lists only
    IngestQueue::Limits queue;
    int retentionDays = 90;
    size_t maxBatch = 20000; // hits per transaction at most
    int idleWaitMs = 200; // how long the writer sleeps when idle
    // Under load the writer gathers hits for this long before a commit: rollup upserts
    // cost per batch, not per event, so a few larger batches beat many small ones. Well
    // inside the promise that an accepted hit is on disk within a second. A store may ask
    // for longer (EventStore::batchWindowMs: ClickHouse, one INSERT a second).
    int batchWindowMs = 100;
    // Once stop() is called, a store that still cannot write gets this long before the
    // writer gives up on the events it holds (the systemd unit's TimeoutStopSec is longer:
    // installer/linux/raycstr-server.service.in).
    int stopRetryBudgetMs = 60000;
    // A seam for tests: wraps the store the engine opened (e.g. a double that fails writes
    // on demand). Empty: the SQLite store as it is.
    std::function<std::unique_ptr<EventStore>(std::unique_ptr<EventStore>)> wrapStore;
};

// What submit() did with a request's hits. Every refusal is a 503 for the client, with a
// reason a monitor (and an admin reading a log) can tell apart.
enum class SubmitResult {
    Queued,
    Busy, // the queue is full: the writer is behind (overload)
    DiskFull, // the store cannot write because the disk is full
    WriteFailing, // the store cannot write for another reason (see lastWriteError)
    Closed, // shutting down
};

// The ingest side of the server: accepts hits from any thread, and on one writer thread
// runs the privacy pipeline, the sessionizer and the store. Also runs the periodic jobs
// that belong to the writer (salt deletion, visitor expiry, retention).
//
// start() returns at once: the writer thread first rebuilds the sessionizer from today's
// stored events (seconds on a busy day) while hits already queue up, so they are counted
// exactly as if the server had never stopped. A hit answered 2xx is never dropped: a failed
// write is retried (with back-off) for as long as the server runs, and meanwhile submit()
// refuses new hits, saying whether the disk is full.
class IngestEngine : public QObject
{
    Q_OBJECT
public:
    // Retries of a failed write: the delay doubles from the first to the longest.
    static constexpr int RetryFirstDelayMs = 100;
    static constexpr int RetryLongestDelayMs = 2000;
    // Periodic jobs of the writer thread.
    static constexpr qint64 MaintenanceIntervalSecs = 60;
    static constexpr qint64 RetentionIntervalSecs = 3600;

    explicit IngestEngine(const Clock *clock, QObject *parent = nullptr);
    ~IngestEngine() override;

    bool start(const EngineOptions &options, QString *error);
    // Stops accepting, writes everything accepted so far, then stops the writer thread.
    void stop();
    bool isRunning() const { return m_thread.joinable(); }

    // Thread-safe. Hits need siteId, timestampMs, ip and userAgent set.
    SubmitResult submit(QList<Hit> &&hits);
    // Blocks until every hit submitted before the call is processed and committed
    // (or `timeoutMs` passes). For tests and orderly shutdown.
    bool flush(int timeoutMs = 10000);

    SiteDirectory &sites() { return *m_sites; }
    const Clock *clock() const { return m_clock; }
    QString dataDir() const { return m_options.dataDir; }
    IngestQueue::Limits queueLimits() const { return m_options.queue; }

    enum class State {
        Starting, // rebuilding today's visits; hits are queued meanwhile
        Running,
        DiskFull, // writes fail for want of space; hits are refused
        WriteFailing, // writes fail otherwise; hits are refused
        Stopped,
    };
    static QString stateName(State state); // "starting", "ok", "disk_full", …

    // Everything here is thread-safe (read by the health and metrics routes).
    struct Counters
    {
        qint64 accepted = 0; // hits queued
        qint64 rejectedBusy = 0; // hits refused with 503 because the queue was full
        qint64 rejectedDiskFull = 0; // … because the disk was full
        qint64 rejectedWriteFailing = 0; // … because writes failed otherwise
        qint64 rejectedClosed = 0; // … because the engine was stopping
        qint64 stored = 0;
        // Hits the pipeline did not store, by ingest/pipeline.h DropReason (index 0 unused).
        std::array<qint64, size_t(DropReason::Count)> dropped {};
        qint64 droppedFor(DropReason reason) const { return dropped[size_t(reason)]; }
        qint64 writeFailures = 0; // failed write attempts (each retry counts)
        qint64 lost = 0; // events given up on at stop (the store never came back)
        qint64 queued = 0; // waiting right now
        qint64 queuedBytes = 0;
    };
    Counters counters() const;
    State state() const { return State(m_state.load()); }
    // The last failed write's message and when it happened (0: never).
    QString lastWriteError(qint64 *atSecs = nullptr) const;

Q_SIGNALS:
    // Emitted from the writer thread after each commit; connect with a queued connection.
    void eventsStored(const QList<raycstr::LiveEvent> &events);

private:
    struct Worker;
    void run();
    // The writer thread's steps, in the order run() takes them.
    void restoreSessions(Worker &w);
    bool gatherBatch(Worker &w);
    void refreshTimeZones(Worker &w);
    void processBatch(Worker &w);
    void writeBatch(Worker &w);
    void announceLive(const Worker &w);
    void markDone(qint64 processed);
    void runPeriodicJobs(Worker &w, qint64 now);

    void setWriteProblem(State state, const QString &error);

    const Clock *m_clock;
    EngineOptions m_options;
    std::unique_ptr<IngestQueue> m_queue;
    std::unique_ptr<SiteDirectory> m_sites;
    std::unique_ptr<Worker> m_worker;
    std::thread m_thread;

    std::atomic<int> m_state {int(State::Stopped)};
    std::atomic<qint64> m_accepted {0};
    std::atomic<qint64> m_rejectedBusy {0};
    std::atomic<qint64> m_rejectedDiskFull {0};
    std::atomic<qint64> m_rejectedWriteFailing {0};
    std::atomic<qint64> m_rejectedClosed {0};
    std::atomic<qint64> m_stored {0};
    std::array<std::atomic<qint64>, size_t(DropReason::Count)> m_dropped {};
    std::atomic<qint64> m_writeFailures {0};
    std::atomic<qint64> m_lost {0};

    mutable std::mutex m_errorMutex;
    QString m_lastWriteError;
    qint64 m_lastWriteErrorAt = 0;

    // flush(): hits are numbered as they are submitted and as they are done with.
    std::mutex m_doneMutex;
    std::condition_variable m_doneChanged;
    qint64 m_done = 0;
};

} // namespace raycstr

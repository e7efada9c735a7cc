#pragma once

#include "core/event.h"
#include "engine/ingestqueue.h"
#include "store/sites.h"

#include <QObject>
#include <atomic>
#include <memory>
#include <thread>

namespace raycstr {

class Clock;
class GeoIp;

// What the live view and the SSE stream get for each stored pageview or custom event:
// enough to show, nothing that identifies a person.
struct LiveEvent
{
    qint32 siteId = 0;
    qint64 ts = 0;
    EventKind kind = EventKind::Pageview;
    QString path;
    QString name;
    QString source;
    QString country;
    QString device;
    QString browser;
    bool visitStart = false;
};

struct EngineOptions
{
    QString dataDir;
    QString geoIpDatabase; // empty: none (countries stay empty)
    QString userAgentRegexes; // empty: none (bots still filtered, browsers unknown)
    IngestQueue::Limits queue;
    int retentionDays = 90;
    size_t maxBatch = 20000; // hits per transaction at most
    int idleWaitMs = 200; // how long the writer sleeps when idle
    // Under load the writer gathers hits for this long before a commit: rollup upserts
    // cost per batch, not per event, so a few larger batches beat many small ones. Well
    // inside the promise that an accepted hit is on disk within a second.
    int batchWindowMs = 100;
};

// The ingest side of the server: accepts hits from any thread, and on one writer thread
// runs the privacy pipeline, the sessionizer and the store. Also runs the periodic jobs
// that belong to the writer (salt deletion, visitor expiry, retention).
class IngestEngine : public QObject
{
    Q_OBJECT
public:
    explicit IngestEngine(const Clock *clock, QObject *parent = nullptr);
    ~IngestEngine() override;

    bool start(const EngineOptions &options, QString *error);
    // Stops accepting, writes everything accepted so far, then stops the writer thread.
    void stop();
    bool isRunning() const { return m_thread.joinable(); }

    // Thread-safe. Hits need siteId, timestampMs, ip and userAgent set.
    IngestQueue::Result submit(QList<Hit> &&hits);
    // Blocks until every hit submitted before the call is processed and committed
    // (or `timeoutMs` passes). For tests and orderly shutdown.
    bool flush(int timeoutMs = 10000);

    SiteDirectory &sites() { return *m_sites; }
    const Clock *clock() const { return m_clock; }
    QString dataDir() const { return m_options.dataDir; }

    struct Counters
    {
        qint64 accepted = 0; // hits queued
        qint64 rejectedBusy = 0; // hits refused with 503
        qint64 stored = 0;
        qint64 droppedBots = 0;
        qint64 droppedOther = 0;
        qint64 writeFailures = 0;
        qint64 queued = 0; // waiting right now
    };
    Counters counters() const;

Q_SIGNALS:
    // Emitted from the writer thread after each commit; connect with a queued connection.
    void eventsStored(const QList<raycstr::LiveEvent> &events);

private:
    struct Worker;
    void run();
    bool restoreSessions(Worker &worker, QString *error);

    const Clock *m_clock;
    EngineOptions m_options;
    std::unique_ptr<IngestQueue> m_queue;
    std::unique_ptr<SiteDirectory> m_sites;
    std::unique_ptr<Worker> m_worker;
    std::thread m_thread;

    std::atomic<qint64> m_accepted {0};
    std::atomic<qint64> m_rejectedBusy {0};
    std::atomic<qint64> m_stored {0};
    std::atomic<qint64> m_droppedBots {0};
    std::atomic<qint64> m_droppedOther {0};
    std::atomic<qint64> m_writeFailures {0};

    // flush(): hits are numbered as they are submitted and as they are done with.
    std::mutex m_doneMutex;
    std::condition_variable m_doneChanged;
    qint64 m_done = 0;
};

} // namespace raycstr

Q_DECLARE_METATYPE(raycstr::LiveEvent)

#include "engine/ingestengine.h"

#include "core/clock.h"
#include "core/logging.h"
#include "ingest/geoip.h"
#include "ingest/pipeline.h"
#include "ingest/useragentparser.h"
#include "store/database.h"
#include "store/sqliteeventstore.h"

#include <QMetaMethod>
#include <QThread>

#ifdef Q_OS_LINUX
#include <pthread.h>
#include <sched.h>
#endif

namespace raycstr {

// Everything the writer thread owns; created in start(), used only on that thread.
struct IngestEngine::Worker
{
    SqliteDb db;
    std::unique_ptr<SqliteEventStore> store;
    std::unique_ptr<GeoIp> geoIp;
    UserAgentParser userAgents;
    std::unique_ptr<Pipeline> pipeline;
    quint64 siteGeneration = 0;
    qint64 lastMaintenance = 0;
    qint64 lastRetention = 0;
};

IngestEngine::IngestEngine(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    qRegisterMetaType<raycstr::LiveEvent>();
    qRegisterMetaType<QList<raycstr::LiveEvent>>();
}

IngestEngine::~IngestEngine()
{
    stop();
}

bool IngestEngine::start(const EngineOptions &options, QString *error)
{
    if (isRunning()) {
        *error = QStringLiteral("already running");
        return false;
    }
    m_options = options;
    auto worker = std::make_unique<Worker>();
    if (!Database::open(&worker->db, options.dataDir, error))
        return false;
    worker->store = std::make_unique<SqliteEventStore>(&worker->db);

    QString warning;
    worker->geoIp = openGeoIp(options.geoIpDatabase, &warning);
    if (!warning.isEmpty())
        qCWarning(lcIngest, "%s", qPrintable(warning));
    if (!options.userAgentRegexes.isEmpty()) {
        QString uaError;
        if (!worker->userAgents.load(options.userAgentRegexes, &uaError))
            qCWarning(lcIngest, "browser detection off: %s", qPrintable(uaError));
    } else {
        qCWarning(lcIngest, "no uap-core regexes.yaml found: browsers and OSes will be unknown");
    }
    worker->pipeline = std::make_unique<Pipeline>(m_clock, worker->geoIp.get(), &worker->userAgents,
                                                  worker->store->salts());

    m_sites = std::make_unique<SiteDirectory>(Database::pathIn(options.dataDir));
    if (!m_sites->reload(error))
        return false;
    if (!restoreSessions(*worker, error))
        return false;
    m_queue = std::make_unique<IngestQueue>(options.queue);
    m_worker = std::move(worker);
    m_done = m_accepted.load();
    m_thread = std::thread([this] { run(); });
    return true;
}

bool IngestEngine::restoreSessions(Worker &w, QString *error)
{
    // After a restart the sessionizer knows nobody: without this, everyone seen earlier
    // today would count as a new visitor again and running visits would be cut in two.
    // Replaying today's stored events (from half an hour before local midnight, for visits
    // running across it) rebuilds exactly the state the writer had.
    const qint64 now = m_clock->nowSecs();
    qint64 replayed = 0;
    for (const Site &site : m_sites->sites()) {
        w.pipeline->setSiteTimeZone(site.id, QTimeZone(site.timeZone.toUtf8()));
        SiteTime &time = w.pipeline->siteTime(site.id);
        const qint64 from = time.dayStart(time.slot(now).day) - Sessionizer::DefaultTimeoutSecs;
        if (!w.store->replay(
                site.id, from, now + 1,
                [&](Event &e) {
                    w.pipeline->replay(e);
                    ++replayed;
                },
                error))
            return false;
    }
    w.siteGeneration = m_sites->generation();
    if (replayed > 0)
        qCInfo(lcIngest, "restored today's visits from %lld stored events", replayed);
    return true;
}

void IngestEngine::stop()
{
    if (!m_thread.joinable())
        return;
    m_queue->close(); // the writer drains what is queued, then leaves its loop
    m_thread.join();
    m_worker.reset(); // closes the database (and checkpoints the WAL)
}

IngestQueue::Result IngestEngine::submit(QList<Hit> &&hits)
{
    const qsizetype n = hits.size();
    if (!m_queue)
        return IngestQueue::Result::Closed;
    const auto result = m_queue->push(std::move(hits));
    if (result == IngestQueue::Result::Queued)
        m_accepted.fetch_add(n);
    else if (result == IngestQueue::Result::Full)
        m_rejectedBusy.fetch_add(n);
    return result;
}

bool IngestEngine::flush(int timeoutMs)
{
    const qint64 target = m_accepted.load();
    std::unique_lock lock(m_doneMutex);
    return m_doneChanged.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                  [&] { return m_done >= target; });
}

IngestEngine::Counters IngestEngine::counters() const
{
    Counters c;
    c.accepted = m_accepted.load();
    c.rejectedBusy = m_rejectedBusy.load();
    c.stored = m_stored.load();
    c.droppedBots = m_droppedBots.load();
    c.droppedOther = m_droppedOther.load();
    c.writeFailures = m_writeFailures.load();
    c.queued = m_queue ? qint64(m_queue->size()) : 0;
    return c;
}

void IngestEngine::run()
{
#ifdef Q_OS_LINUX
    // The writer works in bursts of throughput; the HTTP thread answers requests and is
    // the one whose latency users see. SCHED_BATCH keeps the writer's CPU share but stops
    // it from preempting the HTTP thread when it wakes up for the next batch.
    sched_param param {};
    pthread_setschedparam(pthread_self(), SCHED_BATCH, &param);
#endif
    Worker &w = *m_worker;
    std::deque<Hit> hits;
    std::vector<Event> events;
    QHash<QPair<qint32, QPair<qint64, int>>, qint64> drops;
    const QMetaMethod storedSignal = QMetaMethod::fromSignal(&IngestEngine::eventsStored);

    auto lastCommit = std::chrono::steady_clock::now();
    for (;;) {
        // Let a batch build up, unless it is already big or we are shutting down.
        const auto sinceCommit = std::chrono::steady_clock::now() - lastCommit;
        const auto window = std::chrono::milliseconds(m_options.batchWindowMs);
        if (sinceCommit < window && m_queue->size() < m_options.maxBatch / 2 && !m_queue->isClosed())
            m_queue->waitFor(m_options.maxBatch / 2, window - sinceCommit);
        const bool more = m_queue->take(hits, m_options.maxBatch,
                                        std::chrono::milliseconds(m_options.idleWaitMs));
        const qint64 now = m_clock->nowSecs();

        if (w.siteGeneration != m_sites->generation()) {
            w.siteGeneration = m_sites->generation();
            for (const Site &s : m_sites->sites())
                w.pipeline->setSiteTimeZone(s.id, QTimeZone(s.timeZone.toUtf8()));
        }

        events.clear();
        drops.clear();
        events.reserve(hits.size());
        for (Hit &hit : hits) {
            Event e;
            DropReason reason;
            const qint32 siteId = hit.siteId;
            const qint64 ts = hit.timestampMs / 1000;
            if (w.pipeline->process(std::move(hit), &e, &reason)) {
                events.push_back(std::move(e));
            } else {
                const qint64 day = w.pipeline->siteTime(siteId).slot(ts).day;
                drops[{siteId, {day, int(reason)}}] += 1;
                (reason == DropReason::Bot ? m_droppedBots : m_droppedOther).fetch_add(1);
            }
        }
        const qint64 processed = qint64(hits.size());
        hits.clear(); // the last references to IPs and User-Agents go here

        if (!events.empty() || !drops.isEmpty()) {
            QList<DropCount> dropList;
            for (auto it = drops.cbegin(); it != drops.cend(); ++it)
                dropList.append({it.key().first, it.key().second.first,
                                 dropReasonName(DropReason(it.key().second.second)), it.value()});
            // A failed write (disk full, locked by a backup) is retried: the events were
            // accepted with 2xx and must not be lost. Meanwhile the queue fills and the
            // collector answers 503, which is the back-pressure we want.
            int attempt = 0;
            QString error;
            while (!w.store->write(events, dropList, &error)) {
                m_writeFailures.fetch_add(1);
                qCWarning(lcStore, "writing %zu events failed (attempt %d): %s", events.size(),
                          attempt + 1, qPrintable(error));
                error.clear();
                if (++attempt >= 50) {
                    qCCritical(lcStore, "giving up on %zu events after %d attempts", events.size(),
                               attempt);
                    break;
                }
                QThread::msleep(qMin(100 * attempt, 2000));
            }
            if (attempt < 50)
                m_stored.fetch_add(qint64(events.size()));
            lastCommit = std::chrono::steady_clock::now();

            if (isSignalConnected(storedSignal)) {
                QList<LiveEvent> live;
                for (const Event &e : events) {
                    if (e.kind != EventKind::Pageview && e.kind != EventKind::Custom)
                        continue;
                    live.append({e.siteId, e.ts, e.kind, e.path, e.name, e.acquisition.source,
                                 e.country, deviceTypeName(e.agent.device), e.agent.browser,
                                 e.hasFlag(EventFlag::VisitStart)});
                }
                if (!live.isEmpty())
                    Q_EMIT eventsStored(live);
            }
        }
        if (processed > 0) {
            std::lock_guard lock(m_doneMutex);
            m_done += processed;
            m_doneChanged.notify_all();
        }

        if (now - w.lastMaintenance >= 60) {
            w.lastMaintenance = now;
            w.pipeline->maintain();
        }
        if (now - w.lastRetention >= 3600) {
            w.lastRetention = now;
            QString error;
            const qint64 deleted = w.store->deleteEventsBefore(
                now - qint64(m_options.retentionDays) * SecsPerDay, &error);
            if (deleted < 0)
                qCWarning(lcStore, "retention failed: %s", qPrintable(error));
            else if (deleted > 0)
                qCInfo(lcStore, "retention: deleted %lld raw events older than %d days", deleted,
                       m_options.retentionDays);
        }
        if (!more)
            break;
    }
}

} // namespace raycstr

#include "engine/ingestengine.h"

#include "core/clock.h"
#include "core/logging.h"
#include "ingest/botfilter.h"
#include "ingest/geoip.h"
#include "ingest/pipeline.h"
#include "ingest/referrerspamfilter.h"
#include "ingest/useragentparser.h"
#include "store/clickhouseeventstore.h"
#include "store/database.h"
#include "store/sqliteeventstore.h"

#include <QFile>
#include <QMetaMethod>
#include <QThread>
#include <optional>

#ifdef Q_OS_LINUX
#include <pthread.h>
#include <sched.h>
#endif

namespace raycstr {

// Everything the writer thread owns; created in start(), used only on that thread.
struct IngestEngine::Worker
{
    SqliteDb db;
    std::unique_ptr<EventStore> store;
    std::unique_ptr<GeoIp> geoIp;
    std::unique_ptr<BotFilter> botFilter; // with the site-local rules, when there are any
    std::unique_ptr<ReferrerSpamFilter> referrerSpam;
    UserAgentParser userAgents;
    std::unique_ptr<Pipeline> pipeline;
    quint64 siteGeneration = 0;
    qint64 lastMaintenance = 0;
    qint64 lastRetention = 0;
    std::chrono::steady_clock::time_point lastCommit;
    // The batch in hand: hits taken from the queue, the events and drop counts they gave.
    std::deque<Hit> hits;
    std::vector<Event> events;
    QList<DropCount> drops;
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

QString IngestEngine::stateName(State state)
{
    switch (state) {
    case State::Starting:
        return QStringLiteral("starting");
    case State::Running:
        return QStringLiteral("ok");
    case State::DiskFull:
        return QStringLiteral("disk_full");
    case State::WriteFailing:
        return QStringLiteral("write_failing");
    case State::Stopped:
        break;
    }
    return QStringLiteral("stopped");
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
    if (options.store.isClickHouse()) {
        // Events of a site that is not (or no longer) in the data directory are dropped,
        // as the SQLite store does; asked on the writer's own connection.
        SqliteDb *db = &worker->db;
        auto siteExists = [db](qint32 siteId) {
            Statement st(*db, "SELECT 1 FROM sites WHERE id = ?");
            st.bind(1, qint64(siteId));
            return st.next();
        };
        worker->store = ClickHouseEventStore::open(
            std::make_unique<ClickHouseClient>(options.store.clickHouse(), options.storePassword),
            siteExists, error);
        if (!worker->store)
            return false;
        qCInfo(lcIngest, "events go to %s", qPrintable(options.store.toDisplayString()));
    } else {
        worker->store = std::make_unique<SqliteEventStore>(&worker->db);
    }
    if (options.wrapStore)
        worker->store = options.wrapStore(std::move(worker->store));

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
    if (!options.botRules.isEmpty()) {
        // The site-local rules (README: "bot_rules"): a broken rule stops the start, so a
        // typo never silently lets bots through or drops people.
        QFile file(options.botRules);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("bot_rules %1: %2").arg(options.botRules, file.errorString());
            return false;
        }
        const QString rules = QString::fromUtf8(file.readAll());
        QString ruleError;
        worker->botFilter = BotFilter::create(rules, &ruleError);
        if (!worker->botFilter) {
            *error = QStringLiteral("bot_rules %1: %2").arg(options.botRules, ruleError);
            return false;
        }
        worker->referrerSpam = ReferrerSpamFilter::create(rules);
        worker->userAgents.setBotFilter(worker->botFilter.get());
        worker->pipeline->setReferrerSpamFilter(worker->referrerSpam.get());
    }

    m_sites = std::make_unique<SiteDirectory>(Database::pathIn(options.dataDir));
    if (!m_sites->reload(error))
        return false;
    m_queue = std::make_unique<IngestQueue>(options.queue);
    m_worker = std::move(worker);
    m_done = m_accepted.load();
    m_state.store(int(State::Starting));
    m_thread = std::thread([this] { run(); });
    return true;
}

void IngestEngine::stop()
{
    if (!m_thread.joinable())
        return;
    m_queue->close(); // the writer drains what is queued, then leaves its loop
    m_thread.join();
    m_worker.reset(); // closes the database (and checkpoints the WAL)
    m_state.store(int(State::Stopped));
}

SubmitResult IngestEngine::submit(QList<Hit> &&hits)
{
    const qsizetype n = hits.size();
    if (!m_queue)
        return SubmitResult::Closed;
    // While the store cannot write, queuing more would only grow what a failing disk may
    // never take: refuse at once, and say why.
    switch (state()) {
    case State::DiskFull:
        m_rejectedDiskFull.fetch_add(n);
        return SubmitResult::DiskFull;
    case State::WriteFailing:
        m_rejectedWriteFailing.fetch_add(n);
        return SubmitResult::WriteFailing;
    default:
        break;
    }
    switch (m_queue->push(std::move(hits))) {
    case IngestQueue::Result::Queued:
        m_accepted.fetch_add(n);
        return SubmitResult::Queued;
    case IngestQueue::Result::Full:
        m_rejectedBusy.fetch_add(n);
        return SubmitResult::Busy;
    case IngestQueue::Result::Closed:
        break;
    }
    m_rejectedClosed.fetch_add(n);
    return SubmitResult::Closed;
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
    c.rejectedDiskFull = m_rejectedDiskFull.load();
    c.rejectedWriteFailing = m_rejectedWriteFailing.load();
    c.rejectedClosed = m_rejectedClosed.load();
    c.stored = m_stored.load();
    for (size_t i = 0; i < m_dropped.size(); ++i)
        c.dropped[i] = m_dropped[i].load();
    c.writeFailures = m_writeFailures.load();
    c.lost = m_lost.load();
    c.queued = m_queue ? qint64(m_queue->size()) : 0;
    c.queuedBytes = m_queue ? qint64(m_queue->bytes()) : 0;
    return c;
}

QString IngestEngine::lastWriteError(qint64 *atSecs) const
{
    std::lock_guard lock(m_errorMutex);
    if (atSecs)
        *atSecs = m_lastWriteErrorAt;
    return m_lastWriteError;
}

void IngestEngine::setWriteProblem(State state, const QString &error)
{
    if (!error.isEmpty()) {
        std::lock_guard lock(m_errorMutex);
        m_lastWriteError = error;
        m_lastWriteErrorAt = m_clock->nowSecs();
    }
    m_state.store(int(state));
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
    restoreSessions(w);
    w.lastCommit = std::chrono::steady_clock::now();
    for (;;) {
        const bool more = gatherBatch(w);
        const qint64 now = m_clock->nowSecs();
        refreshTimeZones(w);
        processBatch(w);
        const qint64 processed = qint64(w.hits.size());
        w.hits.clear(); // the last references to IPs and User-Agents go here
        if (!w.events.empty() || !w.drops.isEmpty()) {
            writeBatch(w);
            announceLive(w);
        }
        markDone(processed);
        runPeriodicJobs(w, now);
        if (!more)
            break;
    }
}

void IngestEngine::restoreSessions(Worker &w)
{
    // After a restart the sessionizer knows nobody: without this, everyone seen earlier
    // today would count as a new visitor again and running visits would be cut in two.
    // Replaying today's stored events (from half an hour before local midnight, for visits
    // running across it) rebuilds exactly the state the writer had. It runs here, on the
    // writer thread, before the first batch: the server listens at once, and the hits that
    // arrive meanwhile wait in the queue, to be sessionized after everything stored.
    const qint64 now = m_clock->nowSecs();
    qint64 replayed = 0;
    w.siteGeneration = m_sites->generation();
    for (const Site &site : m_sites->sites()) {
        w.pipeline->setSiteTimeZone(site.id, QTimeZone(site.timeZone.toUtf8()));
        SiteTime &time = w.pipeline->siteTime(site.id);
        const qint64 from = time.dayStart(time.slot(now).day) - Sessionizer::DefaultTimeoutSecs;
        QString error;
        const bool ok = w.store->replay(
            site.id, from, now + 1,
            [&](Event &e) {
                w.pipeline->replay(e);
                ++replayed;
            },
            &error);
        if (!ok) // counting goes on; some of today's returning visitors count as new
            qCCritical(lcIngest, "could not restore today's visits of site %d: %s", site.id,
                       qPrintable(error));
    }
    if (replayed > 0)
        qCInfo(lcIngest, "restored today's visits from %lld stored events", replayed);
    m_state.store(int(State::Running));
}

bool IngestEngine::gatherBatch(Worker &w)
{
    // Let a batch build up, unless it is already big or we are shutting down.
    const auto sinceCommit = std::chrono::steady_clock::now() - w.lastCommit;
    const auto window
        = std::chrono::milliseconds(qMax(m_options.batchWindowMs, w.store->batchWindowMs()));
    if (sinceCommit < window && m_queue->size() < m_options.maxBatch / 2 && !m_queue->isClosed())
        m_queue->waitFor(m_options.maxBatch / 2, window - sinceCommit);
    return m_queue->take(w.hits, m_options.maxBatch,
                         std::chrono::milliseconds(m_options.idleWaitMs));
}

void IngestEngine::refreshTimeZones(Worker &w)
{
    if (w.siteGeneration == m_sites->generation())
        return;
    w.siteGeneration = m_sites->generation();
    for (const Site &s : m_sites->sites())
        w.pipeline->setSiteTimeZone(s.id, QTimeZone(s.timeZone.toUtf8()));
}

void IngestEngine::processBatch(Worker &w)
{
    // Drops are counted per site, local day and reason.
    QHash<QPair<qint32, QPair<qint64, int>>, qint64> drops;
    w.events.clear();
    w.events.reserve(w.hits.size());
    for (Hit &hit : w.hits) {
        Event e;
        DropReason reason;
        const qint32 siteId = hit.siteId;
        const qint64 ts = hit.timestampMs / 1000;
        if (w.pipeline->process(std::move(hit), &e, &reason)) {
            w.events.push_back(std::move(e));
        } else {
            const qint64 day = w.pipeline->siteTime(siteId).slot(ts).day;
            drops[{siteId, {day, int(reason)}}] += 1;
            m_dropped[size_t(reason)].fetch_add(1);
        }
    }
    w.drops.clear();
    for (auto it = drops.cbegin(); it != drops.cend(); ++it)
        w.drops.append({it.key().first, it.key().second.first,
                        dropReasonName(DropReason(it.key().second.second)), it.value()});
}

void IngestEngine::writeBatch(Worker &w)
{
    // The events were accepted with 2xx and must not be lost: a failed write (disk full,
    // locked by a backup) is retried for as long as the server runs. Meanwhile submit()
    // refuses new hits with the reason, and once a write succeeds the queue drains.
    int attempt = 0;
    int delayMs = RetryFirstDelayMs;
    std::optional<std::chrono::steady_clock::time_point> giveUpAt;
    QString error;
    while (!w.store->write(w.events, w.drops, &error)) {
        ++attempt;
        m_writeFailures.fetch_add(1);
        const bool full = w.store->isDiskFull(error);
        setWriteProblem(full ? State::DiskFull : State::WriteFailing, error);
        // The first failure and then about one a minute: enough to see it is still on.
        if (attempt == 1 || attempt % 30 == 0)
            qCWarning(lcStore, "writing %zu events failed (attempt %d, retrying): %s",
                      w.events.size(), attempt, qPrintable(error));
        error.clear();
        if (m_queue->isClosed()) {
            const auto now = std::chrono::steady_clock::now();
            if (!giveUpAt)
                giveUpAt = now + std::chrono::milliseconds(m_options.stopRetryBudgetMs);
            if (now >= *giveUpAt) {
                m_lost.fetch_add(qint64(w.events.size()));
                qCCritical(lcStore, "stopping: gave up on %zu accepted events after %d attempts",
                           w.events.size(), attempt);
                return;
            }
        }
        QThread::msleep(ulong(delayMs));
        delayMs = qMin(delayMs * 2, RetryLongestDelayMs);
    }
    if (attempt > 0) {
        qCInfo(lcStore, "writes work again after %d failed attempts", attempt);
        m_state.store(int(State::Running));
    }
    m_stored.fetch_add(qint64(w.events.size()));
    w.lastCommit = std::chrono::steady_clock::now();
}

void IngestEngine::announceLive(const Worker &w)
{
    static const QMetaMethod storedSignal = QMetaMethod::fromSignal(&IngestEngine::eventsStored);
    if (!isSignalConnected(storedSignal))
        return;
    QList<LiveEvent> live;
    for (const Event &e : w.events) {
        if (e.kind != EventKind::Pageview && e.kind != EventKind::Custom)
            continue;
        live.append({e.siteId, e.ts, e.kind, e.path, e.name, e.acquisition.source, e.country,
                     deviceTypeName(e.agent.device), e.agent.browser,
                     e.hasFlag(EventFlag::VisitStart)});
    }
    if (!live.isEmpty())
        Q_EMIT eventsStored(live);
}

void IngestEngine::markDone(qint64 processed)
{
    if (processed == 0)
        return;
    std::lock_guard lock(m_doneMutex);
    m_done += processed;
    m_doneChanged.notify_all();
}

void IngestEngine::runPeriodicJobs(Worker &w, qint64 now)
{
    if (now - w.lastMaintenance >= MaintenanceIntervalSecs) {
        w.lastMaintenance = now;
        w.pipeline->maintain();
    }
    if (now - w.lastRetention >= RetentionIntervalSecs) {
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
}

} // namespace raycstr

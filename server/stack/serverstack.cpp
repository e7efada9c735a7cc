#include "stack/serverstack.h"

#include "api/alertsapi.h"
#include "api/apiaccess.h"
#include "api/authapi.h"
#include "api/collector.h"
#include "api/exportapi.h"
#include "api/goalsapi.h"
#include "api/sitesapi.h"
#include "api/healthapi.h"
#include "api/livestream.h"
#include "api/openapi.h"
#include "api/plausibleapi.h"
#include "api/plausiblev2api.h"
#include "api/reportsapi.h"
#include "api/statsapi.h"
#include "api/webdashboard.h"
#include "auth/loginratelimiter.h"
#include "auth/passwordstore.h"
#include "auth/tokenstore.h"
#include "core/clock.h"
#include "engine/ingestengine.h"
#include "http/clientaddress.h"
#include "http/httpserver.h"
#include "query/queryengine.h"
#include "query/querypool.h"
#include "report/alertscheduler.h"
#include "report/reportscheduler.h"
#include "store/backupscheduler.h"
#include "store/storelocation.h"

#include <QCoreApplication>

namespace raycstr {

// Declared in the order they are built; destroyed in reverse, so the live stream goes
// before the HTTP server and both before the stores they use.
struct ServerStack::Parts
{
    Parts(const Clock *clock, const ServerConfig &config, IngestEngine *engine,
          const query::QueryEngine::Options &counting)
        : tokens(clock)
        , passwords(clock)
        , liveTokens(clock)
        , queries(config.dataDir, clock, counting)
        , liveQueries(config.dataDir, clock, counting)
        , collector(engine, config)
        , access(&tokens)
        , loginLimiter(clock)
        , authApi(&passwords, &tokens, &loginLimiter)
        , stats(&queries, &pool, &access)
        , plausible(&queries, &pool, &access)
        , plausibleV2(&queries, &pool, &access)
        , web(&access)
        , goals(&queries, &access, clock)
        , sites(&queries, &access)
        , alerts(&queries, &access, clock, config.alerts)
        , exports(&queries, &pool, &access, clock)
        , reports(&queries, &access, clock, config)
        , health(engine, &access)
        , pool(config.dataDir, clock, poolOptions(config, counting))
    { }
    static query::QueryPool::Options poolOptions(const ServerConfig &config,
                                                 const query::QueryEngine::Options &counting)
    {
        query::QueryPool::Options o;
        o.engine = counting;
        o.workers = config.queryWorkers;
        o.budget = std::chrono::seconds(config.queryTimeoutSecs);
        return o;
    }

    auth::TokenStore tokens;
    auth::PasswordStore passwords;
    auth::TokenStore liveTokens; // used only by the live stream's thread
    // One query engine per thread: on the HTTP thread for sites and key checks (the
    // questions go to `pool`), the live stream's visitor counter on the stream thread.
    query::QueryEngine queries;
    query::QueryEngine liveQueries;
    HttpServer http;
    Collector collector;
    ApiAccess access;
    auth::LoginRateLimiter loginLimiter;
    AuthApi authApi;
    StatsApi stats;
    PlausibleApi plausible;
    PlausibleV2Api plausibleV2;
    WebDashboard web; // the web face: /, /share/<site>, /app/*
    GoalsApi goals; // goal and funnel definitions; reports through `stats`
    SitesApi sites; // the sites a key may read, a site's time zone
    AlertsApi alerts; // alert rules (admin key)
    ExportApi exports; // the dashboard zip, on `pool`
    ReportsApi reports; // report settings and test messages (admin key); waits for a send
    OpenApi docs;
    HealthApi health; // GET /api/health (no key), GET /metrics
    // After the controllers and `http`: destroyed first, so no job outlives what it uses.
    query::QueryPool pool;
    std::unique_ptr<LiveStream> live; // destroyed before `http`
    std::unique_ptr<BackupScheduler> backups; // config backup.dir; waits for a running copy
    std::unique_ptr<report::ReportScheduler> reportSchedule; // config reports:; waits for a send
    // config alerts: and the store's; always on, as `alert add` may add one at any time;
    // waits for a running check
    std::unique_ptr<report::AlertScheduler> alertChecks;
};

ServerStack::ServerStack(const Clock *clock)
    : m_clock(clock)
{ }

ServerStack::~ServerStack()
{
    stop();
}

bool ServerStack::start(const ServerConfig &config, QString *error,
                        const std::function<bool()> &afterEngineStarted)
{
    if (isRunning()) {
        *error
            = QCoreApplication::translate("raycstr::ServerStack", "the server is already running");
        return false;
    }
    m_config = config;
    // Where events go; sites, keys and goals stay in the data directory either way.
    const auto store = StoreLocation::parse(config.store, error);
    if (!store)
        return false;
    query::QueryEngine::Options counting;
    counting.makeStats = query::QueryEngine::statsFor(*store, config.storePassword);
    if (!m_lock.acquire(config.dataDir, error))
        return false;
    m_engine = std::make_unique<IngestEngine>(m_clock);
    EngineOptions options;
    options.dataDir = config.dataDir;
    options.store = *store;
    options.storePassword = config.storePassword;
    options.geoIpDatabase = config.geoipDatabase;
    options.userAgentRegexes = config.userAgentRegexes;
    options.botRules = config.botRules;
    options.queue.hits = size_t(config.queueCapacity);
    options.queue.bytes = size_t(config.queueBytes);
    options.retentionDays = config.retentionDays;
    if (!m_engine->start(options, error)) {
        m_engine.reset();
        m_lock.release();
        return false;
    }
    auto fail = [this, error](const QString &why) {
        *error = why;
        stop();
        return false;
    };
    if (afterEngineStarted && !afterEngineStarted())
        return fail(QString());

    m_parts = std::make_unique<Parts>(m_clock, m_config, m_engine.get(), counting);
    Parts &p = *m_parts;
    QString why;
    // Keys, share links and the admin password; every API route but ingest needs a key.
    if (!p.tokens.open(config.dataDir, &why) || !p.passwords.open(config.dataDir, &why)
        || !p.liveTokens.open(config.dataDir, &why) || !p.queries.open(&why) || !p.pool.open(&why)
        || !p.liveQueries.open(&why) || !p.goals.open(config.dataDir, &why)
        || !p.sites.open(config.dataDir, &why)
        || !p.alerts.open(config.dataDir, &why) || !p.reports.open(&why)
        || !p.web.open(config.dataDir, &why))
        return fail(why);

    p.collector.registerRoutes(p.http);
    p.authApi.setTrustedProxies(m_config.trustedProxies);
    p.authApi.registerRoutes(p.http);
    p.stats.setGoalReports(&p.goals);
    p.stats.registerRoutes(p.http);
    p.goals.registerRoutes(p.http);
    p.sites.registerRoutes(p.http);
    p.alerts.registerRoutes(p.http);
    p.reports.setEngineOptions(counting);
    p.reports.registerRoutes(p.http);
    p.exports.registerRoutes(p.http);
    p.plausible.registerRoutes(p.http);
    p.plausibleV2.registerRoutes(p.http);
    p.web.registerRoutes(p.http);
    p.docs.registerRoutes(p.http);
    p.health.registerRoutes(p.http);
    // Live stream (SSE): GET /api/stream/:site.
    query::QueryEngine *liveQueries = &p.liveQueries;
    p.live = std::make_unique<LiveStream>(
        m_engine.get(), &p.access, [liveQueries](qint32 siteId) -> std::optional<qint64> {
            query::QueryError e;
            return liveQueries->currentVisitors(siteId, StatsApi::LiveWindowSecs, &e);
        });
    // Open streams are closed once their key is revoked or expires; checked on the stream
    // thread, on a key store connection of its own.
    auth::TokenStore *liveTokens = &p.liveTokens;
    p.live->setAccessCheck(
        [liveTokens](const auth::Principal &pr) { return liveTokens->isStillValid(pr); });
    p.live->registerRoutes(p.http);
    p.http.setLimits(config);
    if (!p.http.listen(config.listenAddress, config.listenPort, &why))
        return fail(why);
    m_config.listenPort = p.http.port(); // the real one when asked for port 0
    if (!config.backups.dir.isEmpty()) {
        p.backups = std::make_unique<BackupScheduler>(m_clock, config.dataDir, config.backups);
        p.backups->start();
    }
    if (!config.reports.isEmpty()) {
        p.reportSchedule = std::make_unique<report::ReportScheduler>(m_clock, config.dataDir,
                                                                     config.smtp, config.reports);
        p.reportSchedule->setEngineOptions(counting);
        p.reportSchedule->start();
    }
    p.alertChecks = std::make_unique<report::AlertScheduler>(m_clock, config.dataDir,
                                                             config.smtp, config.alerts);
    p.alertChecks->setEngineOptions(counting);
    p.alertChecks->start();
    return true;
}

void ServerStack::closeListener()
{
    if (m_parts)
        m_parts->http.close();
}

void ServerStack::stop()
{
    // Stop taking requests first, then let the writer drain.
    closeListener();
    if (m_parts)
        m_parts->live.reset();
    if (m_engine)
        m_engine->stop();
    m_parts.reset();
    m_lock.release();
}

bool ServerStack::isRunning() const
{
    return m_engine && m_engine->isRunning();
}

quint16 ServerStack::port() const
{
    return m_parts ? m_parts->http.port() : 0;
}

QHostAddress ServerStack::address() const
{
    return m_parts ? m_parts->http.address() : QHostAddress();
}

IngestEngine *ServerStack::engine() const
{
    return m_engine.get();
}

SiteDirectory &ServerStack::sites() const
{
    return m_engine->sites();
}

report::AlertScheduler *ServerStack::alerts() const
{
    return m_parts ? m_parts->alertChecks.get() : nullptr;
}

auth::TokenStore *ServerStack::tokens() const
{
    return m_parts ? &m_parts->tokens : nullptr;
}

} // namespace raycstr

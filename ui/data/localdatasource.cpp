#include "localdatasource.h"

#include "auth/tokenstore.h"
#include "core/clock.h"
#include "engine/ingestengine.h"
#include "query/queryengine.h"
#include "store/database.h"
#include "store/goalrepository.h"
#include "store/sites.h"
#include "store/sqlitedb.h"

#include <QPointer>

#include <algorithm>
#include <atomic>

namespace raycstr::ui {

// Everything that touches SQLite, on the worker thread. Connections are opened there on
// first use (SQLite connections and QueryEngine belong to one thread).
class LocalDataSource::Worker : public QObject
{
public:
    Worker(QString dataDir, const Clock *clock)
        : m_dataDir(std::move(dataDir))
        , m_clock(clock)
    { }

    query::QueryEngine *queries(QString *error)
    {
        if (!m_queries) {
            auto q = std::make_unique<query::QueryEngine>(Database::pathIn(m_dataDir), m_clock);
            if (!q->open(error))
                return nullptr;
            m_queries = std::move(q);
        }
        return m_queries.get();
    }
    SqliteDb *db(QString *error)
    {
        if (!m_db.isOpen() && !Database::open(&m_db, m_dataDir, error))
            return nullptr;
        return &m_db;
    }
    auth::TokenStore *tokens(QString *error)
    {
        if (!m_tokens) {
            auto t = std::make_unique<auth::TokenStore>(m_clock);
            if (!t->open(m_dataDir, error))
                return nullptr;
            m_tokens = std::move(t);
        }
        return m_tokens.get();
    }
    std::optional<query::Query> query(const DashboardQuery &q, bool compare, QString *error)
    {
        query::QueryEngine *e = queries(error);
        if (!e)
            return std::nullopt;
        const auto site = e->site(q.site, error);
        if (!site) {
            if (error->isEmpty())
                *error = LocalDataSource::tr("No site %1.").arg(q.site);
            return std::nullopt;
        }
        return query::Query {site->id, q.period, q.filters, compare};
    }

    const Clock *clock() const { return m_clock; }

    std::atomic<int> pending {0}; // jobs posted and not yet run

private:
    QString m_dataDir;
    const Clock *m_clock;
    std::unique_ptr<query::QueryEngine> m_queries;
    SqliteDb m_db;
    std::unique_ptr<auth::TokenStore> m_tokens;
};

LocalDataSource::LocalDataSource(const QString &dataDir, const Clock *clock, IngestEngine *engine,
                                 QObject *parent)
    : DataSource(parent)
    , m_dataDir(dataDir)
    , m_engine(engine)
{
    // Raw scans already read on two threads each: one worker per two cores (measured on a
    // 2-core machine, a second worker only made the questions fight for the cores).
    const int count = std::clamp(QThread::idealThreadCount() / 2, 1, 4);
    for (int i = 0; i < count; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("ui-queries-%1").arg(i));
        auto *worker = new Worker(dataDir, clock);
        worker->moveToThread(thread.get());
        connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        m_workers.append(worker);
        m_threads.push_back(std::move(thread));
    }
}

LocalDataSource::~LocalDataSource()
{
    for (const auto &thread : m_threads)
        thread->quit();
    for (const auto &thread : m_threads)
        thread->wait();
}

QString LocalDataSource::description() const
{
    return m_description.isEmpty() ? tr("Local data in %1").arg(m_dataDir) : m_description;
}

void LocalDataSource::post(std::function<std::function<void()>(Worker &)> job)
{
    QPointer<LocalDataSource> self(this);
    Worker *worker = *std::min_element(
        m_workers.cbegin(), m_workers.cend(),
        [](const Worker *a, const Worker *b) { return a->pending.load() < b->pending.load(); });
    ++worker->pending;
    QMetaObject::invokeMethod(
        worker,
        [self, worker, job = std::move(job)] {
            std::function<void()> deliver = job(*worker);
            --worker->pending;
            if (self)
                QMetaObject::invokeMethod(self.data(), std::move(deliver), Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

DataSource::RequestId LocalDataSource::requestSites()
{
    const RequestId id = begin(QStringLiteral("sites"));
    post([this, id](Worker &w) -> std::function<void()> {
        QString error;
        QList<SiteInfo> sites;
        if (SqliteDb *db = w.db(&error)) {
            for (const Site &s : SiteRepository(db).list())
                sites.append({s.id, s.domain, s.timeZone});
        }
        if (!error.isEmpty())
            return [this, id, error] { Q_EMIT failed(id, QStringLiteral("sites"), error); };
        return [this, id, sites] {
            if (isCurrent(QStringLiteral("sites"), id))
                Q_EMIT sitesReady(id, sites);
        };
    });
    return id;
}

// The shared shape of the four dashboard queries: run `run` on the worker, deliver the
// answer with `emitter` when still current, else drop it.
#define RAYCSTR_DASHBOARD_REQUEST(signal, compare, CALL)                                           \
    const RequestId id = begin(slot);                                                              \
    post([=, this](Worker &w) -> std::function<void()> {                                           \
        QString error;                                                                             \
        auto qq = w.query(q, compare, &error);                                                     \
        query::QueryError why;                                                                     \
        decltype(CALL) r;                                                                          \
        if (qq && !(r = CALL))                                                                     \
            error = why.message;                                                                   \
        if (!r)                                                                                    \
            return [this, id, slot, error] {                                                       \
                if (isCurrent(slot, id))                                                           \
                    Q_EMIT failed(id, slot, error);                                                \
            };                                                                                     \
        return [this, id, slot, res = *r] {                                                        \
            if (isCurrent(slot, id))                                                               \
                Q_EMIT signal(id, slot, res);                                                      \
        };                                                                                         \
    });                                                                                            \
    return id

DataSource::RequestId LocalDataSource::requestAggregate(const QString &slot,
                                                        const DashboardQuery &q)
{
    RAYCSTR_DASHBOARD_REQUEST(aggregateReady, true, w.queries(&error)->aggregate(*qq, &why));
}

DataSource::RequestId LocalDataSource::requestTimeseries(const QString &slot,
                                                         const DashboardQuery &q)
{
    RAYCSTR_DASHBOARD_REQUEST(timeseriesReady, false,
                              w.queries(&error)->timeseries(*qq, std::nullopt, &why));
}

DataSource::RequestId LocalDataSource::requestBreakdown(const QString &slot,
                                                        const DashboardQuery &q,
                                                        const query::Field &by, int limit)
{
    auto call = [by, limit](query::QueryEngine *e, const query::Query &qq, query::QueryError *why) {
        return e->breakdown(qq, by, limit, 0, why);
    };
    RAYCSTR_DASHBOARD_REQUEST(breakdownReady, false, call(w.queries(&error), *qq, &why));
}

DataSource::RequestId LocalDataSource::requestVitals(const QString &slot, const DashboardQuery &q,
                                                     int routeLimit)
{
    RAYCSTR_DASHBOARD_REQUEST(vitalsReady, false, w.queries(&error)->vitals(*qq, routeLimit, &why));
}

DataSource::RequestId LocalDataSource::requestCurrentVisitors(const QString &slot,
                                                              const QString &site)
{
    const RequestId id = begin(slot);
    post([this, id, slot, site](Worker &w) -> std::function<void()> {
        QString error;
        std::optional<qint64> n;
        if (query::QueryEngine *e = w.queries(&error)) {
            query::QueryError why;
            if (const auto s = e->site(site, &error)) {
                if (!(n = e->currentVisitors(s->id, 300, &why)))
                    error = why.message;
            } else if (error.isEmpty()) {
                error = tr("No site %1.").arg(site);
            }
        }
        if (!n)
            return [this, id, slot, error] { Q_EMIT failed(id, slot, error); };
        return [this, id, slot, v = *n] {
            if (isCurrent(slot, id))
                Q_EMIT currentVisitorsReady(id, slot, v);
        };
    });
    return id;
}

DataSource::RequestId LocalDataSource::requestRecentActivity(const QString &slot,
                                                             const QString &site, int minutes)
{
    const RequestId id = begin(slot);
    post([this, id, slot, site, minutes](Worker &w) -> std::function<void()> {
        QString error;
        std::optional<QList<qint64>> perMinute;
        // The read-write connection first: it creates the database on a first start.
        if (query::QueryEngine *e = w.db(&error) ? w.queries(&error) : nullptr) {
            query::QueryError why;
            if (const auto s = e->site(site, &error)) {
                if (!(perMinute = e->pageviewsPerMinute(s->id, minutes, &why)))
                    error = why.message;
            } else if (error.isEmpty()) {
                error = tr("No site %1.").arg(site);
            }
        }
        if (!perMinute)
            return [this, id, slot, error] { Q_EMIT failed(id, slot, error); };
        return [this, id, slot, perMinute = *perMinute] {
            if (isCurrent(slot, id))
                Q_EMIT recentActivityReady(id, slot, perMinute);
        };
    });
    return id;
}

DataSource::RequestId LocalDataSource::requestEventsToday(const QString &slot)
{
    const RequestId id = begin(slot);
    post([this, id, slot](Worker &w) -> std::function<void()> {
        QString error;
        qint64 total = 0;
        SqliteDb *db = w.db(&error);
        query::QueryEngine *e = db ? w.queries(&error) : nullptr;
        if (e) {
            const qint64 now = w.clock()->nowSecs();
            const qint64 midnight = now - now % 86400; // UTC: the status line's "today"
            query::QueryError why;
            for (const Site &s : SiteRepository(db).list()) {
                const auto n = e->activityCount(s.id, midnight, now + 1, &why);
                if (!n) {
                    error = why.message;
                    break;
                }
                total += *n;
            }
        }
        if (!error.isEmpty())
            return [this, id, slot, error] { Q_EMIT failed(id, slot, error); };
        return [this, id, slot, total] {
            if (isCurrent(slot, id))
                Q_EMIT eventsTodayReady(id, slot, total);
        };
    });
    return id;
}

void LocalDataSource::setLiveSite(const QString &site)
{
    m_liveSite = site;
    m_liveSiteId = 0;
    if (!m_engine)
        return;
    if (site.isEmpty()) {
        disconnect(m_liveConnection);
        return;
    }
    for (const Site &s : m_engine->sites().sites())
        if (s.domain == site)
            m_liveSiteId = s.id;
    if (!m_liveConnection)
        m_liveConnection = connect(m_engine, &IngestEngine::eventsStored, this,
                                   &LocalDataSource::onEventsStored, Qt::QueuedConnection);
}

void LocalDataSource::onEventsStored(const QList<LiveEvent> &events)
{
    if (!m_liveSiteId && !m_liveSite.isEmpty()) // a site added after setLiveSite()
        for (const Site &s : m_engine->sites().sites())
            if (s.domain == m_liveSite)
                m_liveSiteId = s.id;
    QList<LiveEvent> mine;
    for (const LiveEvent &e : events)
        if (e.siteId == m_liveSiteId)
            mine.append(e);
    if (!mine.isEmpty())
        Q_EMIT liveEventsArrived(mine);
}

DataSource::RequestId LocalDataSource::addSite(const QString &domain, const QString &timeZone)
{
    const RequestId id = begin(QString());
    IngestEngine *engine = m_engine;
    post([this, id, domain, timeZone, engine](Worker &w) -> std::function<void()> {
        QString error;
        std::optional<Site> site;
        if (SqliteDb *db = w.db(&error))
            site = SiteRepository(db).add(domain, timeZone, w.clock()->nowSecs(), &error);
        if (!site)
            return [this, id, error] { Q_EMIT failed(id, QString(), error); };
        if (engine) // the collector takes its hits at once
            engine->sites().reload();
        return [this, id, d = site->domain] {
            Q_EMIT adminDone(id, tr("Added %1.").arg(d));
            Q_EMIT sitesChanged();
        };
    });
    return id;
}

DataSource::RequestId LocalDataSource::removeSite(const QString &domain)
{
    const RequestId id = begin(QString());
    IngestEngine *engine = m_engine;
    post([this, id, domain, engine](Worker &w) -> std::function<void()> {
        QString error;
        qint64 deleted = -1;
        if (SqliteDb *db = w.db(&error))
            deleted = SiteRepository(db).remove(domain, &error);
        if (deleted < 0)
            return [this, id, error] { Q_EMIT failed(id, QString(), error); };
        if (engine)
            engine->sites().reload();
        return [this, id, domain, deleted] {
            Q_EMIT adminDone(
                id, tr("Removed %1 and its %n events.", nullptr, int(deleted)).arg(domain));
            Q_EMIT sitesChanged();
        };
    });
    return id;
}

DataSource::RequestId LocalDataSource::requestApiKeys()
{
    const RequestId id = begin(QStringLiteral("keys"));
    post([this, id](Worker &w) -> std::function<void()> {
        QString error;
        QList<ApiKeyRow> rows;
        auth::TokenStore *t = w.tokens(&error);
        SqliteDb *db = t ? w.db(&error) : nullptr;
        if (!t || !db)
            return [this, id, error] { Q_EMIT failed(id, QStringLiteral("keys"), error); };
        QHash<qint32, QString> domains;
        for (const Site &s : SiteRepository(db).list())
            domains.insert(s.id, s.domain);
        for (const auth::ApiKeyInfo &k : t->listKeys())
            if (!k.revokedAt)
                rows.append(
                    {k.id, k.label, domains.value(k.siteId), k.admin, k.createdAt, k.lastUsedAt});
        return [this, id, rows] {
            if (isCurrent(QStringLiteral("keys"), id))
                Q_EMIT apiKeysReady(id, rows);
        };
    });
    return id;
}

DataSource::RequestId LocalDataSource::createApiKey(const QString &label, const QString &site,
                                                    bool admin)
{
    const RequestId id = begin(QString());
    post([this, id, label, site, admin](Worker &w) -> std::function<void()> {
        QString error;
        std::optional<auth::IssuedSecret> issued;
        auth::TokenStore *t = w.tokens(&error);
        SqliteDb *db = t ? w.db(&error) : nullptr;
        if (t && db) {
            qint32 siteId = 0;
            if (!site.isEmpty()) {
                const auto s = SiteRepository(db).find(site);
                siteId = s ? s->id : -1;
            }
            if (siteId < 0)
                error = tr("No site %1.").arg(site);
            else
                issued = t->createKey(label, siteId, admin, &error);
        }
        if (!issued)
            return [this, id, error] { Q_EMIT failed(id, QString(), error); };
        return [this, id, secret = issued->secret] { Q_EMIT apiKeyCreated(id, secret); };
    });
    return id;
}

DataSource::RequestId LocalDataSource::revokeApiKey(qint64 keyId)
{
    const RequestId id = begin(QString());
    post([this, id, keyId](Worker &w) -> std::function<void()> {
        QString error;
        auth::TokenStore *t = w.tokens(&error);
        if (!t || !t->revokeKey(keyId, &error))
            return [this, id, error] { Q_EMIT failed(id, QString(), error); };
        return [this, id] { Q_EMIT adminDone(id, tr("Key revoked.")); };
    });
    return id;
}

// --- Goals and funnels -------------------------------------------------------------------

DataSource::RequestId LocalDataSource::requestGoals(const QString &slot, const DashboardQuery &q)
{
    RAYCSTR_DASHBOARD_REQUEST(goalsReady, false, w.queries(&error)->goals(*qq, &why));
}

DataSource::RequestId LocalDataSource::requestFunnel(const QString &slot, const DashboardQuery &q,
                                                     const Funnel &funnel)
{
    RAYCSTR_DASHBOARD_REQUEST(funnelReady, false, w.queries(&error)->funnel(*qq, funnel, &why));
}

DataSource::RequestId LocalDataSource::requestPropertyKeys(const QString &slot,
                                                           const DashboardQuery &q)
{
    RAYCSTR_DASHBOARD_REQUEST(propertyKeysReady, false, w.queries(&error)->propertyKeys(*qq, &why));
}

#undef RAYCSTR_DASHBOARD_REQUEST

namespace {
// The site's id on the worker's read-write connection, or nullopt with a reason.
std::optional<qint32> siteIdOn(SqliteDb *db, const QString &domain, QString *error)
{
    if (!db)
        return std::nullopt;
    if (const auto s = SiteRepository(db).find(domain))
        return s->id;
    *error = LocalDataSource::tr("No site %1.").arg(domain);
    return std::nullopt;
}
} // namespace

DataSource::RequestId LocalDataSource::requestSavedGoals(const QString &site)
{
    const QString slot = savedGoalsSlot(site);
    const RequestId id = begin(slot);
    post([this, id, slot, site](Worker &w) -> std::function<void()> {
        QString error;
        SqliteDb *db = w.db(&error);
        const auto siteId = siteIdOn(db, site, &error);
        if (!siteId)
            return [this, id, slot, error] { Q_EMIT failed(id, slot, error); };
        return [this, id, slot, site, goals = GoalRepository(db).goals(*siteId)] {
            if (isCurrent(slot, id))
                Q_EMIT savedGoalsReady(id, site, goals);
        };
    });
    return id;
}

DataSource::RequestId LocalDataSource::addGoal(const QString &site, const QString &name,
                                               const Matcher &match)
{
    const RequestId id = begin(QString());
    post([this, id, site, name, match](Worker &w) -> std::function<void()> {
        QString error;
        SqliteDb *db = w.db(&error);
        std::optional<Goal> goal;
        if (const auto siteId = siteIdOn(db, site, &error))
            goal = GoalRepository(db).addGoal(*siteId, name, match, w.clock()->nowSecs(), &error);
        if (!goal)
            return [this, id, error] { Q_EMIT failed(id, QString(), error); };
        return [this, id, site, n = goal->name] {
            Q_EMIT adminDone(id, tr("Added the goal %1.").arg(n));
            Q_EMIT goalsChanged(site);
        };
    });
    return id;
}

DataSource::RequestId LocalDataSource::removeGoal(const QString &site, qint64 goalId)
{
    return removeDefinition(
        site,
        [goalId](GoalRepository &repo, qint32 siteId, QString *error) {
            return repo.removeGoal(siteId, goalId, error);
        },
        tr("Goal removed."), &DataSource::goalsChanged);
}

DataSource::RequestId LocalDataSource::removeDefinition(
    const QString &site, std::function<bool(GoalRepository &, qint32, QString *)> remove,
    const QString &message, void (DataSource::*changed)(const QString &))
{
    const RequestId id = begin(QString());
    post([this, id, site, remove, message, changed](Worker &w) -> std::function<void()> {
        QString error;
        SqliteDb *db = w.db(&error);
        const auto siteId = siteIdOn(db, site, &error);
        GoalRepository repo(db);
        if (!siteId || !remove(repo, *siteId, &error))
            return [this, id, error] { Q_EMIT failed(id, QString(), error); };
        return [this, id, site, message, changed] {
            Q_EMIT adminDone(id, message);
            Q_EMIT(this->*changed)(site);
        };
    });
    return id;
}

DataSource::RequestId LocalDataSource::requestSavedFunnels(const QString &site)
{
    const QString slot = savedFunnelsSlot(site);
    const RequestId id = begin(slot);
    post([this, id, slot, site](Worker &w) -> std::function<void()> {
        QString error;
        SqliteDb *db = w.db(&error);
        const auto siteId = siteIdOn(db, site, &error);
        if (!siteId)
            return [this, id, slot, error] { Q_EMIT failed(id, slot, error); };
        return [this, id, slot, site, funnels = GoalRepository(db).funnels(*siteId)] {
            if (isCurrent(slot, id))
                Q_EMIT savedFunnelsReady(id, site, funnels);
        };
    });
    return id;
}

DataSource::RequestId LocalDataSource::saveFunnel(const QString &site, const Funnel &funnel,
                                                  bool replace)
{
    const RequestId id = begin(QString());
    post([this, id, site, funnel, replace](Worker &w) -> std::function<void()> {
        QString error;
        SqliteDb *db = w.db(&error);
        std::optional<Funnel> saved;
        if (const auto siteId = siteIdOn(db, site, &error))
            saved = GoalRepository(db).saveFunnel(*siteId, funnel, replace, w.clock()->nowSecs(),
                                                  &error);
        if (!saved)
            return [this, id, error] { Q_EMIT failed(id, QString(), error); };
        return [this, id, site, f = *saved] {
            Q_EMIT funnelSaved(id, f);
            Q_EMIT adminDone(id, tr("Saved the funnel %1.").arg(f.name));
            Q_EMIT funnelsChanged(site);
        };
    });
    return id;
}

DataSource::RequestId LocalDataSource::removeFunnel(const QString &site, qint64 funnelId)
{
    return removeDefinition(
        site,
        [funnelId](GoalRepository &repo, qint32 siteId, QString *error) {
            return repo.removeFunnel(siteId, funnelId, error);
        },
        tr("Funnel removed."), &DataSource::funnelsChanged);
}

} // namespace raycstr::ui

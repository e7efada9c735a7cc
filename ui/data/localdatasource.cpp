#include "localdatasource.h"

#include "auth/tokenstore.h"
#include "core/clock.h"
#include "engine/ingestengine.h"
#include "query/queryengine.h"
#include "import/importrepository.h"
#include "store/alertrepository.h"
#include "store/database.h"
#include "store/goalrepository.h"
#include "store/sites.h"
#include "store/sqlitedb.h"
#include "ui/data/localjobs.h"

#include <QHash>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

namespace raycstr::ui {

// Everything that touches SQLite, on the worker thread. Connections are opened there on
// first use (SQLite connections and QueryEngine belong to one thread). One run() per
// request type answers it.
class LocalDataSource::Worker : public QObject
{
public:
    Worker(QString dataDir, const Clock *clock, IngestEngine *engine)
        : m_dataDir(std::move(dataDir))
        , m_clock(clock)
        , m_engine(engine)
    { }

    std::atomic<int> pending {0}; // jobs posted and not yet run

    Answer<query::AggregateResult> run(const stats::Aggregate &r)
    {
        return dashboard<query::AggregateResult>(
            r.query, true, [](auto *e, const auto &q, auto *why) { return e->aggregate(q, why); });
    }
    Answer<query::TimeseriesResult> run(const stats::Timeseries &r)
    {
        return dashboard<query::TimeseriesResult>(
            r.query, false,
            [](auto *e, const auto &q, auto *why) { return e->timeseries(q, std::nullopt, why); });
    }
    Answer<query::BreakdownResult> run(const stats::Breakdown &r)
    {
        return dashboard<query::BreakdownResult>(
            r.query, false, [&r](auto *e, const auto &q, auto *why) {
                return e->breakdown(q, r.by, r.limit, r.offset, why);
            });
    }
    Answer<query::VitalsResult> run(const stats::Vitals &r)
    {
        return dashboard<query::VitalsResult>(
            r.query, false,
            [&r](auto *e, const auto &q, auto *why) { return e->vitals(q, r.routeLimit, why); });
    }
    Answer<query::GoalsResult> run(const stats::GoalConversions &r)
    {
        return dashboard<query::GoalsResult>(r.query, false, [](auto *e, const auto &q, auto *why) {
            return e->goals(q, why);
        });
    }
    Answer<query::FunnelResult> run(const stats::FunnelSteps &r)
    {
        return dashboard<query::FunnelResult>(
            r.query, false,
            [&r](auto *e, const auto &q, auto *why) { return e->funnel(q, r.funnel, why); });
    }
    Answer<QList<query::PropertyKeyRow>> run(const stats::PropertyKeys &r)
    {
        return dashboard<QList<query::PropertyKeyRow>>(r.query, false,
                                                       [](auto *e, const auto &q, auto *why) {
                                                           return e->propertyKeys(q, why);
                                                       });
    }

    Answer<qint64> run(const live::CurrentVisitors &r)
    {
        return onSite<qint64>(r.site, [](auto *e, qint32 site, auto *why) {
            return e->currentVisitors(site, 300, why);
        });
    }
    Answer<QList<qint64>> run(const live::RecentActivity &r)
    {
        QString error;
        // The read-write connection first: it creates the database on a first start.
        if (!db(&error))
            return Answer<QList<qint64>>::failure(error);
        return onSite<QList<qint64>>(r.site, [&r](auto *e, qint32 site, auto *why) {
            return e->pageviewsPerMinute(site, r.minutes, why);
        });
    }
    Answer<qint64> run(const live::EventsToday &)
    {
        QString error;
        SqliteDb *d = db(&error);
        query::QueryEngine *e = d ? queries(&error) : nullptr;
        if (!e)
            return Answer<qint64>::failure(error);
        const qint64 now = m_clock->nowSecs();
        const qint64 midnight = now - now % 86400; // UTC: the status line's "today"
        qint64 total = 0;
        query::QueryError why;
        for (const Site &s : SiteRepository(d).list()) {
            const auto n = e->activityCount(s.id, midnight, now + 1, &why);
            if (!n)
                return Answer<qint64>::failure(why.message);
            total += *n;
        }
        return total;
    }

    Answer<SiteList> run(const admin::Sites &)
    {
        QString error;
        SqliteDb *d = db(&error);
        if (!d)
            return Answer<SiteList>::failure(error);
        SiteList list;
        for (const Site &s : SiteRepository(d).list())
            list.sites.append({s.id, s.domain, s.timeZone});
        return list;
    }
    Answer<SiteInfo> run(const admin::AddSite &r)
    {
        QString error;
        std::optional<Site> site;
        if (SqliteDb *d = db(&error))
            site = SiteRepository(d).add(r.domain, r.timeZone, m_clock->nowSecs(), &error);
        if (!site)
            return Answer<SiteInfo>::failure(error);
        if (m_engine) // the collector takes its hits at once
            m_engine->sites().reload();
        return SiteInfo {site->id, site->domain, site->timeZone};
    }
    Answer<SiteInfo> run(const admin::SetTimeZone &r)
    {
        QString error;
        std::optional<Site> site;
        if (SqliteDb *d = db(&error))
            site = SiteRepository(d).setTimeZone(r.domain, r.timeZone, &error);
        if (!site)
            return Answer<SiteInfo>::failure(error);
        if (m_engine) // the collector's day boundaries (sessions, drop counts) follow at once
            m_engine->sites().reload();
        return SiteInfo {site->id, site->domain, site->timeZone};
    }
    Answer<QList<ImportRun>> run(const admin::Imports &r)
    {
        QString error;
        SqliteDb *d = db(&error);
        if (!d)
            return Answer<QList<ImportRun>>::failure(error);
        const auto site = SiteRepository(d).find(r.site);
        if (!site)
            return Answer<QList<ImportRun>>::failure(LocalDataSource::tr("No site %1.").arg(r.site));
        QList<ImportRun> runs = ImportRepository(d).list(site->id);
        runs.removeIf([](const ImportRun &run) {
            return !run.lastDay
                || (run.status != ImportRun::Status::Done
                    && run.status != ImportRun::Status::Interrupted);
        });
        return runs;
    }
    Answer<qint64> run(const admin::RemoveSite &r)
    {
        QString error;
        qint64 deleted = -1;
        if (SqliteDb *d = db(&error))
            deleted = SiteRepository(d).remove(r.domain, &error);
        if (deleted < 0)
            return Answer<qint64>::failure(error);
        if (m_engine)
            m_engine->sites().reload();
        return deleted;
    }
    Answer<QList<ApiKeyRow>> run(const admin::ApiKeys &)
    {
        QString error;
        auth::TokenStore *t = tokens(&error);
        SqliteDb *d = t ? db(&error) : nullptr;
        if (!d)
            return Answer<QList<ApiKeyRow>>::failure(error);
        QHash<qint32, QString> domains;
        for (const Site &s : SiteRepository(d).list())
            domains.insert(s.id, s.domain);
        QList<ApiKeyRow> rows;
        for (const auth::ApiKeyInfo &k : t->listKeys())
            if (!k.revokedAt)
                rows.append(
                    {k.id, k.label, domains.value(k.siteId), k.admin, k.createdAt, k.lastUsedAt});
        return rows;
    }
    Answer<QByteArray> run(const admin::CreateApiKey &r)
    {
        QString error;
        auth::TokenStore *t = tokens(&error);
        SqliteDb *d = t ? db(&error) : nullptr;
        std::optional<auth::IssuedSecret> issued;
        if (d) {
            qint32 siteId = 0;
            if (!r.site.isEmpty()) {
                const auto s = SiteRepository(d).find(r.site);
                siteId = s ? s->id : -1;
            }
            if (siteId < 0)
                error = LocalDataSource::tr("No site %1.").arg(r.site);
            else
                issued = t->createKey(r.label, siteId, r.admin, &error);
        }
        if (!issued)
            return Answer<QByteArray>::failure(error);
        return issued->secret;
    }
    Answer<Done> run(const admin::RevokeApiKey &r)
    {
        QString error;
        auth::TokenStore *t = tokens(&error);
        if (!t || !t->revokeKey(r.id, &error))
            return Answer<Done>::failure(error);
        return Done {};
    }

    Answer<QList<Goal>> run(const definitions::SavedGoals &r)
    {
        return onDefinitions<QList<Goal>>(r.site, [](GoalRepository &repo, qint32 site,
                                                     QString *) { return repo.goals(site); });
    }
    Answer<Goal> run(const definitions::AddGoal &r)
    {
        return onDefinitions<Goal>(r.site, [&](GoalRepository &repo, qint32 site, QString *error) {
            return repo.addGoal(site, r.name, r.match, m_clock->nowSecs(), error);
        });
    }
    Answer<Done> run(const definitions::RemoveGoal &r)
    {
        return onDefinitions<Done>(r.site, [&r](GoalRepository &repo, qint32 site, QString *error) {
            return doneIf(repo.removeGoal(site, r.goalId, error));
        });
    }
    Answer<QList<raycstr::Funnel>> run(const definitions::SavedFunnels &r)
    {
        return onDefinitions<QList<raycstr::Funnel>>(
            r.site,
            [](GoalRepository &repo, qint32 site, QString *) { return repo.funnels(site); });
    }
    Answer<raycstr::Funnel> run(const definitions::SaveFunnel &r)
    {
        return onDefinitions<raycstr::Funnel>(
            r.site, [&](GoalRepository &repo, qint32 site, QString *error) {
                return repo.saveFunnel(site, r.funnel, r.replace, m_clock->nowSecs(), error);
            });
    }
    Answer<Done> run(const definitions::RemoveFunnel &r)
    {
        return onDefinitions<Done>(r.site, [&r](GoalRepository &repo, qint32 site, QString *error) {
            return doneIf(repo.removeFunnel(site, r.funnelId, error));
        });
    }

    // Alert rules: the store's (the desktop app has no config file with more).
    Answer<QList<AlertRule>> run(const alerts::Rules &r)
    {
        return onDefinitions<QList<AlertRule>>(
            r.site, [this, &r](GoalRepository &, qint32, QString *) {
                return std::optional(AlertRepository(&m_db).rules(r.site));
            });
    }
    Answer<AlertRule> run(const alerts::SaveRule &r)
    {
        return onDefinitions<AlertRule>(
            r.rule.site, [&](GoalRepository &, qint32, QString *error) -> std::optional<AlertRule> {
                AlertRepository repo(&m_db);
                auto added = repo.add(r.rule, m_clock->nowSecs(), error);
                if (added && r.replaces && !removeRule(repo, r.rule.site, r.replaces, error))
                    return std::nullopt;
                return added;
            });
    }
    // This computer's report and mail settings are the app's (AppSettings), not a server's.
    Answer<ServerMailSettings> run(const alerts::ServerMail &)
    {
        return Answer<ServerMailSettings>::failure(
            LocalDataSource::tr("The report and mail settings of this computer are the app's."));
    }
    Answer<Done> run(const alerts::RemoveRule &r)
    {
        return onDefinitions<Done>(r.site, [&](GoalRepository &, qint32, QString *error) {
            AlertRepository repo(&m_db);
            return doneIf(removeRule(repo, r.site, r.id, error));
        });
    }

private:
    // Another site's rule is no rule of this one.
    static bool removeRule(AlertRepository &repo, const QString &site, qint64 id, QString *error)
    {
        const auto found = repo.find(id);
        if (!found || found->site != site) {
            *error = LocalDataSource::tr("No alert %1 on %2.").arg(id).arg(site);
            return false;
        }
        return repo.remove(id, error);
    }
    // The answer of a change that reports only whether it succeeded.
    static std::optional<Done> doneIf(bool ok)
    {
        return ok ? std::optional<Done>(Done {}) : std::nullopt;
    }
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
    // `ask(engine, siteId, &why)` on the query engine for the site named `domain`.
    template<typename A, typename F>
    Answer<A> onSite(const QString &domain, F ask)
    {
        QString error;
        query::QueryEngine *e = queries(&error);
        if (!e)
            return Answer<A>::failure(error);
        const auto site = e->site(domain, &error);
        if (!site)
            return Answer<A>::failure(
                error.isEmpty() ? LocalDataSource::tr("No site %1.").arg(domain) : error);
        query::QueryError why;
        auto r = ask(e, site->id, &why);
        if (!r)
            return Answer<A>::failure(why.message);
        return A(std::move(*r));
    }
    // A dashboard question: `ask(engine, query, &why)` for q's site, period and filters.
    template<typename A, typename F>
    Answer<A> dashboard(const DashboardQuery &q, bool compare, F ask)
    {
        return onSite<A>(q.site, [&](query::QueryEngine *e, qint32 site, query::QueryError *why) {
            return ask(e, query::Query {site, q.period, q.filters, compare}, why);
        });
    }
    // `change(repository, siteId, &error)` on the worker's read-write connection.
    template<typename A, typename F>
    Answer<A> onDefinitions(const QString &domain, F change)
    {
        QString error;
        SqliteDb *d = db(&error);
        if (!d)
            return Answer<A>::failure(error);
        const auto site = SiteRepository(d).find(domain);
        if (!site)
            return Answer<A>::failure(LocalDataSource::tr("No site %1.").arg(domain));
        GoalRepository repo(d);
        std::optional<A> r = change(repo, site->id, &error);
        if (!r)
            return Answer<A>::failure(error);
        return std::move(*r);
    }

    QString m_dataDir;
    const Clock *m_clock;
    IngestEngine *m_engine;
    std::unique_ptr<query::QueryEngine> m_queries;
    SqliteDb m_db;
    std::unique_ptr<auth::TokenStore> m_tokens;
};

LocalDataSource::LocalDataSource(const QString &dataDir, const Clock *clock, IngestEngine *engine,
                                 QObject *parent)
    : DataSource(parent)
    , m_dataDir(dataDir)
    , m_clock(clock)
    , m_engine(engine)
{
    // Raw scans already read on two threads each: one worker per two cores (measured on a
    // 2-core machine, a second worker only made the questions fight for the cores).
    const int count = std::clamp(QThread::idealThreadCount() / 2, 1, 4);
    for (int i = 0; i < count; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("ui-queries-%1").arg(i));
        auto *worker = new Worker(dataDir, clock, engine);
        worker->moveToThread(thread.get());
        connect(thread.get(), &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        m_workers.append(worker);
        m_threads.push_back(std::move(thread));
    }
}

LocalDataSource::~LocalDataSource()
{
    // An export still running stops at its next day; its answer goes nowhere.
    for (const auto &progress : std::as_const(m_exports))
        if (const auto p = progress.lock())
            p->cancelled = true;
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

template<typename R>
void LocalDataSource::runOnWorker(Call<R> call)
{
    // The request is copied to the worker; reply() stays with this thread's copy of `call`.
    post([request = call.request, reply = std::move(call.reply)](
             Worker &w) -> std::function<void()> {
        return [reply, answer = w.run(request)] { reply(answer); };
    });
}

template<typename R> void LocalDataSource::runApart(Call<R> call)
{
    QPointer<LocalDataSource> self(this);
    if constexpr (std::is_same_v<R, exports::DashboardZip> || std::is_same_v<R, admin::Import>) {
        m_exports.removeIf([](const auto &p) { return p.expired(); });
        m_exports.append(call.request.progress);
    }
    QThreadPool::globalInstance()->start([self, dataDir = m_dataDir, clock = m_clock,
                                          request = call.request, reply = std::move(call.reply)] {
        auto answer = localjobs::run(dataDir, clock, request);
        if (self)
            QMetaObject::invokeMethod(
                self.data(), [reply, answer = std::move(answer)] { reply(answer); },
                Qt::QueuedConnection);
    });
}

void LocalDataSource::answer(AnyCall call)
{
    // Every concern the same way: on a worker; what may take long on a thread of its own.
    std::visit(
        [this](auto &concern) {
            std::visit(
                [this](auto &c) {
                    using R = std::decay_t<decltype(c.request)>;
                    if constexpr (std::is_same_v<R, exports::DashboardZip>
                                  || std::is_same_v<R, alerts::TestRule>
                                  || std::is_same_v<R, alerts::TestReport>
                                  || std::is_same_v<R, admin::Import>)
                        runApart(std::move(c));
                    else
                        runOnWorker(std::move(c));
                },
                concern);
        },
        call);
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

} // namespace raycstr::ui

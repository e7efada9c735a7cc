#include "report/alertscheduler.h"

#include "core/clock.h"
#include "core/logging.h"
#include "query/queryengine.h"
#include "report/alertevaluator.h"
#include "report/alertnotifier.h"
#include "store/alertrepository.h"
#include "store/database.h"

#include <algorithm>

namespace raycstr::report {

namespace {

// What one rule needs read, read; nullopt with `error` when the engine could not answer or
// the rule names what is not there (a goal that was removed).
std::optional<AlertObservation> observe(query::QueryEngine &engine, const AlertRule &rule,
                                        const query::Site &site, const AlertState &state,
                                        qint64 now, QString *error)
{
    AlertObservation seen;
    query::QueryError failure;
    std::optional<qint64> n;
    switch (rule.kind) {
    case AlertRule::Kind::Spike:
        n = engine.currentVisitors(site.id, AlertEvaluator::CurrentWindowSecs, &failure);
        if (n)
            seen.currentVisitors = *n;
        break;
    case AlertRule::Kind::Drop:
        n = engine.lastPageview(site.id, &failure);
        if (n)
            seen.lastPageview = *n;
        break;
    case AlertRule::Kind::Goal: {
        const QList<Goal> goals = engine.savedGoals(site.id);
        const auto goal = std::find_if(goals.cbegin(), goals.cend(),
                                       [&](const Goal &g) { return g.name == rule.goal; });
        if (goal == goals.cend()) {
            *error = QStringLiteral("%1 has no goal named \"%2\"").arg(site.domain, rule.goal);
            return std::nullopt;
        }
        const qint64 from = AlertEvaluator::conversionsFrom(state, now);
        n = from < now ? engine.goalConversions(site.id, goal->match, from, now, &failure)
                       : std::optional<qint64>(0);
        if (n)
            seen.conversions = *n;
        break;
    }
    }
    if (!n) {
        *error = failure.message;
        return std::nullopt;
    }
    return seen;
}

} // namespace

AlertScheduler::AlertScheduler(const Clock *clock, QString dataDir, SmtpSettings smtp,
                               QList<AlertRule> configRules, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_dataDir(std::move(dataDir))
    , m_smtp(std::move(smtp))
    , m_configRules(std::move(configRules))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("alerts"));
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { check(); });
}

AlertScheduler::~AlertScheduler()
{
    m_timer.stop();
    m_pool.waitForDone();
}

void AlertScheduler::start()
{
    m_timer.start();
    check();
}

bool AlertScheduler::check()
{
    if (m_running)
        return false;
    m_running = true;
    m_pool.start([this] {
        run();
        QMetaObject::invokeMethod(this, [this] { m_running = false; }, Qt::QueuedConnection);
    });
    return true;
}

// On the worker thread.
void AlertScheduler::run()
{
    const auto tell = [this](bool sent, const AlertRule &rule, const QString &what) {
        QMetaObject::invokeMethod(
            this,
            [this, sent, site = rule.site, kind = AlertRule::kindName(rule.kind), what] {
                if (sent)
                    Q_EMIT alertSent(site, kind, what);
                else
                    Q_EMIT alertFailed(site, kind, what);
            },
            Qt::QueuedConnection);
    };
    SqliteDb db;
    QString error;
    query::QueryEngine engine(Database::pathIn(m_dataDir), m_clock, m_engineOptions);
    if (!Database::open(&db, m_dataDir, &error) || !engine.open(&error)) {
        qCWarning(lcReport, "alerts: %s", qPrintable(error));
        return;
    }
    AlertRepository repo(&db);
    const QList<AlertRule> rules = m_configRules + repo.rules();
    AlertNotifier notifier(m_smtp, m_webhook);
    for (const AlertRule &rule : rules) {
        const qint64 now = m_clock->nowSecs();
        const auto site = engine.site(rule.site);
        if (!site)
            continue; // not (or no longer) a site: nothing to watch
        const QString key = rule.stateKey();
        const AlertState state = repo.state(key);
        const auto seen = observe(engine, rule, *site, state, now, &error);
        if (!seen) {
            qCWarning(lcReport, "alert %s: %s", qPrintable(rule.describe()), qPrintable(error));
            tell(false, rule, error);
            continue;
        }
        const AlertDecision decision = AlertEvaluator::evaluate(rule, state, *seen, now);
        if (decision.kind != AlertDecision::Kind::None) {
            const AlertNotifier::Text text = AlertNotifier::text(rule, decision, now);
            QStringList failures;
            const bool delivered = notifier.deliver(rule, text, &failures);
            // Failures name webhooks by scheme and host only (AlertRule::redactedUrl).
            for (const QString &f : failures) {
                qCWarning(lcReport, "alert %s: %s", qPrintable(rule.describe()), qPrintable(f));
                tell(false, rule, f);
            }
            if (!delivered)
                continue; // the state stays: tried again at the next check
            qCInfo(lcReport, "alert sent: %s", qPrintable(rule.describe()));
            tell(true, rule, text.body);
        }
        if (decision.next != state && !repo.saveState(key, decision.next, &error))
            qCWarning(lcReport, "alert %s: %s", qPrintable(rule.describe()), qPrintable(error));
    }
}

} // namespace raycstr::report

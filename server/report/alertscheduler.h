#pragma once

#include "core/alertrule.h"
#include "core/config.h"
#include "query/queryengine.h"
#include "report/webhooksender.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace raycstr {
class Clock;
}

namespace raycstr::report {

// The alerts checked once a minute: the config file's rules and the store's (read afresh at
// every check, so `alert add` and the API take effect without a restart). For each, the
// query engine answers what the rule needs (current visitors, the last pageview, a goal's
// conversions since the last told ones), AlertEvaluator decides, AlertNotifier sends, and
// the rule's state goes to alert_state once a message has gone to at least one channel —
// so a restart neither repeats a message nor forgets a cool-down. A message that reached
// no channel is tried again at the next check.
//
// Threading: a QObject of the server's main thread; a check runs on one worker thread of
// its own (its own query engine and connection), never on the threads that answer ingest
// or queries, one check at a time. `alertSent` / `alertFailed` are emitted on the owner's
// thread.
class AlertScheduler : public QObject
{
    Q_OBJECT
public:
    AlertScheduler(const Clock *clock, QString dataDir, SmtpSettings smtp,
                   QList<AlertRule> configRules, QObject *parent = nullptr);
    ~AlertScheduler() override;

    // The engine the numbers come from counts with these options (the store's backend:
    // QueryEngine::statsFor); SQLite in the data directory by default.
    void setEngineOptions(const query::QueryEngine::Options &options) { m_engineOptions = options; }

    void start();
    // One look now, on the worker (the timer calls this; tests call it after moving the
    // clock). False when the previous look is still running.
    bool check();
    // Waits for the running check (tests; the destructor waits too).
    void waitForDone() { m_pool.waitForDone(); }

    // Tests: short timeouts and no waits between tries.
    void setWebhookSettings(WebhookSettings settings) { m_webhook = settings; }

Q_SIGNALS:
    void alertSent(const QString &site, const QString &kind, const QString &text);
    void alertFailed(const QString &site, const QString &kind, const QString &error);

private:
    void run();

    const Clock *m_clock;
    QString m_dataDir;
    query::QueryEngine::Options m_engineOptions;
    SmtpSettings m_smtp;
    WebhookSettings m_webhook;
    QList<AlertRule> m_configRules;
    bool m_running = false;
    QTimer m_timer;
    QThreadPool m_pool;
};

} // namespace raycstr::report

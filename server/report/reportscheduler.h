#pragma once

#include "core/config.h"
#include "query/queryengine.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace raycstr {
class Clock;
}

namespace raycstr::report {

// The config's `reports:` sent on time: each schedule's report of the last complete week
// goes out on Monday (of the last month, on the 1st) once `hour` has come in the site's
// time zone. Checked once a minute; a report that could not go out (SMTP down) is tried
// again at the next check after a back-off, until it has gone or its period is no longer
// the last complete one. report_log (store/reportlog.h) remembers what was sent, so a
// restart neither repeats nor skips one.
//
// Threading: a QObject of the server's main thread; reading the numbers and the SMTP
// exchange run on one worker thread of its own, never on the threads that answer ingest
// or queries. `reportSent` / `reportFailed` are emitted on the owner's thread.
class ReportScheduler : public QObject
{
    Q_OBJECT
public:
    ReportScheduler(const Clock *clock, QString dataDir, SmtpSettings smtp,
                    QList<ReportSchedule> schedules, QObject *parent = nullptr);
    ~ReportScheduler() override;

    // The engine the numbers come from counts with these options (the store's backend:
    // QueryEngine::statsFor); SQLite in the data directory by default.
    void setEngineOptions(const query::QueryEngine::Options &options) { m_engineOptions = options; }

    void start();
    // One look now (the timer calls this; tests call it after moving the clock). Returns how
    // many reports were started.
    int check();
    // Waits for the reports being sent (tests; the destructor waits too).
    void waitForDone() { m_pool.waitForDone(); }

    static QString keyOf(const ReportSchedule &schedule);
    // After a failure, how long before the next try (back-off between checks).
    static constexpr qint64 RetryAfterSecs = 15 * 60;

Q_SIGNALS:
    void reportSent(const QString &site, const QString &cadence);
    void reportFailed(const QString &site, const QString &cadence, const QString &error);

private:
    void finished(int index, qint64 periodStart, bool ok, const QString &error);

    const Clock *m_clock;
    QString m_dataDir;
    query::QueryEngine::Options m_engineOptions;
    SmtpSettings m_smtp;
    QList<ReportSchedule> m_schedules;
    QList<bool> m_running;
    QList<qint64> m_retryAt; // per schedule: no new try before (seconds)
    QTimer m_timer;
    QThreadPool m_pool;
};

} // namespace raycstr::report

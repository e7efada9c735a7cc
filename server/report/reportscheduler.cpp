#include "report/reportscheduler.h"

#include "core/clock.h"
#include "core/logging.h"
#include "report/reportmailer.h"
#include "store/database.h"
#include "store/reportlog.h"

#include <QDateTime>
#include <QTimeZone>

namespace raycstr::report {

ReportScheduler::ReportScheduler(const Clock *clock, QString dataDir, SmtpSettings smtp,
                                 QList<ReportSchedule> schedules, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_dataDir(std::move(dataDir))
    , m_smtp(std::move(smtp))
    , m_schedules(std::move(schedules))
    , m_running(m_schedules.size(), false)
    , m_retryAt(m_schedules.size(), 0)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("reports"));
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { check(); });
}

ReportScheduler::~ReportScheduler()
{
    m_timer.stop();
    m_pool.waitForDone();
}

void ReportScheduler::start()
{
    m_timer.start();
    check();
}

QString ReportScheduler::keyOf(const ReportSchedule &s)
{
    QStringList to = s.to;
    for (QString &a : to)
        a = a.toLower();
    to.sort();
    return s.site + u'|' + s.every + u'|' + to.join(u',');
}

int ReportScheduler::check()
{
    const qint64 now = m_clock->nowSecs();
    SqliteDb db;
    QString error;
    if (!Database::openReadOnly(&db, m_dataDir, &error)) {
        qCWarning(lcReport, "reports: %s", qPrintable(error));
        return 0;
    }
    int started = 0;
    for (int i = 0; i < m_schedules.size(); ++i) {
        const ReportSchedule &s = m_schedules.at(i);
        if (m_running.at(i) || now < m_retryAt.at(i))
            continue;
        Statement site(db, "SELECT timezone FROM sites WHERE domain = ?");
        site.bind(1, s.site);
        if (!site.next())
            continue; // removed since the config was read: nothing to report
        const QDateTime local
            = QDateTime::fromSecsSinceEpoch(now, QTimeZone(site.text(0).toUtf8()));
        const Cadence cadence = *ReportPeriod::parseCadence(s.every);
        const ReportPeriod period = ReportPeriod::lastComplete(cadence, local.date());
        // Due from `hour` on the first day after the period.
        const QDate sendDay = period.to.addDays(1);
        if (local.date() == sendDay && local.time().hour() < s.hour)
            continue;
        const qint64 periodStart = period.from.toJulianDay();
        if (ReportLog(&db).wasSent(keyOf(s), periodStart))
            continue;
        m_running[i] = true;
        ++started;
        m_pool.start([this, i, s, period, periodStart] {
            QString problem;
            bool ok = false;
            query::QueryEngine engine(Database::pathIn(m_dataDir), m_clock, m_engineOptions);
            query::QueryError failure;
            const auto site = engine.open(&problem) ? engine.site(s.site, &problem) : std::nullopt;
            if (site) {
                if (const auto data = buildReport(engine, *site, period, &failure)) {
                    ReportMailer mailer(m_smtp);
                    SmtpError smtpError;
                    ok = mailer.send(*data, s.language, s.to, &smtpError);
                    problem = smtpError.message;
                } else {
                    problem = failure.message;
                }
            }
            if (ok) {
                SqliteDb db;
                ok = Database::open(&db, m_dataDir, &problem)
                    && ReportLog(&db).recordSent(keyOf(s), periodStart, m_clock->nowSecs(),
                                                 &problem);
            }
            QMetaObject::invokeMethod(
                this, [this, i, periodStart, ok, problem] { finished(i, periodStart, ok, problem); },
                Qt::QueuedConnection);
        });
    }
    return started;
}

void ReportScheduler::finished(int index, qint64 periodStart, bool ok, const QString &error)
{
    Q_UNUSED(periodStart);
    m_running[index] = false;
    const ReportSchedule &s = m_schedules.at(index);
    if (ok) {
        m_retryAt[index] = 0;
        qCInfo(lcReport, "report: sent the %s report of %s to %lld recipient(s)",
               qPrintable(s.every), qPrintable(s.site), qlonglong(s.to.size()));
        Q_EMIT reportSent(s.site, s.every);
        return;
    }
    m_retryAt[index] = m_clock->nowSecs() + RetryAfterSecs;
    qCWarning(lcReport, "report: the %s report of %s was not sent: %s (trying again in %lld min)",
              qPrintable(s.every), qPrintable(s.site), qPrintable(error),
              qlonglong(RetryAfterSecs / 60));
    Q_EMIT reportFailed(s.site, s.every, error);
}

} // namespace raycstr::report

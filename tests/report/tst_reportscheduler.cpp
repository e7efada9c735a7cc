// Scheduled reports against a real SMTP server: nothing before the hour on Monday, one
// report at the hour, none again at the next checks or after a restart (report_log), the
// next one a week later; a monthly one on the 1st; and an SMTP failure tried again after
// the back-off, not forgotten.

#include "common/enginefixture.h"
#include "common/smtpserver.h"
#include "report/reportscheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;
using report::ReportScheduler;

class tst_ReportScheduler : public QObject
{
    Q_OBJECT

    EngineFixture f;
    SmtpServer smtp;

    SmtpSettings settings(const QString &password = QLatin1String(SmtpServer::Password)) const
    {
        SmtpSettings s;
        s.url = QStringLiteral("smtp://127.0.0.1:%1").arg(smtp.port());
        s.username = QLatin1String(SmtpServer::User);
        s.password = password;
        s.from = QStringLiteral("RayCstr <stats@example.com>");
        s.caFile = smtp.certFile();
        s.timeoutSecs = 10;
        s.attempts = 1;
        return s;
    }

    static ReportSchedule weekly()
    {
        ReportSchedule r;
        r.site = QStringLiteral("example.com");
        r.to = {QStringLiteral("ana@example.org")};
        r.every = QStringLiteral("week");
        r.hour = 8;
        return r;
    }

    void setNow(int month, int day, int hour, int minute = 0)
    {
        f.clock.setNowMs(QDateTime(QDate(2023, month, day), QTime(hour, minute), QTimeZone::utc())
                             .toMSecsSinceEpoch());
    }

    // One check, its sends finished and their signals delivered.
    int checkNow(ReportScheduler &s)
    {
        const int started = s.check();
        s.waitForDone();
        QCoreApplication::processEvents();
        return started;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(smtp.start(false, &why), qPrintable(why));
        QVERIFY(f.start());
        f.clock.setNowMs(QDateTime(QDate(2023, 11, 14), QTime(10, 0), QTimeZone::utc())
                             .toMSecsSinceEpoch());
        Hit h = f.pageview(QStringLiteral("https://example.com/"));
        h.timestampMs = f.clock.nowMs();
        QVERIFY(f.engine->submit({h}) == SubmitResult::Queued);
        QVERIFY(f.engine->flush());
    }

    void weeklyOnMondayAtTheHourOnce()
    {
        {
            ReportScheduler s(&f.clock, f.dir.path(), settings(), {weekly()});
            QSignalSpy sent(&s, &ReportScheduler::reportSent);
            setNow(11, 20, 7, 59); // Monday, before the hour
            QCOMPARE(checkNow(s), 0);
            setNow(11, 20, 8, 0);
            QCOMPARE(checkNow(s), 1);
            QCOMPARE(sent.size(), 1);
            QTRY_COMPARE(smtp.received(), 1);
            QVERIFY(mimeParts(smtp.message(1)).value("text/plain").contains(
                QLatin1String("Unique visitors: 1 ")));
            setNow(11, 20, 9, 0);
            QCOMPARE(checkNow(s), 0); // sent already
        }
        // A restart: report_log remembers.
        ReportScheduler again(&f.clock, f.dir.path(), settings(), {weekly()});
        setNow(11, 22, 12, 0);
        QCOMPARE(checkNow(again), 0);
        // The next Monday, the next week's report.
        setNow(11, 27, 8, 30);
        QCOMPARE(checkNow(again), 1);
        QTRY_COMPARE(smtp.received(), 2);
    }

    void aServerDownFirstIsTriedAgainAfterTheBackOff()
    {
        ReportSchedule monthly = weekly();
        monthly.every = QStringLiteral("month");
        monthly.to = {QStringLiteral("bo@example.net")};
        ReportScheduler s(&f.clock, f.dir.path(), settings(QStringLiteral("wrong-Pa55")), {monthly});
        QSignalSpy failed(&s, &ReportScheduler::reportFailed);
        setNow(12, 1, 8, 0);
        const int before = smtp.received();
        QCOMPARE(checkNow(s), 1);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first().at(2).toString().contains(QLatin1String("wrong-Pa55")));
        setNow(12, 1, 8, 10);
        QCOMPARE(checkNow(s), 0); // within the back-off
        // The password fixed (a restart with the right config): sent, once.
        ReportScheduler fixed(&f.clock, f.dir.path(), settings(), {monthly});
        setNow(12, 1, 8, 30);
        QCOMPARE(checkNow(fixed), 1);
        QTRY_COMPARE(smtp.received(), before + 1);
        QCOMPARE(checkNow(fixed), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ReportScheduler)
#include "tst_reportscheduler.moc"

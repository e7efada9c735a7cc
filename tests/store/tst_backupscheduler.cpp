// Scheduled backups: due once per interval by the (manual) clock, written to the folder
// under a UTC time-stamped name, the oldest removed beyond `keep`, one log line each, and
// nothing taken again after a restart while the newest backup is recent.

#include "../common/logcapture.h"
#include "core/clock.h"
#include "store/backupscheduler.h"
#include "store/database.h"
#include "store/databasebackup.h"
#include "store/sites.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;

class tst_BackupScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backupsEveryIntervalAndKeepsN();
    void failureIsLogged();

private:
    QTemporaryDir dataDir;
    QTemporaryDir backupDir;
};

void tst_BackupScheduler::initTestCase()
{
    SqliteDb db;
    QString error;
    QVERIFY2(Database::open(&db, dataDir.path(), &error), qPrintable(error));
    QVERIFY(
        SiteRepository(&db).add(QStringLiteral("example.com"), QStringLiteral("UTC"), 0, &error));
}

void tst_BackupScheduler::backupsEveryIntervalAndKeepsN()
{
    ManualClock clock(1700000000000LL); // 2023-11-14T22:13:20Z
    LogCapture log;
    auto scheduler = std::make_unique<BackupScheduler>(
        &clock, dataDir.path(), ServerConfig::Backups {backupDir.path(), 6, 2});
    QSignalSpy finished(scheduler.get(), &BackupScheduler::backupFinished);

    QVERIFY(scheduler->check()); // no backup yet: one now
    QVERIFY(!scheduler->check()); // one at a time
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().at(0).toBool(), true);
    QCOMPARE(scheduler->backups(), QStringList {QStringLiteral("raycstr-20231114-221320.db")});
    QString error;
    QVERIFY2(DatabaseBackup::verify(backupDir.filePath(scheduler->backups().first()), &error),
             qPrintable(error));

    clock.advanceMs(5 * 3600 * 1000);
    QVERIFY(!scheduler->check()); // 5 h < 6 h
    for (int i = 0; i < 3; ++i) {
        clock.advanceMs(6 * 3600 * 1000);
        QVERIFY(scheduler->check());
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.last().at(0).toBool());
    }
    QCOMPARE(scheduler->backups(),
             (QStringList {QStringLiteral("raycstr-20231115-151320.db"),
                           QStringLiteral("raycstr-20231115-211320.db")}));
    QCOMPARE(log.text().count(QLatin1String("backup written: ")), 4);

    // A restart reads the newest backup's time: nothing due for another interval.
    scheduler = std::make_unique<BackupScheduler>(&clock, dataDir.path(),
                                                  ServerConfig::Backups {backupDir.path(), 6, 2});
    clock.advanceMs(3600 * 1000);
    QVERIFY(!scheduler->check());
}

void tst_BackupScheduler::failureIsLogged()
{
    ManualClock clock(1700000000000LL);
    QTemporaryDir empty;
    LogCapture log;
    BackupScheduler scheduler(
        &clock, empty.filePath(QStringLiteral("missing")),
        ServerConfig::Backups {backupDir.filePath(QStringLiteral("f")), 1, 1});
    QSignalSpy finished(&scheduler, &BackupScheduler::backupFinished);
    QVERIFY(scheduler.check());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY2(log.text().contains(QLatin1String("failed: no database")), qPrintable(log.text()));
    QVERIFY(scheduler.backups().isEmpty());
}

QTEST_MAIN(tst_BackupScheduler)
#include "tst_backupscheduler.moc"

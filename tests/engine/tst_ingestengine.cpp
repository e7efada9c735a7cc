#include "common/enginefixture.h"
#include "common/faultystore.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStorageInfo>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#endif

using namespace raycstr;
using namespace raycstr::testing;

class tst_IngestEngine : public QObject
{
    Q_OBJECT

    static EngineOptions faulty(FaultyStore::Switches *switches)
    {
        EngineOptions options;
        options.wrapStore = [switches](std::unique_ptr<EventStore> real) {
            return std::make_unique<FaultyStore>(std::move(real), switches);
        };
        return options;
    }
    static QList<Hit> pageviews(const EngineFixture &f, int n, const QString &prefix)
    {
        QList<Hit> hits;
        for (int i = 0; i < n; ++i)
            hits.append(f.pageview(QStringLiteral("https://example.com/%1/%2").arg(prefix).arg(i),
                                   QStringLiteral("198.51.100.%1").arg(i % 200)));
        return hits;
    }
    // Today's totals, as the dashboard reads them.
    static QList<qint64> dayTotals(const EngineFixture &f)
    {
        return {f.query("SELECT count(*) FROM events"),
                f.query("SELECT sum(visitors) FROM rollup_daily WHERE dim = 0"),
                f.query("SELECT sum(visits) FROM rollup_daily WHERE dim = 0"),
                f.query("SELECT sum(bounces) FROM rollup_daily WHERE dim = 0"),
                f.query("SELECT sum(duration) FROM rollup_daily WHERE dim = 0"),
                f.query("SELECT sum(pageviews) FROM rollup_daily WHERE dim = 0"),
                f.query("SELECT count(DISTINCT visitor) FROM events")};
    }

private Q_SLOTS:
    void stopFlushesEveryAcceptedHit()
    {
        EngineFixture f;
        QVERIFY(f.start());
        QList<Hit> hits;
        for (int i = 0; i < 5000; ++i)
            hits.append(f.pageview(QStringLiteral("https://example.com/p/%1").arg(i % 50),
                                   QStringLiteral("198.51.100.%1").arg(i % 200)));
        QCOMPARE(f.engine->submit(std::move(hits)), SubmitResult::Queued);
        f.engine->stop(); // no flush() first: stop itself must drain the queue
        QCOMPARE(f.engine->counters().stored, 5000);
        QCOMPARE(f.query("SELECT count(*) FROM events"), 5000);
        QCOMPARE(f.query("SELECT sum(pageviews) FROM rollup_daily WHERE dim = 0"), 5000);
        QCOMPARE(f.query("SELECT sum(visitors) FROM rollup_daily WHERE dim = 0"), 200);
        QCOMPARE(f.engine->submit({f.pageview(QStringLiteral("https://example.com/"))}),
                 SubmitResult::Closed);
    }

    void fullQueueRefusesAndLosesNothing()
    {
        EngineFixture f;
        EngineOptions options;
        options.queue.hits = 100;
        QVERIFY(f.start(options));
        // Stall the writer the way a backup or a slow disk would: hold the write lock.
        SqliteDb blocker;
        QString error;
        QVERIFY(blocker.open(Database::pathIn(f.dir.path()), SqliteDb::Mode::ReadWrite, &error));
        QVERIFY(blocker.exec("BEGIN IMMEDIATE"));
        QCOMPARE(f.engine->submit({f.pageview(QStringLiteral("https://example.com/first"))}),
                 SubmitResult::Queued);
        QTRY_COMPARE(f.engine->counters().queued, 0); // the writer took it and is now stuck
        QList<Hit> fill;
        for (int i = 0; i < 100; ++i)
            fill.append(f.pageview(QStringLiteral("https://example.com/%1").arg(i)));
        QCOMPARE(f.engine->submit(std::move(fill)), SubmitResult::Queued);
        QCOMPARE(f.engine->submit({f.pageview(QStringLiteral("https://example.com/one-too-many"))}),
                 SubmitResult::Busy);
        QCOMPARE(f.engine->counters().rejectedBusy, 1);
        QVERIFY(blocker.exec("ROLLBACK"));
        QVERIFY(f.engine->flush(30000));
        QCOMPARE(f.query("SELECT count(*) FROM events"), 101);
    }

    // A store that asks for longer batches (ClickHouse: about one INSERT a second) gets
    // them: a steady trickle of hits becomes a few writes, and every hit is stored.
    void aStoreAskingForLongerBatchesGetsThem()
    {
        FaultyStore::Switches switches;
        switches.batchWindowMs = 700;
        EngineFixture f;
        QVERIFY(f.start(faulty(&switches)));
        QElapsedTimer clock;
        clock.start();
        int sent = 0;
        while (clock.elapsed() < 1400) {
            QCOMPARE(f.engine->submit(pageviews(f, 1, QString::number(sent++))),
                     SubmitResult::Queued);
            QTest::qWait(20);
        }
        QVERIFY(f.engine->flush());
        QCOMPARE(f.query("SELECT count(*) FROM events"), sent);
        QVERIFY2(switches.writeCalls <= 4, qPrintable(QString::number(switches.writeCalls)));
    }

    void botsAreDroppedAndCounted()
    {
        EngineFixture f;
        QVERIFY(f.start());
        const QByteArray headless
            = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "HeadlessChrome/126.0.0.0 Safari/537.36";
        QCOMPARE(f.engine->submit({f.pageview(QStringLiteral("https://example.com/"),
                                              QStringLiteral("203.0.113.1"), headless),
                                   f.pageview(QStringLiteral("https://example.com/"),
                                              QStringLiteral("203.0.113.2"), "curl/8.1.2"),
                                   f.pageview(QStringLiteral("https://example.com/"),
                                              QStringLiteral("203.0.113.3"), QByteArray()),
                                   f.pageview(QStringLiteral("https://example.com/"))}),
                 SubmitResult::Queued);
        QVERIFY(f.engine->flush());
        QCOMPARE(f.query("SELECT count(*) FROM events"), 1);
        QCOMPARE(f.query("SELECT count FROM dropped WHERE reason = 'bot'"), 3);
        QCOMPARE(f.engine->counters().droppedFor(DropReason::Bot), 3);
    }

    void storedEventsAreAnnouncedLive()
    {
        EngineFixture f;
        QVERIFY(f.start());
        QSignalSpy spy(f.engine.get(), &IngestEngine::eventsStored);
        Hit h = f.pageview(QStringLiteral("https://example.com/live?utm_source=newsletter"));
        h.referrer = QStringLiteral("https://www.google.com/");
        QCOMPARE(f.engine->submit({h}), SubmitResult::Queued);
        QVERIFY(spy.wait(10000)); // latency is measured by the benchmark, not here
        const auto live = spy.at(0).at(0).value<QList<LiveEvent>>();
        QCOMPARE(live.size(), 1);
        QCOMPARE(live.at(0).path, QStringLiteral("/live"));
        QCOMPARE(live.at(0).siteId, f.siteId);
        QVERIFY(live.at(0).visitStart);
        QCOMPARE(live.at(0).device, QStringLiteral("Desktop"));
    }

    void restartKeepsTodaysVisitorsAndRunningVisits()
    {
        EngineFixture f;
        QVERIFY(f.start());
        QCOMPARE(f.engine->submit({f.pageview(QStringLiteral("https://example.com/a")),
                                   f.pageview(QStringLiteral("https://example.com/x"),
                                              QStringLiteral("198.51.100.5"))}),
                 SubmitResult::Queued);
        f.engine->stop();
        // Restart a minute later; the same person goes on reading.
        f.clock.advanceMs(60000);
        EngineOptions options;
        options.dataDir = f.dir.path();
        options.userAgentRegexes = findUserAgentRegexes();
        QString error;
        IngestEngine again(&f.clock);
        QVERIFY2(again.start(options, &error), qPrintable(error));
        QCOMPARE(again.submit({f.pageview(QStringLiteral("https://example.com/b"))}),
                 SubmitResult::Queued);
        again.stop();
        QCOMPARE(f.query("SELECT count(*) FROM events"), 3);
        QCOMPARE(f.query("SELECT visit_age FROM events ORDER BY id DESC LIMIT 1"),
                 60); // same visit
        QCOMPARE(f.query("SELECT visitors FROM rollup_daily WHERE dim = 0"), 2); // not 3
        QCOMPARE(f.query("SELECT visits FROM rollup_daily WHERE dim = 0"), 2);
        QCOMPARE(f.query("SELECT bounces FROM rollup_daily WHERE dim = 0"),
                 1); // /a → /b is no bounce
        QCOMPARE(f.query("SELECT duration FROM rollup_daily WHERE dim = 0"), 60);
    }

    void saltRotationContinuesVisitsAndForgetsOldSalts()
    {
        EngineFixture f;
        f.clock.setNowMs(1700006400000LL - 120000); // 23:58 UTC
        QVERIFY(f.start());
        QCOMPARE(f.engine->submit({f.pageview(QStringLiteral("https://example.com/a"))}),
                 SubmitResult::Queued);
        QVERIFY(f.engine->flush());
        f.clock.advanceMs(240000); // 00:02 the next day
        QCOMPARE(f.engine->submit({f.pageview(QStringLiteral("https://example.com/b"))}),
                 SubmitResult::Queued);
        QVERIFY(f.engine->flush());
        QCOMPARE(f.query("SELECT count(DISTINCT visitor) FROM events"), 1); // one visit, one id
        QCOMPARE(f.query("SELECT max(visit_age) FROM events"), 240);
        QCOMPARE(f.query("SELECT count(*) FROM salts"), 2);
        // Two days later the writer's maintenance deletes salts older than 48 hours.
        f.clock.advanceMs(49LL * 3600 * 1000);
        QCOMPARE(f.engine->submit({f.pageview(QStringLiteral("https://example.com/c"))}),
                 SubmitResult::Queued);
        QVERIFY(f.engine->flush()); // today's salt exists from here on
        const QByteArray old = "SELECT count(*) FROM salts WHERE created_at < "
            + QByteArray::number(f.clock.nowSecs() - 48 * 3600);
        QTRY_COMPARE_WITH_TIMEOUT(f.query(old.constData()), 0, 5000);
        QVERIFY(f.query("SELECT count(*) FROM salts") >= 1);
    }

    // A failing store (here through the test double; on a real full disk below) never
    // loses an accepted event: the writer retries, ingest refuses meanwhile and says why,
    // and the queue drains once writes work again.
    void failedWritesRefuseWithTheirReasonAndLoseNothing()
    {
        FaultyStore::Switches switches;
        EngineFixture f;
        QVERIFY(f.start(faulty(&switches)));
        QCOMPARE(f.engine->submit(pageviews(f, 10, QStringLiteral("before"))),
                 SubmitResult::Queued);
        QVERIFY(f.engine->flush());
        QCOMPARE(f.engine->state(), IngestEngine::State::Running);

        switches.writes = FaultyStore::Fault::DiskFull;
        QCOMPARE(f.engine->submit(pageviews(f, 5, QStringLiteral("held"))), SubmitResult::Queued);
        QTRY_COMPARE(f.engine->state(), IngestEngine::State::DiskFull);
        QCOMPARE(f.engine->submit(pageviews(f, 3, QStringLiteral("refused"))),
                 SubmitResult::DiskFull);
        QCOMPARE(f.engine->counters().rejectedDiskFull, 3);
        QCOMPARE(f.engine->lastWriteError(), FaultyStore::DiskFullMessage);
        // The writer keeps trying (with back-off), well past a handful of attempts.
        QTRY_VERIFY_WITH_TIMEOUT(f.engine->counters().writeFailures >= 4, 10000);

        switches.writes = FaultyStore::Fault::Other;
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->state(), IngestEngine::State::WriteFailing, 10000);
        QCOMPARE(f.engine->submit(pageviews(f, 2, QStringLiteral("refused"))),
                 SubmitResult::WriteFailing);
        QCOMPARE(f.engine->counters().rejectedWriteFailing, 2);

        switches.writes = FaultyStore::Fault::None;
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->state(), IngestEngine::State::Running, 10000);
        QVERIFY(f.engine->flush());
        QCOMPARE(f.engine->counters().stored, 15);
        QCOMPARE(f.engine->counters().lost, 0);
        QCOMPARE(f.query("SELECT count(*) FROM events"), 15);
        QCOMPARE(f.query("SELECT sum(pageviews) FROM rollup_daily WHERE dim = 0"), 15);
        QCOMPARE(f.engine->submit(pageviews(f, 1, QStringLiteral("after"))), SubmitResult::Queued);
    }

    // At stop, a store that never comes back gets a bounded time (the unit's stop timeout
    // covers it); what is then given up is counted, not silently dropped.
    void stopGivesUpOnANeverWritableStoreAfterItsBudget()
    {
        FaultyStore::Switches switches;
        EngineFixture f;
        EngineOptions options = faulty(&switches);
        options.stopRetryBudgetMs = 300;
        QVERIFY(f.start(options));
        switches.writes = FaultyStore::Fault::DiskFull;
        QCOMPARE(f.engine->submit(pageviews(f, 4, QStringLiteral("x"))), SubmitResult::Queued);
        QTRY_COMPARE(f.engine->state(), IngestEngine::State::DiskFull);
        f.engine->stop();
        QCOMPARE(f.engine->counters().lost, 4);
        QCOMPARE(f.engine->counters().stored, 0);
    }

    // The same on a real, size-limited file system: a tmpfs of a few MB, filled up.
    void realFullDiskIsRefusedAndDrainedOnceSpaceReturns()
    {
#ifndef Q_OS_LINUX
        QSKIP("a size-limited tmpfs needs Linux; FaultyStore tests cover the logic");
#else
        QTemporaryDir mountPoint;
        QVERIFY(mountPoint.isValid());
        const QByteArray where = QFile::encodeName(mountPoint.path());
        if (::mount("tmpfs", where.constData(), "tmpfs", 0, "size=8m,mode=0700") != 0)
            QSKIP(qPrintable(QStringLiteral("cannot mount a size-limited tmpfs here (%1; needs "
                                            "root or CAP_SYS_ADMIN): the full-disk path is "
                                            "covered by the FaultyStore tests only")
                                 .arg(QString::fromLocal8Bit(std::strerror(errno)))));
        auto unmount = qScopeGuard([&] { ::umount2(where.constData(), MNT_DETACH); });

        EngineFixture f;
        f.dataDirOverride = mountPoint.path() + QStringLiteral("/data");
        QVERIFY(QDir().mkpath(f.dataDirOverride));
        QVERIFY(f.start());
        QCOMPARE(f.engine->submit(pageviews(f, 100, QStringLiteral("first"))),
                 SubmitResult::Queued);
        QVERIFY(f.engine->flush());

        // Fill what is left of the file system.
        QFile filler(mountPoint.path() + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray chunk(64 * 1024, 'x');
        while (filler.write(chunk) == chunk.size() && filler.flush()) { }
        filler.close();
        QVERIFY2(QStorageInfo(mountPoint.path()).bytesAvailable() < 64 * 1024,
                 "the filler did not fill the file system");

        // Hits with long paths, until a write needs more room than is left.
        const QString longPath(300, u'p');
        for (int round = 0; round < 20 && f.engine->state() != IngestEngine::State::DiskFull;
             ++round) {
            const SubmitResult r
                = f.engine->submit(pageviews(f, 2000, longPath + QString::number(round)));
            QVERIFY(r == SubmitResult::Queued || r == SubmitResult::DiskFull);
            QTest::qWait(200);
        }
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->state(), IngestEngine::State::DiskFull, 10000);
        QCOMPARE(f.engine->submit(pageviews(f, 1, QStringLiteral("refused"))),
                 SubmitResult::DiskFull);
        QVERIFY(f.engine->counters().rejectedDiskFull >= 1);
        QVERIFY(f.engine->lastWriteError().contains(QLatin1String("full")));

        QVERIFY(filler.remove()); // space returns
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->state(), IngestEngine::State::Running, 15000);
        QVERIFY(f.engine->flush(30000));
        const qint64 accepted = f.engine->counters().accepted;
        // At least the round that met the full disk was accepted (2xx) and must now be stored.
        QVERIFY2(accepted >= 2100, qPrintable(QString::number(accepted)));
        QCOMPARE(f.engine->counters().stored, accepted);
        f.engine->stop();
        QCOMPARE(f.query("SELECT count(*) FROM events"), accepted);
#endif
    }

    // start() returns before today's visits are rebuilt; hits arriving meanwhile wait, and
    // come out exactly as in a run that never stopped.
    void hitsArrivingDuringRestoreCountAsWithoutRestart()
    {
        auto firstHalf = [](EngineFixture &f) {
            QList<Hit> hits;
            for (int i = 0; i < 300; ++i)
                hits.append(f.pageview(QStringLiteral("https://example.com/a/%1").arg(i % 7),
                                       QStringLiteral("198.51.100.%1").arg(i % 40)));
            return hits;
        };
        auto secondHalf = [](EngineFixture &f) {
            QList<Hit> hits;
            for (int i = 0; i < 300; ++i) // visitors 20..59: half known, half new
                hits.append(f.pageview(QStringLiteral("https://example.com/b/%1").arg(i % 5),
                                       QStringLiteral("198.51.100.%1").arg(20 + i % 40)));
            return hits;
        };

        EngineFixture uninterrupted;
        QVERIFY(uninterrupted.start());
        QCOMPARE(uninterrupted.engine->submit(firstHalf(uninterrupted)), SubmitResult::Queued);
        QVERIFY(uninterrupted.engine->flush());
        uninterrupted.clock.advanceMs(90000);
        QCOMPARE(uninterrupted.engine->submit(secondHalf(uninterrupted)), SubmitResult::Queued);
        uninterrupted.engine->stop();

        EngineFixture restarted;
        QVERIFY(restarted.start());
        QCOMPARE(restarted.engine->submit(firstHalf(restarted)), SubmitResult::Queued);
        restarted.engine->stop();
        restarted.clock.advanceMs(90000);

        FaultyStore::Switches switches;
        switches.holdReplay = true; // a long replay, held until the hits are in
        EngineOptions options = faulty(&switches);
        options.dataDir = restarted.dataDir();
        options.userAgentRegexes = findUserAgentRegexes();
        QString error;
        IngestEngine again(&restarted.clock);
        QVERIFY2(again.start(options, &error), qPrintable(error)); // returns at once
        QCOMPARE(again.state(), IngestEngine::State::Starting);
        QCOMPARE(again.submit(secondHalf(restarted)), SubmitResult::Queued);
        QTest::qWait(300); // a writer that did not wait for the replay would write now
        QCOMPARE(again.counters().stored, 0);
        QCOMPARE(again.state(), IngestEngine::State::Starting);
        switches.release();
        QVERIFY(again.flush());
        QCOMPARE(again.state(), IngestEngine::State::Running);
        again.stop();

        const QList<qint64> expected = dayTotals(uninterrupted);
        QCOMPARE(expected.at(0), 600);
        QCOMPARE(expected.at(1), 60); // visitors 0..59
        QCOMPARE(dayTotals(restarted), expected);
    }
};

QTEST_GUILESS_MAIN(tst_IngestEngine)
#include "tst_ingestengine.moc"

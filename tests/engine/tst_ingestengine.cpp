#include "common/enginefixture.h"

#include <QSignalSpy>

using namespace raycstr;
using namespace raycstr::testing;

class tst_IngestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stopFlushesEveryAcceptedHit()
    {
        EngineFixture f;
        QVERIFY(f.start());
        QList<Hit> hits;
        for (int i = 0; i < 5000; ++i)
            hits.append(f.pageview(QStringLiteral("https://example.com/p/%1").arg(i % 50),
                                   QStringLiteral("198.51.100.%1").arg(i % 200)));
        QCOMPARE(f.engine->submit(std::move(hits)), IngestQueue::Result::Queued);
        f.engine->stop(); // no flush() first: stop itself must drain the queue
        QCOMPARE(f.engine->counters().stored, 5000);
        QCOMPARE(f.query("SELECT count(*) FROM events"), 5000);
        QCOMPARE(f.query("SELECT sum(pageviews) FROM rollup_daily WHERE dim = 0"), 5000);
        QCOMPARE(f.query("SELECT sum(visitors) FROM rollup_daily WHERE dim = 0"), 200);
        QCOMPARE(f.engine->submit({f.pageview(QStringLiteral("https://example.com/"))}),
                 IngestQueue::Result::Closed);
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
                 IngestQueue::Result::Queued);
        QTRY_COMPARE(f.engine->counters().queued, 0); // the writer took it and is now stuck
        QList<Hit> fill;
        for (int i = 0; i < 100; ++i)
            fill.append(f.pageview(QStringLiteral("https://example.com/%1").arg(i)));
        QCOMPARE(f.engine->submit(std::move(fill)), IngestQueue::Result::Queued);
        QCOMPARE(f.engine->submit({f.pageview(QStringLiteral("https://example.com/one-too-many"))}),
                 IngestQueue::Result::Full);
        QCOMPARE(f.engine->counters().rejectedBusy, 1);
        QVERIFY(blocker.exec("ROLLBACK"));
        QVERIFY(f.engine->flush(30000));
        QCOMPARE(f.query("SELECT count(*) FROM events"), 101);
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
                 IngestQueue::Result::Queued);
        QVERIFY(f.engine->flush());
        QCOMPARE(f.query("SELECT count(*) FROM events"), 1);
        QCOMPARE(f.query("SELECT count FROM dropped WHERE reason = 'bot'"), 3);
        QCOMPARE(f.engine->counters().droppedBots, 3);
    }

    void storedEventsAreAnnouncedLive()
    {
        EngineFixture f;
        QVERIFY(f.start());
        QSignalSpy spy(f.engine.get(), &IngestEngine::eventsStored);
        Hit h = f.pageview(QStringLiteral("https://example.com/live?utm_source=newsletter"));
        h.referrer = QStringLiteral("https://www.google.com/");
        QCOMPARE(f.engine->submit({h}), IngestQueue::Result::Queued);
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
                 IngestQueue::Result::Queued);
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
                 IngestQueue::Result::Queued);
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
                 IngestQueue::Result::Queued);
        QVERIFY(f.engine->flush());
        f.clock.advanceMs(240000); // 00:02 the next day
        QCOMPARE(f.engine->submit({f.pageview(QStringLiteral("https://example.com/b"))}),
                 IngestQueue::Result::Queued);
        QVERIFY(f.engine->flush());
        QCOMPARE(f.query("SELECT count(DISTINCT visitor) FROM events"), 1); // one visit, one id
        QCOMPARE(f.query("SELECT max(visit_age) FROM events"), 240);
        QCOMPARE(f.query("SELECT count(*) FROM salts"), 2);
        // Two days later the writer's maintenance deletes salts older than 48 hours.
        f.clock.advanceMs(49LL * 3600 * 1000);
        QCOMPARE(f.engine->submit({f.pageview(QStringLiteral("https://example.com/c"))}),
                 IngestQueue::Result::Queued);
        QVERIFY(f.engine->flush()); // today's salt exists from here on
        const QByteArray old = "SELECT count(*) FROM salts WHERE created_at < "
            + QByteArray::number(f.clock.nowSecs() - 48 * 3600);
        QTRY_COMPARE_WITH_TIMEOUT(f.query(old.constData()), 0, 5000);
        QVERIFY(f.query("SELECT count(*) FROM salts") >= 1);
    }
};

QTEST_GUILESS_MAIN(tst_IngestEngine)
#include "tst_ingestengine.moc"

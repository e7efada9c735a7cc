#include "common/clickhousestores.h"
#include "common/faultyproxy.h"
#include "store/clickhouseeventstore.h"
#include "store/clickhouserollups.h"
#include "store/clickhouseschema.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace raycstr;
using testing::FaultyProxy;

// The ClickHouse rollups (issue 16) against a real server: what a batch adds, once however
// its inserts fail and are retried, and the upgrade of a database written before them. The
// numbers they give reports are checked by the parity suite (tst_queryengine).
class tst_ClickHouseRollups : public QObject
{
    Q_OBJECT

    testing::ClickHouseStores m_ch;

    quint64 scalar(const QByteArray &sql) { return m_ch.scalar(sql); }
    bool run(const QByteArray &sql) { return m_ch.run(sql); }

    // `n` one-page visits of site 1, ten a second from `ts`, each a new visitor.
    static std::vector<Event> visits(int n, qint64 ts)
    {
        std::vector<Event> events;
        for (int i = 0; i < n; ++i) {
            Event e;
            e.siteId = 1;
            e.ts = e.visitStart = ts + i / 10;
            e.visitor = quint64(1000 + i);
            e.path = e.entryPath = QStringLiteral("/p%1").arg(i % 3);
            e.hostname = QStringLiteral("a.test");
            e.acquisition.source = i % 2 ? QStringLiteral("Google") : QString();
            e.flags = EventFlag::VisitStart | EventFlag::NewVisitorToday | EventFlag::NewVisitorHour
                | EventFlag::FirstPageInVisit;
            e.newDimensions = ~0u;
            e.slot = e.visitSlot = {e.ts / 86400, e.ts / 3600 * 3600};
            e.bounceDelta = 1;
            events.push_back(e);
        }
        return events;
    }
    // The site's pageviews and visits as the rollups sum them (totals, dim 0).
    QPair<quint64, quint64> totals()
    {
        return {scalar("SELECT sum(pageviews) FROM rollups WHERE site_id = 1 AND dim = 0"),
                scalar("SELECT sum(visits) FROM rollups WHERE site_id = 1 AND dim = 0")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_ch.server.start(&error), qPrintable(error));
    }

    // Every rollup a batch makes: totals, dimensions, hours, and one marker per month.
    void aBatchAddsItsSums()
    {
        auto store = m_ch.open();
        QVERIFY(store);
        std::vector<Event> events = visits(30, 1700000000);
        QString error;
        QVERIFY2(store->write(events, {}, &error), qPrintable(error));
        QCOMPARE(totals(), qMakePair(quint64(30), quint64(30)));
        QCOMPARE(scalar("SELECT sum(visits) FROM rollups WHERE dim = "
                        + QByteArray::number(int(Dimension::Source)) + " AND value = 'Google'"),
                 quint64(15));
        QCOMPARE(scalar("SELECT sum(pageviews) FROM rollups WHERE dim = "
                        + QByteArray::number(ClickHouseSchema::RollupHourDim)),
                 quint64(30));
        QCOMPARE(scalar("SELECT count() FROM rollups WHERE site_id = 0 AND dim = "
                        + QByteArray::number(ClickHouseSchema::RollupMarkerDim)),
                 quint64(1));
    }

    // The answer to the rollups' INSERT was lost after it landed: the retry sends nothing.
    void aRetriedBatchIsSummedOnce()
    {
        FaultyProxy proxy(m_ch.server.httpPort());
        auto store = m_ch.open({1}, proxy.port());
        QVERIFY(store);
        std::vector<Event> events = visits(40, 1700000000);
        proxy.dropAnswer("INSERT INTO rollups");
        QString error;
        QVERIFY(!store->write(events, {}, &error));
        QCOMPARE(proxy.answersDropped(), 1);
        QCOMPARE(totals(), qMakePair(quint64(40), quint64(40))); // it had landed
        QVERIFY2(store->write(events, {}, &error), qPrintable(error));
        QCOMPARE(store->pendingBatch(), quint64(0));
        QCOMPARE(totals(), qMakePair(quint64(40), quint64(40)));
        QCOMPARE(scalar("SELECT count() FROM events"), quint64(40));

        // The request never arrived: the retry sends it.
        std::vector<Event> more = visits(20, 1700100000);
        proxy.dropRequest("INSERT INTO rollups");
        QVERIFY(!store->write(more, {}, &error));
        QCOMPARE(proxy.requestsDropped(), 1);
        QCOMPARE(totals(), qMakePair(quint64(40), quint64(40)));
        QVERIFY2(store->write(more, {}, &error), qPrintable(error));
        QCOMPARE(totals(), qMakePair(quint64(60), quint64(60)));
    }

    // A batch across a month's end is one part per month: when only one landed, the retry
    // sends the other month's rows and not the first's again.
    void aBatchThatLandedInOneMonthIsCompleted()
    {
        FaultyProxy proxy(m_ch.server.httpPort());
        auto store = m_ch.open({1}, proxy.port());
        QVERIFY(store);
        const qint64 lastHourOfOctober = 1698796800 - 3600; // 2023-10-31T23:00Z
        std::vector<Event> events = visits(20, lastHourOfOctober);
        std::vector<Event> november = visits(20, lastHourOfOctober + 3600);
        for (Event &e : november)
            e.visitor += 100;
        events.insert(events.end(), november.begin(), november.end());
        proxy.dropAnswer("INSERT INTO rollups");
        QString error;
        QVERIFY(!store->write(events, {}, &error));
        QCOMPARE(totals(), qMakePair(quint64(40), quint64(40)));
        // November's part "did not land".
        QVERIFY(run("ALTER TABLE rollups DROP PARTITION 202311"));
        QCOMPARE(totals(), qMakePair(quint64(20), quint64(20)));
        QVERIFY2(store->write(events, {}, &error), qPrintable(error));
        QCOMPARE(totals(), qMakePair(quint64(40), quint64(40)));
        QCOMPARE(scalar("SELECT sum(pageviews) FROM rollups WHERE site_id = 1 AND dim = 0 AND "
                        "slot = 19662"), // 2023-11-01
                 quint64(20));
    }

    // A database of schema version 1 (no rollups): upgraded when it holds no events,
    // refused with the way out when it does (its events cannot give the rollups).
    void anOlderDatabaseIsUpgradedOrRefused()
    {
        QVERIFY(m_ch.open());
        auto makeVersion1 = [&] {
            return run("DROP TABLE rollups") && run("DROP TABLE schema_version")
                && run("CREATE TABLE schema_version (version UInt32, applied_at DateTime) "
                       "ENGINE = MergeTree() ORDER BY version")
                && run("INSERT INTO schema_version VALUES (1, now())");
        };
        QVERIFY(makeVersion1());
        QVERIFY(m_ch.open());
        QCOMPARE(scalar("SELECT max(version) FROM schema_version"),
                 quint64(ClickHouseSchema::Version));
        QCOMPARE(scalar("SELECT count() FROM system.tables WHERE database = currentDatabase() "
                        "AND name = 'rollups'"),
                 quint64(1));

        QVERIFY(makeVersion1());
        QVERIFY(run("INSERT INTO events (site_id, ts, visitor) VALUES (1, now(), 7)"));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(
                                 "schema version 1, 1 events.*migrate --to clickhouse")));
        QVERIFY(!m_ch.open());
        QCOMPARE(scalar("SELECT max(version) FROM schema_version"), quint64(1));
    }
};

QTEST_GUILESS_MAIN(tst_ClickHouseRollups)
#include "tst_clickhouserollups.moc"

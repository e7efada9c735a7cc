#include "common/clickhousecluster.h"
#include "common/faultyproxy.h"
#include "store/clickhouseeventstore.h"
#include "store/clickhouseschema.h"
#include "store/rowbinary.h"

#include <QSet>
#include <QTest>

#include <thread>

using namespace raycstr;
using testing::ClickHouseCluster;
using testing::ClickHouseServer;
using testing::FaultyProxy;

// The ClickHouse store on a cluster of two shards (issue 16): two real servers on loopback
// (tests/common/clickhousecluster.h), the store's URL naming the cluster. The query side's
// parity on the cluster is tst_queryengine's and tst_goalsfunnels'.
class tst_ClickHouseCluster : public QObject
{
    Q_OBJECT

    ClickHouseCluster m_cluster;

    static QString database()
    {
        return QString::fromLatin1(QTest::currentTestFunction()).toLower();
    }
    static QString password() { return QString::fromLatin1(ClickHouseServer::Password); }

    // A store whose URL names node `node` and the cluster (schema made on every node).
    std::unique_ptr<ClickHouseEventStore> open(int node, QString *error)
    {
        auto store = ClickHouseEventStore::open(
            std::make_unique<ClickHouseClient>(m_cluster.endpoint(database(), node), password(),
                                               ClickHouseClient::Timeouts {2000, 10000}),
            [](qint32) { return true; }, error);
        if (store)
            store->saltStore().setSettleMs(200);
        return store;
    }
    // One number as node `node` answers it by itself (no cluster settings); -1 on error.
    qint64 onNode(int node, const QByteArray &sql)
    {
        ClickHouseClient c(m_cluster.nodeEndpoint(database(), node), password());
        QByteArray rows;
        ClickHouseError e;
        if (!c.select("SELECT toUInt64((" + sql + "))", &rows, &e)) {
            qWarning("%s", qPrintable(e.toString()));
            return -1;
        }
        return qint64(RowBinaryReader(rows).uint64());
    }

    // `visitors` visitors with `perVisitor` pageviews each, a visit spanning midnight UTC.
    static std::vector<Event> visits(int visitors, int perVisitor, qint64 start)
    {
        std::vector<Event> events;
        for (int v = 1; v <= visitors; ++v) {
            for (int i = 0; i < perVisitor; ++i) {
                Event e;
                e.siteId = 1;
                e.ts = start + i * 600;
                e.visitStart = start;
                e.visitor = quint64(v) * 1000003;
                e.path = QStringLiteral("/p%1").arg(i);
                e.entryPath = QStringLiteral("/p0");
                e.hostname = QStringLiteral("a.test");
                e.slot = {e.ts / 86400, e.ts / 3600 * 3600};
                e.visitSlot = {start / 86400, start / 3600 * 3600};
                events.push_back(e);
            }
        }
        std::stable_sort(events.begin(), events.end(),
                         [](const Event &a, const Event &b) { return a.ts < b.ts; });
        return events;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
    }

    void everyNodeGetsTheTables()
    {
        QString error;
        QVERIFY2(open(1, &error), qPrintable(error));
        const QByteArray db = ClickHouseClient::quote(database().toUtf8());
        for (int node = 0; node < 2; ++node) {
            for (const char *table : {"events_local", "dropped_local", "salts_local"})
                QCOMPARE(onNode(node,
                                "SELECT count() FROM system.tables WHERE database = " + db
                                    + " AND name = '" + table + "' AND engine LIKE '%MergeTree'"),
                         1);
            for (const char *table : {"events", "dropped", "salts"})
                QCOMPARE(onNode(node,
                                "SELECT count() FROM system.tables WHERE database = " + db
                                    + " AND name = '" + table + "' AND engine = 'Distributed'"),
                         1);
            QCOMPARE(onNode(node, "SELECT max(version) FROM schema_version"),
                     qint64(ClickHouseSchema::Version));
        }
        // Opened again (another collector's start): nothing changes, nothing fails.
        QVERIFY2(open(0, &error), qPrintable(error));
    }

    void aClusterTheServerDoesNotKnowIsRefused()
    {
        ClickHouseEndpoint endpoint = m_cluster.endpoint(database());
        endpoint.cluster = QStringLiteral("no_such_cluster");
        QString error;
        QVERIFY(!ClickHouseEventStore::open(
            std::make_unique<ClickHouseClient>(endpoint, password()), [](qint32) { return true; },
            &error));
        QVERIFY2(error.contains(QLatin1String("no_such_cluster"))
                     && error.contains(QLatin1String("remote_servers")),
                 qPrintable(error));
    }

    // A 2xx means stored: when write() returns, every row is on its shard (the insert is
    // synchronous), a visitor's events all on one shard, even a visit across midnight.
    void writesAreOnTheirShardsWhenWriteReturns()
    {
        QString error;
        auto store = open(1, &error);
        QVERIFY2(store, qPrintable(error));
        std::vector<Event> events = visits(40, 5, 1700006400 - 1200); // 23:40 UTC on
        const qint64 n = qint64(events.size());
        QVERIFY2(store->write(events, {{1, 19675, QStringLiteral("bot"), 3}}, &error),
                 qPrintable(error));
        const qint64 first = onNode(0, "SELECT count() FROM events_local");
        const qint64 second = onNode(1, "SELECT count() FROM events_local");
        QVERIFY2(first > 0 && second > 0,
                 qPrintable(QStringLiteral("%1 + %2").arg(first).arg(second)));
        QCOMPARE(first + second, n);
        // No visitor on both shards; the visits cross midnight, and stay whole.
        QCOMPARE(onNode(0, "SELECT uniqExact(day) FROM events_local"), 2);
        for (int node = 0; node < 2; ++node) {
            QCOMPARE(onNode(node,
                            "SELECT count() FROM (SELECT visitor FROM events_local GROUP BY "
                            "visitor HAVING count() != 5)"),
                     0);
        }
        QCOMPARE(onNode(0, "SELECT uniqExact(visitor) FROM events_local")
                     + onNode(1, "SELECT uniqExact(visitor) FROM events_local"),
                 40);
        QCOMPARE(onNode(0, "SELECT sum(count) FROM dropped_local")
                     + onNode(1, "SELECT sum(count) FROM dropped_local"),
                 3);
    }

    // The retry's check (count() of the batch through the Distributed table) sees the rows
    // on both shards: a batch whose answer was lost is not stored twice.
    void aBatchWhoseAnswerWasLostIsNotStoredTwice()
    {
        QString error;
        QVERIFY2(open(0, &error), qPrintable(error)); // the schema
        FaultyProxy proxy(m_cluster.nodes[0].httpPort()); // to 127.0.0.1: node 0
        ClickHouseEndpoint endpoint = m_cluster.endpoint(database());
        endpoint.port = proxy.port();
        ClickHouseEventStore store(
            std::make_unique<ClickHouseClient>(endpoint, password(),
                                               ClickHouseClient::Timeouts {2000, 10000}),
            [](qint32) { return true; });
        std::vector<Event> events = visits(30, 2, 1700000000);
        proxy.dropAnswer("INSERT INTO events");
        QVERIFY(!store.write(events, {}, &error));
        QCOMPARE(proxy.answersDropped(), 1);
        QVERIFY(store.pendingBatch() != 0);
        QVERIFY2(store.write(events, {}, &error), qPrintable(error));
        QCOMPARE(store.pendingBatch(), quint64(0));
        QCOMPARE(onNode(0, "SELECT count() FROM events_local")
                     + onNode(1, "SELECT count() FROM events_local"),
                 60);
    }

    // Two collectors whose URLs name two different nodes hash with the same salt: the salts
    // are one table, on the first shard, whichever node is asked.
    void twoCollectorsOnTwoNodesShareTheSalt()
    {
        QString error;
        auto a = open(0, &error);
        QVERIFY2(a, qPrintable(error));
        auto b = open(1, &error);
        QVERIFY2(b, qPrintable(error));
        const qint64 now = 1700000000;
        const QByteArray first = b->salts()->saltForDay(19675, now);
        QVERIFY(!first.isEmpty());
        QCOMPARE(a->salts()->saltForDay(19675, now + 10), first);
        QCOMPARE(a->salts()->existingSalt(19675), first);
        QCOMPARE(onNode(0, "SELECT count() FROM salts_local"), 1);
        QCOMPARE(onNode(1, "SELECT count() FROM salts_local"), 0);
        // Both offer a candidate for a new day at once: they still agree.
        QByteArray fromA, fromB;
        std::thread other([&] { fromB = b->salts()->saltForDay(19676, now + 86400); });
        fromA = a->salts()->saltForDay(19676, now + 86400);
        other.join();
        QVERIFY(!fromA.isEmpty());
        QCOMPARE(fromA, fromB);
        // Expired: gone from the cluster for both.
        QCOMPARE(b->salts()->deleteSaltsCreatedBefore(now + 86400 + 1), 2);
        QCOMPARE(onNode(0, "SELECT count() FROM salts_local"), 0);
        QVERIFY(a->salts()->existingSalt(19675).isEmpty());
    }

    void retentionDropsTheMonthOnEveryShard()
    {
        QString error;
        auto store = open(1, &error);
        QVERIFY2(store, qPrintable(error));
        std::vector<Event> old = visits(30, 2, 1577880000); // January 2020
        std::vector<Event> recent = visits(30, 2, 1700000000); // November 2023
        QVERIFY2(store->write(old, {}, &error), qPrintable(error));
        QVERIFY2(store->write(recent, {}, &error), qPrintable(error));
        QVERIFY(onNode(0, "SELECT count() FROM events_local WHERE ts < toDateTime(1600000000)")
                > 0);
        QVERIFY(onNode(1, "SELECT count() FROM events_local WHERE ts < toDateTime(1600000000)")
                > 0);
        QCOMPARE(store->deleteEventsBefore(1600000000, &error), qint64(60));
        for (int node = 0; node < 2; ++node)
            QCOMPARE(
                onNode(node, "SELECT count() FROM events_local WHERE ts < toDateTime(1600000000)"),
                0);
        QCOMPARE(onNode(0, "SELECT count() FROM events_local")
                     + onNode(1, "SELECT count() FROM events_local"),
                 60);
    }
};

QTEST_GUILESS_MAIN(tst_ClickHouseCluster)
#include "tst_clickhousecluster.moc"

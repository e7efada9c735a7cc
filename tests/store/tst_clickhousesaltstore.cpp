#include "common/clickhousestores.h"
#include "common/databasebytes.h"
#include "common/faultyproxy.h"
#include "store/clickhousesaltstore.h"

#include <QTest>

#include <thread>

using namespace raycstr;
using testing::FaultyProxy;

// The daily salts on ClickHouse (store/clickhousesaltstore.h), through the event store
// that owns them, against a real server.
class tst_ClickHouseSaltStore : public QObject
{
    Q_OBJECT

    testing::ClickHouseStores m_ch;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_ch.server.start(&error), qPrintable(error));
    }

    // Collectors on one ClickHouse agree on a day's salt, also when they ask at once.
    void saltsAreSharedByCollectors()
    {
        auto a = m_ch.open();
        auto b = m_ch.open();
        QVERIFY(a && b);
        for (qint64 day = 20000; day < 20003; ++day) {
            QByteArray fromA, fromB;
            std::thread first([&] { fromA = a->salts()->saltForDay(day, 1000 + day); });
            std::thread second([&] { fromB = b->salts()->saltForDay(day, 1000 + day); });
            first.join();
            second.join();
            QCOMPARE(fromA.size(), 16);
            QCOMPARE(fromB, fromA);
            QCOMPARE(a->salts()->existingSalt(day), fromA);
            auto c = m_ch.open(); // a collector started later, or a restart
            QCOMPARE(c->salts()->saltForDay(day, 5000 + day), fromA);
        }
        QVERIFY(m_ch.scalar("SELECT uniqExact(day) FROM salts") == 3);
        QVERIFY(a->salts()->existingSalt(20010).isEmpty());
        // Two candidates of one day: the oldest wins, whoever reads.
        const QByteArray older(16, 'o');
        const QByteArray newer(16, 'n');
        RowBinaryWriter w;
        for (const auto &[salt, created] :
             {std::pair {newer, qint64(200)}, std::pair {older, qint64(100)}}) {
            w.int64(20020);
            w.bytes(salt);
            w.int64(created);
        }
        ClickHouseError e;
        QVERIFY(a->client()->insert("salts (day, salt, created_at)", w.data(), &e));
        QCOMPARE(a->salts()->saltForDay(20020, 99999), older);
        QCOMPARE(b->salts()->existingSalt(20020), older);
    }

    // An expired salt's bytes leave every file of the ClickHouse server, not just the
    // table: with a copy of the disk and the salt, a day's visitor hashes could be brute-
    // forced back to addresses.
    void expiredSaltsLeaveNoByteOnDisk()
    {
        auto a = m_ch.open();
        auto b = m_ch.open();
        QVERIFY(a && b);
        const qint64 old = 1000;
        const qint64 young = old + 3 * 86400;
        const QByteArray expiring = a->salts()->saltForDay(30000, old);
        // A second candidate for the same day (a collector that lost the race): a second
        // part in the day's partition, which must go as well.
        const QByteArray loser = makeRandomSalt(); // random: no compression hides it
        RowBinaryWriter w;
        w.int64(30000);
        w.bytes(loser);
        w.int64(old + 1);
        ClickHouseError e;
        QVERIFY(a->client()->insert("salts (day, salt, created_at)", w.data(), &e));
        const QByteArray kept = b->salts()->saltForDay(30003, young);
        QCOMPARE(b->salts()->existingSalt(30000), expiring);
        // The scan sees what it looks for while it is there.
        QByteArray disk = testing::directoryBytes(m_ch.server.dir());
        QVERIFY(disk.contains(expiring));
        QVERIFY(disk.contains(loser));
        QVERIFY(disk.contains(kept));

        QCOMPARE(a->salts()->deleteSaltsCreatedBefore(young - 86400), 1);
        disk = testing::directoryBytes(m_ch.server.dir());
        QVERIFY(!disk.contains(expiring));
        QVERIFY(!disk.contains(loser));
        QVERIFY(disk.contains(kept));
        QVERIFY(b->salts()->existingSalt(30000).isEmpty());
        QCOMPARE(b->salts()->existingSalt(30003), kept);
        QCOMPARE(a->salts()->deleteSaltsCreatedBefore(young - 86400), 0);
    }

    // ClickHouse away when a day begins: the collector goes on with a salt of its own and
    // stores it before the first events hashed with it.
    void aSaltMadeWhileUnreachableIsStoredBeforeTheEvents()
    {
        FaultyProxy proxy(m_ch.server.httpPort());
        auto store = m_ch.open({1, 2, 3}, proxy.port());
        QVERIFY(store);
        proxy.setDown(true);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("could not read the daily salt")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not stored yet")));
        const QByteArray salt = store->salts()->saltForDay(40000, 1000);
        QCOMPARE(salt.size(), 16);
        QCOMPARE(store->saltStore().unconfirmedCount(), 1);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("could not read the daily salt")));
        QCOMPARE(store->salts()->existingSalt(40000), salt); // unconfirmed, still in use
        std::vector<Event> events(3);
        for (Event &e : events) {
            e.siteId = 1;
            e.ts = e.visitStart = 1700000000;
        }
        QString error;
        QVERIFY(!store->write(events, {}, &error));
        proxy.setDown(false);
        QVERIFY2(store->write(events, {}, &error), qPrintable(error));
        QCOMPARE(store->saltStore().unconfirmedCount(), 0);
        QCOMPARE(m_ch.open()->salts()->existingSalt(40000), salt);
        QCOMPARE(m_ch.scalar("SELECT count() FROM events"), quint64(3));
    }
};

QTEST_GUILESS_MAIN(tst_ClickHouseSaltStore)
#include "tst_clickhousesaltstore.moc"

#include "common/databasebytes.h"
#include "core/clock.h"
#include "ingest/geoip.h"
#include "ingest/pipeline.h"
#include "ingest/saltstore.h"
#include "ingest/useragentparser.h"
#include "store/database.h"
#include "store/eventkey.h"
#include "store/sites.h"
#include "store/sqliteeventstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;

class tst_SqliteEventStore : public QObject
{
    Q_OBJECT

    static Event pageview(qint32 site, qint64 ts, const QString &path)
    {
        Event e;
        e.siteId = site;
        e.ts = ts;
        e.visitStart = ts;
        e.visitor = 7;
        e.path = path;
        e.hostname = QStringLiteral("a.test");
        e.flags = EventFlag::VisitStart | EventFlag::NewVisitorToday;
        e.newDimensions = 1;
        e.slot = {ts / 86400, ts / 3600 * 3600};
        e.visitSlot = e.slot;
        e.bounceDelta = 1;
        return e;
    }
    // The store writes nothing for a site that is not in the sites table.
    static bool addSite(SqliteDb &db, qint32 id = 1)
    {
        Statement st(db, "INSERT OR IGNORE INTO sites(id, domain, created_at) VALUES(?, ?, 0)");
        st.bind(1, qint64(id)).bind(2, QStringLiteral("site%1.test").arg(id));
        return st.run();
    }
    static qint64 count(SqliteDb &db, const char *sql)
    {
        Statement st(db, sql);
        return st.next() ? st.int64(0) : -1;
    }

private Q_SLOTS:
    void keysAreClusteredBySiteAndTime()
    {
        QCOMPARE(EventKey::siteOf(EventKey::make(5, 1700000000, 3)), 5);
        QCOMPARE(EventKey::tsOf(EventKey::make(5, 1700000000, 3)), 1700000000);
        QVERIFY(EventKey::make(1, 1700000001, 0) > EventKey::make(1, 1700000000, EventKey::MaxN));
        QVERIFY(EventKey::make(2, EventKey::Epoch, 0)
                > EventKey::make(1, 2000000000, EventKey::MaxN));
    }

    void storesEventsWithInternedValuesAndNoDuplicates()
    {
        QTemporaryDir dir;
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, dir.path(), &error));
        QVERIFY(addSite(db));
        SqliteEventStore store(&db);
        std::vector<Event> events;
        for (int i = 0; i < 10; ++i) {
            Event e = pageview(1, 1700000000, QStringLiteral("/same"));
            e.country = QStringLiteral("DE");
            e.agent = {QStringLiteral("Firefox"), QStringLiteral("126"), QStringLiteral("Linux"),
                       QString(), DeviceType::Desktop};
            e.acquisition.source = QStringLiteral("Google");
            e.props = {{QStringLiteral("plan"), QStringLiteral("pro")}};
            events.push_back(e);
        }
        QVERIFY2(store.write(events, {}, &error), qPrintable(error));
        QCOMPARE(count(db, "SELECT count(*) FROM events"), 10);
        QCOMPARE(count(db, "SELECT count(DISTINCT id) FROM events"),
                 10); // same second: distinct keys
        QCOMPARE(count(db, "SELECT count(*) FROM pages"), 1);
        QCOMPARE(count(db, "SELECT count(*) FROM agents"), 1);
        QCOMPARE(count(db, "SELECT count(*) FROM acquisitions"), 1);
        QCOMPARE(count(db, "SELECT count(*) FROM events WHERE country = (68 << 8 | 69)"),
                 10); // "DE"
        Statement props(db,
                        "SELECT s.value FROM events e JOIN strings s ON s.id = e.props LIMIT 1");
        QVERIFY(props.next());
        QCOMPARE(props.text(0), QStringLiteral("{\"plan\":\"pro\"}"));
    }

    void keysContinueAfterARestartWithinTheSameSecond()
    {
        QTemporaryDir dir;
        QString error;
        {
            SqliteDb db;
            QVERIFY(Database::open(&db, dir.path(), &error));
            QVERIFY(addSite(db));
            SqliteEventStore store(&db);
            std::vector<Event> events {pageview(1, 1700000000, QStringLiteral("/"))};
            QVERIFY(store.write(events, {}, &error));
        }
        SqliteDb db;
        QVERIFY(Database::open(&db, dir.path(), &error));
        SqliteEventStore store(&db);
        std::vector<Event> events {pageview(1, 1700000000, QStringLiteral("/")),
                                   pageview(1, 1699999990, QStringLiteral("/late"))};
        QVERIFY2(store.write(events, {}, &error), qPrintable(error));
        QCOMPARE(count(db, "SELECT count(*) FROM events"), 3);
        QCOMPARE(events[1].ts, 1700000000); // a late event is filed under the last second
    }

    void retentionDeletesRawEventsAndKeepsRollups()
    {
        QTemporaryDir dir;
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, dir.path(), &error));
        QVERIFY(db.exec(
            "INSERT INTO sites(id, domain, created_at) VALUES(1, 'a.test', 0), (2, 'b.test', 0)"));
        SqliteEventStore store(&db);
        const qint64 day = 86400;
        const qint64 t0 = 1700006400; // midnight UTC
        std::vector<Event> events;
        for (int d = 0; d < 10; ++d) {
            events.push_back(pageview(1, t0 + d * day, QStringLiteral("/")));
            events.push_back(pageview(2, t0 + d * day + 5, QStringLiteral("/")));
        }
        QVERIFY(store.write(events, {}, &error));
        const qint64 rollupPageviews
            = count(db, "SELECT sum(pageviews) FROM rollup_daily WHERE dim = 0");
        QCOMPARE(rollupPageviews, 20);
        // Keep the last 3 days: cutoff at the start of day 7.
        QCOMPARE(store.deleteEventsBefore(t0 + 7 * day, &error), 14);
        QCOMPARE(count(db, "SELECT count(*) FROM events"), 6);
        QCOMPARE(count(db, "SELECT min(id) FROM events") >= EventKey::make(1, t0 + 7 * day, 0),
                 true);
        QCOMPARE(count(db, "SELECT sum(pageviews) FROM rollup_daily WHERE dim = 0"),
                 rollupPageviews);
        QCOMPARE(store.deleteEventsBefore(t0 + 7 * day, &error), 0); // idempotent
    }

    void dropCountsAccumulate()
    {
        QTemporaryDir dir;
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, dir.path(), &error));
        QVERIFY(addSite(db));
        SqliteEventStore store(&db);
        std::vector<Event> none;
        QVERIFY(store.write(none, {{1, 19000, QStringLiteral("bot"), 3}}, &error));
        QVERIFY(store.write(none, {{1, 19000, QStringLiteral("bot"), 2}}, &error));
        QCOMPARE(count(db, "SELECT count FROM dropped WHERE site_id = 1 AND reason = 'bot'"), 5);
    }

    void saltsPersistAndExpire()
    {
        QTemporaryDir dir;
        QString error;
        QByteArray first;
        {
            SqliteDb db;
            QVERIFY(Database::open(&db, dir.path(), &error));
            SqliteEventStore store(&db);
            first = store.salts()->saltForDay(100, 1000);
            QCOMPARE(first.size(), 16);
            QCOMPARE(store.salts()->saltForDay(100, 2000), first);
            QVERIFY(store.salts()->existingSalt(101).isEmpty());
        }
        SqliteDb db;
        QVERIFY(Database::open(&db, dir.path(), &error));
        SqliteEventStore store(&db);
        QCOMPARE(store.salts()->existingSalt(100), first); // a restart keeps today's ids stable
        store.salts()->saltForDay(101, 1000 + 86400);
        QCOMPARE(store.salts()->deleteSaltsCreatedBefore(1000 + 1), 1);
        QVERIFY(store.salts()->existingSalt(100).isEmpty());
        QVERIFY(!store.salts()->existingSalt(101).isEmpty());
    }

    // `site remove` runs beside a server whose queue may still hold the site's hits: the
    // writer must not file them (or their drop counts) after the removal.
    void nothingIsWrittenForARemovedSite()
    {
        QTemporaryDir dir;
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, dir.path(), &error));
        QVERIFY(addSite(db, 1));
        QVERIFY(addSite(db, 2));
        SqliteEventStore store(&db);
        std::vector<Event> first {pageview(2, 1700000000, QStringLiteral("/"))};
        QVERIFY(store.write(first, {}, &error));
        QCOMPARE(SiteRepository(&db).remove(QStringLiteral("site2.test"), &error), 1);
        std::vector<Event> events {pageview(1, 1700000100, QStringLiteral("/kept")),
                                   pageview(2, 1700000100, QStringLiteral("/gone")),
                                   pageview(3, 1700000100, QStringLiteral("/never-added"))};
        QVERIFY2(store.write(events, {{2, 19000, QStringLiteral("bot"), 4}}, &error),
                 qPrintable(error));
        QCOMPARE(events.size(), size_t(1)); // what was stored, for the live view and counters
        QCOMPARE(events.front().siteId, 1);
        QCOMPARE(count(db, "SELECT count(*) FROM events"), 1);
        QCOMPARE(count(db, "SELECT count(*) FROM events WHERE id >= (2 << 46)"), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM rollup_daily WHERE site_id <> 1"), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM rollup_hourly WHERE site_id <> 1"), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM dropped"), 0);
    }

    // An expired salt must not be readable anywhere on disk (free pages, old WAL frames):
    // with it, the day's 48-bit visitor hashes can be brute-forced. Runs the writer's own
    // steps (pipeline with the store's salts, maintenance) on a clock moved day by day,
    // and scans every byte of every file in the data directory for every salt ever made.
    void expiredSaltsLeaveNoByteOnDisk()
    {
        QTemporaryDir dir;
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, dir.path(), &error));
        QVERIFY(addSite(db));
        SqliteEventStore store(&db);
        ManualClock clock(1700049600000LL); // 2023-11-15T12:00Z
        UserAgentParser userAgents;
        QString warning;
        const auto geoIp = openGeoIp(QString(), &warning); // none: countries stay empty
        Pipeline pipeline(&clock, geoIp.get(), &userAgents, store.salts());
        pipeline.setSiteTimeZone(1, QTimeZone::utc());
        QHash<QByteArray, qint64> madeAt; // every salt ever written → its created_at
        int expiredChecked = 0;
        for (int day = 0; day < 5; ++day) {
            std::vector<Event> events;
            for (int i = 0; i < 20; ++i) {
                Hit hit;
                hit.siteId = 1;
                hit.timestampMs = clock.nowMs() + i * 1000;
                hit.url = QStringLiteral("https://site1.test/p%1").arg(i);
                hit.ip = QHostAddress(QStringLiteral("203.0.113.%1").arg(i + 1));
                hit.userAgent = "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 "
                                "Firefox/126.0";
                Event e;
                DropReason reason;
                QVERIFY(pipeline.process(std::move(hit), &e, &reason));
                events.push_back(std::move(e));
            }
            QVERIFY2(store.write(events, {}, &error), qPrintable(error));
            Statement salts(db, "SELECT salt, created_at FROM salts");
            while (salts.next())
                madeAt.insert(salts.blob(0), salts.int64(1));
            QVERIFY(!madeAt.isEmpty());

            clock.advanceMs(24 * 3600 * 1000LL + 60 * 1000);
            pipeline.maintain();
            const QByteArray disk = testing::directoryBytes(dir.path());
            for (auto it = madeAt.cbegin(); it != madeAt.cend(); ++it) {
                const bool expired = it.value() < clock.nowSecs() - SaltLifetimeSecs;
                // A live salt is found by the scan: it can see what it looks for.
                QCOMPARE(disk.contains(it.key()), !expired);
                expiredChecked += expired;
            }
        }
        QVERIFY(expiredChecked >= 3);
        db.close();
        const QByteArray disk = testing::directoryBytes(dir.path());
        for (auto it = madeAt.cbegin(); it != madeAt.cend(); ++it) {
            if (it.value() < clock.nowSecs() - SaltLifetimeSecs)
                QVERIFY(!disk.contains(it.key()));
        }
    }

    void failedBatchLeavesNothingBehind()
    {
        QTemporaryDir dir;
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, dir.path(), &error));
        QVERIFY(addSite(db));
        SqliteEventStore store(&db);
        std::vector<Event> events {pageview(1, 1700000000, QStringLiteral("/"))};
        QVERIFY(store.write(events, {}, &error));
        // Another connection holds the write lock: the batch fails as a whole…
        SqliteDb other;
        QVERIFY(other.open(Database::pathIn(dir.path()), SqliteDb::Mode::ReadWrite, &error));
        QVERIFY(other.exec("PRAGMA busy_timeout = 0"));
        QVERIFY(db.exec("PRAGMA busy_timeout = 0"));
        QVERIFY(other.exec("BEGIN IMMEDIATE"));
        std::vector<Event> more {pageview(1, 1700000100, QStringLiteral("/x"))};
        QVERIFY(!store.write(more, {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(other.exec("ROLLBACK"));
        // …and succeeds in full when retried.
        QVERIFY2(store.write(more, {}, &error), qPrintable(error));
        QCOMPARE(count(db, "SELECT count(*) FROM events"), 2);
        QCOMPARE(count(db, "SELECT sum(pageviews) FROM rollup_daily WHERE dim = 0"), 2);
    }
};

QTEST_GUILESS_MAIN(tst_SqliteEventStore)
#include "tst_sqliteeventstore.moc"

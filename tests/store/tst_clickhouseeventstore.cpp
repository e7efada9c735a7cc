#include "common/clickhousestores.h"
#include "common/databasebytes.h"
#include "common/faultyproxy.h"
#include "store/clickhouseeventstore.h"
#include "store/clickhouseschema.h"
#include "store/database.h"
#include "store/rowbinary.h"
#include "store/sqliteeventstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <thread>

using namespace raycstr;
using testing::ClickHouseServer;
using testing::FaultyProxy;

// The ClickHouse event store against a real server (tests/common/clickhouseserver.h), next
// to the SQLite store where they must agree. Each test has its own database.
class tst_ClickHouseEventStore : public QObject
{
    Q_OBJECT

    testing::ClickHouseStores m_ch;

    std::unique_ptr<ClickHouseEventStore> open(QSet<qint32> sites = {1, 2, 3}, quint16 port = 0)
    {
        return m_ch.open(sites, port);
    }
    quint64 scalar(const QByteArray &sql) { return m_ch.scalar(sql); }
    bool run(const QByteArray &sql) { return m_ch.run(sql); }
    static QString database() { return testing::ClickHouseStores::database(); }

    static Event pageview(qint32 site, qint64 ts, const QString &path, quint64 visitor = 7)
    {
        Event e;
        e.siteId = site;
        e.ts = ts;
        e.visitStart = ts;
        e.visitor = visitor;
        e.path = path;
        e.entryPath = path;
        e.hostname = QStringLiteral("a.test");
        e.flags = EventFlag::VisitStart | EventFlag::NewVisitorToday;
        e.slot = {ts / 86400, ts / 3600 * 3600};
        e.visitSlot = e.slot;
        e.bounceDelta = 1;
        return e;
    }
    static std::vector<Event> pageviews(int n, qint32 site = 1, qint64 ts = 1700000000)
    {
        std::vector<Event> events;
        for (int i = 0; i < n; ++i)
            events.push_back(
                pageview(site, ts + i / 10, QStringLiteral("/p%1").arg(i % 7), i % 13));
        return events;
    }

    // Random traffic: every kind, flags, out-of-order seconds, strings that need care.
    static std::vector<Event> randomBatch(std::mt19937 &rng, qint64 *clock)
    {
        static const QStringList paths {QStringLiteral("/"), QStringLiteral("/blog/ünïcode"),
                                        QStringLiteral("/a\tb"), QStringLiteral("/q'\"\\"),
                                        QStringLiteral("/日本")};
        static const QStringList words {QString(), QStringLiteral("Google"),
                                        QStringLiteral("news\nletter"), QStringLiteral("x y")};
        static const QStringList countries {QString(), QStringLiteral("DE"), QStringLiteral("US")};
        auto pick = [&](const QStringList &l) { return l[int(rng() % l.size())]; };
        std::vector<Event> events;
        for (int i = 0, n = 100 + int(rng() % 200); i < n; ++i) {
            *clock += rng() % 3;
            Event e = pageview(1 + qint32(rng() % 2), *clock - qint64(rng() % 4), pick(paths),
                               1 + rng() % 40);
            e.visitStart = e.ts - qint64(rng() % 600);
            e.kind = EventKind(rng() % 4);
            e.flags = quint32(rng() % 32);
            e.interactive = rng() % 2;
            e.entryPath = pick(paths);
            e.hostname = rng() % 5 ? QStringLiteral("a.test") : QStringLiteral("b.test");
            e.acquisition = {pick(words), pick(words), pick(words), pick(words),
                             pick(words), pick(words), pick(words)};
            e.agent = {pick(words), QString::number(rng() % 130), pick(words), pick(words),
                       DeviceType(rng() % 4)};
            e.country = pick(countries);
            if (e.kind == EventKind::Custom) {
                e.name = QStringLiteral("Sign up");
                e.props
                    = {{QStringLiteral("plan"), pick(words)}, {QStringLiteral("a"), pick(paths)}};
            } else if (e.kind == EventKind::Vitals) {
                e.name = QStringLiteral("LCP");
                e.value = double(rng() % 5000) / 7;
                e.hasValue = true;
            }
            e.bounceDelta = int(rng() % 3) - 1;
            e.durationDelta = qint64(rng() % 100);
            events.push_back(e);
        }
        return events;
    }

    // The fields replay() gives back, as text, for comparisons that say what differs.
    static QString replayed(const Event &e)
    {
        const Acquisition &a = e.acquisition;
        return QStringList {QString::number(e.siteId),
                            QString::number(e.ts),
                            QString::number(e.visitor),
                            QString::number(e.visitStart),
                            QString::number(int(e.kind)),
                            QString::number(e.flags),
                            QString::number(e.interactive),
                            e.hostname,
                            e.path,
                            a.source,
                            a.referrer,
                            a.utmSource,
                            a.utmMedium,
                            a.utmCampaign,
                            a.utmContent,
                            a.utmTerm,
                            e.agent.browser,
                            e.agent.browserVersion,
                            e.agent.os,
                            e.agent.osVersion,
                            QString::number(int(e.agent.device)),
                            e.country,
                            e.name,
                            QString::number(e.props.size()),
                            QString::number(e.hasValue),
                            e.entryPath,
                            QString::number(e.bounceDelta),
                            QString::number(e.durationDelta)}
            .join(QLatin1Char('|'));
    }
    static QStringList replayAll(EventStore &store, qint32 site, qint64 from, qint64 to)
    {
        QStringList out;
        QString error;
        if (!store.replay(
                site, from, to, [&](Event &e) { out.append(replayed(e)); }, &error))
            out.append(QStringLiteral("error: ") + error);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_ch.server.start(&error), qPrintable(error));
    }

    void schemaIsIdempotentAndVersioned()
    {
        QVERIFY(open());
        QVERIFY(open()); // a second collector, or a restart
        QCOMPARE(scalar("SELECT max(version) FROM schema_version"),
                 quint64(ClickHouseSchema::Version));
        QVERIFY(run("INSERT INTO schema_version VALUES ("
                    + QByteArray::number(ClickHouseSchema::Version + 1) + ", now())"));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("newer than this RayCstr")));
        QVERIFY(!open());
    }

    // The same batches through both stores replay to the same events, in the same order.
    void replayMatchesTheSqliteStore()
    {
        QTemporaryDir dir;
        SqliteDb db;
        QString error;
        QVERIFY2(Database::open(&db, dir.path(), &error), qPrintable(error));
        for (int id : {1, 2}) {
            Statement st(db, "INSERT INTO sites(id, domain, created_at) VALUES(?, ?, 0)");
            QVERIFY(st.bind(1, qint64(id)).bind(2, QStringLiteral("s%1.test").arg(id)).run());
        }
        SqliteEventStore sqlite(&db);
        auto ch = open();
        QVERIFY(ch);
        std::mt19937 rng(16);
        qint64 clock = 1700000000;
        for (int batch = 0; batch < 4; ++batch) {
            std::vector<Event> a = randomBatch(rng, &clock);
            std::vector<Event> b = a;
            QVERIFY2(sqlite.write(a, {}, &error), qPrintable(error));
            QVERIFY2(ch->write(b, {}, &error), qPrintable(error));
            QCOMPARE(a.size(), b.size());
            for (size_t i = 0; i < a.size(); ++i) // late events are moved alike
                QCOMPARE(b[i].ts, a[i].ts);
        }
        for (qint32 site : {1, 2}) {
            const QStringList fromSqlite = replayAll(sqlite, site, 1699999000, clock + 10);
            const QStringList fromClickHouse = replayAll(*ch, site, 1699999000, clock + 10);
            QVERIFY(fromSqlite.size() > 200);
            QCOMPARE(fromClickHouse, fromSqlite);
            // A window inside, as the engine asks for "today".
            QCOMPARE(replayAll(*ch, site, 1700000100, 1700000300),
                     replayAll(sqlite, site, 1700000100, 1700000300));
        }
    }

    // What SQLite keeps per event beyond what replay gives back is in the row as well.
    void storesEveryFieldOfAnEvent()
    {
        auto store = open();
        QVERIFY(store);
        Event e = pageview(2, 1700000500, QStringLiteral("/checkout"), 0xABCDEF123456);
        e.kind = EventKind::Custom;
        e.name = QStringLiteral("Purchase");
        e.entryPath = QStringLiteral("/");
        e.props = {{QStringLiteral("z"), QStringLiteral("last")},
                   {QStringLiteral("a"), QStringLiteral("first")},
                   {QStringLiteral("a"), QStringLiteral("again")}};
        e.value = 19.5;
        e.hasValue = true;
        e.interactive = false;
        e.bounceDelta = -1;
        e.durationDelta = 42;
        e.visitStart = e.ts - 30;
        e.slot = {19676, 1700000000 - 1700000000 % 3600};
        e.visitSlot = {19675, 1699996400};
        std::vector<Event> events {e};
        QString error;
        QVERIFY2(store->write(events, {}, &error), qPrintable(error));
        ClickHouseClient c(m_ch.server.endpoint(database()),
                           QLatin1String(ClickHouseServer::Password));
        QByteArray rows;
        ClickHouseError ce;
        QVERIFY(c.select("SELECT visitor, toUInt32(visit_start), day, toUInt32(hour_start), "
                         "visit_day, kind, entry_path, name, prop_keys, prop_values, value, "
                         "has_value, interactive, bounce_delta, duration_delta, import_id, seq "
                         "FROM events",
                         &rows, &ce));
        RowBinaryReader r(rows);
        QCOMPARE(r.uint64(), quint64(0xABCDEF123456));
        QCOMPARE(r.uint32(), quint32(1700000470));
        QCOMPARE(r.int32(), 19676);
        QCOMPARE(r.uint32(), quint32(1700000000 - 1700000000 % 3600));
        QCOMPARE(r.int32(), 19675);
        QCOMPARE(r.uint8(), quint8(EventKind::Custom));
        QCOMPARE(r.string(), QStringLiteral("/"));
        QCOMPARE(r.string(), QStringLiteral("Purchase"));
        QCOMPARE(r.size(), quint64(2)); // sorted by key, a repeated key's last value wins
        QCOMPARE(r.string(), QStringLiteral("a"));
        QCOMPARE(r.string(), QStringLiteral("z"));
        QCOMPARE(r.size(), quint64(2));
        QCOMPARE(r.string(), QStringLiteral("again"));
        QCOMPARE(r.string(), QStringLiteral("last"));
        QCOMPARE(r.float64(), 19.5);
        QCOMPARE(r.uint8(), quint8(1));
        QCOMPARE(r.uint8(), quint8(0));
        QCOMPARE(r.int8(), qint8(-1));
        QCOMPARE(r.int64(), qint64(42));
        QCOMPARE(r.int64(), qint64(0));
        QCOMPARE(r.uint32(), quint32(0));
        QVERIFY(r.ok() && r.atEnd());
        // A propsToJson-equal set of properties: the same keys and values SQLite keeps.
        QCOMPARE(propsToJson(e.props), QByteArray("{\"a\":\"again\",\"z\":\"last\"}"));
    }

    // After a restart the seq of a second goes on after what is stored.
    void seqContinuesAfterARestart()
    {
        QString error;
        {
            auto store = open();
            std::vector<Event> events = pageviews(3, 1, 1700000000); // all in one second
            QVERIFY2(store->write(events, {}, &error), qPrintable(error));
        }
        auto store = open();
        std::vector<Event> events {pageview(1, 1700000000, QStringLiteral("/after")),
                                   pageview(1, 1699999990, QStringLiteral("/late"))};
        QVERIFY2(store->write(events, {}, &error), qPrintable(error));
        QCOMPARE(events[1].ts, 1700000000); // filed under the last second, as on SQLite
        QCOMPARE(scalar("SELECT uniqExact(seq) FROM events WHERE ts = toDateTime(1700000000)"),
                 quint64(5));
        const QStringList order = replayAll(*store, 1, 1699999000, 1700000001);
        QCOMPARE(order.size(), 5);
        QVERIFY(order[3].contains(QLatin1String("|/after|")));
        QVERIFY(order[4].contains(QLatin1String("|/late|")));
    }

    void eventsOfUnknownSitesAreDropped()
    {
        auto store = open({1});
        std::vector<Event> events = pageviews(5, 1);
        for (const Event &e : pageviews(4, 9))
            events.push_back(e);
        const QList<DropCount> drops {{1, 19675, QStringLiteral("bot"), 2},
                                      {9, 19675, QStringLiteral("bot"), 5}};
        QString error;
        QVERIFY2(store->write(events, drops, &error), qPrintable(error));
        QCOMPARE(events.size(), size_t(5)); // taken out, so the live stream does not show them
        QCOMPARE(scalar("SELECT count() FROM events WHERE site_id = 9"), quint64(0));
        QCOMPARE(scalar("SELECT count() FROM events"), quint64(5));
        QCOMPARE(scalar("SELECT sum(count) FROM dropped"), quint64(2));
        std::vector<Event> only {pageview(9, 1700000000, QStringLiteral("/"))};
        QVERIFY(store->write(only, {}, &error)); // nothing to store is no failure
        QVERIFY(only.empty());
    }

    void dropCountsAddUp()
    {
        auto store = open();
        QString error;
        std::vector<Event> none;
        QVERIFY(store->write(
            none, {{1, 19675, QStringLiteral("bot"), 2}, {1, 19675, QStringLiteral("spam"), 1}},
            &error));
        std::vector<Event> some = pageviews(3);
        QVERIFY(store->write(
            some, {{1, 19675, QStringLiteral("bot"), 5}, {2, 19676, QStringLiteral("bot"), 1}},
            &error));
        QCOMPARE(scalar("SELECT sum(count) FROM dropped WHERE site_id = 1 AND day = 19675 AND "
                        "reason = 'bot'"),
                 quint64(7));
        QCOMPARE(scalar("SELECT sum(count) FROM dropped WHERE reason = 'spam'"), quint64(1));
        QCOMPARE(scalar("SELECT sum(count) FROM dropped WHERE site_id = 2"), quint64(1));
    }

    // The INSERT reached ClickHouse and was stored, but its answer was lost: the retry
    // finds the batch and does not store it twice.
    void aBatchWhoseAnswerWasLostIsNotStoredTwice()
    {
        FaultyProxy proxy(m_ch.server.httpPort());
        auto store = open({1, 2, 3}, proxy.port());
        QVERIFY(store);
        std::vector<Event> events = pageviews(50);
        const QList<DropCount> drops {{1, 19675, QStringLiteral("bot"), 3}};
        proxy.dropAnswer("INSERT INTO events");
        QString error;
        QVERIFY(!store->write(events, drops, &error));
        QVERIFY2(error.contains(QLatin1String("closed before the answer")), qPrintable(error));
        QCOMPARE(proxy.answersDropped(), 1);
        const quint64 batch = store->pendingBatch();
        QVERIFY(batch != 0);
        QCOMPARE(scalar("SELECT count() FROM events WHERE batch = " + QByteArray::number(batch)),
                 quint64(50));
        QVERIFY2(store->write(events, drops, &error), qPrintable(error));
        QCOMPARE(store->pendingBatch(), quint64(0));
        QCOMPARE(scalar("SELECT count() FROM events"), quint64(50));
        QCOMPARE(scalar("SELECT sum(count) FROM dropped"), quint64(3));

        // The same for the drop counts' insert.
        std::vector<Event> more = pageviews(10, 2);
        proxy.dropAnswer("INSERT INTO dropped");
        QVERIFY(!store->write(more, drops, &error));
        QVERIFY2(store->write(more, drops, &error), qPrintable(error));
        QCOMPARE(scalar("SELECT count() FROM events"), quint64(60));
        QCOMPARE(scalar("SELECT sum(count) FROM dropped"), quint64(6));
    }

    // The INSERT never reached ClickHouse: the retry stores it.
    void aBatchThatNeverArrivedIsStoredByTheRetry()
    {
        FaultyProxy proxy(m_ch.server.httpPort());
        auto store = open({1, 2, 3}, proxy.port());
        QVERIFY(store);
        std::vector<Event> events = pageviews(40);
        proxy.dropRequest("INSERT INTO events");
        QString error;
        QVERIFY(!store->write(events, {}, &error));
        QCOMPARE(proxy.requestsDropped(), 1);
        QCOMPARE(scalar("SELECT count() FROM events"), quint64(0));
        QVERIFY2(store->write(events, {}, &error), qPrintable(error));
        QCOMPARE(scalar("SELECT count() FROM events"), quint64(40));
    }

    // Part of a batch landed (an INSERT spanning two months writes one part per month):
    // the retry sends exactly the missing rows.
    void aBatchThatLandedInPartIsCompleted()
    {
        FaultyProxy proxy(m_ch.server.httpPort());
        auto store = open({1, 2, 3}, proxy.port());
        QVERIFY(store);
        std::vector<Event> events = pageviews(30);
        proxy.dropAnswer("INSERT INTO events");
        QString error;
        QVERIFY(!store->write(events, {}, &error));
        const QByteArray batch = QByteArray::number(store->pendingBatch());
        QVERIFY(run("ALTER TABLE events DELETE WHERE batch = " + batch + " AND seq % 2 = 0"));
        QElapsedTimer clock;
        clock.start();
        while (scalar("SELECT count() FROM events") != 15 && clock.elapsed() < 10000)
            QTest::qWait(50);
        const quint64 left = scalar("SELECT count() FROM events");
        QVERIFY2(left > 0 && left < 30, qPrintable(QString::number(left)));
        QVERIFY2(store->write(events, {}, &error), qPrintable(error));
        QCOMPARE(scalar("SELECT count() FROM events"), quint64(30));
        QCOMPARE(scalar("SELECT uniqExact(site_id, ts, seq) FROM events"), quint64(30));
    }

    // An answer that takes longer than the timeout: the write fails, the INSERT may still
    // be running; retried as the engine does, the batch ends up stored exactly once.
    void aTimedOutBatchEndsUpStoredOnce()
    {
        auto store = open();
        QVERIFY(store);
        std::vector<Event> events = pageviews(20000);
        store->client()->setTimeouts({2000, 1});
        QString error;
        QVERIFY(!store->write(events, {}, &error));
        QVERIFY2(error.contains(QLatin1String("timeout")), qPrintable(error));
        store->client()->setTimeouts({2000, 10000});
        int attempts = 1;
        while (!store->write(events, {}, &error) && attempts < 50) {
            ++attempts;
            QTest::qWait(100);
        }
        QVERIFY2(error.isEmpty() || attempts < 50, qPrintable(error));
        QCOMPARE(scalar("SELECT count() FROM events"), quint64(20000));
    }

    // An attempt that timed out may still be running on the server: the retry waits for it
    // instead of finding no rows and sending them again.
    void aRetryWaitsForAnAttemptStillRunning()
    {
        FaultyProxy proxy(m_ch.server.httpPort());
        auto store = open({1, 2, 3}, proxy.port());
        QVERIFY(store);
        std::vector<Event> events = pageviews(10);
        proxy.dropRequest("INSERT INTO events");
        QString error;
        QVERIFY(!store->write(events, {}, &error));
        // A query under the batch's query id, as the lost attempt would still be running.
        const QString queryId = QStringLiteral("raycstr-events-%1")
                                    .arg(store->pendingBatch(), 16, 16, QLatin1Char('0'));
        bool slowDone = false;
        std::thread slow([&] {
            ClickHouseClient c(m_ch.server.endpoint(database()),
                               QLatin1String(ClickHouseServer::Password));
            QByteArray rows;
            ClickHouseError e;
            slowDone = c.select("SELECT sleep(1.5)", &rows, &e, ClickHouseClient::Scope::Database,
                                queryId);
        });
        QTRY_COMPARE(scalar("SELECT count() FROM system.processes WHERE query_id = "
                            + ClickHouseClient::quote(queryId.toUtf8())),
                     quint64(1));
        QVERIFY(!store->write(events, {}, &error));
        QVERIFY2(error.contains(QLatin1String("still writing")), qPrintable(error));
        slow.join();
        QVERIFY(slowDone);
        QVERIFY2(store->write(events, {}, &error), qPrintable(error));
        QCOMPARE(scalar("SELECT count() FROM events"), quint64(10));
    }

    // ClickHouse gone: writes fail (not "disk full"); back again, everything is stored once.
    void writesFailWhileClickHouseIsDownAndResumeAfter()
    {
        FaultyProxy proxy(m_ch.server.httpPort());
        auto store = open({1, 2, 3}, proxy.port());
        QVERIFY(store);
        proxy.setDown(true);
        std::vector<Event> events = pageviews(25);
        QString error;
        QVERIFY(!store->write(events, {}, &error));
        QVERIFY2(error.contains(QLatin1String("ClickHouse")), qPrintable(error));
        QVERIFY(!store->isDiskFull(error));
        QVERIFY(!store->write(events, {}, &error));
        proxy.setDown(false);
        QVERIFY2(store->write(events, {}, &error), qPrintable(error));
        QCOMPARE(scalar("SELECT count() FROM events"), quint64(25));
        // A different batch after one the engine gave up on is a new batch.
        std::vector<Event> next = pageviews(5, 2);
        QVERIFY(store->write(next, {}, &error));
        QCOMPARE(scalar("SELECT count() FROM events"), quint64(30));
    }

    void diskFullIsToldApart()
    {
        auto store = open();
        QVERIFY(store);
        QVERIFY(store->isDiskFull(
            QStringLiteral("ClickHouse error 243: Cannot reserve 1.00 MiB, not enough space")));
        QVERIFY(store->isDiskFull(
            QStringLiteral("ClickHouse error 75: Cannot write to file /var/lib/x.bin, errno: 28, "
                           "strerror: No space left on device")));
        QVERIFY(
            store->isDiskFull(QStringLiteral("checking batch 1f: ClickHouse error 243: no disk")));
        QVERIFY(!store->isDiskFull(
            QStringLiteral("ClickHouse error 60: Table raycstr.events doesn't exist")));
        QVERIFY(!store->isDiskFull(QStringLiteral("ClickHouse error 2430: something else")));
        QVERIFY(!store->isDiskFull(
            QStringLiteral("ClickHouse unreachable: 127.0.0.1:1: Connection refused")));
    }

    // Built on one thread, written from another without an event loop (the writer), and
    // destroyed on the first: as the ingest engine does.
    void worksFromTheWriterThread()
    {
        auto store = open();
        QVERIFY(store);
        bool ok = false;
        QString error;
        QStringList replayedEvents;
        std::thread writer([&] {
            std::vector<Event> events = pageviews(100);
            ok = store->write(events, {}, &error);
            replayedEvents = replayAll(*store, 1, 1699999000, 1700001000);
        });
        writer.join();
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(replayedEvents.size(), 100);
        store.reset();
        QCOMPARE(scalar("SELECT count() FROM events"), quint64(100));
    }

    // Retention drops whole months: a month goes once its newest event is past the cutoff;
    // until then its older events wait.
    void retentionDropsWholeMonths()
    {
        auto store = open();
        QVERIFY(store);
        auto at = [](const char *iso) {
            return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toSecsSinceEpoch();
        };
        std::vector<Event> events;
        for (const auto &[n, site, when] :
             {std::tuple {7, 1, "2024-01-15T10:00:00Z"}, std::tuple {5, 1, "2024-02-10T10:00:00Z"},
              std::tuple {2, 2, "2024-02-25T10:00:00Z"},
              std::tuple {3, 2, "2024-03-05T10:00:00Z"}}) {
            for (const Event &e : pageviews(n, site, at(when)))
                events.push_back(e);
        }
        QString error;
        QVERIFY2(store->write(events, {}, &error), qPrintable(error));
        QCOMPARE(store->deleteEventsBefore(at("2024-02-20T00:00:00Z"), &error), qint64(7));
        QCOMPARE(scalar("SELECT count() FROM events"), quint64(10)); // all of February waits
        QCOMPARE(store->deleteEventsBefore(at("2024-02-20T00:00:00Z"), &error), qint64(0));
        QCOMPARE(store->deleteEventsBefore(at("2024-02-26T00:00:00Z"), &error), qint64(7));
        QCOMPARE(scalar("SELECT count() FROM events"), quint64(3));
        QCOMPARE(replayAll(*store, 1, 0, at("2025-01-01T00:00:00Z")).size(), 0);
        QCOMPARE(replayAll(*store, 2, 0, at("2025-01-01T00:00:00Z")).size(), 3);
    }

    // One write() of 10k and of 100k events into the local server (figures in the log).
    void insertThroughput()
    {
        auto store = open();
        QVERIFY(store);
        qint64 ts = 1700000000;
        quint64 total = 0;
        for (const int n : {10000, 100000}) {
            std::vector<Event> events;
            events.reserve(size_t(n));
            for (int i = 0; i < n; ++i) {
                Event e
                    = pageview(1 + i % 3, ts + i / 100,
                               QStringLiteral("/blog/post-%1").arg(i % 500), quint64(i % 20000));
                e.acquisition.source = i % 4 ? QStringLiteral("Google") : QString();
                e.agent = {QStringLiteral("Firefox"), QStringLiteral("126"),
                           QStringLiteral("Linux"), QString(), DeviceType::Desktop};
                e.country = QStringLiteral("DE");
                events.push_back(e);
            }
            ts += n;
            QElapsedTimer clock;
            clock.start();
            QString error;
            QVERIFY2(store->write(events, {}, &error), qPrintable(error));
            const qint64 ms = qMax<qint64>(1, clock.elapsed());
            total += quint64(n);
            qInfo("write() of %d events: %lld ms, %lld events/s; clickhouse-server RSS %lld MB", n,
                  ms, qint64(n) * 1000 / ms, m_ch.server.rssKb() / 1024);
        }
        QCOMPARE(scalar("SELECT count() FROM events"), total);
    }
};

QTEST_GUILESS_MAIN(tst_ClickHouseEventStore)
#include "tst_clickhouseeventstore.moc"

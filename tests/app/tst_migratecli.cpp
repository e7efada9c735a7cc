// `raycstr-server migrate --to clickhouse://…` (issue 16) against a real clickhouse-server on
// loopback: a SQLite store seeded with the reference traffic of three sites (three time
// zones) is copied; the counts agree per site and day, every report of a query engine on
// ClickHouse equals the SQLite engine's, a second run copies nothing, an interrupted copy
// resumes exactly, and the refusals (wrong password, bad URL, a server on the directory)
// are clear.

#include "common/clickhouseserver.h"
#include "common/trafficfeed.h"
#include "core/clock.h"
#include "migratecli.h"
#include "query/queryengine.h"
#include "store/clickhouseclient.h"
#include "store/database.h"
#include "store/datadirlock.h"
#include "store/eventkey.h"
#include "store/rowbinary.h"
#include "store/sqliteeventstore.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::query;
using namespace raycstr::testing;

class tst_MigrateCli : public QObject
{
    Q_OBJECT

    ClickHouseServer m_server;
    // After the traffic (3–7 Nov 2023), so every period below is in the past.
    ManualClock m_clock {1699574400000LL}; // 2023-11-10T00:00:00Z

    struct Run
    {
        int code = 0;
        QString out;
        QString err;
    };

    static QString database()
    {
        return QString::fromLatin1(QTest::currentTestFunction()).toLower();
    }

    QString url() const
    {
        return QStringLiteral("clickhouse://%1@127.0.0.1:%2/%3")
            .arg(QLatin1String(ClickHouseServer::User))
            .arg(m_server.httpPort())
            .arg(database());
    }

    Run migrate(const QString &dataDir, ClickHouseMigration::Options options = {},
                const QString &password = QLatin1String(ClickHouseServer::Password),
                const QString &to = QString())
    {
        qputenv("RAYCSTR_STORE_PASSWORD", password.toUtf8());
        Run r;
        QTextStream o(&r.out), e(&r.err);
        MigrateCli cli(o, e);
        cli.setProgressIsTerminal(false);
        cli.setOptions(options);
        r.code = cli.run({QStringLiteral("raycstr-server migrate"), QStringLiteral("--to"),
                          to.isEmpty() ? url() : to, QStringLiteral("--data"), dataDir});
        o.flush();
        e.flush();
        qunsetenv("RAYCSTR_STORE_PASSWORD");
        return r;
    }

    // Three sites' traffic through the sessionizer into SQLite, and some drop counts.
    static qint64 seed(const QString &dataDir)
    {
        SqliteDb db;
        QString error;
        if (!Database::open(&db, dataDir, &error) || !addTrafficSites(db, 3)) {
            qWarning("%s", qPrintable(error));
            return -1;
        }
        TrafficSpec spec;
        spec.seed = 11;
        spec.people = 300;
        spec.extras = true;
        SqliteEventStore store(&db);
        const qint64 stored = storeTraffic(store, generateTraffic(spec), zoneOf, 400, &error);
        std::vector<Event> none;
        const QList<DropCount> drops {{1, 19664, QStringLiteral("bot"), 7},
                                      {2, 19665, QStringLiteral("bot"), 3},
                                      {2, 19665, QStringLiteral("spam"), 2},
                                      {3, 19600, QStringLiteral("bot"), 1}}; // a day without events
        if (stored <= 0 || !store.write(none, drops, &error)) {
            qWarning("%s", qPrintable(error));
            return -1;
        }
        return stored;
    }

    quint64 scalar(const QByteArray &sql) const
    {
        ClickHouseClient c(m_server.endpoint(database()),
                           QLatin1String(ClickHouseServer::Password));
        QByteArray rows;
        ClickHouseError e;
        if (!c.select("SELECT toUInt64((" + sql + "))", &rows, &e)) {
            qWarning("%s", qPrintable(e.toString()));
            return quint64(-1);
        }
        return RowBinaryReader(rows).uint64();
    }

    static qint64 sqliteScalar(const QString &dataDir, const QByteArray &sql)
    {
        SqliteDb db;
        QString error;
        if (!Database::open(&db, dataDir, &error))
            return -1;
        Statement st(db, sql);
        return st.next() ? st.int64(0) : -1;
    }

    std::unique_ptr<QueryEngine> clickHouseEngine(const QString &dataDir) const
    {
        QueryEngine::Options options;
        ClickHouseEndpoint endpoint = m_server.endpoint(database());
        StoreLocation where = *StoreLocation::parse(endpoint.toDisplayString(), nullptr);
        options.makeStats = QueryEngine::statsFor(where, QLatin1String(ClickHouseServer::Password));
        return std::make_unique<QueryEngine>(dataDir, &m_clock, options);
    }

    static QString text(const Metrics &m)
    {
        return QStringLiteral("visitors %1 visits %2 pageviews %3 events %4 bounces %5 "
                              "duration %6")
            .arg(m.visitors)
            .arg(m.visits)
            .arg(m.pageviews)
            .arg(m.events)
            .arg(m.bounces)
            .arg(m.duration);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void copiesEveryEventExactly();
    void reportsAgreeWithSqlite();
    void runTwiceCopiesNothingTwice();
    void resumesAfterInterruption();
    void wrongPasswordIsRefused();
    void badTargetIsRefused();
    void refusedWhileServerRuns();
    void rollupOnlyDaysAreCounted();
    void differencesAreListed();
};

void tst_MigrateCli::copiesEveryEventExactly()
{
    QTemporaryDir dir;
    const qint64 stored = seed(dir.path());
    QVERIFY(stored > 1000);
    const Run r = migrate(dir.path());
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Copied %1 events").arg(stored)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("agree for every site and day")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("stay in the data directory")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1String("migrate: 100%")), qPrintable(r.err));

    // Asked of both stores directly, not through the command's own check.
    QCOMPARE(qint64(scalar("SELECT count() FROM events")), stored);
    QCOMPARE(qint64(scalar("SELECT sum(count) FROM dropped")), 13);
    for (qint32 site = 1; site <= 3; ++site) {
        const QByteArray s = QByteArray::number(site);
        QCOMPARE(qint64(scalar("SELECT count() FROM events WHERE site_id = " + s)),
                 sqliteScalar(dir.path(),
                              "SELECT count(*) FROM events WHERE id >= "
                                  + QByteArray::number(EventKey::siteBegin(site)) + " AND id < "
                                  + QByteArray::number(EventKey::siteEnd(site))));
        // Per local day: the visits' bounces and durations (the sessionizer's deltas made
        // again) and entries equal the SQLite rollups, which the sessionizer's own deltas
        // built when the events arrived.
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, dir.path(), &error));
        Statement st(db,
                     "SELECT day, visits, bounces, duration, pageviews FROM rollup_daily "
                     "WHERE site_id = ? AND dim = 0 ORDER BY day");
        st.bind(1, qint64(site));
        int days = 0;
        while (st.next()) {
            const QByteArray where = " FROM events WHERE site_id = " + s
                + " AND visit_day = " + QByteArray::number(st.int64(0));
            QCOMPARE(
                qint64(scalar("SELECT countIf(bitAnd(flags, 2) != 0 AND kind IN (0, 1))" + where)),
                st.int64(1));
            QCOMPARE(qint64(scalar("SELECT sum(bounce_delta)" + where)), st.int64(2));
            QCOMPARE(qint64(scalar("SELECT sum(duration_delta)" + where)), st.int64(3));
            ++days;
        }
        QVERIFY(days >= 5);
        // Entries per page: the visits that began there.
        Statement entries(db,
                          "SELECT s.value, sum(r.visits) FROM rollup_daily r JOIN strings s "
                          "ON s.id = r.value WHERE r.site_id = ? AND r.dim = ? GROUP BY 1");
        entries.bind(1, qint64(site)).bind(2, qint64(Dimension::EntryPage));
        int pages = 0;
        while (entries.next()) {
            QCOMPARE(qint64(scalar("SELECT countIf(bitAnd(flags, 2) != 0 AND kind IN (0, 1)) "
                                   "FROM events WHERE site_id = "
                                   + s + " AND entry_path = "
                                   + ClickHouseClient::quote(entries.text(0).toUtf8()))),
                     entries.int64(1));
            ++pages;
        }
        QVERIFY(pages > 3);
    }
}

void tst_MigrateCli::reportsAgreeWithSqlite()
{
    QTemporaryDir dir;
    QVERIFY(seed(dir.path()) > 0);
    const Run r = migrate(dir.path());
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));

    QueryEngine sqlite(dir.path(), &m_clock);
    const auto clickHouse = clickHouseEngine(dir.path());
    QString error;
    QVERIFY2(sqlite.open(&error), qPrintable(error));
    QVERIFY2(clickHouse->open(&error), qPrintable(error));

    auto period = [](Period::Kind kind, QDate from = {}, QDate to = {}) {
        Period p;
        p.kind = kind;
        p.date = p.from = from;
        p.to = to;
        return p;
    };
    const QList<Period> periods {
        period(Period::Kind::Custom, QDate(2023, 11, 3), QDate(2023, 11, 8)),
        period(Period::Kind::Day, QDate(2023, 11, 5)), period(Period::Kind::Last7d)};
    auto filter = [](Dimension dim, Filter::Op op, const QString &value) {
        Filter f;
        f.field.dim = dim;
        f.op = op;
        f.values = {value};
        return f;
    };
    const QList<QList<Filter>> filterSets {
        {},
        {filter(Dimension::Source, Filter::Op::Is, QStringLiteral("Google"))},
        {filter(Dimension::EntryPage, Filter::Op::Is, QStringLiteral("/"))},
        {filter(Dimension::ExitPage, Filter::Op::NotContains, QStringLiteral("o"))},
        {filter(Dimension::Page, Filter::Op::Contains, QStringLiteral("/blog"))},
        {filter(Dimension::EventName, Filter::Op::Is, QStringLiteral("signup"))},
    };
    const QList<Dimension> breakdowns {
        Dimension::Page,    Dimension::EntryPage, Dimension::ExitPage, Dimension::Source,
        Dimension::Country, Dimension::Browser,   Dimension::EventName};
    int compared = 0;
    for (qint32 site = 1; site <= 3; ++site) {
        for (const Period &p : periods) {
            for (const QList<Filter> &filters : filterSets) {
                Query q;
                q.siteId = site;
                q.period = p;
                q.filters = filters;
                const QString what = QStringLiteral("site %1, %2, filters %3")
                                         .arg(site)
                                         .arg(p.name())
                                         .arg(filters.size());
                QueryError e1, e2;
                const auto a = sqlite.aggregate(q, &e1);
                const auto b = clickHouse->aggregate(q, &e2);
                QVERIFY2(a && b, qPrintable(what + e1.message + e2.message));
                QVERIFY2(a->current == b->current,
                         qPrintable(what + u'\n' + text(a->current) + u'\n' + text(b->current)));
                const auto sa = sqlite.timeseries(q, std::nullopt, &e1);
                const auto sb = clickHouse->timeseries(q, std::nullopt, &e2);
                QVERIFY2(sa && sb, qPrintable(what + e1.message + e2.message));
                QCOMPARE(sa->points.size(), sb->points.size());
                for (qsizetype i = 0; i < sa->points.size(); ++i)
                    QVERIFY2(sa->points[i].metrics == sb->points[i].metrics,
                             qPrintable(what + QStringLiteral(" point %1").arg(i)));
                for (const Dimension dim : breakdowns) {
                    Field by;
                    by.dim = dim;
                    const auto ba = sqlite.breakdown(q, by, 100, 0, &e1);
                    const auto bb = clickHouse->breakdown(q, by, 100, 0, &e2);
                    QVERIFY2(ba && bb, qPrintable(what + e1.message + e2.message));
                    QCOMPARE(ba->rows.size(), bb->rows.size());
                    QHash<QString, Metrics> rows;
                    for (const BreakdownRow &row : ba->rows)
                        rows.insert(row.value, row.metrics);
                    for (const BreakdownRow &row : bb->rows)
                        QVERIFY2(rows.value(row.value) == row.metrics,
                                 qPrintable(what + u' ' + dimensionName(dim) + u' ' + row.value
                                            + u'\n' + text(rows.value(row.value)) + u'\n'
                                            + text(row.metrics)));
                    ++compared;
                }
            }
        }
    }
    QCOMPARE(compared, 3 * 3 * 6 * 7);
}

void tst_MigrateCli::runTwiceCopiesNothingTwice()
{
    QTemporaryDir dir;
    const qint64 stored = seed(dir.path());
    QVERIFY(stored > 0);
    QCOMPARE(migrate(dir.path()).code, 0);
    const Run again = migrate(dir.path());
    QVERIFY2(again.code == 0, qPrintable(again.out + again.err));
    QVERIFY2(again.out.contains(QLatin1String("Copied 0 events")), qPrintable(again.out));
    QCOMPARE(qint64(scalar("SELECT count() FROM events")), stored);
    QCOMPARE(qint64(scalar("SELECT sum(count) FROM dropped")), 13);
}

void tst_MigrateCli::resumesAfterInterruption()
{
    QTemporaryDir dir;
    const qint64 stored = seed(dir.path());
    QVERIFY(stored > 3000);
    ClickHouseMigration::Options small;
    small.batchEvents = 300;
    small.chunkEvents = 1000;
    ClickHouseMigration::Options stopping = small;
    stopping.stopAfterBatches = 2; // within the first run of days (about 1000 events)
    const Run first = migrate(dir.path(), stopping);
    QVERIFY2(first.code == 130, qPrintable(first.out + first.err));
    const auto sent
        = QRegularExpression(QStringLiteral("Interrupted after (\\d+) events")).match(first.err);
    QVERIFY2(sent.hasMatch(), qPrintable(first.err));
    const qint64 partial = sent.captured(1).toLongLong();
    QCOMPARE(partial, 600);
    QCOMPARE(qint64(scalar("SELECT count() FROM events")), partial);
    // Batches were sent for a run of days that did not finish: the next run deletes them.
    QVERIFY(scalar("SELECT count() FROM migrations WHERE state = 0")
            > scalar("SELECT count() FROM migrations WHERE state = 1"));

    const Run second = migrate(dir.path(), small);
    QVERIFY2(second.code == 0, qPrintable(second.out + second.err));
    QVERIFY2(second.out.contains(QLatin1String("Deleted what an interrupted copy had sent")),
             qPrintable(second.out));
    QVERIFY2(second.out.contains(QLatin1String("agree for every site and day")),
             qPrintable(second.out));
    QCOMPARE(qint64(scalar("SELECT count() FROM events")), stored);
    QCOMPARE(qint64(scalar("SELECT uniqExact(site_id, ts, seq) FROM events")), stored);
    QCOMPARE(qint64(scalar("SELECT sum(count) FROM dropped")), 13);
    // The rollups once: SQLite's totals.
    qint64 pageviews = 0, visits = 0;
    {
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, dir.path(), &error));
        Statement st(db, "SELECT sum(pageviews), sum(visits) FROM rollup_daily WHERE dim = 0");
        QVERIFY(st.next());
        pageviews = st.int64(0);
        visits = st.int64(1);
    }
    QVERIFY(pageviews > 0);
    QCOMPARE(qint64(scalar("SELECT sum(pageviews) FROM rollups WHERE site_id > 0 AND dim = 0")),
             pageviews);
    QCOMPARE(qint64(scalar("SELECT sum(visits) FROM rollups WHERE site_id > 0 AND dim = 0")),
             visits);
    // Once more: nothing to copy, nothing deleted.
    const Run third = migrate(dir.path(), small);
    QCOMPARE(third.code, 0);
    QVERIFY(!third.out.contains(QLatin1String("Deleted")));
    QCOMPARE(qint64(scalar("SELECT count() FROM events")), stored);
}

void tst_MigrateCli::wrongPasswordIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(seed(dir.path()) > 0);
    const Run r = migrate(dir.path(), {}, QStringLiteral("not the password"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("cannot use ClickHouse at clickhouse://raycstr@")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("not the password")));
    // Nothing unreachable either: a port nothing listens on.
    const Run away = migrate(dir.path(), {}, QLatin1String(ClickHouseServer::Password),
                             QStringLiteral("clickhouse://raycstr@127.0.0.1:1/x"));
    QCOMPARE(away.code, 1);
    QVERIFY2(away.err.contains(QLatin1String("unreachable")), qPrintable(away.err));
}

void tst_MigrateCli::badTargetIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(seed(dir.path()) > 0);
    const Run withPassword
        = migrate(dir.path(), {}, QString(), QStringLiteral("clickhouse://u:secret@127.0.0.1/db"));
    QCOMPARE(withPassword.code, 2);
    QVERIFY(withPassword.err.contains(QLatin1String("password"), Qt::CaseInsensitive));
    const Run sqlite = migrate(dir.path(), {}, QString(), QStringLiteral("sqlite"));
    QCOMPARE(sqlite.code, 2);
    QVERIFY2(sqlite.err.contains(QLatin1String("must name a ClickHouse store")),
             qPrintable(sqlite.err));
    const Run junk = migrate(dir.path(), {}, QString(), QStringLiteral("mysql://x"));
    QCOMPARE(junk.code, 2);
}

void tst_MigrateCli::refusedWhileServerRuns()
{
    QTemporaryDir dir;
    QVERIFY(seed(dir.path()) > 0);
    DataDirLock server; // what `serve` holds while it runs
    QString error;
    QVERIFY2(server.acquire(dir.path(), &error), qPrintable(error));
    const Run r = migrate(dir.path());
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("Stop the server first")), qPrintable(r.err));
    // Nothing was made in ClickHouse.
    ClickHouseClient c(m_server.endpoint(QStringLiteral("system")),
                       QLatin1String(ClickHouseServer::Password));
    QByteArray rows;
    ClickHouseError e;
    QVERIFY(c.select("SELECT count() FROM databases WHERE name = "
                         + ClickHouseClient::quote(database().toUtf8()),
                     &rows, &e));
    QCOMPARE(RowBinaryReader(rows).uint64(), 0u);
}

void tst_MigrateCli::rollupOnlyDaysAreCounted()
{
    QTemporaryDir dir;
    QVERIFY(seed(dir.path()) > 0);
    // Retention took the raw events before 5 Nov 2023 00:00 UTC; the daily sums stay.
    const qint64 cutoff = 1699142400;
    qint64 left = 0;
    {
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, dir.path(), &error));
        SqliteEventStore store(&db);
        QVERIFY(store.deleteEventsBefore(cutoff, &error) > 0);
        Statement st(db, "SELECT count(*) FROM events");
        QVERIFY(st.next());
        left = st.int64(0);
    }
    // SQLite's daily sums, per (site, day, dim) over all values, expired days included.
    QMap<QString, QString> sums;
    {
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, dir.path(), &error));
        Statement st(db,
                     "SELECT site_id, day, dim, sum(visitors), sum(visits), sum(pageviews), "
                     "sum(events), sum(bounces), sum(duration) FROM rollup_daily "
                     "GROUP BY site_id, day, dim");
        while (st.next()) {
            QStringList v;
            for (int i = 3; i < 9; ++i)
                v.append(QString::number(st.int64(i)));
            sums.insert(
                QStringLiteral("%1 %2 %3").arg(st.int64(0)).arg(st.int64(1)).arg(st.int64(2)),
                v.join(QLatin1Char(' ')));
        }
        QVERIFY(sums.size() > 100);
    }
    const Run r = migrate(dir.path());
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QCOMPARE(qint64(scalar("SELECT count() FROM events")), left);
    // ClickHouse's rollups hold the same sums, the expired days' with the rest.
    QMap<QString, QString> copied;
    {
        ClickHouseClient c(m_server.endpoint(database()),
                           QLatin1String(ClickHouseServer::Password));
        QByteArray rows;
        ClickHouseError e;
        QVERIFY2(c.select("SELECT site_id, slot, dim, sum(visitors), sum(visits), sum(pageviews), "
                          "sum(events), sum(bounces), sum(duration) FROM rollups WHERE site_id > 0 "
                          "AND dim < 100 GROUP BY site_id, slot, dim",
                          &rows, &e),
                 qPrintable(e.toString()));
        RowBinaryReader rb(rows);
        while (!rb.atEnd() && rb.ok()) {
            const qint32 site = rb.int32();
            const qint64 day = rb.int64();
            const int dim = rb.uint8();
            QStringList v;
            for (int i = 0; i < 6; ++i)
                v.append(QString::number(rb.int64()));
            copied.insert(QStringLiteral("%1 %2 %3").arg(site).arg(day).arg(dim),
                          v.join(QLatin1Char(' ')));
        }
        QVERIFY(rb.ok());
    }
    QCOMPARE(copied, sums);
    // Each site lost its first two local days whole (New York's 2 and 3 Nov, Kolkata's 3
    // and 4 Nov); the day the cut fell into keeps events and is copied.
    for (const char *domain : {"site1.test", "site2.test", "site3.test"}) {
        QVERIFY2(
            r.out.contains(
                QStringLiteral("%1: 2 days have only daily sums left").arg(QLatin1String(domain))),
            qPrintable(r.out));
    }
}

void tst_MigrateCli::differencesAreListed()
{
    QTemporaryDir dir;
    QVERIFY(seed(dir.path()) > 0);
    QCOMPARE(migrate(dir.path()).code, 0);
    QDate day;
    // A pageview stored in SQLite after its day was copied (a server run on the old store
    // in between): the day is not copied again, and the check says where the stores differ.
    {
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, dir.path(), &error));
        SqliteEventStore store(&db);
        Event e;
        e.siteId = 2;
        e.ts = 1699200000; // 2023-11-05T16:00Z
        e.visitStart = e.ts;
        e.visitor = 424242;
        e.path = QStringLiteral("/late");
        e.flags = EventFlag::VisitStart | EventFlag::NewVisitorToday;
        std::vector<Event> events {e};
        QVERIFY2(store.write(events, {}, &error), qPrintable(error));
        // Filed under the site's newest second (an event older than it always is).
        day = QDateTime::fromSecsSinceEpoch(events.front().ts, zoneOf(2)).date();
    }
    const Run r = migrate(dir.path());
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Site-days where the counts differ (SQLite ≠ "
                                           "ClickHouse): 1\n")),
             qPrintable(r.err));
    const QStringList lines = r.err.split(u'\n');
    const auto row = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) {
        return l.startsWith(QLatin1String("site2.test"));
    });
    QVERIFY2(row != lines.cend(), qPrintable(r.err));
    QVERIFY2(row->contains(day.toString(Qt::ISODate)), qPrintable(*row));
    // Events, pageviews and visitors are one more in SQLite; the drops agree.
    QCOMPARE(row->count(QStringLiteral("≠")), 3);
}

QTEST_GUILESS_MAIN(tst_MigrateCli)
#include "tst_migratecli.moc"

#include "store/database.h"
#include "store/sites.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;

class tst_Sites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizesDomains_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: rejected
        QTest::newRow("plain") << QStringLiteral("example.com") << QStringLiteral("example.com");
        QTest::newRow("case and spaces")
            << QStringLiteral("  Example.COM ") << QStringLiteral("example.com");
        QTest::newRow("subdomain")
            << QStringLiteral("blog.example.co.uk") << QStringLiteral("blog.example.co.uk");
        QTest::newRow("localhost") << QStringLiteral("localhost") << QStringLiteral("localhost");
        QTest::newRow("scheme") << QStringLiteral("https://example.com") << QString();
        QTest::newRow("path") << QStringLiteral("example.com/blog") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces inside") << QStringLiteral("exa mple.com") << QString();
        QTest::newRow("leading dot") << QStringLiteral(".example.com") << QString();
        QTest::newRow("too long label")
            << QString(QStringLiteral("a").repeated(64) + QStringLiteral(".com")) << QString();
    }

    void normalizesDomains()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString domain, error;
        const bool ok = SiteRepository::normalizeDomain(input, &domain, &error);
        QCOMPARE(ok, !expected.isEmpty());
        if (ok)
            QCOMPARE(domain, expected);
        else
            QVERIFY(!error.isEmpty());
    }

    void addListFindRemove()
    {
        QTemporaryDir dir;
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, dir.path(), &error));
        SiteRepository repo(&db);
        const auto a
            = repo.add(QStringLiteral("Example.com"), QStringLiteral("Europe/Berlin"), 100, &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->domain, QStringLiteral("example.com"));
        QVERIFY(!repo.add(QStringLiteral("example.com"), QString(), 100, &error));
        QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
        QVERIFY(!repo.add(QStringLiteral("b.test"), QStringLiteral("Mars/Olympus"), 100, &error));
        QVERIFY2(error.contains(QLatin1String("unknown time zone")), qPrintable(error));
        QVERIFY(repo.add(QStringLiteral("b.test"), QString(), 100, &error));
        QCOMPARE(repo.list().size(), 2);
        QCOMPARE(repo.find(QStringLiteral("B.TEST"))->timeZone, QStringLiteral("UTC"));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO rollup_daily(site_id, day, dim, value, "
                                       "pageviews) VALUES(%1, 1, 0, 0, 5)")
                            .arg(a->id)
                            .toUtf8()));
        // Imported sums (a Plausible export) go with the site too.
        QVERIFY(db.exec(QStringLiteral("INSERT INTO imported_daily(site_id, dim, day, value, "
                                       "import_id, visitors) VALUES(%1, 0, 1, '', 1, 5)")
                            .arg(a->id)
                            .toUtf8()));
        QCOMPARE(repo.remove(QStringLiteral("example.com"), &error), 0);
        QCOMPARE(repo.list().size(), 1);
        Statement st(db, "SELECT count(*) FROM rollup_daily");
        QVERIFY(st.next());
        QCOMPARE(st.int64(0), 0);
        Statement imported(db, "SELECT count(*) FROM imported_daily");
        QVERIFY(imported.next());
        QCOMPARE(imported.int64(0), 0);
        QCOMPARE(repo.remove(QStringLiteral("nope.test"), &error), -1);
        QVERIFY2(error.contains(QLatin1String("no site")), qPrintable(error));
    }

    void directoryResolvesAndPicksUpNewSites()
    {
        QTemporaryDir dir;
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, dir.path(), &error));
        SiteRepository repo(&db);
        const auto a = repo.add(QStringLiteral("a.test"), QStringLiteral("Asia/Tokyo"), 0, &error);
        SiteDirectory directory(Database::pathIn(dir.path()));
        QVERIFY(directory.reload(&error));
        QCOMPARE(directory.idForDomain(QStringLiteral("a.test"), 0), a->id);
        QCOMPARE(directory.idForDomain(QStringLiteral("A.Test"), 0), a->id);
        QCOMPARE(directory.timeZone(a->id).id(), QByteArray("Asia/Tokyo"));
        const auto b = repo.add(QStringLiteral("b.test"), QString(), 0, &error);
        // Sites change beside a running server (`raycstr-server site …`): every change
        // takes effect on the next lookup, not after a delay.
        QCOMPARE(directory.idForDomain(QStringLiteral("b.test"), 5000), b->id);
        QCOMPARE(directory.idForDomain(QStringLiteral("c.test"), 5100), 0);
        const auto c = repo.add(QStringLiteral("c.test"), QString(), 0, &error);
        QCOMPARE(directory.idForDomain(QStringLiteral("c.test"), 5100), c->id);
        // Unknown names cost no reload while nothing changed (a flood of hits for a site
        // nobody added must not hammer the disk).
        const quint64 generation = directory.generation();
        for (int i = 0; i < 100; ++i)
            QCOMPARE(directory.idForDomain(QStringLiteral("unknown%1.test").arg(i), 5100), 0);
        QCOMPARE(directory.generation(), generation);
    }

    // A removed site stops resolving at once: the collector refuses its hits from the next
    // request on, rather than filing them under the removed id.
    void removalTakesEffectOnTheNextLookup()
    {
        QTemporaryDir dir;
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, dir.path(), &error));
        SiteRepository repo(&db);
        const auto a = repo.add(QStringLiteral("a.test"), QString(), 0, &error);
        QVERIFY(a);
        SiteDirectory directory(Database::pathIn(dir.path()));
        QVERIFY(directory.reload(&error));
        QCOMPARE(directory.idForDomain(QStringLiteral("a.test"), 0), a->id);
        QVERIFY(repo.remove(QStringLiteral("a.test"), &error) >= 0);
        QCOMPARE(directory.idForDomain(QStringLiteral("a.test"), 0), 0);
        QVERIFY(directory.domain(a->id).isEmpty());
        QVERIFY(directory.sites().isEmpty());
    }

    // A change made behind SiteRepository's back (plain SQL, a restored backup) writes no
    // stamp: the directory still finds it within about a second.
    void changesWithoutAStampArriveWithinASecond()
    {
        QTemporaryDir dir;
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, dir.path(), &error));
        SiteDirectory directory(Database::pathIn(dir.path()));
        QVERIFY(directory.reload(&error));
        QCOMPARE(directory.idForDomain(QStringLiteral("raw.test"), 0), 0);
        QVERIFY(db.exec("INSERT INTO sites(domain, created_at) VALUES('raw.test', 0)"));
        QTRY_VERIFY_WITH_TIMEOUT(directory.idForDomain(QStringLiteral("raw.test"), 0) > 0, 3000);
    }

    // Ids are never reused: a site added after a removal must not inherit anything filed
    // under the removed site's id (events in flight, keys, a running server's caches).
    void idsAreNeverReused()
    {
        QTemporaryDir dir;
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, dir.path(), &error));
        SiteRepository repo(&db);
        const auto a = repo.add(QStringLiteral("a.test"), QString(), 0, &error);
        const auto b = repo.add(QStringLiteral("b.test"), QString(), 0, &error);
        QVERIFY(a && b);
        QVERIFY(repo.remove(QStringLiteral("b.test"), &error) >= 0);
        const auto c = repo.add(QStringLiteral("c.test"), QString(), 0, &error);
        QVERIFY(c);
        QVERIFY2(c->id > b->id, qPrintable(QStringLiteral("%1 after %2").arg(c->id).arg(b->id)));
        QVERIFY(repo.remove(QStringLiteral("c.test"), &error) >= 0);
        const auto again = repo.add(QStringLiteral("b.test"), QString(), 0, &error);
        QVERIFY(again && again->id > c->id);
    }

    // A database as version 5 made it (before AUTOINCREMENT), with sites a.test (1) and
    // b.test (2), closed again.
    static void makeVersion5Database(const QString &dir)
    {
        SqliteDb db;
        QString error;
        QVERIFY(db.open(Database::pathIn(dir), SqliteDb::Mode::ReadWrite, &error));
        QVERIFY(db.exec("PRAGMA journal_mode = WAL"));
        const QStringList files = QDir(QStringLiteral(":/raycstr/migrations"))
                                      .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (int v = 1; v <= 5; ++v) {
            QFile f(QStringLiteral(":/raycstr/migrations/%1").arg(files.at(v - 1)));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(db.exec(f.readAll() + "\nPRAGMA user_version = " + QByteArray::number(v)));
        }
        QVERIFY(db.exec("INSERT INTO sites(id, domain, created_at) VALUES(1, 'a.test', 0), "
                        "(2, 'b.test', 0)"));
    }

    static qint64 count(SqliteDb &db, const char *sql)
    {
        Statement st(db, sql);
        return st.next() ? st.int64(0) : -1;
    }

    // A database made before AUTOINCREMENT: the migration keeps every site's id and starts
    // new ids after the highest id anything still names (here: events a removed site left).
    void migrationKeepsIdsAndSkipsLeftovers()
    {
        QTemporaryDir dir;
        QString error;
        makeVersion5Database(dir.path());
        {
            SqliteDb db;
            QVERIFY(db.open(Database::pathIn(dir.path()), SqliteDb::Mode::ReadWrite, &error));
            // Events of a site 4 that was removed while the server kept writing.
            QVERIFY(db.exec("INSERT INTO events(id, visitor, visit_age, kind, flags) "
                            "VALUES((4 << 46) + 1, 1, 0, 0, 0)"));
        }
        SqliteDb db;
        QVERIFY2(Database::open(&db, dir.path(), &error), qPrintable(error));
        SiteRepository repo(&db);
        QCOMPARE(repo.find(QStringLiteral("a.test"))->id, 1);
        QCOMPARE(repo.find(QStringLiteral("b.test"))->id, 2);
        const auto c = repo.add(QStringLiteral("c.test"), QString(), 0, &error);
        QVERIFY(c);
        QCOMPARE(c->id, 5);
        // The triggers that go with a site's removal survived the table's rebuild.
        QVERIFY(db.exec("INSERT INTO goals(site_id, name, kind, match, created_at) "
                        "VALUES(1, 'g', 0, 'x', 0)"));
        QVERIFY(repo.remove(QStringLiteral("a.test"), &error) >= 0);
        Statement goals(db, "SELECT count(*) FROM goals");
        QVERIFY(goals.next());
        QCOMPARE(goals.int64(0), 0);
    }

    // Versions before 0006 kept writing a removed site's events, rollups and drop counts
    // under its old id. Those rows name no site: the next `site remove` clears them too,
    // and leaves every site's own data alone.
    void removeClearsWhatOlderVersionsLeft()
    {
        QTemporaryDir dir;
        QString error;
        makeVersion5Database(dir.path());
        {
            SqliteDb db;
            QVERIFY(db.open(Database::pathIn(dir.path()), SqliteDb::Mode::ReadWrite, &error));
            for (const qint64 site : {2, 4, 7}) {
                for (int i = 1; i <= 3; ++i) {
                    Statement ev(db, "INSERT INTO events(id, visitor, visit_age, kind, flags) "
                                     "VALUES((? << 46) + ?, 1, 0, 0, 0)");
                    ev.bind(1, site).bind(2, qint64(i));
                    QVERIFY(ev.run());
                }
                for (const char *sql :
                     {"INSERT INTO rollup_hourly(site_id, hour, pageviews) VALUES(?, 1, 1)",
                      "INSERT INTO rollup_daily(site_id, day, dim, value, pageviews) "
                      "VALUES(?, 1, 0, 0, 1)",
                      "INSERT INTO rollup_vitals(site_id, metric, page, day, bucket, count) "
                      "VALUES(?, 1, 0, 1, 0, 1)",
                      "INSERT INTO dropped(site_id, day, reason, count) VALUES(?, 1, 'bot', 1)"}) {
                    Statement st(db, sql);
                    st.bind(1, site);
                    QVERIFY(st.run());
                }
            }
        }
        SqliteDb db;
        QVERIFY2(Database::open(&db, dir.path(), &error), qPrintable(error));
        QCOMPARE(SiteRepository(&db).remove(QStringLiteral("a.test"), &error), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM events WHERE id >= (3 << 46)"), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM events WHERE id >= (2 << 46)"), 3); // b.test's
        for (const char *table : {"rollup_hourly", "rollup_daily", "rollup_vitals", "dropped"}) {
            const QByteArray orphans = "SELECT count(*) FROM " + QByteArray(table)
                + " WHERE site_id NOT IN (SELECT id FROM sites)";
            QVERIFY2(count(db, orphans.constData()) == 0, table);
            const QByteArray kept
                = "SELECT count(*) FROM " + QByteArray(table) + " WHERE site_id = 2";
            QVERIFY2(count(db, kept.constData()) == 1, table);
        }
    }
};

QTEST_GUILESS_MAIN(tst_Sites)
#include "tst_sites.moc"

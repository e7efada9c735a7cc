#include "store/database.h"
#include "store/sites.h"

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
        QCOMPARE(repo.remove(QStringLiteral("example.com"), &error), 0);
        QCOMPARE(repo.list().size(), 1);
        Statement st(db, "SELECT count(*) FROM rollup_daily");
        QVERIFY(st.next());
        QCOMPARE(st.int64(0), 0);
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
        // Unknown domain: reloads (rate-limited to once a second).
        QCOMPARE(directory.idForDomain(QStringLiteral("b.test"), 5000), b->id);
        QCOMPARE(directory.idForDomain(QStringLiteral("c.test"), 5100),
                 0); // within the second: no reload
        const auto c = repo.add(QStringLiteral("c.test"), QString(), 0, &error);
        QCOMPARE(directory.idForDomain(QStringLiteral("c.test"), 5200), 0);
        QCOMPARE(directory.idForDomain(QStringLiteral("c.test"), 6100), c->id);
    }
};

QTEST_GUILESS_MAIN(tst_Sites)
#include "tst_sites.moc"

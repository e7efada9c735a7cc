#include "store/database.h"
#include "store/sites.h"

#include <QTemporaryDir>
#include <QTest>

// Site aliases: the names other trackers give a site (Umami's website id, a GoatCounter
// host), mapped to one of ours.

using namespace raycstr;

class tst_SiteAliases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizesAliases_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: rejected
        QTest::newRow("umami uuid") << QStringLiteral(" 8F1C2B3A-6a0e-4d7b-9a51-0c2f1e4d5b6a ")
                                    << QStringLiteral("8f1c2b3a-6a0e-4d7b-9a51-0c2f1e4d5b6a");
        QTest::newRow("host") << QStringLiteral("Stats.Example.org")
                              << QStringLiteral("stats.example.org");
        QTest::newRow("code") << QStringLiteral("my_code") << QStringLiteral("my_code");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("space") << QStringLiteral("a b") << QString();
        QTest::newRow("slash") << QStringLiteral("a/b") << QString();
        QTest::newRow("quote") << QStringLiteral("a\"b") << QString();
        QTest::newRow("too long") << QString(254, u'a') << QString();
    }

    void normalizesAliases()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString alias, error;
        const bool ok = SiteRepository::normalizeAlias(input, &alias, &error);
        QCOMPARE(ok, !expected.isEmpty());
        if (ok)
            QCOMPARE(alias, expected);
        else
            QVERIFY(error.contains(QLatin1String("not a valid alias")));
    }

    void addListRemoveAndConflicts()
    {
        QTemporaryDir dir;
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, dir.path(), &error));
        SiteRepository repo(&db);
        const auto a = repo.add(QStringLiteral("a.test"), QString(), 0, &error);
        const auto b = repo.add(QStringLiteral("b.test"), QString(), 0, &error);
        QVERIFY(a && b);
        QVERIFY2(repo.addAlias(QStringLiteral("A.test"), QStringLiteral("Umami-1"), 10, &error),
                 qPrintable(error));
        QVERIFY(
            repo.addAlias(QStringLiteral("a.test"), QStringLiteral("stats.a.test"), 10, &error));
        QCOMPARE(repo.aliases(a->id),
                 (QStringList {QStringLiteral("stats.a.test"), QStringLiteral("umami-1")}));
        QVERIFY(repo.aliases(b->id).isEmpty());

        // One alias names one site, and is never a tracked domain (no ambiguous lookups).
        QVERIFY(!repo.addAlias(QStringLiteral("b.test"), QStringLiteral("UMAMI-1"), 10, &error));
        QVERIFY2(error.contains(QLatin1String("already names site a.test")), qPrintable(error));
        QVERIFY(!repo.addAlias(QStringLiteral("a.test"), QStringLiteral("b.test"), 10, &error));
        QVERIFY2(error.contains(QLatin1String("tracked site's domain")), qPrintable(error));
        QVERIFY(!repo.add(QStringLiteral("stats.a.test"), QString(), 0, &error));
        QVERIFY2(error.contains(QLatin1String("already an alias")), qPrintable(error));
        QVERIFY(!repo.addAlias(QStringLiteral("nope.test"), QStringLiteral("x"), 10, &error));
        QVERIFY2(error.contains(QLatin1String("no site nope.test")), qPrintable(error));

        QVERIFY(repo.removeAlias(QStringLiteral("STATS.a.test"), &error));
        QVERIFY(!repo.removeAlias(QStringLiteral("stats.a.test"), &error));
        QVERIFY2(error.contains(QLatin1String("no alias")), qPrintable(error));
        QCOMPARE(repo.aliases(a->id), QStringList {QStringLiteral("umami-1")});

        // Removing the site takes its aliases along: a later site with a reused id must
        // not inherit them.
        QCOMPARE(repo.remove(QStringLiteral("a.test"), &error), 0);
        Statement st(db, "SELECT count(*) FROM site_aliases");
        QVERIFY(st.next());
        QCOMPARE(st.int64(0), 0);
        QVERIFY(repo.addAlias(QStringLiteral("b.test"), QStringLiteral("umami-1"), 10, &error));
    }

    void directoryResolvesAliases()
    {
        QTemporaryDir dir;
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, dir.path(), &error));
        SiteRepository repo(&db);
        const auto a = repo.add(QStringLiteral("a.test"), QString(), 0, &error);
        QVERIFY(repo.addAlias(QStringLiteral("a.test"), QStringLiteral("umami-1"), 0, &error));
        SiteDirectory directory(Database::pathIn(dir.path()));
        QVERIFY(directory.reload(&error));
        QCOMPARE(directory.idForAlias(QStringLiteral("umami-1"), 0), a->id);
        QCOMPARE(directory.idForAlias(QStringLiteral("UMAMI-1"), 0), a->id);
        QCOMPARE(directory.domain(a->id), QStringLiteral("a.test"));
        // Aliases and domains are separate names: neither answers for the other.
        QCOMPARE(directory.idForDomain(QStringLiteral("umami-1"), 0), 0);
        QCOMPARE(directory.idForAlias(QStringLiteral("a.test"), 0), 0);
        // An alias added while the server runs is picked up by the next reload.
        QVERIFY(repo.addAlias(QStringLiteral("a.test"), QStringLiteral("gc"), 0, &error));
        QCOMPARE(directory.idForAlias(QStringLiteral("gc"), 5000), a->id);
        // …on the very next lookup, however soon: `site alias` says it works, so it does.
        QVERIFY(repo.addAlias(QStringLiteral("a.test"), QStringLiteral("gc2"), 0, &error));
        QCOMPARE(directory.idForAlias(QStringLiteral("gc2"), 5000), a->id);
        // And an alias removed stops answering at once.
        QVERIFY(repo.removeAlias(QStringLiteral("gc"), &error));
        QCOMPARE(directory.idForAlias(QStringLiteral("gc"), 5000), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SiteAliases)
#include "tst_sitealiases.moc"

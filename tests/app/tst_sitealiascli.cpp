#include "core/clock.h"
#include "servercli.h"

#include <QTemporaryDir>
#include <QTest>

// `raycstr-server site alias|unalias` and `site add --alias`: how an owner maps another
// tracker's site id (Umami's website id, a GoatCounter host) to a site.

using namespace raycstr;

class tst_SiteAliasCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    Run run(const QStringList &args)
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        SystemClock clock;
        ServerCli cli(&clock, o, e);
        const int code = cli.run(QStringList {QStringLiteral("raycstr-server")} + args);
        o.flush();
        e.flush();
        return {code, out, err};
    }
    Run site(const QStringList &args, const QTemporaryDir &dir)
    {
        return run(QStringList {QStringLiteral("site")} + args
                   + QStringList {QStringLiteral("--data"), dir.path()});
    }

private Q_SLOTS:
    void helpNamesTheAliasCommands()
    {
        const Run top = run({QStringLiteral("--help")});
        QVERIFY2(top.out.contains(QLatin1String("site alias DOMAIN ALIAS")), qPrintable(top.out));
        const Run help = run({QStringLiteral("site"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains(QLatin1String("alias DOMAIN ALIAS")), qPrintable(help.out));
        QVERIFY2(help.out.contains(QLatin1String("unalias ALIAS")), qPrintable(help.out));
        QVERIFY2(help.out.contains(QLatin1String("--alias")), qPrintable(help.out));
    }

    void aliasLifecycle()
    {
        QTemporaryDir dir;
        Run r
            = site({QStringLiteral("add"), QStringLiteral("example.com"), QStringLiteral("--alias"),
                    QStringLiteral("8F1C2B3A-6a0e-4d7b-9a51-0c2f1e4d5b6a")},
                   dir);
        QCOMPARE(r.code, 0);
        r = site({QStringLiteral("alias"), QStringLiteral("example.com"),
                  QStringLiteral("stats.example.org")},
                 dir);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("stats.example.org now count for example.com")),
                 qPrintable(r.out));
        r = site({QStringLiteral("list")}, dir);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String(
                     "example.com\tUTC\taliases: 8f1c2b3a-6a0e-4d7b-9a51-0c2f1e4d5b6a "
                     "stats.example.org")),
                 qPrintable(r.out));
        r = site({QStringLiteral("list"), QStringLiteral("--json")}, dir);
        QVERIFY2(
            r.out.contains(QLatin1String(
                "\"aliases\":[\"8f1c2b3a-6a0e-4d7b-9a51-0c2f1e4d5b6a\",\"stats.example.org\"]")),
            qPrintable(r.out));
        r = site({QStringLiteral("unalias"), QStringLiteral("stats.example.org")}, dir);
        QCOMPARE(r.code, 0);
        r = site({QStringLiteral("unalias"), QStringLiteral("stats.example.org")}, dir);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no alias stats.example.org")), qPrintable(r.err));
    }

    void badAliasesAreClearErrors()
    {
        QTemporaryDir dir;
        QCOMPARE(site({QStringLiteral("add"), QStringLiteral("example.com")}, dir).code, 0);
        // A bad alias on add leaves no half-made site behind.
        Run r = site({QStringLiteral("add"), QStringLiteral("other.org"), QStringLiteral("--alias"),
                      QStringLiteral("has space")},
                     dir);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("not a valid alias")), qPrintable(r.err));
        QVERIFY(!site({QStringLiteral("list")}, dir).out.contains(QLatin1String("other.org")));
        r = site({QStringLiteral("alias"), QStringLiteral("nope.org"), QStringLiteral("x")}, dir);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no site nope.org")), qPrintable(r.err));
        r = site({QStringLiteral("alias"), QStringLiteral("example.com")}, dir);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("expected DOMAIN and ALIAS")), qPrintable(r.err));
        r = site({QStringLiteral("unalias")}, dir);
        QCOMPARE(r.code, 2);
        r = site({QStringLiteral("remove"), QStringLiteral("example.com"),
                  QStringLiteral("--alias"), QStringLiteral("x")},
                 dir);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--alias is for 'site add'")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_SiteAliasCli)
#include "tst_sitealiascli.moc"

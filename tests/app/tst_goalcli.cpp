// `raycstr-server goal …` and `funnel …`, run in-process on a temporary data directory.

#include "core/clock.h"
#include "core/funnelyaml.h"
#include "servercli.h"
#include "store/database.h"
#include "store/goalrepository.h"
#include "store/sites.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;

class tst_GoalCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    SystemClock m_clock;
    qint32 m_example = 0;

    Run run(const QStringList &args)
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        ServerCli cli(&m_clock, o, e);
        const int code = cli.run(QStringList {QStringLiteral("raycstr-server")} + args
                                 + QStringList {QStringLiteral("--data"), m_dir.path()});
        o.flush();
        e.flush();
        return {code, out, err};
    }
    QString writeFile(const char *name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", name);
        return path;
    }
    QList<Goal> storedGoals()
    {
        SqliteDb db;
        QString error;
        if (!Database::open(&db, m_dir.path(), &error))
            qFatal("%s", qPrintable(error));
        return GoalRepository(&db).goals(m_example);
    }
    QList<Funnel> storedFunnels()
    {
        SqliteDb db;
        QString error;
        if (!Database::open(&db, m_dir.path(), &error))
            qFatal("%s", qPrintable(error));
        return GoalRepository(&db).funnels(m_example);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // With a single site, --site may be left out.
        QCOMPARE(run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("example.com")})
                     .code,
                 0);
        SqliteDb db;
        QString error;
        QVERIFY2(Database::open(&db, m_dir.path(), &error), qPrintable(error));
        m_example = SiteRepository(&db).find(QStringLiteral("example.com"))->id;
    }

    void goalsAddListRemove()
    {
        Run r = run({QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--event"),
                     QStringLiteral("Signup")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Added goal 1 \"Signup\" (event Signup)")));
        r = run({QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--page"),
                 QStringLiteral("/blog/**"), QStringLiteral("--name"), QStringLiteral("Blog")});
        QCOMPARE(r.code, 0);
        QCOMPARE(storedGoals().size(), 2);
        QCOMPARE(storedGoals()[1].match,
                 (Matcher {Matcher::Kind::Page, QStringLiteral("/blog/**")}));

        r = run({QStringLiteral("goal"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[1].toObject().value(QStringLiteral("page")).toString(),
                 QStringLiteral("/blog/**"));
        r = run({QStringLiteral("goal"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QLatin1String("Blog"))
                && r.out.contains(QLatin1String("page /blog/**")));

        // Mistakes: a message and exit 2 (usage) or 1 (refused); nothing stored.
        const QList<QPair<QStringList, int>> bad = {
            {{QStringLiteral("goal")}, 2},
            {{QStringLiteral("goal"), QStringLiteral("add")}, 2},
            {{QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--event"),
              QStringLiteral("x"), QStringLiteral("--page"), QStringLiteral("/x")},
             2},
            {{QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--page"),
              QStringLiteral("pricing")},
             1},
            {{QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--event"),
              QStringLiteral("Signup")},
             1},
            {{QStringLiteral("goal"), QStringLiteral("add"), QStringLiteral("--event"),
              QStringLiteral("x"), QStringLiteral("--site"), QStringLiteral("nope.test")},
             1},
            {{QStringLiteral("goal"), QStringLiteral("remove")}, 2},
            {{QStringLiteral("goal"), QStringLiteral("remove"), QStringLiteral("99")}, 1},
            {{QStringLiteral("goal"), QStringLiteral("frobnicate")}, 2},
        };
        for (const auto &[args, code] : bad) {
            r = run(args);
            QVERIFY2(r.code == code && !r.err.isEmpty(),
                     qPrintable(args.join(u' ') + QLatin1String(" -> ") + r.err));
        }
        QCOMPARE(storedGoals().size(), 2);
        r = run({QStringLiteral("goal"), QStringLiteral("remove"), QStringLiteral("Blog")});
        QCOMPARE(r.code, 0);
        QCOMPARE(storedGoals().size(), 1);
        QCOMPARE(run({QStringLiteral("goal"), QStringLiteral("--help")}).code, 0);
    }

    void funnelsFromYamlFiles()
    {
        const QByteArray yaml("name: Checkout\nfunnel:\n  - step: /\n    name: home\n"
                              "  - step: /cart/*\n  - event: Purchase\n");
        const QString file = writeFile("checkout.yaml", yaml);
        Run r = run(
            {QStringLiteral("funnel"), QStringLiteral("add"), QStringLiteral("--file"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(storedFunnels().size(), 1);
        QCOMPARE(storedFunnels()[0].steps.size(), 3);

        // show prints the YAML form: importing it again (replace) changes nothing.
        r = run({QStringLiteral("funnel"), QStringLiteral("show"), QStringLiteral("Checkout")});
        QCOMPARE(r.code, 0);
        QString error;
        const auto shown = FunnelYaml::parse(r.out.toUtf8(), &error);
        QVERIFY2(shown, qPrintable(error));
        QCOMPARE(shown->steps, storedFunnels()[0].steps);
        const QString again = writeFile("again.yaml", r.out.toUtf8());
        QCOMPARE(
            run({QStringLiteral("funnel"), QStringLiteral("add"), QStringLiteral("--file"), again})
                .code,
            1); // exists
        r = run({QStringLiteral("funnel"), QStringLiteral("add"), QStringLiteral("--file"), again,
                 QStringLiteral("--replace")});
        QCOMPARE(r.code, 0);
        QCOMPARE(storedFunnels().size(), 1);

        // Broken files name the line; nothing is stored.
        const QString broken = writeFile("broken.yaml", "funnel:\n  - step: /\n  - stepp: /x\n");
        r = run({QStringLiteral("funnel"), QStringLiteral("add"), QStringLiteral("--file"), broken,
                 QStringLiteral("--name"), QStringLiteral("B")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("broken.yaml: line 3: unknown key 'stepp'")),
                 qPrintable(r.err));
        const QString nameless = writeFile("nameless.yaml", "funnel:\n  - step: /\n  - step: /b\n");
        // A file without 'name:' (the seed's own form) is named after the file.
        r = run(
            {QStringLiteral("funnel"), QStringLiteral("add"), QStringLiteral("--file"), nameless});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("\"nameless\"")), qPrintable(r.out));
        QCOMPARE(storedFunnels().size(), 2);
        QCOMPARE(storedFunnels()[1].name, QStringLiteral("nameless"));
        QCOMPARE(
            run({QStringLiteral("funnel"), QStringLiteral("remove"), QStringLiteral("nameless")})
                .code,
            0);
        r = run({QStringLiteral("funnel"), QStringLiteral("add"), QStringLiteral("--file"),
                 m_dir.filePath(QStringLiteral("missing.yaml")), QStringLiteral("--name"),
                 QStringLiteral("M")});
        QCOMPARE(r.code, 1);
        QCOMPARE(run({QStringLiteral("funnel"), QStringLiteral("add")}).code, 2);
        QCOMPARE(storedFunnels().size(), 1);

        r = run({QStringLiteral("funnel"), QStringLiteral("add"), QStringLiteral("--file"),
                 nameless, QStringLiteral("--name"), QStringLiteral("Home to b")});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("funnel"), QStringLiteral("list")});
        QVERIFY2(r.out.contains(QStringLiteral("/ → /cart/* → event:Purchase")), qPrintable(r.out));
        QCOMPARE(
            run({QStringLiteral("funnel"), QStringLiteral("remove"), QStringLiteral("Home to b")})
                .code,
            0);
        QCOMPARE(
            run({QStringLiteral("funnel"), QStringLiteral("remove"), QStringLiteral("Home to b")})
                .code,
            1);
        QCOMPARE(storedFunnels().size(), 1);
    }

    void severalSitesNeedSite()
    {
        QCOMPARE(
            run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("other.org")}).code,
            0);
        Run r = run({QStringLiteral("goal"), QStringLiteral("list")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--site")), qPrintable(r.err));
        r = run({QStringLiteral("goal"), QStringLiteral("list"), QStringLiteral("--site"),
                 QStringLiteral("other.org")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("No goals on other.org")));
    }
};

QTEST_GUILESS_MAIN(tst_GoalCli)
#include "tst_goalcli.moc"

// `raycstr-server alert …` run in-process on a temporary data directory: add (and its usage
// errors), list (the config file's rules too, webhooks redacted), remove, and `alert test`
// against a loopback webhook receiver, failing with the reason (never the URL's secret)
// when the receiver refuses.

#include "common/clirun.h"
#include "common/webhookreceiver.h"
#include "store/alertrepository.h"
#include "store/database.h"
#include "store/sites.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;

class tst_AlertCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    WebhookReceiver m_hook;

    CliRun run(const QStringList &args) { return runCli(&m_clock, args, m_dir.path()); }
    QList<AlertRule> stored()
    {
        SqliteDb db;
        QString error;
        if (!Database::open(&db, m_dir.path(), &error))
            qFatal("%s", qPrintable(error));
        return AlertRepository(&db).rules();
    }
    static QStringList add(const QStringList &more)
    {
        return QStringList {QStringLiteral("alert"), QStringLiteral("add"),
                            QStringLiteral("--site"), QStringLiteral("example.com")}
            + more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_hook.start());
        QCOMPARE(run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("example.com")})
                     .code,
                 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no type") << add({QStringLiteral("--email"), QStringLiteral("a@b.org")})
                                 << "--type";
        QTest::newRow("bad type") << add({QStringLiteral("--type"), QStringLiteral("surge"),
                                          QStringLiteral("--email"), QStringLiteral("a@b.org")})
                                  << "surge";
        QTest::newRow("no threshold")
            << add({QStringLiteral("--type"), QStringLiteral("spike"), QStringLiteral("--email"),
                    QStringLiteral("a@b.org")})
            << "visitors";
        QTest::newRow("not a number")
            << add({QStringLiteral("--type"), QStringLiteral("spike"), QStringLiteral("--visitors"),
                    QStringLiteral("lots"), QStringLiteral("--email"), QStringLiteral("a@b.org")})
            << "--visitors takes a whole number, not 'lots'";
        QTest::newRow("no channel") << add({QStringLiteral("--type"), QStringLiteral("drop"),
                                            QStringLiteral("--hours"), QStringLiteral("3")})
                                    << "webhook";
        QTest::newRow("bad address")
            << add({QStringLiteral("--type"), QStringLiteral("drop"), QStringLiteral("--hours"),
                    QStringLiteral("3"), QStringLiteral("--email"), QStringLiteral("nobody")})
            << "not an e-mail address";
        QTest::newRow("remove without id")
            << QStringList {QStringLiteral("alert"), QStringLiteral("remove")} << "alert ID";
        QTest::newRow("remove bad id")
            << QStringList {QStringLiteral("alert"), QStringLiteral("remove"), QStringLiteral("x")}
            << "not an alert ID";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const CliRun r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(stored().isEmpty());
    }

    void anUnknownSiteFails()
    {
        const CliRun r = run({QStringLiteral("alert"), QStringLiteral("add"),
                              QStringLiteral("--site"), QStringLiteral("nowhere.org"),
                              QStringLiteral("--type"), QStringLiteral("drop"),
                              QStringLiteral("--hours"), QStringLiteral("3"),
                              QStringLiteral("--email"), QStringLiteral("a@b.org")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no site nowhere.org")), qPrintable(r.err));
    }

    void addListTestRemove()
    {
        const QString secret = QStringLiteral("/services/T0/B0/s3cr3t");
        CliRun r = run(add({QStringLiteral("--type"), QStringLiteral("spike"),
                            QStringLiteral("--visitors"), QStringLiteral("40"),
                            QStringLiteral("--cooldown"), QStringLiteral("20"),
                            QStringLiteral("--webhook"), m_hook.url(secret)}));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Added alert 1: spike: 40 or more")), qPrintable(r.out));
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().first().cooldownMinutes, 20);
        QCOMPARE(stored().first().webhook, m_hook.url(secret));

        // A config file with a rule of its own: listed, marked config.
        const QString config = m_dir.filePath(QStringLiteral("config.yaml"));
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("alerts:\n"
                    "  - site: example.com\n"
                    "    type: goal\n"
                    "    goal: Signup\n"
                    "    digest: true\n"
                    "    webhook: https://ntfy.sh/raycstr-c0nfig\n"
                    "    webhook_format: text\n");
        }
        r = run({QStringLiteral("alert"), QStringLiteral("list"), QStringLiteral("--config"),
                 config});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("config")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("goal (daily digest): Signup on example.com")));
        QVERIFY(r.out.contains(QLatin1String("20 min")));
        QVERIFY2(!r.out.contains(QLatin1String("s3cr3t")) && !r.out.contains(QLatin1String("c0nfig")),
                 qPrintable(r.out));
        r = run({QStringLiteral("alert"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray json = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(json.size(), 1);
        QCOMPARE(json[0].toObject().value(QStringLiteral("visitors")).toInt(), 40);

        // A test message reaches the receiver now.
        r = run({QStringLiteral("alert"), QStringLiteral("test"), QStringLiteral("1")});
        QCOMPARE(r.code, 0);
        QCOMPARE(m_hook.received(), 1);
        QCOMPARE(m_hook.requests().first().path, secret.toUtf8());
        QVERIFY(m_hook.requests().first().body.contains("A test of the RayCstr alert"));
        // A receiver that refuses: exit 1, the reason, not the secret.
        m_hook.answerNext({403});
        r = run({QStringLiteral("alert"), QStringLiteral("test"), QStringLiteral("1")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("403")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("s3cr3t")), qPrintable(r.err));

        r = run({QStringLiteral("alert"), QStringLiteral("remove"), QStringLiteral("1")});
        QCOMPARE(r.code, 0);
        QVERIFY(stored().isEmpty());
        r = run({QStringLiteral("alert"), QStringLiteral("remove"), QStringLiteral("1")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("no alert 1")));
    }
};

QTEST_GUILESS_MAIN(tst_AlertCli)
#include "tst_alertcli.moc"

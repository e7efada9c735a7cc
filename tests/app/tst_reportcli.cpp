// `raycstr-server report send` end to end: the config's smtp: section, a real SMTP server on
// loopback (aiosmtpd with STARTTLS and AUTH), the captured message parsed (headers, MIME
// parts) and its numbers compared with what the stats API answers for the same days; and
// `report preview`, and the usage errors.

#include "common/apifixture.h"
#include "common/clirun.h"
#include "common/smtpserver.h"

#include <QFile>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;

class tst_ReportCli : public QObject
{
    Q_OBJECT

    ApiFixture s; // the fixed traffic of Tue 2023-11-14 (common/apifixture.h)
    SmtpServer smtp;
    QTemporaryDir dir;
    QString config;

    CliRun run(const QStringList &args)
    {
        return runCli(&s.fixture.clock, args, s.fixture.dir.path());
    }

    static QString number(const QJsonObject &o, const char *key)
    {
        return QString::number(o.value(QLatin1String(key)).toInteger());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(s.start());
        QString why;
        QVERIFY2(smtp.start(false, &why), qPrintable(why));
        config = dir.filePath(QStringLiteral("config.yaml"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("smtp:\n  url: smtp://127.0.0.1:%1\n  username: %2\n"
                               "  password: %3\n  from: RayCstr <stats@example.com>\n"
                               "  ca_file: %4\n  timeout_seconds: 10\n")
                    .arg(smtp.port())
                    .arg(QLatin1String(SmtpServer::User), QLatin1String(SmtpServer::Password),
                         smtp.certFile())
                    .toUtf8());
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        // Monday morning after the traffic: the report is the week of 13–19 November.
        s.fixture.clock.setNowMs(QDateTime(QDate(2023, 11, 20), QTime(8, 0), QTimeZone::utc())
                                     .toMSecsSinceEpoch());
    }

    void sendsTheStatsApisNumbers()
    {
        const CliRun r = run({QStringLiteral("report"), QStringLiteral("send"),
                              QStringLiteral("--site"), QStringLiteral("example.com"),
                              QStringLiteral("--to"), QStringLiteral("ana@example.org"),
                              QStringLiteral("--config"), config});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Sent the week report of example.com to ana@example.org")),
                 qPrintable(r.out));
        QTRY_COMPARE(smtp.received(), 1);
        QCOMPARE(smtp.envelope(1).value(QLatin1String("to")).toVariant().toStringList(),
                 QStringList {QStringLiteral("ana@example.org")});
        const QByteArray mail = smtp.message(1);
        QVERIFY(mail.contains("\r\nList-Unsubscribe: <mailto:stats@example.com?subject="));
        const auto parts = mimeParts(mail);
        const QString text = parts.value("text/plain");
        const QString html = parts.value("text/html");
        QVERIFY2(!text.isEmpty() && !html.isEmpty(), mail.constData());

        const HttpResult api = s.get(QStringLiteral(
            "/api/stats?site=example.com&period=custom&from=2023-11-13&to=2023-11-19"));
        QCOMPARE(api.status, 200);
        const QJsonObject o = ApiFixture::object(api);
        QCOMPARE(number(o, "visitors"), QStringLiteral("3")); // the fixture's known traffic
        for (const auto &[label, key] : {std::pair {"Unique visitors: ", "visitors"},
                                         std::pair {"Visits: ", "visits"},
                                         std::pair {"Pageviews: ", "pageviews"}}) {
            QVERIFY2(text.contains(QLatin1String(label) + number(o, key) + QLatin1String(" (")),
                     qPrintable(text));
        }
        const QString bounce
            = QString::number(qRound(o.value(QLatin1String("bounce_rate")).toDouble() * 100));
        QVERIFY2(text.contains(QStringLiteral("Bounce rate: %1 %").arg(bounce)), qPrintable(text));
        const QJsonArray top = o.value(QLatin1String("top_pages")).toArray();
        const QJsonObject first = top.first().toObject();
        QVERIFY2(text.contains(QStringLiteral("  %1  %2\n")
                                   .arg(number(first, "visitors"), -8)
                                   .arg(first.value(QLatin1String("path")).toString())),
                 qPrintable(text));
        QVERIFY(html.contains(QLatin1String("news.ycombinator.com"))
                || html.contains(QLatin1String("Hacker News")));
    }

    void previewWritesTheHtml()
    {
        const QString out = dir.filePath(QStringLiteral("report.html"));
        const CliRun r = run({QStringLiteral("report"), QStringLiteral("preview"),
                              QStringLiteral("--site"), QStringLiteral("example.com"),
                              QStringLiteral("--out"), out, QStringLiteral("--language"),
                              QStringLiteral("de")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.startsWith(QLatin1String("<!doctype html>")));
        QVERIFY2(html.contains(QLatin1String("Wochenbericht")), qPrintable(html.left(400)));
    }

    void clearErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString site = QStringLiteral("--site");
        QTest::newRow("no site") << QStringList {QStringLiteral("send"), QStringLiteral("--to"),
                                                 QStringLiteral("a@example.org")}
                                 << 2 << "needs --site";
        QTest::newRow("no recipient")
            << QStringList {QStringLiteral("send"), site, QStringLiteral("example.com")} << 2
            << "needs --to";
        QTest::newRow("bad recipient")
            << QStringList {QStringLiteral("send"), site, QStringLiteral("example.com"),
                            QStringLiteral("--to"), QStringLiteral("not-an-address")}
            << 2 << "not an e-mail address";
        QTest::newRow("bad period")
            << QStringList {QStringLiteral("preview"), site, QStringLiteral("example.com"),
                            QStringLiteral("--out"), QStringLiteral("/tmp/x.html"),
                            QStringLiteral("--period"), QStringLiteral("year")}
            << 2 << "week or month";
        QTest::newRow("no smtp section")
            << QStringList {QStringLiteral("send"), site, QStringLiteral("example.com"),
                            QStringLiteral("--to"), QStringLiteral("a@example.org")}
            << 1 << "no smtp: section";
        QTest::newRow("unknown site")
            << QStringList {QStringLiteral("preview"), site, QStringLiteral("nope.test"),
                            QStringLiteral("--out"), QStringLiteral("/tmp/x.html")}
            << 1 << "no site nope.test";
    }

    void clearErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const CliRun r = run(QStringList {QStringLiteral("report")} + args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void wrongPasswordSaysSoAndSendsNothing()
    {
        QFile in(config);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray yaml = in.readAll();
        in.close();
        yaml.replace(SmtpServer::Password, "wrong-Pa55");
        const QString bad = dir.filePath(QStringLiteral("bad.yaml"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(yaml);
        out.close();
        QVERIFY(out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const int before = smtp.received();
        const CliRun r = run({QStringLiteral("report"), QStringLiteral("send"),
                              QStringLiteral("--site"), QStringLiteral("example.com"),
                              QStringLiteral("--to"), QStringLiteral("ana@example.org"),
                              QStringLiteral("--config"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("not sent")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("wrong-Pa55")));
        QCOMPARE(smtp.received(), before);
    }

    void aConfigWithAPasswordMustBePrivate()
    {
        QVERIFY(QFile(config).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                             | QFileDevice::ReadOther));
        const CliRun r = run({QStringLiteral("report"), QStringLiteral("send"),
                              QStringLiteral("--site"), QStringLiteral("example.com"),
                              QStringLiteral("--to"), QStringLiteral("ana@example.org"),
                              QStringLiteral("--config"), config});
        QVERIFY(QFile(config).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("readable by every user")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_ReportCli)
#include "tst_reportcli.moc"

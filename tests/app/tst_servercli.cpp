#include "core/clock.h"
#include "servercli.h"
#include "store/database.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace raycstr;

class tst_ServerCli : public QObject
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

private Q_SLOTS:
    void helpAndUsage()
    {
        QCOMPARE(run({QStringLiteral("--help")}).code, 0);
        QVERIFY(run({QStringLiteral("--help")}).out.contains(QLatin1String("site add DOMAIN")));
        const Run none = run({});
        QCOMPARE(none.code, 2);
        const Run bogus = run({QStringLiteral("launch")});
        QCOMPARE(bogus.code, 2);
        QVERIFY(bogus.err.contains(QLatin1String("unknown command 'launch'")));
        for (const QString &cmd : {QStringLiteral("serve"), QStringLiteral("site")}) {
            const Run help = run({cmd, QStringLiteral("--help")});
            QCOMPARE(help.code, 0);
            QVERIFY2(help.out.contains(QLatin1String("--data")), qPrintable(help.out));
        }
    }

    void siteLifecycle()
    {
        QTemporaryDir dir;
        const QStringList data {QStringLiteral("--data"), dir.path()};
        Run r = run(QStringList {QStringLiteral("site"), QStringLiteral("list")} + data);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("No sites")));
        r = run(QStringList {QStringLiteral("site"), QStringLiteral("add"),
                             QStringLiteral("Example.com"), QStringLiteral("--timezone"),
                             QStringLiteral("Europe/Paris")}
                + data);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("data-domain=\"example.com\"")), qPrintable(r.out));
        r = run(QStringList {QStringLiteral("site"), QStringLiteral("add"),
                             QStringLiteral("example.com")}
                + data);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("already exists")));
        r = run(
            QStringList {QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")}
            + data);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(
                     QLatin1String("\"domain\":\"example.com\",\"timezone\":\"Europe/Paris\"")),
                 qPrintable(r.out));
        r = run(QStringList {QStringLiteral("site"), QStringLiteral("remove"),
                             QStringLiteral("example.com")}
                + data);
        QCOMPARE(r.code, 0);
        r = run(QStringList {QStringLiteral("site"), QStringLiteral("remove"),
                             QStringLiteral("example.com")}
                + data);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("no site example.com")));
    }

    void badInputIsAClearErrorWithNonZeroExit_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("site without action") << QStringList {QStringLiteral("site")} << 2
                                             << QStringLiteral("expected add, list or remove");
        QTest::newRow("site add without domain")
            << QStringList {QStringLiteral("site"), QStringLiteral("add")} << 2
            << QStringLiteral("exactly one DOMAIN");
        QTest::newRow("site add url") << QStringList {QStringLiteral("site"), QStringLiteral("add"),
                                                      QStringLiteral("https://x.com/")}
                                      << 1 << QStringLiteral("not a bare domain");
        QTest::newRow("bad timezone")
            << QStringList {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("x.com"),
                            QStringLiteral("--timezone"), QStringLiteral("Nowhere")}
            << 1 << QStringLiteral("unknown time zone");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("1")}
            << 2 << QStringLiteral("Unknown option");
        QTest::newRow("bad listen")
            << QStringList {QStringLiteral("serve"), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:http")}
            << 2 << QStringLiteral("invalid port");
        QTest::newRow("missing config")
            << QStringList {QStringLiteral("serve"), QStringLiteral("--config"),
                            QStringLiteral("/nonexistent/raycstr.yaml")}
            << 2 << QStringLiteral("cannot read config file");
        QTest::newRow("serve extra arg")
            << QStringList {QStringLiteral("serve"), QStringLiteral("now")} << 2
            << QStringLiteral("takes no arguments");
    }

    void badInputIsAClearErrorWithNonZeroExit()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Run r = run(args + QStringList {QStringLiteral("--data"), dir.path()});
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void listenConflictFailsCleanly()
    {
        QTemporaryDir dir;
        QTcpServer busy;
        QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
        const Run r = run({QStringLiteral("serve"), QStringLiteral("--data"), dir.path(),
                           QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:%1").arg(busy.serverPort())});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("cannot listen")), qPrintable(r.err));
    }

    // The whole serve command in-process: start on a free port, take a hit over HTTP,
    // receive SIGTERM, and have the hit on disk when serve returns.
    void serveStoresHitsAndStopsCleanlyOnSigterm()
    {
        QTemporaryDir dir;
        QCOMPARE(run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("example.com"),
                      QStringLiteral("--data"), dir.path()})
                     .code,
                 0);
        QString out, err;
        QTextStream o(&out), e(&err);
        SystemClock clock;
        ServerCli cli(&clock, o, e);
        QNetworkAccessManager nam;
        int status = 0;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            o.flush();
            const auto m
                = QRegularExpression(QStringLiteral("collecting on http://127\\.0\\.0\\.1:(\\d+)"))
                      .match(out);
            if (!m.hasMatch())
                return;
            poll.stop();
            QNetworkRequest req(
                QUrl(QStringLiteral("http://127.0.0.1:%1/api/event").arg(m.captured(1))));
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
            req.setHeader(QNetworkRequest::UserAgentHeader,
                          QByteArrayLiteral(
                              "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 "
                              "(KHTML, like Gecko) Version/17.5 Safari/605.1.15"));
            QNetworkReply *reply
                = nam.post(req,
                           QByteArrayLiteral("{\"n\":\"pageview\",\"u\":\"https://example.com/"
                                             "hello\",\"d\":\"example.com\"}"));
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                reply->deleteLater();
                std::raise(SIGTERM);
            });
        });
        poll.start();
        QTimer::singleShot(15000, this, [] { std::raise(SIGTERM); }); // never hang the suite
        const int code = cli.run({QStringLiteral("raycstr-server"), QStringLiteral("serve"),
                                  QStringLiteral("--data"), dir.path(), QStringLiteral("--listen"),
                                  QStringLiteral("127.0.0.1:0")});
        o.flush();
        e.flush();
        QCOMPARE(code, 0);
        QCOMPARE(status, 202);
        QVERIFY2(out.contains(QLatin1String("Stopped: 1 events stored")), qPrintable(out + err));
        SqliteDb db;
        QString error;
        QVERIFY(Database::openReadOnly(&db, dir.path(), &error));
        Statement st(db, "SELECT count(*) FROM events");
        QVERIFY(st.next());
        QCOMPARE(st.int64(0), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ServerCli)
#include "tst_servercli.moc"

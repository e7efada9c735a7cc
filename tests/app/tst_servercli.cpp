#include "common/httpclient.h"
#include "core/clock.h"
#include "engine/ingestengine.h"
#include "servercli.h"
#include "stack/serverstack.h"
#include "store/database.h"
#include "store/datadirlock.h"
#include "store/eventkey.h"
#include "store/sites.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
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

    // A 0-byte raycstr.db is not a new database: serve refuses it, names it and the way
    // out, and leaves it as it was.
    void serveRefusesAnEmptyDatabaseFile()
    {
        QTemporaryDir dir;
        const QString path = Database::pathIn(dir.path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Run r = run({QStringLiteral("serve"), QStringLiteral("--data"), dir.path(),
                           QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Restore your latest backup")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("delete")), qPrintable(r.err));
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    void serveNamesADamagedDatabaseAndTheWayOut()
    {
        QTemporaryDir dir;
        QCOMPARE(run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("example.com"),
                      QStringLiteral("--data"), dir.path()})
                     .code,
                 0);
        const QString path = Database::pathIn(dir.path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(100)); // the schema page's header, behind the file header
        f.write(QByteArray(2000, '\xff'));
        f.close();
        const Run r = run({QStringLiteral("serve"), QStringLiteral("--data"), dir.path(),
                           QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("damaged")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("restore your latest backup")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String(".damaged")), qPrintable(r.err));
    }

    // Two servers on one data directory would run two sessionizers on one database: the
    // second refuses, saying who holds the directory.
    void secondServerOnOneDataDirectoryIsRefused()
    {
        QTemporaryDir dir;
        ServerConfig config;
        config.dataDir = dir.path();
        config.listenAddress = QHostAddress::LocalHost;
        config.listenPort = 0;
        SystemClock clock;
        ServerStack first(&clock);
        QString error;
        QVERIFY2(first.start(config, &error), qPrintable(error));
        const Run r = run({QStringLiteral("serve"), QStringLiteral("--data"), dir.path(),
                           QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("in use by another RayCstr server")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("pid %1 on host %2")
                                    .arg(QCoreApplication::applicationPid())
                                    .arg(QSysInfo::machineHostName())),
                 qPrintable(r.err));
        // The desktop app's embedded collector is the same stack: the same lock.
        ServerStack second(&clock);
        QVERIFY(!second.start(config, &error));
        QVERIFY2(error.contains(QLatin1String("in use")), qPrintable(error));
        first.stop();
        QVERIFY2(second.start(config, &error), qPrintable(error));
    }

    // A server that died (kill -9, power cut) leaves its lock file; the next start on the
    // same machine takes it over.
    void lockOfADeadServerIsTakenOver()
    {
        QTemporaryDir dir;
        QProcess sh;
        sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
        QVERIFY(sh.waitForFinished());
        const QByteArray deadPid = sh.readAllStandardOutput().trimmed();
        QVERIFY(!deadPid.isEmpty());
        QFile lock(QDir(dir.path()).filePath(DataDirLock::fileName()));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(deadPid + "\nraycstr-server\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        DataDirLock taken;
        QString error;
        QVERIFY2(taken.acquire(dir.path(), &error), qPrintable(error));
    }

    // `site add|alias|remove` beside a running server: each takes effect on the server's
    // next request. A removed site's hits are refused, nothing more is stored for it, and
    // its id is never handed out again.
    void siteChangesReachARunningServerAtOnce()
    {
        QTemporaryDir dir;
        auto site = [&](const QStringList &args) {
            return run(QStringList {QStringLiteral("site")} + args
                       + QStringList {QStringLiteral("--data"), dir.path()})
                .code;
        };
        QCOMPARE(site({QStringLiteral("add"), QStringLiteral("a.test")}), 0);
        ServerConfig config;
        config.dataDir = dir.path();
        config.listenPort = 0;
        SystemClock clock;
        ServerStack stack(&clock);
        QString error;
        QVERIFY2(stack.start(config, &error), qPrintable(error));
        testing::HttpClient http(stack.port());
        auto hit = [&](const QString &domain) {
            return http
                .post(QStringLiteral("/api/event"),
                      QStringLiteral("{\"n\":\"pageview\",\"u\":\"https://%1/x\",\"d\":\"%1\"}")
                          .arg(domain)
                          .toUtf8())
                .status;
        };
        const qint32 a = stack.sites().idForDomain(QStringLiteral("a.test"), 0);
        QVERIFY(a > 0);
        QCOMPARE(hit(QStringLiteral("a.test")), 202);
        QVERIFY(stack.engine()->flush());

        QCOMPARE(site({QStringLiteral("remove"), QStringLiteral("a.test")}), 0);
        QCOMPARE(hit(QStringLiteral("a.test")), 404);
        QCOMPARE(site({QStringLiteral("add"), QStringLiteral("b.test")}), 0);
        QCOMPARE(hit(QStringLiteral("b.test")), 202);
        QCOMPARE(
            site({QStringLiteral("alias"), QStringLiteral("b.test"), QStringLiteral("c.test")}), 0);
        const qint32 b = stack.sites().idForDomain(QStringLiteral("b.test"), 0);
        QVERIFY2(b > a, "a removed site's id is never reused");
        QCOMPARE(stack.sites().idForAlias(QStringLiteral("c.test"), 0), b);
        QVERIFY(stack.engine()->flush());

        SqliteDb db;
        QVERIFY(Database::openReadOnly(&db, dir.path(), &error));
        Statement st(db, "SELECT count(*) FROM events WHERE id >= ? AND id < ?");
        st.bind(1, EventKey::siteBegin(a)).bind(2, EventKey::siteEnd(a));
        QVERIFY(st.next());
        QCOMPARE(st.int64(0), 0);
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

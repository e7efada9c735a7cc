// `raycstr-server export …`, run in-process on a temporary data directory: the zip holds
// Plausible's ten imported_* files for the period, and is byte for byte what a running
// server's export route answers; usage errors are exit code 2.

#include "auth/tokenstore.h"
#include "common/clirun.h"
#include "common/httpclient.h"
#include "core/clock.h"
#include "stack/serverstack.h"
#include "store/database.h"
#include "store/sites.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;

class tst_ExportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;

    CliRun run(const QStringList &args) { return runCli(&m_clock, args, m_dir.path()); }

private Q_SLOTS:
    void exportWritesTheZip()
    {
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, m_dir.path(), &error));
        QVERIFY(SiteRepository(&db).add(QStringLiteral("example.com"), QStringLiteral("UTC"),
                                        m_clock.nowSecs(), &error));
        const QString zip = m_dir.filePath(QStringLiteral("out.zip"));
        const CliRun r = run(
            {QStringLiteral("export"), QStringLiteral("--site"), QStringLiteral("example.com"),
             QStringLiteral("--period"), QStringLiteral("custom"), QStringLiteral("--from"),
             QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2024-01-31"),
             QStringLiteral("--filter"), QStringLiteral("page*=/blog/**"),
             QStringLiteral("--events"), QStringLiteral("ndjson"), QStringLiteral("--out"), zip});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("imported_visitors_20240101_20240131.csv")));
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sys, zipfile\n"
                                     "print(len(zipfile.ZipFile(sys.argv[1]).namelist()))"),
                      zip});
        QVERIFY(python.waitForFinished(20000));
        QCOMPARE(python.readAllStandardOutput().trimmed(), QByteArray("11"));
        QVERIFY(r.out.contains(QLatin1String("events_20240101_20240131.ndjson")));
    }

    // GET /api/sites/{site}/export answers the very bytes the CLI writes, for the same
    // site, period, filter and clock (the route and the command share DashboardExport).
    void routeAnswersTheCommandsBytes()
    {
        QTemporaryDir dir;
        ManualClock clock(1700000000000LL); // 2023-11-14T22:13:20Z
        {
            SqliteDb db;
            QString error;
            QVERIFY(Database::open(&db, dir.path(), &error));
            QVERIFY(SiteRepository(&db).add(QStringLiteral("example.com"), QStringLiteral("UTC"),
                                            clock.nowSecs(), &error));
        }
        ServerConfig config;
        config.dataDir = dir.path();
        config.listenAddress = QHostAddress::LocalHost;
        config.listenPort = 0;
        config.userAgentRegexes = findUserAgentRegexes();
        ServerStack stack(&clock);
        QString error;
        QVERIFY2(stack.start(config, &error), qPrintable(error));
        const auto key = stack.tokens()->createKey(QStringLiteral("read"), 0, false, &error);
        QVERIFY2(key, qPrintable(error));
        HttpClient http(stack.port());
        const HttpResult r = http.request(
            "GET",
            QStringLiteral("/api/sites/example.com/export?period=custom&from=2023-11-01&to="
                           "2023-11-14&filter=page*%3D/blog/**"),
            {}, {{"Authorization", "Bearer " + key->secret}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Disposition"),
                 QByteArray("attachment; filename=\"example.com_20231101_20231114.zip\""));

        const QString zip = dir.filePath(QStringLiteral("cli.zip"));
        const CliRun cli = runCli(&clock,
                                  {QStringLiteral("export"), QStringLiteral("--site"),
                                   QStringLiteral("example.com"), QStringLiteral("--period"),
                                   QStringLiteral("custom"), QStringLiteral("--from"),
                                   QStringLiteral("2023-11-01"), QStringLiteral("--to"),
                                   QStringLiteral("2023-11-14"), QStringLiteral("--filter"),
                                   QStringLiteral("page*=/blog/**"), QStringLiteral("--out"), zip},
                                  dir.path());
        QVERIFY2(cli.code == 0, qPrintable(cli.err));
        QFile file(zip);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QCOMPARE(written.size(), r.body.size());
        QVERIFY(written == r.body);
        QCOMPARE(file.permissions() & 0x0077, QFileDevice::Permissions());
    }

    void usage()
    {
        QCOMPARE(
            run({QStringLiteral("export"), QStringLiteral("--site"), QStringLiteral("example.com"),
                 QStringLiteral("--events"), QStringLiteral("xml"), QStringLiteral("--out"),
                 m_dir.filePath(QStringLiteral("x.zip"))})
                .code,
            2);
        QCOMPARE(
            run({QStringLiteral("export"), QStringLiteral("--site"), QStringLiteral("example.com")})
                .code,
            2);
        QCOMPARE(
            run({QStringLiteral("export"), QStringLiteral("--site"), QStringLiteral("example.com"),
                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.zip")),
                 QStringLiteral("--filter"), QStringLiteral("colour==red")})
                .code,
            2);
        QCOMPARE(
            run({QStringLiteral("export"), QStringLiteral("--site"), QStringLiteral("nowhere.test"),
                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.zip"))})
                .code,
            1);
    }
};

QTEST_MAIN(tst_ExportCli)
#include "tst_exportcli.moc"

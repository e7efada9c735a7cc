// `raycstr-server export …`, run in-process on a temporary data directory: the zip holds
// Plausible's ten imported_* files for the period; usage errors are exit code 2.

#include "common/clirun.h"
#include "core/clock.h"
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

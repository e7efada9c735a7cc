// `raycstr-server backup FILE` and `restore FILE`, run in-process on temporary data
// directories: a backup with its progress and summary, restored into another directory;
// usage errors; a damaged file refused with the database in place untouched.

#include "common/clirun.h"
#include "core/clock.h"
#include "store/database.h"
#include "store/sites.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace raycstr;
using namespace raycstr::testing;

class tst_BackupCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_other;
    SystemClock m_clock;

    CliRun run(const QStringList &args, const QString &dataDir)
    {
        return runCli(&m_clock, args, dataDir);
    }

private Q_SLOTS:
    void backupThenRestore()
    {
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, m_dir.path(), &error));
        QVERIFY(SiteRepository(&db).add(QStringLiteral("example.com"), QStringLiteral("UTC"),
                                        m_clock.nowSecs(), &error));
        const QString file = m_other.filePath(QStringLiteral("copy.db"));
        CliRun r = run({QStringLiteral("backup"), file}, m_dir.path());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Backup written to")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("100%")), qPrintable(r.err));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);

        const QString target = m_other.filePath(QStringLiteral("data"));
        r = run({QStringLiteral("restore"), file}, target);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        SqliteDb restored;
        QVERIFY(Database::open(&restored, target, &error));
        QVERIFY(SiteRepository(&restored).find(QStringLiteral("example.com")));
    }

    void usageAndDamage()
    {
        QCOMPARE(run({QStringLiteral("backup")}, m_dir.path()).code, 2);
        QCOMPARE(
            run({QStringLiteral("restore"), QStringLiteral("a"), QStringLiteral("b")}, m_dir.path())
                .code,
            2);
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--help")}, m_dir.path()).code, 0);
        const QString junk = m_other.filePath(QStringLiteral("junk.db"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const CliRun r = run({QStringLiteral("restore"), junk}, m_dir.path());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("damaged")), qPrintable(r.err));
        SqliteDb db;
        QString error;
        QVERIFY(Database::open(&db, m_dir.path(), &error));
        QVERIFY(SiteRepository(&db).find(QStringLiteral("example.com")));
    }
};

QTEST_MAIN(tst_BackupCli)
#include "tst_backupcli.moc"

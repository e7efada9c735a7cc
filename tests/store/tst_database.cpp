#include "store/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;

class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseGetsTheLatestSchema()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("nested/data"));
        SqliteDb db;
        QString error;
        QVERIFY2(Database::open(&db, data, &error), qPrintable(error));
        QVERIFY(QFile::exists(Database::pathIn(data)));
        QCOMPARE(Database::schemaVersion(&db), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        Statement mode(db, "PRAGMA journal_mode");
        QVERIFY(mode.next());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        for (const char *table : {"sites", "salts", "strings", "pages", "acquisitions", "agents",
                                  "events", "rollup_hourly", "rollup_daily", "dropped"}) {
            Statement st(db,
                         "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?");
            st.bind(1, QString::fromLatin1(table));
            QVERIFY(st.next());
            QVERIFY2(st.int64(0) == 1, table);
        }
        // The data directory is private to its owner.
        QCOMPARE(QFile::permissions(data) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void reopeningKeepsDataAndMigratesNothing()
    {
        QTemporaryDir dir;
        QString error;
        {
            SqliteDb db;
            QVERIFY(Database::open(&db, dir.path(), &error));
            QVERIFY(db.exec("INSERT INTO sites(domain, created_at) VALUES('a.test', 1)"));
        }
        SqliteDb db;
        QVERIFY2(Database::open(&db, dir.path(), &error), qPrintable(error));
        Statement st(db, "SELECT count(*) FROM sites");
        QVERIFY(st.next());
        QCOMPARE(st.int64(0), 1);
    }

    void newerSchemaIsRefusedUntouched()
    {
        QTemporaryDir dir;
        QString error;
        {
            SqliteDb db;
            QVERIFY(Database::open(&db, dir.path(), &error));
            QVERIFY(db.exec("PRAGMA user_version = 999"));
        }
        SqliteDb db;
        QVERIFY(!Database::open(&db, dir.path(), &error));
        QVERIFY2(error.contains(QLatin1String("newer than this RayCstr")), qPrintable(error));
        Statement st(db, "PRAGMA user_version");
        QVERIFY(st.next());
        QCOMPARE(st.int64(0), 999);
    }

    void corruptFileIsAnErrorNotACrash()
    {
        QTemporaryDir dir;
        QFile f(Database::pathIn(dir.path()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        SqliteDb db;
        QString error;
        QVERIFY(!Database::open(&db, dir.path(), &error));
        QVERIFY(!error.isEmpty());
    }

    void readOnlyOpenNeedsAnExistingCurrentDatabase()
    {
        QTemporaryDir dir;
        SqliteDb db;
        QString error;
        QVERIFY(!Database::openReadOnly(&db, dir.path(), &error));
        QVERIFY2(error.contains(QLatin1String("no RayCstr database")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"

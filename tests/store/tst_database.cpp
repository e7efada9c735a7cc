#include "store/database.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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

    // A 0-byte raycstr.db is what a failed copy or restore leaves: starting an empty
    // database on it would hide that the data is gone.
    void emptyFileIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = Database::pathIn(dir.path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        SqliteDb db;
        QString error;
        QVERIFY(!Database::open(&db, dir.path(), &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("0 bytes")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("backup")), qPrintable(error));
        db.close();
        QCOMPARE(QFileInfo(path).size(), 0);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void damagedFileNamesItselfAndTheWayOut_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QByteArray>("garbage");
        // The header (SQLite: "file is not a database") and the schema page behind it
        // ("database disk image is malformed").
        QTest::newRow("header") << qint64(0) << QByteArray(16, 'x');
        QTest::newRow("schema page") << qint64(100) << QByteArray(3000, '\xff');
    }

    void damagedFileNamesItselfAndTheWayOut()
    {
        QFETCH(qint64, offset);
        QFETCH(QByteArray, garbage);
        QTemporaryDir dir;
        QString error;
        {
            SqliteDb db;
            QVERIFY(Database::open(&db, dir.path(), &error));
            QVERIFY(db.exec("INSERT INTO sites(domain, created_at) VALUES('a.test', 1)"));
        } // the last connection checkpoints: everything is in the main file now
        const QString path = Database::pathIn(dir.path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(offset));
        f.write(garbage);
        f.close();
        SqliteDb db;
        QVERIFY(!Database::open(&db, dir.path(), &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("restore your latest backup")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("move the damaged file aside")), qPrintable(error));
    }

    void foreignSqliteFileIsRefused()
    {
        QTemporaryDir dir;
        {
            SqliteDb db;
            QString error;
            QVERIFY(db.open(Database::pathIn(dir.path()), SqliteDb::Mode::ReadWrite, &error));
            QVERIFY(db.exec("CREATE TABLE photos(id INTEGER PRIMARY KEY)"));
        }
        SqliteDb db;
        QString error;
        QVERIFY(!Database::open(&db, dir.path(), &error));
        QVERIFY2(error.contains(QLatin1String("not RayCstr's")), qPrintable(error));
    }

    // The database, its WAL and its shared-memory file are the owner's only, whatever the
    // umask; an existing database made 0644 by an older version is tightened.
    void filesArePrivateToTheOwner()
    {
        const mode_t oldMask = umask(022);
        QTemporaryDir dir;
        const QString path = Database::pathIn(dir.path());
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther;
        QString error;
        {
            SqliteDb db;
            QVERIFY2(Database::open(&db, dir.path(), &error), qPrintable(error));
            QVERIFY(db.exec("INSERT INTO sites(domain, created_at) VALUES('a.test', 1)"));
            for (const QString &file :
                 {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
                QVERIFY2(QFile::exists(file), qPrintable(file));
                QVERIFY2((QFile::permissions(file) & others) == 0, qPrintable(file));
            }
        }
        QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther));
        {
            SqliteDb db;
            QVERIFY2(Database::open(&db, dir.path(), &error), qPrintable(error));
            QVERIFY((QFile::permissions(path) & others) == 0);
        }
        umask(oldMask);
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

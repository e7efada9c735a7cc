// SqliteDb, Statement and Transaction on their own: the thin layer every store class
// stands on.
#include "store/sqlitedb.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;

class tst_SqliteDb : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("t.db")); }
    static qint64 count(SqliteDb &db, const char *sql)
    {
        Statement st(db, sql);
        return st.next() ? st.int64(0) : -1;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(path());
        QFile::remove(path() + QStringLiteral("-wal"));
        QFile::remove(path() + QStringLiteral("-shm"));
    }

    void openExecAndErrors()
    {
        SqliteDb db;
        QVERIFY(!db.isOpen());
        QString error;
        QVERIFY2(db.open(path(), SqliteDb::Mode::ReadWrite, &error), qPrintable(error));
        QVERIFY(db.isOpen());
        QCOMPARE(db.path(), path());
        QVERIFY(db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, v)"));
        QVERIFY(!db.exec("INSERT INTO nowhere VALUES(1)", &error));
        QVERIFY2(error.contains(QLatin1String("no such table")), qPrintable(error));
        QVERIFY(!db.lastFailureWasDamage());
        db.close();
        QVERIFY(!db.isOpen());
        QVERIFY(!db.open(m_dir.filePath(QStringLiteral("missing/dir/x.db")),
                         SqliteDb::Mode::ReadWrite, &error));
        QVERIFY2(error.contains(QLatin1String("cannot open database")), qPrintable(error));
    }

    void bindingsRoundTrip()
    {
        SqliteDb db;
        QVERIFY(db.open(path(), SqliteDb::Mode::ReadWrite, nullptr));
        QVERIFY(db.exec("CREATE TABLE t(i, r, s, b, n, z)"));
        Statement insert(db, "INSERT INTO t VALUES(?, ?, ?, ?, ?, ?)");
        QVERIFY(insert.isValid());
        const QByteArray blob("\x00\x01\xff", 3);
        insert.bind(1, qint64(1) << 40)
            .bind(2, 2.5)
            .bind(3, QStringLiteral("Grüße"))
            .bind(4, blob, true)
            .bindNull(5)
            .bindIdOrNull(6, 0); // id 0 is stored as NULL
        QVERIFY(insert.run());
        QCOMPARE(db.changes(), 1);
        QCOMPARE(db.lastInsertId(), 1);
        Statement select(db, "SELECT i, r, s, b, n, z, typeof(b) FROM t");
        QVERIFY(select.next());
        QCOMPARE(select.int64(0), qint64(1) << 40);
        QCOMPARE(select.real(1), 2.5);
        QCOMPARE(select.text(2), QStringLiteral("Grüße"));
        QCOMPARE(select.blob(3), blob);
        QVERIFY(select.isNull(4));
        QVERIFY(select.isNull(5));
        QCOMPARE(select.text(6), QStringLiteral("blob"));
        QVERIFY(!select.next());
        QVERIFY(select.ok());
    }

    // A prepared statement is reused: run() resets it, reset() also clears the bindings.
    void statementsAreReusable()
    {
        SqliteDb db;
        QVERIFY(db.open(path(), SqliteDb::Mode::ReadWrite, nullptr));
        QVERIFY(db.exec("CREATE TABLE t(v)"));
        Statement insert(db, "INSERT INTO t VALUES(?)");
        for (int i = 0; i < 3; ++i)
            QVERIFY(insert.bind(1, i).run());
        QCOMPARE(count(db, "SELECT count(*) FROM t"), 3);
        insert.reset();
        QVERIFY(insert.run()); // the binding is gone: NULL
        QCOMPARE(count(db, "SELECT count(*) FROM t WHERE v IS NULL"), 1);

        Statement moved(std::move(insert));
        QVERIFY(moved.isValid());
        QVERIFY(!insert.isValid()); // NOLINT(bugprone-use-after-move): the point of the test
        QVERIFY(moved.bind(1, 9).run());
        QCOMPARE(count(db, "SELECT count(*) FROM t"), 5);

        QString error;
        Statement bad;
        QVERIFY(!bad.prepare(db, "SELEC nonsense", &error));
        QVERIFY(!bad.isValid());
        QVERIFY2(error.contains(QLatin1String("SELEC nonsense")), qPrintable(error));
    }

    void transactionsCommitOrRollBack()
    {
        SqliteDb db;
        QVERIFY(db.open(path(), SqliteDb::Mode::ReadWrite, nullptr));
        QVERIFY(db.exec("CREATE TABLE t(v)"));
        {
            Transaction tx(db);
            QVERIFY(tx.isActive());
            QVERIFY(db.exec("INSERT INTO t VALUES(1)"));
        } // not committed: rolled back
        QCOMPARE(count(db, "SELECT count(*) FROM t"), 0);
        {
            Transaction tx(db);
            QVERIFY(db.exec("INSERT INTO t VALUES(1)"));
            QVERIFY(tx.commit());
            QVERIFY(!tx.isActive());
            QVERIFY(!tx.commit()); // once
        }
        QCOMPARE(count(db, "SELECT count(*) FROM t"), 1);
        // Another writer holds the lock: the transaction does not start.
        SqliteDb other;
        QVERIFY(other.open(path(), SqliteDb::Mode::ReadWrite, nullptr));
        QVERIFY(db.exec("PRAGMA busy_timeout = 0"));
        QVERIFY(other.exec("BEGIN IMMEDIATE"));
        Transaction blocked(db);
        QVERIFY(!blocked.isActive());
        QVERIFY(other.exec("ROLLBACK"));
    }

    void readOnlyConnectionsDoNotWrite()
    {
        {
            SqliteDb db;
            QVERIFY(db.open(path(), SqliteDb::Mode::ReadWrite, nullptr));
            QVERIFY(db.exec("CREATE TABLE t(v)"));
        }
        SqliteDb ro;
        QString error;
        QVERIFY(ro.open(path(), SqliteDb::Mode::ReadOnly, &error));
        QVERIFY(!ro.exec("INSERT INTO t VALUES(1)", &error));
        QVERIFY2(error.contains(QLatin1String("readonly")), qPrintable(error));
        QVERIFY(!SqliteDb().open(m_dir.filePath(QStringLiteral("absent.db")),
                                 SqliteDb::Mode::ReadOnly, &error));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("absent.db"))));
    }

    void damageIsRecognised()
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        SqliteDb db;
        QVERIFY(db.open(path(), SqliteDb::Mode::ReadWrite, nullptr)); // opening is lazy
        QString error;
        QVERIFY(!db.exec("SELECT count(*) FROM sqlite_schema", &error));
        QVERIFY(db.lastFailureWasDamage());
    }

    // The TRUNCATE checkpoint leaves no WAL frame behind; a reader inside a transaction
    // on an older snapshot keeps it from finishing, and it says so.
    void checkpointTruncatesTheWal()
    {
        SqliteDb db;
        QVERIFY(db.open(path(), SqliteDb::Mode::ReadWrite, nullptr));
        QVERIFY(db.exec("PRAGMA journal_mode = WAL"));
        QVERIFY(db.exec("CREATE TABLE t(v); INSERT INTO t VALUES(randomblob(10000))"));
        const QString wal = path() + QStringLiteral("-wal");
        QVERIFY(QFileInfo(wal).size() > 10000);

        SqliteDb reader;
        QVERIFY(reader.open(path(), SqliteDb::Mode::ReadOnly, nullptr));
        QVERIFY(reader.exec("BEGIN"));
        QCOMPARE(count(reader, "SELECT count(*) FROM t"), 1); // holds this snapshot
        QVERIFY(db.exec("INSERT INTO t VALUES(1)"));
        QString error;
        QVERIFY(!db.checkpointAndTruncateWal(50, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(reader.exec("COMMIT"));

        QVERIFY2(db.checkpointAndTruncateWal(1000, &error), qPrintable(error));
        QCOMPARE(QFileInfo(wal).size(), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM t"), 2);
    }
};

QTEST_GUILESS_MAIN(tst_SqliteDb)
#include "tst_sqlitedb.moc"

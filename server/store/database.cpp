#include "store/database.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace raycstr {

namespace {

QStringList migrationFiles()
{
    QStringList files = QDir(QStringLiteral(":/raycstr/migrations"))
                            .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f.prepend(QStringLiteral(":/raycstr/migrations/"));
    return files;
}

bool configure(SqliteDb *db, QString *error)
{
    // WAL lets the API read while the writer writes; NORMAL sync is durable across a
    // crash of the process (not of the machine), the usual trade for analytics.
    return db->exec("PRAGMA journal_mode=WAL", error)
        && db->exec("PRAGMA synchronous=NORMAL", error)
        && db->exec("PRAGMA temp_store=MEMORY", error)
        // 16 MB of page cache keeps the rollup tables' hot pages in memory.
        && db->exec("PRAGMA cache_size=-16000", error);
}

QString damagedMessage(const QString &path, const QString &sqliteError)
{
    return QCoreApplication::translate(
               "raycstr::Database",
               "the database %1 is damaged (%2). Stop every RayCstr that uses it, then either "
               "restore your latest backup to %1, or move the damaged file aside to start with "
               "an empty database: rename %1 (and %1-wal, %1-shm if present) to %1.damaged")
        .arg(QDir::toNativeSeparators(path), sqliteError);
}

// A file that was there before we opened it must be a RayCstr database. SQLite would take a
// 0-byte file (a failed copy or restore, a `touch`) as a new empty database and the server
// would start collecting into it as if nothing were missing. RayCstr never leaves such a
// file itself: SQLite writes the first page when it creates the schema. So 0 bytes (with no
// WAL that holds a schema) means the data is gone, and a person must decide. Reading the
// schema here also meets a damaged first page before anything is written.
bool checkExisting(SqliteDb *db, qint64 sizeBefore, QString *error)
{
    const QString path = QDir::toNativeSeparators(db->path());
    int version = 0;
    qint64 tables = 0;
    {
        // exec() first: it is what tells a damaged file from other failures.
        if (!db->exec("SELECT count(*) FROM sqlite_schema", error))
            return false;
        Statement st;
        if (!st.prepare(*db,
                        "SELECT (SELECT count(*) FROM sqlite_schema), "
                        "(SELECT user_version FROM pragma_user_version)",
                        error))
            return false;
        if (!st.next()) {
            *error = st.error();
            return false;
        }
        tables = st.int64(0);
        version = int(st.int64(1));
    }
    if (version > 0)
        return true;
    if (tables > 0) {
        *error = QCoreApplication::translate(
                     "raycstr::Database",
                     "%1 is an SQLite database but not RayCstr's: point --data at another "
                     "directory, or move that file away")
                     .arg(path);
        return false;
    }
    if (sizeBefore == 0) {
        *error = QCoreApplication::translate(
                     "raycstr::Database",
                     "%1 is empty (0 bytes), and RayCstr did not create it so: a failed copy or "
                     "restore leaves such a file. Restore your latest backup to %1; or, to "
                     "start with an empty database, delete %1")
                     .arg(path);
        return false;
    }
    return true; // a header and no tables: our own first start, stopped before its schema
}

} // namespace

QString Database::pathIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(fileName());
}

int Database::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

int Database::schemaVersion(SqliteDb *db)
{
    Statement st(*db, "PRAGMA user_version");
    return st.next() ? int(st.int64(0)) : -1;
}

bool Database::migrate(SqliteDb *db, QString *error)
{
    const QStringList files = migrationFiles();
    const int current = schemaVersion(db);
    if (current > files.size()) {
        *error = QCoreApplication::translate(
                     "raycstr::Database",
                     "the database is at schema version %1, newer than this RayCstr "
                     "understands (%2); upgrade RayCstr")
                     .arg(current)
                     .arg(files.size());
        return false;
    }
    for (int v = current; v < files.size(); ++v) {
        QFile f(files.at(v));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("raycstr::Database", "missing migration %1")
                         .arg(files.at(v));
            return false;
        }
        const QByteArray sql
            = f.readAll() + "\nPRAGMA user_version=" + QByteArray::number(v + 1) + ";";
        Transaction tx(*db);
        QString err;
        if (!tx.isActive() || !db->exec(sql, &err) || !tx.commit(&err)) {
            *error = QCoreApplication::translate("raycstr::Database", "migration %1 failed: %2")
                         .arg(QFileInfo(files.at(v)).fileName(), err);
            return false;
        }
    }
    // One line for the whole step, not one per migration file.
    if (current == 0 && !files.isEmpty())
        qCInfo(lcStore, "database created at schema version %d", int(files.size()));
    else if (current < files.size())
        qCInfo(lcStore, "database migrated from schema version %d to %d", current,
               int(files.size()));
    return true;
}

bool Database::open(SqliteDb *db, const QString &dataDir, QString *error)
{
    if (!QDir().mkpath(dataDir)) {
        *error = QCoreApplication::translate("raycstr::Database", "cannot create data directory %1")
                     .arg(dataDir);
        return false;
    }
    // Analytics data is nobody else's business: keep the directory private.
    QFile::setPermissions(dataDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = pathIn(dataDir);
    const QFileInfo before(path);
    const bool existed = before.exists();
    if (!db->open(path, SqliteDb::Mode::ReadWrite, error))
        return false;
    // Before anything is written: SQLite gives the -wal and -shm files it creates later the
    // main file's mode, so this one call keeps all three private (and tightens the files of
    // a database made by an older RayCstr, which left them 0644).
    for (const QString &file :
         {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFileInfo::exists(file))
            QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QString err;
    const bool ok = (!existed || checkExisting(db, before.size(), &err)) && configure(db, &err)
        && migrate(db, &err);
    if (!ok)
        *error = db->lastFailureWasDamage() ? damagedMessage(path, err) : err;
    return ok;
}

bool Database::openReadOnly(SqliteDb *db, const QString &dataDir, QString *error)
{
    const QString path = pathIn(dataDir);
    if (!QFileInfo::exists(path)) {
        *error = QCoreApplication::translate("raycstr::Database", "no RayCstr database in %1")
                     .arg(dataDir);
        return false;
    }
    if (!db->open(path, SqliteDb::Mode::ReadOnly, error))
        return false;
    if (schemaVersion(db) != latestSchemaVersion()) {
        *error = QCoreApplication::translate(
                     "raycstr::Database",
                     "database schema version %1, expected %2: start the server once to migrate it")
                     .arg(schemaVersion(db))
                     .arg(latestSchemaVersion());
        return false;
    }
    return true;
}

} // namespace raycstr

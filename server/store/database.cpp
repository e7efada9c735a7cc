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
    return db->open(pathIn(dataDir), SqliteDb::Mode::ReadWrite, error) && configure(db, error)
        && migrate(db, error);
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

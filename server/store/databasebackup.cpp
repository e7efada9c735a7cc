#include "store/databasebackup.h"

#include "store/database.h"
#include "store/sqlitedb.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace raycstr {

namespace {

// SQLite's unix VFS: the WAL index locks start at byte 120 of the -shm file; the 8 lock
// slots are followed by the dead-man-switch byte every open connection read-locks.
constexpr off_t ShmDeadManSwitch = 120 + 8;

const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool createPrivate(const QString &path, QString *error)
{
    QFile::remove(path);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(ownerOnly)) {
        *error = QStringLiteral("cannot create %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool integrityOk(SqliteDb &db, QString *error)
{
    Statement check(db, "PRAGMA integrity_check");
    QStringList problems;
    while (check.next())
        if (check.text(0) != QLatin1String("ok"))
            problems.append(check.text(0));
    if (!check.ok()) {
        *error = check.error();
        return false;
    }
    if (!problems.isEmpty()) {
        *error = QStringLiteral("integrity check failed: %1")
                     .arg(problems.mid(0, 3).join(QLatin1String("; ")));
        return false;
    }
    return true;
}

// The copy without salts, in one self-contained file.
bool scrub(const QString &path, QString *error)
{
    SqliteDb copy;
    if (!copy.open(path, SqliteDb::Mode::ReadWrite, error))
        return false;
    // MEMORY journal: a rollback journal on disk would hold the salt pages VACUUM replaces.
    return copy.exec("PRAGMA journal_mode=MEMORY", error)
        && copy.exec("PRAGMA secure_delete=ON", error) && copy.exec("DELETE FROM salts", error)
        && copy.exec("VACUUM", error) && integrityOk(copy, error);
}

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

bool DatabaseBackup::isInUse(const QString &dataDir)
{
    const QString shm = Database::pathIn(dataDir) + QStringLiteral("-shm");
    const int fd = ::open(QFile::encodeName(shm).constData(), O_RDONLY);
    if (fd < 0)
        return false; // no shared memory: nobody has the WAL database open
    struct flock probe
    {
    };
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = ShmDeadManSwitch;
    probe.l_len = 1;
    const bool inUse = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return inUse;
}

bool DatabaseBackup::backup(const QString &dataDir, const QString &target, const Progress &progress,
                            QString *error, int pagesPerStep)
{
    const QString source = Database::pathIn(dataDir);
    if (!QFileInfo::exists(source)) {
        *error = QStringLiteral("no database in %1").arg(dataDir);
        return false;
    }
    SqliteDb live;
    if (!live.open(source, SqliteDb::Mode::ReadOnly, error))
        return false;
    // One snapshot for the whole copy (see the class comment).
    if (!live.exec("BEGIN", error) || !live.exec("SELECT count(*) FROM sqlite_master", error))
        return false;

    const QString partial = target + QStringLiteral(".partial");
    if (!createPrivate(partial, error))
        return false;
    bool ok = false;
    {
        SqliteDb copy;
        if (!copy.open(partial, SqliteDb::Mode::ReadWrite, error))
            return false;
        sqlite3_backup *b = sqlite3_backup_init(copy.handle(), "main", live.handle(), "main");
        if (!b) {
            *error = QStringLiteral("backup: %1").arg(sqliteError(copy.handle()));
        } else {
            int rc = SQLITE_OK;
            while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
                rc = sqlite3_backup_step(b, pagesPerStep);
                const qint64 total = sqlite3_backup_pagecount(b);
                if (progress)
                    progress(total - sqlite3_backup_remaining(b), total);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(50);
            }
            sqlite3_backup_finish(b);
            ok = rc == SQLITE_DONE;
            if (!ok)
                *error = QStringLiteral("backup: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)));
        }
    }
    live.exec("COMMIT");
    live.close();
    ok = ok && scrub(partial, error) && syncFile(partial);
    if (ok) {
        QFile::remove(target);
        ok = QFile::rename(partial, target);
        if (!ok)
            *error = QStringLiteral("cannot rename %1 to %2").arg(partial, target);
    }
    if (!ok)
        QFile::remove(partial);
    return ok;
}

bool DatabaseBackup::verify(const QString &file, QString *error)
{
    if (!QFileInfo(file).isFile()) {
        *error = QStringLiteral("%1: no such file").arg(file);
        return false;
    }
    SqliteDb db;
    if (!db.open(file, SqliteDb::Mode::ReadOnly, error))
        return false;
    QString why;
    if (!integrityOk(db, &why)) {
        *error = QStringLiteral("%1 is damaged or not a database (%2)").arg(file, why);
        return false;
    }
    const int version = Database::schemaVersion(&db);
    if (version < 1 || version > Database::latestSchemaVersion()) {
        *error = version < 1 ? QStringLiteral("%1 is not a RayCstr database").arg(file)
                             : QStringLiteral("%1 was written by a newer RayCstr (schema %2, "
                                              "this build knows %3)")
                                   .arg(file)
                                   .arg(version)
                                   .arg(Database::latestSchemaVersion());
        return false;
    }
    return true;
}

bool DatabaseBackup::restore(const QString &file, const QString &dataDir, QString *error)
{
    if (!verify(file, error))
        return false;
    if (isInUse(dataDir)) {
        *error = QStringLiteral("the database in %1 is open in another process: stop the "
                                "server first")
                     .arg(dataDir);
        return false;
    }
    if (!QDir().mkpath(dataDir)) {
        *error = QStringLiteral("cannot create %1").arg(dataDir);
        return false;
    }
    const QString db = Database::pathIn(dataDir);
    const QString incoming = db + QStringLiteral(".restoring");
    if (!createPrivate(incoming, error))
        return false;
    {
        QFile in(file), out(incoming);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot copy %1: %2").arg(file, in.errorString());
            return false;
        }
        while (!in.atEnd())
            if (out.write(in.read(1 << 20)) < 0) {
                *error = QStringLiteral("cannot write %1: %2").arg(incoming, out.errorString());
                QFile::remove(incoming);
                return false;
            }
    }
    syncFile(incoming);

    // The database and its WAL go aside together: a WAL left next to the restored file
    // would be replayed into it.
    const QString aside = db + QStringLiteral(".before-restore-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    const QStringList suffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};
    QStringList moved;
    auto putBack = [&] {
        QFile::remove(db);
        for (const QString &s : moved)
            QFile::rename(aside + s, db + s);
    };
    for (const QString &s : suffixes) {
        if (!QFileInfo::exists(db + s))
            continue;
        if (!QFile::rename(db + s, aside + s)) {
            *error = QStringLiteral("cannot move %1 aside").arg(db + s);
            putBack();
            QFile::remove(incoming);
            return false;
        }
        moved.append(s);
    }
    if (!QFile::rename(incoming, db)) {
        *error = QStringLiteral("cannot rename %1 to %2").arg(incoming, db);
        putBack();
        QFile::remove(incoming);
        return false;
    }
    {
        SqliteDb restored;
        if (!Database::open(&restored, dataDir, error) || !integrityOk(restored, error)) {
            restored.close();
            for (const QString &s : suffixes.mid(1))
                QFile::remove(db + s);
            putBack();
            return false;
        }
    }
    for (const QString &s : moved)
        QFile::remove(aside + s);
    return true;
}

} // namespace raycstr

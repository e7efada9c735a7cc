#pragma once

#include <QString>
#include <functional>

namespace raycstr {

// Backup and restore of a data directory's database.
//
// backup(): an online, consistent copy while the server writes. It holds one read
// transaction on the live database for the whole copy (WAL lets the writer go on; the
// snapshot cannot change, so SQLite's backup API never restarts, even under steady
// ingest) and copies it page by page with sqlite3_backup_step, reporting progress. The
// copy is then made safe to hand around: the daily salts are deleted with secure_delete
// and the file VACUUMed with an in-memory journal, so no salt byte is left in it (a salt
// with the events would let anyone re-link visitor hashes to IPs by brute force); it
// is checked with PRAGMA integrity_check, written 0600 and renamed into place only when
// all of that succeeded. API keys, share links and passwords are stored as hashes, so
// the copy has no secret in clear.
//
// restore(): the server must be stopped (isInUse()); the file is checked first and a
// damaged one refused; the current database (with its WAL) is moved aside and put back if
// anything fails, and deleted only once the restored one has opened and migrated.
// After a restore the server makes a new salt: visitors of the current day are counted
// again (the same as a salt rotation).
//
// Thread: any; each call opens its own connections.
class DatabaseBackup
{
public:
    // Called after each step with pages copied so far and the total.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static constexpr int PagesPerStep = 256;

    static bool backup(const QString &dataDir, const QString &target, const Progress &progress,
                       QString *error, int pagesPerStep = PagesPerStep);
    // integrity_check and a RayCstr schema not newer than this build.
    static bool verify(const QString &file, QString *error);
    static bool restore(const QString &file, const QString &dataDir, QString *error);

    // Whether another process has the data directory's database open (a running server):
    // every SQLite connection to a WAL database holds a read lock on the shared-memory
    // file's "dead man switch" byte while it is open.
    static bool isInUse(const QString &dataDir);
};

} // namespace raycstr

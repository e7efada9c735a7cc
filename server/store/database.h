#pragma once

#include "store/sqlitedb.h"

#include <QString>

namespace raycstr {

// The data directory's database file: opening it applies pending migrations (versioned by
// PRAGMA user_version, each in its own transaction) and sets the connection up for WAL.
class Database
{
public:
    static QString fileName() { return QStringLiteral("raycstr.db"); }
    static QString pathIn(const QString &dataDir);

    // Creates the data dir and the schema when missing. A database written by a newer
    // RayCstr is refused rather than touched.
    static bool open(SqliteDb *db, const QString &dataDir, QString *error);
    static bool openReadOnly(SqliteDb *db, const QString &dataDir, QString *error);

    static int schemaVersion(SqliteDb *db);
    static int latestSchemaVersion();
    static bool migrate(SqliteDb *db, QString *error);
};

} // namespace raycstr

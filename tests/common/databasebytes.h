#pragma once

// Every byte SQLite keeps for a data directory (the database, its WAL and shared-memory
// files), for tests that prove a secret never reached the disk.

#include "store/database.h"

#include <QDirIterator>
#include <QFile>

namespace raycstr::testing {

inline QByteArray databaseBytes(const QString &dataDir)
{
    QByteArray all;
    const QString db = Database::pathIn(dataDir);
    for (const QString &path : {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm")}) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// Every byte of every file in a directory (and below): the database, its WAL and
// shared-memory files, and anything else that may ever be written there.
inline QByteArray directoryBytes(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace raycstr::testing

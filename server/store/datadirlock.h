#pragma once

#include <QString>
#include <memory>

class QLockFile;

namespace raycstr {

// Who writes a data directory: one server at a time. Two `serve` processes on one
// directory would run two sessionizers and two salt caches against one database (visits
// split in two, one visitor counted twice). The server stack takes this lock before it
// opens anything, for as long as it runs; the desktop app's embedded collector is the same
// stack, so it takes the same lock. Short CLI commands (`site add` …) do not: they are
// meant to run beside a server.
//
// A lock file (QLockFile: pid, host and program inside; the kernel's lock on it while
// held), so a server that crashed leaves nothing that blocks the next start on the same
// machine.
class DataDirLock
{
public:
    DataDirLock();
    ~DataDirLock();
    DataDirLock(const DataDirLock &) = delete;
    DataDirLock &operator=(const DataDirLock &) = delete;

    static QString fileName() { return QStringLiteral("raycstr.lock"); }

    // False with a message naming the holder (pid, host, program) and the lock file.
    bool acquire(const QString &dataDir, QString *error);
    void release();
    bool isHeld() const;

private:
    std::unique_ptr<QLockFile> m_file;
};

} // namespace raycstr

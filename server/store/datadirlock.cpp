#include "store/datadirlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>

namespace raycstr {

DataDirLock::DataDirLock() = default;

DataDirLock::~DataDirLock()
{
    release();
}

bool DataDirLock::acquire(const QString &dataDir, QString *error)
{
    release();
    if (!QDir().mkpath(dataDir)) {
        *error
            = QCoreApplication::translate("raycstr::DataDirLock", "cannot create data directory %1")
                  .arg(dataDir);
        return false;
    }
    const QString path = QDir(dataDir).filePath(fileName());
    auto file = std::make_unique<QLockFile>(path);
    // Never by age: a server runs for months. A lock whose process is gone (same host) is
    // still recognised as stale and taken over.
    file->setStaleLockTime(0);
    if (file->tryLock(0)) {
        m_file = std::move(file);
        return true;
    }
    const QString where = QDir::toNativeSeparators(path);
    qint64 pid = 0;
    QString host, program;
    if (file->error() == QLockFile::LockFailedError && file->getLockInfo(&pid, &host, &program)) {
        *error = QCoreApplication::translate(
                     "raycstr::DataDirLock",
                     "the data directory %1 is in use by another RayCstr server (pid %2 on host "
                     "%3, %4): stop it first, or give this one its own --data directory. If no "
                     "such process runs any more on %3, delete %5")
                     .arg(QDir::toNativeSeparators(dataDir), QString::number(pid), host,
                          program.isEmpty() ? QStringLiteral("?") : program, where);
    } else {
        *error = QCoreApplication::translate("raycstr::DataDirLock", "cannot lock %1 (%2)")
                     .arg(where,
                          file->error() == QLockFile::PermissionError
                              ? QCoreApplication::translate("raycstr::DataDirLock",
                                                            "permission denied")
                              : QCoreApplication::translate("raycstr::DataDirLock",
                                                            "held, holder unknown"));
    }
    return false;
}

void DataDirLock::release()
{
    if (m_file)
        m_file->unlock();
    m_file.reset();
}

bool DataDirLock::isHeld() const
{
    return m_file && m_file->isLocked();
}

} // namespace raycstr

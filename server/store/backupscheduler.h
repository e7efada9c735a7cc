#pragma once

#include "core/config.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace raycstr {

class Clock;

// Scheduled backups (config: backup: {dir, interval_hours, keep}): every interval a
// DatabaseBackup of the data directory into `dir` as raycstr-YYYYMMDD-HHMMSS.db (UTC), the
// oldest removed beyond `keep`, one log line per backup (raycstr.store) and the
// backupFinished signal. The time of the last backup is read from the newest file's name,
// so a restart does not take an extra one.
//
// Threading: a QObject of the thread that starts it (the server's main thread); the copy
// itself runs on a QThreadPool worker so ingest and queries never wait for it, and at most
// one runs at a time. backupFinished is emitted on the owner's thread.
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    BackupScheduler(const Clock *clock, QString dataDir, ServerConfig::Backups settings,
                    QObject *parent = nullptr);
    ~BackupScheduler() override;

    // Checks once a minute whether a backup is due.
    void start();
    // One check now (the timer calls this; tests call it after moving the clock). Returns
    // whether a backup was started.
    bool check();
    bool isRunning() const { return m_running; }
    // The backups in the folder, oldest first.
    QStringList backups() const;

    static QString fileNameFor(qint64 secs);

Q_SIGNALS:
    void backupFinished(bool ok, const QString &path, const QString &error);

private:
    void finished(bool ok, const QString &path, const QString &error, qint64 bytes,
                  qint64 elapsedMs);
    qint64 lastBackupSecs() const;

    const Clock *m_clock;
    QString m_dataDir;
    ServerConfig::Backups m_settings;
    QTimer m_timer;
    bool m_running = false;
    QThreadPool m_pool; // one worker: the copy
};

} // namespace raycstr

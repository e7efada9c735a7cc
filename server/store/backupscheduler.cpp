#include "store/backupscheduler.h"

#include "core/clock.h"
#include "core/logging.h"
#include "store/databasebackup.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QTimeZone>

namespace raycstr {

namespace {

const QString prefix = QStringLiteral("raycstr-");
const QString suffix = QStringLiteral(".db");
const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");

} // namespace

BackupScheduler::BackupScheduler(const Clock *clock, QString dataDir,
                                 ServerConfig::Backups settings, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_dataDir(std::move(dataDir))
    , m_settings(std::move(settings))
{
    m_pool.setMaxThreadCount(1);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::check);
}

BackupScheduler::~BackupScheduler()
{
    // The worker reports through a QPointer, but it still reads the database: wait for it.
    m_pool.waitForDone();
}

void BackupScheduler::start()
{
    m_timer.start(60 * 1000);
    check();
}

QString BackupScheduler::fileNameFor(qint64 secs)
{
    return prefix + QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(stampFormat) + suffix;
}

QStringList BackupScheduler::backups() const
{
    QStringList names
        = QDir(m_settings.dir)
              .entryList({prefix + QStringLiteral("*") + suffix}, QDir::Files, QDir::Name);
    names.removeIf([](const QString &n) {
        return !QDateTime::fromString(n.mid(prefix.size(), stampFormat.size()), stampFormat)
                    .isValid();
    });
    return names;
}

qint64 BackupScheduler::lastBackupSecs() const
{
    const QStringList names = backups();
    if (names.isEmpty())
        return 0;
    QDateTime t
        = QDateTime::fromString(names.last().mid(prefix.size(), stampFormat.size()), stampFormat);
    t.setTimeZone(QTimeZone::utc());
    return t.toSecsSinceEpoch();
}

bool BackupScheduler::check()
{
    if (m_running || m_settings.dir.isEmpty())
        return false;
    const qint64 now = m_clock->nowSecs();
    if (now - lastBackupSecs() < qint64(m_settings.intervalHours) * 3600)
        return false;
    if (!QDir().mkpath(m_settings.dir)) {
        finished(false, m_settings.dir, tr("cannot create the backup folder"), 0, 0);
        return false;
    }
    m_running = true;
    const QString path = QDir(m_settings.dir).filePath(fileNameFor(now));
    QPointer<BackupScheduler> self(this);
    const QString dataDir = m_dataDir;
    m_pool.start([self, dataDir, path] {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const bool ok = DatabaseBackup::backup(dataDir, path, {}, &error);
        const qint64 bytes = QFileInfo(path).size();
        const qint64 ms = timer.elapsed();
        if (self)
            QMetaObject::invokeMethod(self, [self, ok, path, error, bytes, ms] {
                if (self)
                    self->finished(ok, path, error, bytes, ms);
            });
    });
    return true;
}

void BackupScheduler::finished(bool ok, const QString &path, const QString &error, qint64 bytes,
                               qint64 elapsedMs)
{
    m_running = false;
    if (!ok) {
        qCWarning(lcStore, "backup to %s failed: %s", qPrintable(path), qPrintable(error));
    } else {
        QStringList names = backups();
        while (names.size() > m_settings.keep)
            QFile::remove(QDir(m_settings.dir).filePath(names.takeFirst()));
        qCInfo(lcStore, "backup written: %s (%lld KiB in %lld ms; %lld kept)", qPrintable(path),
               bytes / 1024, elapsedMs, qint64(names.size()));
    }
    Q_EMIT backupFinished(ok, path, error);
}

} // namespace raycstr

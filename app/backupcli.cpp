#include "backupcli.h"

#include "command.h"
#include "store/databasebackup.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <cstdio>
#include <unistd.h>

namespace raycstr {

namespace {

QString mib(double bytes)
{
    return QString::number(bytes / (1024.0 * 1024.0), 'f', 1);
}

QString clock(qint64 secs)
{
    return QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
}

// Pages → a bar with rate and ETA on a terminal; otherwise a line at each 10 %.
class ProgressPrinter
{
public:
    ProgressPrinter(QTextStream &err, bool terminal)
        : m_err(err)
        , m_terminal(terminal)
    {
        m_timer.start();
    }

    void update(qint64 done, qint64 total)
    {
        if (total <= 0)
            return;
        const int percent = int(100 * done / total);
        const double secs = std::max<qint64>(m_timer.elapsed(), 1) / 1000.0;
        const double rate = double(done) * PageBytes / secs;
        const qint64 eta = done > 0 ? qint64(secs * double(total - done) / double(done)) : 0;
        if (m_terminal) {
            if (m_timer.elapsed() - m_lastDrawMs < 100 && done < total)
                return;
            m_lastDrawMs = m_timer.elapsed();
            const int filled = percent * Width / 100;
            m_err << '\r' << '[' << QString(filled, QLatin1Char('#'))
                  << QString(Width - filled, QLatin1Char(' ')) << "] "
                  << QStringLiteral("%1%").arg(percent, 3) << "  "
                  << BackupCli::tr("%1 MiB/s  ETA %2").arg(mib(rate), clock(eta))
                  << (done == total ? "\n" : "");
            m_err.flush();
        } else if (percent >= m_nextPercent || done == total) {
            m_err << BackupCli::tr("backup: %1% (%2 of %3 MiB, %4 MiB/s, ETA %5)")
                         .arg(percent)
                         .arg(mib(double(done) * PageBytes), mib(double(total) * PageBytes),
                              mib(rate), clock(eta))
                  << "\n";
            m_err.flush();
            m_nextPercent = percent / 10 * 10 + 10;
        }
    }

private:
    // SQLite's default page size: for the rate and sizes only.
    static constexpr double PageBytes = 4096;
    static constexpr int Width = 30;
    QTextStream &m_err;
    bool m_terminal;
    QElapsedTimer m_timer;
    qint64 m_lastDrawMs = -1000;
    int m_nextPercent = 0;
};

} // namespace

BackupCli::BackupCli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

bool BackupCli::handles(const QString &command)
{
    return command == QLatin1String("backup") || command == QLatin1String("restore");
}

void BackupCli::printUsage(QTextStream &s)
{
    s << tr("  backup FILE           Copy the database while the server runs (no salts,\n"
            "                        checked, mode 0600).\n"
            "  restore FILE          Replace the database with a backup (server stopped).\n");
}

int BackupCli::run(const QString &command, const QStringList &args)
{
    return command == QLatin1String("backup") ? backup(args) : restore(args);
}

int BackupCli::backup(const QStringList &args)
{
    cli::Command cmd(QStringLiteral("backup"), {}, m_out, m_err);
    cmd.setDescription(tr("Copy the database to FILE while the server runs: one consistent "
                          "snapshot, the salts left out, checked with integrity_check, "
                          "readable by its owner only."));
    cmd.parser().addPositionalArgument(QStringLiteral("FILE"), tr("Where to write the backup."));
    if (const int code = cmd.parse(args); code >= 0)
        return code;
    if (const int code = cmd.expectArguments(1, 1, tr("backup takes one FILE")); code >= 0)
        return code;
    QString dir;
    if (!cmd.dataDir(&dir))
        return 2;
    const QString file = cmd.arguments().first();
    ProgressPrinter progress(m_err, m_terminal.value_or(::isatty(fileno(stderr)) != 0));
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!DatabaseBackup::backup(
            dir, file, [&](qint64 done, qint64 total) { progress.update(done, total); }, &error))
        return cmd.fail(error);
    m_out << tr("Backup written to %1 (%2 MiB in %3 s; salts left out, integrity checked).")
                 .arg(file, mib(double(QFileInfo(file).size())))
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << "\n";
    return 0;
}

int BackupCli::restore(const QStringList &args)
{
    cli::Command cmd(QStringLiteral("restore"), {}, m_out, m_err);
    cmd.setDescription(tr("Replace the database with a backup. Stop the server first. The "
                          "file is checked before anything changes; the current database is "
                          "kept aside until the restored one has opened."));
    cmd.parser().addPositionalArgument(QStringLiteral("FILE"), tr("The backup to restore."));
    if (const int code = cmd.parse(args); code >= 0)
        return code;
    if (const int code = cmd.expectArguments(1, 1, tr("restore takes one FILE")); code >= 0)
        return code;
    QString dir;
    if (!cmd.dataDir(&dir))
        return 2;
    QString error;
    if (!DatabaseBackup::restore(cmd.arguments().first(), dir, &error))
        return cmd.fail(error);
    m_out << tr("Restored %1 into %2. Start the server; it makes a new salt, so today's "
                "returning visitors are counted once more.")
                 .arg(cmd.arguments().first(), dir)
          << "\n";
    return 0;
}

} // namespace raycstr

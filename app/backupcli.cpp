#include "backupcli.h"

#include "command.h"
#include "progressprinter.h"
#include "store/databasebackup.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace raycstr {

namespace {
// SQLite's default page size: the backup reports pages, the progress bytes.
constexpr qint64 PageBytes = 4096;
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
    cli::ProgressPrinter progress(m_err,
                                  m_terminal.value_or(cli::ProgressPrinter::stderrIsTerminal()),
                                  QStringLiteral("backup"));
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!DatabaseBackup::backup(
            dir, file,
            [&](qint64 done, qint64 total) {
                progress.update(done * PageBytes, total * PageBytes);
            },
            &error))
        return cmd.fail(error);
    m_out << tr("Backup written to %1 (%2 MiB in %3 s; salts left out, integrity checked).")
                 .arg(file, cli::mib(double(QFileInfo(file).size())))
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

#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace raycstr {

// raycstr-server's backup and restore commands (store/databasebackup.h):
//   backup FILE    an online copy while the server runs, without salts, checked, 0600;
//                  a progress bar with rate and ETA on a terminal, plain lines otherwise
//   restore FILE   the server stopped; a damaged file is refused
class BackupCli
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::BackupCli)
public:
    BackupCli(QTextStream &out, QTextStream &err);

    static bool handles(const QString &command);
    // `args`: the command's own arguments with a program name in front. Exit codes: 0
    // success, 1 failure, 2 bad usage.
    int run(const QString &command, const QStringList &args);
    static void printUsage(QTextStream &s);
    // Progress as a bar redrawn in place (terminal) or as a line per 10 % (logs, pipes).
    // Default: whether stderr is a terminal.
    void setProgressIsTerminal(bool terminal) { m_terminal = terminal; }

private:
    int backup(const QStringList &args);
    int restore(const QStringList &args);

    QTextStream &m_out;
    QTextStream &m_err;
    std::optional<bool> m_terminal;
};

} // namespace raycstr

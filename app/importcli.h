#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace raycstr {

class Clock;
struct ImportRun;

// raycstr-server's import command (server/import):
//   import --from access-log|goatcounter --site DOMAIN [--log-format F] FILE…
//   import list [--site DOMAIN] [--json]
//   import undo ID
// Imports need the data directory to themselves: they take the server's lock and refuse
// while a server runs on it. Ctrl+C stops cleanly; the same command again finishes the run.
class ImportCli
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::ImportCli)
public:
    ImportCli(const Clock *clock, QTextStream &out, QTextStream &err);

    static bool handles(const QString &command) { return command == QLatin1String("import"); }
    // `args`: the command's own arguments with a program name in front. Exit codes: 0
    // success, 1 failure (bad input included), 2 bad usage, 130 interrupted.
    int run(const QStringList &args);
    static void printUsage(QTextStream &s);
    // Default: whether stderr is a terminal.
    void setProgressIsTerminal(bool terminal) { m_terminal = terminal; }

private:
    void printSummary(const ImportRun &run, const QString &domain, double seconds);

    const Clock *m_clock;
    QTextStream &m_out;
    QTextStream &m_err;
    std::optional<bool> m_terminal;
};

} // namespace raycstr

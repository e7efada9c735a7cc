#pragma once

#include "import/importer.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace raycstr {

class Clock;
class SqliteDb;
struct ImportRequest;
struct ImportRun;
namespace cli {
class Command;
class ProgressPrinter;
} // namespace cli

// raycstr-server's import command (server/import; ImportJob runs the import itself, the
// same for the desktop app's Import…):
//   import --from access-log|goatcounter --site DOMAIN [--log-format F] FILE…
//   import --from plausible --site DOMAIN EXPORT.zip|FOLDER
//   import --from plausible --site DOMAIN --url URL [--api-key-file F] [--from-date D]
//          [--to-date D] [--api v1|v2] [--requests-per-hour N]   (Plausible's Stats API)
//   import --from google-analytics --site DOMAIN REPORT.json|FOLDER|ZIP…
//   import --from ga4-bigquery --site DOMAIN EVENTS.ndjson[.gz]…
//   import --from umami --database postgres://USER@HOST:PORT/DB --site DOMAIN [--website ID]
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
    // The --from values, and those whose imports are daily sums rather than events.
    static QStringList sources();
    static bool isAggregateSource(const QString &source);
    // Default: whether stderr is a terminal.
    void setProgressIsTerminal(bool terminal) { m_terminal = terminal; }

private:
    // Plausible's Stats API: probed, then pulled and written a day at a time (resumable).
    int importPlausibleApi(cli::Command &cmd, SqliteDb *db, const ImportRequest &request,
                           const QString &domain, cli::ProgressPrinter &progress);
    // The end of a run, whichever its source: the message and the exit code.
    int finish(cli::Command &cmd, Importer::Outcome outcome, const ImportRun &run, qint64 resumed,
               qint64 replaced, const QString &domain, double secs, const QString &error);
    void printSummary(const ImportRun &run, const QString &domain, double seconds);

    const Clock *m_clock;
    QTextStream &m_out;
    QTextStream &m_err;
    std::optional<bool> m_terminal;
};

} // namespace raycstr

#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <optional>


namespace raycstr {

namespace cli {
class Command;
}

class Clock;
class SqliteDb;
struct Site;

// raycstr-server's goal and funnel commands:
//   goal add (--event NAME | --page PATTERN) [--name TEXT]   goal list | goal remove ID|NAME
//   funnel add --file FILE [--name TEXT] [--replace]         funnel list | show | remove
// Each takes --site DOMAIN (default: the only site, when there is one).
class GoalCli
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::GoalCli)
public:
    GoalCli(const Clock *clock, QTextStream &out, QTextStream &err);

    static bool handles(const QString &command);
    // `args`: the sub-command's own arguments with a program name in front. Exit codes: 0
    // success, 1 failure, 2 bad usage.
    int run(const QString &command, const QStringList &args);
    static void printUsage(QTextStream &s);

private:
    int goal(const QStringList &args);
    int funnel(const QStringList &args);
    // Opens the data directory's database and finds the site; prints why not. Returns the
    // exit code to stop with, or -1 to go on.
    int open(const cli::Command &cmd, SqliteDb *db, Site *site);

    const Clock *m_clock;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace raycstr

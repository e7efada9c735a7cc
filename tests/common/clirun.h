#pragma once

// One raycstr-server command run in-process (ServerCli) on a data directory, with what it
// printed, for the CLI tests.

#include "core/clock.h"
#include "servercli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace raycstr::testing {

struct CliRun
{
    int code = 0;
    QString out;
    QString err;
};

inline CliRun runCli(const Clock *clock, const QStringList &args, const QString &dataDir)
{
    CliRun r;
    QTextStream o(&r.out), e(&r.err);
    ServerCli cli(clock, o, e);
    r.code = cli.run(QStringList {QStringLiteral("raycstr-server")} + args
                     + QStringList {QStringLiteral("--data"), dataDir});
    o.flush();
    e.flush();
    return r;
}

// The newest import of a data directory as `import list --json` shows it (empty: none).
inline QJsonObject latestImport(const Clock *clock, const QString &dataDir)
{
    const CliRun list = runCli(
        clock, {QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("--json")},
        dataDir);
    return QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
}

// `import undo ID` of an import as latestImport() gave it.
inline CliRun undoImport(const Clock *clock, const QJsonObject &run, const QString &dataDir)
{
    return runCli(clock,
                  {QStringLiteral("import"), QStringLiteral("undo"),
                   QString::number(run.value(QStringLiteral("id")).toInteger())},
                  dataDir);
}

} // namespace raycstr::testing

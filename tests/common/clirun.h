#pragma once

// One raycstr-server command run in-process (ServerCli) on a data directory, with what it
// printed, for the CLI tests.

#include "core/clock.h"
#include "servercli.h"

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

} // namespace raycstr::testing

#include "core/clock.h"
#include "servercli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("raycstr-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("RayCstr"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAYCSTR_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    raycstr::SystemClock clock;
    raycstr::ServerCli cli(&clock, out, err);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}

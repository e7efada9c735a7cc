#include "core/clock.h"
#include "core/language.h"
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

    // The language first (--lang, else the system's): every help text and message follows.
    QStringList args = QCoreApplication::arguments();
    QString error;
    const QString lang = raycstr::language::takeOption(&args, QStringLiteral("lang"), &error);
    const auto locale = raycstr::language::resolve(lang);
    raycstr::language::install(error.isEmpty() && locale ? *locale : QLocale::system());
    if (error.isEmpty() && !locale)
        error = QCoreApplication::translate("raycstr::language",
                                            "no translation for '%1' (use de, fr, es or en)")
                    .arg(lang);
    if (!error.isEmpty()) {
        err << QCoreApplication::applicationName() << ": " << error << "\n";
        return 2;
    }

    raycstr::SystemClock clock;
    raycstr::ServerCli cli(&clock, out, err);
    const int code = cli.run(args);
    out.flush();
    err.flush();
    return code;
}

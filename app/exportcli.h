#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace raycstr {

class Clock;

// raycstr-server export --site DOMAIN [--period P --date D --from A --to B]
//   [--filter F]… --out FILE.zip: the dashboard's reports as the CSV files of Plausible's
// export (api/plausibleexport.h) in one zip. Reads the database through its own read-only
// query engine, so it runs while the server runs.
class ExportCli
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::ExportCli)
public:
    ExportCli(const Clock *clock, QTextStream &out, QTextStream &err);

    static bool handles(const QString &command) { return command == QLatin1String("export"); }
    int run(const QStringList &args);
    static void printUsage(QTextStream &s);

private:
    const Clock *m_clock;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace raycstr

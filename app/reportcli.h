#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace raycstr {

class Clock;

// raycstr-server report send|preview: one e-mail report now, to check the set-up (the
// config's smtp: section), or its HTML written to a file to look at (report/):
//   report send --site DOMAIN --to ADDRESS [--to …] [--period week|month] [--language de]
//   report preview --site DOMAIN --out FILE.html [--period week|month] [--language de]
// The period is the last complete week (Monday–Sunday) or month in the site's time zone,
// as the scheduled reports send it.
class ReportCli
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::ReportCli)
public:
    ReportCli(const Clock *clock, QTextStream &out, QTextStream &err);

    static bool handles(const QString &command) { return command == QLatin1String("report"); }
    int run(const QStringList &args);
    static void printUsage(QTextStream &s);

private:
    const Clock *m_clock;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace raycstr

#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace raycstr {

class Clock;

// raycstr-server alert add|list|remove|test: the alert rules kept in the store (the config
// file's `alerts:` are listed too, marked "config", and changed in the file):
//   alert add --site DOMAIN --type spike --visitors N (--email ADDRESS | --webhook URL) …
//   alert list [--site DOMAIN] [--json] | alert remove ID | alert test ID
// A running server picks changes up at its next check (once a minute).
class AlertCli
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::AlertCli)
public:
    AlertCli(const Clock *clock, QTextStream &out, QTextStream &err);

    static bool handles(const QString &command) { return command == QLatin1String("alert"); }
    int run(const QStringList &args);
    static void printUsage(QTextStream &s);

private:
    const Clock *m_clock;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace raycstr

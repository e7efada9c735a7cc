#pragma once

// What every raycstr-server sub-command shares, so they all take --help, --data, --config
// and --lang alike, say "Usage: raycstr-server token …" in their help, check their action and
// arguments the same way, and fail the same way (message on stderr, exit 1 or 2).

#include "core/config.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace raycstr::cli {

inline QString appName()
{
    return QStringLiteral("raycstr-server");
}

// One sub-command's command line: `token create --site example.com`, `serve --listen …`.
//
//   Command cmd(QStringLiteral("token"), {"create", "list", "revoke"}, out, err);
//   cmd.setDescription(…);
//   cmd.parser().addOption(…);                 // the command's own options
//   if (const int code = cmd.parse(args); code >= 0) return code;
//   if (const int code = cmd.expectArguments(0, 0); code >= 0) return code;
class Command
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::cli)
public:
    // `actions`: the words allowed as the first positional argument ("create", "list", …);
    // empty for a command that takes none (serve). `expected`: how a usage error lists them
    // (default: "create, list, revoke").
    Command(QString name, QStringList actions, QTextStream &out, QTextStream &err,
            QString expected = QString());

    void setDescription(const QString &text);
    // Add the command's own options and positional arguments here before parse().
    QCommandLineParser &parser() { return m_parser; }

    // Adds --data, --config, --lang and --help, parses `args` (a program name in front),
    // prints the help or the error. Returns -1 to go on, or the exit code to stop with. With
    // actions, an unknown or missing action is a usage error too.
    int parse(const QStringList &args);

    QString action() const { return m_action; }
    // The positional arguments after the action.
    QStringList arguments() const { return m_arguments; }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }

    // -1 when the action got between `min` and `max` arguments; otherwise prints `message`
    // (default: "<command> <action> takes no arguments (got '…')") and returns 2.
    int expectArguments(qsizetype min, qsizetype max, const QString &message = QString()) const;

    // Defaults, then the config file, then --data. False (the reason printed) on a bad file.
    bool loadConfig(ServerConfig *config) const;
    // The data directory as configured; false (the reason printed) on a bad config file.
    bool dataDir(QString *dir) const;

    // "raycstr-server: <message>" on stderr; 1: it failed, 2: bad usage.
    int fail(const QString &message) const { return report(message, 1); }
    int badUsage(const QString &message) const { return report(message, 2); }

private:
    int report(const QString &message, int code) const;
    QString helpText() const;

    QString m_name;
    QStringList m_actions;
    QString m_expected;
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    QString m_action;
    QStringList m_arguments;
};

// Columns padded to their widest cell; the last column is not padded.
void printTable(QTextStream &out, const QList<QStringList> &rows);

} // namespace raycstr::cli

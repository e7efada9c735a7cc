#pragma once

// Option and parsing helpers every raycstr-server sub-command shares, so they all take
// --help, --data and --config and fail the same way (message on stderr, exit 2).

#include "core/config.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace raycstr::cli {

inline QString appName()
{
    return QStringLiteral("raycstr-server");
}

inline QCommandLineOption dataOption()
{
    return {QStringLiteral("data"),
            QCoreApplication::translate("raycstr::cli", "Data directory (default: %1).")
                .arg(QDir::toNativeSeparators(defaultDataDir())),
            QStringLiteral("dir")};
}

inline QCommandLineOption configOption()
{
    return {QStringLiteral("config"),
            QCoreApplication::translate("raycstr::cli", "YAML config file; flags override it."),
            QStringLiteral("file")};
}

// Parses `args` (the sub-command's own, with a program name in front); prints help or the
// error. Returns -1 to go on, or the exit code to stop with.
inline int parseArgs(QCommandLineParser &parser, const QStringList &args, QTextStream &out,
                     QTextStream &err)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        err << appName() << ": " << parser.errorText() << "\n"
            << QCoreApplication::translate("raycstr::cli", "Try '%1 --help'.").arg(args.first())
            << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    return -1;
}

// Defaults, then the config file, then flags.
inline bool loadConfig(const QCommandLineParser &parser, ServerConfig *config, QTextStream &err)
{
    QString error;
    if (parser.isSet(QStringLiteral("config"))
        && !config->loadYaml(parser.value(QStringLiteral("config")), &error)) {
        err << appName() << ": " << error << "\n";
        return false;
    }
    if (parser.isSet(QStringLiteral("data")))
        config->dataDir = parser.value(QStringLiteral("data"));
    if (config->dataDir.isEmpty())
        config->dataDir = defaultDataDir();
    return true;
}

// The one way commands complain: "raycstr-server: <message>" on stderr; returns `code`
// (1 failure, 2 bad usage) for the caller to exit with.
inline int report(QTextStream &err, const QString &message, int code)
{
    err << appName() << ": " << message << "\n";
    return code;
}

// Columns padded to their widest cell; the last column is not padded.
inline void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], row.at(i).size());
        }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        out << line << "\n";
    }
}

} // namespace raycstr::cli

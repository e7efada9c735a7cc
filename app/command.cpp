#include "command.h"

#include <QDir>

namespace raycstr::cli {

Command::Command(QString name, QStringList actions, QTextStream &out, QTextStream &err,
                 QString expected)
    : m_name(std::move(name))
    , m_actions(std::move(actions))
    , m_expected(expected.isEmpty() ? m_actions.join(QStringLiteral(", ")) : std::move(expected))
    , m_out(out)
    , m_err(err)
{ }

void Command::setDescription(const QString &text)
{
    m_parser.setApplicationDescription(text);
}

QString Command::helpText() const
{
    // QCommandLineParser names the program by its path (QCoreApplication::arguments()); a
    // sub-command's help names the command the user typed: "Usage: raycstr-server token …".
    QString text = m_parser.helpText();
    const QStringList appArgs = QCoreApplication::arguments();
    const QString program = appArgs.isEmpty() ? QString() : appArgs.constFirst();
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.replace(at, program.size(), appName() + QLatin1Char(' ') + m_name);
    return text;
}

int Command::parse(const QStringList &args)
{
    m_parser.addOption({QStringLiteral("data"),
                        tr("Data directory (default: %1).")
                            .arg(QDir::toNativeSeparators(defaultDataDir())),
                        QStringLiteral("dir")});
    m_parser.addOption(
        {QStringLiteral("config"), tr("YAML config file; flags override it."), QStringLiteral("file")});
    // main() takes --lang out before any parser runs (help texts must already be translated);
    // listed here so every command's help shows it.
    m_parser.addOption({QStringLiteral("lang"),
                        tr("Language of messages: de, fr, es or en (default: the system's)."),
                        QStringLiteral("language")});
    m_parser.addHelpOption();
    if (!m_parser.parse(args)) {
        m_err << appName() << ": " << m_parser.errorText() << "\n"
              << tr("Try '%1 --help'.").arg(appName() + QLatin1Char(' ') + m_name) << "\n";
        return 2;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << helpText();
        return 0;
    }
    m_arguments = m_parser.positionalArguments();
    if (m_actions.isEmpty())
        return -1;
    m_action = m_arguments.isEmpty() ? QString() : m_arguments.takeFirst();
    if (!m_actions.contains(m_action)) {
        return badUsage(m_action.isEmpty()
                            ? tr("%1: expected %2").arg(m_name, m_expected)
                            : tr("%1: expected %2 (got '%3')").arg(m_name, m_expected, m_action));
    }
    return -1;
}

int Command::expectArguments(qsizetype min, qsizetype max, const QString &message) const
{
    if (m_arguments.size() >= min && m_arguments.size() <= max)
        return -1;
    if (!message.isEmpty())
        return badUsage(message);
    const QString command = m_action.isEmpty() ? m_name : m_name + QLatin1Char(' ') + m_action;
    return badUsage(tr("%1 takes no arguments (got '%2')")
                        .arg(command, m_arguments.mid(max).join(QLatin1Char(' '))));
}

bool Command::loadConfig(ServerConfig *config) const
{
    QString error;
    if (m_parser.isSet(QStringLiteral("config"))
        && !config->loadYaml(m_parser.value(QStringLiteral("config")), &error)) {
        report(error, 2);
        return false;
    }
    if (m_parser.isSet(QStringLiteral("data")))
        config->dataDir = m_parser.value(QStringLiteral("data"));
    if (config->dataDir.isEmpty())
        config->dataDir = defaultDataDir();
    return true;
}

bool Command::dataDir(QString *dir) const
{
    ServerConfig config;
    if (!loadConfig(&config))
        return false;
    *dir = config.dataDir;
    return true;
}

int Command::report(const QString &message, int code) const
{
    m_err << appName() << ": " << message << "\n";
    return code;
}

void printTable(QTextStream &out, const QList<QStringList> &rows)
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

#include "alertcli.h"

#include "api/alertsapi.h"
#include "command.h"
#include "core/clock.h"
#include "report/alertnotifier.h"
#include "store/alertrepository.h"
#include "store/database.h"
#include "store/sqlitedb.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace raycstr {

namespace {

QString channels(const AlertRule &r)
{
    QStringList out = r.email;
    if (!r.webhook.isEmpty())
        out.append(AlertRule::redactedUrl(r.webhook) + QStringLiteral(" (")
                   + AlertRule::formatName(r.format) + u')');
    return out.join(QStringLiteral(", "));
}

} // namespace

AlertCli::AlertCli(const Clock *clock, QTextStream &out, QTextStream &err)
    : m_clock(clock)
    , m_out(out)
    , m_err(err)
{ }

void AlertCli::printUsage(QTextStream &s)
{
    s << tr("  alert add --site DOMAIN --type spike|drop|goal (--email ADDRESS | --webhook URL)\n"
            "                        Alert on a traffic spike (--visitors N), a drop (--hours N\n"
            "                        without a pageview) or a goal's conversions (--goal NAME).\n"
            "  alert list | alert remove ID | alert test ID\n");
}

int AlertCli::run(const QStringList &args)
{
    cli::Command cmd(QStringLiteral("alert"),
                     {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove"),
                      QStringLiteral("test")},
                     m_out, m_err, tr("add, list, remove or test"));
    cmd.setDescription(
        tr("Alerts by e-mail (the config's smtp: settings) or webhook (Slack, Mattermost, "
           "Discord's /slack URL, or plain text for ntfy):\n\n"
           "  add --site DOMAIN --type spike --visitors N   current visitors reach N\n"
           "  add --site DOMAIN --type drop --hours N       no pageview for N hours\n"
           "  add --site DOMAIN --type goal --goal NAME [--digest]\n"
           "                                  each conversion (or a daily digest)\n"
           "  list [--site DOMAIN] [--json]   the rules (the config file's marked config)\n"
           "  remove ID                       remove a rule\n"
           "  test ID                         send a test message to its channels now"));
    const auto opt = [](const char *name, const QString &help, const char *value) {
        return QCommandLineOption(QLatin1String(name), help, QLatin1String(value));
    };
    QCommandLineParser &parser = cmd.parser();
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, list, remove or test"));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The rule's ID (remove, test)"),
                                 QStringLiteral("[id]"));
    parser.addOptions({
        opt("site", tr("The site (its domain)."), "domain"),
        opt("type", tr("spike, drop or goal."), "type"),
        opt("visitors", tr("spike: current visitors that fire it."), "n"),
        opt("hours", tr("drop: hours without a pageview that fire it."), "n"),
        opt("goal", tr("goal: the goal's name."), "name"),
        opt("cooldown", tr("Minutes without a second message (default 60)."), "minutes"),
        opt("email", tr("A recipient; repeatable."), "address"),
        opt("webhook", tr("A webhook URL to POST to."), "url"),
        opt("webhook-format", tr("slack (default: {\"text\": …}) or text (plain)."), "format"),
    });
    parser.addOption({QStringLiteral("digest"), tr("goal: one message a day, not one each.")});
    parser.addOption({QStringLiteral("json"), tr("Print the list as JSON.")});
    if (const int code = cmd.parse(args); code >= 0)
        return code;
    const QString action = cmd.action();
    const bool byId = action == QLatin1String("remove") || action == QLatin1String("test");
    if (const int code = byId
            ? cmd.expectArguments(1, 1, tr("alert %1: expected one alert ID").arg(action))
            : cmd.expectArguments(0, 0);
        code >= 0)
        return code;
    qint64 id = 0;
    if (byId) {
        bool ok = false;
        id = cmd.arguments().at(0).toLongLong(&ok);
        if (!ok || id < 1)
            return cmd.badUsage(tr("'%1' is not an alert ID (see 'alert list')")
                                    .arg(cmd.arguments().at(0)));
    }
    AlertRule rule;
    if (action == QLatin1String("add")) {
        if (!cmd.isSet(QStringLiteral("site")) || !cmd.isSet(QStringLiteral("type")))
            return cmd.badUsage(tr("alert add needs --site DOMAIN and --type spike|drop|goal"));
        const auto kind = AlertRule::parseKind(cmd.value(QStringLiteral("type")));
        if (!kind)
            return cmd.badUsage(tr("--type takes spike, drop or goal, not '%1'")
                                    .arg(cmd.value(QStringLiteral("type"))));
        rule.site = cmd.value(QStringLiteral("site"));
        rule.kind = *kind;
        // A number that is not one is named, not read as 0 ("needs visitors" would mislead).
        QString badNumber;
        const auto number = [&](const QString &option, int *out) {
            if (!cmd.isSet(option) || !badNumber.isEmpty())
                return;
            bool ok = false;
            const int n = cmd.value(option).toInt(&ok);
            if (ok)
                *out = n;
            else
                badNumber = option;
        };
        number(*kind == AlertRule::Kind::Drop ? QStringLiteral("hours") : QStringLiteral("visitors"),
               &rule.threshold);
        number(QStringLiteral("cooldown"), &rule.cooldownMinutes);
        if (!badNumber.isEmpty())
            return cmd.badUsage(tr("--%1 takes a whole number, not '%2'")
                                    .arg(badNumber, cmd.value(badNumber).left(40)));
        rule.goal = cmd.value(QStringLiteral("goal"));
        rule.digest = cmd.isSet(QStringLiteral("digest"));
        rule.email = parser.values(QStringLiteral("email"));
        rule.webhook = cmd.value(QStringLiteral("webhook"));
        if (cmd.isSet(QStringLiteral("webhook-format"))) {
            const auto format = AlertRule::parseFormat(cmd.value(QStringLiteral("webhook-format")));
            if (!format)
                return cmd.badUsage(tr("--webhook-format takes slack or text"));
            rule.format = *format;
        }
        QString why;
        if (!rule.validate(&why))
            return cmd.badUsage(why);
    }
    ServerConfig config;
    if (!cmd.loadConfig(&config))
        return 2;
    SqliteDb db;
    QString error;
    if (!Database::open(&db, config.dataDir, &error))
        return cmd.fail(error);
    AlertRepository alerts(&db);
    if (action == QLatin1String("add")) {
        if (!rule.email.isEmpty() && !config.smtp.isConfigured())
            m_err << tr("Note: no smtp: section in the config yet; e-mail alerts wait for one.")
                  << "\n";
        const auto added = alerts.add(rule, m_clock->nowSecs(), &error);
        if (!added)
            return cmd.fail(error);
        m_out << tr("Added alert %1: %2.").arg(added->id).arg(added->describe()) << "\n";
        return 0;
    }
    if (action == QLatin1String("list")) {
        const QString site = cmd.value(QStringLiteral("site")).trimmed().toLower();
        QList<AlertRule> all;
        for (const AlertRule &r : config.alerts) {
            if (site.isEmpty() || r.site == site)
                all.append(r);
        }
        all += alerts.rules(site);
        if (cmd.isSet(QStringLiteral("json"))) {
            QJsonArray out; // the API's shape, so a script reads both alike
            for (const AlertRule &r : all)
                out.append(AlertsApi::ruleJson(r));
            m_out << QJsonDocument(out).toJson(QJsonDocument::Compact) << "\n";
            return 0;
        }
        if (all.isEmpty()) {
            m_out << tr("No alerts. Add one with 'alert add'.") << "\n";
            return 0;
        }
        QList<QStringList> rows {{tr("ID"), tr("RULE"), tr("COOL-DOWN"), tr("SENDS TO")}};
        for (const AlertRule &r : all)
            rows.append({r.id ? QString::number(r.id) : tr("config"), r.describe(),
                         tr("%1 min").arg(r.cooldownMinutes), channels(r)});
        cli::printTable(m_out, rows);
        return 0;
    }
    const auto found = alerts.find(id);
    if (!found)
        return cmd.fail(tr("no alert %1 (see 'alert list')").arg(id));
    if (action == QLatin1String("remove")) {
        if (!alerts.remove(id, &error))
            return cmd.fail(error);
        m_out << tr("Removed alert %1: %2.").arg(id).arg(found->describe()) << "\n";
        return 0;
    }
    report::AlertNotifier notifier(config.smtp);
    QStringList failures;
    const bool delivered
        = notifier.deliver(*found, report::AlertNotifier::testText(*found), &failures);
    for (const QString &f : failures)
        m_err << tr("not sent: %1").arg(f) << "\n";
    if (!delivered)
        return cmd.fail(tr("the test message reached no channel"));
    m_out << tr("Sent a test of alert %1 (%2).").arg(id).arg(channels(*found)) << "\n";
    return 0;
}

} // namespace raycstr

#include "reportcli.h"

#include "command.h"
#include "core/clock.h"
#include "report/reportmailer.h"
#include "report/reportrenderer.h"
#include "store/database.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>

namespace raycstr {

ReportCli::ReportCli(const Clock *clock, QTextStream &out, QTextStream &err)
    : m_clock(clock)
    , m_out(out)
    , m_err(err)
{ }

void ReportCli::printUsage(QTextStream &s)
{
    s << tr("  report send --site DOMAIN --to ADDRESS [--period week|month]\n"
            "                        E-mail a report now (tests the smtp: settings).\n"
            "  report preview --site DOMAIN --out FILE.html [--period week|month]\n"
            "                        Write a report's HTML to a file.\n");
}

int ReportCli::run(const QStringList &args)
{
    cli::Command cmd(QStringLiteral("report"), {QStringLiteral("send"), QStringLiteral("preview")},
                     m_out, m_err);
    cmd.setDescription(tr("E-mail reports: the last complete week (Monday to Sunday) or month "
                          "of a site, in its time zone, as the scheduled reports send them."));
    const auto opt = [](const char *name, const QString &help, const char *value) {
        return QCommandLineOption(QLatin1String(name), help, QLatin1String(value));
    };
    cmd.parser().addOptions({
        opt("site", tr("The site (its domain)."), "domain"),
        opt("to", tr("A recipient (send); repeatable."), "address"),
        opt("out", tr("The HTML file to write (preview)."), "file"),
        opt("period", tr("week (default) or month."), "period"),
        opt("language", tr("The report's language: en (default), de, fr or es."), "code"),
    });
    if (const int code = cmd.parse(args); code >= 0)
        return code;
    if (const int code = cmd.expectArguments(0, 0); code >= 0)
        return code;
    const bool send = cmd.action() == QLatin1String("send");
    if (!cmd.isSet(QStringLiteral("site")))
        return cmd.badUsage(tr("report %1 needs --site DOMAIN").arg(cmd.action()));
    const QStringList to = cmd.parser().values(QStringLiteral("to"));
    if (send && to.isEmpty())
        return cmd.badUsage(tr("report send needs --to ADDRESS"));
    for (const QString &address : to) {
        if (!MailMessage::isValidAddress(address))
            return cmd.badUsage(tr("'%1' is not an e-mail address").arg(address));
    }
    if (!send && !cmd.isSet(QStringLiteral("out")))
        return cmd.badUsage(tr("report preview needs --out FILE.html"));
    const QString periodText = cmd.isSet(QStringLiteral("period"))
        ? cmd.value(QStringLiteral("period"))
        : QStringLiteral("week");
    const auto cadence = report::ReportPeriod::parseCadence(periodText);
    if (!cadence)
        return cmd.badUsage(tr("--period takes week or month, not '%1'").arg(periodText));
    ServerConfig config;
    if (!cmd.loadConfig(&config))
        return 2;
    if (send && !config.smtp.isConfigured())
        return cmd.fail(tr("no smtp: section in the config (see README, \"Email reports\"); "
                           "pass it with --config FILE"));

    QString error;
    query::QueryEngine engine(Database::pathIn(config.dataDir), m_clock);
    if (!engine.open(&error))
        return cmd.fail(error);
    const auto site = engine.site(cmd.value(QStringLiteral("site")), &error);
    if (!site)
        return cmd.fail(tr("no site %1 (see 'site list')").arg(cmd.value(QStringLiteral("site"))));
    const QDate today
        = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs(), QTimeZone(site->timeZone.toUtf8()))
              .date();
    const auto period = report::ReportPeriod::lastComplete(*cadence, today);
    query::QueryError failure;
    const auto data = report::buildReport(engine, *site, period, &failure);
    if (!data)
        return cmd.fail(failure.message);
    const QString language = cmd.value(QStringLiteral("language"));
    if (!send) {
        const QString out = cmd.value(QStringLiteral("out"));
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return cmd.fail(tr("cannot write %1: %2").arg(out, file.errorString()));
        file.write(report::ReportRenderer(language).html(*data).toUtf8());
        if (!file.flush())
            return cmd.fail(tr("cannot write %1: %2").arg(out, file.errorString()));
        m_out << tr("Wrote the %1 report of %2 to %3.")
                     .arg(report::ReportPeriod::cadenceName(*cadence), site->domain, out)
              << "\n";
        return 0;
    }
    report::ReportMailer mailer(config.smtp);
    SmtpError smtpError;
    if (!mailer.send(*data, language, to, &smtpError))
        return cmd.fail(tr("the report was not sent: %1").arg(smtpError.message));
    m_out << tr("Sent the %1 report of %2 to %3.")
                 .arg(report::ReportPeriod::cadenceName(*cadence), site->domain,
                      to.join(QStringLiteral(", ")))
          << "\n";
    return 0;
}

} // namespace raycstr

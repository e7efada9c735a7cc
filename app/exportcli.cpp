#include "exportcli.h"

#include "api/dashboardexport.h"
#include "api/filtersyntax.h"
#include "command.h"
#include "query/queryengine.h"
#include "store/database.h"

namespace raycstr {

ExportCli::ExportCli(const Clock *clock, QTextStream &out, QTextStream &err)
    : m_clock(clock)
    , m_out(out)
    , m_err(err)
{ }

void ExportCli::printUsage(QTextStream &s)
{
    s << tr("  export --site DOMAIN --out FILE.zip [--period 30d] [--filter F]\n"
            "                        The reports as CSV files in Plausible's export layout.\n");
}

int ExportCli::run(const QStringList &args)
{
    cli::Command cmd(QStringLiteral("export"), {}, m_out, m_err);
    cmd.setDescription(tr("Write a site's reports as the CSV files of Plausible's export "
                          "(imported_visitors, imported_sources, imported_pages, …), one row "
                          "per day and value, into a zip archive. Runs while the server runs."));
    const auto opt = [](const char *name, const QString &help, const char *value) {
        return QCommandLineOption(QLatin1String(name), help, QLatin1String(value));
    };
    cmd.parser().addOptions({
        opt("site", tr("The site (its domain)."), "domain"),
        opt("out", tr("The zip file to write."), "file"),
        opt("period",
            tr("day, 7d, 30d (default), 90d, month, 12mo or custom (with --from and "
               "--to)."),
            "period"),
        opt("date", tr("The reference day (YYYY-MM-DD) for day, month and the last-N periods."),
            "date"),
        opt("from", tr("First day of a custom period."), "date"),
        opt("to", tr("Last day of a custom period."), "date"),
        opt("filter", tr("A filter as the stats API takes it (page*=/blog/**); repeatable."),
            "filter"),
        opt("events",
            tr("Add the period's raw events as csv or ndjson (no IPs, no "
               "User-Agents, no visitor hashes: none are stored)."),
            "format"),
    });
    if (const int code = cmd.parse(args); code >= 0)
        return code;
    if (const int code = cmd.expectArguments(0, 0); code >= 0)
        return code;
    if (!cmd.isSet(QStringLiteral("site")) || !cmd.isSet(QStringLiteral("out")))
        return cmd.badUsage(tr("export needs --site DOMAIN and --out FILE.zip"));
    QString error;
    const auto period = query::Period::parse(
        cmd.isSet(QStringLiteral("period")) ? cmd.value(QStringLiteral("period"))
                                            : QStringLiteral("30d"),
        cmd.value(QStringLiteral("date")), cmd.value(QStringLiteral("from")),
        cmd.value(QStringLiteral("to")), &error);
    if (!period)
        return cmd.badUsage(error);
    QList<query::Filter> filters;
    for (const QString &text : cmd.parser().values(QStringLiteral("filter"))) {
        const auto f = FilterSyntax::parse(text, &error);
        if (!f)
            return cmd.badUsage(error);
        filters.append(*f);
    }
    const QString events = cmd.value(QStringLiteral("events"));
    if (cmd.isSet(QStringLiteral("events")) && !DashboardExport::isEventFormat(events))
        return cmd.badUsage(tr("--events takes csv or ndjson, not '%1'").arg(events));
    QString dir;
    if (!cmd.dataDir(&dir))
        return 2;
    query::QueryEngine engine(Database::pathIn(dir), m_clock);
    if (!engine.open(&error))
        return cmd.fail(error);
    const auto site = engine.site(cmd.value(QStringLiteral("site")), &error);
    if (!site)
        return cmd.fail(tr("no site %1 (see 'site list')").arg(cmd.value(QStringLiteral("site"))));
    DashboardExport::Request request {*site, *period, filters, events};
    const auto result = DashboardExport(&engine, dir, m_clock).run(request, &error);
    if (!result)
        return cmd.fail(error);
    const QString out = cmd.value(QStringLiteral("out"));
    if (!DashboardExport::save(out, result->zip, &error))
        return cmd.fail(error);
    for (const PlausibleExport::File &f : result->files)
        m_out << "  " << f.name << "  " << tr("%n row(s)", nullptr, int(f.rows)) << "\n";
    m_out << tr("Exported %1 to %2.").arg(site->domain, out) << "\n";
    return 0;
}

} // namespace raycstr

#include "goalcli.h"

#include "command.h"
#include "core/clock.h"
#include "core/funnelyaml.h"
#include "store/database.h"
#include "store/goalrepository.h"
#include "store/sites.h"
#include "store/sqlitedb.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace raycstr {

namespace {

using cli::appName;

QCommandLineOption siteOption()
{
    return {QStringLiteral("site"),
            GoalCli::tr("The site (its domain); may be left out when there is only one."),
            QStringLiteral("domain")};
}

QString describe(const Matcher &m)
{
    return m.kind == Matcher::Kind::Event ? GoalCli::tr("event %1").arg(m.value)
                                          : GoalCli::tr("page %1").arg(m.value);
}

} // namespace

GoalCli::GoalCli(const Clock *clock, QTextStream &out, QTextStream &err)
    : m_clock(clock)
    , m_out(out)
    , m_err(err)
{ }

bool GoalCli::handles(const QString &command)
{
    return command == QLatin1String("goal") || command == QLatin1String("funnel");
}

void GoalCli::printUsage(QTextStream &s)
{
    s << tr("  goal add --event NAME | --page PATTERN   Count conversions of a custom event or of\n"
            "                        pageviews matching /blog/* (one segment) or /docs/** (any).\n"
            "  goal list | goal remove ID|NAME\n"
            "  funnel add --file FUNNEL.yaml   Save a funnel (the YAML form; see README).\n"
            "  funnel list | show ID|NAME | remove ID|NAME\n"
            "                        Goal and funnel commands take --site DOMAIN.\n");
}

int GoalCli::run(const QString &command, const QStringList &args)
{
    return command == QLatin1String("goal") ? goal(args) : funnel(args);
}

int GoalCli::open(const cli::Command &cmd, SqliteDb *db, Site *site)
{
    QString dir;
    if (!cmd.dataDir(&dir))
        return 2;
    QString error;
    if (!Database::open(db, dir, &error))
        return cmd.fail(error);
    SiteRepository sites(db);
    if (cmd.isSet(QStringLiteral("site"))) {
        const QString domain = cmd.value(QStringLiteral("site"));
        const auto found = sites.find(domain);
        if (!found)
            return cmd.fail(tr("no site %1 (see 'site list')").arg(domain.trimmed().toLower()));
        *site = *found;
        return -1;
    }
    const QList<Site> all = sites.list();
    if (all.size() != 1)
        return cmd.badUsage(all.isEmpty()
                            ? tr("no sites yet: add one with 'site add DOMAIN'")
                            : tr("which site? give --site DOMAIN (there are %1)").arg(all.size()));
    *site = all.first();
    return -1;
}

int GoalCli::goal(const QStringList &args)
{
    cli::Command cmd(QStringLiteral("goal"),
                     {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove")},
                     m_out, m_err, tr("add, list or remove"));
    QCommandLineParser &parser = cmd.parser();
    cmd.setDescription(
        tr("Manage a site's goals: conversions of a custom event, or of pageviews whose path "
           "matches a pattern.\n\n"
           "  add (--event NAME | --page PATTERN) [--name TEXT]   add a goal\n"
           "  list [--json]                                       list goals\n"
           "  remove ID|NAME                                      remove a goal"));
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, list or remove"));
    parser.addPositionalArgument(QStringLiteral("goal"), tr("ID or name (remove)"),
                                 QStringLiteral("[goal]"));
    parser.addOption(siteOption());
    parser.addOption(
        {QStringLiteral("event"), tr("A custom event's name."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("page"), tr("A path pattern: /pricing, /blog/* or /docs/**."),
                      QStringLiteral("pattern")});
    parser.addOption({QStringLiteral("name"),
                      tr("What reports call it (default: the event or pattern)."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("json"), tr("Print the list as JSON.")});
    if (const int code = cmd.parse(args); code >= 0)
        return code;
    const QString action = cmd.action();
    const bool remove = action == QLatin1String("remove");
    if (const int code
        = remove ? cmd.expectArguments(1, 1, tr("goal remove: expected one goal ID or name"))
                 : cmd.expectArguments(0, 0);
        code >= 0)
        return code;
    const bool event = cmd.isSet(QStringLiteral("event"));
    const bool page = cmd.isSet(QStringLiteral("page"));
    if (action == QLatin1String("add") && event == page)
        return cmd.badUsage(tr("goal add: give --event NAME or --page PATTERN"));
    SqliteDb db;
    Site site;
    if (const int code = open(cmd, &db, &site); code >= 0)
        return code;
    GoalRepository goals(&db);
    QString error;
    if (action == QLatin1String("add")) {
        const Matcher match {
            event ? Matcher::Kind::Event : Matcher::Kind::Page,
            cmd.value(event ? QStringLiteral("event") : QStringLiteral("page")).trimmed()};
        const auto g = goals.addGoal(site.id, cmd.value(QStringLiteral("name")), match,
                                     m_clock->nowSecs(), &error);
        if (!g)
            return cmd.fail(error);
        m_out << tr("Added goal %1 \"%2\" (%3) to %4.\n")
                     .arg(QString::number(g->id), g->name, describe(g->match), site.domain);
        return 0;
    }
    if (action == QLatin1String("list")) {
        const QList<Goal> all = goals.goals(site.id);
        if (cmd.isSet(QStringLiteral("json"))) {
            QJsonArray out;
            for (const Goal &g : all)
                out.append(
                    QJsonObject {{QStringLiteral("id"), double(g.id)},
                                 {QStringLiteral("name"), g.name},
                                 {g.match.kind == Matcher::Kind::Event ? QStringLiteral("event")
                                                                       : QStringLiteral("page"),
                                  g.match.value}});
            m_out << QJsonDocument(out).toJson(QJsonDocument::Compact) << "\n";
            return 0;
        }
        if (all.isEmpty()) {
            m_out << tr("No goals on %1. Add one with '%2 goal add --event NAME' or "
                        "'--page /path'.\n")
                         .arg(site.domain, appName());
            return 0;
        }
        QList<QStringList> rows {{tr("ID"), tr("NAME"), tr("COUNTS")}};
        for (const Goal &g : all)
            rows.append({QString::number(g.id), g.name, describe(g.match)});
        cli::printTable(m_out, rows);
        return 0;
    }
    const QString which = cmd.arguments().at(0);
    const auto g = goals.findGoal(site.id, which);
    if (!g)
        return cmd.fail(tr("no goal '%1' on %2 (see 'goal list')").arg(which, site.domain));
    if (!goals.removeGoal(site.id, g->id, &error))
        return cmd.fail(error);
    m_out << tr("Removed goal %1 \"%2\".\n").arg(QString::number(g->id), g->name);
    return 0;
}

int GoalCli::funnel(const QStringList &args)
{
    cli::Command cmd(QStringLiteral("funnel"),
                     {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("show"),
                      QStringLiteral("remove")},
                     m_out, m_err, tr("add, list, show or remove"));
    QCommandLineParser &parser = cmd.parser();
    cmd.setDescription(
        tr("Manage a site's funnels: 2-8 steps (a path pattern or a custom event) matched in "
           "order within one visit.\n\n"
           "  add --file FILE [--name TEXT] [--replace]   save the YAML form (- for stdin)\n"
           "  list [--json]                               list funnels\n"
           "  show ID|NAME [--json]                       print one as YAML (or JSON)\n"
           "  remove ID|NAME                              remove one\n\n"
           "The file:\n"
           "  name: Sign-up flow\n"
           "  funnel:\n"
           "    - step: /\n"
           "      name: homepage\n"
           "    - step: /pricing\n"
           "    - event: Signup"));
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, list, show or remove"));
    parser.addPositionalArgument(QStringLiteral("funnel"), tr("ID or name (show, remove)"),
                                 QStringLiteral("[funnel]"));
    parser.addOption(siteOption());
    parser.addOption({QStringLiteral("file"), tr("The funnel's YAML file (- for stdin)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("name"),
                      tr("The funnel's name when the file has none (or to rename)."),
                      QStringLiteral("text")});
    parser.addOption(
        {QStringLiteral("replace"), tr("Overwrite a funnel of the same name (keeps its id).")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (const int code = cmd.parse(args); code >= 0)
        return code;
    const QString action = cmd.action();
    const bool named = action == QLatin1String("show") || action == QLatin1String("remove");
    if (const int code = named ? cmd.expectArguments(
                             1, 1, tr("funnel %1: expected one funnel ID or name").arg(action))
                               : cmd.expectArguments(0, 0);
        code >= 0)
        return code;
    if (action == QLatin1String("add") && !cmd.isSet(QStringLiteral("file")))
        return cmd.badUsage(tr("funnel add: give --file FUNNEL.yaml (or --file - for stdin)"));

    // Read the file before touching the database: a typo in it changes nothing.
    Funnel parsed;
    if (action == QLatin1String("add")) {
        const QString path = cmd.value(QStringLiteral("file"));
        QFile file;
        const bool opened = path == QLatin1String("-")
            ? file.open(stdin, QIODevice::ReadOnly)
            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened)
            return cmd.fail(tr("cannot read %1: %2").arg(path, file.errorString()));
        QString error;
        const auto f = FunnelYaml::parse(file.readAll(), &error);
        if (!f)
            return cmd.fail(QStringLiteral("%1: %2").arg(
                path == QLatin1String("-") ? tr("stdin") : path, error));
        parsed = *f;
        if (cmd.isSet(QStringLiteral("name")))
            parsed.name = cmd.value(QStringLiteral("name"));
        // A file without 'name:' (the seed's own form) is named after the file:
        // signup-flow.yaml → "signup-flow". Only stdin has no name to fall back on.
        if (parsed.name.trimmed().isEmpty() && path != QLatin1String("-"))
            parsed.name = QFileInfo(path).completeBaseName();
        if (parsed.name.trimmed().isEmpty())
            return cmd.badUsage(tr("%1 has no 'name:'; give one with --name").arg(tr("stdin")));
    }
    SqliteDb db;
    Site site;
    if (const int code = open(cmd, &db, &site); code >= 0)
        return code;
    GoalRepository funnels(&db);
    QString error;
    if (action == QLatin1String("add")) {
        const auto saved = funnels.saveFunnel(
            site.id, parsed, cmd.isSet(QStringLiteral("replace")), m_clock->nowSecs(), &error);
        if (!saved)
            // The repository's messages are English (the HTTP API shares them).
            return cmd.fail(error.contains(QLatin1String("already exists"))
                            ? error + QLatin1Char(' ') + tr("(use --replace to overwrite it)")
                            : error);
        m_out << tr("Saved funnel %1 \"%2\" (%3 steps) on %4.\n")
                     .arg(QString::number(saved->id), saved->name,
                          QString::number(saved->steps.size()), site.domain);
        return 0;
    }
    if (action == QLatin1String("list")) {
        const QList<Funnel> all = funnels.funnels(site.id);
        if (cmd.isSet(QStringLiteral("json"))) {
            QJsonArray out;
            for (const Funnel &f : all)
                out.append(QJsonObject {
                    {QStringLiteral("id"), double(f.id)},
                    {QStringLiteral("name"), f.name},
                    {QStringLiteral("steps"),
                     QJsonDocument::fromJson(GoalRepository::stepsToJson(f.steps)).array()}});
            m_out << QJsonDocument(out).toJson(QJsonDocument::Compact) << "\n";
            return 0;
        }
        if (all.isEmpty()) {
            m_out << tr("No funnels on %1. Add one with '%2 funnel add --file FUNNEL.yaml'.\n")
                         .arg(site.domain, appName());
            return 0;
        }
        QList<QStringList> rows {{tr("ID"), tr("NAME"), tr("STEPS")}};
        for (const Funnel &f : all) {
            QStringList steps;
            for (const FunnelStep &s : f.steps)
                steps.append(s.match.kind == Matcher::Kind::Event
                                 ? QStringLiteral("event:") + s.match.value
                                 : s.match.value);
            rows.append({QString::number(f.id), f.name, steps.join(QStringLiteral(" → "))});
        }
        cli::printTable(m_out, rows);
        return 0;
    }
    const QString which = cmd.arguments().at(0);
    const auto f = funnels.findFunnel(site.id, which);
    if (!f)
        return cmd.fail(tr("no funnel '%1' on %2 (see 'funnel list')").arg(which, site.domain));
    if (action == QLatin1String("show")) {
        if (cmd.isSet(QStringLiteral("json")))
            m_out << QJsonDocument(QJsonObject {{QStringLiteral("id"), double(f->id)},
                                                {QStringLiteral("name"), f->name},
                                                {QStringLiteral("steps"),
                                                 QJsonDocument::fromJson(
                                                     GoalRepository::stepsToJson(f->steps))
                                                     .array()}})
                         .toJson(QJsonDocument::Compact)
                  << "\n";
        else
            m_out << QString::fromUtf8(FunnelYaml::write(*f));
        return 0;
    }
    if (!funnels.removeFunnel(site.id, f->id, &error))
        return cmd.fail(error);
    m_out << tr("Removed funnel %1 \"%2\".\n").arg(QString::number(f->id), f->name);
    return 0;
}

} // namespace raycstr

#include "servercli.h"

#include "alertcli.h"
#include "authcli.h"
#include "backupcli.h"
#include "command.h"
#include "core/clock.h"
#include "core/config.h"
#include "engine/ingestengine.h"
#include "exportcli.h"
#include "goalcli.h"
#include "importcli.h"
#include "migratecli.h"
#include "reportcli.h"
#include "signalwatcher.h"
#include "stack/serverstack.h"
#include "store/database.h"
#include "store/sites.h"
#include "store/storelocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace raycstr {

namespace {
const QString AppName = cli::appName();
} // namespace

ServerCli::ServerCli(const Clock *clock, QTextStream &out, QTextStream &err)
    : m_clock(clock)
    , m_out(out)
    , m_err(err)
{ }

int ServerCli::usage(int code)
{
    QTextStream &s = code == 0 ? m_out : m_err;
    // One translatable block per paragraph: the columns are aligned inside the text, so a
    // translation can align its own.
    s << tr("Usage: %1 <command> [options]\n\n"
            "RayCstr's headless server: privacy-first web analytics.\n\n"
            "Commands:\n"
            "  serve                 Run the collector (see 'serve --help').\n"
            "  site add DOMAIN       Start tracking a site (the data-domain of your snippet).\n"
            "  site list             List the tracked sites.\n"
            "  site remove DOMAIN    Stop tracking a site and delete its data.\n"
            "  site alias DOMAIN ALIAS\n"
            "                        Let other trackers name the site ALIAS (Umami's website id,\n"
            "                        the host a GoatCounter script posts to).\n"
            "  site unalias ALIAS    Forget an alias.\n")
             .arg(AppName);
    AuthCli::printUsage(s);
    GoalCli::printUsage(s);
    BackupCli::printUsage(s);
    ExportCli::printUsage(s);
    ReportCli::printUsage(s);
    AlertCli::printUsage(s);
    ImportCli::printUsage(s);
    MigrateCli::printUsage(s);
    s << "\n"
      << tr("Every command takes --help, and --lang LANGUAGE (de, fr, es or en; default: the\n"
            "system's language, from LANG or LC_MESSAGES).\n");
    return code;
}

int ServerCli::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usage(2);
    const QString command = arguments.at(1);
    const QStringList rest = QStringList {AppName + QLatin1Char(' ') + command} + arguments.mid(2);
    if (command == QLatin1String("serve"))
        return serve(rest);
    if (command == QLatin1String("site"))
        return site(rest);
    if (AuthCli::handles(command)) {
        AuthCli auth(m_clock, m_out, m_err, m_in);
        auth.setOutputIsTerminal(outputIsTerminal());
        return auth.run(command, rest);
    }
    if (GoalCli::handles(command))
        return GoalCli(m_clock, m_out, m_err).run(command, rest);
    if (BackupCli::handles(command))
        return BackupCli(m_out, m_err).run(command, rest);
    if (ExportCli::handles(command))
        return ExportCli(m_clock, m_out, m_err).run(rest);
    if (ImportCli::handles(command))
        return ImportCli(m_clock, m_out, m_err).run(rest);
    if (MigrateCli::handles(command))
        return MigrateCli(m_out, m_err).run(rest);
    if (ReportCli::handles(command))
        return ReportCli(m_clock, m_out, m_err).run(rest);
    if (AlertCli::handles(command))
        return AlertCli(m_clock, m_out, m_err).run(rest);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help"))
        return usage(0);
    if (command == QLatin1String("--version")) {
        m_out << AppName << " " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    m_err << AppName << ": " << tr("unknown command '%1'").arg(command) << "\n\n";
    return usage(2);
}

bool ServerCli::outputIsTerminal() const
{
    return m_terminal.value_or(AuthCli::stdoutIsTerminal());
}

int ServerCli::serve(const QStringList &args)
{
    cli::Command cmd(QStringLiteral("serve"), {}, m_out, m_err);
    cmd.setDescription(tr("Run the RayCstr collector on the embedded SQLite store (or on "
                          "ClickHouse: --store)."));
    cmd.parser().addOption({QStringLiteral("listen"),
                            tr("Address and port to listen on (default: 127.0.0.1:8080)."),
                            QStringLiteral("host:port")});
    cmd.parser().addOption(
        {QStringLiteral("store"),
         tr("Where events go: sqlite (default) or clickhouse://user@host:8123/database, with "
            "?cluster=NAME for a cluster of shards. The password comes from store_password in the config file or RAYCSTR_STORE_PASSWORD, "
            "never from the command line."),
         QStringLiteral("url")});
    if (const int code = cmd.parse(args); code >= 0)
        return code;
    if (!cmd.arguments().isEmpty())
        return cmd.badUsage(
            tr("serve takes no arguments (got '%1')").arg(cmd.arguments().join(QLatin1Char(' '))));
    ServerConfig config;
    if (!cmd.loadConfig(&config))
        return 2;
    QString error;
    if (cmd.isSet(QStringLiteral("listen"))
        && !ServerConfig::parseListen(cmd.value(QStringLiteral("listen")), &config.listenAddress,
                                      &config.listenPort, &error))
        return cmd.badUsage(error);
    if (cmd.isSet(QStringLiteral("store")))
        config.store = cmd.value(QStringLiteral("store"));
    if (qEnvironmentVariableIsSet("RAYCSTR_STORE_PASSWORD"))
        config.storePassword = qEnvironmentVariable("RAYCSTR_STORE_PASSWORD");
    if (config.geoipDatabase.isEmpty())
        config.geoipDatabase = findGeoIpDatabase();
    if (config.userAgentRegexes.isEmpty())
        config.userAgentRegexes = findUserAgentRegexes();

    const bool terminal = outputIsTerminal();
    ServerStack stack(m_clock);
    const bool started = stack.start(config, &error, [&] {
        return AuthCli(m_clock, m_out, m_err).ensureAdminPassword(config.dataDir, terminal);
    });
    if (!started) {
        if (!error.isEmpty())
            cmd.fail(error);
        return 1;
    }
    config = stack.config(); // the real port when asked for port 0
    // Before the banner: whoever reads it (a test, a supervisor) may send SIGTERM at once,
    // and it must drain, not kill.
    SignalWatcher watcher;
    const QList<Site> sites = stack.sites().sites();
    m_out << tr("RayCstr collecting on http://%1\n"
                "  data:    %2\n"
                "  GeoIP:   %3\n"
                "  sites:   %4\n")
                 .arg(config.listenString(), QDir::toNativeSeparators(config.dataDir),
                      config.geoipDatabase.isEmpty() ? tr("none (countries unknown)")
                                                     : config.geoipDatabase,
                      QString::number(sites.size()));
    if (const auto store = StoreLocation::parse(config.store, &error);
        store && store->isClickHouse())
        m_out << tr("  events:  %1\n").arg(store->toDisplayString());
    if (sites.isEmpty())
        m_out << tr("No sites yet: add one with '%1 site add example.com --data %2'\n")
                     .arg(AppName, config.dataDir);
    // Only someone at a terminal can press it; under systemd this line would sit in the
    // journal as noise.
    if (terminal)
        m_out << tr("Press Ctrl+C to stop.\n");
    m_out.flush();

    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &watcher, [&](int) {
        // Stop taking requests first, then let the writer drain: every hit answered with
        // 2xx is on disk before we exit.
        stack.closeListener();
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    stack.stop();
    const auto c = stack.engine()->counters();
    m_out << tr("Stopped: %1 events stored, %2 bots dropped, %3 hits refused while busy.\n")
                 .arg(c.stored)
                 .arg(c.droppedFor(DropReason::Bot))
                 .arg(c.rejectedBusy);
    return 0;
}

int ServerCli::site(const QStringList &args)
{
    cli::Command cmd(QStringLiteral("site"),
                     {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove"),
                      QStringLiteral("alias"), QStringLiteral("unalias")},
                     m_out, m_err, tr("add, list or remove (or alias, unalias)"));
    cmd.setDescription(
        tr("Manage tracked sites.\n\n"
           "  add DOMAIN [--timezone ZONE] [--alias ALIAS]…\n"
           "                                 start tracking DOMAIN\n"
           "  list [--json]                  list sites (with their aliases)\n"
           "  remove DOMAIN                  stop tracking DOMAIN and delete its data\n"
           "  alias DOMAIN ALIAS             let other trackers name DOMAIN by ALIAS: Umami's\n"
           "                                 data-website-id, or the host (or its first label)\n"
           "                                 a GoatCounter script posts to\n"
           "  unalias ALIAS                  forget an alias"));
    QCommandLineParser &parser = cmd.parser();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("add, list, remove, alias or unalias"));
    parser.addPositionalArgument(QStringLiteral("domain"),
                                 tr("The site's domain, as in data-domain=\"…\"."),
                                 QStringLiteral("[domain]"));
    parser.addPositionalArgument(QStringLiteral("alias"), tr("For alias: the alias."),
                                 QStringLiteral("[alias]"));
    parser.addOption({QStringLiteral("timezone"),
                      tr("IANA time zone that decides where the site's day starts (default: UTC)."),
                      QStringLiteral("zone")});
    parser.addOption({QStringLiteral("json"), tr("Print the list as JSON.")});
    parser.addOption({QStringLiteral("alias"),
                      tr("For add: an alias of the new site (repeatable)."),
                      QStringLiteral("alias")});
    if (const int code = cmd.parse(args); code >= 0)
        return code;
    const QString action = cmd.action();
    // pos.at(1) is the first argument after the action, as in the usage lines above.
    const QStringList pos = QStringList {action} + cmd.arguments();
    const bool needsDomain = action == QLatin1String("add") || action == QLatin1String("remove");
    const bool isAlias = action == QLatin1String("alias");
    const bool isUnalias = action == QLatin1String("unalias");
    if (needsDomain && pos.size() != 2)
        return cmd.badUsage(tr("site %1: expected exactly one DOMAIN").arg(action));
    if (isAlias && pos.size() != 3)
        return cmd.badUsage(tr("site alias: expected DOMAIN and ALIAS"));
    if (isUnalias && pos.size() != 2)
        return cmd.badUsage(tr("site unalias: expected exactly one ALIAS"));
    if (action == QLatin1String("list") && pos.size() != 1)
        return cmd.badUsage(tr("site list takes no DOMAIN"));
    if (cmd.isSet(QStringLiteral("alias")) && action != QLatin1String("add"))
        return cmd.badUsage(tr("site %1: --alias is for 'site add'").arg(action));
    ServerConfig config;
    if (!cmd.loadConfig(&config))
        return 2;

    SqliteDb db;
    QString error;
    if (!Database::open(&db, config.dataDir, &error)) {
        return cmd.fail(error);
    }
    SiteRepository repo(&db);
    if (action == QLatin1String("add")) {
        // The site and its aliases, or nothing: a bad alias must not leave a half-made site.
        Transaction tx(db);
        const auto site = repo.add(pos.at(1), cmd.value(QStringLiteral("timezone")),
                                   m_clock->nowSecs(), &error);
        bool ok = site.has_value();
        for (const QString &alias : cmd.parser().values(QStringLiteral("alias"))) {
            if (ok)
                ok = repo.addAlias(site->domain, alias, m_clock->nowSecs(), &error);
        }
        if (!ok || !tx.commit(&error)) {
            return cmd.fail(error);
        }
        SiteDirectory::stampChange(db.path()); // again, now that it is committed
        m_out << tr("Added %1 (time zone %2).\n"
                    "Add this to your site's <head>:\n")
                     .arg(site->domain, site->timeZone)
              << "  <script defer src=\"https://" << tr("YOUR-RAYCSTR-HOST")
              << "/js/track.js\" data-domain=\"" << site->domain << "\"></script>\n";
        return 0;
    }
    if (action == QLatin1String("list")) {
        const QList<Site> sites = repo.list();
        if (cmd.isSet(QStringLiteral("json"))) {
            m_out << "[";
            for (qsizetype i = 0; i < sites.size(); ++i) {
                const Site &s = sites.at(i);
                m_out << (i ? "," : "") << "{\"domain\":\"" << s.domain << "\",\"timezone\":\""
                      << s.timeZone << "\",\"created_at\":\""
                      << QDateTime::fromSecsSinceEpoch(s.createdAt, QTimeZone::utc())
                             .toString(Qt::ISODate)
                      << "\",\"aliases\":[";
                // Aliases are [a-z0-9._-] (SiteRepository::normalizeAlias): no escaping.
                const QStringList aliases = repo.aliases(s.id);
                for (qsizetype a = 0; a < aliases.size(); ++a)
                    m_out << (a ? "," : "") << "\"" << aliases.at(a) << "\"";
                m_out << "]}";
            }
            m_out << "]\n";
        } else if (sites.isEmpty()) {
            m_out << tr("No sites. Add one with '%1 site add example.com'.\n").arg(AppName);
        } else {
            for (const Site &s : sites) {
                const QStringList aliases = repo.aliases(s.id);
                m_out << s.domain << "\t" << s.timeZone
                      << (aliases.isEmpty()
                              ? QString()
                              : QLatin1Char('\t') + tr("aliases: %1").arg(aliases.join(u' ')))
                      << "\n";
            }
        }
        return 0;
    }
    if (isAlias) {
        if (!repo.addAlias(pos.at(1), pos.at(2), m_clock->nowSecs(), &error)) {
            return cmd.fail(error);
        }
        m_out << tr("Hits that name %1 now count for %2.\n")
                     .arg(pos.at(2).trimmed().toLower(), pos.at(1).trimmed().toLower());
        return 0;
    }
    if (isUnalias) {
        if (!repo.removeAlias(pos.at(1), &error)) {
            return cmd.fail(error);
        }
        m_out << tr("Removed alias %1.\n").arg(pos.at(1).trimmed().toLower());
        return 0;
    }
    const qint64 deleted = repo.remove(pos.at(1), &error);
    if (deleted < 0) {
        return cmd.fail(error);
    }
    // Two sources for English's two forms; each translation carries its language's own.
    const int n = int(std::min<qint64>(deleted, INT_MAX));
    m_out << (n == 1 ? tr("Removed %1 and its %n stored event.\n", nullptr, n)
                     : tr("Removed %1 and its %n stored events.\n", nullptr, n))
                 .arg(pos.at(1).trimmed().toLower());
    return 0;
}

} // namespace raycstr

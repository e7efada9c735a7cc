#include "servercli.h"

#include "api/apiaccess.h"
#include "api/authapi.h"
#include "api/collector.h"
#include "api/httpserver.h"
#include "api/livestream.h"
#include "api/openapi.h"
#include "api/plausibleapi.h"
#include "api/statsapi.h"
#include "auth/loginratelimiter.h"
#include "auth/passwordstore.h"
#include "auth/tokenstore.h"
#include "authcli.h"
#include "clioptions.h"
#include "core/clock.h"
#include "core/config.h"
#include "engine/ingestengine.h"
#include "query/queryengine.h"
#include "signalwatcher.h"
#include "store/database.h"
#include "store/sites.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QTimer>

#include <algorithm>

namespace raycstr {

namespace {
const QString AppName = cli::appName();
using cli::configOption;
using cli::dataOption;
using cli::loadConfig;
using cli::parseArgs;
} // namespace

ServerCli::ServerCli(const Clock *clock, QTextStream &out, QTextStream &err)
    : m_clock(clock)
    , m_out(out)
    , m_err(err)
{ }

int ServerCli::usage(int code)
{
    QTextStream &s = code == 0 ? m_out : m_err;
    s << "Usage: " << AppName << " <command> [options]\n\n"
      << "RayCstr's headless server: privacy-first web analytics.\n\n"
      << "Commands:\n"
      << "  serve                 Run the collector (see 'serve --help').\n"
      << "  site add DOMAIN       Start tracking a site (the data-domain of your snippet).\n"
      << "  site list             List the tracked sites.\n"
      << "  site remove DOMAIN    Stop tracking a site and delete its data.\n";
    AuthCli::printUsage(s);
    s << "\n"
      << "Every command takes --help.\n";
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
    if (AuthCli::handles(command))
        return AuthCli(m_clock, m_out, m_err, m_in).run(command, rest);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help"))
        return usage(0);
    if (command == QLatin1String("--version")) {
        m_out << AppName << " " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    m_err << AppName << ": unknown command '" << command << "'\n\n";
    return usage(2);
}

int ServerCli::serve(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Run the RayCstr collector on the embedded SQLite store."));
    parser.addOption({QStringLiteral("listen"),
                      QStringLiteral("Address and port to listen on (default: 127.0.0.1:8080)."),
                      QStringLiteral("host:port")});
    parser.addOption(dataOption());
    parser.addOption(configOption());
    if (const int code = parseArgs(parser, args, m_out, m_err); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        m_err << AppName << ": serve takes no arguments (got '"
              << parser.positionalArguments().join(QLatin1Char(' ')) << "')\n";
        return 2;
    }
    ServerConfig config;
    if (!loadConfig(parser, &config, m_err))
        return 2;
    QString error;
    if (parser.isSet(QStringLiteral("listen"))
        && !ServerConfig::parseListen(parser.value(QStringLiteral("listen")), &config.listenAddress,
                                      &config.listenPort, &error)) {
        m_err << AppName << ": " << error << "\n";
        return 2;
    }
    if (config.geoipDatabase.isEmpty())
        config.geoipDatabase = findGeoIpDatabase();
    if (config.userAgentRegexes.isEmpty())
        config.userAgentRegexes = findUserAgentRegexes();

    IngestEngine engine(m_clock);
    EngineOptions options;
    options.dataDir = config.dataDir;
    options.geoIpDatabase = config.geoipDatabase;
    options.userAgentRegexes = config.userAgentRegexes;
    options.queueCapacity = size_t(config.queueCapacity);
    options.retentionDays = config.retentionDays;
    if (!engine.start(options, &error)) {
        m_err << AppName << ": " << error << "\n";
        return 1;
    }
    if (!AuthCli(m_clock, m_out, m_err).ensureAdminPassword(config.dataDir)) {
        engine.stop();
        return 1;
    }
    auto fail = [&](const QString &why) {
        m_err << AppName << ": " << why << "\n";
        engine.stop();
        return 1;
    };
    // Keys, share links and the admin password; every API route but ingest needs a key.
    auth::TokenStore tokens(m_clock);
    auth::PasswordStore passwords(m_clock);
    auth::TokenStore liveTokens(m_clock); // used only by the live stream's thread
    if (!tokens.open(config.dataDir, &error) || !passwords.open(config.dataDir, &error)
        || !liveTokens.open(config.dataDir, &error))
        return fail(error);
    // One query engine per thread: the API's on the HTTP thread, the live stream's
    // visitor counter on the stream thread.
    query::QueryEngine queries(config.dataDir, m_clock);
    query::QueryEngine liveQueries(config.dataDir, m_clock);
    if (!queries.open(&error) || !liveQueries.open(&error))
        return fail(error);

    HttpServer http;
    Collector collector(&engine, config);
    collector.registerRoutes(http);
    ApiAccess access(&tokens);
    auth::LoginRateLimiter loginLimiter(m_clock);
    AuthApi authApi(&passwords, &tokens, &loginLimiter);
    authApi.setClientAddress(
        [&collector](const QHttpServerRequest &r) { return collector.clientAddress(r); });
    authApi.registerRoutes(http);
    StatsApi stats(&queries, &access);
    stats.registerRoutes(http);
    PlausibleApi plausible(&queries, &access);
    plausible.registerRoutes(http);
    OpenApi docs;
    docs.registerRoutes(http);
    // Live stream (SSE): GET /api/stream/:site; destroyed before `http`.
    LiveStream live(&engine, &access, [&liveQueries](qint32 siteId) -> std::optional<qint64> {
        QString e;
        return liveQueries.currentVisitors(siteId, StatsApi::LiveWindowSecs, &e);
    });
    // Open streams are closed once their key is revoked or expires; checked on the stream
    // thread, on a key store connection of its own.
    live.setAccessCheck([&liveTokens, this](const auth::Principal &p) {
        if (p.kind == auth::Principal::Kind::ShareLink) {
            const QList<auth::ShareLinkInfo> links = liveTokens.listShareLinks(p.siteId);
            return std::any_of(links.cbegin(), links.cend(), [&p](const auth::ShareLinkInfo &l) {
                return l.id == p.id && l.revokedAt == 0;
            });
        }
        const auto key = liveTokens.key(p.id);
        return key && key->revokedAt == 0
            && (key->expiresAt == 0 || key->expiresAt > m_clock->nowSecs());
    });
    live.registerRoutes(http);
    if (!http.listen(config.listenAddress, config.listenPort, &error))
        return fail(error);

    config.listenPort = http.port(); // the real one when asked for port 0
    const QList<Site> sites = engine.sites().sites();
    m_out << "RayCstr collecting on http://" << config.listenString() << "\n"
          << "  data:    " << QDir::toNativeSeparators(config.dataDir) << "\n"
          << "  GeoIP:   "
          << (config.geoipDatabase.isEmpty() ? QStringLiteral("none (countries unknown)")
                                             : config.geoipDatabase)
          << "\n"
          << "  sites:   " << sites.size() << "\n";
    if (sites.isEmpty())
        m_out << "No sites yet: add one with '" << AppName << " site add example.com --data "
              << config.dataDir << "'\n";
    m_out << "Press Ctrl+C to stop.\n";
    m_out.flush();

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &http, [&](int) {
        // Stop taking requests first, then let the writer drain: every hit answered with
        // 2xx is on disk before we exit.
        http.close();
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    engine.stop();
    const auto c = engine.counters();
    m_out << "Stopped: " << c.stored << " events stored, " << c.droppedBots << " bots dropped, "
          << c.rejectedBusy << " hits refused while busy.\n";
    return 0;
}

int ServerCli::site(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Manage tracked sites.\n\n"
        "  add DOMAIN [--timezone ZONE]   start tracking DOMAIN\n"
        "  list [--json]                  list sites\n"
        "  remove DOMAIN                  stop tracking DOMAIN and delete its data"));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add, list or remove"));
    parser.addPositionalArgument(QStringLiteral("domain"),
                                 QStringLiteral("The site's domain, as in data-domain=\"…\"."),
                                 QStringLiteral("[domain]"));
    parser.addOption(
        {QStringLiteral("timezone"),
         QStringLiteral("IANA time zone that decides where the site's day starts (default: UTC)."),
         QStringLiteral("zone")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the list as JSON.")});
    parser.addOption(dataOption());
    parser.addOption(configOption());
    if (const int code = parseArgs(parser, args, m_out, m_err); code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const bool needsDomain = action == QLatin1String("add") || action == QLatin1String("remove");
    if (action.isEmpty() || (!needsDomain && action != QLatin1String("list"))) {
        m_err << AppName << ": site: expected add, list or remove"
              << (action.isEmpty() ? QString() : QStringLiteral(" (got '%1')").arg(action)) << "\n";
        return 2;
    }
    if (needsDomain && pos.size() != 2) {
        m_err << AppName << ": site " << action << ": expected exactly one DOMAIN\n";
        return 2;
    }
    if (!needsDomain && pos.size() != 1) {
        m_err << AppName << ": site list takes no DOMAIN\n";
        return 2;
    }
    ServerConfig config;
    if (!loadConfig(parser, &config, m_err))
        return 2;

    SqliteDb db;
    QString error;
    if (!Database::open(&db, config.dataDir, &error)) {
        m_err << AppName << ": " << error << "\n";
        return 1;
    }
    SiteRepository repo(&db);
    if (action == QLatin1String("add")) {
        const auto site = repo.add(pos.at(1), parser.value(QStringLiteral("timezone")),
                                   m_clock->nowSecs(), &error);
        if (!site) {
            m_err << AppName << ": " << error << "\n";
            return 1;
        }
        m_out << "Added " << site->domain << " (time zone " << site->timeZone << ").\n"
              << "Add this to your site's <head>:\n"
              << "  <script defer src=\"https://YOUR-RAYCSTR-HOST/js/track.js\" data-domain=\""
              << site->domain << "\"></script>\n";
        return 0;
    }
    if (action == QLatin1String("list")) {
        const QList<Site> sites = repo.list();
        if (parser.isSet(QStringLiteral("json"))) {
            m_out << "[";
            for (qsizetype i = 0; i < sites.size(); ++i) {
                const Site &s = sites.at(i);
                m_out << (i ? "," : "") << "{\"domain\":\"" << s.domain << "\",\"timezone\":\""
                      << s.timeZone << "\",\"created_at\":\""
                      << QDateTime::fromSecsSinceEpoch(s.createdAt, QTimeZone::utc())
                             .toString(Qt::ISODate)
                      << "\"}";
            }
            m_out << "]\n";
        } else if (sites.isEmpty()) {
            m_out << "No sites. Add one with '" << AppName << " site add example.com'.\n";
        } else {
            for (const Site &s : sites)
                m_out << s.domain << "\t" << s.timeZone << "\n";
        }
        return 0;
    }
    const qint64 deleted = repo.remove(pos.at(1), &error);
    if (deleted < 0) {
        m_err << AppName << ": " << error << "\n";
        return 1;
    }
    m_out << "Removed " << pos.at(1).trimmed().toLower() << " and its " << deleted
          << " stored events.\n";
    return 0;
}

} // namespace raycstr

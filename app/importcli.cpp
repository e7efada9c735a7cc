#include "importcli.h"

#include "cancelonsignal.h"
#include "command.h"
#include "core/clock.h"
#include "core/config.h"
#include "core/sitetime.h"
#include "import/aggregateimporter.h"
#include "import/importer.h"
#include "import/importjob.h"
#include "import/importrepository.h"
#include "import/plausibleapiclient.h"
#include "import/plausibleapireader.h"
#include "progressprinter.h"
#include "store/database.h"
#include "store/datadirlock.h"
#include "store/sites.h"
#include "store/sqlitedb.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace raycstr {

namespace {

QString dayText(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate);
}

QString skippedText(const ImportRun &run)
{
    QStringList parts;
    for (auto it = run.skipped.cbegin(); it != run.skipped.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QStringList ImportCli::sources()
{
    return ImportJob::sources();
}

bool ImportCli::isAggregateSource(const QString &source)
{
    return ImportJob::isAggregateSource(source);
}

ImportCli::ImportCli(const Clock *clock, QTextStream &out, QTextStream &err)
    : m_clock(clock)
    , m_out(out)
    , m_err(err)
{ }

void ImportCli::printUsage(QTextStream &s)
{
    s << tr("  import --from access-log|goatcounter|plausible|google-analytics|ga4-bigquery\n"
            "         --site DOMAIN FILE...\n"
            "  import --from umami --database postgres://USER@HOST:PORT/DB --site DOMAIN\n"
            "                        Import history (server stopped); see 'import --help'.\n"
            "  import list | import undo ID\n");
}

int ImportCli::run(const QStringList &args)
{
    cli::Command cmd(QStringLiteral("import"), {}, m_out, m_err);
    cmd.setDescription(
        tr("Import history into a site, through the same privacy pipeline as live hits.\n\n"
           "  --from access-log --site DOMAIN [--log-format F] FILE...\n"
           "      nginx/Apache logs (combined, common or an nginx log_format), plain or .gz\n"
           "  --from goatcounter --site DOMAIN EXPORT.csv\n"
           "      GoatCounter's CSV export (format version 2)\n"
           "  --from plausible --site DOMAIN EXPORT.zip|FOLDER\n"
           "      Plausible's CSV export (daily aggregates, merged into the reports)\n"
           "  --from plausible --site DOMAIN --url https://plausible.io [--from-date D]\n"
           "      [--to-date D]   Plausible's Stats API (v2, else v1), a day at a time; the\n"
           "      key from --api-key-file F or RAYCSTR_PLAUSIBLE_API_KEY (--api-key KEY\n"
           "      works too, but other users see it in ps)\n"
           "  --from google-analytics --site DOMAIN REPORT.json|FOLDER|ZIP...\n"
           "      GA4 Data API reports (runReport JSON; daily aggregates)\n"
           "  --from ga4-bigquery --site DOMAIN EVENTS.ndjson[.gz]...\n"
           "      GA4's BigQuery export as newline-delimited JSON (raw events)\n"
           "  --from umami --database postgres://USER@HOST:PORT/DB --site DOMAIN [--website ID]\n"
           "      Umami's PostgreSQL database, read-only (raw events); the password from\n"
           "      PGPASSWORD or ~/.pgpass, never on the command line\n"
           "  list [--site DOMAIN] [--json]   the imports and what they wrote\n"
           "  undo ID                         remove an import's events and days\n\n"
           "Days that already hold data are left out (cut-over), and so is today. The same "
           "files again replace the earlier import; after Ctrl+C the same command finishes "
           "the run. The server must be stopped while importing."));
    QCommandLineParser &parser = cmd.parser();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Files to import, or list / undo."),
                                 QStringLiteral("FILE...|list|undo ID"));
    parser.addOption({QStringLiteral("from"),
                      tr("The source: access-log, goatcounter, plausible, google-analytics, "
                         "ga4-bigquery or umami."),
                      QStringLiteral("source")});
    parser.addOption(
        {QStringLiteral("site"), tr("The site (its domain)."), QStringLiteral("domain")});
    parser.addOption({QStringLiteral("log-format"),
                      tr("Access logs: combined (default), common, or an nginx log_format "
                         "string."),
                      QStringLiteral("format")});
    parser.addOption({QStringLiteral("database"),
                      tr("Umami: its PostgreSQL database, postgres://USER@HOST:PORT/DB (no "
                         "password: PGPASSWORD or ~/.pgpass)."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("website"),
                      tr("Umami: the website's ID (default: the one with the site's domain)."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("json"), tr("import list: print JSON.")});
    parser.addOption({QStringLiteral("url"),
                      tr("Plausible's Stats API: the server's address (https://plausible.io "
                         "or your own)."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("api-key"),
                      tr("Plausible's Stats API key (visible in ps: prefer --api-key-file "
                         "or RAYCSTR_PLAUSIBLE_API_KEY)."),
                      QStringLiteral("key")});
    parser.addOption({QStringLiteral("api-key-file"),
                      tr("A file holding Plausible's Stats API key."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("from-date"),
                      tr("Plausible's Stats API: the first day (default 2019-01-01)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("to-date"),
                      tr("Plausible's Stats API: the last day (default yesterday)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("api"),
                      tr("Plausible's Stats API version: v2 or v1 (default: v2 where the "
                         "server has it)."),
                      QStringLiteral("version")});
    parser.addOption({QStringLiteral("requests-per-hour"),
                      tr("Plausible's Stats API: at most N requests an hour (default 600, "
                         "Plausible's limit; 0: no pacing)."),
                      QStringLiteral("n")});
    if (const int code = cmd.parse(args); code >= 0)
        return code;
    QStringList rest = cmd.arguments();
    const QString action = rest.isEmpty() ? QString() : rest.first();
    const bool list = action == QLatin1String("list");
    const bool undo = action == QLatin1String("undo");
    if (list && rest.size() != 1)
        return cmd.badUsage(tr("import list takes no arguments"));
    if (undo && rest.size() != 2)
        return cmd.badUsage(tr("import undo: expected one import ID"));
    const QString source = cmd.value(QStringLiteral("from"));
    const bool api = source == QLatin1String("plausible") && cmd.isSet(QStringLiteral("url"));
    if (!list && !undo && api) {
        if (!rest.isEmpty())
            return cmd.badUsage(tr("import --from plausible --url pulls from the Stats API: "
                                   "give no files"));
        if (!cmd.isSet(QStringLiteral("site")))
            return cmd.badUsage(tr("import: give --site DOMAIN"));
    } else if (!list && !undo) {
        if (!sources().contains(source))
            return cmd.badUsage(tr("import: give --from %1").arg(sources().join(u", ")));
        const bool umami = source == QLatin1String("umami");
        if (umami && !rest.isEmpty())
            return cmd.badUsage(tr("import --from umami reads a database, not files: give "
                                   "--database postgres://USER@HOST:PORT/DB"));
        if (umami && !cmd.isSet(QStringLiteral("database")))
            return cmd.badUsage(tr("import --from umami: give --database "
                                   "postgres://USER@HOST:PORT/DB"));
        if (!umami && rest.isEmpty())
            return cmd.badUsage(tr("import: which files?"));
        if (!cmd.isSet(QStringLiteral("site")))
            return cmd.badUsage(tr("import: give --site DOMAIN"));
        if (source == QLatin1String("goatcounter") && rest.size() != 1)
            return cmd.badUsage(tr("import --from goatcounter takes one export file"));
        if (source == QLatin1String("plausible") && rest.size() != 1)
            return cmd.badUsage(tr("import --from plausible takes one export (zip or folder)"));
    }

    ServerConfig config;
    if (!cmd.loadConfig(&config))
        return 2;
    // Imports and undos write days at a time: no server may write beside them.
    DataDirLock lock;
    QString error;
    if (!list && !lock.acquire(config.dataDir, &error))
        return cmd.fail(tr("%1\nStop the server first: an import needs the data directory "
                           "to itself.")
                            .arg(error));
    SqliteDb db;
    if (!Database::open(&db, config.dataDir, &error))
        return cmd.fail(error);
    SiteRepository sites(&db);
    std::optional<Site> site;
    if (cmd.isSet(QStringLiteral("site"))) {
        site = sites.find(cmd.value(QStringLiteral("site")));
        if (!site)
            return cmd.fail(tr("no site %1 (see 'site list'; add it with 'site add')")
                                .arg(cmd.value(QStringLiteral("site")).trimmed().toLower()));
    }
    ImportRepository imports(&db);

    if (list) {
        const QList<ImportRun> runs = imports.list(site ? site->id : 0);
        if (cmd.isSet(QStringLiteral("json"))) {
            QJsonArray all;
            for (const ImportRun &r : runs) {
                QJsonObject skipped;
                for (auto it = r.skipped.cbegin(); it != r.skipped.cend(); ++it)
                    skipped.insert(it.key(), it.value());
                all.append(QJsonObject {
                    {QStringLiteral("id"), r.id},
                    {QStringLiteral("site_id"), r.siteId},
                    {QStringLiteral("source"), r.source},
                    {QStringLiteral("files"), QJsonArray::fromStringList(r.files)},
                    {QStringLiteral("status"), ImportRun::statusName(r.status)},
                    {QStringLiteral("started_at"), r.startedAt},
                    {QStringLiteral("finished_at"), r.finishedAt},
                    {QStringLiteral("rows_read"), r.rowsRead},
                    {QStringLiteral("events_written"), r.eventsWritten},
                    {QStringLiteral("skipped"), skipped},
                    {QStringLiteral("cut_over_days"), r.cutOverDays},
                    {QStringLiteral("first_day"), r.lastDay ? dayText(r.firstDay) : QString()},
                    {QStringLiteral("last_day"), r.lastDay ? dayText(r.lastDay) : QString()},
                    {QStringLiteral("error"), r.error}});
            }
            m_out << QJsonDocument(all).toJson(QJsonDocument::Compact) << "\n";
            return 0;
        }
        if (runs.isEmpty()) {
            m_out << tr("No imports yet.\n");
            return 0;
        }
        QHash<qint32, QString> domains;
        for (const Site &s : sites.list())
            domains.insert(s.id, s.domain);
        QList<QStringList> rows {{tr("ID"), tr("SITE"), tr("SOURCE"), tr("STATUS"), tr("DAYS"),
                                  tr("EVENTS"), tr("FILES")}};
        for (const ImportRun &r : runs) {
            rows.append({QString::number(r.id), domains.value(r.siteId, QString::number(r.siteId)),
                         r.source, ImportRun::statusName(r.status),
                         r.lastDay ? dayText(r.firstDay) + QStringLiteral("..") + dayText(r.lastDay)
                                   : QStringLiteral("-"),
                         QString::number(r.eventsWritten), r.files.join(QLatin1Char(' '))});
        }
        cli::printTable(m_out, rows);
        return 0;
    }

    if (undo) {
        bool ok = false;
        const qint64 id = rest.at(1).toLongLong(&ok);
        const auto r = ok ? imports.find(id) : std::nullopt;
        if (!r)
            return cmd.fail(tr("no import %1 (see 'import list')").arg(rest.at(1)));
        if (r->status == ImportRun::Status::Undone || r->status == ImportRun::Status::Replaced)
            return cmd.fail(
                tr("import %1 is already gone (%2)").arg(id).arg(ImportRun::statusName(r->status)));
        QByteArray zone("UTC");
        for (const Site &s : sites.list()) {
            if (s.id == r->siteId)
                zone = s.timeZone.toUtf8();
        }
        SiteTime time {QTimeZone(zone)};
        if (!imports.removeRun(*r, time, ImportRun::Status::Undone, &error))
            return cmd.fail(error);
        m_out << tr("Removed import %1: %2 events.\n").arg(id).arg(r->eventsWritten);
        return 0;
    }

    ImportRequest request;
    request.siteId = site->id;
    request.timeZone = QTimeZone(site->timeZone.toUtf8());
    request.source = source;
    request.files = rest;
    request.geoIpDatabase
        = config.geoipDatabase.isEmpty() ? findGeoIpDatabase() : config.geoipDatabase;
    request.userAgentRegexes
        = config.userAgentRegexes.isEmpty() ? findUserAgentRegexes() : config.userAgentRegexes;

    // Umami's progress is in rows: a database has no bytes to count.
    cli::ProgressPrinter progress(
        m_err, m_terminal.value_or(cli::ProgressPrinter::stderrIsTerminal()),
        QStringLiteral("import"),
        source == QLatin1String("umami") ? cli::ProgressPrinter::Unit::Events
                                         : cli::ProgressPrinter::Unit::Bytes);
    cli::CancelOnSignal cancelOnSignal; // the importer stops at the next hit
    if (api) {
        request.source = QStringLiteral("plausible-api");
        cli::ProgressPrinter days(m_err,
                                  m_terminal.value_or(cli::ProgressPrinter::stderrIsTerminal()),
                                  QStringLiteral("import"), cli::ProgressPrinter::Unit::Days);
        return importPlausibleApi(cmd, &db, request, site->domain, days);
    }
    ImportJob job(request, site->domain, cmd.value(QStringLiteral("log-format")));
    job.setDatabase(cmd.value(QStringLiteral("database")), cmd.value(QStringLiteral("website")));
    job.setNotice([this](const QString &text) { m_out << text << "\n"; });
    job.setProgress([&](qint64 done, qint64 total) { progress.update(done, total); });
    job.setCancelFlag(cli::CancelOnSignal::flag());
    const ImportJob::Result result = job.run(&db, m_clock);
    if (result.badLogFormat)
        return cmd.badUsage(result.error);
    if (result.stoppedBeforeWriting) {
        m_err << "\n";
        m_out << tr("Stopped before anything was written.\n");
        return 130;
    }
    if (result.notOpened) // no run was started: nothing to say was not kept
        return cmd.fail(result.error);
    return finish(cmd, result.outcome, result.run, result.resumed, result.replaced,
                  site->domain, result.seconds, result.error);
}

int ImportCli::finish(cli::Command &cmd, Importer::Outcome outcome, const ImportRun &run,
                      qint64 resumed, qint64 replaced, const QString &domain, double secs,
                      const QString &error)
{
    if (resumed)
        m_out << tr("Resumed import %1 (finished days kept).\n").arg(resumed);
    if (replaced)
        m_out << tr("Replaced import %1 (the same files).\n").arg(replaced);
    switch (outcome) {
    case Importer::Outcome::Done:
        printSummary(run, domain, secs);
        return 0;
    case Importer::Outcome::Interrupted:
        m_err << "\n";
        m_out << tr("Stopped: import %1 kept its finished days. Run the same command again to "
                    "finish it, or 'import undo %1' to remove it.\n")
                     .arg(run.id);
        return 130;
    case Importer::Outcome::Failed:
        break;
    }
    return cmd.fail(tr("%1\nNothing of this import was kept.").arg(error));
}

int ImportCli::importPlausibleApi(cli::Command &cmd, SqliteDb *db, const ImportRequest &request,
                                  const QString &domain, cli::ProgressPrinter &progress)
{
    QElapsedTimer timer;
    timer.start();
    // The key: never printed, never in a URL.
    QByteArray key;
    if (cmd.isSet(QStringLiteral("api-key"))) {
        key = cmd.value(QStringLiteral("api-key")).toUtf8().trimmed();
        m_err << tr("warning: --api-key is visible to other users of this machine (ps); "
                    "prefer --api-key-file FILE or RAYCSTR_PLAUSIBLE_API_KEY\n");
    } else if (cmd.isSet(QStringLiteral("api-key-file"))) {
        QFile f(cmd.value(QStringLiteral("api-key-file")));
        if (!f.open(QIODevice::ReadOnly))
            return cmd.fail(
                tr("cannot read the API key file %1: %2").arg(f.fileName(), f.errorString()));
        key = f.read(4096).trimmed();
        if (key.isEmpty())
            return cmd.fail(tr("the API key file %1 is empty").arg(f.fileName()));
    } else {
        key = qgetenv("RAYCSTR_PLAUSIBLE_API_KEY").trimmed();
    }
    if (key.isEmpty())
        return cmd.badUsage(tr("import --from plausible --url: give the Stats API key with "
                               "--api-key-file FILE, RAYCSTR_PLAUSIBLE_API_KEY or --api-key KEY"));
    if (key.contains('\n') || key.contains('\r'))
        return cmd.fail(tr("the API key must be one line"));

    const QUrl url(cmd.value(QStringLiteral("url")).trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.hasQuery() || !url.userInfo().isEmpty())
        return cmd.badUsage(tr("--url: expected the server's address, like https://plausible.io"));
    const QHostAddress host(url.host());
    if (url.scheme() == QLatin1String("http") && !host.isLoopback()
        && url.host() != QLatin1String("localhost"))
        m_err << tr("warning: %1 is plain HTTP: the API key travels unencrypted\n")
                     .arg(url.toString());

    SiteTime time(request.timeZone);
    const QDate epoch(1970, 1, 1);
    const QDate yesterday = epoch.addDays(time.slot(m_clock->nowSecs()).day - 1);
    auto dateOption = [&](const char *name, QDate fallback, QDate *out) {
        const QString text = cmd.value(QLatin1String(name));
        *out = text.isEmpty() ? fallback : QDate::fromString(text, Qt::ISODate);
        return out->isValid() && (text.isEmpty() || text.size() == 10);
    };
    QDate from, to;
    if (!dateOption("from-date", QDate(2019, 1, 1), &from))
        return cmd.badUsage(tr("--from-date: expected YYYY-MM-DD"));
    if (!dateOption("to-date", yesterday, &to))
        return cmd.badUsage(tr("--to-date: expected YYYY-MM-DD"));
    if (from > to)
        return cmd.badUsage(tr("--from-date %1 is after --to-date %2")
                                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    PlausibleApiReader::Version version = PlausibleApiReader::Version::Auto;
    const QString v = cmd.value(QStringLiteral("api"));
    if (v == QLatin1String("v1") || v == QLatin1String("1"))
        version = PlausibleApiReader::Version::V1;
    else if (v == QLatin1String("v2") || v == QLatin1String("2"))
        version = PlausibleApiReader::Version::V2;
    else if (!v.isEmpty())
        return cmd.badUsage(tr("--api: expected v1 or v2"));
    PlausibleApiClient::Settings settings;
    settings.baseUrl = url;
    settings.key = key;
    if (cmd.isSet(QStringLiteral("requests-per-hour"))) {
        bool ok = false;
        settings.requestsPerHour = cmd.value(QStringLiteral("requests-per-hour")).toInt(&ok);
        if (!ok || settings.requestsPerHour < 0)
            return cmd.badUsage(tr("--requests-per-hour: expected a whole number ≥ 0"));
    }

    PlausibleApiClient client(settings);
    client.setCancelFlag(cli::CancelOnSignal::flag());
    PlausibleApiReader reader(&client, domain, version);
    QString error;
    if (!reader.open(from, to, &error)) {
        if (cli::CancelOnSignal::flag()->load()) {
            m_err << "\n";
            m_out << tr("Stopped before anything was written.\n");
            return 130;
        }
        return cmd.fail(tr("%1\nNothing of this import was written.").arg(error));
    }
    m_out << tr("Plausible Stats API %1 at %2: %3 days with traffic from %4 to %5.\n")
                 .arg(reader.version() == PlausibleApiReader::Version::V2 ? QStringLiteral("v2")
                                                                          : QStringLiteral("v1"))
                 .arg(url.host())
                 .arg(reader.days().size())
                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));

    ImportRequest r = request;
    const QString range
        = from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate);
    r.files = {url.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash), domain, range};
    // The same server, site and days: the same import (replaced when done, else resumed),
    // whichever API version answered.
    const QString fingerprint = r.source + QLatin1Char('\n') + r.files.join(QLatin1Char('\n'));
    AggregateImporter importer(db, m_clock);
    importer.setProgress([&](qint64 done, qint64 days) { progress.update(done, days); });
    importer.setCancelFlag(cli::CancelOnSignal::flag());
    AggregateImporter::DaySource days;
    days.days = reader.days();
    days.fetch = [&](qint64 day, DayAggregates *rows, QString *why) {
        return reader.fetchDay(day, rows, why);
    };
    days.counters = [&](qint64 *read, QMap<QString, qint64> *skipped) {
        *read = reader.rowsRead();
        *skipped = reader.skipped();
    };
    ImportRun run;
    const Importer::Outcome outcome = importer.run(r, fingerprint, days, &run, &error);
    const double secs = double(timer.elapsed()) / 1000.0;
    if (outcome == Importer::Outcome::Interrupted && !error.isEmpty()
        && !cli::CancelOnSignal::flag()->load()) {
        m_err << "\n";
        return cmd.fail(tr("%1\nImport %2 kept its finished days: run the same command again "
                           "to resume it, or 'import undo %2' to remove it.")
                            .arg(error, QString::number(run.id)));
    }
    const int code
        = finish(cmd, outcome, run, importer.resumed(), importer.replaced(), domain, secs, error);
    if (outcome == Importer::Outcome::Done)
        m_out << tr("%1 requests to %2 (%3 s waiting for its rate limit).\n")
                     .arg(client.requestsSent())
                     .arg(url.host())
                     .arg(client.waitedMs() / 1000);
    return code;
}

void ImportCli::printSummary(const ImportRun &run, const QString &domain, double seconds)
{
    // Aggregate sources write daily sums, not events.
    m_out << (isAggregateSource(run.source)
                  ? tr("Import %1 into %2 done in %3 s: %4 rows read, %5 daily aggregates "
                       "written.\n")
                  : tr("Import %1 into %2 done in %3 s: %4 rows read, %5 events written.\n"))
                 .arg(run.id)
                 .arg(domain)
                 .arg(seconds, 0, 'f', 1)
                 .arg(run.rowsRead)
                 .arg(run.eventsWritten);
    if (run.lastDay)
        m_out << tr("Days: %1 to %2.\n").arg(dayText(run.firstDay), dayText(run.lastDay));
    if (!run.skipped.isEmpty())
        m_out << tr("Skipped: %1.\n").arg(skippedText(run));
    if (run.cutOverDays > 0)
        m_out << tr("Left out %1 days that already had data (cut-over).\n").arg(run.cutOverDays);
}

} // namespace raycstr

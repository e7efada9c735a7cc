#include "migratecli.h"

#include "cancelonsignal.h"
#include "command.h"
#include "core/config.h"
#include "progressprinter.h"
#include "store/clickhouseclient.h"
#include "store/clickhouseeventstore.h"
#include "store/database.h"
#include "store/datadirlock.h"
#include "store/sqlitedb.h"
#include "store/storelocation.h"

#include <QDate>
#include <QElapsedTimer>
#include <QSet>

#include <optional>

namespace raycstr {

namespace {

QString dayText(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate);
}

} // namespace

MigrateCli::MigrateCli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

void MigrateCli::printUsage(QTextStream &s)
{
    s << tr("  migrate --to clickhouse://user@host:8123/db\n"
            "                        Copy the stored events to ClickHouse (server stopped);\n"
            "                        see 'migrate --help'.\n");
}

int MigrateCli::run(const QStringList &args)
{
    cli::Command cmd(QStringLiteral("migrate"), {}, m_out, m_err);
    cmd.setDescription(
        tr("Copy every stored event and drop count of every site from the data directory's "
           "SQLite file to ClickHouse, day by day, then compare the counts per site and day "
           "(events, pageviews, visitors, drops).\n\n"
           "Sites, API keys, goals, funnels, alerts and imports stay in the SQLite file, where "
           "'serve --store URL' reads them. Salts are not copied: ClickHouse makes its own, so "
           "a visitor seen on the day of the switch counts once more. Days whose raw events "
           "expired (retention_days) and that only the daily sums still hold cannot be "
           "copied; they are counted.\n\n"
           "The password comes from store_password in the config file or "
           "RAYCSTR_STORE_PASSWORD. The server must be stopped. After Ctrl+C the same command "
           "goes on where it stopped; running it again copies nothing twice."));
    cmd.parser().addOption({QStringLiteral("to"),
                            tr("The ClickHouse store: clickhouse://user@host:8123/database."),
                            QStringLiteral("url")});
    if (const int code = cmd.parse(args); code >= 0)
        return code;
    if (!cmd.arguments().isEmpty())
        return cmd.badUsage(tr("migrate takes no arguments (got '%1')")
                                .arg(cmd.arguments().join(QLatin1Char(' '))));
    if (!cmd.isSet(QStringLiteral("to")))
        return cmd.badUsage(tr("migrate: give --to clickhouse://user@host:8123/database"));
    QString error;
    const auto target = StoreLocation::parse(cmd.value(QStringLiteral("to")), &error);
    if (!target)
        return cmd.badUsage(error);
    if (!target->isClickHouse())
        return cmd.badUsage(tr("migrate: --to must name a ClickHouse store "
                               "(clickhouse://user@host:8123/database)"));
    ServerConfig config;
    if (!cmd.loadConfig(&config))
        return 2;
    if (qEnvironmentVariableIsSet("RAYCSTR_STORE_PASSWORD"))
        config.storePassword = qEnvironmentVariable("RAYCSTR_STORE_PASSWORD");

    // No server may write events beside the copy: they would be missing from ClickHouse.
    DataDirLock lock;
    if (!lock.acquire(config.dataDir, &error))
        return cmd.fail(tr("%1\nStop the server first: migrate needs the data directory to "
                           "itself.")
                            .arg(error));
    SqliteDb db;
    if (!Database::open(&db, config.dataDir, &error))
        return cmd.fail(error);
    QSet<qint32> siteIds;
    {
        Statement st(db, "SELECT id FROM sites");
        while (st.next())
            siteIds.insert(qint32(st.int64(0)));
    }
    // Long answers (the check at the end reads every copied row) get time.
    auto client = std::make_unique<ClickHouseClient>(target->clickHouse(), config.storePassword,
                                                     ClickHouseClient::Timeouts {5000, 600000});
    auto store = ClickHouseEventStore::open(
        std::move(client), [siteIds](qint32 id) { return siteIds.contains(id); }, &error);
    if (!store)
        return cmd.fail(
            tr("cannot use ClickHouse at %1: %2").arg(target->toDisplayString(), error));

    ClickHouseMigration::Options options = m_options;
    options.cancel = cli::CancelOnSignal::flag();
    ClickHouseMigration migration(&db, store.get(), options);
    if (!migration.prepare(&error))
        return cmd.fail(error);
    if (migration.cleanedBatches() > 0)
        m_out << tr("Deleted what an interrupted copy had sent (%1 batches); copying those "
                    "days again.\n")
                     .arg(migration.cleanedBatches());
    printPlan(migration);
    m_out.flush();

    cli::ProgressPrinter progress(m_err,
                                  m_terminal.value_or(cli::ProgressPrinter::stderrIsTerminal()),
                                  tr("migrate"), cli::ProgressPrinter::Unit::Events);
    migration.setProgress([&](qint64 done, qint64 total) { progress.update(done, total); });
    QElapsedTimer clock;
    clock.start();
    // Ctrl+C stops the copy between batches; before and after it (reading, deleting an
    // interrupted copy's rows, checking) stopping at once leaves nothing half done.
    auto cancelOnSignal = std::make_optional<cli::CancelOnSignal>();
    const auto outcome = migration.copy(&error);
    cancelOnSignal.reset();
    const double secs = qMax<qint64>(clock.elapsed(), 1) / 1000.0;
    if (outcome == ClickHouseMigration::Outcome::Failed)
        return cmd.fail(tr("the copy stopped: %1\nThe same command again goes on where it "
                           "stopped.")
                            .arg(error));
    if (outcome == ClickHouseMigration::Outcome::Interrupted) {
        m_err << tr("Interrupted after %1 events; the same command again goes on where it "
                    "stopped.\n")
                     .arg(migration.eventsCopied());
        return 130;
    }
    m_out << tr("Copied %1 events in %2 s (%3 events/s).\n")
                 .arg(migration.eventsCopied())
                 .arg(secs, 0, 'f', 1)
                 .arg(qint64(double(migration.eventsCopied()) / secs));
    QList<ClickHouseMigration::Difference> differences;
    if (!migration.verify(&differences, &error))
        return cmd.fail(tr("checking the copy failed: %1").arg(error));
    return printCheck(migration, differences, target->toDisplayString());
}

void MigrateCli::printPlan(const ClickHouseMigration &migration)
{
    QList<QStringList> rows {{tr("site"), tr("days to copy"), tr("events"),
                              tr("days copied before"), tr("days with daily sums only")}};
    for (const ClickHouseMigration::SitePlan &p : migration.sites())
        rows.append({p.domain, QString::number(p.daysToCopy), QString::number(p.eventsToCopy),
                     QString::number(p.daysDone), QString::number(p.rollupOnlyDays)});
    cli::printTable(m_out, rows);
    for (const ClickHouseMigration::SitePlan &p : migration.sites()) {
        if (p.rollupOnlyDays > 0)
            m_out << tr("%1: %2 days have only daily sums left (their raw events expired); "
                        "ClickHouse gets their daily sums, not their events.\n")
                         .arg(p.domain)
                         .arg(p.rollupOnlyDays);
    }
}

int MigrateCli::printCheck(const ClickHouseMigration &migration,
                           const QList<ClickHouseMigration::Difference> &differences,
                           const QString &target)
{
    if (differences.isEmpty()) {
        m_out << tr("Checked: events, pageviews, visitors and drop counts agree for every site "
                    "and day.\n"
                    "Sites, keys, goals, funnels and imports stay in the data directory; serve "
                    "with --store %1 (or store: in the config file).\n")
                     .arg(target);
        return 0;
    }
    QHash<qint32, QString> domains;
    for (const ClickHouseMigration::SitePlan &p : migration.sites())
        domains.insert(p.siteId, p.domain);
    QList<QStringList> rows {
        {tr("site"), tr("day"), tr("events"), tr("pageviews"), tr("visitors"), tr("dropped")}};
    for (const ClickHouseMigration::Difference &d : differences) {
        QStringList row {domains.value(d.siteId, QString::number(d.siteId)), dayText(d.day)};
        for (int m = 0; m < ClickHouseMigration::MeasureCount; ++m)
            row.append(d.sqlite[size_t(m)] == d.clickHouse[size_t(m)]
                           ? QString::number(d.sqlite[size_t(m)])
                           : QStringLiteral("%1 ≠ %2")
                                 .arg(d.sqlite[size_t(m)])
                                 .arg(d.clickHouse[size_t(m)]));
        rows.append(row);
    }
    m_err << tr("Site-days where the counts differ (SQLite ≠ ClickHouse): %1\n")
                 .arg(differences.size());
    cli::printTable(m_err, rows);
    return 1;
}

} // namespace raycstr

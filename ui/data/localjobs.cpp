#include "localjobs.h"

#include "api/plausibleexport.h"
#include "core/clock.h"
#include "core/zipwriter.h"
#include "query/queryengine.h"
#include "report/alertnotifier.h"
#include "report/mailmessage.h"
#include "report/report.h"
#include "report/reportmailer.h"
#include "core/config.h"
#include "store/database.h"
#include "store/datadirlock.h"
#include "store/sites.h"
#include "ui/data/localdatasource.h"

#include <QDateTime>
#include <QTimeZone>

namespace raycstr::ui::localjobs {

namespace {

// The engine for `site` in `dataDir`, or the reason there is none.
std::unique_ptr<query::QueryEngine> engineFor(const QString &dataDir, const Clock *clock,
                                              const QString &domain,
                                              std::optional<query::Site> *site, QString *error)
{
    auto engine = std::make_unique<query::QueryEngine>(Database::pathIn(dataDir), clock);
    if (!engine->open(error))
        return nullptr;
    *site = engine->site(domain, error);
    if (!*site) {
        if (error->isEmpty())
            *error = LocalDataSource::tr("No site %1.").arg(domain);
        return nullptr;
    }
    return engine;
}

} // namespace

Answer<QList<ExportedFile>> run(const QString &dataDir, const Clock *clock,
                                const exports::DashboardZip &r)
{
    using A = Answer<QList<ExportedFile>>;
    QString error;
    std::optional<query::Site> site;
    const auto engine = engineFor(dataDir, clock, r.query.site, &site, &error);
    if (!engine)
        return A::failure(error);
    const std::shared_ptr<Progress> progress = r.progress;
    const auto files = PlausibleExport(engine.get())
                           .run(*site, r.query.period, r.query.filters, &error,
                                [progress](qint64 done, qint64 total) {
                                    progress->total = total;
                                    progress->done = done;
                                    return !progress->cancelled.load();
                                });
    if (!files)
        return A::failure(error == PlausibleExport::cancelledError()
                              ? LocalDataSource::tr("Export cancelled.")
                              : error);
    // The archive is written at close(), through a temporary file: a failure or a cancel
    // before it leaves nothing at the path.
    ZipWriter zip;
    QList<ExportedFile> written;
    bool ok = zip.open(r.path, &error);
    for (qsizetype i = 0; ok && i < files->size(); ++i) {
        ok = zip.add(files->at(i).name, files->at(i).csv, &error);
        written.append({files->at(i).name, files->at(i).rows});
    }
    if (ok && progress->cancelled)
        return A::failure(LocalDataSource::tr("Export cancelled."));
    if (!ok || !zip.close(&error))
        return A::failure(LocalDataSource::tr("Could not write %1: %2").arg(r.path, error));
    return written;
}

Answer<Done> run(const QString &, const Clock *, const alerts::TestRule &r)
{
    QString error;
    if (!r.rule.validate(&error))
        return Answer<Done>::failure(error);
    if (!r.rule.email.isEmpty() && !r.smtp.isConfigured())
        return Answer<Done>::failure(LocalDataSource::tr("Set up the mail server (SMTP) first."));
    report::AlertNotifier notifier(report::ReportMailer::forTest(r.smtp),
                                   report::WebhookSettings {10, 1, 0});
    QStringList failures;
    notifier.deliver(r.rule, report::AlertNotifier::testText(r.rule), &failures);
    if (!failures.isEmpty())
        return Answer<Done>::failure(failures.join(QStringLiteral("; ")));
    return Done {};
}

Answer<Done> run(const QString &dataDir, const Clock *clock, const alerts::TestReport &r)
{
    if (!r.smtp.isConfigured())
        return Answer<Done>::failure(LocalDataSource::tr("Set up the mail server (SMTP) first."));
    if (r.schedule.to.isEmpty())
        return Answer<Done>::failure(LocalDataSource::tr("Name at least one recipient."));
    for (const QString &address : r.schedule.to)
        if (!MailMessage::isValidAddress(address))
            return Answer<Done>::failure(
                LocalDataSource::tr("'%1' is not an e-mail address.").arg(address));
    const auto cadence = report::ReportPeriod::parseCadence(r.schedule.every);
    if (!cadence)
        return Answer<Done>::failure(LocalDataSource::tr("A report is sent weekly or monthly."));
    QString error;
    std::optional<query::Site> site;
    const auto engine = engineFor(dataDir, clock, r.schedule.site, &site, &error);
    if (!engine)
        return Answer<Done>::failure(error);
    report::ReportMailer mailer(report::ReportMailer::forTest(r.smtp));
    SmtpError smtpError;
    if (!mailer.sendNow(*engine, *site, *cadence, r.schedule.language, r.schedule.to, clock,
                        &smtpError))
        return Answer<Done>::failure(smtpError.message);
    return Done {};
}

Answer<ImportJob::Result> run(const QString &dataDir, const Clock *clock, const admin::Import &r)
{
    using A = Answer<ImportJob::Result>;
    if (!ImportJob::sources().contains(r.source))
        return A::failure(LocalDataSource::tr("Unknown import source '%1'.").arg(r.source));
    if (r.files.isEmpty())
        return A::failure(LocalDataSource::tr("Choose what to import."));
    DataDirLock lock;
    QString error;
    if (!lock.acquire(dataDir, &error))
        return A::failure(
            LocalDataSource::tr("%1\nPause the collector first: an import needs the data "
                                "folder to itself.")
                .arg(error));
    SqliteDb db;
    if (!Database::open(&db, dataDir, &error))
        return A::failure(error);
    const auto site = SiteRepository(&db).find(r.site);
    if (!site)
        return A::failure(LocalDataSource::tr("No site %1.").arg(r.site));
    ImportRequest request;
    request.siteId = site->id;
    request.timeZone = QTimeZone(site->timeZone.toUtf8());
    request.source = r.source;
    request.files = r.files;
    request.geoIpDatabase = r.geoIpDatabase.isEmpty() ? findGeoIpDatabase() : r.geoIpDatabase;
    request.userAgentRegexes = findUserAgentRegexes();
    ImportJob job(request, site->domain, r.logFormat);
    const std::shared_ptr<Progress> progress = r.progress;
    job.setProgress([progress](qint64 done, qint64 total) {
        progress->total = total;
        progress->done = done;
    });
    job.setCancelFlag(&progress->cancelled);
    return job.run(&db, clock);
}

} // namespace raycstr::ui::localjobs

#include "import/importjob.h"

#include "import/accesslogreader.h"
#include "import/aggregateimporter.h"
#include "import/ga4bigqueryreader.h"
#include "import/ga4reportreader.h"
#include "import/goatcounterreader.h"
#include "import/logformat.h"
#include "import/plausibleexportreader.h"
#include "import/umamireader.h"

#include <QElapsedTimer>

#include <memory>

namespace raycstr {

QStringList ImportJob::sources()
{
    return {QStringLiteral("access-log"), QStringLiteral("goatcounter"),
            QStringLiteral("plausible"), QStringLiteral("google-analytics"),
            QStringLiteral("ga4-bigquery"), QStringLiteral("umami")};
}

bool ImportJob::isAggregateSource(const QString &source)
{
    // "plausible-api": Plausible's Stats API, pulled by the CLI (ImportCli), recorded alike.
    return source == QLatin1String("plausible") || source == QLatin1String("plausible-api")
        || source == QLatin1String("google-analytics");
}

bool ImportJob::takesOneInput(const QString &source)
{
    return source == QLatin1String("goatcounter") || source == QLatin1String("plausible");
}

ImportJob::ImportJob(ImportRequest request, QString domain, QString logFormat)
    : m_request(std::move(request))
    , m_domain(std::move(domain))
    , m_logFormat(std::move(logFormat))
{ }

ImportJob::Result ImportJob::run(SqliteDb *db, const Clock *clock)
{
    QElapsedTimer timer;
    timer.start();
    Result r = isAggregateSource(m_request.source) ? runAggregates(db, clock)
                                                   : runHits(db, clock);
    r.seconds = double(timer.elapsed()) / 1000.0;
    return r;
}

ImportJob::Result ImportJob::runHits(SqliteDb *db, const Clock *clock)
{
    Result result;
    const QString &source = m_request.source;
    const QStringList &files = m_request.files;
    auto progress = [this](qint64 done, qint64 total) {
        if (m_progress)
            m_progress(done, total);
    };
    std::unique_ptr<HitReader> reader;
    ImportError bad;
    if (source == QLatin1String("access-log")) {
        const QString &f = m_logFormat;
        const QString format = f.isEmpty() || f == QLatin1String("combined") ? LogFormat::combined()
            : f == QLatin1String("common")                                   ? LogFormat::common()
                                                                             : f;
        LogFormat logFormat;
        qsizetype column = 0;
        QString error;
        if (!logFormat.parse(format, &error, &column)) {
            result.error = tr("--log-format, column %1: %2").arg(column).arg(error);
            result.badLogFormat = true;
            return result;
        }
        auto logs = std::make_unique<AccessLogReader>(files, logFormat, m_domain);
        if (!logs->open(&bad)) {
            result.error = bad.toString();
            result.notOpened = true;
            return result;
        }
        reader = std::move(logs);
    } else if (source == QLatin1String("ga4-bigquery")) {
        // The export is in no time order: read, checked and sorted (on disk) first.
        auto events = std::make_unique<Ga4BigQueryReader>(files, m_domain);
        events->setProgress(progress);
        events->setCancelFlag(m_cancel);
        if (!events->open(&bad)) {
            if (bad.isEmpty()) {
                result.outcome = Importer::Outcome::Interrupted;
                result.stoppedBeforeWriting = true;
            } else {
                result.error = bad.toString();
            }
            return result;
        }
        reader = std::move(events);
    } else if (source == QLatin1String("umami")) {
        // Read-only, through a server-side cursor: the rows arrive in time order.
        auto umami = std::make_unique<UmamiReader>(m_database, m_website, m_domain);
        if (!umami->open(&bad)) {
            result.error = bad.toString();
            result.notOpened = true;
            return result;
        }
        if (m_notice)
            m_notice(tr("Reading %1 rows of Umami's website %2 (read-only).")
                         .arg(umami->rowsTotal())
                         .arg(umami->websiteId()));
        m_request.files = {umami->sourceName()};
        reader = std::move(umami);
    } else if (source == QLatin1String("goatcounter") && !files.isEmpty()) {
        auto csv = std::make_unique<GoatCounterReader>(files.first(), m_domain);
        if (!csv->open(&bad)) {
            result.error = bad.toString();
            result.notOpened = true;
            return result;
        }
        reader = std::move(csv);
    } else {
        result.error = tr("unknown import source '%1' (one of: %2)")
                           .arg(source, sources().join(QStringLiteral(", ")));
        result.notOpened = true;
        return result;
    }

    Importer importer(db, clock);
    importer.setProgress(progress);
    importer.setCancelFlag(m_cancel);
    result.outcome = importer.run(m_request, *reader, &result.run, &bad);
    result.error = bad.toString();
    result.resumed = importer.resumed();
    result.replaced = importer.replaced();
    return result;
}

ImportJob::Result ImportJob::runAggregates(SqliteDb *db, const Clock *clock)
{
    Result result;
    std::unique_ptr<AggregateReader> reader;
    if (m_request.source == QLatin1String("plausible") && !m_request.files.isEmpty())
        reader = std::make_unique<PlausibleExportReader>(m_request.files.first());
    else
        reader = std::make_unique<Ga4ReportReader>(m_request.files);
    // The whole export is read and checked first: bad input writes nothing at all.
    // Progress in the export's bytes: the first half while reading, the second while writing.
    qint64 bytes = 0;
    reader->setProgress([&](qint64 done, qint64 total) {
        bytes = total;
        if (m_progress)
            m_progress(done / 2, total);
    });
    ImportError bad;
    if (!reader->read(&bad)) {
        result.error = bad.toString();
        return result;
    }
    AggregateImporter importer(db, clock);
    importer.setProgress([&](qint64 done, qint64 days) {
        if (m_progress)
            m_progress(bytes / 2 + (days ? bytes * done / (2 * days) : 0), bytes);
    });
    importer.setCancelFlag(m_cancel);
    const QString fingerprint
        = m_request.source + QLatin1Char('\n') + reader->fileNames().join(QLatin1Char('\n'));
    result.outcome = importer.run(m_request, fingerprint, reader->days(), reader->rowsRead(),
                                  reader->skipped(), &result.run, &result.error);
    result.resumed = importer.resumed();
    result.replaced = importer.replaced();
    return result;
}

} // namespace raycstr

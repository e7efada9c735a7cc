#pragma once

#include "import/hitreader.h"
#include "import/hitsorter.h"
#include "import/inputfile.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace raycstr {

namespace json {
class Document;
}

// Google Analytics 4's BigQuery export: rows of the events_YYYYMMDD tables as
// newline-delimited JSON (`bq extract --destination_format NEWLINE_DELIMITED_JSON`, plain
// or gzip'd, one or many files), in the documented export schema → raw hits, each with
// what GA resolved already (Hit::Resolved): the visitor is user_pseudo_id (hashed by the
// pipeline with the run's own keys, like an address), the country geo.country (a name,
// made an ISO code), the agent device.category / operating_system(_version) /
// web_info.browser(_version). So imported history is filterable like native data.
//
//   page_view                          → a pageview of event_params' page_location, with
//                                        page_referrer as its referrer
//   user_engagement                    → an engagement ping (engagement_time_msec): it
//                                        extends the visit's duration, as the tracker's does
//   session_start, first_visit         → skipped ("ga_automatic_event"): visits and new
//                                        visitors are rebuilt by the sessionizer
//   any other event                    → a custom event of that name, its string params as
//                                        props (GA's own params left out: ga_session_id,
//                                        page_location, page_title, engagement_time_msec…)
// A visit's campaign: utm_* in page_location, else collected_traffic_source's manual_*
// fields (added to the URL as utm_* parameters). traffic_source is the user's *first*
// acquisition, not the visit's: not used. Rows of apps (platform not WEB) and rows without
// user_pseudo_id (consent mode's cookieless pings) are skipped by reason. user_id, items,
// ecommerce and the rest are never read.
//
// The export is in no time order (tables are written in shards), so open() reads every
// file, checks every row (a fault stops the import before anything is written: file, line,
// JSON path) and sorts the hits through a HitSorter: memory holds one run of hits whatever
// the export's size; the runs are temporary files of about a tenth of the input's size.
class Ga4BigQueryReader final : public HitReader
{
public:
    Ga4BigQueryReader(const QStringList &files, const QString &siteDomain);
    ~Ga4BigQueryReader() override;

    // Called while open() reads, with the input's bytes read so far and in all.
    void setProgress(std::function<void(qint64 done, qint64 total)> progress)
    {
        m_progress = std::move(progress);
    }
    // Set to stop open() early: it returns false with an empty error.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    void setTempDir(const QString &dir) { m_sorter.setTempDir(dir); }
    void setRunHits(qsizetype hits);

    // Reads and checks every file and sorts the hits; false with file, line and the row's
    // JSON path on bad input.
    bool open(ImportError *error);

    Result next(Hit *hit, ImportError *error) override;
    // open() reads the input (the first half of the progress), next() hands out the hits.
    qint64 bytesRead() const override;
    qint64 bytesTotal() const override { return 2 * m_totalBytes; }
    qint64 rowsRead() const override { return m_rows; }
    const QMap<QString, qint64> &skipped() const override { return m_skipped; }

    enum class Row { Hit, Skip, Error };
    // One row of the export → a hit, a skip (`*why` the reason) or an error (`*why` the
    // JSON path and what is wrong). Public for the tests and the fuzz target.
    static Row parseRow(json::Document &doc, QByteArrayView line, const QString &siteDomain,
                        Hit *hit, QString *why);

private:
    QStringList m_files;
    QString m_domain;
    std::function<void(qint64, qint64)> m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    HitSorter m_sorter;
    qint64 m_totalBytes = 0;
    qint64 m_rows = 0;
    QMap<QString, qint64> m_skipped;
};

} // namespace raycstr

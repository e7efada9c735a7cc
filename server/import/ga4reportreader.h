#pragma once

#include "import/aggregatereader.h"

#include <QCoreApplication>
#include <QSet>

namespace raycstr {

namespace json {
class Object;
}

// Google Analytics 4 reports: responses of the Data API's runReport (the Query Explorer's
// "Download JSON", or the API's own answer) saved as .json files, given as files, folders of
// them or zips of them. A response is {dimensionHeaders: [{name}], metricHeaders: [{name,
// type}], rows: [{dimensionValues: [{value}], metricValues: [{value}]}], rowCount, …};
// batchRunReports' {reports: [...]} and a JSON array of responses read as well.
//
// Every report needs the `date` dimension (daily sums are all RayCstr imports) and at most
// one breakdown, recognised by its dimensions' names:
//   (none)                                         → the site's daily totals
//   hostName, pagePath | pagePathPlusQueryString   → pages (the host is summed away)
//   landingPage | landingPagePlusQueryString       → entry pages
//   sessionSource, sessionMedium, sessionCampaignName → source, utm_source/medium/campaign
//   countryId | country                            → countries
//   deviceCategory, browser, operatingSystem       → devices, browsers, operating systems
//   eventName                                      → custom events (and the day's total)
// Metrics by name: totalUsers (or activeUsers) → visitors, sessions → visits,
// screenPageViews → pageviews, bounces, userEngagementDuration → visit duration (seconds),
// eventCount → events (events report only); others are ignored. GA's placeholders ("(not
// set)", "(direct)", "(none)") become empty values (ga4values.h); GA's own events
// (page_view, session_start, first_visit, user_engagement) are not custom events.
//
// Pages of one report (a report of more rows than its `limit`, fetched with `offset`) are
// files of the same dimensions, metrics and rowCount: together they must hold rowCount rows
// (a missing page is refused), and a row seen twice (the same page or report again) is
// refused rather than counted twice. Memory: one file's JSON at a time, the distinct (day,
// value) sums, and 16 bytes per row to recognise repeated rows.
class Ga4ReportReader final : public AggregateReader
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::Ga4ReportReader)
public:
    explicit Ga4ReportReader(const QStringList &paths); // .json files, folders, .zip files

    // Faults name the file and the JSON path ("rows[12].metricValues[1]"), or the line and
    // column where the JSON itself is broken.
    bool read(ImportError *error) override;

    // Files larger than this are refused (one page of a report: GA's limit is 250,000 rows).
    static constexpr qint64 MaxFileBytes = qint64(1) << 30;

private:
    struct Pages
    {
        qint64 rowCount = 0;
        qint64 rows = 0;
        QString firstFile;
    };
    bool readFile(const QString &file, const QString &shown, ImportError *error);
    bool readReport(const json::Object &report, const QString &shown, const QString &path,
                    ImportError *error);

    QStringList m_paths;
    QSet<quint64> m_seenRows;
    QHash<QString, Pages> m_pages; // report signature and rowCount → its pages
};

} // namespace raycstr

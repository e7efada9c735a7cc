#pragma once

#include "import/aggregatereader.h"

#include <QCoreApplication>
#include <QDate>

namespace raycstr {

class PlausibleApiClient;
struct PlausibleApiError;

// Daily sums pulled through Plausible's Stats API, for AggregateImporter: the same rows, with
// the same meaning, as Plausible's CSV export gives (PlausibleExportReader), so both land
// alike in imported_daily.
//
// - open() asks for the range's daily totals in one request (v2: dimensions ["time:day"];
//   v1: /timeseries with interval=date); it is also the probe: a 404 on /api/v2/query means
//   a server without v2 (Plausible before 2.1.x), and v1 is used. Only days with traffic
//   are pulled further, so empty days cost nothing.
// - fetchDay() gives a day's breakdowns by every dimension the query engine reads from
//   imported days (pages, entry and exit pages, source, referrer, the five UTM fields,
//   country, device, browser, OS, custom event names), each paginated (v2 limit/offset of
//   10 000, v1 limit/page of 1 000) until a page comes back short. v2 asks for a month of
//   days at once with dimensions [time:day, dimension] (15 requests a month, not a day);
//   v1, and a v2 server that refuses two dimensions (400: RayCstr's own), one day per
//   question (date_range [D, D]; period=custom&date=D,D). Either way a row is one day's, so
//   every count is exact: a visitor is counted once per day, as RayCstr's rollups count.
// - Exact: visitors, visits, pageviews and custom events. Bounces and visit duration come
//   back from Plausible only as a rate and an average (whole numbers), so a day's sums are
//   rebuilt as rate × visits and average × visits: exact for bounces up to 100 visits a day
//   per row, within half a second per visit for the duration.
// - Spellings: "Direct / None", "(none)" and "(not set)" are the empty value RayCstr keeps;
//   Plausible's "pageview" and "engagement" rows of event:name are not custom events, and a
//   day's custom events are its events minus its pageviews (Plausible counts both).
class PlausibleApiReader
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::PlausibleApiReader)
public:
    enum class Version { Auto, V1, V2 };

    // `siteId`: the site's domain in Plausible.
    PlausibleApiReader(PlausibleApiClient *client, QString siteId, Version version);

    // Probes the API and reads the daily totals of [first, last].
    bool open(QDate first, QDate last, QString *error);
    Version version() const { return m_version; } // V1 or V2 after open()
    // The days with traffic (days since the epoch), in order.
    QList<qint64> days() const { return m_totals.keys(); }
    // One day's sums; false with a message (the API's, worded for the user).
    bool fetchDay(qint64 day, DayAggregates *rows, QString *error);

    qint64 rowsRead() const { return m_rows; }
    const QMap<QString, qint64> &skipped() const { return m_skipped; }

private:
    struct Pull;
    // One dimension's rows over [first, last] into `days` (v2 grouped by time:day when
    // `byDay`; otherwise first == last), every page of them.
    bool breakdown(const Pull &pull, QDate first, QDate last, bool byDay,
                   QMap<qint64, DayAggregates> *days, PlausibleApiError *error);
    QString explain(const PlausibleApiError &e) const;

    // Days asked together in v2 (a month): fewer requests, and at most a month to ask again
    // after an interruption.
    static constexpr qint64 ChunkDays = 31;
    enum class Grouped { Unknown, Yes, No }; // whether the v2 server takes [time:day, dim]

    PlausibleApiClient *m_client;
    QString m_siteId;
    Version m_version;
    QMap<qint64, Metrics> m_totals; // day → the site's totals, days with traffic only
    Grouped m_grouped = Grouped::Unknown;
    QMap<qint64, DayAggregates> m_chunk; // the month asked last, its days not yet handed out
    qint64 m_chunkFirst = 1;
    qint64 m_chunkLast = 0;
    qint64 m_rows = 0;
    QMap<QString, qint64> m_skipped;
};

} // namespace raycstr

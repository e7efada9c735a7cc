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
// - fetchDay() asks, for one day (date_range [D, D]; v1 period=custom&date=D,D), one
//   breakdown per dimension the query engine reads from imported days (pages, entry and
//   exit pages, source, referrer, the five UTM fields, country, device, browser, OS, custom
//   event names), each paginated (v2 limit/offset of 10 000, v1 limit/page of 1 000) until a
//   page comes back short. One day per question keeps every row exact: a visitor is
//   counted once per day, as RayCstr's own rollups count.
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
    bool breakdown(const Pull &pull, const QDate &date, DayAggregates *rows, QString *error);
    QString explain(const PlausibleApiError &e) const;

    PlausibleApiClient *m_client;
    QString m_siteId;
    Version m_version;
    QMap<qint64, Metrics> m_totals; // day → the site's totals, days with traffic only
    qint64 m_rows = 0;
    QMap<QString, qint64> m_skipped;
};

} // namespace raycstr

#pragma once

#include "query/queryengine.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace raycstr {

// The dashboard's reports as the CSV files of Plausible's export (and of its CSV import):
// one file per imported_* table, one row per local day and value, named
// imported_<table>_<YYYYMMDD>_<YYYYMMDD>.csv, with the columns Plausible's importer reads,
// in its order. Sources carry their referrer and UTM fields (a row per acquisition of the
// day's native visits). Columns RayCstr has no data for are left empty or 0: pages'
// scroll_depth and pageleave_visitors, locations' region and city, browser and OS
// versions, custom events' link_url and path. Imported days (server/import) are exported
// from their daily sums, sources by source alone.
//
// Threading: on the thread of the engine it is given.
class PlausibleExport
{
public:
    struct File
    {
        QString name;
        QByteArray csv;
        qsizetype rows = 0; // data rows, without the header
    };

    // After each day of each table: `done` of `total` such steps. Returning false stops the
    // export (a desktop user's Cancel): run() then fails with Cancelled as its error.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit PlausibleExport(query::QueryEngine *engine);

    // Every table for `site` over `period`, with `filters` (as the dashboard's).
    std::optional<QList<File>> run(const query::Site &site, const query::Period &period,
                                   const QList<query::Filter> &filters, QString *error,
                                   const Progress &progress = {});

    // run()'s error when `progress` stopped it.
    static QString cancelledError();
    // The files' bytes may not pass `bytes` (the export route's memory budget): run() then
    // fails with tooLargeError(). 0: no limit.
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    static QString tooLargeError(qint64 bytes);
    // The engine's failure behind run()'s last error (its kind: bad input or not).
    const query::QueryError &failure() const { return m_failure; }

    static QStringList tableNames();
    // "20240101_20240131": the days of `interval`, as the files' names carry them.
    static QString rangeName(const query::Interval &interval);
    // The header of one table's file, as Plausible's importer expects it.
    static QStringList columns(const QString &table);

    // Values per table and day; beyond it a day's long tail is cut (the engine's limit).
    static constexpr int MaxRowsPerDay = 100000;

private:
    query::QueryEngine *m_engine;
    qint64 m_maxBytes = 0;
    query::QueryError m_failure;
};

} // namespace raycstr

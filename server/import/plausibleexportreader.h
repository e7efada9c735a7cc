#pragma once

#include "import/aggregatereader.h"

#include <QCoreApplication>

namespace raycstr {

// Plausible's CSV export (Site settings → Imports & Exports → Export data): a zip, or the
// folder it was unpacked into, of one CSV file per imported_* table, named
// imported_<table>_<YYYYMMDD>_<YYYYMMDD>.csv (or imported_<table>.csv), each with a header
// line of column names as ClickHouse's CSVWithNames writes them ("date","visitors",…).
// RayCstr's own export (api/plausibleexport) writes the same layout.
//
// Columns are found by their names, so the column sets of Plausible's versions all read:
// a table needs `date`, its value column (`page`, `source`, …) and `visitors`; the other
// metrics (visits or entrances or exits, pageviews, bounces, visit_duration, events) are
// read where present; columns RayCstr has no use for (region, city, versions, scroll depth,
// time on page, link_url, path) are ignored. Each table's rows go to the dimensions they
// answer: a sources row to source, referrer and the five UTM fields; custom events also to
// the day's total of events. Plausible's "engagement" rows are not custom events (skipped).
//
// Every file is read and checked before anything is written (AggregateReader). Memory grows
// with the export's distinct (day, value) pairs, not with its bytes.
class PlausibleExportReader final : public AggregateReader
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::PlausibleExportReader)
public:
    explicit PlausibleExportReader(const QString &path); // FILE.zip or a folder

    // Reads every file; false with the file, line and column of the first fault (a missing
    // column names line 1 and the header's end).
    bool read(ImportError *error) override;

    // The table a file holds ("imported_pages"), or empty when the name is not one of the
    // export's files.
    static QString tableOf(const QString &fileName);
    static QStringList tableNames();

private:
    bool readFile(const QString &table, const QString &file, const QString &shownName,
                  ImportError *error);

    QString m_path;
};

} // namespace raycstr

#pragma once

#include "core/event.h"
#include "core/metrics.h"
#include "import/importrun.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QStringList>

#include <functional>

namespace raycstr {

// One value of one dimension on a day; dimension Total with an empty value is the site.
struct AggregateKey
{
    Dimension dim = Dimension::Total;
    QString value;
    friend bool operator==(const AggregateKey &, const AggregateKey &) = default;
    friend size_t qHash(const AggregateKey &k, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, int(k.dim), k.value);
    }
};

// One local day of imported aggregates: each value's sums.
using DayAggregates = QHash<AggregateKey, Metrics>;

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
// Every file is read and checked before anything is written, and the result is the sums
// per day, so an import can write each day whole or not at all. Memory grows with the
// export's distinct (day, value) pairs, not with its bytes.
class PlausibleExportReader
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::PlausibleExportReader)
public:
    explicit PlausibleExportReader(const QString &path); // FILE.zip or a folder

    // Reads every file; false with the file, line and column of the first fault (a missing
    // column names line 1 and the header's end). Nothing is kept of a failed read.
    bool read(ImportError *error);
    // Called after each file with the bytes of the export's files read so far and in all.
    void setProgress(std::function<void(qint64 done, qint64 total)> progress)
    {
        m_progress = std::move(progress);
    }

    const QMap<qint64, DayAggregates> &days() const { return m_days; } // local day → sums
    // The export's CSV files (names, without the zip or folder): what "the same export"
    // means for a re-import.
    QStringList fileNames() const { return m_fileNames; }
    qint64 rowsRead() const { return m_rows; }
    const QMap<QString, qint64> &skipped() const { return m_skipped; }

    // The table a file holds ("imported_pages"), or empty when the name is not one of the
    // export's files.
    static QString tableOf(const QString &fileName);
    static QStringList tableNames();

private:
    bool readFile(const QString &table, const QString &file, const QString &shownName,
                  ImportError *error);

    QString m_path;
    QMap<qint64, DayAggregates> m_days;
    QStringList m_fileNames;
    qint64 m_rows = 0;
    QMap<QString, qint64> m_skipped;
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace raycstr

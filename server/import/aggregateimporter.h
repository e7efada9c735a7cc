#pragma once

#include "import/aggregatereader.h"
#include "import/importer.h"

namespace raycstr {

// One import run of aggregates (Plausible's CSV export, GA4's Data API reports: read whole
// by an AggregateReader) into the imported_daily table, which the query engine adds to the
// reports (server/query/importedreader). The run is recorded like a raw import's
// (ImportRepository: `import list`, `import undo ID`):
//
// - Each site-local day is one transaction (its rows, its row in import_days and the run's
//   counters): a day is imported whole or not at all.
// - Cut-over: a day that already holds data (native, or another import's) is left out, and
//   so are today and later (the live collector's). Counted in the run.
// - The same export again (`fingerprint`: its files' names, which carry the date range)
//   replaces the earlier import; an interrupted one resumes, keeping its finished days.
// - The input was checked whole before the first day is written; a store failure removes
//   what the run wrote (status "failed").
//
// Runs on the caller's thread, with the data directory to itself (DataDirLock).
class AggregateImporter
{
public:
    AggregateImporter(SqliteDb *db, const Clock *clock);

    // Called after each day with the days done and in all.
    void setProgress(std::function<void(qint64 done, qint64 total)> progress)
    {
        m_progress = std::move(progress);
    }
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    // `request.files`: what the run lists (the zip or folder); `fingerprint`: what makes two
    // runs the same input. `readerSkipped`: rows the reader left out, by reason.
    Importer::Outcome run(const ImportRequest &request, const QString &fingerprint,
                          const QMap<qint64, DayAggregates> &days, qint64 rowsRead,
                          const QMap<QString, qint64> &readerSkipped, ImportRun *run,
                          QString *error);

    // A source read a day at a time (Plausible's Stats API): `fetch` is asked for a day's
    // sums only when the day is to be written (not today, not resumed, not cut over), just
    // before its transaction; `counters` is asked after each day for the rows read and
    // skipped so far. A fetch that fails ends the run as Interrupted with its message in
    // `error` (and the run's error): the days written stay, and the same run resumes.
    struct DaySource
    {
        QList<qint64> days; // local days, in order
        std::function<bool(qint64 day, DayAggregates *rows, QString *error)> fetch;
        std::function<void(qint64 *rowsRead, QMap<QString, qint64> *skipped)> counters;
        // What a day left out (today, resumed, cut over) counts in `skipped`: its rows when
        // they are known; unset: 1, the day (a day never asked for has no rows yet).
        std::function<qint64(qint64 day)> rowsOf;
    };
    Importer::Outcome run(const ImportRequest &request, const QString &fingerprint,
                          const DaySource &source, ImportRun *run, QString *error);

    qint64 resumed() const { return m_resumed; }
    qint64 replaced() const { return m_replaced; }

private:
    bool writeDay(qint32 siteId, qint64 day, qint64 importId, const DayAggregates &rows,
                  QString *error);

    SqliteDb *m_db;
    const Clock *m_clock;
    std::function<void(qint64, qint64)> m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    qint64 m_resumed = 0;
    qint64 m_replaced = 0;
};

} // namespace raycstr

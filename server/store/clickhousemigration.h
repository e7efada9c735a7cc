#pragma once

#include "store/eventstore.h"
#include "store/visitrebuilder.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <atomic>
#include <functional>

namespace raycstr {

class ClickHouseEventStore;
class SqliteDb;

// `raycstr-server migrate --to clickhouse://…`: copies a data directory's stored events and
// drop counts from its SQLite file into ClickHouse (issue 16). Sites, keys, goals, funnels,
// alerts and imports stay in the SQLite file, where a server on ClickHouse reads them; salts
// are never copied (ClickHouse makes its own).
//
// - Day by day per site, in time order: runs of a site's local days (up to
//   Options::chunkEvents events) read with SqliteEventStore::readEvents, their visit
//   bookkeeping made again (VisitRebuilder), written through ClickHouseEventStore in
//   batches of at most Options::batchEvents (its seq, batch ids and retry checks hold).
// - Resumable and idempotent, with the record in ClickHouse's `migrations` table (beside
//   the rows it vouches for: another or an emptied database starts afresh, where a record
//   in the SQLite file would claim days that are not there). Before a batch is sent its id
//   is recorded (state 0); after a run of days is whole, the run (state 1). A later copy
//   skips finished days, and first deletes the batches of a run that never finished
//   (ALTER TABLE … DELETE by batch id, a mutation, waited for), so a day is never half
//   there twice; only the copy's own rows go, not those of a collector already writing to
//   the same database.
// - Cancel (Ctrl+C) is looked at between batches.
// - verify() counts per site and local day, in SQLite and among the copied rows in
//   ClickHouse: events, pageviews, visitors, drop counts.
// - The rollups are SQLite's own, copied with each run of days in its last batch (the
//   events do not fold into rollups again: ClickHouseEventStore::setFoldRollups), so days
//   that only the SQLite rollups still know (their raw events expired after
//   retention_days) keep their totals, series and unfiltered breakdowns on ClickHouse;
//   they are counted per site (SitePlan::rollupOnlyDays). An interrupted run's rollups go
//   with its events (their batch id is in `copy_of`).
//
// Runs on the caller's thread, with the data directory to itself (DataDirLock).
class ClickHouseMigration
{
public:
    struct Options
    {
        qint64 batchEvents = 100000; // events per INSERT, at most
        qint64 chunkEvents = 200000; // a site's days are recorded in runs of about this many
        int stopAfterBatches = -1; // tests: stop as Ctrl+C would after this many batches
        const std::atomic<bool> *cancel = nullptr;
    };
    struct SitePlan
    {
        qint32 siteId = 0;
        QString domain;
        QString timeZone;
        qint64 firstDay = 0; // local days holding events or drop counts
        qint64 lastDay = -1;
        QList<qint64> dayEvents; // per day of [firstDay, lastDay]
        QMap<qint64, QList<DropCount>> drops; // by day
        QList<bool> done; // per day: copied by an earlier run
        qint64 eventsToCopy = 0;
        qint64 daysToCopy = 0; // days with events or drops not copied yet
        qint64 daysDone = 0; // days with events or drops copied earlier
        qint64 rollupOnlyDays = 0; // days with rollups but no raw events any more
    };
    enum Measure { Events, Pageviews, Visitors, Dropped, MeasureCount };
    struct Difference
    {
        qint32 siteId = 0;
        qint64 day = 0;
        std::array<qint64, MeasureCount> sqlite {};
        std::array<qint64, MeasureCount> clickHouse {};
    };
    enum class Outcome { Done, Interrupted, Failed };

    // `store` was opened on the target (schema ensured); both stay the caller's.
    ClickHouseMigration(SqliteDb *db, ClickHouseEventStore *store, Options options);
    ClickHouseMigration(SqliteDb *db, ClickHouseEventStore *store)
        : ClickHouseMigration(db, store, Options())
    { }

    // Reads the record, deletes what an interrupted copy left, and plans the rest.
    bool prepare(QString *error);
    const QList<SitePlan> &sites() const { return m_sites; }
    qint64 eventsToCopy() const;
    // Batches of an interrupted earlier copy that prepare() deleted.
    qint64 cleanedBatches() const { return m_cleaned; }

    // Called after each batch with the events copied so far and in all.
    void setProgress(std::function<void(qint64 done, qint64 total)> progress)
    {
        m_progress = std::move(progress);
    }
    Outcome copy(QString *error);
    qint64 eventsCopied() const { return m_copied; }
    qint64 batchesSent() const { return m_batches; }

    // Every site and local day (of the plan, and any copied row's), where the counts
    // differ; empty when all are equal.
    bool verify(QList<Difference> *differences, QString *error);

private:
    struct Record
    {
        qint32 siteId;
        qint64 firstDay;
        qint64 lastDay;
        quint64 batch;
        int state;
    };
    enum State { Begun = 0, Finished = 1, Cleaned = 2 };

    bool readRecords(QList<Record> *records, QString *error);
    bool cleanInterrupted(const QList<Record> &records, QString *error);
    bool waitForMutations(QString *error);
    bool planSite(SitePlan *plan, const QList<Record> &records, QString *error);
    bool record(qint32 siteId, qint64 firstDay, qint64 lastDay, quint64 batch, State state,
                qint64 events, QString *error);
    // Copies days [firstDay, lastDay] of the site; false with m_stopped or an error.
    bool copyDays(const SitePlan &plan, qint64 firstDay, qint64 lastDay, QString *error);
    // Adds SQLite's rollups of the days (and hours in [fromSecs, toSecs)) to the store's
    // next batch (clickhousemigration_rollups.cpp).
    bool addSqliteRollups(qint32 site, qint64 firstDay, qint64 lastDay, qint64 fromSecs,
                          qint64 toSecs, QString *error);
    bool write(std::vector<Event> &events, const QList<DropCount> &drops, QString *error);
    bool sqliteCounts(const SitePlan &plan, QMap<qint64, std::array<qint64, MeasureCount>> *days,
                      QString *error);

    SqliteDb *m_db;
    ClickHouseEventStore *m_store;
    Options m_options;
    QList<SitePlan> m_sites;
    std::function<void(qint64, qint64)> m_progress;
    qint64 m_cleaned = 0;
    qint64 m_copied = 0;
    qint64 m_batches = 0;
    bool m_stopped = false;
    VisitRebuilder m_visits;
    qint64 m_continuousUntil = -1; // the site's events up to here went through m_visits
};

} // namespace raycstr

#pragma once

#include "import/importrun.h"

#include <QStringList>
#include <QTimeZone>
#include <atomic>
#include <functional>

namespace raycstr {

class Clock;
class HitReader;
class SqliteDb;

struct ImportRequest
{
    qint32 siteId = 0;
    QTimeZone timeZone = QTimeZone::utc(); // the site's
    QString source; // "access-log", "goatcounter", "ga4-bigquery", "umami", "plausible",
                    // "plausible-api",
                    // "google-analytics"
    // As given: the fingerprint is made of their absolute paths (a database's connection,
    // "postgres://…", as it is).
    QStringList files;
    QString geoIpDatabase; // empty: no countries from addresses
    QString userAgentRegexes; // empty: browsers unknown (bots still filtered)
};

// One import run: hits from a HitReader through the server's own privacy pipeline (bot
// filter, UA, country, referrer, visitor hash) and sessionizer into the store, so imported
// visits, bounces, durations, entry and exit pages are what live hits would have given.
//
// - Visitor ids are hashed with random per-day keys that live in this object's memory
//   only (a MemorySaltStore): nothing written can be linked back to an address, and the
//   keys are gone when the run ends.
// - Each site-local day is one transaction (its events, rollups, drop counts, its row in
//   import_days and the run's counters): a day is imported whole or not at all.
// - Cut-over: a day that already holds data (native, or another import's) is left out,
//   and so are today and later (the live collector's). Counted in the run.
// - The same files again: an interrupted (or crashed) run resumes, skipping its finished
//   days; a finished one is replaced (removed first, then imported anew).
// - Bad input stops the run and removes what it wrote (status "failed", the error kept);
//   a cancel (Ctrl+C) keeps the finished days (status "interrupted") for the re-run.
// - Memory: one reorder window of hits and one batch of events, whatever the input's size.
//
// Runs on the caller's thread, with the data directory to itself (DataDirLock).
class Importer
{
public:
    Importer(SqliteDb *db, const Clock *clock);

    // Called now and then with the reader's bytes read and in all.
    void setProgress(std::function<void(qint64 done, qint64 total)> progress)
    {
        m_progress = std::move(progress);
    }
    // Set (from a signal handler, say) to stop at the next hit.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    // Hits are put back in time order within this window (logs are written when a request
    // ends, not when it starts).
    void setReorderWindowMs(qint64 ms) { m_reorderWindowMs = ms; }

    enum class Outcome { Done, Interrupted, Failed };
    // `run` gets the run as recorded; `error` the input's fault when Failed because of it,
    // `message` any other failure.
    Outcome run(const ImportRequest &request, HitReader &reader, ImportRun *run,
                ImportError *error);

    // The earlier run the last run() resumed (its id) or replaced (0: neither).
    qint64 resumed() const { return m_resumed; }
    qint64 replaced() const { return m_replaced; }

    static QString fingerprint(const QString &source, const QStringList &files);

private:
    struct Day;
    SqliteDb *m_db;
    const Clock *m_clock;
    std::function<void(qint64, qint64)> m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    qint64 m_reorderWindowMs = 120000;
    qint64 m_resumed = 0;
    qint64 m_replaced = 0;
};

} // namespace raycstr

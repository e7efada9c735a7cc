#pragma once

#include "import/importrun.h"

#include <QList>
#include <optional>

namespace raycstr {

class SiteTime;
class SqliteDb;

// The `imports` and `import_days` tables, and what an import's days hold. Runs on the
// importing (or undoing) process's one connection; the caller holds the data-directory lock.
class ImportRepository
{
public:
    explicit ImportRepository(SqliteDb *db);

    bool create(ImportRun *run, QString *error); // sets run->id
    bool save(const ImportRun &run, QString *error); // status, counters, days, error
    std::optional<ImportRun> find(qint64 id) const;
    QList<ImportRun> list(qint32 siteId = 0) const; // 0: every site; newest first
    // The newest run of these files that still counts (not replaced, undone or failed).
    std::optional<ImportRun> latest(qint32 siteId, const QString &source,
                                    const QString &fingerprint) const;

    // Starts a run of the input `fingerprint` names: an interrupted (or crashed) run of it
    // goes on (`*resumed` its id), a finished one is removed first (`*replaced` its id), so
    // nothing is counted twice; otherwise a new run is created. The run is left "running".
    std::optional<ImportRun> start(qint32 siteId, const QString &source, const QString &fingerprint,
                                   const QStringList &files, qint64 now, SiteTime &time,
                                   qint64 *resumed, qint64 *replaced, QString *error);

    // Who wrote `day` of the site: an import's id, or 0 for nobody (no import).
    qint64 ownerOfDay(qint32 siteId, qint64 day) const;
    // Whether the site has any data for the day (rollups are kept after raw retention).
    bool dayHasData(qint32 siteId, qint64 day) const;
    QList<qint64> daysOf(qint64 importId) const;
    // What the import's finished days wrote (events, or aggregate rows).
    qint64 writtenBy(qint64 importId) const;

    // Inside the caller's transaction: the day now belongs to the import.
    bool recordDay(qint32 siteId, qint64 day, qint64 importId, qint64 events, QString *error);
    // Inside the caller's transaction: removes what `importId` wrote on the site's local
    // `day` (starting at UTC `dayStart`, ending at `dayEnd`): its events, the day's rollups,
    // imported aggregates, drop counts and the day's ownership.
    bool removeDay(qint32 siteId, qint64 day, qint64 dayStart, qint64 dayEnd, qint64 importId,
                   QString *error);
    // Every day of the run, one transaction each, then status `status` (undone, replaced).
    bool removeRun(const ImportRun &run, SiteTime &time, ImportRun::Status status, QString *error);

private:
    SqliteDb *m_db;
};

} // namespace raycstr

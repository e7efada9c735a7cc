#include "import/aggregateimporter.h"

#include "core/clock.h"
#include "core/sitetime.h"
#include "import/importrepository.h"
#include "store/sqlitedb.h"

namespace raycstr {

AggregateImporter::AggregateImporter(SqliteDb *db, const Clock *clock)
    : m_db(db)
    , m_clock(clock)
{ }

bool AggregateImporter::writeDay(qint32 siteId, qint64 day, qint64 importId,
                                 const DayAggregates &rows, QString *error)
{
    Statement st;
    if (!st.prepare(*m_db,
                    "INSERT INTO imported_daily(site_id, dim, day, value, import_id, visitors, "
                    "visits, pageviews, events, bounces, duration) "
                    "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    error))
        return false;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const Metrics &m = it.value();
        st.bind(1, qint64(siteId))
            .bind(2, qint64(it.key().dim))
            .bind(3, day)
            .bind(4, it.key().value)
            .bind(5, importId)
            .bind(6, m.visitors)
            .bind(7, m.visits)
            .bind(8, m.pageviews)
            .bind(9, m.events)
            .bind(10, m.bounces)
            .bind(11, m.duration);
        if (!st.run()) {
            *error = st.error();
            return false;
        }
        st.reset();
    }
    return true;
}

Importer::Outcome AggregateImporter::run(const ImportRequest &request, const QString &fingerprint,
                                         const QMap<qint64, DayAggregates> &days, qint64 rowsRead,
                                         const QMap<QString, qint64> &readerSkipped, ImportRun *out,
                                         QString *error)
{
    using Outcome = Importer::Outcome;
    ImportRepository repo(m_db);
    SiteTime time(request.timeZone);
    const qint64 today = time.slot(m_clock->nowSecs()).day;
    std::optional<ImportRun> started
        = repo.start(request.siteId, request.source, fingerprint, request.files, m_clock->nowSecs(),
                     time, &m_resumed, &m_replaced, error);
    if (!started)
        return Outcome::Failed;
    ImportRun r = *started;
    const QList<qint64> finishedDays = repo.daysOf(r.id);
    r.rowsRead = rowsRead;
    r.skipped = readerSkipped;
    r.cutOverDays = 0;
    r.eventsWritten = repo.writtenBy(r.id);
    if (!repo.save(r, error))
        return Outcome::Failed;

    auto finish = [&](Outcome outcome) {
        QString why;
        if (outcome == Outcome::Failed) {
            // A store failure: never half an import.
            repo.removeRun(r, time, ImportRun::Status::Failed, &why);
            r.status = ImportRun::Status::Failed;
            r.error = *error;
        } else {
            r.status = outcome == Outcome::Done ? ImportRun::Status::Done
                                                : ImportRun::Status::Interrupted;
        }
        r.finishedAt = m_clock->nowSecs();
        if (!repo.save(r, &why) && outcome == Outcome::Done) {
            *error = why;
            outcome = Outcome::Failed;
        }
        *out = r;
        return outcome;
    };

    qint64 done = 0;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (m_cancel && m_cancel->load())
            return finish(Outcome::Interrupted);
        const qint64 day = it.key();
        const qint64 rows = it.value().size();
        const qint64 owner = repo.ownerOfDay(request.siteId, day);
        if (day >= today) {
            r.skipped[QStringLiteral("today")] += rows;
        } else if (finishedDays.contains(day)) {
            r.skipped[QStringLiteral("resumed")] += rows;
        } else if (owner == 0 ? repo.dayHasData(request.siteId, day) : owner != r.id) {
            r.skipped[QStringLiteral("cut_over")] += rows;
            ++r.cutOverDays;
        } else {
            bool written = false;
            {
                Transaction tx(*m_db);
                r.eventsWritten += rows;
                r.firstDay = r.firstDay || r.lastDay ? qMin(r.firstDay, day) : day;
                r.lastDay = qMax(r.lastDay, day);
                if (!tx.isActive())
                    *error = m_db->lastError();
                else
                    written = writeDay(request.siteId, day, r.id, it.value(), error)
                        && repo.recordDay(request.siteId, day, r.id, rows, error)
                        && repo.save(r, error) && tx.commit(error);
            } // a day not written whole rolls back here, before the run is undone
            if (!written)
                return finish(Outcome::Failed);
        }
        if (m_progress)
            m_progress(++done, days.size());
    }
    return finish(Outcome::Done);
}

} // namespace raycstr

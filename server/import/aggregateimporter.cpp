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
    DaySource source;
    source.days = days.keys();
    source.fetch = [&days](qint64 day, DayAggregates *rows, QString *) {
        *rows = days.value(day);
        return true;
    };
    source.counters = [&](qint64 *read, QMap<QString, qint64> *skipped) {
        *read = rowsRead;
        *skipped = readerSkipped;
    };
    source.rowsOf = [&days](qint64 day) { return qint64(days.value(day).size()); };
    return run(request, fingerprint, source, out, error);
}

Importer::Outcome AggregateImporter::run(const ImportRequest &request, const QString &fingerprint,
                                         const DaySource &source, ImportRun *out, QString *error)
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
    // The reader's counters, and what this run left out itself (kept apart: the reader's
    // are totals so far, asked again after each day).
    QMap<QString, qint64> ownSkips;
    auto count = [&] {
        QMap<QString, qint64> skipped;
        source.counters(&r.rowsRead, &skipped);
        for (auto it = ownSkips.cbegin(); it != ownSkips.cend(); ++it)
            skipped[it.key()] += it.value();
        r.skipped = skipped;
    };
    count();
    r.cutOverDays = 0;
    r.error.clear();
    r.eventsWritten = repo.writtenBy(r.id);
    if (!repo.save(r, error))
        return Outcome::Failed;

    auto finish = [&](Outcome outcome) {
        QString why;
        count();
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
    DayAggregates rows;
    for (const qint64 day : source.days) {
        if (m_cancel && m_cancel->load())
            return finish(Outcome::Interrupted);
        const qint64 owner = repo.ownerOfDay(request.siteId, day);
        const qint64 weight = source.rowsOf ? source.rowsOf(day) : 1;
        if (day >= today) {
            ownSkips[QStringLiteral("today")] += weight;
        } else if (finishedDays.contains(day)) {
            ownSkips[QStringLiteral("resumed")] += weight;
        } else if (owner == 0 ? repo.dayHasData(request.siteId, day) : owner != r.id) {
            ownSkips[QStringLiteral("cut_over")] += weight;
            ++r.cutOverDays;
        } else {
            if (!source.fetch(day, &rows, error)) {
                // The source failed (the network, a refused key) or was stopped: what is
                // written stays.
                if (!m_cancel || !m_cancel->load())
                    r.error = *error;
                return finish(Outcome::Interrupted);
            }
            bool written = false;
            {
                Transaction tx(*m_db);
                r.eventsWritten += rows.size();
                r.firstDay = r.firstDay || r.lastDay ? qMin(r.firstDay, day) : day;
                r.lastDay = qMax(r.lastDay, day);
                count();
                if (!tx.isActive())
                    *error = m_db->lastError();
                else
                    written = writeDay(request.siteId, day, r.id, rows, error)
                        && repo.recordDay(request.siteId, day, r.id, rows.size(), error)
                        && repo.save(r, error) && tx.commit(error);
            } // a day not written whole rolls back here, before the run is undone
            if (!written)
                return finish(Outcome::Failed);
        }
        if (m_progress)
            m_progress(++done, source.days.size());
    }
    return finish(Outcome::Done);
}

} // namespace raycstr

#include "import/importrepository.h"

#include "core/sitetime.h"
#include "store/eventkey.h"
#include "store/sqlitedb.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace raycstr {

namespace {

const char *const Columns = "id, site_id, source, fingerprint, files, started_at, finished_at, "
                            "status, rows_read, events_written, skipped, cut_over_days, "
                            "first_day, last_day, error";

ImportRun readRun(const Statement &st)
{
    ImportRun r;
    r.id = st.int64(0);
    r.siteId = qint32(st.int64(1));
    r.source = st.text(2);
    r.fingerprint = st.text(3);
    r.files = st.text(4).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    r.startedAt = st.int64(5);
    r.finishedAt = st.isNull(6) ? 0 : st.int64(6);
    r.status = ImportRun::statusFromName(st.text(7));
    r.rowsRead = st.int64(8);
    r.eventsWritten = st.int64(9);
    const QJsonObject skipped = QJsonDocument::fromJson(st.text(10).toUtf8()).object();
    for (auto it = skipped.begin(); it != skipped.end(); ++it)
        r.skipped.insert(it.key(), it.value().toInteger());
    r.cutOverDays = st.int64(11);
    r.firstDay = st.isNull(12) ? 0 : st.int64(12);
    r.lastDay = st.isNull(13) ? 0 : st.int64(13);
    r.error = st.text(14);
    return r;
}

QString skippedJson(const QMap<QString, qint64> &skipped)
{
    QJsonObject o;
    for (auto it = skipped.begin(); it != skipped.end(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

ImportRepository::ImportRepository(SqliteDb *db)
    : m_db(db)
{ }

bool ImportRepository::create(ImportRun *run, QString *error)
{
    Statement st(*m_db,
                 "INSERT INTO imports(site_id, source, fingerprint, files, started_at, status) "
                 "VALUES(?, ?, ?, ?, ?, ?)");
    st.bind(1, qint64(run->siteId))
        .bind(2, run->source)
        .bind(3, run->fingerprint)
        .bind(4, run->files.join(QLatin1Char('\n')))
        .bind(5, run->startedAt)
        .bind(6, ImportRun::statusName(run->status));
    if (!st.run()) {
        *error = st.error();
        return false;
    }
    run->id = m_db->lastInsertId();
    return true;
}

bool ImportRepository::save(const ImportRun &run, QString *error)
{
    Statement st(*m_db,
                 "UPDATE imports SET finished_at = ?, status = ?, rows_read = ?, "
                 "events_written = ?, skipped = ?, cut_over_days = ?, first_day = ?, "
                 "last_day = ?, error = ?, started_at = ? WHERE id = ?");
    if (run.finishedAt)
        st.bind(1, run.finishedAt);
    else
        st.bindNull(1);
    st.bind(2, ImportRun::statusName(run.status))
        .bind(3, run.rowsRead)
        .bind(4, run.eventsWritten)
        .bind(5, skippedJson(run.skipped))
        .bind(6, run.cutOverDays);
    if (run.firstDay || run.lastDay)
        st.bind(7, run.firstDay).bind(8, run.lastDay);
    else
        st.bindNull(7).bindNull(8);
    if (run.error.isEmpty())
        st.bindNull(9);
    else
        st.bind(9, run.error);
    st.bind(10, run.startedAt).bind(11, run.id);
    if (!st.run()) {
        *error = st.error();
        return false;
    }
    return true;
}

std::optional<ImportRun> ImportRepository::find(qint64 id) const
{
    Statement st(*m_db,
                 (QByteArray("SELECT ") + Columns + " FROM imports WHERE id = ?").constData());
    st.bind(1, id);
    if (!st.next())
        return std::nullopt;
    return readRun(st);
}

QList<ImportRun> ImportRepository::list(qint32 siteId) const
{
    Statement st(*m_db,
                 (QByteArray("SELECT ") + Columns
                  + " FROM imports WHERE ? = 0 OR site_id = ? ORDER BY id DESC")
                     .constData());
    st.bind(1, qint64(siteId)).bind(2, qint64(siteId));
    QList<ImportRun> runs;
    while (st.next())
        runs.append(readRun(st));
    return runs;
}

std::optional<ImportRun> ImportRepository::latest(qint32 siteId, const QString &source,
                                                  const QString &fingerprint) const
{
    Statement st(*m_db,
                 (QByteArray("SELECT ") + Columns
                  + " FROM imports WHERE site_id = ? AND source = ? AND fingerprint = ? "
                    "AND status IN ('running', 'interrupted', 'done') "
                    "ORDER BY id DESC LIMIT 1")
                     .constData());
    st.bind(1, qint64(siteId)).bind(2, source).bind(3, fingerprint);
    if (!st.next())
        return std::nullopt;
    return readRun(st);
}

std::optional<ImportRun> ImportRepository::start(qint32 siteId, const QString &source,
                                                 const QString &fingerprint,
                                                 const QStringList &files, qint64 now,
                                                 SiteTime &time, qint64 *resumed, qint64 *replaced,
                                                 QString *error)
{
    *resumed = *replaced = 0;
    ImportRun r;
    std::optional<ImportRun> earlier = latest(siteId, source, fingerprint);
    if (earlier && earlier->status != ImportRun::Status::Done) {
        r = *earlier; // interrupted or crashed: go on where it stopped
        *resumed = r.id;
        r.status = ImportRun::Status::Running;
        r.error.clear();
        r.finishedAt = 0;
        return r;
    }
    if (earlier) {
        // The same input again: the earlier import goes first, so nothing is counted twice
        // (and a failure leaves neither, which the summary says).
        QString why;
        if (!removeRun(*earlier, time, ImportRun::Status::Replaced, &why)) {
            *error = QCoreApplication::translate("raycstr::Importer",
                                                 "removing the earlier import %1 failed: %2")
                         .arg(earlier->id)
                         .arg(why);
            return std::nullopt;
        }
        *replaced = earlier->id;
    }
    r.siteId = siteId;
    r.source = source;
    r.fingerprint = fingerprint;
    for (const QString &f : files)
        r.files.append(importSourceName(f));
    r.startedAt = now;
    if (!create(&r, error))
        return std::nullopt;
    return r;
}

qint64 ImportRepository::ownerOfDay(qint32 siteId, qint64 day) const
{
    Statement st(*m_db, "SELECT import_id FROM import_days WHERE site_id = ? AND day = ?");
    st.bind(1, qint64(siteId)).bind(2, day);
    return st.next() ? st.int64(0) : 0;
}

bool ImportRepository::dayHasData(qint32 siteId, qint64 day) const
{
    Statement st(*m_db, "SELECT 1 FROM rollup_daily WHERE site_id = ? AND day = ? LIMIT 1");
    st.bind(1, qint64(siteId)).bind(2, day);
    return st.next();
}

QList<qint64> ImportRepository::daysOf(qint64 importId) const
{
    Statement st(*m_db, "SELECT site_id, day FROM import_days WHERE import_id = ? ORDER BY day");
    st.bind(1, importId);
    QList<qint64> days;
    while (st.next())
        days.append(st.int64(1));
    return days;
}

qint64 ImportRepository::writtenBy(qint64 importId) const
{
    Statement st(*m_db, "SELECT coalesce(sum(events), 0) FROM import_days WHERE import_id = ?");
    st.bind(1, importId);
    return st.next() ? st.int64(0) : 0;
}

bool ImportRepository::recordDay(qint32 siteId, qint64 day, qint64 importId, qint64 events,
                                 QString *error)
{
    Statement st(*m_db,
                 "INSERT INTO import_days(site_id, day, import_id, events) VALUES(?, ?, ?, ?) "
                 "ON CONFLICT(site_id, day) DO UPDATE SET import_id = excluded.import_id, "
                 "events = excluded.events");
    st.bind(1, qint64(siteId)).bind(2, day).bind(3, importId).bind(4, events);
    if (!st.run()) {
        *error = st.error();
        return false;
    }
    return true;
}

bool ImportRepository::removeDay(qint32 siteId, qint64 day, qint64 dayStart, qint64 dayEnd,
                                 qint64 importId, QString *error)
{
    const qint64 site = siteId;
    Statement events(*m_db, "DELETE FROM events WHERE id >= ? AND id < ? AND import_id = ?");
    events.bind(1, EventKey::rangeBegin(site, dayStart))
        .bind(2, EventKey::rangeEnd(site, dayEnd))
        .bind(3, importId);
    Statement daily(*m_db, "DELETE FROM rollup_daily WHERE site_id = ? AND day = ?");
    daily.bind(1, site).bind(2, day);
    Statement hourly(*m_db,
                     "DELETE FROM rollup_hourly WHERE site_id = ? AND hour >= ? AND hour < ?");
    hourly.bind(1, site).bind(2, dayStart).bind(3, dayEnd);
    Statement dropped(*m_db, "DELETE FROM dropped WHERE site_id = ? AND day = ?");
    dropped.bind(1, site).bind(2, day);
    Statement vitals(*m_db, "DELETE FROM rollup_vitals WHERE site_id = ? AND day = ?");
    vitals.bind(1, site).bind(2, day);
    Statement imported(
        *m_db, "DELETE FROM imported_daily WHERE site_id = ? AND day = ? AND import_id = ?");
    imported.bind(1, site).bind(2, day).bind(3, importId);
    Statement owned(*m_db,
                    "DELETE FROM import_days WHERE site_id = ? AND day = ? AND import_id = ?");
    owned.bind(1, site).bind(2, day).bind(3, importId);
    for (Statement *st : {&events, &daily, &hourly, &dropped, &vitals, &imported, &owned}) {
        if (!st->run()) {
            *error = st->error();
            return false;
        }
    }
    return true;
}

bool ImportRepository::removeRun(const ImportRun &run, SiteTime &time, ImportRun::Status status,
                                 QString *error)
{
    for (qint64 day : daysOf(run.id)) {
        // One day per transaction, as it was written: a large import's undo does not hold
        // the write lock for minutes, and an interrupted undo can simply be run again.
        Transaction tx(*m_db);
        if (!tx.isActive()) {
            *error = m_db->lastError();
            return false;
        }
        if (!removeDay(run.siteId, day, time.dayStart(day), time.dayStart(day + 1), run.id, error)
            || !tx.commit(error))
            return false;
    }
    ImportRun done = run;
    done.status = status;
    return save(done, error);
}

} // namespace raycstr

#include "store/clickhousemigration.h"

#include "core/logging.h"
#include "core/sitetime.h"
#include "ingest/sessionizer.h"
#include "store/clickhouseeventstore.h"
#include "store/eventkey.h"
#include "store/rowbinary.h"
#include "store/sites.h"
#include "store/sqliteeventstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <limits>

namespace raycstr {

namespace {

QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

bool fail(QString *error, const QString &what, const ClickHouseError &e)
{
    *error = QStringLiteral("%1: %2").arg(what, e.toString());
    return false;
}

QTimeZone zoneOf(const QString &id)
{
    const QByteArray zoneId = id.toUtf8();
    return QTimeZone::isTimeZoneIdAvailable(zoneId) ? QTimeZone(zoneId) : QTimeZone::utc();
}

} // namespace

ClickHouseMigration::ClickHouseMigration(SqliteDb *db, ClickHouseEventStore *store, Options options)
    : m_db(db)
    , m_store(store)
    , m_options(options)
{
    m_options.batchEvents = qMax<qint64>(1, m_options.batchEvents);
    m_options.chunkEvents = qMax(m_options.chunkEvents, m_options.batchEvents);
    // The rollups come from SQLite's tables, not from the events again (addSqliteRollups).
    m_store->setFoldRollups(false);
}

qint64 ClickHouseMigration::eventsToCopy() const
{
    qint64 total = 0;
    for (const SitePlan &p : m_sites)
        total += p.eventsToCopy;
    return total;
}

bool ClickHouseMigration::prepare(QString *error)
{
    QList<Record> records;
    if (!readRecords(&records, error) || !cleanInterrupted(records, error))
        return false;
    m_sites.clear();
    for (const Site &site : SiteRepository(m_db).list()) {
        SitePlan plan;
        plan.siteId = site.id;
        plan.domain = site.domain;
        plan.timeZone = site.timeZone;
        if (!planSite(&plan, records, error))
            return false;
        m_sites.append(plan);
    }
    return true;
}

bool ClickHouseMigration::readRecords(QList<Record> *records, QString *error)
{
    QByteArray rows;
    ClickHouseError e;
    if (!m_store->client()->select(
            "SELECT site_id, first_day, last_day, batch, state FROM migrations", &rows, &e))
        return fail(error, QStringLiteral("reading the record of earlier copies"), e);
    RowBinaryReader r(rows);
    while (!r.atEnd()) {
        Record rec;
        rec.siteId = r.int32();
        rec.firstDay = r.int32();
        rec.lastDay = r.int32();
        rec.batch = r.uint64();
        rec.state = r.uint8();
        if (!r.ok()) {
            *error = QStringLiteral("reading the record of earlier copies: short answer");
            return false;
        }
        records->append(rec);
    }
    return true;
}

bool ClickHouseMigration::cleanInterrupted(const QList<Record> &records, QString *error)
{
    // A batch is settled when its run of days finished, or when it was deleted already.
    QSet<quint64> cleaned;
    for (const Record &r : records) {
        if (r.state == Cleaned)
            cleaned.insert(r.batch);
    }
    auto finished = [&](const Record &b) {
        for (const Record &r : records) {
            if (r.state == Finished && r.siteId == b.siteId && r.firstDay <= b.firstDay
                && r.lastDay >= b.lastDay)
                return true;
        }
        return false;
    };
    QMap<qint32, QList<Record>> loose; // by site
    for (const Record &r : records) {
        if (r.state == Begun && !cleaned.contains(r.batch) && !finished(r))
            loose[r.siteId].append(r);
    }
    if (loose.isEmpty())
        return true;
    ClickHouseError e;
    for (auto it = loose.cbegin(); it != loose.cend(); ++it) {
        QByteArray ids;
        for (const Record &r : it.value())
            ids += (ids.isEmpty() ? "" : ", ") + QByteArray::number(r.batch);
        const QByteArray where
            = " DELETE WHERE site_id = " + num(it.key()) + " AND batch IN (" + ids + ")";
        // The rollups of migrate's batches keep their batch id in `copy_of`, never merged
        // with other rows (ClickHouseRollups::take): deleted exactly like the events.
        if (!m_store->client()->execute("ALTER TABLE events" + where, &e)
            || !m_store->client()->execute("ALTER TABLE dropped" + where, &e)
            || !m_store->client()->execute("ALTER TABLE rollups DELETE WHERE site_id = "
                                               + num(it.key()) + " AND copy_of IN (" + ids + ")",
                                           &e))
            return fail(error, QStringLiteral("deleting an interrupted copy's rows"), e);
    }
    if (!waitForMutations(error))
        return false;
    for (const QList<Record> &site : loose) {
        for (const Record &r : site) {
            if (!record(r.siteId, r.firstDay, r.lastDay, r.batch, Cleaned, 0, error))
                return false;
            ++m_cleaned;
        }
    }
    qCInfo(lcStore, "migrate: deleted %lld batches of an interrupted copy", m_cleaned);
    return true;
}

bool ClickHouseMigration::waitForMutations(QString *error)
{
    // A DELETE is a mutation that ClickHouse runs in the background (18.16 cannot wait for
    // one in the statement): the rows must be gone before their days are copied again.
    QElapsedTimer clock;
    clock.start();
    const QByteArray sql = "SELECT count() FROM system.mutations WHERE database = "
        + ClickHouseClient::quote(m_store->client()->endpoint().database.toUtf8())
        + " AND table IN ('events', 'dropped', 'rollups') AND is_done = 0";
    for (;;) {
        QByteArray rows;
        ClickHouseError e;
        if (!m_store->client()->select(sql, &rows, &e))
            return fail(error, QStringLiteral("waiting for the deletion"), e);
        if (RowBinaryReader(rows).uint64() == 0)
            return true;
        if (clock.elapsed() > 3600 * 1000) {
            *error = QStringLiteral("ClickHouse has not finished deleting an interrupted "
                                    "copy's rows within an hour (see system.mutations)");
            return false;
        }
        QThread::msleep(200);
    }
}

bool ClickHouseMigration::planSite(SitePlan *plan, const QList<Record> &records, QString *error)
{
    const qint32 site = plan->siteId;
    SiteTime time(zoneOf(plan->timeZone));
    Statement range(*m_db, "SELECT min(id), max(id) FROM events WHERE id >= ? AND id < ?");
    range.bind(1, EventKey::siteBegin(site)).bind(2, EventKey::siteEnd(site));
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    if (range.next() && !range.isNull(0)) {
        first = time.slot(EventKey::tsOf(range.int64(0))).day;
        last = time.slot(EventKey::tsOf(range.int64(1))).day;
    }
    Statement drops(*m_db, "SELECT day, reason, count FROM dropped WHERE site_id = ? ORDER BY day");
    drops.bind(1, qint64(site));
    while (drops.next()) {
        const DropCount d {site, drops.int64(0), drops.text(1), drops.int64(2)};
        plan->drops[d.day].append(d);
        first = qMin(first, d.day);
        last = qMax(last, d.day);
    }
    if (!drops.ok() || !range.ok()) {
        *error = drops.ok() ? range.error() : drops.error();
        return false;
    }
    // Days with rollups only (their raw events expired) are copied too: their sums.
    Statement rollupDays(*m_db, "SELECT min(day), max(day) FROM rollup_daily WHERE site_id = ?");
    rollupDays.bind(1, qint64(site));
    if (rollupDays.next() && !rollupDays.isNull(0)) {
        first = qMin(first, rollupDays.int64(0));
        last = qMax(last, rollupDays.int64(1));
    }
    if (first > last)
        return true; // nothing stored
    plan->firstDay = first;
    plan->lastDay = last;
    Statement count(*m_db, "SELECT count(*) FROM events WHERE id >= ? AND id < ?");
    QSet<qint64> withEvents;
    for (qint64 day = first; day <= last; ++day) {
        count.bind(1, EventKey::rangeBegin(site, time.dayStart(day)))
            .bind(2, EventKey::rangeEnd(site, time.dayStart(day + 1)));
        const qint64 n = count.next() ? count.int64(0) : 0;
        count.reset();
        plan->dayEvents.append(n);
        if (n > 0)
            withEvents.insert(day);
        bool done = false;
        for (const Record &r : records) {
            if (r.state == Finished && r.siteId == site && r.firstDay <= day && r.lastDay >= day)
                done = true;
        }
        plan->done.append(done);
        const bool holds = n > 0 || plan->drops.contains(day);
        if (holds && done)
            ++plan->daysDone;
        else if (holds)
            ++plan->daysToCopy;
        if (!done)
            plan->eventsToCopy += n;
    }
    Statement rollups(*m_db, "SELECT DISTINCT day FROM rollup_daily WHERE site_id = ? AND dim = 0");
    rollups.bind(1, qint64(site));
    while (rollups.next()) {
        if (!withEvents.contains(rollups.int64(0)))
            ++plan->rollupOnlyDays;
    }
    return true;
}

bool ClickHouseMigration::record(qint32 siteId, qint64 firstDay, qint64 lastDay, quint64 batch,
                                 State state, qint64 events, QString *error)
{
    RowBinaryWriter w;
    w.int32(siteId);
    w.int32(qint32(firstDay));
    w.int32(qint32(lastDay));
    w.uint64(batch);
    w.uint8(quint8(state));
    w.uint64(quint64(events));
    w.dateTime(QDateTime::currentSecsSinceEpoch());
    ClickHouseError e;
    if (!m_store->client()->insert(
            "migrations (site_id, first_day, last_day, batch, state, events, at)", w.take(), &e))
        return fail(error, QStringLiteral("recording the copy's progress"), e);
    return true;
}

ClickHouseMigration::Outcome ClickHouseMigration::copy(QString *error)
{
    const qint64 total = eventsToCopy();
    if (m_progress)
        m_progress(0, total);
    for (const SitePlan &plan : std::as_const(m_sites)) {
        m_visits.clear();
        m_continuousUntil = -1;
        for (qint64 day = plan.firstDay; day <= plan.lastDay;) {
            const qsizetype i = qsizetype(day - plan.firstDay);
            if (plan.done[i]) {
                ++day;
                continue;
            }
            // A run of days not copied yet, up to chunkEvents (a bigger day alone).
            qint64 last = day;
            qint64 events = plan.dayEvents[i];
            while (last < plan.lastDay && !plan.done[i + (last - day) + 1]
                   && events + plan.dayEvents[i + (last - day) + 1] <= m_options.chunkEvents) {
                ++last;
                events += plan.dayEvents[i + (last - day)];
            }
            if (!copyDays(plan, day, last, error))
                return m_stopped ? Outcome::Interrupted : Outcome::Failed;
            if (m_stopped)
                return Outcome::Interrupted;
            day = last + 1;
        }
    }
    return Outcome::Done;
}

bool ClickHouseMigration::copyDays(const SitePlan &plan, qint64 firstDay, qint64 lastDay,
                                   QString *error)
{
    const qint32 site = plan.siteId;
    SiteTime time(zoneOf(plan.timeZone));
    const qint64 from = time.dayStart(firstDay);
    const qint64 to = time.dayStart(lastDay + 1);
    SqliteEventStore sqlite(m_db);
    if (m_continuousUntil != from) {
        // Visits running into the first day began before it: read them from their start so
        // their entry page and deltas come out as the sessionizer made them.
        m_visits.clear();
        Statement st(*m_db,
                     "SELECT min(((id >> 16) & 1073741823) + ? - visit_age) FROM events "
                     "WHERE id >= ? AND id < ?");
        st.bind(1, EventKey::Epoch)
            .bind(2, EventKey::rangeBegin(site, from))
            .bind(3, EventKey::rangeEnd(site, from + 2 * Sessionizer::DefaultTimeoutSecs));
        const qint64 since = st.next() && !st.isNull(0) ? st.int64(0) : from;
        if (since < from
            && !sqlite.readEvents(
                site, since, from,
                [&](Event &e, qint64) {
                    m_visits.apply(e);
                    return true;
                },
                error))
            return false;
    }
    m_store->restartKeysAt(site, from);
    QList<DropCount> drops;
    for (auto it = plan.drops.lowerBound(firstDay); it != plan.drops.cend() && it.key() <= lastDay;
         ++it)
        drops += it.value();

    std::vector<Event> batch;
    batch.reserve(size_t(qMin<qint64>(m_options.batchEvents, 100000)));
    qint64 batchImport = 0;
    qint64 copied = 0;
    bool failed = false;
    auto flush = [&](const QList<DropCount> &withDrops) {
        if (batch.empty() && withDrops.isEmpty() && m_store->rollups().isEmpty())
            return true;
        quint64 id = 0;
        while (id == 0)
            id = QRandomGenerator::system()->generate64();
        const qint64 n = qint64(batch.size());
        if (!record(site, firstDay, lastDay, id, Begun, n, error))
            return false;
        m_store->setNextBatch(id);
        m_store->setImportId(batchImport);
        if (!write(batch, withDrops, error))
            return false;
        batch.clear();
        copied += n;
        m_copied += n;
        ++m_batches;
        if (m_progress)
            m_progress(m_copied, eventsToCopy());
        if ((m_options.cancel && m_options.cancel->load())
            || (m_options.stopAfterBatches >= 0 && m_batches >= m_options.stopAfterBatches))
            m_stopped = true;
        return true;
    };
    const bool read = sqlite.readEvents(
        site, from, to,
        [&](Event &e, qint64 importId) {
            e.slot = time.slot(e.ts);
            e.visitSlot = time.slot(e.visitStart);
            m_visits.apply(e);
            if (!batch.empty()
                && (importId != batchImport || qint64(batch.size()) >= m_options.batchEvents)) {
                if (!flush({})) {
                    failed = true;
                    return false;
                }
                if (m_stopped)
                    return false;
            }
            batchImport = importId;
            batch.push_back(std::move(e));
            return true;
        },
        error);
    if (!read || failed || m_stopped)
        return !failed && read; // stopped: the run stays unfinished, deleted next time
    if (!addSqliteRollups(site, firstDay, lastDay, from, to, error) || !flush(drops))
        return false;
    m_continuousUntil = to;
    return record(site, firstDay, lastDay, 0, Finished, copied, error);
}

bool ClickHouseMigration::write(std::vector<Event> &events, const QList<DropCount> &drops,
                                QString *error)
{
    // As the writer thread does: the same events again after a failure, so the store checks
    // what landed before it sends anything twice.
    int waitMs = 100;
    for (int attempt = 1;; ++attempt) {
        if (m_store->write(events, drops, error))
            return true;
        if (attempt == 8 || (m_options.cancel && m_options.cancel->load()))
            return false;
        qCWarning(lcStore, "migrate: writing to ClickHouse failed (%s); trying again",
                  qPrintable(*error));
        QThread::msleep(waitMs);
        waitMs = qMin(waitMs * 2, 5000);
    }
}

} // namespace raycstr

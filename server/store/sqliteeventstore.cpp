#include "store/sqliteeventstore.h"

#include "core/logging.h"
#include "store/eventkey.h"

#include <sqlite3.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace raycstr {

QByteArray propsToJson(const QList<Property> &props)
{
    if (props.isEmpty())
        return QByteArray();
    QJsonObject o; // QJsonObject keeps keys sorted
    for (const Property &p : props)
        o.insert(p.key, p.value);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QList<Property> propsFromJson(const QByteArray &json)
{
    QList<Property> props;
    if (json.isEmpty())
        return props;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    props.reserve(o.size());
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        props.append({it.key(), it.value().toString()});
    return props;
}

SqliteEventStore::SqliteEventStore(SqliteDb *db)
    : m_db(db)
    , m_interner(db)
{
    m_insertEvent.prepare(
        *db,
        "INSERT INTO events(id, visitor, visit_age, kind, flags, page, acquisition, agent, "
        "country, name, props, value, import_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_upsertDaily.prepare(
        *db,
        "INSERT INTO rollup_daily(site_id, day, dim, value, visitors, visits, pageviews, "
        "events, bounces, duration) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(site_id, day, dim, value) DO UPDATE SET "
        "visitors = visitors + excluded.visitors, visits = visits + excluded.visits, "
        "pageviews = pageviews + excluded.pageviews, events = events + excluded.events, "
        "bounces = bounces + excluded.bounces, duration = duration + excluded.duration");
    m_upsertHourly.prepare(
        *db,
        "INSERT INTO rollup_hourly(site_id, hour, visitors, visits, pageviews, events, "
        "bounces, duration) VALUES(?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(site_id, hour) DO UPDATE SET "
        "visitors = visitors + excluded.visitors, visits = visits + excluded.visits, "
        "pageviews = pageviews + excluded.pageviews, events = events + excluded.events, "
        "bounces = bounces + excluded.bounces, duration = duration + excluded.duration");
    m_upsertDropped.prepare(
        *db,
        "INSERT INTO dropped(site_id, day, reason, count) VALUES(?, ?, ?, ?) "
        "ON CONFLICT(site_id, day, reason) DO UPDATE SET count = count + excluded.count");
    m_upsertVitals.prepare(
        *db,
        "INSERT INTO rollup_vitals(site_id, metric, page, day, bucket, count) "
        "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(site_id, metric, page, day, bucket) "
        "DO UPDATE SET count = count + excluded.count");
    m_maxKey.prepare(*db, "SELECT max(id) FROM events WHERE id >= ? AND id < ?");
    m_siteExists.prepare(*db, "SELECT 1 FROM sites WHERE id = ?");
}

qint64 SqliteEventStore::nextKey(qint32 siteId, qint64 *ts)
{
    auto it = m_lastKey.find(siteId);
    if (it == m_lastKey.end()) {
        // First write for this site since start: continue after what is on disk, so keys
        // never collide with those of a previous run within the same second.
        KeyState state;
        m_maxKey.bind(1, EventKey::siteBegin(siteId)).bind(2, EventKey::siteEnd(siteId));
        if (m_maxKey.next() && !m_maxKey.isNull(0)) {
            const qint64 id = m_maxKey.int64(0);
            state.ts = EventKey::tsOf(id);
            state.n = id & EventKey::MaxN;
        }
        m_maxKey.reset();
        it = m_lastKey.insert(siteId, state);
    }
    KeyState &k = it.value();
    // Keys are handed out in time order per site; an event a little older than the last
    // one is filed under the last second (the queue can reorder by milliseconds).
    if (*ts > k.ts) {
        k.ts = qMax(*ts, EventKey::Epoch);
        k.n = 0;
    } else if (++k.n > EventKey::MaxN) {
        ++k.ts; // more than 65,536 events in a second for one site: borrow the next second
        k.n = 0;
    }
    *ts = k.ts;
    return EventKey::make(siteId, k.ts, k.n);
}

void SqliteEventStore::restartKeysAt(qint32 siteId, qint64 fromSecs, qint64 toSecs)
{
    KeyState state {fromSecs - 1, 0};
    m_maxKey.bind(1, EventKey::rangeBegin(siteId, fromSecs))
        .bind(2, EventKey::rangeEnd(siteId, toSecs));
    if (m_maxKey.next() && !m_maxKey.isNull(0)) {
        const qint64 id = m_maxKey.int64(0);
        state = {EventKey::tsOf(id), id & EventKey::MaxN};
    }
    m_maxKey.reset();
    m_lastKey.insert(siteId, state);
}

bool SqliteEventStore::write(std::vector<Event> &events, const QList<DropCount> &drops,
                             QString *error)
{
    Transaction tx(*m_db);
    if (!tx.isActive()) {
        *error = m_db->lastError();
        return false;
    }
    // After a rolled-back transaction, ids cached during it may not exist, and the keys
    // handed out were not used: forget both.
    auto abandon = [&](const QString &reason) {
        *error = reason.isEmpty() ? m_db->lastError() : reason;
        m_interner.clearCaches();
        m_lastKey.clear();
        return false;
    };
    // A site removed while its hits waited in the queue (`site remove` runs beside the
    // server) gets nothing: its events and drop counts are let go here, inside the
    // transaction that would have written them, so they cannot slip in after the removal.
    QHash<qint32, bool> siteExists;
    auto exists = [&](qint32 siteId) {
        auto it = siteExists.find(siteId);
        if (it == siteExists.end()) {
            m_siteExists.bind(1, qint64(siteId));
            it = siteExists.insert(siteId, m_siteExists.next());
            m_siteExists.reset();
        }
        return *it;
    };
    std::erase_if(events, [&](const Event &e) { return !exists(e.siteId); });
    m_rollups.clear();
    for (Event &e : events) {
        const qint64 id = nextKey(e.siteId, &e.ts);
        // Every value is interned once here; the row and the rollups both use the ids.
        DimensionIds ids;
        ids[Dimension::Hostname] = m_interner.string(e.hostname);
        ids[Dimension::Page] = ids[Dimension::ExitPage] = m_interner.string(e.path);
        ids[Dimension::EntryPage]
            = e.entryPath == e.path ? ids[Dimension::Page] : m_interner.string(e.entryPath);
        const Acquisition &acq = e.acquisition;
        const Interner::AcquisitionIds acquisitionIds {
            m_interner.string(acq.source),      m_interner.string(acq.referrer),
            m_interner.string(acq.utmSource),   m_interner.string(acq.utmMedium),
            m_interner.string(acq.utmCampaign), m_interner.string(acq.utmContent),
            m_interner.string(acq.utmTerm)};
        for (size_t i = 0; i < acquisitionIds.size(); ++i)
            ids.value[size_t(Dimension::Source) + i] = acquisitionIds[i];
        ids[Dimension::Browser] = m_interner.string(e.agent.browser);
        ids[Dimension::Os] = m_interner.string(e.agent.os);
        ids[Dimension::Device] = m_interner.device(e.agent.device);
        const qint64 agent = m_interner.agent(
            {ids[Dimension::Browser], m_interner.string(e.agent.browserVersion), ids[Dimension::Os],
             m_interner.string(e.agent.osVersion), qint64(e.agent.device)});
        std::tie(ids[Dimension::BrowserVersion], ids[Dimension::OsVersion])
            = m_interner.agentVersions(agent, e.agent);
        ids[Dimension::Country] = m_interner.string(e.country);
        ids[Dimension::EventName] = m_interner.string(e.name);
        ids.previousExit = e.exitChanged ? m_interner.string(e.previousExitPath) : 0;
        const qint64 page = m_interner.page(ids[Dimension::Hostname], ids[Dimension::Page]);
        const qint64 acquisition = m_interner.acquisition(acquisitionIds);
        const qint64 name = ids[Dimension::EventName];
        const QByteArray props = propsToJson(e.props);
        const qint64 propsId = props.isEmpty() ? 0 : m_interner.string(QString::fromUtf8(props));
        qint64 country = 0;
        if (e.country.size() == 2)
            country = (qint64(e.country.at(0).unicode()) << 8) | e.country.at(1).unicode();
        Statement &st = m_insertEvent;
        st.bind(1, id)
            .bind(2, qint64(e.visitor))
            .bind(3, qMax<qint64>(0, e.ts - e.visitStart))
            .bind(4, qint64(e.kind))
            .bind(5, qint64(e.flags))
            .bindIdOrNull(6, page)
            .bindIdOrNull(7, acquisition)
            .bindIdOrNull(8, agent)
            .bindIdOrNull(9, country)
            .bindIdOrNull(10, name)
            .bindIdOrNull(11, propsId);
        if (e.hasValue)
            st.bind(12, e.value);
        else
            st.bindNull(12);
        st.bindIdOrNull(13, m_importId);
        if (!st.run())
            return abandon(QStringLiteral("storing an event failed: %1").arg(st.error()));
        m_rollups.add(e, ids);
    }
    for (const DropCount &d : drops) {
        if (!exists(d.siteId))
            continue;
        m_upsertDropped.bind(1, qint64(d.siteId)).bind(2, d.day).bind(3, d.reason).bind(4, d.count);
        if (!m_upsertDropped.run())
            return abandon(m_upsertDropped.error());
    }
    if (!writeRollups(error) || m_interner.failed() || !tx.commit(error))
        return abandon(*error);
    return true;
}

bool SqliteEventStore::writeRollups(QString *error)
{
    for (auto it = m_rollups.days().cbegin(); it != m_rollups.days().cend(); ++it) {
        const Metrics &m = it.value();
        if (m.isZero())
            continue;
        const auto &k = it.key();
        m_upsertDaily.bind(1, qint64(k.siteId))
            .bind(2, k.day)
            .bind(3, qint64(k.dim))
            .bind(4, k.valueId)
            .bind(5, m.visitors)
            .bind(6, m.visits)
            .bind(7, m.pageviews)
            .bind(8, m.events)
            .bind(9, m.bounces)
            .bind(10, m.duration);
        if (!m_upsertDaily.run()) {
            *error = m_upsertDaily.error();
            return false;
        }
    }
    for (auto it = m_rollups.hours().cbegin(); it != m_rollups.hours().cend(); ++it) {
        const Metrics &m = it.value();
        if (m.isZero())
            continue;
        m_upsertHourly.bind(1, qint64(it.key().siteId))
            .bind(2, it.key().hourStart)
            .bind(3, m.visitors)
            .bind(4, m.visits)
            .bind(5, m.pageviews)
            .bind(6, m.events)
            .bind(7, m.bounces)
            .bind(8, m.duration);
        if (!m_upsertHourly.run()) {
            *error = m_upsertHourly.error();
            return false;
        }
    }
    for (auto it = m_rollups.vitals().cbegin(); it != m_rollups.vitals().cend(); ++it) {
        const auto &k = it.key();
        m_upsertVitals.bind(1, qint64(k.siteId))
            .bind(2, k.metricId)
            .bind(3, k.pageId)
            .bind(4, k.day)
            .bind(5, qint64(k.bucket))
            .bind(6, it.value());
        if (!m_upsertVitals.run()) {
            *error = m_upsertVitals.error();
            return false;
        }
    }
    return true;
}

qint64 SqliteEventStore::deleteEventsBefore(qint64 cutoffSecs, QString *error)
{
    QList<qint64> sites;
    {
        Statement st(*m_db, "SELECT id FROM sites");
        while (st.next())
            sites.append(st.int64(0));
    }
    qint64 total = 0;
    Statement del(*m_db, "DELETE FROM events WHERE id >= ? AND id < ?");
    for (qint64 site : sites) {
        // One day per transaction keeps the writer's lock short on a big backlog.
        Statement first(*m_db, "SELECT min(id) FROM events WHERE id >= ? AND id < ?");
        first.bind(1, EventKey::siteBegin(site)).bind(2, EventKey::rangeEnd(site, cutoffSecs));
        if (!first.next() || first.isNull(0))
            continue;
        for (qint64 from = EventKey::tsOf(first.int64(0)); from < cutoffSecs; from += 86400) {
            const qint64 to = qMin(from + 86400, cutoffSecs);
            Transaction tx(*m_db);
            del.bind(1, EventKey::siteBegin(site)).bind(2, EventKey::rangeEnd(site, to));
            if (!del.run() || !tx.commit(error)) {
                if (error->isEmpty())
                    *error = m_db->lastError();
                return -1;
            }
            total += m_db->changes();
        }
    }
    return total;
}

bool SqliteEventStore::replay(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                              const std::function<void(Event &)> &visit, QString *error)
{
    return read(
        siteId, fromSecs, toSecs, false,
        [&](Event &e, qint64) {
            visit(e);
            return true;
        },
        error);
}

bool SqliteEventStore::readEvents(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                                  const std::function<bool(Event &, qint64)> &visit, QString *error)
{
    return read(siteId, fromSecs, toSecs, true, visit, error);
}

bool SqliteEventStore::read(qint32 siteId, qint64 fromSecs, qint64 toSecs, bool whole,
                            const std::function<bool(Event &, qint64)> &visit, QString *error)
{
    // The sessionizer's replay after a restart reads what it needs; a copy (whole) also the
    // properties, the value and the import.
    Statement st;
    if (!st.prepare(
            *m_db,
            QByteArray("SELECT e.id, e.visitor, e.visit_age, e.kind, e.flags, hs.value, ps.value, "
                       "src.value, ref.value, us.value, um.value, uca.value, uco.value, ut.value, "
                       "b.value, bv.value, o.value, ov.value, ag.device, e.country, n.value")
                + (whole ? ", pr.value, e.value, e.import_id " : " ")
                + "FROM events e "
                  "LEFT JOIN pages p ON p.id = e.page "
                  "LEFT JOIN strings hs ON hs.id = p.hostname "
                  "LEFT JOIN strings ps ON ps.id = p.path "
                  "LEFT JOIN acquisitions a ON a.id = e.acquisition "
                  "LEFT JOIN strings src ON src.id = a.source "
                  "LEFT JOIN strings ref ON ref.id = a.referrer "
                  "LEFT JOIN strings us ON us.id = a.utm_source "
                  "LEFT JOIN strings um ON um.id = a.utm_medium "
                  "LEFT JOIN strings uca ON uca.id = a.utm_campaign "
                  "LEFT JOIN strings uco ON uco.id = a.utm_content "
                  "LEFT JOIN strings ut ON ut.id = a.utm_term "
                  "LEFT JOIN agents ag ON ag.id = e.agent "
                  "LEFT JOIN strings b ON b.id = ag.browser "
                  "LEFT JOIN strings bv ON bv.id = ag.browser_version "
                  "LEFT JOIN strings o ON o.id = ag.os "
                  "LEFT JOIN strings ov ON ov.id = ag.os_version "
                  "LEFT JOIN strings n ON n.id = e.name "
                + (whole ? "LEFT JOIN strings pr ON pr.id = e.props " : "")
                + "WHERE e.id >= ? AND e.id < ? ORDER BY e.id",
            error))
        return false;
    st.bind(1, EventKey::rangeBegin(siteId, fromSecs)).bind(2, EventKey::rangeEnd(siteId, toSecs));
    Event e;
    while (st.next()) {
        e = Event();
        e.siteId = siteId;
        e.ts = EventKey::tsOf(st.int64(0));
        e.visitor = quint64(st.int64(1));
        e.visitStart = e.ts - st.int64(2);
        e.kind = EventKind(st.int64(3));
        e.flags = quint32(st.int64(4));
        e.interactive = (e.flags & EventFlag::Interactive) != 0;
        e.hostname = st.text(5);
        e.path = st.text(6);
        e.acquisition = {st.text(7),  st.text(8),  st.text(9), st.text(10),
                         st.text(11), st.text(12), st.text(13)};
        e.agent = {st.text(14), st.text(15), st.text(16), st.text(17), DeviceType(st.int64(18))};
        if (const qint64 c = st.int64(19))
            e.country = QString(QChar(char16_t(c >> 8))) + QChar(char16_t(c & 0xff));
        e.name = st.text(20);
        qint64 importId = 0;
        if (whole) {
            e.props = propsFromJson(st.text(21).toUtf8());
            e.hasValue = !st.isNull(22);
            e.value = e.hasValue ? st.real(22) : 0;
            importId = st.int64(23);
        }
        if (!visit(e, importId))
            return true;
    }
    if (!st.ok()) {
        *error = st.error();
        return false;
    }
    return true;
}

QByteArray SqliteEventStore::saltForDay(qint64 day, qint64 nowSecs)
{
    QByteArray salt = existingSalt(day);
    if (!salt.isEmpty())
        return salt;
    salt = makeRandomSalt();
    Statement st(*m_db, "INSERT OR IGNORE INTO salts(day, salt, created_at) VALUES(?, ?, ?)");
    st.bind(1, day).bind(2, salt, true).bind(3, nowSecs);
    if (!st.run())
        qCWarning(lcStore, "could not store the daily salt: %s", qPrintable(st.error()));
    const QByteArray stored = existingSalt(day);
    return stored.isEmpty() ? salt : stored;
}

QByteArray SqliteEventStore::existingSalt(qint64 day)
{
    Statement st(*m_db, "SELECT salt FROM salts WHERE day = ?");
    st.bind(1, day);
    return st.next() ? st.blob(0) : QByteArray();
}

int SqliteEventStore::deleteSaltsCreatedBefore(qint64 cutoffSecs)
{
    // An expired salt must be gone from the disk, not just from the table: with a copy of
    // the file and the salt, the day's 48-bit visitor hashes can be brute-forced back to
    // IPv4 × common User-Agents. A plain DELETE leaves the bytes in the page's free space,
    // in the main file's older page and in old WAL frames. secure_delete zeroes the freed
    // space; the TRUNCATE checkpoint then overwrites the main file's page with the zeroed
    // one and cuts the WAL, the last place an older copy lived. Only around this delete:
    // retention deletes millions of events, and zeroing their pages would double the I/O.
    Statement mode(*m_db, "PRAGMA secure_delete");
    const qint64 previous = mode.next() ? mode.int64(0) : 0;
    mode.reset();
    m_db->exec("PRAGMA secure_delete = 1");
    Statement st(*m_db, "DELETE FROM salts WHERE created_at < ?");
    st.bind(1, cutoffSecs);
    const int deleted = st.run() ? m_db->changes() : 0;
    m_db->exec(QByteArray("PRAGMA secure_delete = ") + QByteArray::number(previous));
    if (deleted > 0)
        m_saltWipePending = true;
    if (m_saltWipePending) {
        // Readers on an older snapshot keep the checkpoint from finishing: try again at the
        // next call (every minute), rather than stall the writer.
        QString error;
        if (m_db->checkpointAndTruncateWal(1000, &error))
            m_saltWipePending = false;
        else
            qCWarning(lcStore, "wiping deleted salts from the WAL is delayed: %s",
                      qPrintable(error));
    }
    return deleted;
}

bool SqliteEventStore::isDiskFull(const QString &writeError) const
{
    // SQLite reports ENOSPC (and a full quota) as SQLITE_FULL, whose message is fixed.
    return writeError.contains(QLatin1String(sqlite3_errstr(SQLITE_FULL)));
}

} // namespace raycstr

#include "store/clickhouseeventstore.h"

#include "core/logging.h"
#include "store/clickhouseschema.h"
#include "store/rowbinary.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>
#include <utility>

namespace raycstr {

namespace {

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

// toDateTime() of a second, clamped to what DateTime holds.
QByteArray dateTime(qint64 secs)
{
    return "toDateTime(" + number(qBound<qint64>(0, secs, std::numeric_limits<quint32>::max()))
        + ')';
}

QByteArray sqlList(const QList<qint64> &values)
{
    QByteArray out;
    for (const qint64 v : values) {
        if (!out.isEmpty())
            out += ", ";
        out += number(v);
    }
    return out;
}

bool fail(QString *error, const QString &what, const ClickHouseError &e)
{
    *error = what.isEmpty() ? e.toString() : QStringLiteral("%1: %2").arg(what, e.toString());
    return false;
}

// Properties sorted by key, the last value of a repeated key winning, as the SQLite store's
// JSON object keeps them.
QList<Property> sortedProps(const QList<Property> &props)
{
    QList<Property> sorted = props;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Property &a, const Property &b) { return a.key < b.key; });
    QList<Property> out;
    out.reserve(sorted.size());
    for (const Property &p : sorted) {
        if (!out.isEmpty() && out.last().key == p.key)
            out.last() = p;
        else
            out.append(p);
    }
    return out;
}

// Which batch write() was handed: the failed one again (the same events and drops), or new.
size_t eventBatchFingerprint(const std::vector<Event> &events, const QList<DropCount> &drops)
{
    size_t h = qHashMulti(0, events.size(), drops.size());
    for (const Event &e : events)
        h = qHashMulti(h, e.siteId, e.ts, e.visitor, int(e.kind), e.flags, e.path, e.name);
    for (const DropCount &d : drops)
        h = qHashMulti(h, d.siteId, d.day, d.reason, d.count);
    return h;
}

} // namespace

std::unique_ptr<ClickHouseEventStore>
ClickHouseEventStore::open(std::unique_ptr<ClickHouseClient> client, SiteExists siteExists,
                           QString *error)
{
    if (!ClickHouseSchema::ensure(client.get(), error))
        return nullptr;
    return std::make_unique<ClickHouseEventStore>(std::move(client), std::move(siteExists));
}

ClickHouseEventStore::ClickHouseEventStore(std::unique_ptr<ClickHouseClient> client,
                                           SiteExists siteExists)
    : m_client(std::move(client))
    , m_siteExists(std::move(siteExists))
    , m_salts(m_client.get())
{ }

ClickHouseEventStore::~ClickHouseEventStore() = default;

bool ClickHouseEventStore::write(std::vector<Event> &events, const QList<DropCount> &drops,
                                 QString *error)
{
    // Salts made while ClickHouse was away go first: events hashed with them follow.
    if (!m_salts.storeUnconfirmed(error))
        return false;
    if (m_pending) {
        if (m_pending->fingerprint == eventBatchFingerprint(events, drops))
            return finishPending(error);
        // Not the failed batch again: the engine gave up on it (stop() ran out of time).
        qCWarning(lcStore, "ClickHouse: batch %llx given up before it was confirmed",
                  m_pending->batch);
        m_pending.reset();
    }
    if (!encode(events, drops, error))
        return false;
    return !m_pending || finishPending(error);
}

bool ClickHouseEventStore::encode(std::vector<Event> &events, const QList<DropCount> &drops,
                                  QString *error)
{
    // A site removed while its hits waited in the queue gets nothing, as on SQLite; its
    // events leave `events`, so the live stream does not show them either.
    QHash<qint32, bool> known;
    auto exists = [&](qint32 siteId) {
        auto it = known.find(siteId);
        if (it == known.end())
            it = known.insert(siteId, m_siteExists(siteId));
        return *it;
    };
    std::erase_if(events, [&](const Event &e) { return !exists(e.siteId); });
    QList<DropCount> keptDrops;
    for (const DropCount &d : drops) {
        if (exists(d.siteId))
            keptDrops.append(d);
    }
    if (events.empty() && keptDrops.isEmpty() && m_rollups.isEmpty())
        return true;

    QList<qint32> fresh;
    qint64 firstTs = std::numeric_limits<qint64>::max();
    for (const Event &e : events) {
        if (!m_lastKey.contains(e.siteId) && !fresh.contains(e.siteId))
            fresh.append(e.siteId);
        firstTs = qMin(firstTs, e.ts);
    }
    if (!fresh.isEmpty() && !loadKeyStates(fresh, firstTs, error))
        return false;

    Pending p;
    p.batch = std::exchange(m_nextBatch, 0);
    const quint64 copy = p.batch; // migrate's batch (see ClickHouseRollups::take), else 0
    while (p.batch == 0)
        p.batch = QRandomGenerator::system()->generate64();
    RowBinaryWriter w;
    w.reserve(qsizetype(events.size()) * 200);
    p.rowEnds.reserve(qsizetype(events.size()));
    p.keys.reserve(qsizetype(events.size()));
    QSet<qint32> sites;
    qint64 minTs = std::numeric_limits<qint64>::max();
    qint64 maxTs = std::numeric_limits<qint64>::min();
    for (Event &e : events) {
        const quint32 seq = nextSeq(e.siteId, &e.ts);
        sites.insert(e.siteId);
        minTs = qMin(minTs, e.ts);
        maxTs = qMax(maxTs, e.ts);
        // The order of ClickHouseSchema's events columns.
        w.int32(e.siteId);
        w.dateTime(e.ts);
        w.uint32(seq);
        w.uint64(p.batch);
        w.uint64(e.visitor);
        w.dateTime(e.visitStart);
        w.int32(qint32(e.slot.day));
        w.dateTime(e.slot.hourStart);
        w.int32(qint32(e.visitSlot.day));
        w.uint8(quint8(e.kind));
        w.uint32(e.flags);
        w.string(e.hostname);
        w.string(e.path);
        w.string(e.entryPath);
        const Acquisition &a = e.acquisition;
        const Agent &agent = e.agent;
        for (const QString *s : {&a.source, &a.referrer, &a.utmSource, &a.utmMedium, &a.utmCampaign,
                                 &a.utmContent, &a.utmTerm})
            w.string(*s);
        w.string(e.country);
        w.uint8(quint8(agent.device));
        for (const QString *s :
             {&agent.browser, &agent.browserVersion, &agent.os, &agent.osVersion})
            w.string(*s);
        w.string(e.name);
        const QList<Property> props = e.props.size() > 1 ? sortedProps(e.props) : e.props;
        w.size(quint64(props.size()));
        for (const Property &prop : props)
            w.string(prop.key);
        w.size(quint64(props.size()));
        for (const Property &prop : props)
            w.string(prop.value);
        w.float64(e.hasValue ? e.value : 0.0);
        w.uint8(e.hasValue);
        w.uint8(e.interactive);
        w.int8(qint8(qBound(-128, e.bounceDelta, 127)));
        w.int64(e.durationDelta);
        w.int64(m_importId); // imports write to SQLite; a copy of one keeps its id
        if (m_foldRollups)
            m_rollups.add(e);
        p.rowEnds.append(w.byteCount());
        p.keys.append({e.siteId, quint32(qBound<qint64>(0, e.ts, UINT32_MAX)), seq});
    }
    p.events = w.take();
    QList<qint64> siteList(sites.cbegin(), sites.cend());
    std::sort(siteList.begin(), siteList.end());
    // The checks read the batch's own site and time range: the primary key finds it.
    if (!events.empty())
        p.where = "site_id IN (" + sqlList(siteList) + ") AND ts >= " + dateTime(minTs)
            + " AND ts <= " + dateTime(maxTs) + " AND batch = " + QByteArray::number(p.batch);

    QSet<qint64> dropSites;
    QSet<qint64> dropDays;
    for (const DropCount &d : keptDrops) {
        w.int32(d.siteId);
        w.int32(qint32(d.day));
        w.string(d.reason);
        w.int64(d.count);
        w.uint64(p.batch);
        dropSites.insert(d.siteId);
        dropDays.insert(d.day);
    }
    p.drops = w.take();
    if (!keptDrops.isEmpty())
        p.dropsWhere = "site_id IN (" + sqlList({dropSites.cbegin(), dropSites.cend()})
            + ") AND day IN (" + sqlList({dropDays.cbegin(), dropDays.cend()})
            + ") AND batch = " + QByteArray::number(p.batch);
    p.rollups = m_rollups.take(p.batch, copy);
    p.fingerprint = eventBatchFingerprint(events, drops);
    m_pending = std::move(p);
    return true;
}

bool ClickHouseEventStore::finishPending(QString *error)
{
    Pending &p = *m_pending;
    if (!p.eventsDone && !insertEvents(p, error))
        return false;
    if (!p.dropsDone && !insertDrops(p, error))
        return false;
    if (!insertRollups(p, error))
        return false;
    m_pending.reset();
    return true;
}

bool ClickHouseEventStore::insertEvents(Pending &p, QString *error)
{
    if (p.keys.isEmpty()) {
        p.eventsDone = true;
        return true;
    }
    // Every attempt of a batch has one query id: ClickHouse will not start a second while
    // the first still runs.
    const QString queryId
        = QStringLiteral("raycstr-events-%1").arg(p.batch, 16, 16, QLatin1Char('0'));
    QByteArray rows = p.events;
    ClickHouseError e;
    if (p.eventsTried) {
        // The last attempt failed, yet may have landed (whole, or one month's partition of
        // it): ask before sending anything again.
        QByteArray answer;
        if (isRunning(queryId, p.batch, error))
            return false;
        if (!m_client->select("SELECT count() FROM events WHERE " + p.where, &answer, &e))
            return fail(error, QStringLiteral("checking batch %1").arg(p.batch, 0, 16), e);
        const quint64 stored = RowBinaryReader(answer).uint64();
        if (stored >= quint64(p.keys.size())) {
            qCInfo(lcStore, "ClickHouse: batch %llx had landed (%llu rows); not sent again",
                   p.batch, stored);
            p.eventsDone = true;
            return true;
        }
        if (stored > 0) {
            if (!m_client->select("SELECT site_id, toUInt32(ts), seq FROM events WHERE " + p.where,
                                  &answer, &e))
                return fail(error, QStringLiteral("checking batch %1").arg(p.batch, 0, 16), e);
            auto key = [](qint32 site, quint32 ts, quint32 seq) {
                return qMakePair(site, (quint64(ts) << 32) | seq);
            };
            QSet<QPair<qint32, quint64>> landed;
            RowBinaryReader r(answer);
            while (!r.atEnd() && r.ok()) {
                const qint32 site = r.int32();
                const quint32 ts = r.uint32();
                landed.insert(key(site, ts, r.uint32()));
            }
            rows.clear();
            qsizetype begin = 0;
            for (qsizetype i = 0; i < p.keys.size(); ++i) {
                const Pending::Key &k = p.keys[i];
                if (!landed.contains(key(k.siteId, k.ts, k.seq)))
                    rows.append(p.events.constData() + begin, p.rowEnds[i] - begin);
                begin = p.rowEnds[i];
            }
            qCInfo(lcStore, "ClickHouse: batch %llx had landed in part (%llu of %lld rows)",
                   p.batch, stored, qlonglong(p.keys.size()));
        }
    }
    p.eventsTried = true;
    if (!m_client->insert("events " + ClickHouseSchema::eventColumns(), rows, &e, queryId))
        return fail(error, QString(), e);
    p.eventsDone = true;
    return true;
}

bool ClickHouseEventStore::isRunning(const QString &queryId, quint64 batch, QString *error)
{
    // An attempt whose answer timed out may still be writing: checking its rows now would
    // find none and send them again. Its query id says (and ClickHouse would refuse a
    // second query of that id while it runs, so a retry cannot overtake it).
    QByteArray answer;
    ClickHouseError e;
    if (!m_client->select("SELECT count() FROM system.processes WHERE query_id = "
                              + ClickHouseClient::quote(queryId.toUtf8()),
                          &answer, &e))
        return !fail(error, QStringLiteral("checking batch %1").arg(batch, 0, 16), e);
    if (RowBinaryReader(answer).uint64() == 0)
        return false;
    *error = QStringLiteral("ClickHouse is still writing batch %1").arg(batch, 0, 16);
    return true;
}

bool ClickHouseEventStore::insertDrops(Pending &p, QString *error)
{
    if (p.drops.isEmpty()) {
        p.dropsDone = true;
        return true;
    }
    const QString queryId
        = QStringLiteral("raycstr-dropped-%1").arg(p.batch, 16, 16, QLatin1Char('0'));
    ClickHouseError e;
    if (p.dropsTried) {
        // `dropped` has one partition, so an insert of it is one part: all or nothing.
        QByteArray answer;
        if (isRunning(queryId, p.batch, error))
            return false;
        if (!m_client->select("SELECT count() FROM dropped WHERE " + p.dropsWhere, &answer, &e))
            return fail(error, QStringLiteral("checking batch %1").arg(p.batch, 0, 16), e);
        if (RowBinaryReader(answer).uint64() > 0) {
            p.dropsDone = true;
            return true;
        }
    }
    p.dropsTried = true;
    if (!m_client->insert("dropped " + ClickHouseSchema::droppedColumns(), p.drops, &e, queryId))
        return fail(error, QString(), e);
    p.dropsDone = true;
    return true;
}

bool ClickHouseEventStore::insertRollups(Pending &p, QString *error)
{
    if (p.rollups.isEmpty())
        return true;
    const QString queryId
        = QStringLiteral("raycstr-rollups-%1").arg(p.batch, 16, 16, QLatin1Char('0'));
    ClickHouseError e;
    if (p.rollupsTried) {
        // Each month's part carries its marker: the months whose marker is there landed.
        if (isRunning(queryId, p.batch, error))
            return false;
        QByteArray slots;
        for (auto it = p.rollups.cbegin(); it != p.rollups.cend(); ++it)
            slots += (slots.isEmpty() ? "" : ", ")
                + number(ClickHouseRollups::firstDayOfMonth(it.key()));
        QByteArray answer;
        if (!m_client->select(
                "SELECT DISTINCT slot FROM rollups WHERE site_id = 0 AND dim = "
                    + number(ClickHouseSchema::RollupMarkerDim) + " AND slot IN (" + slots
                    + ") AND value = "
                    + ClickHouseClient::quote(ClickHouseRollups::markerValue(p.batch)),
                &answer, &e))
            return fail(error, QStringLiteral("checking batch %1").arg(p.batch, 0, 16), e);
        RowBinaryReader r(answer);
        while (!r.atEnd() && r.ok()) {
            const quint32 month = ClickHouseRollups::monthOfDay(r.int64());
            if (r.ok())
                p.rollups.remove(month);
        }
        if (p.rollups.isEmpty())
            return true;
    }
    QByteArray rows;
    for (const QByteArray &month : std::as_const(p.rollups))
        rows += month;
    p.rollupsTried = true;
    if (!m_client->insert("rollups " + ClickHouseSchema::rollupColumns(), rows, &e, queryId))
        return fail(error, QString(), e);
    p.rollups.clear();
    return true;
}

bool ClickHouseEventStore::loadKeyStates(const QList<qint32> &sites, qint64 fromSecs,
                                         QString *error)
{
    // The first write of a site since start continues after what is stored in the same
    // second, so a restart within it cannot file new events before older ones.
    QList<qint64> ids(sites.cbegin(), sites.cend());
    QByteArray answer;
    ClickHouseError e;
    if (!m_client->select("SELECT site_id, toUInt32(ts), max(seq) FROM events WHERE site_id IN ("
                              + sqlList(ids) + ") AND ts >= " + dateTime(fromSecs)
                              + " GROUP BY site_id, ts",
                          &answer, &e))
        return fail(error, QStringLiteral("reading the last stored events"), e);
    QHash<qint32, KeyState> found;
    RowBinaryReader r(answer);
    while (!r.atEnd() && r.ok()) {
        const qint32 site = r.int32();
        const qint64 ts = r.uint32();
        const quint32 seq = r.uint32();
        KeyState &k = found[site];
        if (ts > k.ts || (ts == k.ts && seq > k.seq))
            k = {ts, seq};
    }
    if (!r.ok()) {
        *error = QStringLiteral("reading the last stored events: short answer");
        return false;
    }
    for (const qint32 site : sites)
        m_lastKey.insert(site, found.value(site, KeyState {-1, 0}));
    return true;
}

quint32 ClickHouseEventStore::nextSeq(qint32 siteId, qint64 *ts)
{
    // As on SQLite: keys go out in time order per site, and an event a little older than
    // the last one (the queue can reorder by milliseconds) is filed under the last second,
    // so that (ts, seq) is the order the sessionizer saw.
    KeyState &k = m_lastKey[siteId];
    if (*ts > k.ts) {
        k.ts = *ts;
        k.seq = 0;
    } else {
        ++k.seq;
        *ts = k.ts;
    }
    return k.seq;
}

bool ClickHouseEventStore::isDiskFull(const QString &writeError) const
{
    // 243 NOT_ENOUGH_SPACE (no disk can take the part); ENOSPC itself surfaces as a write
    // error (CANNOT_WRITE_TO_FILE_DESCRIPTOR and kin) carrying strerror's text.
    static const QRegularExpression code(QStringLiteral("ClickHouse error 243:"));
    return code.match(writeError).hasMatch()
        || writeError.contains(QLatin1String("No space left on device"))
        || writeError.contains(QLatin1String("Not enough space"), Qt::CaseInsensitive);
}

qint64 ClickHouseEventStore::deleteEventsBefore(qint64 cutoffSecs, QString *error)
{
    // A month's partition goes when its newest event (system.parts keeps each part's
    // min/max ts) is older than the cutoff; the rest waits for its month. Dropping a
    // partition is a file operation, instant at any size, where a DELETE would rewrite it.
    // On a cluster each node drops its own shard's partitions (a Distributed table has
    // none).
    const QByteArray table = ClickHouseSchema::localTable(m_client->endpoint(), "events");
    qint64 dropped = 0;
    const bool ok = ClickHouseSchema::forEachNode(
        m_client.get(),
        [&](ClickHouseClient &node, QString *error) {
            QByteArray answer;
            ClickHouseError e;
            if (!node.select("SELECT partition, toUInt32(max(max_time)), sum(rows) FROM "
                             "system.parts WHERE database = "
                                 + ClickHouseClient::quote(node.endpoint().database.toUtf8())
                                 + " AND table = " + ClickHouseClient::quote(table)
                                 + " AND active GROUP BY partition",
                             &answer, &e))
                return fail(error, QStringLiteral("listing the event partitions"), e);
            static const QRegularExpression month(QStringLiteral("^[0-9]{6}$"));
            RowBinaryReader r(answer);
            while (!r.atEnd()) {
                const QString partition = r.string();
                const qint64 newest = r.uint32();
                const qint64 rows = qint64(r.uint64());
                if (!r.ok()) {
                    *error = QStringLiteral("listing the event partitions: short answer");
                    return false;
                }
                if (newest >= cutoffSecs || !month.match(partition).hasMatch())
                    continue;
                if (!node.execute(
                        "ALTER TABLE " + table + " DROP PARTITION " + partition.toLatin1(), &e))
                    return fail(error, QStringLiteral("dropping the events of %1").arg(partition),
                                e);
                dropped += rows;
            }
            return true;
        },
        error);
    return ok ? dropped : -1;
}

bool ClickHouseEventStore::replay(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                                  const std::function<void(Event &)> &visit, QString *error)
{
    fromSecs = qBound<qint64>(0, fromSecs, std::numeric_limits<quint32>::max());
    toSecs = qBound<qint64>(0, toSecs, qint64(std::numeric_limits<quint32>::max()) + 1);
    if (fromSecs >= toSecs)
        return true;
    const QByteArray site = "site_id = " + number(siteId);
    ClickHouseError e;
    QByteArray answer;
    // Answers are read whole: a busy day is split into slices of about MaxRows events.
    constexpr quint64 MaxRows = 500000;
    if (!m_client->select("SELECT count() FROM events WHERE " + site + " AND ts >= "
                              + dateTime(fromSecs) + " AND ts < " + dateTime(toSecs),
                          &answer, &e))
        return fail(error, QStringLiteral("replaying site %1").arg(siteId), e);
    const quint64 total = RowBinaryReader(answer).uint64();
    if (total == 0)
        return true;
    const qint64 slices = qint64((total + MaxRows - 1) / MaxRows);
    const qint64 step = qMax<qint64>(1, (toSecs - fromSecs + slices - 1) / slices);
    Event ev;
    for (qint64 from = fromSecs; from < toSecs; from += step) {
        const qint64 to = qMin(toSecs, from + step);
        if (!m_client->select(
                "SELECT toUInt32(ts), visitor, toUInt32(visit_start), kind, flags, hostname, path, "
                "source, referrer, utm_source, utm_medium, utm_campaign, utm_content, utm_term, "
                "browser, browser_version, os, os_version, device, country, name FROM events "
                "WHERE "
                    + site + " AND ts >= " + dateTime(from) + " AND ts < " + dateTime(to)
                    + " ORDER BY ts, seq",
                &answer, &e))
            return fail(error, QStringLiteral("replaying site %1").arg(siteId), e);
        RowBinaryReader r(answer);
        while (!r.atEnd()) {
            // What the sessionizer needs, decoded as SqliteEventStore::replay does.
            ev = Event();
            ev.siteId = siteId;
            ev.ts = r.uint32();
            ev.visitor = r.uint64();
            ev.visitStart = qMin<qint64>(ev.ts, r.uint32());
            ev.kind = EventKind(r.uint8());
            ev.flags = r.uint32();
            ev.interactive = (ev.flags & EventFlag::Interactive) != 0;
            ev.hostname = r.string();
            ev.path = r.string();
            Acquisition &a = ev.acquisition;
            for (QString *s : {&a.source, &a.referrer, &a.utmSource, &a.utmMedium, &a.utmCampaign,
                               &a.utmContent, &a.utmTerm, &ev.agent.browser,
                               &ev.agent.browserVersion, &ev.agent.os, &ev.agent.osVersion})
                *s = r.string();
            ev.agent.device = DeviceType(r.uint8());
            ev.country = r.string();
            ev.name = r.string();
            if (!r.ok()) {
                *error = QStringLiteral("replaying site %1: short answer").arg(siteId);
                return false;
            }
            visit(ev);
        }
    }
    return true;
}

} // namespace raycstr

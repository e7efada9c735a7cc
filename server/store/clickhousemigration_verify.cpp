// ClickHouseMigration's check at the end: the same counts per site and local day, asked of
// both stores independently of the copy's own bookkeeping.
#include "store/clickhousemigration.h"

#include "core/sitetime.h"
#include "store/clickhouseeventstore.h"
#include "store/eventkey.h"
#include "store/rowbinary.h"
#include "store/sqlitedb.h"

namespace raycstr {

namespace {

// Only the copy's own rows: a collector may already write to the same database.
constexpr char CopiedRows[] = "batch IN (SELECT batch FROM migrations WHERE state = 0)";

} // namespace

bool ClickHouseMigration::sqliteCounts(const SitePlan &plan,
                                       QMap<qint64, std::array<qint64, MeasureCount>> *days,
                                       QString *error)
{
    const QByteArray zoneId = plan.timeZone.toUtf8();
    SiteTime time(QTimeZone::isTimeZoneIdAvailable(zoneId) ? QTimeZone(zoneId) : QTimeZone::utc());
    Statement st(*m_db,
                 "SELECT count(*), coalesce(sum(kind = 0), 0), count(DISTINCT visitor) "
                 "FROM events WHERE id >= ? AND id < ?");
    for (qint64 day = plan.firstDay; day <= plan.lastDay; ++day) {
        st.bind(1, EventKey::rangeBegin(plan.siteId, time.dayStart(day)))
            .bind(2, EventKey::rangeEnd(plan.siteId, time.dayStart(day + 1)));
        if (!st.next()) {
            *error = st.error();
            return false;
        }
        std::array<qint64, MeasureCount> counts {st.int64(0), st.int64(1), st.int64(2), 0};
        st.reset();
        for (const DropCount &d : plan.drops.value(day))
            counts[Dropped] += d.count;
        if (counts != std::array<qint64, MeasureCount> {})
            days->insert(day, counts);
    }
    return true;
}

bool ClickHouseMigration::verify(QList<Difference> *differences, QString *error)
{
    using Counts = std::array<qint64, MeasureCount>;
    QMap<QPair<qint32, qint64>, Counts> sqlite;
    for (const SitePlan &plan : std::as_const(m_sites)) {
        QMap<qint64, Counts> days;
        if (!sqliteCounts(plan, &days, error))
            return false;
        for (auto it = days.cbegin(); it != days.cend(); ++it)
            sqlite.insert({plan.siteId, it.key()}, it.value());
    }
    QMap<QPair<qint32, qint64>, Counts> copied;
    QByteArray rows;
    ClickHouseError e;
    if (!m_store->client()->select(
            QByteArray("SELECT site_id, day, toInt64(count()), toInt64(countIf(kind = 0)), "
                       "toInt64(uniqExact(visitor)) FROM events WHERE ")
                + CopiedRows + " GROUP BY site_id, day",
            &rows, &e)) {
        *error = QStringLiteral("counting the copied events: %1").arg(e.toString());
        return false;
    }
    RowBinaryReader r(rows);
    while (!r.atEnd()) {
        const qint32 site = r.int32();
        const qint64 day = r.int32();
        Counts &c = copied[{site, day}];
        c[Events] = r.int64();
        c[Pageviews] = r.int64();
        c[Visitors] = r.int64();
    }
    if (!m_store->client()->select(QByteArray("SELECT site_id, day, toInt64(sum(count)) FROM "
                                              "dropped WHERE ")
                                       + CopiedRows + " GROUP BY site_id, day",
                                   &rows, &e)) {
        *error = QStringLiteral("counting the copied drop counts: %1").arg(e.toString());
        return false;
    }
    RowBinaryReader d(rows);
    while (!d.atEnd()) {
        const qint32 site = d.int32();
        const qint64 day = d.int32();
        copied[{site, day}][Dropped] = d.int64();
    }
    if (!r.ok() || !d.ok()) {
        *error = QStringLiteral("counting the copied events: short answer");
        return false;
    }
    differences->clear();
    QList<QPair<qint32, qint64>> keys = sqlite.keys();
    for (auto it = copied.cbegin(); it != copied.cend(); ++it) {
        if (!sqlite.contains(it.key()))
            keys.append(it.key());
    }
    std::sort(keys.begin(), keys.end());
    for (const auto &key : std::as_const(keys)) {
        const Counts a = sqlite.value(key);
        const Counts b = copied.value(key);
        if (a != b)
            differences->append({key.first, key.second, a, b});
    }
    return true;
}

} // namespace raycstr

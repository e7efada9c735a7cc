#include "store/clickhousemigration.h"

#include "store/clickhouseeventstore.h"
#include "store/sqlitedb.h"

namespace raycstr {

// SQLite's own rollups of a run of a site's days, as they are (the migration's events are
// not folded again: SQLite's sums are the exact ones, and they cover days whose raw events
// expired). Daily and vitals rows by local day, hourly rows by the hour's start in
// [fromSecs, toSecs), so every row goes with exactly one run.
bool ClickHouseMigration::addSqliteRollups(qint32 site, qint64 firstDay, qint64 lastDay,
                                           qint64 fromSecs, qint64 toSecs, QString *error)
{
    ClickHouseRollups &out = m_store->rollups();
    auto metrics = [](const Statement &st, int first) {
        Metrics m;
        m.visitors = st.int64(first);
        m.visits = st.int64(first + 1);
        m.pageviews = st.int64(first + 2);
        m.events = st.int64(first + 3);
        m.bounces = st.int64(first + 4);
        m.duration = st.int64(first + 5);
        return m;
    };
    Statement days(*m_db,
                   "SELECT r.day, r.dim, coalesce(s.value, ''), r.visitors, r.visits, "
                   "r.pageviews, r.events, r.bounces, r.duration FROM rollup_daily r "
                   "LEFT JOIN strings s ON s.id = r.value WHERE r.site_id = ? AND r.day >= ? "
                   "AND r.day <= ?");
    days.bind(1, qint64(site)).bind(2, firstDay).bind(3, lastDay);
    while (days.next())
        out.addDay(site, days.int64(0), Dimension(days.int64(1)), days.text(2), metrics(days, 3));
    Statement hours(*m_db,
                    "SELECT hour, visitors, visits, pageviews, events, bounces, duration FROM "
                    "rollup_hourly WHERE site_id = ? AND hour >= ? AND hour < ?");
    hours.bind(1, qint64(site)).bind(2, fromSecs).bind(3, toSecs);
    while (hours.next())
        out.addHour(site, hours.int64(0), metrics(hours, 1));
    Statement vitals(*m_db,
                     "SELECT coalesce(m.value, ''), coalesce(p.value, ''), r.day, r.bucket, "
                     "r.count FROM rollup_vitals r LEFT JOIN strings m ON m.id = r.metric "
                     "LEFT JOIN strings p ON p.id = r.page WHERE r.site_id = ? AND r.day >= ? "
                     "AND r.day <= ?");
    vitals.bind(1, qint64(site)).bind(2, firstDay).bind(3, lastDay);
    while (vitals.next())
        out.addVitals(site, vitals.text(0), vitals.text(1), vitals.int64(2), int(vitals.int64(3)),
                      vitals.int64(4));
    for (const Statement *st : {&days, &hours, &vitals}) {
        if (!st->ok()) {
            *error = QStringLiteral("reading the SQLite rollups: %1").arg(st->error());
            return false;
        }
    }
    return true;
}

} // namespace raycstr

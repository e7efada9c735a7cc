#include "query/rollupreader.h"

namespace raycstr::query {

RollupReader::RollupReader(SqliteDb *db)
{
    m_day.prepare(*db,
                  "SELECT visitors, visits, pageviews, events, bounces, duration FROM "
                  "rollup_daily WHERE site_id = ? AND day = ? AND dim = ? AND value = ?");
    m_hours.prepare(*db,
                    "SELECT hour, visitors, visits, pageviews, events, bounces, duration FROM "
                    "rollup_hourly WHERE site_id = ? AND hour >= ? AND hour < ?");
    m_dim.prepare(*db,
                  "SELECT value, visitors, visits, pageviews, events, bounces, duration FROM "
                  "rollup_daily WHERE site_id = ? AND day = ? AND dim = ?");
    m_vitals.prepare(*db,
                     "SELECT bucket, count FROM rollup_vitals WHERE site_id = ? AND metric = ? "
                     "AND page = ? AND day >= ? AND day <= ?");
}

Metrics RollupReader::read(const Statement &st, int c)
{
    Metrics m;
    m.visitors = st.int64(c);
    m.visits = st.int64(c + 1);
    m.pageviews = st.int64(c + 2);
    m.events = st.int64(c + 3);
    m.bounces = st.int64(c + 4);
    m.duration = st.int64(c + 5);
    return m;
}

static bool finish(Statement &st, QString *error)
{
    const bool ok = st.ok();
    if (!ok)
        *error = st.error();
    st.reset();
    return ok;
}

bool RollupReader::days(qint32 siteId, qint64 firstDay, qint64 lastDay, Dimension dim,
                        qint64 valueId, QMap<qint64, Metrics> *perDay, QString *error)
{
    for (qint64 day = firstDay; day <= lastDay; ++day) {
        m_day.bind(1, qint64(siteId)).bind(2, day).bind(3, qint64(dim)).bind(4, valueId);
        if (m_day.next())
            (*perDay)[day] += read(m_day, 0);
        if (!finish(m_day, error))
            return false;
    }
    return true;
}

bool RollupReader::hours(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                         QMap<qint64, Metrics> *perHour, QString *error)
{
    m_hours.bind(1, qint64(siteId)).bind(2, fromSecs).bind(3, toSecs);
    while (m_hours.next())
        (*perHour)[m_hours.int64(0)] += read(m_hours, 1);
    return finish(m_hours, error);
}

bool RollupReader::breakdown(qint32 siteId, qint64 firstDay, qint64 lastDay, Dimension dim,
                             QHash<qint64, Metrics> *rows, QString *error)
{
    for (qint64 day = firstDay; day <= lastDay; ++day) {
        m_dim.bind(1, qint64(siteId)).bind(2, day).bind(3, qint64(dim));
        while (m_dim.next())
            (*rows)[m_dim.int64(0)] += read(m_dim, 1);
        if (!finish(m_dim, error))
            return false;
    }
    return true;
}

bool RollupReader::vitals(qint32 siteId, qint64 metricId, qint64 pageId, qint64 firstDay,
                          qint64 lastDay, QMap<int, qint64> *histogram, QString *error)
{
    m_vitals.bind(1, qint64(siteId))
        .bind(2, metricId)
        .bind(3, pageId)
        .bind(4, firstDay)
        .bind(5, lastDay);
    while (m_vitals.next())
        (*histogram)[int(m_vitals.int64(0))] += m_vitals.int64(1);
    return finish(m_vitals, error);
}

} // namespace raycstr::query

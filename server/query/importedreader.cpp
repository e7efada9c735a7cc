#include "query/importedreader.h"

#include "query/rollupreader.h"

namespace raycstr::query {

ImportedReader::ImportedReader(SqliteDb *db)
{
    m_any.prepare(*db,
                  "SELECT 1 FROM imported_daily WHERE site_id = ? AND day >= ? AND day <= ? "
                  "LIMIT 1");
    m_days.prepare(*db,
                   "SELECT day, visitors, visits, pageviews, events, bounces, duration FROM "
                   "imported_daily WHERE site_id = ? AND dim = ? AND day >= ? AND day <= ? "
                   "AND value = ?");
    m_breakdown.prepare(*db,
                        "SELECT value, sum(visitors), sum(visits), sum(pageviews), sum(events), "
                        "sum(bounces), sum(duration) FROM imported_daily WHERE site_id = ? "
                        "AND dim = ? AND day >= ? AND day <= ? GROUP BY value");
}

static bool finish(Statement &st, QString *error)
{
    const bool ok = st.isValid() && st.ok();
    if (!ok)
        *error = st.isValid() ? st.error() : QStringLiteral("imported_daily is not readable");
    if (st.isValid())
        st.reset();
    return ok;
}

bool ImportedReader::any(qint32 siteId, qint64 firstDay, qint64 lastDay, bool *found,
                         QString *error)
{
    *found = false;
    if (!m_any.isValid())
        return finish(m_any, error);
    m_any.bind(1, qint64(siteId)).bind(2, firstDay).bind(3, lastDay);
    *found = m_any.next();
    return finish(m_any, error);
}

bool ImportedReader::days(qint32 siteId, qint64 firstDay, qint64 lastDay, Dimension dim,
                          const QString &value, QMap<qint64, Metrics> *perDay, QString *error)
{
    if (!m_days.isValid())
        return finish(m_days, error);
    m_days.bind(1, qint64(siteId))
        .bind(2, qint64(dim))
        .bind(3, firstDay)
        .bind(4, lastDay)
        .bind(5, value);
    while (m_days.next())
        (*perDay)[m_days.int64(0)] += RollupReader::read(m_days, 1);
    return finish(m_days, error);
}

bool ImportedReader::breakdown(qint32 siteId, qint64 firstDay, qint64 lastDay, Dimension dim,
                               QHash<QString, Metrics> *rows, QString *error)
{
    if (!m_breakdown.isValid())
        return finish(m_breakdown, error);
    m_breakdown.bind(1, qint64(siteId)).bind(2, qint64(dim)).bind(3, firstDay).bind(4, lastDay);
    while (m_breakdown.next())
        (*rows)[m_breakdown.text(0)] += RollupReader::read(m_breakdown, 1);
    return finish(m_breakdown, error);
}

} // namespace raycstr::query

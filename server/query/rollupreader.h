#pragma once

#include "core/event.h"
#include "query/querytypes.h"
#include "store/sqlitedb.h"

#include <QHash>
#include <QMap>

namespace raycstr::query {

// Reads the rollup tables the writer keeps (see store/rollupbatch.h for what each row
// counts). Every read seeks by its full key prefix, one local day at a time, so a report
// touches only the rows it needs however many sites and dimensions share the table.
class RollupReader
{
public:
    explicit RollupReader(SqliteDb *db);

    // Per local day in [firstDay, lastDay]: the site's totals (dim Total) or one value of
    // one dimension.
    bool days(qint32 siteId, qint64 firstDay, qint64 lastDay, Dimension dim, qint64 valueId,
              QMap<qint64, Metrics> *perDay, QString *error);
    // Per hour starting in [fromSecs, toSecs), keyed by the hour's UTC start.
    bool hours(qint32 siteId, qint64 fromSecs, qint64 toSecs, QMap<qint64, Metrics> *perHour,
               QString *error);
    // Every value of a dimension over the days, summed (keyed by strings.id).
    bool breakdown(qint32 siteId, qint64 firstDay, qint64 lastDay, Dimension dim,
                   QHash<qint64, Metrics> *rows, QString *error);
    // The vitals histogram (bucket → samples) of a metric on a page (0: the whole site).
    bool vitals(qint32 siteId, qint64 metricId, qint64 pageId, qint64 firstDay, qint64 lastDay,
                QMap<int, qint64> *histogram, QString *error);

    // The six sums from columns firstColumn… (visitors, visits, pageviews, events, bounces,
    // duration), as rollup_daily, rollup_hourly and imported_daily order them.
    static Metrics read(const Statement &st, int firstColumn);

private:
    Statement m_day;
    Statement m_hours;
    Statement m_dim;
    Statement m_vitals;
};

} // namespace raycstr::query

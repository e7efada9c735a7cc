#pragma once

#include "core/event.h"
#include "core/metrics.h"
#include "store/sqlitedb.h"

#include <QHash>
#include <QMap>

namespace raycstr::query {

// Reads the imported daily sums (imported_daily, written by server/import's
// AggregateImporter): the only SQL about imported aggregates. Which questions they answer
// is the engine's decision (QueryEngine::Private::importsUse), not this class's.
class ImportedReader
{
public:
    explicit ImportedReader(SqliteDb *db);

    // Whether the site has imported sums on a day of [firstDay, lastDay].
    bool any(qint32 siteId, qint64 firstDay, qint64 lastDay, bool *found, QString *error);
    // Per local day: the site's totals (dim Total, value "") or one value of a dimension.
    bool days(qint32 siteId, qint64 firstDay, qint64 lastDay, Dimension dim, const QString &value,
              QMap<qint64, Metrics> *perDay, QString *error);
    // Every value of a dimension over the days, summed, keyed by the value's text.
    bool breakdown(qint32 siteId, qint64 firstDay, qint64 lastDay, Dimension dim,
                   QHash<QString, Metrics> *rows, QString *error);

private:
    Statement m_any;
    Statement m_days;
    Statement m_breakdown;
};

} // namespace raycstr::query

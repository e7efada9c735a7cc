#pragma once

// What the end-to-end import tests read back: the stats API's answers over HTTP (on the
// fixture's example.com) and how many imported events the data directory holds.

#include "common/apifixture.h"
#include "store/database.h"
#include "store/sqlitedb.h"

#include <QJsonArray>
#include <QMap>

namespace raycstr::testing {

// The JSON object at `path`; a warning with the answer when it is not a 200.
inline QJsonObject statsObject(ApiFixture &api, const QString &path)
{
    return api.getOk(path);
}

// One metric of a breakdown of example.com over `range` ("period=custom&from=…"): value →
// the metric, all rows.
inline QMap<QString, qint64> statsColumn(ApiFixture &api, const QString &endpoint,
                                         const QString &range, const QString &metric)
{
    QMap<QString, qint64> out;
    const QJsonObject o = statsObject(api,
                                      QStringLiteral("/api/events/example.com/") + endpoint
                                          + (endpoint.contains(u'?') ? u'&' : u'?') + range
                                          + QStringLiteral("&limit=1000"));
    for (const QJsonValue &v : o.value(QStringLiteral("rows")).toArray())
        out.insert(v.toObject().value(QStringLiteral("value")).toString(),
                   v.toObject().value(metric).toInteger());
    return out;
}

// Events written by imports (-1: the data directory does not open).
inline qint64 importedEventCount(const QString &dataDir)
{
    SqliteDb db;
    QString error;
    if (!Database::open(&db, dataDir, &error))
        return -1;
    Statement st(db, "SELECT count(*) FROM events WHERE import_id IS NOT NULL");
    return st.next() ? st.int64(0) : -1;
}

} // namespace raycstr::testing

#pragma once

#include "query/queryengine.h"

#include <QJsonObject>

namespace raycstr::StatsJson {

// JSON pieces every stats answer shares, so /api/events/… reports agree on their shape.
double rounded(double v, int decimals);
QString localDate(qint64 day); // "2026-11-22"
QString utcTime(qint64 secs); // "2026-11-22T10:00:00Z"
QJsonObject siteJson(const query::Site &site);
// The period as resolved: local first and last day (inclusive) and the exact UTC instants.
QJsonObject periodJson(const query::Period &period, const query::Interval &interval);

} // namespace raycstr::StatsJson

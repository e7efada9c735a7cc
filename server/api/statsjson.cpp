#include "api/statsjson.h"

#include <QDateTime>
#include <cmath>

namespace raycstr::StatsJson {

double rounded(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

QString localDate(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate);
}

QString utcTime(qint64 secs)
{
    // toUTC() gives Qt::UTC, which ISO formatting writes as "Z".
    return QDateTime::fromSecsSinceEpoch(secs).toUTC().toString(Qt::ISODate);
}

QJsonObject siteJson(const query::Site &site)
{
    return {{QStringLiteral("id"), site.id},
            {QStringLiteral("domain"), site.domain},
            {QStringLiteral("timezone"), site.timeZone}};
}

QJsonObject periodJson(const query::Period &period, const query::Interval &interval)
{
    return {{QStringLiteral("name"), period.name()},
            {QStringLiteral("from"), localDate(interval.firstDay)},
            {QStringLiteral("to"), localDate(interval.lastDay)},
            {QStringLiteral("start"), utcTime(interval.fromSecs)},
            {QStringLiteral("end"), utcTime(interval.toSecs)}};
}

} // namespace raycstr::StatsJson

#include "tablecsv.h"

#include "api/csvreply.h"
#include "api/statsjson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace raycstr::ui::TableCsv {

namespace {

// The rows under the member the API answers them in (csvreply.cpp looks for it).
QByteArray table(const char *member, const QJsonArray &rows)
{
    return CsvReply::fromJson(QJsonObject {{QLatin1String(member), rows}});
}

} // namespace

QByteArray breakdown(const query::BreakdownResult &result)
{
    QJsonArray rows;
    for (const query::BreakdownRow &row : result.rows)
        rows.append(StatsJson::breakdownRowJson(row, result.hasVisitMetrics));
    return table("rows", rows);
}

QByteArray goals(const query::GoalsResult &result)
{
    QJsonArray rows;
    for (const query::GoalRow &row : result.rows)
        rows.append(StatsJson::goalRowJson(row));
    return table("goals", rows);
}

QByteArray vitals(const query::VitalsResult &result)
{
    QJsonArray rows;
    for (const query::VitalsRow &row : result.routes)
        if (const auto route = StatsJson::vitalsRouteJson(row))
            rows.append(*route);
    return table("routes", rows);
}

QByteArray funnel(const query::FunnelResult &result)
{
    QJsonArray rows;
    for (const query::FunnelStepResult &step : result.steps)
        rows.append(StatsJson::funnelStepJson(step));
    return table("steps", rows);
}

} // namespace raycstr::ui::TableCsv

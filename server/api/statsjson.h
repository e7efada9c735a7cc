#pragma once

#include "query/queryengine.h"

#include <QJsonObject>
#include <optional>

namespace raycstr::StatsJson {

// The JSON of RayCstr's stats API (/api/events/…), in one place: the API writes it, the
// OpenAPI description describes it from the same table, and the desktop app's remote mode
// reads it back. Qt Core only, so the UI can link it without the HTTP server.

double rounded(double v, int decimals);
QString localDate(qint64 day); // "2026-11-22"
QString utcTime(qint64 secs); // "2026-11-22T10:00:00Z"
QJsonObject siteJson(const query::Site &site);
// The period as resolved: local first and last day (inclusive) and the exact UTC instants.
QJsonObject periodJson(const query::Period &period, const query::Interval &interval);
query::Interval intervalFrom(const QJsonObject &period);
QString granularityName(query::Granularity g);
query::Granularity granularityFrom(const QString &name);

// One metric of the stats JSON. `Visit` fields belong to visits: a breakdown row carries them
// only for a visit's own fields (source, entry page, country…); `Totals` ones only appear in
// totals and time series points, never in breakdown rows.
struct MetricField
{
    enum class Where { Everywhere, Visit, Totals };
    const char *name;
    const char *type; // OpenAPI: integer or number
    const char *description;
    Where where;
    QJsonValue (*write)(const Metrics &);
};
const QList<MetricField> &metricFields();

// Totals (the overview, a time series point): every metric.
QJsonObject metricsJson(const Metrics &m);
// A breakdown row: its value, its counts, and the visit metrics for visit fields.
QJsonObject breakdownRowJson(const query::BreakdownRow &row, bool visitMetrics);
// The sums back from either shape, as the server computed them (bounces and duration are
// sent as sums; nothing is rebuilt from a rounded rate).
Metrics metricsFrom(const QJsonObject &o);
// OpenAPI schemas of the two shapes.
QJsonObject metricsSchema();
QJsonObject breakdownRowSchema();

// Whether an answer holds imported stats: {"included": true} or {"included": false,
// "skip_reason": "unsupported_query"} (the reasons as Plausible's v2 API names them).
QJsonObject importsJson(const query::ImportsUse &imports);
query::ImportsUse importsFrom(const QJsonObject &o);
QJsonObject importsSchema();

// Web Vitals of a route: {"LCP": {"p75": …, "p95": …, "samples": …}, …}
QJsonObject vitalsJson(const query::VitalsRow &row);
query::VitalsRow vitalsFrom(const QString &route, const QJsonObject &metrics);
// One route of /vitals: {"route", "metrics": vitalsJson}; nullopt for a route without
// samples (it says nothing, so the answer leaves it out).
std::optional<QJsonObject> vitalsRouteJson(const query::VitalsRow &row);

// A saved goal: {"id", "name", "event"|"page"}.
QJsonObject goalJson(const Goal &goal);
// A goal's conversions (/goals): the goal, unique and total conversions, rate, revenue.
QJsonObject goalRowJson(const query::GoalRow &row);
// One step of a funnel's answer (/funnel): its name, matcher, visitors and conversions.
QJsonObject funnelStepJson(const query::FunnelStepResult &step);

} // namespace raycstr::StatsJson

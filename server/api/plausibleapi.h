#pragma once

#include "api/queryrunner.h"
#include "api/siteaccess.h"
#include "http/plainhttp.h"

#include <QUrlQuery>
#include <variant>

namespace raycstr {

class ApiAccess;
class HttpServer;

namespace query {
class QueryPool;
}

// Plausible's Stats API v1, so existing Plausible clients and scripts read RayCstr:
//   GET /api/v1/stats/realtime/visitors   a bare number: visitors in the last 5 minutes
//   GET /api/v1/stats/aggregate           {"results": {"visitors": {"value": N[, "change": C]}}}
//   GET /api/v1/stats/timeseries          {"results": [{"date": "2024-01-01", "visitors": N}]}
//   GET /api/v1/stats/breakdown           {"results": [{"page": "/", "visitors": N}]}
// Parameters as Plausible documents them: site_id, period (12mo, 6mo, month, 30d, 7d, day,
// custom with date=A,B; also our 24h, today, 90d), date, metrics, filters, property,
// interval, limit, page, compare=previous_period; unknown parameters are ignored as
// Plausible does. Differences: event:goal is the custom event name (RayCstr has no goal
// set-up), time_on_page is refused, bounce_rate/visit_duration/views_per_visit are null in
// breakdowns by event properties (pages, event names, props), and an unknown site is a 404
// (Plausible says 401).
//
// Threading: as StatsApi: key, site and parameters on the HTTP thread (`lookups`), the
// question on the query pool (aggregate(), timeseries(), breakdown() run on a worker).
class PlausibleApi
{
public:
    PlausibleApi(query::QueryEngine *lookups, query::QueryPool *pool, const ApiAccess *access);
    void registerRoutes(HttpServer &server);

    static QStringList routePaths();
    static QStringList metricNames();

private:
    enum class Endpoint { Realtime, Aggregate, Timeseries, Breakdown };
    enum class Metric {
        Visitors,
        Visits,
        Pageviews,
        ViewsPerVisit,
        BounceRate,
        VisitDuration,
        Events,
        ConversionRate
    };
    struct Request
    {
        query::Site site;
        query::Query query;
        QList<Metric> metrics;
        bool sixMonths = false; // period=6mo, asked as a custom range
    };

    // A refusal to send now, or the question to run on the pool.
    std::variant<PlainResponse, QueryRunner::Work> handle(Endpoint endpoint,
                                                          const PlainRequest &request);
    std::optional<Request> parseCommon(const query::Site &site, const QUrlQuery &params,
                                       QString *error);
    std::optional<query::Period> parsePeriod(const query::Site &site, const QString &period,
                                             const QString &date, QString *error);
    static std::optional<QList<Metric>> parseMetrics(const QString &text, QString *error);

    static PlainResponse aggregate(query::QueryEngine &q, const Request &request);
    static PlainResponse timeseries(query::QueryEngine &q, const Request &request,
                                    const QUrlQuery &params);
    static PlainResponse breakdown(query::QueryEngine &q, const Request &request,
                                   const QUrlQuery &params);

    query::QueryEngine *m_queries; // HTTP thread: sites and periods only
    query::QueryPool *m_pool;
    QueryRunner m_runner;
    SiteAccess m_sites;
};

} // namespace raycstr

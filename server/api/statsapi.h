#pragma once

#include "api/siteaccess.h"
#include "api/statsparams.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace raycstr {

class ApiAccess;
class GoalsApi;
class HttpServer;

// RayCstr's own stats routes, read with a Bearer API key:
//   GET /api/stats?site=DOMAIN&period=7d       the summary the original README promised
//   GET /api/events/{siteId}/overview|timeseries|pages|sources|countries|devices|breakdown|
//       vitals|live|goals|funnel|properties     Traytic's dashboard endpoints, plus the
//                                               generic breakdown?by=<field>, goal
//                                               conversions and funnels (goalsapi.h)
// {siteId} is a site's domain or numeric id. Query strings: statsparams.h; filters:
// filtersyntax.h; shapes: openapi.cpp. Numbers are JSON numbers: bounce_rate in percent
// (one decimal; /api/stats keeps the README's fraction), durations in whole seconds.
//
// Handlers run on the HTTP (main) thread and query through the one QueryEngine they are
// given, which must live on that thread too (one SQLite connection per thread). Queries
// take milliseconds on the rollups; if they ever block the collector, move them to a
// worker thread with its own engine.
class StatsApi
{
public:
    StatsApi(query::QueryEngine *queries, const ApiAccess *access);
    void registerRoutes(HttpServer &server);
    // Answers /api/events/{siteId}/goals and /funnel (without it they are 404).
    void setGoalReports(GoalsApi *goals) { m_goals = goals; }

    // The routes this class answers, as OpenAPI path templates (/api/docs is checked
    // against this list).
    static QStringList routePaths();

    // Window of the "live" visitor count, as Plausible's realtime counter.
    static constexpr qint64 LiveWindowSecs = 300;

private:
    enum class Endpoint {
        Overview,
        Timeseries,
        Pages,
        Sources,
        Countries,
        Devices,
        Breakdown,
        Vitals,
        Live,
        Goals,
        Funnel,
        Properties
    };
    struct Route
    {
        const char *name;
        Endpoint endpoint;
        unsigned accept;
        Dimension by; // the fixed breakdown field, Total when none
    };
    static const QList<Route> &routes();

    QHttpServerResponse summary(const QHttpServerRequest &request);
    QHttpServerResponse events(const QString &siteRef, const QString &name,
                               const QHttpServerRequest &request);
    QHttpServerResponse answer(const Route &route, const query::Site &site,
                               const StatsParams &params);
    QHttpServerResponse overview(const query::Site &site, const StatsParams &params);
    QHttpServerResponse timeseries(const query::Site &site, const StatsParams &params);
    QHttpServerResponse breakdown(const query::Site &site, const StatsParams &params,
                                  const query::Field &by);
    QHttpServerResponse vitals(const query::Site &site, const StatsParams &params);
    QHttpServerResponse live(const query::Site &site);
    QHttpServerResponse properties(const query::Site &site, const StatsParams &params);

    query::QueryEngine *m_queries;
    SiteAccess m_sites;
    GoalsApi *m_goals = nullptr;
};

} // namespace raycstr

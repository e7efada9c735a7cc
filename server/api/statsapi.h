#pragma once

#include "api/queryrunner.h"
#include "api/siteaccess.h"
#include "api/statsparams.h"

#include "http/responder.h"

namespace raycstr {

class ApiAccess;
class GoalsApi;
class HttpServer;

namespace query {
class QueryPool;
}

// RayCstr's own stats routes, read with a Bearer API key:
//   GET /api/stats?site=DOMAIN&period=7d       the summary the original README promised
//   GET /api/events/{siteId}/overview|timeseries|pages|sources|countries|devices|breakdown|
//       vitals|live|goals|funnel|properties|dropped
//                                               Traytic's dashboard endpoints, plus the
//                                               generic breakdown?by=<field>, goal
//                                               conversions and funnels (goalsapi.h) and
//                                               the hits not stored, by reason
// {siteId} is a site's domain or numeric id. Query strings: statsparams.h; filters:
// filtersyntax.h; shapes: openapi.cpp. Numbers are JSON numbers: bounce_rate in percent
// (one decimal; /api/stats keeps the README's fraction), durations in whole seconds.
//
// Threads: the routes check the key and the parameters on the HTTP thread (with `lookups`,
// an engine of that thread, for the site); the question itself runs on the query pool
// (QueryRunner: 503 when it is saturated, 504 past its time budget), so a slow question
// never holds the thread that answers ingest. Everything named *Of or taking an engine
// below runs on a pool worker and touches nothing but that engine.
class StatsApi
{
public:
    StatsApi(query::QueryEngine *lookups, query::QueryPool *pool, const ApiAccess *access);
    void registerRoutes(HttpServer &server);
    // Answers /api/events/{siteId}/goals and /funnel (without it they are 404).
    void setGoalReports(GoalsApi *goals) { m_goals = goals; }

    // The routes this class answers, as OpenAPI path templates (/api/docs is checked
    // against this list).
    static QStringList routePaths();

    // Window of the "live" visitor count, as Plausible's realtime counter.
    static constexpr qint64 LiveWindowSecs = query::CurrentVisitorsWindowSecs;

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
        Properties,
        Dropped
    };
    struct Route
    {
        const char *name;
        Endpoint endpoint;
        unsigned accept;
        Dimension by; // the fixed breakdown field, Total when none
    };
    static const QList<Route> &routes();

    static void refuse(const Responder &responder, PlainResponse &&response);
    static std::optional<bool> wantsCsv(const PlainRequest &request, const Responder &responder);
    void summary(const PlainRequest &request, const Responder &responder, bool csv);
    void events(const QString &siteRef, const QString &name, const PlainRequest &request,
                const Responder &responder, bool csv);

    // On a pool worker:
    static PlainResponse summaryOf(query::QueryEngine &q, const query::Site &site,
                                   const StatsParams &params);
    PlainResponse answer(query::QueryEngine &q, const Route &route, const query::Site &site,
                         const StatsParams &params);
    static PlainResponse overview(query::QueryEngine &q, const query::Site &site,
                                  const StatsParams &params);
    static PlainResponse timeseries(query::QueryEngine &q, const query::Site &site,
                                    const StatsParams &params);
    static PlainResponse breakdown(query::QueryEngine &q, const query::Site &site,
                                   const StatsParams &params, const query::Field &by);
    static PlainResponse vitals(query::QueryEngine &q, const query::Site &site,
                                const StatsParams &params);
    static PlainResponse live(query::QueryEngine &q, const query::Site &site);
    static PlainResponse dropped(query::QueryEngine &q, const query::Site &site,
                                 const StatsParams &params);
    static PlainResponse properties(query::QueryEngine &q, const query::Site &site,
                                    const StatsParams &params);

    query::QueryPool *m_pool;
    QueryRunner m_runner;
    SiteAccess m_sites;
    GoalsApi *m_goals = nullptr;
};

} // namespace raycstr

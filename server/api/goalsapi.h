#pragma once

#include "api/siteaccess.h"
#include "api/statsparams.h"
#include "http/plainhttp.h"
#include "store/sqlitedb.h"

namespace raycstr {

class ApiAccess;
class HttpServer;

// Goals and funnels over HTTP. Definitions (read key to list, admin key to change):
//   GET|POST        /api/sites/{site}/goals          {"name", "event"|"page"}
//   DELETE          /api/sites/{site}/goals/{id}
//   GET|POST        /api/sites/{site}/funnels        JSON {"name", "steps": [...]}, or the
//                                                    YAML file (Content-Type: …yaml);
//                                                    ?replace=1 overwrites by name
//   GET|DELETE      /api/sites/{site}/funnels/{id}   GET ?format=yaml (or Accept: …yaml)
//                                                    exports the YAML form
// Reports, through StatsApi's /api/events/{site}/goals and /funnel (period and filters as
// every report): goalsReport() and funnelReport().
//
// Definitions: reads go through the query engine's connection; writes through this class's
// own read-write one (opened by open()). Both live on the HTTP thread. The reports run on
// a query pool worker, with that worker's engine.
class GoalsApi
{
public:
    GoalsApi(query::QueryEngine *queries, const ApiAccess *access, const Clock *clock);
    bool open(const QString &dataDir, QString *error);
    void registerRoutes(HttpServer &server);

    // On a query pool worker, with its engine (StatsApi): they touch nothing else.
    static PlainResponse goalsReport(query::QueryEngine &q, const query::Site &site,
                                     const StatsParams &params);
    static PlainResponse funnelReport(query::QueryEngine &q, const query::Site &site,
                                      const StatsParams &params);

    static QStringList routePaths(); // OpenAPI path templates of the definition routes

private:
    PlainResponse goals(const QString &siteRef, const PlainRequest &request);
    PlainResponse goal(const QString &siteRef, const QString &id, const PlainRequest &request);
    PlainResponse funnels(const QString &siteRef, const PlainRequest &request);
    PlainResponse funnel(const QString &siteRef, const QString &id, const PlainRequest &request);
    // The method check (answering CORS preflights), then access: GET needs a read key,
    // the methods that change definitions an admin key. nullopt: `refused` is the answer.
    std::optional<query::Site> enter(const PlainRequest &request, const QString &siteRef,
                                     const QList<PlainRequest::Method> &methods,
                                     PlainResponse *refused);

    query::QueryEngine *m_queries;
    const ApiAccess *m_access;
    const Clock *m_clock;
    SiteAccess m_sites;
    SqliteDb m_db;
};

} // namespace raycstr

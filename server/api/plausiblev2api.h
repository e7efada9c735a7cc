#pragma once

#include "api/plausiblev2query.h"
#include "api/queryrunner.h"
#include "api/siteaccess.h"
#include "http/plainhttp.h"

#include <variant>

namespace raycstr {

class ApiAccess;
class HttpServer;

// Plausible's Stats API v2, the one its docs now point clients, scripts and MCP connectors
// to:   POST /api/v2/query   {"site_id", "metrics", "date_range", "dimensions", "filters",
//                              "order_by", "include", "pagination"}
// answers {"results": [{"dimensions": [...], "metrics": [...]}], "meta": {...},
// "query": {...}}. The body is parsed by PlausibleV2Query; this class maps it onto the
// engine: no dimension → aggregate, a time dimension → timeseries (weeks summed from
// days), event:goal → the goals report, any other dimension → a breakdown. Ordering and
// pagination happen here, over at most 10 000 rows.
//
// Threading: as StatsApi: the body, the key and the site are checked on the HTTP thread
// (`lookups`); the question runs on the query pool (QueryRunner: 503 when it is full, 504
// past its time budget) and is answered asynchronously.
class PlausibleV2Api
{
public:
    PlausibleV2Api(query::QueryEngine *lookups, query::QueryPool *pool, const ApiAccess *access);
    void registerRoutes(HttpServer &server);

    static QString routePath() { return QStringLiteral("/api/v2/query"); }

private:
    struct Row
    {
        QJsonArray dimensions;
        Metrics metrics;
        bool visitMetrics = true;
        double conversionRate = 0;
        double percentage = 0;
        QString sortTime; // time dimensions sort by this text (ISO dates sort as text)
    };

    // A refusal, or the question for the pool.
    std::variant<PlainResponse, QueryRunner::Work> handle(const PlainRequest &request);
    // On a pool worker:
    static PlainResponse answer(query::QueryEngine &engine, const query::Site &site,
                                const PlausibleV2Query &q, const QJsonObject &body);
    // Fills `rows` (and `labels`, the time buckets) or returns the error response.
    static std::optional<PlainResponse> collect(query::QueryEngine &engine,
                                                const query::Query &base, const PlausibleV2Query &q,
                                                QList<Row> *rows, QStringList *labels,
                                                query::Interval *interval,
                                                query::ImportsUse *imports);

    query::QueryEngine *m_queries; // lookups on the HTTP thread
    query::QueryPool *m_pool;
    QueryRunner m_runner;
    SiteAccess m_sites;
};

} // namespace raycstr

#include "api/statsapi.h"

#include "api/apiaccess.h"
#include "api/apireply.h"
#include "api/csvreply.h"
#include "api/goalsapi.h"
#include "api/statsjson.h"
#include "http/httpserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <cmath>

namespace raycstr {

using query::Field;
using Status = HttpStatus;

using namespace StatsJson;

namespace {

// "2m 34s", as the original README showed avg_duration.
QString humanDuration(qint64 secs)
{
    const qint64 h = secs / 3600, m = (secs % 3600) / 60, s = secs % 60;
    if (h > 0)
        return QStringLiteral("%1h %2m %3s").arg(h).arg(m).arg(s);
    if (m > 0)
        return QStringLiteral("%1m %2s").arg(m).arg(s);
    return QStringLiteral("%1s").arg(s);
}

} // namespace

StatsApi::StatsApi(query::QueryEngine *lookups, query::QueryPool *pool, const ApiAccess *access)
    : m_pool(pool)
    , m_runner(pool, nullptr)
    , m_sites(lookups, access)
{ }

const QList<StatsApi::Route> &StatsApi::routes()
{
    using P = StatsParams;
    constexpr unsigned range = P::AcceptPeriod | P::AcceptFilters;
    static const QList<Route> all = {
        {"overview", Endpoint::Overview, range | P::AcceptCompare, Dimension::Total},
        {"timeseries", Endpoint::Timeseries, range | P::AcceptInterval, Dimension::Total},
        {"pages", Endpoint::Pages, range | P::AcceptPaging, Dimension::Page},
        {"sources", Endpoint::Sources, range | P::AcceptPaging, Dimension::Source},
        {"countries", Endpoint::Countries, range | P::AcceptPaging, Dimension::Country},
        {"devices", Endpoint::Devices, range | P::AcceptPaging, Dimension::Device},
        {"breakdown", Endpoint::Breakdown, range | P::AcceptPaging | P::AcceptBy, Dimension::Total},
        {"vitals", Endpoint::Vitals, range | P::AcceptLimit, Dimension::Total},
        {"live", Endpoint::Live, 0, Dimension::Total},
        {"goals", Endpoint::Goals, range, Dimension::Total},
        {"funnel", Endpoint::Funnel, range | P::AcceptFunnel, Dimension::Total},
        {"properties", Endpoint::Properties, range | P::AcceptLimit, Dimension::Total},
        {"dropped", Endpoint::Dropped, P::AcceptPeriod, Dimension::Total},
    };
    return all;
}

QStringList StatsApi::routePaths()
{
    QStringList paths = {QStringLiteral("/api/stats")};
    for (const Route &r : routes())
        paths.append(QStringLiteral("/api/events/{siteId}/") + QLatin1StringView(r.name));
    return paths;
}

void StatsApi::registerRoutes(HttpServer &server)
{
    m_runner = QueryRunner(m_pool, &server);
    server.routeLater(QStringLiteral("/api/stats"),
                      [this](const PlainRequest &request, const Responder &responder) {
                          if (const auto csv = wantsCsv(request, responder))
                              summary(request, responder, *csv);
                      });
    // One rule for every /api/events/{siteId}/{name}; events() answers unknown names with
    // the same 404 as any unknown path.
    server.routeLater(QStringLiteral("/api/events/<arg>/<arg>"),
                      [this](const PlainRequest &request, const Responder &responder) {
                          if (const auto csv = wantsCsv(request, responder))
                              events(request.args.at(0), request.args.at(1), request, responder,
                                     *csv);
                      });
}

// CSV when asked (CsvReply): decided here, on the HTTP thread; the answer is converted
// where the worker builds it. An unknown format is answered 400 now (nullopt).
std::optional<bool> StatsApi::wantsCsv(const PlainRequest &request, const Responder &responder)
{
    QString error;
    const auto csv = CsvReply::wantsCsv(request, &error);
    if (!csv)
        refuse(responder, HttpServer::error(Status::BadRequest, error));
    return csv;
}

void StatsApi::refuse(const Responder &responder, PlainResponse &&response)
{
    responder.send(ApiReply::finish(std::move(response)));
}

void StatsApi::summary(const PlainRequest &request, const Responder &responder, bool csv)
{
    if (auto refused = ApiReply::checkMethod(request))
        return refuse(responder, std::move(*refused));
    const QUrlQuery query = StatsParams::formQuery(request);
    const QString ref = query.queryItemValue(QStringLiteral("site"), QUrl::FullyDecoded);
    if (ref.isEmpty())
        return refuse(
            responder,
            m_sites.missingSite(
                request, QStringLiteral("site is required, e.g. /api/stats?site=example.com")));
    PlainResponse denied(Status::Unauthorized);
    const auto site = m_sites.resolve(request, ref, &denied);
    if (!site)
        return refuse(responder, std::move(denied));
    QString error;
    const auto params
        = StatsParams::parse(query,
                             StatsParams::AcceptSite | StatsParams::AcceptPeriod
                                 | StatsParams::AcceptFilters | StatsParams::AcceptLimit,
                             &error);
    if (!params)
        return refuse(responder, ApiReply::badRequest(error));
    m_runner.run(
        responder,
        [site = *site, params = *params](query::QueryEngine &engine) {
            return summaryOf(engine, site, params);
        },
        CsvReply::finisher(csv));
}

PlainResponse StatsApi::summaryOf(query::QueryEngine &engine, const query::Site &site,
                                  const StatsParams &params)
{
    query::Query q {site.id, params.period, params.filters, false};
    query::QueryError failure;
    const auto total = engine.aggregate(q, &failure);
    if (!total)
        return QueryRunner::failed(engine, failure);
    const auto pages = engine.breakdown(q, Field {Dimension::Page, {}}, params.limit, 0, &failure);
    if (!pages)
        return QueryRunner::failed(engine, failure);
    QJsonArray top;
    for (const query::BreakdownRow &row : pages->rows)
        top.append(QJsonObject {{QStringLiteral("path"), row.value},
                                {QStringLiteral("pageviews"), row.metrics.pageviews},
                                {QStringLiteral("visitors"), row.metrics.visitors}});
    const Metrics &m = total->current;
    const qint64 avg = std::llround(m.avgDuration());
    // The README's shape: bounce_rate as a fraction (0.42), avg_duration as "2m 34s".
    return ApiReply::json(QJsonObject {
        {QStringLiteral("site"), site.domain},
        {QStringLiteral("period"), periodJson(params.period, total->interval)},
        {QStringLiteral("pageviews"), m.pageviews},
        {QStringLiteral("visitors"), m.visitors},
        {QStringLiteral("visits"), m.visits},
        {QStringLiteral("bounce_rate"), rounded(m.bounceRate() / 100.0, 2)},
        {QStringLiteral("avg_duration"), humanDuration(avg)},
        {QStringLiteral("avg_duration_seconds"), avg},
        {QStringLiteral("top_pages"), top},
    });
}

void StatsApi::events(const QString &siteRef, const QString &name, const PlainRequest &request,
                      const Responder &responder, bool csv)
{
    const Route *route = nullptr;
    for (const Route &r : routes())
        if (name == QLatin1StringView(r.name))
            route = &r;
    if (!route)
        return refuse(responder,
                      HttpServer::error(Status::NotFound,
                                        QStringLiteral("no such endpoint: %1").arg(request.path)));
    if (auto refused = ApiReply::checkMethod(request))
        return refuse(responder, std::move(*refused));
    PlainResponse denied(Status::Unauthorized);
    const auto site = m_sites.resolve(request, siteRef, &denied);
    if (!site)
        return refuse(responder, std::move(denied));
    QString error;
    const auto params = StatsParams::parse(StatsParams::formQuery(request), route->accept, &error);
    if (!params)
        return refuse(responder, ApiReply::badRequest(error));
    // Routes are static and this object outlives the pool: both safe to use on a worker.
    m_runner.run(
        responder,
        [this, route, site = *site, params = *params](query::QueryEngine &engine) {
            return answer(engine, *route, site, params);
        },
        CsvReply::finisher(csv));
}

PlainResponse StatsApi::answer(query::QueryEngine &q, const Route &route, const query::Site &site,
                               const StatsParams &params)
{
    switch (route.endpoint) {
    case Endpoint::Overview:
        return overview(q, site, params);
    case Endpoint::Timeseries:
        return timeseries(q, site, params);
    case Endpoint::Breakdown:
        if (!params.by)
            return ApiReply::badRequest(
                QStringLiteral("by is required: the field to break down by, e.g. by=browser "
                               "or by=prop:plan"));
        return breakdown(q, site, params, *params.by);
    case Endpoint::Pages:
    case Endpoint::Sources:
    case Endpoint::Countries:
    case Endpoint::Devices:
        return breakdown(q, site, params, Field {route.by, {}});
    case Endpoint::Vitals:
        return vitals(q, site, params);
    case Endpoint::Live:
        return live(q, site);
    case Endpoint::Goals:
        return m_goals ? m_goals->goalsReport(q, site, params)
                       : HttpServer::error(Status::NotFound, QStringLiteral("no goals here"));
    case Endpoint::Properties:
        return properties(q, site, params);
    case Endpoint::Dropped:
        return dropped(q, site, params);
    case Endpoint::Funnel:
        return m_goals ? m_goals->funnelReport(q, site, params)
                       : HttpServer::error(Status::NotFound, QStringLiteral("no funnels here"));
    }
    return ApiReply::queryFailed(
        {query::QueryError::Kind::Failed, QStringLiteral("unknown endpoint")});
}

PlainResponse StatsApi::overview(query::QueryEngine &q, const query::Site &site,
                                 const StatsParams &params)
{
    query::QueryError error;
    const auto r = q.aggregate({site.id, params.period, params.filters, params.compare}, &error);
    if (!r)
        return QueryRunner::failed(q, error);
    QJsonObject o = metricsJson(r->current);
    o.insert(QStringLiteral("site"), siteJson(site));
    o.insert(QStringLiteral("period"), periodJson(params.period, r->interval));
    if (params.compare && r->previous)
        o.insert(QStringLiteral("previous"), metricsJson(*r->previous));
    o.insert(QStringLiteral("imports"), importsJson(r->imports));
    return ApiReply::json(o);
}

PlainResponse StatsApi::timeseries(query::QueryEngine &q, const query::Site &site,
                                   const StatsParams &params)
{
    query::QueryError error;
    const auto r
        = q.timeseries({site.id, params.period, params.filters, false}, params.interval, &error);
    if (!r)
        return QueryRunner::failed(q, error);
    QJsonArray points;
    for (const query::TimePoint &p : r->points) {
        QJsonObject o = metricsJson(p.metrics);
        o.insert(QStringLiteral("date"), p.date.toString(Qt::ISODate));
        if (r->granularity == query::Granularity::Hour)
            o.insert(QStringLiteral("hour"), p.hour);
        o.insert(QStringLiteral("start"), utcTime(p.startSecs));
        points.append(o);
    }
    return ApiReply::json(QJsonObject {
        {QStringLiteral("site"), siteJson(site)},
        {QStringLiteral("period"), periodJson(params.period, r->interval)},
        {QStringLiteral("interval"), granularityName(r->granularity)},
        {QStringLiteral("points"), points},
        {QStringLiteral("imports"), importsJson(r->imports)},
    });
}

PlainResponse StatsApi::breakdown(query::QueryEngine &q, const query::Site &site,
                                  const StatsParams &params, const Field &by)
{
    query::QueryError error;
    const auto r = q.breakdown({site.id, params.period, params.filters, false}, by, params.limit,
                               params.offset, &error);
    if (!r)
        return QueryRunner::failed(q, error);
    QJsonArray rows;
    for (const query::BreakdownRow &row : r->rows)
        rows.append(breakdownRowJson(row, r->hasVisitMetrics));
    return ApiReply::json(QJsonObject {
        {QStringLiteral("site"), siteJson(site)},
        {QStringLiteral("period"), periodJson(params.period, r->interval)},
        {QStringLiteral("by"), by.name()},
        {QStringLiteral("total_rows"), r->totalRows},
        {QStringLiteral("limit"), params.limit},
        {QStringLiteral("offset"), params.offset},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("imports"), importsJson(r->imports)},
    });
}

PlainResponse StatsApi::vitals(query::QueryEngine &q, const query::Site &site,
                               const StatsParams &params)
{
    query::QueryError error;
    const auto r = q.vitals({site.id, params.period, params.filters, false}, params.limit, &error);
    if (!r)
        return QueryRunner::failed(q, error);
    QJsonArray routes;
    for (const query::VitalsRow &row : r->routes)
        if (const auto route = vitalsRouteJson(row))
            routes.append(*route);
    return ApiReply::json(QJsonObject {
        {QStringLiteral("site"), siteJson(site)},
        {QStringLiteral("period"), periodJson(params.period, r->interval)},
        {QStringLiteral("overall"), vitalsJson(r->site)},
        {QStringLiteral("routes"), routes},
    });
}

PlainResponse StatsApi::live(query::QueryEngine &q, const query::Site &site)
{
    query::QueryError error;
    const auto visitors = q.currentVisitors(site.id, LiveWindowSecs, &error);
    if (!visitors)
        return QueryRunner::failed(q, error);
    return ApiReply::json(QJsonObject {
        {QStringLiteral("site"), siteJson(site)},
        {QStringLiteral("visitors"), *visitors},
        {QStringLiteral("window_seconds"), LiveWindowSecs},
    });
}

PlainResponse StatsApi::properties(query::QueryEngine &q, const query::Site &site,
                                   const StatsParams &params)
{
    query::QueryError error;
    const auto r = q.propertyKeys({site.id, params.period, params.filters, false}, &error);
    if (!r)
        return QueryRunner::failed(q, error);
    QJsonArray rows;
    for (const query::PropertyKeyRow &row : r->first(std::min<qsizetype>(r->size(), params.limit)))
        rows.append(QJsonObject {{QStringLiteral("key"), row.key},
                                 {QStringLiteral("events"), row.events},
                                 {QStringLiteral("visitors"), row.visitors}});
    return ApiReply::json(QJsonObject {
        {QStringLiteral("site"), siteJson(site)},
        {QStringLiteral("total_rows"), qint64(r->size())},
        {QStringLiteral("rows"), rows},
    });
}

// The hits the collector answered 2xx but did not store (bots, referrer spam…): the
// pipeline counts them per site, local day and reason, so an owner can see what the
// filter took out of the numbers.
PlainResponse StatsApi::dropped(query::QueryEngine &q, const query::Site &site,
                                const StatsParams &params)
{
    query::QueryError error;
    const auto r = q.dropped(site.id, params.period, &error);
    if (!r)
        return QueryRunner::failed(q, error);
    QJsonArray rows;
    qint64 total = 0;
    for (const query::DroppedRow &row : *r) {
        rows.append(QJsonObject {{QStringLiteral("reason"), row.reason},
                                 {QStringLiteral("hits"), row.hits}});
        total += row.hits;
    }
    return ApiReply::json(QJsonObject {
        {QStringLiteral("site"), siteJson(site)},
        {QStringLiteral("total"), total},
        {QStringLiteral("rows"), rows},
    });
}

} // namespace raycstr

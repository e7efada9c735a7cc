#include "api/goalsapi.h"

#include "api/apiaccess.h"
#include "api/apireply.h"
#include "api/queryrunner.h"
#include "api/statsjson.h"
#include "core/clock.h"
#include "core/funnelyaml.h"
#include "http/httpserver.h"
#include "store/database.h"
#include "store/goalrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace raycstr {

using Status = HttpStatus;
using Method = PlainRequest::Method;
using namespace StatsJson;

namespace {

QJsonArray stepsJson(const QList<FunnelStep> &steps)
{
    return QJsonDocument::fromJson(GoalRepository::stepsToJson(steps)).array();
}

QJsonObject funnelJson(const Funnel &f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("steps"), stepsJson(f.steps)}};
}

bool isYaml(const PlainRequest &request)
{
    const QByteArray type = request.contentType.toLower();
    return type.contains("yaml");
}

bool wantsYaml(const PlainRequest &request)
{
    return request.urlQuery().queryItemValue(QStringLiteral("format")) == QLatin1String("yaml")
        || request.accept.toLower().contains("yaml");
}

std::optional<QJsonObject> jsonBody(const PlainRequest &request, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("the body is not valid JSON: %1 at offset %2")
                  .arg(parseError.errorString())
                  .arg(parseError.offset)
            : QStringLiteral("the body must be a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

GoalsApi::GoalsApi(query::QueryEngine *queries, const ApiAccess *access, const Clock *clock)
    : m_queries(queries)
    , m_access(access)
    , m_clock(clock)
    , m_sites(queries, access)
{ }

bool GoalsApi::open(const QString &dataDir, QString *error)
{
    return Database::open(&m_db, dataDir, error);
}

QStringList GoalsApi::routePaths()
{
    return {QStringLiteral("/api/sites/{siteId}/goals"),
            QStringLiteral("/api/sites/{siteId}/goals/{goalId}"),
            QStringLiteral("/api/sites/{siteId}/funnels"),
            QStringLiteral("/api/sites/{siteId}/funnels/{funnelId}")};
}

void GoalsApi::registerRoutes(HttpServer &server)
{
    server.route(QStringLiteral("/api/sites/<arg>/goals"), [this](const PlainRequest &request) {
        return ApiReply::finish(goals(request.args.at(0), request));
    });
    server.route(QStringLiteral("/api/sites/<arg>/goals/<arg>"),
                 [this](const PlainRequest &request) {
                     return ApiReply::finish(goal(request.args.at(0), request.args.at(1), request));
                 });
    server.route(QStringLiteral("/api/sites/<arg>/funnels"), [this](const PlainRequest &request) {
        return ApiReply::finish(funnels(request.args.at(0), request));
    });
    server.route(
        QStringLiteral("/api/sites/<arg>/funnels/<arg>"), [this](const PlainRequest &request) {
            return ApiReply::finish(funnel(request.args.at(0), request.args.at(1), request));
        });
}

std::optional<query::Site> GoalsApi::enter(const PlainRequest &request, const QString &siteRef,
                                           const QList<Method> &methods, PlainResponse *refused)
{
    QStringList names;
    for (Method m : methods)
        names.append(m == Method::Get        ? QStringLiteral("GET")
                         : m == Method::Post ? QStringLiteral("POST")
                                             : QStringLiteral("DELETE"));
    const QByteArray allow = names.join(QStringLiteral(", ")).toLatin1();
    const Method method = request.method;
    if (method == Method::Options) {
        // CORS preflight: the dashboard may live on another origin.
        PlainResponse r(Status::NoContent);
        r.addHeader(QByteArrayLiteral("Access-Control-Allow-Methods"), allow + ", OPTIONS");
        r.addHeader(QByteArrayLiteral("Access-Control-Allow-Headers"),
                    QByteArrayLiteral("Authorization, Content-Type"));
        r.addHeader(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("86400"));
        *refused = std::move(r);
        return std::nullopt;
    }
    if (!methods.contains(method)) {
        *refused = ApiReply::methodNotAllowed(allow);
        return std::nullopt;
    }
    const auto site = m_sites.resolve(request, siteRef, refused);
    if (!site || method == Method::Get)
        return site;
    // Changing definitions needs an admin key.
    if (!m_access->check(request, site->id, ApiAccess::Need::Admin, refused))
        return std::nullopt;
    return site;
}

PlainResponse GoalsApi::goals(const QString &siteRef, const PlainRequest &request)
{
    const Method method = request.method;
    PlainResponse refused(Status::Unauthorized);
    const auto site = enter(request, siteRef, {Method::Get, Method::Post}, &refused);
    if (!site)
        return refused;
    if (method == Method::Get) {
        QJsonArray out;
        for (const Goal &g : m_queries->savedGoals(site->id))
            out.append(goalJson(g));
        return ApiReply::json(QJsonObject {{QStringLiteral("goals"), out}});
    }
    QString error;
    const auto body = jsonBody(request, &error);
    if (!body)
        return ApiReply::badRequest(error);
    const bool hasEvent = body->contains(QLatin1String("event"));
    const bool hasPage = body->contains(QLatin1String("page"));
    if (hasEvent == hasPage)
        return ApiReply::badRequest(
            QStringLiteral("a goal is {\"event\": \"Signup\"} or {\"page\": \"/blog/**\"}, with an "
                           "optional \"name\""));
    const Matcher match {hasEvent ? Matcher::Kind::Event : Matcher::Kind::Page,
                         body->value(hasEvent ? QLatin1String("event") : QLatin1String("page"))
                             .toString()
                             .trimmed()};
    const auto g = GoalRepository(&m_db).addGoal(
        site->id, body->value(QLatin1String("name")).toString(), match, m_clock->nowSecs(), &error);
    if (!g)
        return error.contains(QLatin1String("already")) ? HttpServer::error(Status::Conflict, error)
                                                        : ApiReply::badRequest(error);
    PlainResponse r(QByteArrayLiteral("application/json"),
                    QJsonDocument(goalJson(*g)).toJson(QJsonDocument::Compact), Status::Created);
    return r;
}

PlainResponse GoalsApi::goal(const QString &siteRef, const QString &id, const PlainRequest &request)
{
    PlainResponse refused(Status::Unauthorized);
    const auto site = enter(request, siteRef, {Method::Delete}, &refused);
    if (!site)
        return refused;
    const auto g = GoalRepository(&m_db).findGoal(site->id, id);
    QString error;
    if (!g || !GoalRepository(&m_db).removeGoal(site->id, g->id, &error))
        return HttpServer::error(Status::NotFound,
                                 QStringLiteral("no goal \"%1\" on %2").arg(id, site->domain));
    return PlainResponse(Status::NoContent);
}

PlainResponse GoalsApi::funnels(const QString &siteRef, const PlainRequest &request)
{
    const Method method = request.method;
    PlainResponse refused(Status::Unauthorized);
    const auto site = enter(request, siteRef, {Method::Get, Method::Post}, &refused);
    if (!site)
        return refused;
    if (method == Method::Get) {
        QJsonArray out;
        for (const Funnel &f : GoalRepository(&m_db).funnels(site->id))
            out.append(funnelJson(f));
        return ApiReply::json(QJsonObject {{QStringLiteral("funnels"), out}});
    }
    QString error;
    Funnel f;
    if (isYaml(request)) {
        const auto parsed = FunnelYaml::parse(request.body, &error);
        if (!parsed)
            return ApiReply::badRequest(QStringLiteral("funnel YAML: %1").arg(error));
        f = *parsed;
    } else {
        const auto body = jsonBody(request, &error);
        if (!body)
            return ApiReply::badRequest(error);
        f.name = body->value(QLatin1String("name")).toString();
        const auto steps = GoalRepository::stepsFromJson(
            QJsonDocument(body->value(QLatin1String("steps")).toArray()).toJson(), &error);
        if (!steps || !body->value(QLatin1String("steps")).isArray())
            return ApiReply::badRequest(
                steps ? QStringLiteral("'steps' must be an array of {kind, match, name}") : error);
        f.steps = *steps;
    }
    // A YAML file without a name takes ?name=…; a funnel always has one.
    const QString nameParam = request.urlQuery().queryItemValue(QStringLiteral("name"));
    if (f.name.isEmpty())
        f.name = nameParam;
    const bool replace
        = request.urlQuery().queryItemValue(QStringLiteral("replace")) == QLatin1String("1");
    const auto saved
        = GoalRepository(&m_db).saveFunnel(site->id, f, replace, m_clock->nowSecs(), &error);
    if (!saved)
        return error.contains(QLatin1String("already exists"))
            ? HttpServer::error(Status::Conflict, error + QStringLiteral(" (add ?replace=1)"))
            : ApiReply::badRequest(error);
    return PlainResponse(QByteArrayLiteral("application/json"),
                         QJsonDocument(funnelJson(*saved)).toJson(QJsonDocument::Compact),
                         Status::Created);
}

PlainResponse GoalsApi::funnel(const QString &siteRef, const QString &id,
                               const PlainRequest &request)
{
    const Method method = request.method;
    PlainResponse refused(Status::Unauthorized);
    const auto site = enter(request, siteRef, {Method::Get, Method::Delete}, &refused);
    if (!site)
        return refused;
    const auto f = GoalRepository(&m_db).findFunnel(site->id, id);
    if (!f)
        return HttpServer::error(Status::NotFound,
                                 QStringLiteral("no funnel \"%1\" on %2").arg(id, site->domain));
    if (method == Method::Delete) {
        QString error;
        if (!GoalRepository(&m_db).removeFunnel(site->id, f->id, &error))
            return HttpServer::internalError(error);
        return PlainResponse(Status::NoContent);
    }
    if (wantsYaml(request))
        return PlainResponse(QByteArrayLiteral("application/yaml; charset=utf-8"),
                             FunnelYaml::write(*f));
    return ApiReply::json(funnelJson(*f));
}

PlainResponse GoalsApi::goalsReport(query::QueryEngine &q, const query::Site &site,
                                    const StatsParams &params)
{
    query::QueryError error;
    const auto r = q.goals({site.id, params.period, params.filters, false}, &error);
    if (!r)
        return QueryRunner::failed(q, error);
    QJsonArray rows;
    for (const query::GoalRow &row : r->rows)
        rows.append(goalRowJson(row));
    return ApiReply::json(QJsonObject {
        {QStringLiteral("site"), siteJson(site)},
        {QStringLiteral("period"), periodJson(params.period, r->interval)},
        {QStringLiteral("visitors"), r->visitors},
        {QStringLiteral("goals"), rows},
    });
}

PlainResponse GoalsApi::funnelReport(query::QueryEngine &q, const query::Site &site,
                                     const StatsParams &params)
{
    Funnel f;
    if (!params.funnel.isEmpty() && !params.steps.isEmpty())
        return ApiReply::badRequest(
            QStringLiteral("give funnel=<id|name> or step=… parameters, not both"));
    if (!params.funnel.isEmpty()) {
        const auto saved = q.savedFunnel(site.id, params.funnel);
        if (!saved)
            return HttpServer::error(
                Status::NotFound,
                QStringLiteral("no funnel \"%1\" on %2").arg(params.funnel, site.domain));
        f = *saved;
    } else if (!params.steps.isEmpty()) {
        f.name = QStringLiteral("preview");
        f.steps = params.steps;
    } else {
        return ApiReply::badRequest(QStringLiteral(
            "which funnel? funnel=<id|name>, or steps: step=/pricing&step=event:Signup…"));
    }
    query::QueryError error;
    const auto r = q.funnel({site.id, params.period, params.filters, false}, f, &error);
    if (!r)
        return QueryRunner::failed(q, error);
    QJsonArray steps;
    for (const query::FunnelStepResult &s : r->steps)
        steps.append(funnelStepJson(s));
    QJsonObject funnel = {{QStringLiteral("name"), f.name}};
    if (f.id)
        funnel.insert(QStringLiteral("id"), f.id);
    return ApiReply::json(QJsonObject {
        {QStringLiteral("site"), siteJson(site)},
        {QStringLiteral("period"), periodJson(params.period, r->interval)},
        {QStringLiteral("funnel"), funnel},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("conversion_rate"), rounded(r->conversionRate, 2)},
    });
}

} // namespace raycstr

#include "api/sitesapi.h"

#include "api/apiaccess.h"
#include "api/apireply.h"
#include "api/statsjson.h"
#include "http/httpserver.h"
#include "store/database.h"
#include "store/sites.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace raycstr {

using Status = HttpStatus;
using Method = PlainRequest::Method;

namespace {

QJsonObject siteJson(const Site &s)
{
    return StatsJson::siteJson(query::Site {s.id, s.domain, s.timeZone});
}

// nullopt when `request` uses one of `allowed`; else the answer: a CORS preflight for
// OPTIONS, a 405 naming the methods otherwise.
std::optional<PlainResponse> refuseMethod(const PlainRequest &request, const QByteArray &allowed,
                                          std::initializer_list<Method> methods)
{
    for (Method m : methods)
        if (request.method == m)
            return std::nullopt;
    if (request.method == Method::Options) {
        PlainResponse r(Status::NoContent);
        r.addHeader(QByteArrayLiteral("Access-Control-Allow-Methods"), allowed + ", OPTIONS");
        r.addHeader(QByteArrayLiteral("Access-Control-Allow-Headers"),
                    QByteArrayLiteral("Authorization, Content-Type"));
        return r;
    }
    PlainResponse r = HttpServer::error(
        Status::MethodNotAllowed,
        QStringLiteral("this route takes %1").arg(QString::fromLatin1(allowed)));
    r.addHeader(QByteArrayLiteral("Allow"), allowed);
    return r;
}

} // namespace

SitesApi::SitesApi(query::QueryEngine *queries, const ApiAccess *access)
    : m_access(access)
    , m_sites(queries, access)
{ }

bool SitesApi::open(const QString &dataDir, QString *error)
{
    return Database::open(&m_db, dataDir, error);
}

QStringList SitesApi::routePaths()
{
    return {QStringLiteral("/api/sites"), QStringLiteral("/api/sites/{siteId}")};
}

void SitesApi::registerRoutes(HttpServer &server)
{
    server.route(QStringLiteral("/api/sites"), [this](const PlainRequest &request) {
        return ApiReply::finish(list(request));
    });
    server.route(QStringLiteral("/api/sites/<arg>"), [this](const PlainRequest &request) {
        return ApiReply::finish(one(request.args.at(0), request));
    });
}

PlainResponse SitesApi::list(const PlainRequest &request)
{
    if (auto refused = refuseMethod(request, "GET", {Method::Get}))
        return std::move(*refused);
    QString why;
    const auto caller = m_access->principal(request, &why);
    if (!caller) {
        PlainResponse denied(Status::Unauthorized);
        m_access->check(request, 0, ApiAccess::Need::Read, &denied);
        return denied;
    }
    QJsonArray out;
    for (const Site &s : SiteRepository(&m_db).list())
        if (caller->canRead(s.id))
            out.append(siteJson(s));
    return ApiReply::json(QJsonObject {{QStringLiteral("sites"), out}});
}

PlainResponse SitesApi::one(const QString &siteRef, const PlainRequest &request)
{
    if (auto refused = refuseMethod(request, "GET, PATCH", {Method::Get, Method::Patch}))
        return std::move(*refused);
    PlainResponse refused(Status::Unauthorized);
    const auto site = m_sites.resolve(request, siteRef, &refused);
    if (!site)
        return refused;
    if (request.method == Method::Get)
        return ApiReply::json(StatsJson::siteJson(*site));
    if (!m_access->check(request, site->id, ApiAccess::Need::Admin, &refused))
        return refused;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonValue zone = doc.object().value(QLatin1String("timezone"));
    if (!doc.isObject() || !zone.isString())
        return ApiReply::badRequest(
            QStringLiteral("the body must be a JSON object such as {\"timezone\": "
                           "\"Europe/Berlin\"}"));
    QString error;
    const auto changed = SiteRepository(&m_db).setTimeZone(site->domain, zone.toString(), &error);
    if (!changed)
        return ApiReply::badRequest(error);
    return ApiReply::json(siteJson(*changed));
}

} // namespace raycstr

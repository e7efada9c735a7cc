#include "api/alertsapi.h"

#include "api/apiaccess.h"
#include "api/apireply.h"
#include "core/clock.h"
#include "http/httpserver.h"
#include "store/alertrepository.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace raycstr {

using Status = HttpStatus;
using Method = PlainRequest::Method;

AlertsApi::AlertsApi(query::QueryEngine *queries, const ApiAccess *access, const Clock *clock,
                     QList<AlertRule> configRules)
    : m_access(access)
    , m_clock(clock)
    , m_configRules(std::move(configRules))
    , m_sites(queries, access)
{ }

bool AlertsApi::open(const QString &dataDir, QString *error)
{
    return Database::open(&m_db, dataDir, error);
}

QStringList AlertsApi::routePaths()
{
    return {QStringLiteral("/api/sites/{siteId}/alerts"),
            QStringLiteral("/api/sites/{siteId}/alerts/{alertId}")};
}

void AlertsApi::registerRoutes(HttpServer &server)
{
    server.route(QStringLiteral("/api/sites/<arg>/alerts"), [this](const PlainRequest &request) {
        return ApiReply::finish(alerts(request.args.at(0), request));
    });
    server.route(
        QStringLiteral("/api/sites/<arg>/alerts/<arg>"), [this](const PlainRequest &request) {
            return ApiReply::finish(alert(request.args.at(0), request.args.at(1), request));
        });
}

QJsonObject AlertsApi::ruleJson(const AlertRule &r)
{
    QJsonObject o {
        {QStringLiteral("id"), r.id ? QJsonValue(double(r.id)) : QJsonValue()},
        {QStringLiteral("source"), r.id ? QStringLiteral("store") : QStringLiteral("config")},
        {QStringLiteral("site"), r.site},
        {QStringLiteral("type"), AlertRule::kindName(r.kind)},
        {QStringLiteral("cooldown_minutes"), r.cooldownMinutes},
        {QStringLiteral("email"), QJsonArray::fromStringList(r.email)}};
    if (r.kind == AlertRule::Kind::Spike)
        o.insert(QStringLiteral("visitors"), r.threshold);
    if (r.kind == AlertRule::Kind::Drop)
        o.insert(QStringLiteral("hours"), r.threshold);
    if (r.kind == AlertRule::Kind::Goal) {
        o.insert(QStringLiteral("goal"), r.goal);
        o.insert(QStringLiteral("digest"), r.digest);
    }
    if (!r.webhook.isEmpty()) {
        o.insert(QStringLiteral("webhook"), AlertRule::redactedUrl(r.webhook));
        o.insert(QStringLiteral("webhook_format"), AlertRule::formatName(r.format));
    }
    return o;
}

std::optional<AlertRule> AlertsApi::ruleFromJson(const QJsonObject &json, const QString &site,
                                                 QString *error)
{
    static const QStringList known {
        QStringLiteral("type"),  QStringLiteral("visitors"), QStringLiteral("hours"),
        QStringLiteral("goal"),  QStringLiteral("digest"),   QStringLiteral("cooldown_minutes"),
        QStringLiteral("email"), QStringLiteral("webhook"),  QStringLiteral("webhook_format")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("unknown field \"%1\"").arg(it.key().left(40));
            return std::nullopt;
        }
    }
    AlertRule r;
    r.site = site;
    const auto kind = AlertRule::parseKind(json.value(QLatin1String("type")).toString());
    if (!kind) {
        *error = QStringLiteral("\"type\" must be spike, drop or goal");
        return std::nullopt;
    }
    r.kind = *kind;
    const auto integer = [&](const char *key, int *out) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
            *error = QStringLiteral("\"%1\" must be a whole number").arg(QLatin1String(key));
            return false;
        }
        *out = v.toInt();
        return true;
    };
    if (!integer(r.kind == AlertRule::Kind::Drop ? "hours" : "visitors", &r.threshold)
        || !integer("cooldown_minutes", &r.cooldownMinutes))
        return std::nullopt;
    r.goal = json.value(QLatin1String("goal")).toString().trimmed();
    r.digest = json.value(QLatin1String("digest")).toBool();
    const QJsonValue email = json.value(QLatin1String("email"));
    if (email.isString()) {
        r.email = {email.toString().trimmed()};
    } else if (email.isArray()) {
        for (const QJsonValue &a : email.toArray())
            r.email.append(a.toString().trimmed());
    } else if (!email.isUndefined()) {
        *error = QStringLiteral("\"email\" must be an address or a list of them");
        return std::nullopt;
    }
    r.webhook = json.value(QLatin1String("webhook")).toString().trimmed();
    if (json.contains(QLatin1String("webhook_format"))) {
        const auto format
            = AlertRule::parseFormat(json.value(QLatin1String("webhook_format")).toString());
        if (!format) {
            *error = QStringLiteral("\"webhook_format\" must be slack or text");
            return std::nullopt;
        }
        r.format = *format;
    }
    if (!r.validate(error))
        return std::nullopt;
    return r;
}

std::optional<query::Site> AlertsApi::enter(const PlainRequest &request, const QString &siteRef,
                                            Method allowed, PlainResponse *refused)
{
    const QByteArray allow
        = allowed == Method::Delete ? QByteArrayLiteral("DELETE") : QByteArrayLiteral("GET, POST");
    const Method method = request.method;
    const bool ok = allowed == Method::Delete ? method == Method::Delete
                                              : (method == Method::Get || method == Method::Post);
    if (!ok) {
        *refused = ApiReply::methodNotAllowed(allow);
        return std::nullopt;
    }
    const auto site = m_sites.resolve(request, siteRef, refused);
    // Reading too needs an admin key: a rule names addresses and where webhooks go.
    if (!site || !m_access->check(request, site->id, ApiAccess::Need::Admin, refused))
        return std::nullopt;
    return site;
}

PlainResponse AlertsApi::alerts(const QString &siteRef, const PlainRequest &request)
{
    PlainResponse refused(Status::Unauthorized);
    const auto site = enter(request, siteRef, Method::Post, &refused);
    if (!site)
        return refused;
    AlertRepository repo(&m_db);
    if (request.method == Method::Get) {
        QJsonArray out;
        for (const AlertRule &r : m_configRules) {
            if (r.site == site->domain)
                out.append(ruleJson(r));
        }
        for (const AlertRule &r : repo.rules(site->domain))
            out.append(ruleJson(r));
        return ApiReply::json(QJsonObject {{QStringLiteral("alerts"), out}});
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject())
        return ApiReply::badRequest(QStringLiteral("the body must be a JSON object"));
    QString error;
    auto rule = ruleFromJson(doc.object(), site->domain, &error);
    if (rule)
        rule = repo.add(*rule, m_clock->nowSecs(), &error);
    if (!rule)
        return ApiReply::badRequest(error);
    return PlainResponse(QByteArrayLiteral("application/json"),
                         QJsonDocument(ruleJson(*rule)).toJson(QJsonDocument::Compact),
                         Status::Created);
}

PlainResponse AlertsApi::alert(const QString &siteRef, const QString &id,
                               const PlainRequest &request)
{
    PlainResponse refused(Status::Unauthorized);
    const auto site = enter(request, siteRef, Method::Delete, &refused);
    if (!site)
        return refused;
    AlertRepository repo(&m_db);
    bool number = false;
    const qint64 n = id.toLongLong(&number);
    const auto found = number ? repo.find(n) : std::nullopt;
    QString error;
    // Another site's rule is "not found" here too: its id says nothing to this caller.
    if (!found || found->site != site->domain || !repo.remove(n, &error))
        return HttpServer::error(
            Status::NotFound,
            QStringLiteral("no alert \"%1\" on %2").arg(id.left(40), site->domain));
    return PlainResponse(Status::NoContent);
}

} // namespace raycstr

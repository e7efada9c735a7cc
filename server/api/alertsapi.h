#pragma once

#include "api/siteaccess.h"
#include "core/alertrule.h"
#include "http/plainhttp.h"
#include "store/sqlitedb.h"

#include <QJsonObject>

namespace raycstr {

class ApiAccess;
class Clock;
class HttpServer;

// Alert rules over HTTP, admin key only (a rule names where messages go):
//   GET|POST   /api/sites/{site}/alerts        {"type": "spike", "visitors": 50, "email": […],
//                                              "webhook": "https://…", …}
//   DELETE     /api/sites/{site}/alerts/{id}
// The config file's rules are listed too (id null, "source": "config"); they change in the
// file. Webhook URLs are answered redacted (scheme and host): the path is often the secret.
// A running server's alert scheduler reads the rules afresh at each check.
//
// On the HTTP thread, with a read-write connection of its own (open()); the writes are
// single-row inserts and deletes.
class AlertsApi
{
public:
    AlertsApi(query::QueryEngine *queries, const ApiAccess *access, const Clock *clock,
              QList<AlertRule> configRules);
    bool open(const QString &dataDir, QString *error);
    void registerRoutes(HttpServer &server);

    // The one JSON shape of a rule (the API and `alert list --json`).
    static QJsonObject ruleJson(const AlertRule &rule);
    // A rule from its JSON form for `site`; nullopt with a reason naming the bad field.
    static std::optional<AlertRule> ruleFromJson(const QJsonObject &json, const QString &site,
                                                 QString *error);
    static QStringList routePaths(); // OpenAPI path templates

private:
    PlainResponse alerts(const QString &siteRef, const PlainRequest &request);
    PlainResponse alert(const QString &siteRef, const QString &id, const PlainRequest &request);
    std::optional<query::Site> enter(const PlainRequest &request, const QString &siteRef,
                                     PlainRequest::Method allowed, PlainResponse *refused);

    const ApiAccess *m_access;
    const Clock *m_clock;
    QList<AlertRule> m_configRules;
    SiteAccess m_sites;
    SqliteDb m_db;
};

} // namespace raycstr

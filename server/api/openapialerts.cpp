#include "api/openapi.h"

#include "api/openapibuilder.h"

namespace raycstr {

using namespace openapi;

// Alert rules (alertsapi.h): admin key for every method.
QJsonObject OpenApi::alertsPaths()
{
    const Object siteId = ref("parameters", "siteId");
    const Object rule = object(
        {{QStringLiteral("id"),
          typed("integer", QStringLiteral("null for the config file's rules"))},
         {QStringLiteral("source"), enumOf({QStringLiteral("store"), QStringLiteral("config")})},
         {QStringLiteral("site"), typed("string")},
         {QStringLiteral("type"),
          enumOf({QStringLiteral("spike"), QStringLiteral("drop"), QStringLiteral("goal")})},
         {QStringLiteral("visitors"),
          typed("integer", QStringLiteral("spike: current visitors (last 5 minutes) that fire it"))},
         {QStringLiteral("hours"),
          typed("integer",
                QStringLiteral("drop: hours without a pageview that fire it (once the site has "
                               "had one); a \"recovered\" message follows"))},
         {QStringLiteral("goal"), typed("string", QStringLiteral("goal: the goal's name"))},
         {QStringLiteral("digest"),
          typed("boolean", QStringLiteral("goal: one message a day instead of one each"))},
         {QStringLiteral("cooldown_minutes"),
          typed("integer", QStringLiteral("no second message before this; default 60"))},
         {QStringLiteral("email"), arrayOf(typed("string"))},
         {QStringLiteral("webhook"),
          typed("string",
                QStringLiteral("http(s) URL to POST to; answered as scheme and host only"))},
         {QStringLiteral("webhook_format"),
          enumOf({QStringLiteral("slack"), QStringLiteral("text")},
                 QStringLiteral("slack: {\"text\": …} (Slack, Mattermost, Discord's /slack); "
                                "text: the bare text (ntfy)"))}},
        {QStringLiteral("type")});
    const Object alertId = param("alertId", "path", QStringLiteral("an alert's id"),
                                 typed("integer"), true, 1);
    Object post = operation("createAlert", StatsTag, QStringLiteral("Add an alert"),
                            QStringLiteral("A spike, drop or goal rule with an e-mail address or "
                                           "a webhook (or both). 400 with the reason when a "
                                           "field is wrong. Admin key."),
                            Array {siteId},
                            withErrors({{QStringLiteral("201"),
                                         response(QStringLiteral("the rule"), rule)}}));
    post.insert(QStringLiteral("requestBody"),
                Object {{QStringLiteral("required"), true},
                        {QStringLiteral("content"), content("application/json", rule)}});
    Object list = get(operation(
        "alerts", StatsTag, QStringLiteral("List alerts"),
        QStringLiteral("The site's alert rules, the config file's included. Admin key."),
        Array {siteId},
        withErrors({{QStringLiteral("200"),
                     response(QStringLiteral("the rules"),
                              object({{QStringLiteral("alerts"), arrayOf(rule)}}))}})));
    list.insert(QStringLiteral("post"), post);
    const QString sites = QStringLiteral("/api/sites/{siteId}/");
    return {
        {sites + QStringLiteral("alerts"), list},
        {sites + QStringLiteral("alerts/{alertId}"),
         Object {{QStringLiteral("delete"),
                  operation("deleteAlert", StatsTag, QStringLiteral("Delete an alert"),
                            QStringLiteral("Admin key."), Array {siteId, alertId},
                            withErrors({{QStringLiteral("204"),
                                         response(QStringLiteral("deleted"))}}))}}},
    };
}

} // namespace raycstr

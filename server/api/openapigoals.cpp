#include "api/openapi.h"

#include "api/openapibuilder.h"

namespace raycstr {

using namespace openapi;

// Goals and funnels: the reports (under /api/events like every report) and the
// definitions (under /api/sites, read key to list, admin key to change); goalsapi.h.
QJsonObject OpenApi::goalsPaths()
{
    const Object count = typed("integer");
    const Object siteId = ref("parameters", "siteId");
    Array range {siteId};
    for (const QJsonValue &v : refs("parameters", {"period", "date", "from", "to", "filter"}))
        range.append(v);
    const Object goal = object(
        {{QStringLiteral("id"), count},
         {QStringLiteral("name"), typed("string")},
         {QStringLiteral("event"),
          typed("string", QStringLiteral("a custom event's name (event goals)"))},
         {QStringLiteral("page"),
          typed("string",
                QStringLiteral(
                    "a path pattern: /blog/* one segment, /docs/** any depth (page goals)"))}});
    const Object step = object(
        {{QStringLiteral("kind"), enumOf({QStringLiteral("page"), QStringLiteral("event")})},
         {QStringLiteral("match"), typed("string", QStringLiteral("path pattern or event name"))},
         {QStringLiteral("name"), typed("string", QStringLiteral("optional label"))}},
        {QStringLiteral("kind"), QStringLiteral("match")});
    const Object funnel = object({{QStringLiteral("id"), count},
                                  {QStringLiteral("name"), typed("string")},
                                  {QStringLiteral("steps"), arrayOf(step)}});
    Object goalRow = goal;
    Object rowProps = goalRow.value(QStringLiteral("properties")).toObject();
    rowProps.insert(QStringLiteral("unique_conversions"),
                    typed("integer", QStringLiteral("converted visitors (per day, as visitors)")));
    rowProps.insert(QStringLiteral("total_conversions"), count);
    rowProps.insert(QStringLiteral("conversion_rate"),
                    typed("number", QStringLiteral("percent of the period's visitors")));
    rowProps.insert(QStringLiteral("revenue"),
                    Object {{QStringLiteral("type"), QStringLiteral("object")},
                            {QStringLiteral("additionalProperties"), typed("number")},
                            {QStringLiteral("description"),
                             QStringLiteral("currency → sum, where conversions carried revenue")}});
    goalRow.insert(QStringLiteral("properties"), rowProps);
    const Object period = ref("schemas", "Period");
    const Object site = ref("schemas", "Site");
    const Object goalsReport = object({{QStringLiteral("site"), site},
                                       {QStringLiteral("period"), period},
                                       {QStringLiteral("visitors"), count},
                                       {QStringLiteral("goals"), arrayOf(goalRow)}});
    const Object funnelReport = object(
        {{QStringLiteral("site"), site},
         {QStringLiteral("period"), period},
         {QStringLiteral("funnel"),
          object({{QStringLiteral("id"), count}, {QStringLiteral("name"), typed("string")}})},
         {QStringLiteral("steps"),
          arrayOf(
              object({{QStringLiteral("name"), typed("string")},
                      {QStringLiteral("page"), typed("string")},
                      {QStringLiteral("event"), typed("string")},
                      {QStringLiteral("visitors"),
                       typed("integer",
                             QStringLiteral("visitors whose visit reached this step in order"))},
                      {QStringLiteral("conversion_from_previous"), typed("number")},
                      {QStringLiteral("conversion_from_first"), typed("number")},
                      {QStringLiteral("drop_off"), count}}))},
         {QStringLiteral("conversion_rate"),
          typed("number", QStringLiteral("last step ÷ first step, percent"))}});
    auto ok = [](const Object &schema, const char *status = "200") {
        return withErrors(
            {{QLatin1StringView(status), response(QStringLiteral("the answer"), schema)}});
    };
    auto writes = [](Object responses) {
        responses.insert(
            QStringLiteral("409"),
            response(QStringLiteral(
                         "a goal or funnel with that name (or goal with that matcher) exists"),
                     ref("schemas", "Error")));
        return responses;
    };
    const Object goalId = param("goalId", "path", QStringLiteral("a goal's id or name"),
                                typed("string"), true, QStringLiteral("1"));
    const Object funnelId = param("funnelId", "path", QStringLiteral("a funnel's id or name"),
                                  typed("string"), true, QStringLiteral("1"));
    const Object noContent {{QStringLiteral("204"), response(QStringLiteral("deleted"))}};

    Array funnelParams = range;
    funnelParams.append(param("funnel", "query",
                              QStringLiteral("a saved funnel's id or name (instead of step)"),
                              typed("string")));
    funnelParams.append(param(
        "step", "query",
        QStringLiteral("repeat for each of 2–8 steps, in order: a path pattern (/pricing, "
                       "/blog/**) or event:Name; required unless funnel is given"),
        arrayOf(typed("string")), true, Array {QStringLiteral("/"), QStringLiteral("/blog")}));
    Array replace {
        siteId,
        param("replace", "query",
              QStringLiteral(
                  "1: a funnel with the same name is overwritten (re-import of an edited file)"),
              enumOf({QStringLiteral("1")})),
        param("name", "query", QStringLiteral("the funnel's name when the YAML file has none"),
              typed("string"))};
    Object postFunnel
        = operation("createFunnel", StatsTag, QStringLiteral("Save a funnel"),
                    QStringLiteral("JSON {\"name\", \"steps\": [{\"kind\": \"page\"|\"event\", "
                                   "\"match\", \"name\"}]}, or the YAML "
                                   "file (Content-Type: application/yaml) in the seed's form: "
                                   "funnel: [- step: /path, name: …] "
                                   "with event: steps; YAML errors name the line. Admin key."),
                    replace, writes(ok(funnel, "201")));
    postFunnel.insert(QStringLiteral("requestBody"),
                      Object {{QStringLiteral("required"), true},
                              {QStringLiteral("content"),
                               Object {{QStringLiteral("application/json"),
                                        Object {{QStringLiteral("schema"), funnel}}},
                                       {QStringLiteral("application/yaml"),
                                        Object {{QStringLiteral("schema"), typed("string")}}}}}});
    Object postGoal = operation("createGoal", StatsTag, QStringLiteral("Add a goal"),
                                QStringLiteral("{\"event\": \"Signup\"} or {\"page\": "
                                               "\"/blog/**\"}, with an optional name. Admin key."),
                                Array {siteId}, writes(ok(goal, "201")));
    postGoal.insert(QStringLiteral("requestBody"),
                    Object {{QStringLiteral("required"), true},
                            {QStringLiteral("content"), content("application/json", goal)}});

    const QString events = QStringLiteral("/api/events/{siteId}/");
    const QString sites = QStringLiteral("/api/sites/{siteId}/");
    Object goalsItem = get(operation("goals", StatsTag, QStringLiteral("List goals"),
                                     QStringLiteral("The site's goals."), Array {siteId},
                                     ok(object({{QStringLiteral("goals"), arrayOf(goal)}}))));
    goalsItem.insert(QStringLiteral("post"), postGoal);
    Object funnelsItem = get(operation("funnels", StatsTag, QStringLiteral("List funnels"),
                                       QStringLiteral("The site's saved funnels."), Array {siteId},
                                       ok(object({{QStringLiteral("funnels"), arrayOf(funnel)}}))));
    funnelsItem.insert(QStringLiteral("post"), postFunnel);
    Object funnelItem
        = get(operation("funnelDefinition", StatsTag, QStringLiteral("A saved funnel"),
                        QStringLiteral("JSON, or with ?format=yaml (or Accept: application/yaml) "
                                       "the YAML file to edit and import again."),
                        Array {siteId, funnelId,
                               param("format", "query", QStringLiteral("yaml for the YAML form"),
                                     enumOf({QStringLiteral("yaml")}))},
                        ok(funnel)));
    funnelItem.insert(QStringLiteral("delete"),
                      operation("deleteFunnel", StatsTag, QStringLiteral("Delete a funnel"),
                                QStringLiteral("Admin key."), Array {siteId, funnelId},
                                withErrors(noContent)));
    return {
        {events + QStringLiteral("goals"),
         get(operation("goalConversions", StatsTag, QStringLiteral("Goal conversions"),
                       QStringLiteral("Per goal: unique and total conversions, conversion rate and "
                                      "revenue per currency. "
                                      "Filter other reports by a goal with filter=goal==Name."),
                       range, ok(goalsReport)))},
        {events + QStringLiteral("funnel"),
         get(operation(
             "funnel", StatsTag, QStringLiteral("Funnel"),
             QStringLiteral(
                 "Visitors per step (steps matched in order within one visit, others in between "
                 "allowed), conversion from the previous and the first step, drop-off. A visit "
                 "takes part when one of its events passes every filter."),
             funnelParams, ok(funnelReport)))},
        {events + QStringLiteral("properties"),
         get(operation(
             "properties", StatsTag, QStringLiteral("Custom event property keys"),
             QStringLiteral("The property keys custom events carry, by events; filter "
                            "by event_name to drill into one event, then break down "
                            "by prop:<key> for its values."),
             [&] {
                 Array a = range;
                 a.append(ref("parameters", "limit"));
                 return a;
             }(),
             ok(object({{QStringLiteral("site"), site},
                        {QStringLiteral("total_rows"), count},
                        {QStringLiteral("rows"),
                         arrayOf(object({{QStringLiteral("key"), typed("string")},
                                         {QStringLiteral("events"), count},
                                         {QStringLiteral("visitors"), count}}))}}))))},
        {events + QStringLiteral("dropped"),
         get(operation(
             "dropped", StatsTag, QStringLiteral("Hits not stored, by reason"),
             QStringLiteral("Hits the collector accepted (2xx) but did not store, per reason: "
                            "bot, referrer_spam, invalid_url, no_visit; counted per whole "
                            "local day of the site, so 24h answers for the days it touches."),
             Array {siteId, ref("parameters", "period"), ref("parameters", "date"),
                    ref("parameters", "from"), ref("parameters", "to")},
             ok(object({{QStringLiteral("site"), site},
                        {QStringLiteral("total"), count},
                        {QStringLiteral("rows"),
                         arrayOf(object({{QStringLiteral("reason"),
                                          enumOf({QStringLiteral("bot"),
                                                  QStringLiteral("referrer_spam"),
                                                  QStringLiteral("invalid_url"),
                                                  QStringLiteral("no_visit")})},
                                         {QStringLiteral("hits"), count}}))}}))))},
        {sites + QStringLiteral("goals"), goalsItem},
        {sites + QStringLiteral("goals/{goalId}"),
         Object {{QStringLiteral("delete"),
                  operation("deleteGoal", StatsTag, QStringLiteral("Delete a goal"),
                            QStringLiteral("Admin key."), Array {siteId, goalId},
                            withErrors(noContent))}}},
        {sites + QStringLiteral("funnels"), funnelsItem},
        {sites + QStringLiteral("funnels/{funnelId}"), funnelItem},
    };
}

} // namespace raycstr

#include "api/openapicomponents.h"

#include "api/filtersyntax.h"
#include "api/openapibuilder.h"
#include "api/plausibleapi.h"
#include "api/statsjson.h"
#include "api/statsparams.h"
#include "query/querytypes.h"

namespace raycstr {

using namespace openapi;

QJsonObject OpenApiComponents::build()
{
    const Object count = typed("integer");
    // The metric fields come from the codec that writes them (api/statsjson.h).
    const Object metrics = StatsJson::metricsSchema();
    const Object period = object({
        {QStringLiteral("name"), typed("string", QStringLiteral("the period asked for"))},
        {QStringLiteral("from"), typed("string", QStringLiteral("first local day (YYYY-MM-DD)"))},
        {QStringLiteral("to"), typed("string", QStringLiteral("last local day, inclusive"))},
        {QStringLiteral("start"), typed("string", QStringLiteral("UTC instant it starts"))},
        {QStringLiteral("end"), typed("string", QStringLiteral("UTC instant it ends (exclusive)"))},
    });
    const Object site = object({{QStringLiteral("id"), count},
                                {QStringLiteral("domain"), typed("string")},
                                {QStringLiteral("timezone"), typed("string")}});
    const Object vitalStat = object({{QStringLiteral("p75"), typed("number")},
                                     {QStringLiteral("p95"), typed("number")},
                                     {QStringLiteral("samples"), count}});
    Object vitalSet;
    for (const QString &m : query::vitalMetrics())
        vitalSet.insert(m, ref("schemas", "VitalStat"));
    const Object errorSchema = ref("schemas", "Error");
    const Object anyMap {{QStringLiteral("type"), QStringLiteral("object")},
                         {QStringLiteral("additionalProperties"), true}};

    const Object schemas {
        {QStringLiteral("Error"),
         object({{QStringLiteral("error"), typed("string", QStringLiteral("what is wrong"))}},
                {QStringLiteral("error")})},
        {QStringLiteral("Site"), site},
        {QStringLiteral("Period"), period},
        {QStringLiteral("Metrics"), metrics},
        {QStringLiteral("Summary"),
         object({
             {QStringLiteral("site"), typed("string")},
             {QStringLiteral("period"), ref("schemas", "Period")},
             {QStringLiteral("pageviews"), count},
             {QStringLiteral("visitors"), count},
             {QStringLiteral("visits"), count},
             {QStringLiteral("bounce_rate"),
              typed("number", QStringLiteral("fraction of visits with one page (0.42 = 42%)"))},
             {QStringLiteral("avg_duration"),
              typed("string", QStringLiteral("average visit, e.g. \"2m 34s\""))},
             {QStringLiteral("avg_duration_seconds"), count},
             {QStringLiteral("top_pages"),
              arrayOf(object({{QStringLiteral("path"), typed("string")},
                              {QStringLiteral("pageviews"), count},
                              {QStringLiteral("visitors"), count}}))},
         })},
        {QStringLiteral("Overview"),
         Object {{QStringLiteral("allOf"),
                  Array {ref("schemas", "Metrics"),
                         object({{QStringLiteral("site"), ref("schemas", "Site")},
                                 {QStringLiteral("period"), ref("schemas", "Period")},
                                 {QStringLiteral("previous"), ref("schemas", "Metrics")},
                                 {QStringLiteral("imports"), ref("schemas", "Imports")}})}}}},
        {QStringLiteral("Timeseries"),
         object({{QStringLiteral("site"), ref("schemas", "Site")},
                 {QStringLiteral("period"), ref("schemas", "Period")},
                 {QStringLiteral("interval"), enumOf({"hour", "day", "month"})},
                 {QStringLiteral("points"),
                  arrayOf(Object {
                      {QStringLiteral("allOf"),
                       Array {ref("schemas", "Metrics"),
                              object({{QStringLiteral("date"), typed("string")},
                                      {QStringLiteral("hour"),
                                       typed("integer", QStringLiteral("hourly buckets only"))},
                                      {QStringLiteral("start"), typed("string")}})}}})},
                 {QStringLiteral("imports"), ref("schemas", "Imports")}})},
        {QStringLiteral("Breakdown"),
         object({{QStringLiteral("site"), ref("schemas", "Site")},
                 {QStringLiteral("period"), ref("schemas", "Period")},
                 {QStringLiteral("by"), typed("string")},
                 {QStringLiteral("total_rows"), count},
                 {QStringLiteral("limit"), count},
                 {QStringLiteral("offset"), count},
                 {QStringLiteral("rows"), arrayOf(StatsJson::breakdownRowSchema())},
                 {QStringLiteral("imports"), ref("schemas", "Imports")}})},
        {QStringLiteral("Imports"), StatsJson::importsSchema()},
        {QStringLiteral("VitalStat"), vitalStat},
        {QStringLiteral("Vitals"),
         object({{QStringLiteral("site"), ref("schemas", "Site")},
                 {QStringLiteral("period"), ref("schemas", "Period")},
                 {QStringLiteral("overall"), object(vitalSet)},
                 {QStringLiteral("routes"),
                  arrayOf(object({{QStringLiteral("route"), typed("string")},
                                  {QStringLiteral("metrics"), object(vitalSet)}}))}})},
        {QStringLiteral("Live"),
         object({{QStringLiteral("site"), ref("schemas", "Site")},
                 {QStringLiteral("visitors"), count},
                 {QStringLiteral("window_seconds"), count}})},
        {QStringLiteral("PlausibleAggregate"),
         object({{QStringLiteral("results"),
                  Object {{QStringLiteral("type"), QStringLiteral("object")},
                          {QStringLiteral("additionalProperties"),
                           object({{QStringLiteral("value"), typed("number")},
                                   {QStringLiteral("change"), typed("number")}})}}}})},
        {QStringLiteral("PlausibleList"), object({{QStringLiteral("results"), arrayOf(anyMap)}})},
    };

    const QString filterHelp
        = QStringLiteral("Repeat to AND filters. Form: <field><op><value>[|<value>…] with op "
                         "%1; values after | are OR-ed (\\| is a literal bar); an empty value "
                         "is \"none\" (source== is direct traffic). Fields: %2.")
              .arg(FilterSyntax::operatorHelp(), FieldList);
    const Object parameters {
        {QStringLiteral("siteId"),
         param("siteId", "path", QStringLiteral("the site's domain (its data-domain) or id"),
               typed("string"), true, QStringLiteral("example.com"))},
        {QStringLiteral("site"),
         param("site", "query", QStringLiteral("the site's domain or id"), typed("string"), true,
               QStringLiteral("example.com"))},
        {QStringLiteral("period"),
         param("period", "query",
               QStringLiteral("24h is the last 24 hours; today and day are whole local days; "
                              "7d, 30d and 90d are the days before today; month is the "
                              "calendar month; 12mo the last 12 months; custom needs from/to"),
               enumOf({"24h", "today", "day", "7d", "30d", "90d", "month", "12mo", "custom"},
                      QStringLiteral("30d")))},
        {QStringLiteral("date"),
         param("date", "query",
               QStringLiteral("YYYY-MM-DD: the day for period=day, a day of the month for "
                              "period=month, otherwise the day counted as today"),
               typed("string"))},
        {QStringLiteral("from"),
         param("from", "query", QStringLiteral("first day of a custom range (implies custom)"),
               typed("string"))},
        {QStringLiteral("to"),
         param("to", "query", QStringLiteral("last day of a custom range, inclusive"),
               typed("string"))},
        {QStringLiteral("compare"),
         param("compare", "query",
               QStringLiteral("1: also answer for the previous period of the same length"),
               enumOf({"0", "1"}, QStringLiteral("0")))},
        {QStringLiteral("filter"),
         Object {{QStringLiteral("name"), QStringLiteral("filter")},
                 {QStringLiteral("in"), QStringLiteral("query")},
                 {QStringLiteral("description"), filterHelp},
                 {QStringLiteral("style"), QStringLiteral("form")},
                 {QStringLiteral("explode"), true},
                 {QStringLiteral("schema"), arrayOf(typed("string"))},
                 {QStringLiteral("example"), Array {QStringLiteral("page*=/blog/**")}}}},
        {QStringLiteral("interval"),
         param("interval", "query",
               QStringLiteral("time buckets; default: hours up to 2 days, months for 12mo"),
               enumOf({"hour", "day", "month"}))},
        {QStringLiteral("by"),
         param("by", "query", QStringLiteral("the field to break down by: %1").arg(FieldList),
               typed("string"), true, QStringLiteral("browser"))},
        {QStringLiteral("limit"),
         param("limit", "query", QStringLiteral("rows to return"),
               intRange(1, StatsParams::MaxLimit, 10))},
        {QStringLiteral("offset"),
         param("offset", "query", QStringLiteral("rows to skip"),
               intRange(0, StatsParams::MaxOffset, 0))},
        {QStringLiteral("site_id"),
         param("site_id", "query", QStringLiteral("the site's domain"), typed("string"), true,
               QStringLiteral("example.com"))},
        {QStringLiteral("plausiblePeriod"),
         param("period", "query",
               QStringLiteral("Plausible's periods, plus 24h, today and 90d; custom takes "
                              "date=YYYY-MM-DD,YYYY-MM-DD"),
               enumOf({"12mo", "6mo", "month", "30d", "7d", "day", "custom", "24h", "today", "90d"},
                      QStringLiteral("30d")))},
        {QStringLiteral("plausibleDate"),
         param("date", "query",
               QStringLiteral("YYYY-MM-DD the period is relative to (default today), or "
                              "YYYY-MM-DD,YYYY-MM-DD for period=custom"),
               typed("string"))},
        {QStringLiteral("metrics"),
         param("metrics", "query",
               QStringLiteral("comma-separated: %1. bounce_rate is a whole percent (33), as "
                              "Plausible's; on an event:page breakdown bounce_rate and "
                              "visit_duration are those of the visits that entered on the page "
                              "(null when none did). conversion_rate needs an event:goal filter "
                              "or breakdown (goals are custom event names); time_on_page is "
                              "not supported")
                   .arg(PlausibleApi::metricNames().join(QLatin1String(", "))),
               Object {{QStringLiteral("type"), QStringLiteral("string")},
                       {QStringLiteral("default"), QStringLiteral("visitors")}})},
        {QStringLiteral("filters"),
         param("filters", "query",
               QStringLiteral("Plausible filter expression: filters joined by ; (AND), each "
                              "property==value, property!=value, property~value (contains) or "
                              "property!~value; values joined by | (OR); * and ** are "
                              "wildcards in == and !=; (none) is the empty value"),
               typed("string"), false,
               QStringLiteral("event:page==/blog/**;visit:country==DE|FR"))},
        {QStringLiteral("property"),
         param("property", "query",
               QStringLiteral("event:page, event:name, event:goal, event:hostname, "
                              "event:props:<key>, visit:source, visit:referrer, visit:utm_*, "
                              "visit:device, visit:browser, visit:browser_version, visit:os, "
                              "visit:os_version, visit:country, visit:entry_page, "
                              "visit:exit_page"),
               typed("string"), true, QStringLiteral("event:page"))},
        {QStringLiteral("plausibleInterval"),
         param("interval", "query",
               QStringLiteral("default: month for 6mo and 12mo, hour for day, else day"),
               enumOf({"hour", "day", "date", "month"}))},
        {QStringLiteral("plausibleLimit"),
         param("limit", "query", QStringLiteral("rows per page"), intRange(1, 1000, 100))},
        {QStringLiteral("page"),
         param("page", "query", QStringLiteral("page number, from 1"),
               Object {{QStringLiteral("type"), QStringLiteral("integer")},
                       {QStringLiteral("minimum"), 1},
                       {QStringLiteral("default"), 1}})},
        {QStringLiteral("plausibleCompare"),
         param("compare", "query",
               QStringLiteral("previous_period adds each metric's change (percent; points for "
                              "rates)"),
               enumOf({"previous_period"}))},
        {QStringLiteral("with_imported"),
         param("with_imported", "query",
               QStringLiteral("true adds imported stats (Plausible's CSV export, `import --from "
                              "plausible`) where the question can be answered from them; when "
                              "it cannot, the answer carries a `warning`"),
               typed("boolean"))},
    };
    const Object responses {
        {QStringLiteral("BadRequest"),
         response(QStringLiteral("a parameter is missing or wrong; the message says which"),
                  errorSchema)},
        {QStringLiteral("Unauthorized"),
         response(QStringLiteral("no API key, or an invalid or revoked one"), errorSchema)},
        {QStringLiteral("Forbidden"),
         response(QStringLiteral("the key is for another site"), errorSchema)},
        {QStringLiteral("NotFound"), response(QStringLiteral("unknown site"), errorSchema)},
    };
    const Object security {
        {QStringLiteral("bearerAuth"),
         Object {{QStringLiteral("type"), QStringLiteral("http")},
                 {QStringLiteral("scheme"), QStringLiteral("bearer")},
                 {QStringLiteral("description"),
                  QStringLiteral("an API key (raycstr-server token create) or a dashboard "
                                 "session token")}}},
        {QStringLiteral("shareLink"),
         Object {{QStringLiteral("type"), QStringLiteral("apiKey")},
                 {QStringLiteral("in"), QStringLiteral("query")},
                 {QStringLiteral("name"), QStringLiteral("auth")},
                 {QStringLiteral("description"), QStringLiteral("a share link's secret")}}},
    };
    return {{QStringLiteral("schemas"), schemas},
            {QStringLiteral("parameters"), parameters},
            {QStringLiteral("responses"), responses},
            {QStringLiteral("securitySchemes"), security}};
}

} // namespace raycstr

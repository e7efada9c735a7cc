#include "api/openapi.h"

#include "api/openapibuilder.h"
#include "api/plausiblev2api.h"

namespace raycstr {

using namespace openapi;

// Plausible's Stats API v2: one POST route whose JSON body is the whole question
// (plausiblev2query.h says what RayCstr answers and what it refuses).
QJsonObject OpenApi::plausibleV2Paths()
{
    const Object text = typed("string");
    const Object any = Object {{QStringLiteral("description"), QStringLiteral("any JSON value")}};
    const Object filter = Object {
        {QStringLiteral("type"), QStringLiteral("array")},
        {QStringLiteral("description"),
         QStringLiteral("[operator, dimension, [values], {\"case_sensitive\": bool}?] with "
                        "operator is, is_not, contains, contains_not, matches_wildcard, "
                        "matches_wildcard_not; or [\"and\"|\"or\", [filters]], [\"not\", "
                        "filter]. An \"or\" must keep to one dimension and one positive "
                        "operator; matches/matches_not (regular expressions) and "
                        "has_done/has_not_done are refused with a 400.")},
        {QStringLiteral("items"), any}};
    const Object body = object(
        {{QStringLiteral("site_id"), typed("string", QStringLiteral("the site's domain"))},
         {QStringLiteral("metrics"), arrayOf(enumOf(PlausibleV2Query::metricNames()))},
         {QStringLiteral("date_range"),
          typed("string",
                QStringLiteral("day, month, year, all, Nd (N days ending yesterday), Nmo, or "
                               "[\"YYYY-MM-DD\", \"YYYY-MM-DD\"]"))},
         {QStringLiteral("date"),
          typed("string", QStringLiteral("YYYY-MM-DD: the day relative ranges count from"))},
         {QStringLiteral("dimensions"),
          arrayOf(typed("string",
                        PlausibleV2Query::dimensionNames().join(QLatin1String(", "))
                            + QStringLiteral(" (at most one time and one other, not "
                                             "both)")))},
         {QStringLiteral("filters"), arrayOf(filter)},
         {QStringLiteral("order_by"),
          arrayOf(typed("array", QStringLiteral("[metric or dimension, \"asc\"|\"desc\"]")))},
         {QStringLiteral("include"),
          object({{QStringLiteral("imports"), typed("boolean")},
                  {QStringLiteral("time_labels"), typed("boolean")},
                  {QStringLiteral("total_rows"), typed("boolean")}})},
         {QStringLiteral("pagination"),
          object({{QStringLiteral("limit"), intRange(1, 10000, 10000)},
                  {QStringLiteral("offset"), typed("integer")}})}},
        {QStringLiteral("site_id"), QStringLiteral("metrics"), QStringLiteral("date_range")});
    const Object row = object(
        {{QStringLiteral("dimensions"), arrayOf(text)}, {QStringLiteral("metrics"), arrayOf(any)}});
    const Object answer
        = object({{QStringLiteral("results"), arrayOf(row)},
                  {QStringLiteral("meta"),
                   object({{QStringLiteral("time_labels"), arrayOf(text)},
                           {QStringLiteral("total_rows"), typed("integer")},
                           {QStringLiteral("imports_included"), typed("boolean")},
                           {QStringLiteral("imports_skip_reason"),
                            enumOf({"not_requested", "no_imported_data", "unsupported_query",
                                    "unsupported_interval"})}})},
                  {QStringLiteral("query"),
                   typed("object",
                         QStringLiteral("the query as understood: date_range as "
                                        "ISO instants in the site's time zone"))}});
    Object op = operation(
        "plausibleV2Query", PlausibleV2Tag, QStringLiteral("Query (Plausible Stats API v2)"),
        QStringLiteral("Plausible's v2 query: no dimension answers one aggregate row; a time "
                       "dimension a row per bucket with data; event:goal a row per goal; any "
                       "other dimension a breakdown. Errors are worded as Plausible words "
                       "them, e.g. {\"error\": \"Unknown metric '\\\"foo\\\"'.\"}."),
        Array(),
        withErrors({{QStringLiteral("200"), response(QStringLiteral("the answer"), answer)}}));
    op.insert(QStringLiteral("requestBody"),
              Object {{QStringLiteral("required"), true},
                      {QStringLiteral("content"), content("application/json", body)}});
    return {{PlausibleV2Api::routePath(), post(op)}};
}

} // namespace raycstr

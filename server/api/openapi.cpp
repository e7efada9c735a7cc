#include "api/openapi.h"

#include "api/apireply.h"
#include "api/openapibuilder.h"
#include "api/openapicomponents.h"
#include "http/httpserver.h"

namespace raycstr {

using namespace openapi;

OpenApi::OpenApi()
{
    Object paths = statsPaths();
    const Object more[] = {plausiblePaths(), plausibleV2Paths(), otherPaths(), goalsPaths(),
                           alertsPaths(),    dataOutPaths(),     sitesPaths()};
    for (const Object &m : more)
        for (auto it = m.begin(); it != m.end(); ++it)
            paths.insert(it.key(), it.value());
    m_document = Object {
        {QStringLiteral("openapi"), QStringLiteral("3.0.3")},
        {QStringLiteral("info"),
         Object {{QStringLiteral("title"), QStringLiteral("RayCstr HTTP API")},
                 {QStringLiteral("version"), QStringLiteral("1")},
                 {QStringLiteral("description"),
                  QStringLiteral(
                      "Privacy-first web analytics. Stats routes need an API key sent as "
                      "\"Authorization: Bearer <key>\" (create one with: raycstr-server token "
                      "create) or a share link's ?auth=<secret>. Every error is a JSON body "
                      "{\"error\": \"...\"}: 400 bad parameter, 401 no or invalid/revoked key, "
                      "403 key for another site, 404 unknown site or path, 405 wrong "
                      "method.")}}},
        {QStringLiteral("servers"), Array {Object {{QStringLiteral("url"), QStringLiteral("/")}}}},
        {QStringLiteral("security"),
         Array {Object {{QStringLiteral("bearerAuth"), Array()}},
                Object {{QStringLiteral("shareLink"), Array()}}}},
        {QStringLiteral("tags"),
         Array {Object {{QStringLiteral("name"), StatsTag}},
                Object {{QStringLiteral("name"), PlausibleTag}},
                Object {{QStringLiteral("name"), PlausibleV2Tag}},
                Object {{QStringLiteral("name"), QStringLiteral("Live")}},
                Object {{QStringLiteral("name"), QStringLiteral("Auth")}},
                Object {{QStringLiteral("name"), QStringLiteral("Ingest")}}}},
        {QStringLiteral("paths"), paths},
        {QStringLiteral("components"), OpenApiComponents::build()},
    };
}

void OpenApi::addPaths(const QJsonObject &more)
{
    Object paths = m_document.value(QStringLiteral("paths")).toObject();
    for (auto it = more.begin(); it != more.end(); ++it)
        paths.insert(it.key(), it.value());
    m_document.insert(QStringLiteral("paths"), paths);
}

void OpenApi::registerRoutes(HttpServer &server)
{
    server.route(QString::fromLatin1(Path), [this](const PlainRequest &request) {
        if (auto refused = ApiReply::checkMethod(request))
            return ApiReply::finish(std::move(*refused));
        return ApiReply::finish(ApiReply::json(m_document));
    });
}

QJsonObject OpenApi::statsPaths()
{
    const Array range = refs("parameters", {"period", "date", "from", "to", "filter"});
    auto withRange = [&range](const QStringList &more, bool site = true) {
        Array out;
        if (site)
            out.append(ref("parameters", "siteId"));
        for (const QJsonValue &v : range)
            out.append(v);
        for (const QJsonValue &v : refs("parameters", more))
            out.append(v);
        return out;
    };
    auto ok = [](const char *schema) {
        return withErrors({{QStringLiteral("200"),
                            response(QStringLiteral("the answer"), ref("schemas", schema))}});
    };
    auto breakdownOp = [&](const char *id, const QString &what, const char *field) {
        return get(operation(id, StatsTag, QStringLiteral("Top %1").arg(what),
                             QStringLiteral("Breakdown by %1, by visitors (same as "
                                            "breakdown?by=%1).")
                                 .arg(QLatin1StringView(field)),
                             withRange({"limit", "offset"}), ok("Breakdown")));
    };
    Array summaryParams {ref("parameters", "site")};
    for (const QJsonValue &v : range)
        summaryParams.append(v);
    summaryParams.append(ref("parameters", "limit"));
    const QString prefix = QStringLiteral("/api/events/{siteId}/");
    return {
        {QStringLiteral("/api/stats"),
         get(operation("stats", StatsTag, QStringLiteral("Summary of a site"),
                       QStringLiteral("Pageviews, visitors, bounce rate (a fraction), average "
                                      "visit duration (\"2m 34s\") and the top pages (limit, "
                                      "default 10)."),
                       summaryParams, ok("Summary")))},
        {prefix + QStringLiteral("overview"),
         get(operation("overview", StatsTag, QStringLiteral("Totals for the period"),
                       QStringLiteral("Visitors, visits, pageviews, custom events, bounce rate "
                                      "(percent), average visit duration (seconds), views per "
                                      "visit; with compare=1 also `previous`."),
                       withRange({"compare"}), ok("Overview")))},
        {prefix + QStringLiteral("timeseries"),
         get(operation("timeseries", StatsTag, QStringLiteral("Metrics per hour, day or month"),
                       QStringLiteral("Every bucket of the period, zeros included."),
                       withRange({"interval"}), ok("Timeseries")))},
        {prefix + QStringLiteral("pages"), breakdownOp("pages", QStringLiteral("pages"), "page")},
        {prefix + QStringLiteral("sources"),
         breakdownOp("sources", QStringLiteral("sources"), "source")},
        {prefix + QStringLiteral("countries"),
         breakdownOp("countries", QStringLiteral("countries"), "country")},
        {prefix + QStringLiteral("devices"),
         breakdownOp("devices", QStringLiteral("device types"), "device")},
        {prefix + QStringLiteral("breakdown"),
         get(operation("breakdown", StatsTag, QStringLiteral("Breakdown by any field"),
                       QStringLiteral("Rows by visitors. Bounce rate and duration are given "
                                      "for visit fields (source, entry page, country, device, "
                                      "browser, os, utm_*), not for pages or events."),
                       withRange({"by", "limit", "offset"}), ok("Breakdown")))},
        {prefix + QStringLiteral("vitals"),
         get(operation("vitals", StatsTag, QStringLiteral("Web Vitals"),
                       QStringLiteral("p75/p95 of LCP, CLS, INP, TTFB and FCP (ms; CLS "
                                      "unitless) for the site and its routes (limit routes, "
                                      "by samples)."),
                       withRange({"limit"}), ok("Vitals")))},
        {prefix + QStringLiteral("live"),
         get(operation("live", StatsTag, QStringLiteral("Current visitors"),
                       QStringLiteral("Visitors with an event in the last 5 minutes. For "
                                      "the events themselves, use /api/stream/{siteId}."),
                       Array {ref("parameters", "siteId")}, ok("Live")))},
    };
}

QJsonObject OpenApi::plausiblePaths()
{
    auto params = [](const QStringList &names) {
        return refs("parameters", QStringList {QStringLiteral("site_id")} + names);
    };
    const QStringList common
        = {QStringLiteral("plausiblePeriod"), QStringLiteral("plausibleDate"),
           QStringLiteral("filters"), QStringLiteral("metrics"), QStringLiteral("with_imported")};
    auto ok = [](const char *schema) {
        return withErrors({{QStringLiteral("200"),
                            response(QStringLiteral("the answer"), ref("schemas", schema))}});
    };
    return {
        {QStringLiteral("/api/v1/stats/realtime/visitors"),
         get(operation(
             "plausibleRealtime", PlausibleTag, QStringLiteral("Current visitors"),
             QStringLiteral("Visitors in the last 5 minutes, as a bare number."), params({}),
             withErrors({{QStringLiteral("200"),
                          response(QStringLiteral("a number, e.g. 21"), typed("integer"))}})))},
        {QStringLiteral("/api/v1/stats/aggregate"),
         get(operation("plausibleAggregate", PlausibleTag, QStringLiteral("Aggregate metrics"),
                       QStringLiteral("{\"results\": {\"visitors\": {\"value\": 3}}}; with "
                                      "compare=previous_period each metric also has a change."),
                       params(common + QStringList {QStringLiteral("plausibleCompare")}),
                       ok("PlausibleAggregate")))},
        {QStringLiteral("/api/v1/stats/timeseries"),
         get(operation("plausibleTimeseries", PlausibleTag, QStringLiteral("Time series"),
                       QStringLiteral("{\"results\": [{\"date\": \"2024-01-01\", "
                                      "\"visitors\": 3}]}; hourly dates read "
                                      "\"2024-01-01 05:00:00\"."),
                       params(common + QStringList {QStringLiteral("plausibleInterval")}),
                       ok("PlausibleList")))},
        {QStringLiteral("/api/v1/stats/breakdown"),
         get(operation(
             "plausibleBreakdown", PlausibleTag, QStringLiteral("Breakdown"),
             QStringLiteral("{\"results\": [{\"page\": \"/\", \"visitors\": 3}]}: "
                            "each row names its value by the property without its "
                            "prefix (page, source, country, name, goal, or the "
                            "custom property's key). Empty values read (none), "
                            "direct traffic Direct / None."),
             params(common
                    + QStringList {QStringLiteral("property"), QStringLiteral("plausibleLimit"),
                                   QStringLiteral("page")}),
             ok("PlausibleList")))},
    };
}

QJsonObject OpenApi::otherPaths()
{
    const Object error = ref("schemas", "Error");
    const Object anyObject {{QStringLiteral("type"), QStringLiteral("object")}};
    Object login = operation(
        "login", QStringLiteral("Auth"), QStringLiteral("Dashboard login"),
        QStringLiteral("Exchanges the admin password for a session token (admin on every "
                       "site, used like an API key)."),
        Array(),
        {{QStringLiteral("200"),
          response(QStringLiteral("a session"),
                   object({{QStringLiteral("token"), typed("string")},
                           {QStringLiteral("expires_at"), typed("string")},
                           {QStringLiteral("expires_in"), typed("integer")}}))},
         {QStringLiteral("400"), response(QStringLiteral("bad JSON"), error)},
         {QStringLiteral("401"), response(QStringLiteral("wrong password"), error)},
         {QStringLiteral("429"), response(QStringLiteral("too many failures"), error)},
         {QStringLiteral("503"), response(QStringLiteral("no admin password set"), error)}});
    login.insert(QStringLiteral("requestBody"),
                 Object {{QStringLiteral("required"), true},
                         {QStringLiteral("content"),
                          content("application/json",
                                  object({{QStringLiteral("password"), typed("string")}},
                                         {QStringLiteral("password")}))}});
    auto ingest = [&](const char *id, const QString &summary, const QString &description,
                      const char *okStatus, const Object &ok) {
        Object op
            = operation(id, QStringLiteral("Ingest"), summary, description, Array(),
                        {{QLatin1StringView(okStatus), ok},
                         {QStringLiteral("400"), response(QStringLiteral("bad input"), error)},
                         {QStringLiteral("404"), response(QStringLiteral("unknown site"), error)},
                         {QStringLiteral("413"), response(QStringLiteral("too large"), error)},
                         {QStringLiteral("503"), response(QStringLiteral("busy"), error)}});
        op.insert(QStringLiteral("requestBody"),
                  Object {{QStringLiteral("required"), true},
                          {QStringLiteral("content"),
                           Object {{QStringLiteral("application/json"),
                                    Object {{QStringLiteral("schema"), anyObject}}},
                                   {QStringLiteral("text/plain"),
                                    Object {{QStringLiteral("schema"), typed("string")}}}}}});
        return post(publicOperation(op));
    };
    return {
        {QString::fromLatin1(Path),
         get(publicOperation(operation(
             "openapi", QStringLiteral("Docs"), QStringLiteral("This document"),
             QStringLiteral("The OpenAPI 3.0 description of the API; no key needed."), Array(),
             {{QStringLiteral("200"), response(QStringLiteral("OpenAPI JSON"), anyObject)}})))},
        {QStringLiteral("/api/stream/{siteId}"),
         get(operation(
             "stream", QStringLiteral("Live"), QStringLiteral("Live events (Server-Sent Events)"),
             QStringLiteral("event: pageview / event: event with each stored event (path, "
                            "name, source, country, device, browser; never an IP or visitor "
                            "id), event: visitors with the current-visitors count."),
             Array {ref("parameters", "siteId")},
             withErrors(
                 {{QStringLiteral("200"),
                   response(QStringLiteral("an endless event stream"), typed("string"),
                            "text/event-stream")},
                  {QStringLiteral("503"), response(QStringLiteral("too many streams"), error)}})))},
        {QStringLiteral("/api/auth/login"), post(publicOperation(login))},
        {QStringLiteral("/api/auth/logout"),
         post(operation(
             "logout", QStringLiteral("Auth"), QStringLiteral("End the session"),
             QStringLiteral("Ends the session whose token is sent as Bearer."), Array(),
             {{QStringLiteral("204"), response(QStringLiteral("ended"))},
              {QStringLiteral("400"), response(QStringLiteral("not a session token"), error)},
              {QStringLiteral("401"), ref("responses", "Unauthorized")}}))},
        {QStringLiteral("/api/event"),
         ingest("plausibleEvent", QStringLiteral("Record an event (Plausible Events API)"),
                QStringLiteral("n, u, d, r, p, w, h, i, $ (long names accepted); what "
                               "Plausible's and RayCstr's tracker send."),
                "202", response(QStringLiteral("ok"), typed("string"), "text/plain"))},
        {QStringLiteral("/collect"),
         ingest("collect", QStringLiteral("Record a batch (Traytic)"),
                QStringLiteral("{\"siteId\", \"events\": [{\"type\": pageview|event|vitals, "
                               "\"url\", \"referrer\", \"name\", \"props\", \"value\"}]}, up "
                               "to 100 events."),
                "204", response(QStringLiteral("stored (no body)")))},
        {QStringLiteral("/api/send"),
         ingest("umamiSend", QStringLiteral("Record an event (Umami)"),
                QStringLiteral("{\"type\": \"event\", \"payload\": {website, url, referrer, "
                               "hostname, title, screen, language, name, data}}: what Umami's "
                               "tracker sends. The site: an alias for the website id (site "
                               "alias), else the hostname."),
                "200", response(QStringLiteral("ok"), anyObject))},
        {QStringLiteral("/count"),
         get(publicOperation(operation(
             "goatCounterCount", QStringLiteral("Ingest"),
             QStringLiteral("Record a hit (GoatCounter)"),
             QStringLiteral(
                 "?p=path&r=referrer&t=title&e=true (p is an event name)&s=screen&q=query, "
                 "what GoatCounter's count.js sends (also as a POST beacon). The site: "
                 "an alias for the Host, else the Referer/Origin host."),
             Array(),
             {{QStringLiteral("200"),
               response(QStringLiteral("a 1×1 transparent GIF"), typed("string"), "image/gif")},
              {QStringLiteral("400"), response(QStringLiteral("bad input"), error)},
              {QStringLiteral("404"), response(QStringLiteral("unknown site"), error)},
              {QStringLiteral("503"), response(QStringLiteral("busy"), error)}})))},
    };
}

} // namespace raycstr

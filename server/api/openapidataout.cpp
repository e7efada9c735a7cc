#include "api/openapi.h"

#include "api/openapibuilder.h"

namespace raycstr {

using namespace openapi;

// Data out: the dashboard zip (exportapi.h) and e-mail reports' settings and tests
// (reportsapi.h).
QJsonObject OpenApi::dataOutPaths()
{
    const Object siteId = ref("parameters", "siteId");
    const Object error = ref("schemas", "Error");
    Array exportParams {siteId};
    for (const QJsonValue &v : refs("parameters", {"period", "date", "from", "to", "filter"}))
        exportParams.append(v);
    const Object zip = withErrors(
        {{QStringLiteral("200"),
          Object {{QStringLiteral("description"),
                   QStringLiteral("the zip; Content-Disposition names it "
                                  "DOMAIN_YYYYMMDD_YYYYMMDD.zip")},
                  {QStringLiteral("content"),
                   content("application/zip",
                           Object {{QStringLiteral("type"), QStringLiteral("string")},
                                   {QStringLiteral("format"), QStringLiteral("binary")}})}}},
         {QStringLiteral("422"),
          response(QStringLiteral("the export would pass the server's size limit"), error)},
         {QStringLiteral("503"),
          response(QStringLiteral("the query pool is saturated (Retry-After)"), error)},
         {QStringLiteral("504"), response(QStringLiteral("past the time budget"), error)}});
    const Object schedule = object(
        {{QStringLiteral("site"), typed("string")},
         {QStringLiteral("to"), arrayOf(typed("string"))},
         {QStringLiteral("every"), enumOf({QStringLiteral("week"), QStringLiteral("month")})},
         {QStringLiteral("hour"), typed("integer", QStringLiteral("local hour, 0-23"))},
         {QStringLiteral("language"), typed("string")},
         {QStringLiteral("managed_by"), enumOf({QStringLiteral("config")})}});
    const Object smtp
        = object({{QStringLiteral("configured"), typed("boolean")},
                  {QStringLiteral("url"), typed("string", QStringLiteral("scheme, host and port"))},
                  {QStringLiteral("starttls"), typed("boolean")},
                  {QStringLiteral("username"), typed("string")},
                  {QStringLiteral("password_set"),
                   typed("boolean", QStringLiteral("the password itself is never answered"))},
                  {QStringLiteral("from"), typed("string")},
                  {QStringLiteral("timeout_seconds"), typed("integer")},
                  {QStringLiteral("attempts"), typed("integer")},
                  {QStringLiteral("managed_by"), enumOf({QStringLiteral("config")})}});
    const Object sent = object({{QStringLiteral("sent"), typed("boolean")}});
    auto testErrors = [&](Object ok) {
        ok = withErrors(ok);
        ok.insert(QStringLiteral("409"),
                  response(QStringLiteral("the server has no smtp: settings"), error));
        ok.insert(
            QStringLiteral("502"),
            response(QStringLiteral("not sent: the SMTP server's (or webhook's) reason"), error));
        ok.insert(QStringLiteral("503"),
                  response(QStringLiteral("other tests are being sent (Retry-After)"), error));
        return ok;
    };
    Object testReport = operation(
        "testReport", StatsTag, QStringLiteral("Send a test report"),
        QStringLiteral("The last complete week's (or month's) report, sent now through the "
                       "server's SMTP settings, one attempt, at most 20 s. Admin key."),
        Array {siteId},
        testErrors({{QStringLiteral("200"), response(QStringLiteral("sent"), sent)}}));
    testReport.insert(
        QStringLiteral("requestBody"),
        Object {{QStringLiteral("required"), true},
                {QStringLiteral("content"),
                 content("application/json",
                         object({{QStringLiteral("to"), arrayOf(typed("string"))},
                                 {QStringLiteral("period"),
                                  enumOf({QStringLiteral("week"), QStringLiteral("month")},
                                         QStringLiteral("week"))},
                                 {QStringLiteral("language"),
                                  enumOf({QStringLiteral("en"), QStringLiteral("de"),
                                          QStringLiteral("fr"), QStringLiteral("es")})}},
                                {QStringLiteral("to")}))}});
    const Object alertId = param("alertId", "path", QStringLiteral("a stored alert's id"),
                                 typed("integer"), true, 1);
    const QString sites = QStringLiteral("/api/sites/{siteId}/");
    return {
        {sites + QStringLiteral("export"),
         get(operation("exportDashboard", StatsTag, QStringLiteral("Export the dashboard"),
                       QStringLiteral("Every report of the period as the CSV files of "
                                      "Plausible's export, in one zip: the same bytes as "
                                      "raycstr-server export. Read key."),
                       exportParams, zip))},
        {sites + QStringLiteral("reports"),
         get(operation(
             "reports", StatsTag, QStringLiteral("E-mail report settings"),
             QStringLiteral("The site's report schedules and the SMTP settings, read-only: they "
                            "live in the server's config file (managed_by: config). Admin key."),
             Array {siteId},
             withErrors({{QStringLiteral("200"),
                          response(QStringLiteral("the settings"),
                                   object({{QStringLiteral("reports"), arrayOf(schedule)},
                                           {QStringLiteral("smtp"), smtp},
                                           {QStringLiteral("managed_by"), typed("string")},
                                           {QStringLiteral("note"), typed("string")}}))}})))},
        {sites + QStringLiteral("reports/test"), post(testReport)},
        {sites + QStringLiteral("alerts/{alertId}/test"),
         post(operation("testAlert", StatsTag, QStringLiteral("Send an alert's test message"),
                        QStringLiteral("The stored rule's test message, by each channel it "
                                       "names. Admin key."),
                        Array {siteId, alertId},
                        testErrors({{QStringLiteral("200"),
                                     response(QStringLiteral("sent by at least one channel"),
                                              object({{QStringLiteral("sent"), typed("boolean")},
                                                      {QStringLiteral("failures"),
                                                       arrayOf(typed("string"))}}))}})))},
    };
}

} // namespace raycstr

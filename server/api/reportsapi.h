#pragma once

#include "api/siteaccess.h"
#include "core/config.h"
#include "http/responder.h"
#include "store/sqlitedb.h"

#include <QJsonObject>
#include <QThreadPool>

#include <atomic>

namespace raycstr {

class ApiAccess;
class Clock;
class HttpServer;

// E-mail reports and test messages over HTTP, admin key only (they name addresses):
//   GET  /api/sites/{site}/reports          the site's report schedules and the SMTP
//                                           settings (no password: "password_set")
//   POST /api/sites/{site}/reports/test     {"to": "a@b.org" | […], "period": "week"|"month",
//                                           "language": "de"}: the last complete period's
//                                           report, sent now through the server's SMTP
//   POST /api/sites/{site}/alerts/{id}/test the stored rule's test message, by each channel
//                                           (what `alert test ID` sends)
// Schedules and SMTP live in the config file alone (`reports:`, `smtp:`): they are answered
// read-only with "managed_by": "config", and a write is a 405 saying so. The server does not
// rewrite its config file behind the admin's back (comments, other keys, the file's 0600).
//
// A test answers the precise outcome: 200 {"sent": true}, or 502 with the SMTP server's (or
// webhook's) reason, 409 when no smtp: is configured. The send runs on one worker thread of
// this controller (never the HTTP thread, never the query pool), with one attempt and at
// most 20 s (ReportMailer::forTest), so the wait is bounded; while one test runs and another
// waits, a third is answered 503 with Retry-After.
//
// Threads: routes on the HTTP thread (site lookups, a read-only connection for alert rules);
// sends on the worker, each with its own query engine; answers posted back to the HTTP thread.
class ReportsApi
{
public:
    ReportsApi(query::QueryEngine *lookups, const ApiAccess *access, const Clock *clock,
               const ServerConfig &config);
    ~ReportsApi();
    // The query engines of the sends count with these options (the store's backend).
    void setEngineOptions(const query::QueryEngine::Options &options) { m_engineOptions = options; }
    bool open(QString *error);
    void registerRoutes(HttpServer &server);
    static QStringList routePaths(); // OpenAPI path templates

    static QJsonObject scheduleJson(const ReportSchedule &schedule);
    static QJsonObject smtpJson(const SmtpSettings &smtp);
    // Tests running or waiting beyond which the next one is refused (503).
    static constexpr int MaxPendingTests = 2;

private:
    using Send = std::function<PlainResponse()>;
    PlainResponse reports(const QString &siteRef, const PlainRequest &request);
    void testReport(const QString &siteRef, const PlainRequest &request,
                    const Responder &responder);
    void testAlert(const QString &siteRef, const QString &id, const PlainRequest &request,
                   const Responder &responder);
    std::optional<query::Site> enter(const PlainRequest &request, const QString &siteRef, bool post,
                                     PlainResponse *refused);
    // Runs `send` on the worker and answers with what it returns; 503 when too many wait.
    void queue(const Responder &responder, Send send);

    const ApiAccess *m_access;
    const Clock *m_clock;
    QString m_dataDir;
    SmtpSettings m_smtp;
    QList<ReportSchedule> m_schedules;
    query::QueryEngine::Options m_engineOptions;
    SiteAccess m_sites;
    SqliteDb m_db; // alert rules, read-only
    QObject *m_context = nullptr; // the HTTP server: answers are written from its thread
    QThreadPool m_workers;
    std::atomic<int> m_pending {0};
};

} // namespace raycstr

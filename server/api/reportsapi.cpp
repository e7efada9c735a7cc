#include "api/reportsapi.h"

#include "api/apiaccess.h"
#include "api/apireply.h"
#include "http/httpserver.h"
#include "report/alertnotifier.h"
#include "report/mailmessage.h"
#include "report/reportmailer.h"
#include "store/alertrepository.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace raycstr {

using Status = HttpStatus;
using Method = PlainRequest::Method;

namespace {

// The mail (or webhook) server refused or could not be reached: not our failure, not the
// caller's request either.
constexpr auto BadGateway = HttpStatus(502);

const QString ConfigNote = QStringLiteral(
    "report schedules and SMTP settings are read from the server's config file (reports:, "
    "smtp:); change them there and restart the server");

std::optional<QJsonObject> bodyObject(const PlainRequest &request, PlainResponse *refused)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject()) {
        *refused = ApiReply::badRequest(QStringLiteral("the body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

ReportsApi::ReportsApi(query::QueryEngine *lookups, const ApiAccess *access, const Clock *clock,
                       const ServerConfig &config)
    : m_access(access)
    , m_clock(clock)
    , m_dataDir(config.dataDir)
    , m_smtp(config.smtp)
    , m_schedules(config.reports)
    , m_sites(lookups, access)
{
    m_workers.setMaxThreadCount(1);
}

ReportsApi::~ReportsApi()
{
    m_workers.waitForDone(); // the jobs use this object's members
}

bool ReportsApi::open(QString *error)
{
    return Database::openReadOnly(&m_db, m_dataDir, error);
}

QStringList ReportsApi::routePaths()
{
    return {QStringLiteral("/api/sites/{siteId}/reports"),
            QStringLiteral("/api/sites/{siteId}/reports/test"),
            QStringLiteral("/api/sites/{siteId}/alerts/{alertId}/test")};
}

void ReportsApi::registerRoutes(HttpServer &server)
{
    m_context = &server;
    server.route(QStringLiteral("/api/sites/<arg>/reports"), [this](const PlainRequest &request) {
        return ApiReply::finish(reports(request.args.at(0), request));
    });
    server.routeLater(QStringLiteral("/api/sites/<arg>/reports/test"),
                      [this](const PlainRequest &request, const Responder &responder) {
                          testReport(request.args.at(0), request, responder);
                      });
    server.routeLater(QStringLiteral("/api/sites/<arg>/alerts/<arg>/test"),
                      [this](const PlainRequest &request, const Responder &responder) {
                          testAlert(request.args.at(0), request.args.at(1), request, responder);
                      });
}

QJsonObject ReportsApi::scheduleJson(const ReportSchedule &s)
{
    return {{QStringLiteral("site"), s.site},
            {QStringLiteral("to"), QJsonArray::fromStringList(s.to)},
            {QStringLiteral("every"), s.every},
            {QStringLiteral("hour"), s.hour},
            {QStringLiteral("language"), s.language.isEmpty() ? QStringLiteral("en") : s.language},
            {QStringLiteral("managed_by"), QStringLiteral("config")}};
}

QJsonObject ReportsApi::smtpJson(const SmtpSettings &smtp)
{
    // A URL may carry a user and password (smtp://user:pass@host): only scheme, host, port.
    const QUrl url(smtp.url);
    return {{QStringLiteral("configured"), smtp.isConfigured()},
            {QStringLiteral("url"), url.adjusted(QUrl::RemoveUserInfo).toString()},
            {QStringLiteral("starttls"), smtp.startTls},
            {QStringLiteral("username"), smtp.username},
            {QStringLiteral("password_set"), !smtp.password.isEmpty() || !url.password().isEmpty()},
            {QStringLiteral("from"), smtp.from},
            {QStringLiteral("timeout_seconds"), smtp.timeoutSecs},
            {QStringLiteral("attempts"), smtp.attempts},
            {QStringLiteral("managed_by"), QStringLiteral("config")}};
}

std::optional<query::Site> ReportsApi::enter(const PlainRequest &request, const QString &siteRef,
                                             bool post, PlainResponse *refused)
{
    const Method wanted = post ? Method::Post : Method::Get;
    if (request.method != wanted) {
        const QByteArray allow = post ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");
        *refused = ApiReply::methodNotAllowed(
            allow, post ? QString() : QStringLiteral("this route takes GET: ") + ConfigNote);
        return std::nullopt;
    }
    const auto site = m_sites.resolve(request, siteRef, refused);
    // Reading too needs an admin key: schedules name addresses, SMTP names a mail account.
    if (!site || !m_access->check(request, site->id, ApiAccess::Need::Admin, refused))
        return std::nullopt;
    return site;
}

PlainResponse ReportsApi::reports(const QString &siteRef, const PlainRequest &request)
{
    PlainResponse refused(Status::Unauthorized);
    const auto site = enter(request, siteRef, false, &refused);
    if (!site)
        return refused;
    QJsonArray schedules;
    for (const ReportSchedule &s : m_schedules)
        if (s.site == site->domain)
            schedules.append(scheduleJson(s));
    return ApiReply::json(QJsonObject {{QStringLiteral("reports"), schedules},
                                       {QStringLiteral("smtp"), smtpJson(m_smtp)},
                                       {QStringLiteral("managed_by"), QStringLiteral("config")},
                                       {QStringLiteral("note"), ConfigNote}});
}

void ReportsApi::testReport(const QString &siteRef, const PlainRequest &request,
                            const Responder &responder)
{
    const auto refuse = [&](PlainResponse &&r) { responder.send(ApiReply::finish(std::move(r))); };
    PlainResponse refused(Status::Unauthorized);
    const auto site = enter(request, siteRef, true, &refused);
    if (!site)
        return refuse(std::move(refused));
    const auto body = bodyObject(request, &refused);
    if (!body)
        return refuse(std::move(refused));
    static const QStringList known {QStringLiteral("to"), QStringLiteral("period"),
                                    QStringLiteral("language")};
    for (auto it = body->begin(); it != body->end(); ++it)
        if (!known.contains(it.key()))
            return refuse(ApiReply::badRequest(
                QStringLiteral("unknown field \"%1\"").arg(it.key().left(40))));
    QStringList to;
    const QJsonValue toValue = body->value(QLatin1String("to"));
    if (toValue.isString())
        to = {toValue.toString().trimmed()};
    for (const QJsonValue &a : toValue.toArray())
        to.append(a.toString().trimmed());
    if (to.isEmpty())
        return refuse(ApiReply::badRequest(
            QStringLiteral("\"to\" must name an e-mail address (or a list of them)")));
    for (const QString &address : to)
        if (!MailMessage::isValidAddress(address))
            return refuse(ApiReply::badRequest(
                QStringLiteral("'%1' is not an e-mail address").arg(address.left(80))));
    const QString periodText
        = body->value(QLatin1String("period")).toString(QStringLiteral("week"));
    const auto cadence = report::ReportPeriod::parseCadence(periodText);
    if (!cadence)
        return refuse(ApiReply::badRequest(
            QStringLiteral("\"period\" must be week or month, not '%1'").arg(periodText.left(40))));
    const QString language = body->value(QLatin1String("language")).toString();
    static const QStringList languages {QString(), QStringLiteral("en"), QStringLiteral("de"),
                                        QStringLiteral("fr"), QStringLiteral("es")};
    if (!languages.contains(language))
        return refuse(
            ApiReply::badRequest(QStringLiteral("\"language\" must be en, de, fr or es, not '%1'")
                                     .arg(language.left(20))));
    if (!m_smtp.isConfigured())
        return refuse(
            HttpServer::error(Status::Conflict,
                              QStringLiteral("the server has no smtp: section in its config file; "
                                             "no mail can be sent")));
    queue(responder, [this, site = *site, cadence = *cadence, language, to]() -> PlainResponse {
        query::QueryEngine engine(Database::pathIn(m_dataDir), m_clock, m_engineOptions);
        QString error;
        if (!engine.open(&error))
            return HttpServer::error(Status::InternalServerError, error);
        report::ReportMailer mailer(report::ReportMailer::forTest(m_smtp));
        SmtpError smtpError;
        if (!mailer.sendNow(engine, site, cadence, language, to, m_clock, &smtpError))
            return HttpServer::error(
                BadGateway, QStringLiteral("the report was not sent: ") + smtpError.message);
        return ApiReply::json(
            QJsonObject {{QStringLiteral("sent"), true},
                         {QStringLiteral("to"), QJsonArray::fromStringList(to)},
                         {QStringLiteral("period"), report::ReportPeriod::cadenceName(cadence)}});
    });
}

void ReportsApi::testAlert(const QString &siteRef, const QString &id, const PlainRequest &request,
                           const Responder &responder)
{
    const auto refuse = [&](PlainResponse &&r) { responder.send(ApiReply::finish(std::move(r))); };
    PlainResponse refused(Status::Unauthorized);
    const auto site = enter(request, siteRef, true, &refused);
    if (!site)
        return refuse(std::move(refused));
    bool number = false;
    const qint64 n = id.toLongLong(&number);
    const auto rule = number ? AlertRepository(&m_db).find(n) : std::nullopt;
    // Another site's rule is "not found" here too, as in AlertsApi.
    if (!rule || rule->site != site->domain)
        return refuse(HttpServer::error(
            Status::NotFound,
            QStringLiteral("no stored alert \"%1\" on %2 (rules of the config file are tested "
                           "on the server: raycstr-server alert test)")
                .arg(id.left(40), site->domain)));
    if (!rule->email.isEmpty() && rule->webhook.isEmpty() && !m_smtp.isConfigured())
        return refuse(
            HttpServer::error(Status::Conflict,
                              QStringLiteral("the server has no smtp: section in its config file; "
                                             "the rule's e-mail cannot be sent")));
    queue(responder, [this, rule = *rule]() -> PlainResponse {
        report::AlertNotifier notifier(report::ReportMailer::forTest(m_smtp),
                                       report::WebhookSettings {10, 1, 0});
        QStringList failures;
        const bool delivered
            = notifier.deliver(rule, report::AlertNotifier::testText(rule), &failures);
        if (!delivered)
            return HttpServer::error(BadGateway,
                                     QStringLiteral("the test reached no channel: ")
                                         + failures.join(QStringLiteral("; ")));
        return ApiReply::json(
            QJsonObject {{QStringLiteral("sent"), true},
                         {QStringLiteral("failures"), QJsonArray::fromStringList(failures)}});
    });
}

void ReportsApi::queue(const Responder &responder, Send send)
{
    if (m_pending.fetch_add(1) >= MaxPendingTests) {
        m_pending.fetch_sub(1);
        PlainResponse busy = HttpServer::error(
            Status::ServiceUnavailable,
            QStringLiteral("other test messages are being sent; try again shortly"));
        busy.addHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("20"));
        responder.send(ApiReply::finish(std::move(busy)));
        return;
    }
    QObject *context = m_context;
    m_workers.start([this, responder, context, send = std::move(send)] {
        auto response = std::make_shared<PlainResponse>(ApiReply::finish(send()));
        m_pending.fetch_sub(1);
        // Back to the HTTP thread, where the socket lives; dropped if the client left.
        QMetaObject::invokeMethod(
            context, [responder, response] { responder.send(std::move(*response)); },
            Qt::QueuedConnection);
    });
}

} // namespace raycstr

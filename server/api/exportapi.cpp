#include "api/exportapi.h"

#include "api/apireply.h"
#include "api/dashboardexport.h"
#include "api/statsparams.h"
#include "http/httpserver.h"

namespace raycstr {

using Status = HttpStatus;

ExportApi::ExportApi(query::QueryEngine *lookups, query::QueryPool *pool, const ApiAccess *access,
                     const Clock *clock)
    : m_pool(pool)
    , m_runner(pool, nullptr)
    , m_sites(lookups, access)
    , m_clock(clock)
{ }

QStringList ExportApi::routePaths()
{
    return {QStringLiteral("/api/sites/{siteId}/export")};
}

void ExportApi::registerRoutes(HttpServer &server)
{
    m_runner = QueryRunner(m_pool, &server);
    server.routeLater(QStringLiteral("/api/sites/<arg>/export"),
                      [this](const PlainRequest &request, const Responder &responder) {
                          exportZip(request.args.at(0), request, responder);
                      });
}

void ExportApi::exportZip(const QString &siteRef, const PlainRequest &request,
                          const Responder &responder)
{
    const auto refuse
        = [&responder](PlainResponse &&r) { responder.send(ApiReply::finish(std::move(r))); };
    if (auto refused = ApiReply::checkMethod(request))
        return refuse(std::move(*refused));
    PlainResponse denied(Status::Unauthorized);
    const auto site = m_sites.resolve(request, siteRef, &denied);
    if (!site)
        return refuse(std::move(denied));
    QString error;
    const auto params
        = StatsParams::parse(StatsParams::formQuery(request),
                             StatsParams::AcceptPeriod | StatsParams::AcceptFilters, &error);
    if (!params)
        return refuse(ApiReply::badRequest(error));
    const DashboardExport::Request asked {*site, params->period, params->filters, QString()};
    // The clock and the limit outlive the pool (the stack's order); the worker's engine is
    // the one the export reads.
    m_runner.run(
        responder,
        [asked, clock = m_clock, maxBytes = m_maxBytes](query::QueryEngine &engine) {
            DashboardExport exporter(&engine, QString(), clock);
            exporter.setMaxBytes(maxBytes);
            QString why;
            const auto result = exporter.run(asked, &why);
            if (!result) {
                if (why == PlausibleExport::tooLargeError(maxBytes))
                    return HttpServer::error(Status::UnprocessableEntity, why);
                if (engine.lastErrorWasOverBudget() || !exporter.failure().message.isEmpty())
                    return QueryRunner::failed(engine, exporter.failure());
                return HttpServer::error(Status::InternalServerError, why);
            }
            PlainResponse zip(QByteArrayLiteral("application/zip"), result->zip);
            const QString name = DashboardExport::fileName(asked.site.domain, result->interval);
            zip.addHeader(QByteArrayLiteral("Content-Disposition"),
                          QByteArrayLiteral("attachment; filename=\"") + name.toUtf8() + '"');
            return zip;
        },
        [](PlainResponse &&r) { return ApiReply::finish(std::move(r)); });
}

} // namespace raycstr

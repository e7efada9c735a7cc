#pragma once

#include "api/queryrunner.h"
#include "api/siteaccess.h"

namespace raycstr {

class ApiAccess;
class Clock;
class HttpServer;

// The dashboard zip over HTTP, for the desktop app's remote mode and scripts:
//   GET /api/sites/{site}/export?period=…&date=…&from=…&to=…&filter=…
// answers application/zip with a Content-Disposition file name: the same bytes as
// `raycstr-server export` for the same site, period, filters and clock (dashboardexport.h
// is both's one home). A read key for the site (or an admin key) is enough: the zip holds
// nothing the stats routes do not answer one by one. The parameters are the stats routes'
// (statsparams.h), each mistake a 400 with the reason; raw events (the CLI's --events) are
// not offered here, since their size has no bound a server can promise.
//
// Threads: the key and parameters are checked on the HTTP thread; the export runs on the
// query pool as one question (QueryRunner: 503 + Retry-After when saturated, 504 past the
// time budget, which covers the whole export), its files bounded by MaxBytes (422 past it),
// so neither a long period nor a big site holds the ingest thread or the server's memory.
class ExportApi
{
public:
    ExportApi(query::QueryEngine *lookups, query::QueryPool *pool, const ApiAccess *access,
              const Clock *clock);
    void registerRoutes(HttpServer &server);
    static QStringList routePaths(); // OpenAPI path templates

    // The CSV files' bytes one export may hold in memory before it is refused.
    static constexpr qint64 MaxBytes = 128LL * 1024 * 1024;
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; } // tests

private:
    void exportZip(const QString &siteRef, const PlainRequest &request, const Responder &responder);

    query::QueryPool *m_pool;
    QueryRunner m_runner;
    SiteAccess m_sites;
    const Clock *m_clock;
    qint64 m_maxBytes = MaxBytes;
};

} // namespace raycstr

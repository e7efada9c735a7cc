#pragma once

#include "api/siteaccess.h"
#include "http/plainhttp.h"
#include "store/sqlitedb.h"

namespace raycstr {

class ApiAccess;
class HttpServer;

// The sites themselves over HTTP, so a client (the desktop app's remote mode) offers the
// server's sites instead of making its user type domains:
//   GET    /api/sites          the sites the caller may read: every site for a key of every
//                              site, its one site for a site-scoped key or a share link
//   GET    /api/sites/{site}   one site (read key)
//   PATCH  /api/sites/{site}   {"timezone": "Europe/Berlin"}: the site's time zone, which
//                              decides where its days start in every report (admin key;
//                              400 with the reason for a zone the server does not know)
// Reads and the write use this class's own connection (opened by open()), on the HTTP
// thread; the change counts from the next report (the engine reads a site's zone per
// question). Days already counted keep their daily totals: rollups are not recounted.
class SitesApi
{
public:
    SitesApi(query::QueryEngine *queries, const ApiAccess *access);
    bool open(const QString &dataDir, QString *error);
    void registerRoutes(HttpServer &server);

    static QStringList routePaths(); // OpenAPI path templates

private:
    PlainResponse list(const PlainRequest &request);
    PlainResponse one(const QString &siteRef, const PlainRequest &request);

    const ApiAccess *m_access;
    SiteAccess m_sites;
    SqliteDb m_db;
};

} // namespace raycstr

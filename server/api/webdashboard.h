#pragma once

#include "http/plainhttp.h"
#include "store/sqlitedb.h"

#include <QByteArray>
#include <QHash>

namespace raycstr {

class ApiAccess;
class HttpServer;

// The server's own web face (resources/web, built by esbuild and embedded like the
// tracker):
//   GET /                    the dashboard: sign in with the admin password, then the stats
//   GET /share/<domain>      the same page read-only for a share link (?auth=<secret>)
//   GET /app/<file>          its script and style sheet, gzip when the client takes it
//   GET /api/dashboard/sites the sites the caller may read (the site picker)
// The page holds no data: it reads the stats API like any client, with the session token
// from POST /api/auth/login in the Authorization header, or the share link's ?auth=.
//
// Why a Bearer token kept by the page (sessionStorage) rather than a cookie: every API
// route authenticates by header, and ApiReply sends "Access-Control-Allow-Origin: *", so
// no other origin can ever act with the user's rights (there is no ambient credential a
// forged request could carry: no CSRF by construction). The price is that script running
// in the page could read the token; the page therefore allows only its own script (the
// Content-Security-Policy below: no inline script, no eval, no other origin) and renders
// every value from the data with textContent, never as HTML. The token dies with the tab.
//
// Threading: the HTTP thread; `open()` before registerRoutes().
class WebDashboard
{
public:
    explicit WebDashboard(const ApiAccess *access);
    bool open(const QString &dataDir, QString *error);
    void registerRoutes(HttpServer &server);

    // The headers every page and asset carries (also checked by the tests).
    static QByteArray contentSecurityPolicy();

private:
    struct Asset
    {
        QByteArray type;
        QByteArray body;
        QByteArray gzip; // empty when not worth it
        QByteArray etag;
    };
    void load(const QString &name, const QByteArray &type);
    PlainResponse page(const PlainRequest &request) const;
    PlainResponse asset(const PlainRequest &request, const QString &name) const;
    PlainResponse sites(const PlainRequest &request);
    PlainResponse send(const PlainRequest &request, const Asset &asset,
                       const QByteArray &cacheControl) const;

    const ApiAccess *m_access;
    SqliteDb m_db;
    QHash<QString, Asset> m_assets; // by file name: index.html, app.js, app.css
};

} // namespace raycstr

#include "api/webdashboard.h"

#include "api/apiaccess.h"
#include "api/apireply.h"
#include "core/logging.h"
#include "http/httpserver.h"
#include "store/database.h"
#include "store/sites.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>

namespace raycstr {

using Status = HttpStatus;

WebDashboard::WebDashboard(const ApiAccess *access)
    : m_access(access)
{
    load(QStringLiteral("index.html"), "text/html; charset=utf-8");
    load(QStringLiteral("app.js"), "text/javascript; charset=utf-8");
    load(QStringLiteral("app.css"), "text/css; charset=utf-8");
    // The page names its assets by content hash (?v=…), so they can be cached for a year
    // and a new build is fetched at once.
    Asset &index = m_assets[QStringLiteral("index.html")];
    for (const char *name : {"app.js", "app.css"}) {
        const QByteArray tag = m_assets.value(QLatin1String(name)).etag;
        index.body.replace(QByteArray(name) + "?v=dev", QByteArray(name) + "?v=" + tag.mid(1, 12));
    }
    index.gzip.clear(); // rewritten above; half a kilobyte is not worth compressing
    index.etag = '"'
        + QCryptographicHash::hash(index.body, QCryptographicHash::Sha256).toHex().left(20) + '"';
}

QByteArray WebDashboard::contentSecurityPolicy()
{
    return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
           "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
}

void WebDashboard::load(const QString &name, const QByteArray &type)
{
    Asset a;
    a.type = type;
    QFile file(QStringLiteral(":/raycstr/web/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        // Only a broken build gets here: resources/CMakeLists.txt builds and embeds them.
        qCWarning(lcApi, "dashboard file %s is missing from this build", qPrintable(name));
        return;
    }
    a.body = file.readAll();
    QFile gz(QStringLiteral(":/raycstr/web/") + name + QStringLiteral(".gz"));
    if (gz.open(QIODevice::ReadOnly))
        a.gzip = gz.readAll();
    a.etag
        = '"' + QCryptographicHash::hash(a.body, QCryptographicHash::Sha256).toHex().left(20) + '"';
    m_assets.insert(name, a);
}

bool WebDashboard::open(const QString &dataDir, QString *error)
{
    return Database::open(&m_db, dataDir, error);
}

void WebDashboard::registerRoutes(HttpServer &server)
{
    server.route(QStringLiteral("/"),
                 [this](const PlainRequest &request) { return page(request); });
    server.route(QStringLiteral("/share/<arg>"),
                 [this](const PlainRequest &request) { return page(request); });
    server.route(QStringLiteral("/app/<arg>"), [this](const PlainRequest &request) {
        return asset(request, request.args.at(0));
    });
    server.route(QStringLiteral("/api/dashboard/sites"),
                 [this](const PlainRequest &request) { return ApiReply::finish(sites(request)); });
}

PlainResponse WebDashboard::send(const PlainRequest &request, const Asset &a,
                                 const QByteArray &cacheControl) const
{
    const auto method = request.method;
    if (method != PlainRequest::Method::Get && method != PlainRequest::Method::Head) {
        PlainResponse r = HttpServer::error(Status::MethodNotAllowed, QStringLiteral("use GET"));
        r.addHeader("Allow", "GET, HEAD");
        return r;
    }
    const bool fresh = request.ifNoneMatch == a.etag;
    const bool gzip = !a.gzip.isEmpty() && request.acceptEncoding.contains("gzip");
    PlainResponse r = fresh ? PlainResponse(Status::NotModified)
                            : PlainResponse(a.type, gzip ? a.gzip : a.body, Status::Ok);
    if (gzip && !fresh)
        r.addHeader("Content-Encoding", "gzip");
    r.addHeader("Vary", "Accept-Encoding");
    r.addHeader("ETag", a.etag);
    r.addHeader("Cache-Control", cacheControl);
    r.addHeader("Content-Security-Policy", contentSecurityPolicy());
    r.addHeader("X-Content-Type-Options", "nosniff");
    // A share page's URL holds its secret: never send it on in a Referer.
    r.addHeader("Referrer-Policy", "no-referrer");
    r.addHeader("X-Frame-Options", "DENY");
    return r;
}

PlainResponse WebDashboard::page(const PlainRequest &request) const
{
    const auto it = m_assets.constFind(QStringLiteral("index.html"));
    if (it == m_assets.cend())
        return HttpServer::error(Status::NotFound, QStringLiteral("this build has no dashboard"));
    return send(request, *it, "no-cache");
}

PlainResponse WebDashboard::asset(const PlainRequest &request, const QString &name) const
{
    const auto it = m_assets.constFind(name);
    if (it == m_assets.cend() || name == u"index.html")
        return HttpServer::error(Status::NotFound,
                                 QStringLiteral("no such file: /app/%1").arg(name.left(60)));
    return send(request, *it, "public, max-age=31536000, immutable");
}

PlainResponse WebDashboard::sites(const PlainRequest &request)
{
    if (auto refused = ApiReply::checkMethod(request))
        return std::move(*refused);
    QString why;
    const auto principal = m_access->principal(request, &why);
    if (!principal) {
        PlainResponse r = HttpServer::error(Status::Unauthorized, why);
        r.addHeader("WWW-Authenticate", "Bearer realm=\"raycstr\"");
        return r;
    }
    QJsonArray out;
    for (const Site &s : SiteRepository(&m_db).list()) {
        if (!principal->canRead(s.id))
            continue;
        out.append(QJsonObject {{QStringLiteral("id"), s.id},
                                {QStringLiteral("domain"), s.domain},
                                {QStringLiteral("time_zone"), s.timeZone}});
    }
    // Share links read only; the page hides what needs more (nothing it shows needs admin
    // today, but the flag keeps admin parts out of share pages as they come).
    const bool readOnly = principal->kind == auth::Principal::Kind::ShareLink;
    return ApiReply::json(
        QJsonObject {{QStringLiteral("sites"), out}, {QStringLiteral("read_only"), readOnly}});
}

} // namespace raycstr

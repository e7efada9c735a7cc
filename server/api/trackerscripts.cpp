#include "api/trackerscripts.h"

#include "core/logging.h"
#include "http/httpserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

namespace raycstr {

namespace {

using Status = HttpStatus;

TrackerScripts::Script load(const QString &name)
{
    QFile file(QStringLiteral(":/raycstr/js/") + name);
    TrackerScripts::Script script;
    if (!file.open(QIODevice::ReadOnly)) {
        // Only a broken build gets here: resources/CMakeLists.txt builds and embeds both.
        qCWarning(lcApi, "tracker script %s is missing from this build", qPrintable(name));
        return script;
    }
    script.body = file.readAll();
    script.etag = '"'
        + QCryptographicHash::hash(script.body, QCryptographicHash::Sha256).toHex().left(20) + '"';
    return script;
}

// If-None-Match holds one or more tags, possibly weak (W/"…"), or "*".
bool matches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    for (QByteArray tag : ifNoneMatch.split(',')) {
        tag = tag.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == "*" || tag == etag)
            return true;
    }
    return false;
}

} // namespace

TrackerScripts::TrackerScripts()
    : m_core(load(QStringLiteral("track.js")))
    , m_vitals(load(QStringLiteral("track.vitals.js")))
{ }

const TrackerScripts::Script *TrackerScripts::find(QStringView fileName) const
{
    if (fileName == u"track.js")
        return &m_core;
    if (fileName == u"track.vitals.js")
        return &m_vitals;
    // Plausible's script and its variants: script.hash.js, script.outbound-links.js, …
    static const QRegularExpression plausible(QStringLiteral("^script(\\.[a-z-]+)*\\.js$"));
    if (plausible.match(fileName.toString()).hasMatch())
        return &m_core;
    return nullptr;
}

void TrackerScripts::registerRoutes(HttpServer &server)
{
    server.route(QStringLiteral("/js/<arg>"), [this](const PlainRequest &request) {
        return answer(request, request.args.at(0));
    });
}

PlainResponse TrackerScripts::answer(const PlainRequest &request, const QString &fileName) const
{
    const Script *script = find(fileName);
    if (!script || script->body.isEmpty())
        return HttpServer::error(
            Status::NotFound,
            QStringLiteral("no such script: /js/%1 (try /js/track.js)").arg(fileName.left(60)));
    const auto method = request.method;
    if (method != PlainRequest::Method::Get && method != PlainRequest::Method::Head) {
        PlainResponse response
            = HttpServer::error(Status::MethodNotAllowed, QStringLiteral("use GET"));
        response.addHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, HEAD"));
        return response;
    }
    const bool fresh = matches(request.ifNoneMatch, script->etag);
    PlainResponse response = fresh
        ? PlainResponse(Status::NotModified)
        : PlainResponse(QByteArrayLiteral("text/javascript; charset=utf-8"), script->body,
                        Status::Ok);
    response.addHeader(QByteArrayLiteral("ETag"), script->etag);
    // A day: a new release reaches visitors within one, and revalidation is a cheap 304.
    response.addHeader(QByteArrayLiteral("Cache-Control"),
                       QByteArrayLiteral("public, max-age=86400"));
    // Lets pages load it with crossorigin (Subresource Integrity); it carries no secrets.
    response.addHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), QByteArrayLiteral("*"));
    return response;
}

} // namespace raycstr

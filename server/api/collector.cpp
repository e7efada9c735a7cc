#include "api/collector.h"

#include "api/httpserver.h"
#include "core/clock.h"
#include "engine/ingestengine.h"
#include "ingest/wireformat.h"

namespace raycstr {

namespace {

using Status = QHttpServerResponse::StatusCode;

bool acceptableContentType(const QByteArray &contentType)
{
    // sendBeacon sends text/plain (no CORS preflight needed); fetch and other trackers
    // send application/json. Anything else is a client bug worth reporting.
    if (contentType.isEmpty())
        return true;
    const qsizetype semicolon = contentType.indexOf(';'); // "text/plain;charset=UTF-8"
    const QByteArray type
        = (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed().toLower();
    return type == "application/json" || type == "text/plain";
}

} // namespace

Collector::Collector(IngestEngine *engine, const ServerConfig &config)
    : m_engine(engine)
    , m_config(config)
{ }

void Collector::registerRoutes(HttpServer &server)
{
    server.http().route(QStringLiteral("/collect"), [this](const QHttpServerRequest &request) {
        return handle(request, Format::Collect);
    });
    server.http().route(QStringLiteral("/api/event"), [this](const QHttpServerRequest &request) {
        return handle(request, Format::Plausible);
    });
}

void Collector::addCors(QHttpServerResponse &response, const QHttpServerRequest &request)
{
    const QByteArray origin = request.value("Origin");
    if (origin.isEmpty())
        return;
    // Trackers on any site post here; echoing the Origin (instead of "*") is what lets
    // requests sent with credentials through.
    response.addHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), origin);
    response.addHeader(QByteArrayLiteral("Access-Control-Allow-Credentials"),
                       QByteArrayLiteral("true"));
    response.addHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
}

QHttpServerResponse Collector::preflight(const QHttpServerRequest &request)
{
    QHttpServerResponse response(Status::NoContent);
    addCors(response, request);
    response.addHeader(QByteArrayLiteral("Access-Control-Allow-Methods"),
                       QByteArrayLiteral("POST, OPTIONS"));
    QByteArray headers = request.value("Access-Control-Request-Headers");
    response.addHeader(QByteArrayLiteral("Access-Control-Allow-Headers"),
                       headers.isEmpty() ? QByteArrayLiteral("Content-Type") : headers);
    response.addHeader(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("86400"));
    return response;
}

QHostAddress Collector::clientAddress(const QHttpServerRequest &request) const
{
    QHostAddress peer = request.remoteAddress();
    if (m_config.trustedProxies.isEmpty() || !m_config.isTrustedProxy(peer))
        return peer;
    const QByteArray forwarded = request.value("X-Forwarded-For");
    if (forwarded.isEmpty())
        return peer;
    // Walk from the right: each trusted hop vouches for the one before it; the first
    // address we do not trust is the client (anything left of it may be forged).
    const QList<QByteArray> hops = forwarded.split(',');
    for (qsizetype i = hops.size() - 1; i >= 0; --i) {
        QByteArray hop = hops.at(i).trimmed();
        if (hop.startsWith('[')) // "[2001:db8::1]:1234"
            hop = hop.mid(1, hop.indexOf(']') - 1);
        else if (hop.count(':') == 1) // "203.0.113.7:1234"
            hop = hop.left(hop.indexOf(':'));
        QHostAddress address;
        if (!address.setAddress(QString::fromLatin1(hop)))
            return peer; // garbage in the header: trust only what we saw ourselves
        if (i == 0 || !m_config.isTrustedProxy(address))
            return address;
    }
    return peer;
}

QHttpServerResponse Collector::handle(const QHttpServerRequest &request, Format format)
{
    if (request.method() == QHttpServerRequest::Method::Options)
        return preflight(request);
    auto fail = [&](Status status, const QString &message) {
        QHttpServerResponse response = HttpServer::error(status, message);
        addCors(response, request);
        return response;
    };
    if (request.method() != QHttpServerRequest::Method::Post) {
        QHttpServerResponse response = fail(Status::MethodNotAllowed, QStringLiteral("use POST"));
        response.addHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("POST, OPTIONS"));
        return response;
    }
    if (!acceptableContentType(request.value("Content-Type")))
        return fail(Status::UnsupportedMediaType,
                    QStringLiteral("send the body as application/json or text/plain"));

    const QByteArray body = request.body();
    ParsedBatch batch;
    WireError wireError;
    const bool parsed = format == Format::Collect ? parseCollectBatch(body, &batch, &wireError)
                                                  : parsePlausibleEvent(body, &batch, &wireError);
    if (!parsed)
        return fail(Status(wireError.status), wireError.message);

    const qint64 nowMs = m_engine->clock()->nowMs();
    // Plausible's tracker may name several sites ("d": "a.com,b.com"): the hit counts for
    // each of them that RayCstr tracks; it is refused only when none is known.
    QList<qint32> siteIds;
    for (const QString &domain : QStringList { batch.siteKey } + batch.extraDomains) {
        const qint32 id = m_engine->sites().idForDomain(domain, nowMs);
        if (id != 0 && !siteIds.contains(id))
            siteIds.append(id);
    }
    if (siteIds.isEmpty())
        return fail(Status::NotFound,
                    QStringLiteral("unknown site '%1': add it with 'raycstr-server site add %1'")
                            .arg(batch.siteKey));

    const QHostAddress ip = clientAddress(request);
    // Real User-Agents are a few hundred bytes; a longer one is junk that would otherwise
    // sit in the parser's cache. The cut happens before anything looks at it.
    constexpr qsizetype MaxUserAgent = 1024;
    QByteArray userAgent = request.value("User-Agent");
    if (userAgent.size() > MaxUserAgent)
        userAgent.truncate(MaxUserAgent);
    for (Hit &hit : batch.hits) {
        hit.siteId = siteIds.first();
        hit.timestampMs = nowMs;
        hit.ip = ip;
        hit.userAgent = userAgent;
    }
    if (siteIds.size() > 1) {
        const QList<Hit> original = batch.hits;
        for (qsizetype i = 1; i < siteIds.size(); ++i) {
            for (Hit hit : original) {
                hit.siteId = siteIds.at(i);
                batch.hits.append(std::move(hit));
            }
        }
    }
    switch (m_engine->submit(std::move(batch.hits))) {
    case IngestQueue::Result::Queued:
        break;
    case IngestQueue::Result::Full: {
        QHttpServerResponse response
            = fail(Status::ServiceUnavailable, QStringLiteral("the server is busy; retry shortly"));
        response.addHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
        return response;
    }
    case IngestQueue::Result::Closed:
        return fail(Status::ServiceUnavailable, QStringLiteral("the server is shutting down"));
    }
    // Plausible's tracker expects 202 "ok"; Traytic's SDK 204.
    QHttpServerResponse response = format == Format::Plausible
        ? QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("ok"),
                              Status::Accepted)
        : QHttpServerResponse(Status::NoContent);
    addCors(response, request);
    return response;
}

} // namespace raycstr

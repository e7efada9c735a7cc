#include "api/collector.h"

#include "core/clock.h"
#include "engine/ingestengine.h"
#include "http/clientaddress.h"
#include "http/cors.h"
#include "http/httpserver.h"
#include "ingest/compatformats.h"
#include "ingest/wireformat.h"
#include "store/sites.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace raycstr {

namespace {

// A 503 that says why in a word a tracker's retry logic and a monitor can act on:
// "busy" (overload, retry in a second), "disk_full" and "write_failing" (the store cannot
// write; the admin must act, retrying soon is pointless), "shutting_down".
PlainResponse unavailable(SubmitResult result)
{
    QString reason;
    QString message;
    int retryAfterSecs = 0;
    switch (result) {
    case SubmitResult::Busy:
        reason = QStringLiteral("busy");
        message = QStringLiteral("the server is busy; retry shortly");
        retryAfterSecs = 1;
        break;
    case SubmitResult::DiskFull:
        reason = QStringLiteral("disk_full");
        message = QStringLiteral("the server's disk is full; nothing is stored until space "
                                 "is freed");
        retryAfterSecs = 60;
        break;
    case SubmitResult::WriteFailing:
        reason = QStringLiteral("write_failing");
        message = QStringLiteral("the server cannot write its database; retry later");
        retryAfterSecs = 30;
        break;
    case SubmitResult::Queued:
    case SubmitResult::Closed:
        reason = QStringLiteral("shutting_down");
        message = QStringLiteral("the server is shutting down");
        break;
    }
    PlainResponse response(503, QByteArrayLiteral("application/json"),
                           QJsonDocument(QJsonObject {{QStringLiteral("error"), message},
                                                      {QStringLiteral("reason"), reason}})
                               .toJson(QJsonDocument::Compact));
    if (retryAfterSecs > 0)
        response.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSecs));
    return response;
}

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

// What GoatCounter's /count answers: a transparent 1×1 GIF, because count.js may load it as
// an image.
const QByteArray &transparentGif()
{
    static const QByteArray gif = QByteArray::fromHex(
        "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b");
    return gif;
}

QString hostWithoutPort(const QByteArray &host)
{
    QString h = QString::fromLatin1(host).trimmed().toLower();
    if (h.startsWith(u'[')) // [::1]:8080
        return h.mid(1, h.indexOf(u']') - 1);
    const qsizetype colon = h.lastIndexOf(u':');
    return colon < 0 ? h : h.first(colon);
}

// An http(s) URL from a request header, or an empty one.
QUrl pageFromHeader(const QByteArray &value)
{
    const QUrl url(QString::fromUtf8(value), QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == u"https" || scheme == u"http") && !url.host().isEmpty()
        ? url
        : QUrl();
}

} // namespace

Collector::Collector(IngestEngine *engine, const ServerConfig &config)
    : m_engine(engine)
    , m_config(config)
{ }

void Collector::registerRoutes(HttpServer &server)
{
    server.routePlain(QByteArrayLiteral("/collect"), [this](const PlainRequest &request) {
        return handle(request, Format::Collect);
    });
    server.routePlain(QByteArrayLiteral("/api/event"), [this](const PlainRequest &request) {
        return handle(request, Format::Plausible);
    });
    server.routePlain(QByteArrayLiteral("/api/send"), [this](const PlainRequest &request) {
        return handle(request, Format::Umami);
    });
    server.routePlain(QByteArrayLiteral("/count"), [this](const PlainRequest &request) {
        return handle(request, Format::GoatCounter);
    });
    m_scripts.registerRoutes(server);
}

void Collector::addCors(PlainResponse &response, const PlainRequest &request)
{
    const QByteArray &origin = request.origin;
    if (origin.isEmpty() || !isValidOrigin(origin)) // never echo what is not an origin
        return;
    // Trackers on any site post here; echoing the Origin (instead of "*") is what lets
    // requests sent with credentials through.
    response.addHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), origin);
    response.addHeader(QByteArrayLiteral("Access-Control-Allow-Credentials"),
                       QByteArrayLiteral("true"));
    response.addHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
}

PlainResponse Collector::preflight(const PlainRequest &request)
{
    PlainResponse response(204);
    addCors(response, request);
    response.addHeader(QByteArrayLiteral("Access-Control-Allow-Methods"),
                       QByteArrayLiteral("GET, POST, OPTIONS"));
    const QByteArray &headers = request.corsRequestHeaders;
    response.addHeader(QByteArrayLiteral("Access-Control-Allow-Headers"),
                       isTokenList(headers) ? headers : QByteArrayLiteral("Content-Type"));
    response.addHeader(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("86400"));
    return response;
}

qint32 Collector::siteForHost(const QString &host, qint64 nowMs)
{
    if (host.isEmpty())
        return 0;
    SiteDirectory &sites = m_engine->sites();
    if (const qint32 id = sites.idForDomain(host, nowMs))
        return id;
    if (host.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
        return sites.idForDomain(host.sliced(4), nowMs);
    return 0;
}

bool Collector::parse(const PlainRequest &request, Format format, qint64 nowMs, ParsedBatch *batch,
                      QList<qint32> *siteIds, QString *unknownSite,
                      std::optional<PlainResponse> *response)
{
    WireError wireError;
    auto refuse = [&]() {
        *response = HttpServer::error(wireError.status, wireError.message);
        return false;
    };
    SiteDirectory &sites = m_engine->sites();
    switch (format) {
    case Format::Collect:
    case Format::Plausible: {
        const bool parsed = format == Format::Collect
            ? parseCollectBatch(request.body, batch, &wireError)
            : parsePlausibleEvent(request.body, batch, &wireError);
        if (!parsed)
            return refuse();
        // Plausible's tracker may name several sites ("d": "a.com,b.com"): the hit counts
        // for each of them that RayCstr tracks; it is refused only when none is known.
        for (const QString &domain : QStringList {batch->siteKey} + batch->extraDomains) {
            const qint32 id = sites.idForDomain(domain, nowMs);
            if (id != 0 && !siteIds->contains(id))
                siteIds->append(id);
        }
        if (siteIds->isEmpty()) // formatted only then: this is the hot path
            *unknownSite
                = QStringLiteral("unknown site '%1': add it with 'raycstr-server site add %1'")
                      .arg(batch->siteKey);
        return true;
    }
    case Format::Umami: {
        UmamiRequest umami;
        if (!parseUmamiSend(request.body, &umami, &wireError))
            return refuse();
        if (umami.batch.hits.isEmpty()) { // identify, or a performance report without metrics
            *response = accepted(format);
            return false;
        }
        // The website id, when the owner mapped it; else the page's host as a domain.
        qint32 id
            = umami.batch.siteKey.isEmpty() ? 0 : sites.idForAlias(umami.batch.siteKey, nowMs);
        if (id == 0)
            id = siteForHost(umami.hostname, nowMs);
        *batch = std::move(umami.batch);
        batch->unknownFields = umami.unknownFields.first(
            std::min(umami.unknownFields.size(), ParsedBatch::MaxUnknownFields));
        if (id == 0) {
            *unknownSite = QStringLiteral("unknown website '%1' (hostname '%2'): map it to a site "
                                          "with 'raycstr-server site alias DOMAIN %1'")
                               .arg(batch->siteKey, umami.hostname);
            return true;
        }
        siteIds->append(id);
        for (Hit &hit : batch->hits) {
            if (hit.url.startsWith(u'/')) // a path, and no hostname sent beside it
                hit.url.prepend(QStringLiteral("https://") + sites.domain(id));
        }
        return true;
    }
    case Format::GoatCounter: {
        // GoatCounter names a site by the host its script posts to ("mycode.goatcounter.com"):
        // that host, or its first label, as an alias. Else the page's own host (Referer;
        // Origin when the Referer policy keeps it back) as a tracked domain.
        // Bad input is a 400 whatever the site, as on the other endpoints: check the query
        // first (the real parse below needs the site's page URL).
        QUrl url;
        url.setQuery(QString::fromUtf8(request.query), QUrl::TolerantMode);
        const QUrlQuery query(url);
        GoatCounterRequest check;
        if (!parseGoatCounterCount(query, QStringLiteral("https://site.invalid/"), &check,
                                   &wireError))
            return refuse();
        const QString host = hostWithoutPort(request.host);
        qint32 id = host.isEmpty() ? 0 : sites.idForAlias(host, nowMs);
        if (id == 0 && host.contains(u'.'))
            id = sites.idForAlias(host.first(host.indexOf(u'.')), nowMs);
        QUrl page = pageFromHeader(request.referer);
        if (page.isEmpty())
            page = pageFromHeader(request.origin);
        if (id == 0)
            id = siteForHost(page.host(), nowMs);
        if (id == 0) {
            const QString pageHost = page.host().isEmpty()
                ? QStringLiteral("no Referer or Origin names the page")
                : QStringLiteral("'%1' is no tracked domain").arg(page.host());
            *unknownSite = QStringLiteral("unknown site: '%1' is no alias and %2; add the site "
                                          "with 'raycstr-server site add DOMAIN' or name it "
                                          "with 'raycstr-server site alias DOMAIN %1'")
                               .arg(host, pageHost);
            return true;
        }
        const QString pageUrl = page.isEmpty()
            ? QStringLiteral("https://") + sites.domain(id) + u'/'
            : page.toString(QUrl::FullyEncoded);
        GoatCounterRequest goat;
        if (!parseGoatCounterCount(query, pageUrl, &goat, &wireError))
            return refuse();
        *batch = std::move(goat.batch);
        batch->unknownFields = goat.unknownFields.first(
            std::min(goat.unknownFields.size(), ParsedBatch::MaxUnknownFields));
        if (goat.flaggedAsBot) {
            // count.js saw an automated browser (navigator.webdriver…). Dropped the way
            // every bot is: a blank User-Agent is a bot to the pipeline, which counts it.
            for (Hit &hit : batch->hits)
                hit.userAgent = QByteArrayLiteral(" ");
        }
        siteIds->append(id);
        return true;
    }
    }
    return true;
}

PlainResponse Collector::handle(const PlainRequest &request, Format format)
{
    using Method = PlainRequest::Method;
    if (request.method == Method::Options)
        return preflight(request);
    auto withCors = [&](PlainResponse response) {
        addCors(response, request);
        return response;
    };
    // GoatCounter's script loads /count as an image (GET); newer ones sendBeacon it (POST).
    const bool getToo = format == Format::GoatCounter;
    const Method method = request.method;
    if (method != Method::Post && !(getToo && method == Method::Get)) {
        PlainResponse response = withCors(HttpServer::error(
            405, getToo ? QStringLiteral("use GET or POST") : QStringLiteral("use POST")));
        response.addHeader(QByteArrayLiteral("Allow"),
                           getToo ? QByteArrayLiteral("GET, POST, OPTIONS")
                                  : QByteArrayLiteral("POST, OPTIONS"));
        return response;
    }
    if (format != Format::GoatCounter && !acceptableContentType(request.contentType))
        return withCors(HttpServer::error(
            415, QStringLiteral("send the body as application/json or text/plain")));

    const qint64 nowMs = m_engine->clock()->nowMs();
    ParsedBatch batch;
    QList<qint32> siteIds;
    QString unknownSite;
    std::optional<PlainResponse> refused;
    if (!parse(request, format, nowMs, &batch, &siteIds, &unknownSite, &refused))
        return withCors(std::move(*refused));
    if (siteIds.isEmpty())
        return withCors(HttpServer::error(404, unknownSite));

    const QHostAddress ip = clientAddress(request, m_config);
    // Real User-Agents are a few hundred bytes; a longer one is junk that would otherwise
    // sit in the parser's cache. The cut happens before anything looks at it.
    constexpr qsizetype MaxUserAgent = 1024;
    // A deep copy: the request may be a view into the HTTP layer's read buffer.
    const QByteArray userAgent
        = QByteArray(request.userAgent.constData(), qMin(request.userAgent.size(), MaxUserAgent));
    for (Hit &hit : batch.hits) {
        hit.siteId = siteIds.first();
        hit.timestampMs = nowMs;
        hit.ip = ip;
        if (hit.userAgent.isEmpty()) // else a blank one: the tracker flagged a bot
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
    const SubmitResult result = m_engine->submit(std::move(batch.hits));
    if (result != SubmitResult::Queued)
        return withCors(unavailable(result));
    PlainResponse response = accepted(format);
    // Counted all the same; the header tells whoever integrates a tracker what was not read
    // (and lets the peer-tracker tests notice a new field).
    if (!batch.unknownFields.isEmpty()) {
        // The names come from the request: only visible ASCII goes into a header (no CR/LF
        // smuggling a header of its own, no commas faking a second name).
        QByteArray names = batch.unknownFields.join(u'\x1f').toUtf8();
        for (char &c : names)
            c = c == '\x1f' ? ',' : (c > 0x20 && c < 0x7f && c != ',') ? c : '?';
        response.addHeader(QByteArrayLiteral("RayCstr-Ignored-Fields"), names);
    }
    return withCors(std::move(response));
}

PlainResponse Collector::accepted(Format format)
{
    switch (format) {
    case Format::Plausible: // Plausible's tracker expects 202 "ok"
        return PlainResponse(202, QByteArrayLiteral("text/plain"), QByteArrayLiteral("ok"));
    case Format::Umami: {
        // Umami's tracker reads the answer as JSON ("disabled", "cache"); neither applies.
        return PlainResponse(200, QByteArrayLiteral("application/json"),
                             QByteArrayLiteral("{\"ok\":true}"));
    }
    case Format::GoatCounter: {
        PlainResponse response(200, QByteArrayLiteral("image/gif"), transparentGif());
        response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return response;
    }
    case Format::Collect: // Traytic's SDK expects 204
        break;
    }
    // A beacon's answer is never worth caching; it also keeps the 204 from being a bare
    // status line, which some HTTP clients (wrk's Lua hooks among them) do not report.
    PlainResponse response(204);
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

} // namespace raycstr

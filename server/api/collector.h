#pragma once

#include "api/trackerscripts.h"
#include "core/config.h"
#include "http/plainhttp.h"

#include <optional>

namespace raycstr {

class HttpServer;
class IngestEngine;
struct ParsedBatch;

// The public routes a tracked site's pages use, without any key:
//   POST /collect        Traytic batches
//   POST /api/event      Plausible's Events API, also what our track.js sends
//   POST /api/send       Umami's tracker
//   GET|POST /count      GoatCounter's count.js (answers a 1×1 GIF)
//   GET /js/track.js …   the tracker script itself (TrackerScripts)
// Validates, resolves the site, takes the client address, queues, and answers at once; all
// processing is on the writer thread. CORS preflights are answered so the endpoints work
// cross-origin from any site.
class Collector
{
public:
    Collector(IngestEngine *engine, const ServerConfig &config);
    void registerRoutes(HttpServer &server);

private:
    enum class Format { Collect, Plausible, Umami, GoatCounter };
    PlainResponse handle(const PlainRequest &request, Format format);
    // Parses the request and finds the sites its hits count for (none: unknown site, and
    // `unknownSite` says what was looked for). Fills `response` instead when the request
    // is refused, or needs no storing (Umami's "identify").
    bool parse(const PlainRequest &request, Format format, qint64 nowMs, ParsedBatch *batch,
               QList<qint32> *siteIds, QString *unknownSite,
               std::optional<PlainResponse> *response);
    // A tracked domain named by a page's host, with or without "www.". 0 when none.
    qint32 siteForHost(const QString &host, qint64 nowMs);
    static PlainResponse accepted(Format format);
    static PlainResponse preflight(const PlainRequest &request);
    static void addCors(PlainResponse &response, const PlainRequest &request);

    IngestEngine *m_engine;
    ServerConfig m_config;
    TrackerScripts m_scripts;
};

} // namespace raycstr

#pragma once

#include "core/config.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace raycstr {

class HttpServer;
class IngestEngine;

// The public ingest endpoints: POST /collect (Traytic batches) and POST /api/event
// (Plausible's Events API, also what our track.js sends). Validates, resolves the site,
// takes the client address, queues, and answers at once; all processing is on the writer
// thread. CORS preflights are answered so the endpoints work cross-origin from any site.
class Collector
{
public:
    Collector(IngestEngine *engine, const ServerConfig &config);
    void registerRoutes(HttpServer &server);

    // The client's address: the socket peer, or, when the peer is a trusted proxy, the
    // right-most untrusted address of X-Forwarded-For.
    QHostAddress clientAddress(const QHttpServerRequest &request) const;

private:
    enum class Format { Collect, Plausible };
    QHttpServerResponse handle(const QHttpServerRequest &request, Format format);
    static QHttpServerResponse preflight(const QHttpServerRequest &request);
    static void addCors(QHttpServerResponse &response, const QHttpServerRequest &request);

    IngestEngine *m_engine;
    ServerConfig m_config;
};

} // namespace raycstr

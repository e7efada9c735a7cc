#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace raycstr {

class ApiAccess;
class HttpServer;
class IngestEngine;

// What monitoring reads:
//   GET /api/health  no key. {"status", "queue", "last_write_error", "disk"}: 200 while
//                    ingest works ("ok", or "starting" while today's visits are rebuilt),
//                    503 while it refuses hits ("disk_full", "write_failing", "stopped"),
//                    so an uptime check needs no JSON parsing. Nothing in it is about
//                    visitors or sites.
//   GET /metrics     Prometheus text format: the ingest counters (accepted, refused and
//                    dropped by reason, stored, write failures, lost), the queue and the
//                    data directory's free space. Behind a key that reads every site (a
//                    read-only key is enough, as the figures are traffic volumes, not
//                    visitor data; a one-site key or a share link is refused: the figures
//                    span every site).
// Runs on the HTTP thread; reads only the engine's thread-safe counters and the disk.
class HealthApi
{
public:
    HealthApi(IngestEngine *engine, ApiAccess *access);
    void registerRoutes(HttpServer &server);

    QJsonObject health() const;
    QByteArray metrics() const;

private:
    IngestEngine *m_engine;
    ApiAccess *m_access;
};

} // namespace raycstr

#pragma once

#include "auth/principal.h"
#include "http/responder.h"

#include <QThread>
#include <functional>
#include <memory>
#include <optional>

namespace raycstr {

class ApiAccess;
class HttpServer;
class IngestEngine;

struct LiveStreamOptions
{
    // How often each stream gets `event: visitors` (the current-visitors count).
    int visitorsIntervalMs = 5000;
    // A comment line (": ping") this often, so proxies and browsers keep idle streams open.
    int keepAliveIntervalMs = 15000;
    // A client whose socket still holds more unsent bytes than this when the next data is
    // due is dropped instead of being buffered for without bound (EventSource reconnects
    // by itself). Per client at most this plus one commit's payload is buffered.
    qint64 maxBacklogBytes = 256 * 1024;
    // Events per site and commit that are sent one by one; the rest of a commit is
    // summed up as `event: skipped` {"count": N}.
    int maxEventsPerBatch = 500;
    // How often open streams' keys are checked again (revoked or expired: closed).
    int accessCheckIntervalMs = 5000;
    int maxClients = 1000; // over this: 503
    int maxClientsPerSite = 500; // one site cannot take every slot
};

// GET /api/stream/:site — Server-Sent Events for the live view: each stored pageview and
// custom event of the site (`event: pageview` / `event: event`, never an IP, User-Agent or
// visitor id), `event: visitors` with the current-visitors count every few seconds, and a
// keep-alive comment. `:site` is the domain (as in data-domain) or the numeric site id.
// Needs a read key for the site (ApiAccess): 401 without one, 403 for another site's key.
//
// The HTTP thread only checks the request; an accepted stream's connection is then taken
// over by a thread of its own ("live-stream"), which owns every stream socket, receives
// the writer thread's eventsStored() (queued), formats each commit once per site and
// appends it to each client's socket. So open streams cost the HTTP thread nothing (its
// event loop polls only HTTP connections), and nothing ever waits for a stream client: one
// that does not read is dropped once its backlog passes maxBacklogBytes. While no stream
// is open the engine's signal is not even connected, so the writer builds no live events.
class LiveStream
{
public:
    // The current-visitors count of a site (nullopt: unknown right now; nothing is sent).
    // Called on the live-stream thread, never on the HTTP thread.
    using VisitorCounter = std::function<std::optional<qint64>(qint32 siteId)>;
    // Whether a stream's key (or share link, or session) is still valid; streams whose
    // key was revoked or expired are closed. Called on the live-stream thread, so it
    // needs its own connection to wherever keys live (serve() gives it its own TokenStore).
    using AccessCheck = std::function<bool(const auth::Principal &)>;

    LiveStream(IngestEngine *engine, ApiAccess *access, VisitorCounter currentVisitors = {},
               LiveStreamOptions options = {});
    // Closes every stream and stops the thread.
    ~LiveStream();
    LiveStream(const LiveStream &) = delete;
    LiveStream &operator=(const LiveStream &) = delete;

    void registerRoutes(HttpServer &server);
    // Without one, a stream lives as long as its connection.
    void setAccessCheck(AccessCheck check);

    // Thread-safe.
    int clientCount() const;
    int clientCount(qint32 siteId) const;
    qint64 droppedSlowClients() const;

private:
    class Worker;
    struct Registry;

    void handle(const QString &site, const PlainRequest &request, const Responder &responder);
    qint32 resolveSite(const QString &key) const;
    void open(qint32 siteId, const auth::Principal &principal, const PlainRequest &request,
              const Responder &responder);

    IngestEngine *m_engine;
    ApiAccess *m_access;
    LiveStreamOptions m_options;
    std::shared_ptr<Registry> m_registry;
    QThread m_thread;
    Worker *m_worker; // lives on m_thread
};

} // namespace raycstr

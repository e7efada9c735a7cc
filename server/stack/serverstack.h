#pragma once

#include "core/config.h"
#include "store/datadirlock.h"

#include <QHostAddress>
#include <functional>
#include <memory>

namespace raycstr {

class Clock;
class IngestEngine;
class SiteDirectory;

namespace auth {
class TokenStore;
}
namespace report {
class AlertScheduler;
}

// Everything `raycstr-server serve` runs, as one object: the ingest engine, key stores,
// query engines, the HTTP server with every route (collector, auth, stats, Plausible,
// docs) and the live stream. The headless CLI and the desktop app (its embedded
// collector) start the very same stack, so they cannot drift apart.
//
// Lives on the thread that runs the event loop (the HTTP server and the API's query engine
// are used there).
class ServerStack
{
public:
    explicit ServerStack(const Clock *clock);
    // Stops (drains) if still running.
    ~ServerStack();
    ServerStack(const ServerStack &) = delete;
    ServerStack &operator=(const ServerStack &) = delete;

    // Starts the engine on config.dataDir, then (after `afterEngineStarted`, if given and
    // true) the key stores, query engines and routes, and listens. Port 0 picks a free port.
    // False with a reason (possibly empty when the hook failed and reported itself).
    bool start(const ServerConfig &config, QString *error,
               const std::function<bool()> &afterEngineStarted = {});
    // Stops taking requests, then lets the writer drain: every hit answered with 2xx is on
    // disk when this returns.
    void stop();
    // Stops listening only (the SIGTERM path: the event loop still runs).
    void closeListener();
    bool isRunning() const;

    // The configuration as running: listenPort is the real one.
    const ServerConfig &config() const { return m_config; }
    quint16 port() const;
    QHostAddress address() const;

    IngestEngine *engine() const;
    SiteDirectory &sites() const;
    // Keys and share links, on the stack's (event-loop) thread.
    auth::TokenStore *tokens() const;
    // The alert checks (once a minute); tests call check() on it after moving the clock.
    report::AlertScheduler *alerts() const;

private:
    struct Parts;
    const Clock *m_clock;
    ServerConfig m_config;
    DataDirLock m_lock; // one server per data directory, held while running
    std::unique_ptr<IngestEngine> m_engine;
    std::unique_ptr<Parts> m_parts;
};

} // namespace raycstr

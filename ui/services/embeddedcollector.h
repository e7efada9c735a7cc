#pragma once

#include "core/config.h"

#include <QObject>
#include <QThread>
#include <atomic>

namespace raycstr {
class Clock;
class IngestEngine;
class ServerStack;
} // namespace raycstr

namespace raycstr::ui {

// The collector inside the desktop app: the very ServerStack `raycstr-server serve` runs
// (collector, stats API, live stream), on a thread of its own, so HTTP handling and its
// SQL never run on the GUI thread. Starting is asynchronous (started() follows).
class EmbeddedCollector : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedCollector(const Clock *clock, QObject *parent = nullptr);
    // Stops and drains (every accepted event is on disk).
    ~EmbeddedCollector() override;

    void start(const ServerConfig &config);
    // Blocks until the writer drained (used on quit and before a restart).
    void stop();
    bool isRunning() const { return m_engine != nullptr; }

    // Valid after started(true): the running engine (thread-safe parts only) and address.
    IngestEngine *engine() const { return m_engine; }
    const ServerConfig &config() const { return m_config; }
    QString listenUrl() const;

Q_SIGNALS:
    void started(bool ok, const QString &error);
    void stopped();

private:
    const Clock *m_clock;
    QThread m_thread;
    QObject *m_context; // lives on m_thread; parent of nothing, owner of the stack
    ServerStack *m_stack = nullptr; // created, used and deleted on m_thread
    IngestEngine *m_engine = nullptr;
    ServerConfig m_config;
    // Bumped by stop(): a start that finishes after it deletes its stack at once.
    std::atomic<int> m_generation {0};
};

} // namespace raycstr::ui

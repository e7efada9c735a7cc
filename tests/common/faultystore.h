#pragma once

// A test double of the EventStore seam: wraps the real store and, on demand, fails its
// writes (as a full disk or as another failure) or holds its replay (a slow start-up),
// so the engine's handling of both can be tested without a real full disk.

#include "store/eventstore.h"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace raycstr::testing {

class FaultyStore final : public EventStore
{
public:
    enum class Fault { None, DiskFull, Other };
    struct Switches
    {
        std::atomic<Fault> writes {Fault::None};
        std::mutex mutex;
        std::condition_variable released;
        bool holdReplay = false;
        bool replayStarted = false;
        std::atomic<int> batchWindowMs {-1}; // what the store asks for; -1: the real one's
        std::atomic<int> writeCalls {0};

        void release()
        {
            {
                std::lock_guard lock(mutex);
                holdReplay = false;
            }
            released.notify_all();
        }
    };
    static inline const QString DiskFullMessage = QStringLiteral("test: no space left");
    static inline const QString OtherMessage = QStringLiteral("test: disk I/O error");

    FaultyStore(std::unique_ptr<EventStore> real, Switches *switches)
        : m_real(std::move(real))
        , m_switches(switches)
    { }

    bool write(std::vector<Event> &events, const QList<DropCount> &drops, QString *error) override
    {
        ++m_switches->writeCalls;
        switch (m_switches->writes.load()) {
        case Fault::DiskFull:
            *error = DiskFullMessage;
            return false;
        case Fault::Other:
            *error = OtherMessage;
            return false;
        case Fault::None:
            break;
        }
        return m_real->write(events, drops, error);
    }
    bool isDiskFull(const QString &writeError) const override
    {
        return writeError == DiskFullMessage;
    }
    qint64 deleteEventsBefore(qint64 cutoffSecs, QString *error) override
    {
        return m_real->deleteEventsBefore(cutoffSecs, error);
    }
    bool replay(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                const std::function<void(Event &)> &visit, QString *error) override
    {
        {
            std::unique_lock lock(m_switches->mutex);
            m_switches->replayStarted = true;
            m_switches->released.wait(lock, [this] { return !m_switches->holdReplay; });
        }
        return m_real->replay(siteId, fromSecs, toSecs, visit, error);
    }
    SaltStore *salts() override { return m_real->salts(); }
    int batchWindowMs() const override
    {
        const int ms = m_switches->batchWindowMs.load();
        return ms >= 0 ? ms : m_real->batchWindowMs();
    }

private:
    std::unique_ptr<EventStore> m_real;
    Switches *m_switches;
};

} // namespace raycstr::testing

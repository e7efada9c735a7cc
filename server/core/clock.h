#pragma once

#include <QtGlobal>
#include <atomic>

namespace raycstr {

// Time behind a seam: day boundaries, salt rotation, session timeouts and retention are
// tested by moving a fake clock instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
    qint64 nowSecs() const { return nowMs() / 1000; }
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

// A clock that only moves when told to. Thread-safe, as the collector and the writer
// thread read it concurrently in tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 ms = 0)
        : m_ms(ms)
    { }
    qint64 nowMs() const override { return m_ms.load(std::memory_order_relaxed); }
    void setNowMs(qint64 ms) { m_ms.store(ms, std::memory_order_relaxed); }
    void advanceMs(qint64 ms) { m_ms.fetch_add(ms, std::memory_order_relaxed); }

private:
    std::atomic<qint64> m_ms;
};

} // namespace raycstr

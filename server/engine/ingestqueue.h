#pragma once

#include "core/event.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace raycstr {

// Bounded hand-over from the HTTP thread(s) to the writer thread. The collector never
// waits: when the queue is full, push() fails and the collector answers 503, so memory
// stays bounded whatever the load.
class IngestQueue
{
public:
    explicit IngestQueue(size_t capacity);

    // All or nothing: the hits of one request are either all queued or none is.
    enum class Result { Queued, Full, Closed };
    Result push(QList<Hit> &&hits);
    Result push(Hit &&hit);

    // Moves up to `max` hits into `out` (cleared first), waiting up to `wait` for the first.
    // Returns false when the queue is closed and empty: the consumer should stop.
    bool take(std::deque<Hit> &out, size_t max, std::chrono::milliseconds wait);

    // Waits until at least `count` hits are queued, the queue is closed, or `wait` passes.
    void waitFor(size_t count, std::chrono::steady_clock::duration wait);

    void close();
    bool isClosed() const;
    size_t size() const;
    size_t capacity() const { return m_capacity; }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Hit> m_items;
    size_t m_capacity;
    bool m_closed = false;
    bool m_consumerWaiting = false;
    size_t m_wakeAt = 1; // how many queued hits wake a waiting consumer
};

} // namespace raycstr

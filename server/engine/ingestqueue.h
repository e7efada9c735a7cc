#pragma once

#include "core/config.h"
#include "core/event.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace raycstr {

// Bounded hand-over from the HTTP thread(s) to the writer thread. The collector never
// waits: when the queue is full, push() fails and the collector answers 503, so memory
// stays bounded whatever the load. Full means either bound of Limits: hits, or their
// decoded bytes (bytesOf), so a flood of large hits cannot take more than the budget.
class IngestQueue
{
public:
    struct Limits
    {
        size_t hits = size_t(DefaultQueueHits);
        size_t bytes = size_t(DefaultQueueBytes);
    };
    explicit IngestQueue(Limits limits);

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
    size_t bytes() const; // decoded size of what is queued
    Limits limits() const { return m_limits; }

    // What a queued hit costs in memory, approximately (the object and its strings).
    static size_t bytesOf(const Hit &hit);

private:
    // Under m_mutex: whether `count` more hits of `size` bytes fit.
    bool fits(size_t count, size_t size) const;

    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Hit> m_items;
    Limits m_limits;
    size_t m_bytes = 0;
    bool m_closed = false;
    bool m_consumerWaiting = false;
    size_t m_wakeAt = 1; // how many queued hits wake a waiting consumer
};

} // namespace raycstr

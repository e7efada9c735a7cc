#include "engine/ingestqueue.h"

namespace raycstr {

IngestQueue::IngestQueue(size_t capacity)
    : m_capacity(capacity)
{
}

IngestQueue::Result IngestQueue::push(QList<Hit> &&hits)
{
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_closed)
            return Result::Closed;
        if (m_items.size() + size_t(hits.size()) > m_capacity)
            return Result::Full;
        for (Hit &h : hits)
            m_items.push_back(std::move(h));
        wake = m_consumerWaiting && m_items.size() >= m_wakeAt;
    }
    // Only a sleeping consumer needs the (system-call) wake-up; a busy one will find the
    // hits when it comes back for more.
    if (wake)
        m_ready.notify_one();
    return Result::Queued;
}

IngestQueue::Result IngestQueue::push(Hit &&hit)
{
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_closed)
            return Result::Closed;
        if (m_items.size() >= m_capacity)
            return Result::Full;
        m_items.push_back(std::move(hit));
        wake = m_consumerWaiting && m_items.size() >= m_wakeAt;
    }
    if (wake)
        m_ready.notify_one();
    return Result::Queued;
}

bool IngestQueue::take(std::deque<Hit> &out, size_t max, std::chrono::milliseconds wait)
{
    out.clear();
    std::unique_lock lock(m_mutex);
    if (m_items.empty() && !m_closed) {
        m_consumerWaiting = true;
        m_ready.wait_for(lock, wait, [this] { return !m_items.empty() || m_closed; });
        m_consumerWaiting = false;
    }
    if (m_items.empty())
        return !m_closed;
    // The usual case hands the whole queue over in O(1), so the HTTP thread's push() never
    // waits behind a long copy. Only a backlog larger than a batch is split (bounded
    // batches keep the writer's memory, hits plus events, in check).
    if (m_items.size() <= max) {
        out.swap(m_items);
        return true;
    }
    std::move(m_items.begin(), m_items.begin() + qsizetype(max), std::back_inserter(out));
    m_items.erase(m_items.begin(), m_items.begin() + qsizetype(max));
    return true;
}

void IngestQueue::waitFor(size_t count, std::chrono::steady_clock::duration wait)
{
    std::unique_lock lock(m_mutex);
    if (m_items.size() >= count || m_closed)
        return;
    m_consumerWaiting = true;
    m_wakeAt = count;
    m_ready.wait_for(lock, wait, [&] { return m_items.size() >= count || m_closed; });
    m_consumerWaiting = false;
    m_wakeAt = 1;
}

bool IngestQueue::isClosed() const
{
    std::lock_guard lock(m_mutex);
    return m_closed;
}

void IngestQueue::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_ready.notify_all();
}

size_t IngestQueue::size() const
{
    std::lock_guard lock(m_mutex);
    return m_items.size();
}

} // namespace raycstr

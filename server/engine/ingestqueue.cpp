#include "engine/ingestqueue.h"

namespace raycstr {

IngestQueue::IngestQueue(size_t capacity)
    : m_capacity(capacity)
{
    m_items.reserve(qMin<size_t>(capacity, 65536));
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
        wake = m_consumerWaiting;
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
        wake = m_consumerWaiting;
    }
    if (wake)
        m_ready.notify_one();
    return Result::Queued;
}

bool IngestQueue::take(std::vector<Hit> &out, size_t max, std::chrono::milliseconds wait)
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
    if (m_items.size() <= max) {
        out.swap(m_items);
        m_items.reserve(out.capacity());
    } else {
        out.reserve(max);
        std::move(m_items.begin(), m_items.begin() + qsizetype(max), std::back_inserter(out));
        m_items.erase(m_items.begin(), m_items.begin() + qsizetype(max));
    }
    return true;
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

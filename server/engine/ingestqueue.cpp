#include "engine/ingestqueue.h"

namespace raycstr {

IngestQueue::IngestQueue(Limits limits)
    : m_limits(limits)
{ }

size_t IngestQueue::bytesOf(const Hit &hit)
{
    auto text = [](const QString &s) { return size_t(s.size()) * sizeof(QChar); };
    size_t n = sizeof(Hit) + text(hit.name) + text(hit.url) + text(hit.referrer)
        + size_t(hit.userAgent.size());
    for (const Property &p : hit.props)
        n += sizeof(Property) + text(p.key) + text(p.value);
    return n;
}

bool IngestQueue::fits(size_t count, size_t size) const
{
    return m_items.size() + count <= m_limits.hits && m_bytes + size <= m_limits.bytes;
}

IngestQueue::Result IngestQueue::push(QList<Hit> &&hits)
{
    // Sized outside the lock: the HTTP thread pays for its own hits, not the writer.
    size_t size = 0;
    for (const Hit &h : hits)
        size += bytesOf(h);
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_closed)
            return Result::Closed;
        if (!fits(size_t(hits.size()), size))
            return Result::Full;
        for (Hit &h : hits)
            m_items.push_back(std::move(h));
        m_bytes += size;
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
    const size_t size = bytesOf(hit);
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_closed)
            return Result::Closed;
        if (!fits(1, size))
            return Result::Full;
        m_items.push_back(std::move(hit));
        m_bytes += size;
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
        m_bytes = 0;
        return true;
    }
    std::move(m_items.begin(), m_items.begin() + qsizetype(max), std::back_inserter(out));
    m_items.erase(m_items.begin(), m_items.begin() + qsizetype(max));
    for (const Hit &h : out)
        m_bytes -= qMin(m_bytes, bytesOf(h));
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

size_t IngestQueue::bytes() const
{
    std::lock_guard lock(m_mutex);
    return m_bytes;
}

} // namespace raycstr

#pragma once

#include <QString>

#include <algorithm>
#include <atomic>
#include <vector>

namespace raycstr::query {

// The hard memory budget of one raw question (issue 14), in bytes, shared by the halves of
// a range read on two threads. Every structure of the raw path that grows with the data
// asks it before growing: the scan's visits and loaded events, the visitor index, the
// counting sets. Past the budget the structure still grows this once (it must stay
// consistent) and the scan stops at its next event with tooLarge(): the question fails as
// bad input with message(), never with an exhausted server. QueryEngine::Options::
// maxRawBytes is the one number; memory the question holds besides these (strings of the
// few values it reports, SQLite's page cache) is small and bounded elsewhere.
class MemoryBudget
{
public:
    explicit MemoryBudget(size_t limitBytes)
        : m_limit(limitBytes)
    { }
    MemoryBudget(const MemoryBudget &) = delete;
    MemoryBudget &operator=(const MemoryBudget &) = delete;

    // Notes `bytes` more held; false (and tooLarge() from now on) past the limit.
    bool take(size_t bytes)
    {
        const size_t now = m_used.fetch_add(bytes, std::memory_order_relaxed) + bytes;
        if (now <= m_limit)
            return true;
        m_tooLarge.store(true, std::memory_order_relaxed);
        return false;
    }
    void give(size_t bytes) { m_used.fetch_sub(bytes, std::memory_order_relaxed); }
    bool tooLarge() const { return m_tooLarge.load(std::memory_order_relaxed); }
    size_t limit() const { return m_limit; }
    size_t used() const { return m_used.load(std::memory_order_relaxed); }
    // What a question past its budget is told.
    QString message() const
    {
        return QStringLiteral("this question needs more than %1 MB of memory for raw events; "
                              "choose a shorter period or fewer filters")
            .arg(double(m_limit) / (1024 * 1024), 0, 'f', m_limit < 10 * 1024 * 1024 ? 1 : 0);
    }

    // Makes room in `v` for one more element, charging the growth to `budget` (nullptr: no
    // budget). False when that passed it (the vector grew anyway). It grows by half, not
    // double: while it moves, the old and the new block are both held (2.5x rather than 3x
    // its contents), and less of it lies unused after.
    template<typename T> static bool roomForOne(std::vector<T> &v, MemoryBudget *budget)
    {
        if (v.size() < v.capacity())
            return true;
        const size_t grown = std::max<size_t>(1024, v.capacity() + v.capacity() / 2);
        const bool ok = !budget || budget->take((grown - v.capacity()) * sizeof(T));
        v.reserve(grown);
        return ok;
    }

private:
    std::atomic<size_t> m_used {0};
    std::atomic<bool> m_tooLarge {false};
    size_t m_limit;
};

// What one structure has charged to a budget (nullptr: none), given back when it goes.
class MemoryCharge
{
public:
    explicit MemoryCharge(MemoryBudget *budget)
        : m_budget(budget)
    { }
    ~MemoryCharge()
    {
        if (m_budget)
            m_budget->give(m_bytes);
    }
    MemoryCharge(const MemoryCharge &) = delete;
    MemoryCharge &operator=(const MemoryCharge &) = delete;
    void add(size_t bytes)
    {
        m_bytes += bytes;
        if (m_budget)
            m_budget->take(bytes);
    }

private:
    MemoryBudget *m_budget;
    size_t m_bytes = 0;
};

} // namespace raycstr::query

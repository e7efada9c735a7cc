#pragma once

#include "query/memorybudget.h"

#include <QtGlobal>

#include <utility>
#include <vector>

namespace raycstr::query {

// A set of (a, b) pairs of 64-bit values in one open-addressing table: 16 bytes a slot,
// where std::unordered_set spends a heap node, a bucket pointer and the allocator's
// overhead (~56 bytes) per entry. The raw path keeps one entry per (group, day, visitor)
// and per (group, visit): on a busy day that is millions of them, and the table is most of
// a question's memory. `a` must never be all ones (the empty mark): callers put a packed
// visitor id (48 bits) or a group key (≥ 0) there.
class PairSet
{
public:
    // Its memory is charged to `budget` (nullptr: none): see MemoryBudget. `initialSlots`
    // (a power of two): a pass over a share of the visitors starts smaller.
    explicit PairSet(MemoryBudget *budget = nullptr, size_t initialSlots = 1 << 12)
        : m_charge(budget)
    {
        m_charge.add(initialSlots * sizeof(Slot));
        m_slots.resize(initialSlots, {Empty, 0});
    }
    // True when the pair was not there yet.
    bool insert(quint64 a, quint64 b)
    {
        if (4 * (m_used + 1) > 3 * m_slots.size())
            grow();
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash(a, b) & mask;; i = (i + 1) & mask) {
            auto &slot = m_slots[i];
            if (slot.first == a && slot.second == b)
                return false;
            if (slot.first == Empty) {
                slot = {a, b};
                ++m_used;
                return true;
            }
        }
    }
    size_t size() const { return m_used; }
    template<typename Fn> void forEach(Fn fn) const
    {
        for (const auto &[a, b] : m_slots) {
            if (a != Empty)
                fn(a, b);
        }
    }

private:
    using Slot = std::pair<quint64, quint64>;
    static constexpr quint64 Empty = ~quint64(0);
    static size_t hash(quint64 a, quint64 b)
    {
        // splitmix64's finaliser over both halves: groups are small consecutive numbers.
        quint64 x = a * 0x9E3779B97F4A7C15ULL ^ (b + 0x632BE59BD9B4E019ULL);
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
        return size_t(x ^ (x >> 31));
    }
    void grow()
    {
        m_charge.add(m_slots.size() * sizeof(Slot)); // the table doubles
        std::vector<std::pair<quint64, quint64>> old(m_slots.size() * 2, {Empty, 0});
        old.swap(m_slots);
        m_used = 0;
        for (const auto &[a, b] : old) {
            if (a != Empty)
                insert(a, b);
        }
    }
    MemoryCharge m_charge;
    std::vector<std::pair<quint64, quint64>> m_slots;
    size_t m_used = 0;
};

} // namespace raycstr::query

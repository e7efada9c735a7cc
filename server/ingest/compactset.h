#pragma once

#include <QtGlobal>

#include <memory>

namespace raycstr {

// A set of 64-bit hashes for the sessionizer's per-visitor state, sized for what a visitor
// holds: a handful to a few dozen values, O(1) per insert or lookup (open addressing,
// linear probing, at most 7/8 full). A QSet<quint64> costs ~600 bytes even when it holds
// five values (its first span alone is 128 offsets plus 48 entries); this costs 16 bytes
// plus 8 per slot, so a busy day's visitor table (hundreds of thousands of visitors) takes a
// fraction of the memory. Not thread-safe.
class CompactSet
{
public:
    CompactSet() = default;
    CompactSet(const CompactSet &other);
    CompactSet &operator=(const CompactSet &other);
    CompactSet(CompactSet &&) noexcept = default;
    CompactSet &operator=(CompactSet &&) noexcept = default;

    bool contains(quint64 value) const;
    // True when `value` was not in the set and has been added.
    bool insert(quint64 value);
    // Empties the set and gives its memory back.
    void clear();
    // Keeps the values for which `keep(value)` answers a value to keep (nullopt drops it):
    // one pass over the slots, and the memory shrinks with the set.
    template<typename Fn> void rebuild(Fn keep)
    {
        CompactSet kept;
        if (m_hasZero) {
            if (const auto v = keep(quint64(0)))
                kept.insert(*v);
        }
        for (quint32 i = 0; i < slotCount(); ++i) {
            if (m_slots[i] == 0)
                continue;
            if (const auto v = keep(m_slots[i]))
                kept.insert(*v);
        }
        *this = std::move(kept);
    }
    qsizetype size() const { return qsizetype(m_size) + (m_hasZero ? 1 : 0); }
    bool isEmpty() const { return size() == 0; }
    // Slots allocated (tests: the growth policy).
    qsizetype capacity() const { return qsizetype(slotCount()); }

private:
    quint32 slotCount() const { return m_log2Capacity ? 1u << (m_log2Capacity - 1) : 0; }
    // 0 marks a free slot, so the value 0 is kept aside.
    quint32 slotOf(quint64 value) const;
    void grow();

    std::unique_ptr<quint64[]> m_slots;
    quint32 m_size = 0; // non-zero values stored
    quint8 m_log2Capacity = 0; // 0: nothing allocated, else log2(slots) + 1
    bool m_hasZero = false;
};

} // namespace raycstr

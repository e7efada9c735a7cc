#pragma once

#include <QtGlobal>

#include <memory>

namespace raycstr {

// A set of 64-bit hashes for the sessionizer's per-visitor state, sized for what a visitor
// holds: a handful to a few dozen values, O(1) per insert or lookup (open addressing,
// linear probing, at most 3/4 full). A QSet<quint64> costs ~600 bytes even when it holds
// five values (its first span alone is 128 offsets plus 48 entries); this costs 24 bytes
// plus 8 per slot, so a busy day's visitor table (hundreds of thousands of visitors, each
// with two sets) takes a fraction of the memory. Not thread-safe.
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
    qsizetype size() const { return qsizetype(m_size) + (m_hasZero ? 1 : 0); }
    bool isEmpty() const { return size() == 0; }
    // Slots allocated (tests: the growth policy).
    qsizetype capacity() const { return qsizetype(m_capacity); }

private:
    // 0 marks a free slot, so the value 0 is kept aside.
    quint32 slotOf(quint64 value) const;
    void grow();

    std::unique_ptr<quint64[]> m_slots;
    quint32 m_capacity = 0; // 0 or a power of two
    quint32 m_size = 0; // non-zero values stored
    bool m_hasZero = false;
};

} // namespace raycstr

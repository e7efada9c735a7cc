#include "ingest/compactset.h"

#include <algorithm>

namespace raycstr {

namespace {

constexpr quint8 FirstLog2Capacity = 2; // 4 slots

// The values are hashes already, but some callers put a small tag in the low bits: mix
// them so neighbours do not cluster under linear probing.
quint64 mix(quint64 v)
{
    v ^= v >> 33;
    v *= 0xff51afd7ed558ccdull;
    v ^= v >> 33;
    return v;
}

} // namespace

CompactSet::CompactSet(const CompactSet &other)
    : m_size(other.m_size)
    , m_log2Capacity(other.m_log2Capacity)
    , m_hasZero(other.m_hasZero)
{
    if (const quint32 n = slotCount()) {
        m_slots = std::make_unique<quint64[]>(n);
        std::copy_n(other.m_slots.get(), n, m_slots.get());
    }
}

CompactSet &CompactSet::operator=(const CompactSet &other)
{
    if (this != &other) {
        CompactSet copy(other);
        *this = std::move(copy);
    }
    return *this;
}

quint32 CompactSet::slotOf(quint64 value) const
{
    // The capacity is a power of two and the table is never full, so this ends.
    const quint32 mask = slotCount() - 1;
    quint32 i = quint32(mix(value)) & mask;
    while (m_slots[i] != 0 && m_slots[i] != value)
        i = (i + 1) & mask;
    return i;
}

bool CompactSet::contains(quint64 value) const
{
    if (value == 0)
        return m_hasZero;
    return m_log2Capacity && m_slots[slotOf(value)] == value;
}

bool CompactSet::insert(quint64 value)
{
    if (value == 0) {
        const bool added = !m_hasZero;
        m_hasZero = true;
        return added;
    }
    if (m_log2Capacity && m_slots[slotOf(value)] == value)
        return false;
    // At most 7/8 full: the tables are small, so a longer probe costs little and a visitor's
    // few values more often fit the smaller block.
    if ((quint64(m_size) + 1) * 8 > quint64(slotCount()) * 7)
        grow();
    m_slots[slotOf(value)] = value;
    ++m_size;
    return true;
}

void CompactSet::clear()
{
    m_slots.reset();
    m_log2Capacity = 0;
    m_size = 0;
    m_hasZero = false;
}

void CompactSet::grow()
{
    const quint32 oldCapacity = slotCount();
    std::unique_ptr<quint64[]> old = std::move(m_slots);
    m_log2Capacity = m_log2Capacity ? quint8(m_log2Capacity + 1) : quint8(FirstLog2Capacity + 1);
    m_slots = std::make_unique<quint64[]>(slotCount()); // zeroed: every slot free
    for (quint32 i = 0; i < oldCapacity; ++i) {
        if (old[i] != 0)
            m_slots[slotOf(old[i])] = old[i];
    }
}

} // namespace raycstr

#include "ingest/compactset.h"

#include <algorithm>

namespace raycstr {

namespace {

constexpr quint32 FirstCapacity = 4;

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
    : m_capacity(other.m_capacity)
    , m_size(other.m_size)
    , m_hasZero(other.m_hasZero)
{
    if (m_capacity) {
        m_slots = std::make_unique<quint64[]>(m_capacity);
        std::copy_n(other.m_slots.get(), m_capacity, m_slots.get());
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
    // m_capacity is a power of two and the table is never full, so this ends.
    quint32 i = quint32(mix(value)) & (m_capacity - 1);
    while (m_slots[i] != 0 && m_slots[i] != value)
        i = (i + 1) & (m_capacity - 1);
    return i;
}

bool CompactSet::contains(quint64 value) const
{
    if (value == 0)
        return m_hasZero;
    return m_capacity && m_slots[slotOf(value)] == value;
}

bool CompactSet::insert(quint64 value)
{
    if (value == 0) {
        const bool added = !m_hasZero;
        m_hasZero = true;
        return added;
    }
    if (m_capacity && m_slots[slotOf(value)] == value)
        return false;
    if ((quint64(m_size) + 1) * 4 > quint64(m_capacity) * 3)
        grow();
    m_slots[slotOf(value)] = value;
    ++m_size;
    return true;
}

void CompactSet::clear()
{
    m_slots.reset();
    m_capacity = 0;
    m_size = 0;
    m_hasZero = false;
}

void CompactSet::grow()
{
    const quint32 capacity = m_capacity ? m_capacity * 2 : FirstCapacity;
    std::unique_ptr<quint64[]> old = std::move(m_slots);
    const quint32 oldCapacity = m_capacity;
    m_slots = std::make_unique<quint64[]>(capacity); // zeroed: every slot free
    m_capacity = capacity;
    for (quint32 i = 0; i < oldCapacity; ++i) {
        if (old[i] != 0)
            m_slots[slotOf(old[i])] = old[i];
    }
}

} // namespace raycstr

#pragma once

#include <QHash>

#include <vector>

namespace raycstr {

// Equal values held for a long time by many owners, kept once and handed out as 32-bit ids.
// The sessionizer keeps, per visitor and for the whole day, the entry and exit page, the
// visit's way in (source, referrer, UTM) and the browser and country it came with: a few
// hundred or thousand distinct values held by hundreds of thousands of visitors, where a
// QString costs 24 bytes and a shared pointer 16 in every visitor.
//
// Counted: each acquire() or retain() is paired with one release(), and a value goes when
// its last owner lets it go, so the pool never holds more values than its owners do (a
// client sending a new path per request costs nothing beyond the visitors it makes). Id 0
// is the empty value (T() and whatever equals it), never stored. `Compact` makes the
// stored copy (e.g. a string of exactly its size, not the decoded request it sits in).
// Not thread-safe.
template<typename T, typename Compact> class SharedPool
{
public:
    using Id = quint32;

    Id acquire(const T &value)
    {
        if (value == T())
            return 0;
        if (const auto it = m_ids.constFind(value); it != m_ids.constEnd())
            return retain(it.value());
        Id id;
        if (m_free.empty()) {
            m_slots.push_back({});
            id = Id(m_slots.size());
        } else {
            id = m_free.back();
            m_free.pop_back();
        }
        Slot &slot = m_slots[id - 1];
        slot.value = Compact()(value);
        slot.refs = 1;
        m_ids.insert(slot.value, id);
        return id;
    }
    Id retain(Id id)
    {
        if (id != 0)
            ++m_slots[id - 1].refs;
        return id;
    }
    void release(Id id)
    {
        if (id == 0)
            return;
        Slot &slot = m_slots[id - 1];
        if (--slot.refs > 0)
            return;
        m_ids.remove(slot.value);
        slot.value = T();
        m_free.push_back(id);
    }
    const T &at(Id id) const
    {
        static const T empty;
        return id == 0 ? empty : m_slots[id - 1].value;
    }
    // Distinct values held.
    qsizetype size() const { return m_ids.size(); }

private:
    struct Slot
    {
        T value;
        quint32 refs = 0;
    };
    std::vector<Slot> m_slots; // id - 1 → value
    std::vector<Id> m_free;
    QHash<T, Id> m_ids;
};

} // namespace raycstr

#pragma once

#include "query/memorybudget.h"

#include <QtGlobal>

#include <utility>
#include <vector>

namespace raycstr::query {

// visitor → index of their latest visit. Visitor ids are keyed hashes (uniformly random
// 48-bit values), so their low bits index an open-addressing table directly: this lookup
// runs once per raw event, and QHash's was a tenth of a scan's time.
class VisitorIndex
{
public:
    // Its memory is charged to `budget` (nullptr: none): see MemoryBudget. It starts small
    // (64 KB) and doubles: a question read in many passes holds one index per pass, and the
    // few doublings of a big one cost little next to the rows read.
    // `initialSlots` (a power of two): a pass over a share of the visitors starts smaller.
    explicit VisitorIndex(MemoryBudget *budget = nullptr, size_t initialSlots = 1 << 12)
        : m_charge(budget)
    {
        m_charge.add(initialSlots * sizeof(Slot));
        m_slots.resize(initialSlots, {Empty, 0});
    }
    // The index stored for `visitor`; 0 when it is new (callers check the visit's owner).
    qint32 &slot(quint64 visitor)
    {
        if (4 * (m_used + 1) > 3 * m_slots.size()) // at most 3/4 full
            grow();
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(visitor) & mask;; i = (i + 1) & mask) {
            auto &[key, value] = m_slots[i];
            if (key == visitor)
                return value;
            if (key == Empty) {
                key = visitor;
                ++m_used;
                return value;
            }
        }
    }

private:
    using Slot = std::pair<quint64, qint32>;
    static constexpr quint64 Empty = ~quint64(0); // ids have 48 bits: never all ones
    void grow()
    {
        m_charge.add(m_slots.size() * sizeof(Slot)); // the table doubles
        std::vector<std::pair<quint64, qint32>> old(m_slots.size() * 2, {Empty, 0});
        old.swap(m_slots);
        m_used = 0;
        for (const auto &[key, value] : old) {
            if (key != Empty)
                slot(key) = value;
        }
    }
    MemoryCharge m_charge;
    std::vector<std::pair<quint64, qint32>> m_slots;
    size_t m_used = 0;
};

} // namespace raycstr::query

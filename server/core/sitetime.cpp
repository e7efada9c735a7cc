#include "core/sitetime.h"

#include <QDateTime>

namespace raycstr {

SiteTime::SiteTime(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{ }

int SiteTime::offsetAt(qint64 utcSecs)
{
    if (utcSecs >= m_validFrom && utcSecs < m_validTo)
        return m_offset;
    const QDateTime at = QDateTime::fromSecsSinceEpoch(utcSecs, QTimeZone::utc());
    m_offset = m_zone.offsetFromUtc(at);
    // The offset holds from the previous transition to the next one; zones without
    // transitions (UTC, fixed offsets) are valid forever.
    const auto prev = m_zone.previousTransition(at.addSecs(1));
    const auto next = m_zone.nextTransition(at);
    m_validFrom
        = prev.atUtc.isValid() ? prev.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    m_validTo
        = next.atUtc.isValid() ? next.atUtc.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    if (m_validFrom > utcSecs || m_validTo <= utcSecs) {
        // Transition data disagreed with the lookup; cache just this second.
        m_validFrom = utcSecs;
        m_validTo = utcSecs + 1;
    }
    return m_offset;
}

LocalSlot SiteTime::slot(qint64 utcSecs)
{
    const int offset = offsetAt(utcSecs);
    const qint64 local = utcSecs + offset;
    return {floorDiv(local, SecsPerDay), floorDiv(local, 3600) * 3600 - offset};
}

qint64 SiteTime::dayStart(qint64 day) const
{
    const QDate date = QDate(1970, 1, 1).addDays(day);
    return QDateTime(date, QTime(0, 0), m_zone).toSecsSinceEpoch();
}

} // namespace raycstr

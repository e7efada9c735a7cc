#pragma once

#include <QTimeZone>
#include <QtGlobal>

namespace raycstr {

// Where an instant falls in a site's time zone. Days are numbered as local calendar days
// since 1970-01-01 (so day 0 is the local 1 Jan 1970); hours are keyed by the UTC instant
// at which the local hour starts, which stays unique across DST changes and half-hour zones.
struct LocalSlot
{
    qint64 day = 0;
    qint64 hourStart = 0; // UTC seconds
};

// Converts UTC seconds to local day/hour for one time zone. Caches the current UTC offset
// and its validity window (until the next transition), because QTimeZone lookups cost
// microseconds and this runs for every event.
class SiteTime
{
public:
    explicit SiteTime(const QTimeZone &zone = QTimeZone::utc());
    LocalSlot slot(qint64 utcSecs);
    int offsetAt(qint64 utcSecs);
    // UTC seconds at which local `day` starts (for queries and retention).
    qint64 dayStart(qint64 day) const;
    const QTimeZone &zone() const { return m_zone; }

private:
    QTimeZone m_zone;
    int m_offset = 0;
    qint64 m_validFrom = 1; // empty window: from > to
    qint64 m_validTo = 0;
};

constexpr qint64 SecsPerDay = 86400;

inline qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace raycstr

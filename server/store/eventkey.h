#pragma once

#include <QtGlobal>

namespace raycstr {

// The raw-event key packs (site, second, n) into SQLite's rowid, so the events table is
// clustered by site then time without a separate index, and a site's time range is one
// contiguous key range:  id = site << 46 | (ts − 2020-01-01) << 16 | n.
// 17 bits of site (131,071 sites), 30 bits of seconds (until 2054), 16 bits of n (65,536
// events per site per second; beyond that the writer moves on to the next second).
namespace EventKey {
constexpr qint64 Epoch = 1577836800; // 2020-01-01T00:00:00Z
constexpr int SiteShift = 46;
constexpr int TimeShift = 16;
constexpr qint64 MaxN = (1 << TimeShift) - 1;
constexpr qint64 MaxSite = (qint64(1) << 17) - 1;

constexpr qint64 make(qint64 siteId, qint64 ts, qint64 n)
{
    return (siteId << SiteShift) | ((ts - Epoch) << TimeShift) | n;
}
constexpr qint64 siteOf(qint64 id)
{
    return id >> SiteShift;
}
constexpr qint64 tsOf(qint64 id)
{
    return ((id >> TimeShift) & ((qint64(1) << 30) - 1)) + Epoch;
}
constexpr qint64 siteBegin(qint64 siteId)
{
    return siteId << SiteShift;
}
constexpr qint64 siteEnd(qint64 siteId)
{
    return (siteId + 1) << SiteShift;
} // exclusive
// The last second the 30-bit time field holds (2054-01-09). Ranges are clamped to it:
// a later time would spill into the site bits and name another site's events.
constexpr qint64 MaxTs = Epoch + (qint64(1) << 30) - 1;
// Keys of `siteId` with ts in [from, to): [rangeBegin, rangeEnd), always inside the site.
constexpr qint64 rangeBegin(qint64 siteId, qint64 from)
{
    return from > MaxTs ? siteEnd(siteId) : make(siteId, qMax(from, Epoch), 0);
}
constexpr qint64 rangeEnd(qint64 siteId, qint64 to)
{
    return to > MaxTs ? siteEnd(siteId) : make(siteId, qMax(to, Epoch), 0);
}
static_assert(rangeEnd(1, MaxTs + 86400 * 365) == siteEnd(1));
static_assert(rangeBegin(2, qint64(1) << 40) == siteEnd(2));
} // namespace EventKey

} // namespace raycstr

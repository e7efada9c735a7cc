#include "store/rollupbatch.h"

#include "core/vitals.h"

namespace raycstr {

void RollupBatch::clear()
{
    m_days.clear();
    m_hours.clear();
    m_vitals.clear();
}

Metrics &RollupBatch::day(const Event &e, qint64 day, Dimension dim, qint64 valueId)
{
    return m_days[DayKey {e.siteId, day, dim, valueId}];
}

void RollupBatch::add(const Event &e, const DimensionIds &ids)
{
    if (e.kind == EventKind::Vitals) {
        if (!e.hasValue || ids[Dimension::EventName] == 0)
            return;
        const int bucket = Vitals::bucketOf(e.value, Vitals::unitOf(e.name));
        const qint64 metric = ids[Dimension::EventName];
        m_vitals[VitalsKey {e.siteId, metric, 0, e.slot.day, bucket}] += 1;
        m_vitals[VitalsKey {e.siteId, metric, ids[Dimension::Page], e.slot.day, bucket}] += 1;
        return;
    }
    const bool pageview = e.kind == EventKind::Pageview;
    const bool custom = e.kind == EventKind::Custom;
    const bool activity = pageview || custom;
    const bool visitStart = e.hasFlag(EventFlag::VisitStart);
    const bool visitChange = visitStart || e.bounceDelta != 0 || e.durationDelta != 0;

    // Event metrics go to the event's day, visit metrics to the visit's first day. Those
    // are nearly always the same day (and hour), so one lookup usually serves both.
    const bool sameDay = e.slot.day == e.visitSlot.day;
    const bool sameHour = e.slot.hourStart == e.visitSlot.hourStart;
    auto addEvent = [&](Metrics &m, bool isNew) {
        m.pageviews += pageview;
        m.events += custom;
        m.visitors += isNew;
    };
    auto addVisit = [&](Metrics &m) {
        m.visits += visitStart;
        m.bounces += e.bounceDelta;
        m.duration += e.durationDelta;
    };

    // Site totals.
    {
        Metrics *d = activity ? &day(e, e.slot.day, Dimension::Total, 0) : nullptr;
        if (d)
            addEvent(*d, e.hasFlag(EventFlag::NewVisitorToday));
        if (visitChange)
            addVisit(d && sameDay ? *d : day(e, e.visitSlot.day, Dimension::Total, 0));
        Metrics *h = activity ? &m_hours[HourKey {e.siteId, e.slot.hourStart}] : nullptr;
        if (h)
            addEvent(*h, e.hasFlag(EventFlag::NewVisitorHour));
        if (visitChange)
            addVisit(h && sameHour ? *h : m_hours[HourKey {e.siteId, e.visitSlot.hourStart}]);
    }

    for (int i = 1; i < int(Dimension::Count); ++i) {
        const auto dim = Dimension(i);
        const bool isNew = (e.newDimensions >> i) & 1u;
        if (isVisitDimension(dim)) {
            const qint64 value = ids[dim];
            Metrics *d = activity ? &day(e, e.slot.day, dim, value) : nullptr;
            if (d)
                addEvent(*d, isNew);
            if (visitChange)
                addVisit(d && sameDay ? *d : day(e, e.visitSlot.day, dim, value));
        } else if (dim == Dimension::Page) {
            if (pageview) {
                Metrics &d = day(e, e.slot.day, dim, ids[Dimension::Page]);
                d.pageviews += 1;
                d.visitors += isNew;
                if (e.hasFlag(EventFlag::FirstPageInVisit))
                    (sameDay ? d : day(e, e.visitSlot.day, dim, ids[Dimension::Page])).visits += 1;
            }
        } else if (dim == Dimension::Hostname) {
            if (activity) {
                Metrics &d = day(e, e.slot.day, dim, ids[Dimension::Hostname]);
                d.pageviews += pageview;
                d.events += custom;
                d.visitors += isNew;
            }
        } else if (dim == Dimension::ExitPage) {
            if (e.exitChanged) {
                if (ids.previousExit != 0)
                    day(e, e.visitSlot.day, dim, ids.previousExit).visits -= 1;
                day(e, e.visitSlot.day, dim, ids[Dimension::Page]).visits += 1;
            }
        } else if (dim == Dimension::EventName) {
            if (custom) {
                Metrics &d = day(e, e.slot.day, dim, ids[Dimension::EventName]);
                d.events += 1;
                d.visitors += isNew;
            }
        }
    }
}

} // namespace raycstr

#include "store/rollupbatch.h"

namespace raycstr {

RollupMetrics &RollupMetrics::operator+=(const RollupMetrics &o)
{
    visitors += o.visitors;
    visits += o.visits;
    pageviews += o.pageviews;
    events += o.events;
    bounces += o.bounces;
    duration += o.duration;
    return *this;
}

void RollupBatch::clear()
{
    m_days.clear();
    m_hours.clear();
}

RollupMetrics &RollupBatch::day(const Event &e, qint64 day, Dimension dim, const QString &value)
{
    return m_days[DayKey {e.siteId, day, dim, value}];
}

void RollupBatch::add(const Event &e)
{
    const bool pageview = e.kind == EventKind::Pageview;
    const bool custom = e.kind == EventKind::Custom;
    const bool activity = pageview || custom;
    const bool visitStart = e.hasFlag(EventFlag::VisitStart);
    const bool visitChange = visitStart || e.bounceDelta != 0 || e.durationDelta != 0;

    // Site totals.
    if (activity) {
        RollupMetrics &d = day(e, e.slot.day, Dimension::Total, QString());
        d.pageviews += pageview;
        d.events += custom;
        d.visitors += e.hasFlag(EventFlag::NewVisitorToday);
        RollupMetrics &h = m_hours[HourKey {e.siteId, e.slot.hourStart}];
        h.pageviews += pageview;
        h.events += custom;
        h.visitors += e.hasFlag(EventFlag::NewVisitorHour);
    }
    if (visitChange) {
        RollupMetrics &d = day(e, e.visitSlot.day, Dimension::Total, QString());
        d.visits += visitStart;
        d.bounces += e.bounceDelta;
        d.duration += e.durationDelta;
        RollupMetrics &h = m_hours[HourKey {e.siteId, e.visitSlot.hourStart}];
        h.visits += visitStart;
        h.bounces += e.bounceDelta;
        h.duration += e.durationDelta;
    }

    for (int i = 1; i < int(Dimension::Count); ++i) {
        const auto dim = Dimension(i);
        const bool isNew = (e.newDimensions >> i) & 1u;
        if (isVisitDimension(dim)) {
            const QString value = dimensionValue(e, dim);
            if (activity) {
                RollupMetrics &d = day(e, e.slot.day, dim, value);
                d.pageviews += pageview;
                d.events += custom;
                d.visitors += isNew;
            }
            if (visitChange) {
                RollupMetrics &d = day(e, e.visitSlot.day, dim, value);
                d.visits += visitStart;
                d.bounces += e.bounceDelta;
                d.duration += e.durationDelta;
            }
        } else if (dim == Dimension::Page) {
            if (pageview) {
                RollupMetrics &d = day(e, e.slot.day, dim, e.path);
                d.pageviews += 1;
                d.visitors += isNew;
                d.visits += e.hasFlag(EventFlag::FirstPageInVisit);
            }
        } else if (dim == Dimension::Hostname) {
            if (activity) {
                RollupMetrics &d = day(e, e.slot.day, dim, e.hostname);
                d.pageviews += pageview;
                d.events += custom;
                d.visitors += isNew;
            }
        } else if (dim == Dimension::ExitPage) {
            if (e.exitChanged) {
                if (!e.previousExitPath.isEmpty())
                    day(e, e.visitSlot.day, dim, e.previousExitPath).visits -= 1;
                day(e, e.visitSlot.day, dim, e.path).visits += 1;
            }
        } else if (dim == Dimension::EventName) {
            if (custom) {
                RollupMetrics &d = day(e, e.slot.day, dim, e.name);
                d.events += 1;
                d.visitors += isNew;
            }
        }
    }
}

} // namespace raycstr

#include "ingest/sessionizer.h"

#include <algorithm>

namespace raycstr {

Sessionizer::Sessionizer(qint64 timeoutSecs, Limits limits)
    : m_timeout(timeoutSecs)
    , m_limits(limits)
{ }

qsizetype Sessionizer::trackedValues(qint32 siteId, quint64 visitor) const
{
    const auto it = m_visitors.constFind({siteId, visitor});
    if (it == m_visitors.constEnd())
        return -1;
    return qsizetype(it->pagesInVisit.size() + it->seenToday.size());
}

bool Sessionizer::insertOnce(CompactSet &set, quint64 value, qsizetype cap)
{
    if (set.contains(value))
        return false;
    if (set.size() < cap)
        set.insert(value);
    return true;
}

std::shared_ptr<const Acquisition> Sessionizer::shared(const Acquisition &a)
{
    if (a.isEmpty())
        return {};
    if (const auto it = m_acquisitions.constFind(a); it != m_acquisitions.constEnd())
        return it.value();
    if (m_acquisitions.size() >= StringPool::DefaultMaxStrings)
        m_acquisitions.clear(); // visitors keep theirs
    auto copy = std::make_shared<const Acquisition>(Acquisition {
        m_strings.share(a.source), m_strings.share(a.referrer), m_strings.share(a.utmSource),
        m_strings.share(a.utmMedium), m_strings.share(a.utmCampaign),
        m_strings.share(a.utmContent), m_strings.share(a.utmTerm)});
    m_acquisitions.insert(*copy, copy);
    return copy;
}

const Acquisition &Sessionizer::acquisitionOf(const Visitor &v)
{
    static const Acquisition direct;
    return v.acquisition ? *v.acquisition : direct;
}

void Sessionizer::evictLeastRecentlySeen()
{
    // One pass finds the lastSeen below which an eighth of the table lies, a second one
    // drops those visitors: O(n) once per n/8 new visitors.
    const qsizetype drop = qMax<qsizetype>(1, m_visitors.size() / 8);
    std::vector<qint64> seen;
    seen.reserve(size_t(m_visitors.size()));
    for (const Visitor &v : std::as_const(m_visitors))
        seen.push_back(v.lastSeen);
    std::nth_element(seen.begin(), seen.begin() + (drop - 1), seen.end());
    const qint64 threshold = seen[size_t(drop - 1)];
    qsizetype dropped = 0;
    for (auto it = m_visitors.begin(); it != m_visitors.end() && dropped < drop;) {
        if (it->lastSeen <= threshold) {
            it = m_visitors.erase(it);
            ++dropped;
        } else {
            ++it;
        }
    }
}

void Sessionizer::markDimensions(Visitor &v, Event &event)
{
    event.newDimensions = 0;
    const bool visitValuesMayBeNew
        = event.hasFlag(EventFlag::VisitStart) || event.hasFlag(EventFlag::NewVisitorToday);
    for (int d = 0; d < int(Dimension::Count); ++d) {
        const auto dim = Dimension(d);
        if (dim == Dimension::ExitPage)
            continue; // exits move with every pageview; they are counted per visit only
        // A visit's own values (source, country, browser, entry page…) are fixed for the
        // whole visit, so they can only be new today when a visit starts or the day turns.
        if (isVisitDimension(dim) && !visitValuesMayBeNew)
            continue;
        const bool applies = isVisitDimension(dim)
            || (dim == Dimension::Page && event.kind == EventKind::Pageview)
            || (dim == Dimension::Hostname)
            || (dim == Dimension::EventName && event.kind == EventKind::Custom);
        if (!applies)
            continue;
        const quint64 h = dimensionHash(event, dim, size_t(0x9e3779b97f4a7c15ull * (d + 1)));
        if (insertOnce(v.seenToday, (h & ~quint64(0xff)) | quint64(d), m_limits.maxValuesPerDay))
            event.newDimensions |= 1u << d;
    }
}

bool Sessionizer::apply(Event &event, quint64 yesterdayVisitor, const LocalSlot &slot)
{
    auto it = m_visitors.find({event.siteId, event.visitor});
    if (it == m_visitors.end() && yesterdayVisitor != 0) {
        // Midnight passed during a visit: the salt changed, so the same person now has a
        // new id. Continue the visit if it is still running, under the new key but with
        // the id it was stored with.
        const auto old = m_visitors.constFind({event.siteId, yesterdayVisitor});
        if (old != m_visitors.constEnd() && old->visitStart >= 0
            && event.ts - old->lastSeen <= m_timeout) {
            Visitor moved = old.value();
            m_visitors.erase(old);
            it = m_visitors.emplace(Key {event.siteId, event.visitor}, std::move(moved));
        }
    }
    if (it == m_visitors.end()) {
        if (event.kind == EventKind::Engagement)
            return false;
        if (m_visitors.size() >= m_limits.maxVisitors)
            evictLeastRecentlySeen();
        Visitor fresh;
        fresh.storedId = event.visitor;
        fresh.day = slot.day - 1; // forces the "new today" flags below
        fresh.hourStart = slot.hourStart - 1;
        it = m_visitors.emplace(Key {event.siteId, event.visitor}, std::move(fresh));
    }
    Visitor &v = it.value();
    event.visitor = v.storedId;
    event.flags = 0;
    event.bounceDelta = 0;
    event.durationDelta = 0;
    event.exitChanged = false;
    event.previousExitPath.clear();
    event.newDimensions = 0;

    // Timestamps never run backwards within a visitor (the queue may reorder by a few ms).
    if (event.ts < v.lastSeen)
        event.ts = v.lastSeen;

    const bool visitRunning = v.visitStart >= 0 && event.ts - v.lastSeen <= m_timeout;

    if (event.kind == EventKind::Vitals) {
        // Measurements, not activity: they neither start nor extend a visit.
        event.visitStart = visitRunning ? v.visitStart : event.ts;
        event.entryPath = visitRunning ? v.entryPath : event.path;
        if (visitRunning)
            event.acquisition = acquisitionOf(v);
        return true;
    }
    if (event.kind == EventKind::Engagement) {
        if (!visitRunning)
            return false;
        event.visitStart = v.visitStart;
        event.entryPath = v.entryPath;
        event.acquisition = acquisitionOf(v);
        event.durationDelta = event.ts - v.lastSeen;
        v.lastSeen = event.ts;
        return true;
    }

    if (slot.day != v.day) {
        v.day = slot.day;
        v.seenToday.clear();
        event.flags |= EventFlag::NewVisitorToday;
    }
    if (slot.hourStart != v.hourStart) {
        v.hourStart = slot.hourStart;
        event.flags |= EventFlag::NewVisitorHour;
    }

    const bool wasBounce = visitRunning && bounced(v);
    if (!visitRunning) {
        v.visitStart = event.ts;
        v.lastSeen = event.ts;
        v.pageviews = 0;
        v.interacted = false;
        v.entryPath = m_strings.share(event.path);
        v.exitPath.clear();
        v.acquisition = shared(event.acquisition);
        v.pagesInVisit.clear();
        event.flags |= EventFlag::VisitStart;
    } else {
        event.durationDelta = event.ts - v.lastSeen;
        v.lastSeen = event.ts;
    }

    if (event.kind == EventKind::Pageview) {
        ++v.pageviews;
        if (insertOnce(v.pagesInVisit, qHash(event.path), m_limits.maxPagesPerVisit))
            event.flags |= EventFlag::FirstPageInVisit;
        if (v.exitPath != event.path) {
            event.exitChanged = true;
            event.previousExitPath = v.exitPath;
            v.exitPath = m_strings.share(event.path);
        }
    } else if (event.kind == EventKind::Custom && event.interactive) {
        // An interactive event (a click, a sign-up) means the visitor did not bounce;
        // trackers mark background events non-interactive.
        v.interacted = true;
        event.flags |= EventFlag::Interactive;
    }
    event.bounceDelta = int(bounced(v)) - int(wasBounce);
    event.visitStart = v.visitStart;
    event.entryPath = v.entryPath;
    event.acquisition = acquisitionOf(v);
    markDimensions(v, event);
    return true;
}

} // namespace raycstr

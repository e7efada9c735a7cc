#include "ingest/sessionizer.h"

#include "core/visitpart.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace raycstr {

namespace {

// The low byte of a value in a visitor's set says what it is: a dimension's index for a
// value of the day, this for a page of the visit.
constexpr quint64 TagMask = 0xff;
constexpr quint64 VisitPageTag = 0x80;
static_assert(int(Dimension::Count) < int(VisitPageTag));

quint64 retagged(quint64 key, quint64 tag)
{
    return (key & ~TagMask) | tag;
}

// The parts of a visit (VisitPart) a later visit of the day may differ in, as bits. Total
// has one value, new on the day's first visit only: no bit.
constexpr quint32 bitOf(VisitPart part)
{
    return 1u << int(part);
}

quint32 partBit(Dimension dim)
{
    const VisitPart part = visitPartOf(dim);
    return part == VisitPart::None || part == VisitPart::Total ? 0 : bitOf(part);
}

} // namespace

QString Sessionizer::CompactString::operator()(const QString &s) const
{
    // A copy of exactly the string's size: `s` may sit in a larger buffer (a decoded
    // request), which the pool must not keep alive.
    return QString(s.constData(), s.size());
}

Acquisition Sessionizer::CompactAcquisition::operator()(const Acquisition &a) const
{
    const CompactString c;
    return {c(a.source),      c(a.referrer),   c(a.utmSource), c(a.utmMedium),
            c(a.utmCampaign), c(a.utmContent), c(a.utmTerm)};
}

Sessionizer::Traits Sessionizer::CompactTraits::operator()(const Traits &t) const
{
    const CompactString c;
    return {{c(t.agent.browser), c(t.agent.browserVersion), c(t.agent.os), c(t.agent.osVersion),
             t.agent.device},
            c(t.country)};
}

Sessionizer::Sessionizer(qint64 timeoutSecs, Limits limits)
    : m_timeout(timeoutSecs)
    , m_limits(limits)
{ }

qsizetype Sessionizer::trackedValues(qint32 siteId, quint64 visitor) const
{
    const auto it = m_visitors.constFind({siteId, visitor});
    return it == m_visitors.constEnd() ? -1 : it->values.size();
}

bool Sessionizer::insertOnce(Visitor &v, quint64 value)
{
    if (v.values.contains(value))
        return false;
    if (v.values.size() < m_limits.maxValuesPerVisitor)
        v.values.insert(value);
    return true;
}

quint64 Sessionizer::valueKey(const Event &event, Dimension dim)
{
    const int d = int(dim);
    const quint64 h = dimensionHash(event, dim, size_t(0x9e3779b97f4a7c15ull * quint64(d + 1)));
    return retagged(h, quint64(d));
}

const Acquisition &Sessionizer::acquisitionOf(const Visitor &v) const
{
    return m_acquisitions.at(v.acquisition);
}

Sessionizer::Table::iterator Sessionizer::forget(Table::iterator it)
{
    const Visitor &v = it.value();
    m_paths.release(v.entryPath);
    m_paths.release(v.exitPath);
    m_acquisitions.release(v.acquisition);
    m_traits.release(v.traits);
    return m_visitors.erase(it);
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
            it = forget(it);
            ++dropped;
        } else {
            ++it;
        }
    }
}

void Sessionizer::startDay(Visitor &v, bool visitRunning)
{
    if (!visitRunning) {
        v.values.clear();
        return;
    }
    // A visit running across midnight: its pages stay its own, the rest was yesterday's.
    const bool pagesAreTodays = v.pagesAreTodays;
    v.values.rebuild([pagesAreTodays](quint64 key) -> std::optional<quint64> {
        if ((key & TagMask) == VisitPageTag)
            return key;
        if (pagesAreTodays && (key & TagMask) == quint64(Dimension::Page))
            return retagged(key, VisitPageTag);
        return std::nullopt;
    });
    v.pagesAreTodays = false;
}

void Sessionizer::storeVisitValues(qint32 siteId, Visitor &v, quint32 groups)
{
    Event visit; // the running visit, as its values were counted (see markDimensions)
    visit.siteId = siteId;
    visit.entryPath = m_paths.at(v.entryPath);
    visit.acquisition = m_acquisitions.at(v.acquisition);
    const Traits &traits = m_traits.at(v.traits);
    visit.agent = traits.agent;
    visit.country = traits.country;
    for (int d = 0; d < int(Dimension::Count); ++d) {
        if (partBit(Dimension(d)) & groups)
            insertOnce(v, valueKey(visit, Dimension(d)));
    }
}

quint32 Sessionizer::startVisit(Visitor &v, const Event &event, bool firstOfDay)
{
    const Id entry = m_paths.acquire(event.path);
    const Id way = m_acquisitions.acquire(event.acquisition);
    const Id traits = m_traits.acquire({event.agent, event.country});
    quint32 changed = 0;
    if (!firstOfDay) {
        changed = (entry != v.entryPath ? bitOf(VisitPart::Entry) : 0)
            | (way != v.acquisition ? bitOf(VisitPart::Acquisition) : 0)
            | (traits != v.traits ? bitOf(VisitPart::Agent) : 0);
        // The set holds the values of the day's earlier visits but the last one's; those
        // this visit shares need not enter it (this visit stands for them now).
        storeVisitValues(event.siteId, v, changed);
    }
    m_paths.release(v.entryPath);
    m_acquisitions.release(v.acquisition);
    m_traits.release(v.traits);
    v.entryPath = entry;
    v.acquisition = way;
    v.traits = traits;
    return changed;
}

void Sessionizer::markDimensions(Visitor &v, Event &event, quint64 pageKey, quint32 changedGroups)
{
    event.newDimensions = 0;
    const bool newToday = event.hasFlag(EventFlag::NewVisitorToday);
    const bool visitStart = event.hasFlag(EventFlag::VisitStart);
    for (int d = 0; d < int(Dimension::Count); ++d) {
        const auto dim = Dimension(d);
        if (dim == Dimension::ExitPage)
            continue; // exits move with every pageview; they are counted per visit only
        if (isVisitDimension(dim)) {
            // A visit's own values (source, country, browser, entry page…) are fixed for
            // the whole visit, so they can only be new today when a visit starts or the day
            // turns. On the day's first visit they are new (nothing else was seen today); a
            // later visit's are new only in the groups that changed, and only when none of
            // the earlier visits had them (startVisit put those into the set).
            if (newToday
                || (visitStart && (partBit(dim) & changedGroups)
                    && !v.values.contains(valueKey(event, dim))))
                event.newDimensions |= 1u << d;
            continue;
        }
        quint64 key = 0;
        if (dim == Dimension::Page && event.kind == EventKind::Pageview)
            key = pageKey;
        else if (dim == Dimension::Hostname
                 || (dim == Dimension::EventName && event.kind == EventKind::Custom))
            key = valueKey(event, dim);
        else
            continue;
        if (insertOnce(v, key))
            event.newDimensions |= 1u << d;
    }
}

bool Sessionizer::apply(Event &event, quint64 yesterdayVisitor, const LocalSlot &slot,
                        bool startsVisit)
{
    auto it = m_visitors.find({event.siteId, event.visitor});
    if (it == m_visitors.end() && yesterdayVisitor != 0) {
        // Midnight passed during a visit: the salt changed, so the same person now has a
        // new id. Continue the visit if it is still running, under the new key but with
        // the id it was stored with.
        const auto old = m_visitors.find({event.siteId, yesterdayVisitor});
        if (old != m_visitors.end() && old->visitAge >= 0
            && event.ts - old->lastSeen <= m_timeout) {
            Visitor moved = std::move(old.value());
            m_visitors.erase(old); // its pool ids move with it
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
        fresh.day = qint32(slot.day - 1); // forces the "new today" flags below
        fresh.hour = quint32(slot.hourStart - 1);
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

    const bool visitRunning = v.visitAge >= 0 && event.ts - v.lastSeen <= m_timeout
        && !(startsVisit && (event.kind == EventKind::Pageview || event.kind == EventKind::Custom));
    const auto extendVisit = [&] {
        event.durationDelta = event.ts - v.lastSeen;
        const qint64 age = qint64(v.visitAge) + event.durationDelta;
        // A visit of 68 years keeps its start where it was, give or take the overflow.
        v.visitAge = qint32(std::min<qint64>(age, std::numeric_limits<qint32>::max()));
        v.lastSeen = event.ts;
    };

    if (event.kind == EventKind::Vitals) {
        // Measurements, not activity: they neither start nor extend a visit.
        event.visitStart = visitRunning ? v.visitStart() : event.ts;
        event.entryPath = visitRunning ? m_paths.at(v.entryPath) : event.path;
        if (visitRunning)
            event.acquisition = acquisitionOf(v);
        return true;
    }
    if (event.kind == EventKind::Engagement) {
        if (!visitRunning)
            return false;
        event.visitStart = v.visitStart();
        event.entryPath = m_paths.at(v.entryPath);
        event.acquisition = acquisitionOf(v);
        extendVisit();
        return true;
    }

    if (slot.day != v.day) {
        v.day = qint32(slot.day);
        startDay(v, visitRunning);
        event.flags |= EventFlag::NewVisitorToday;
        if (visitRunning) {
            // The visit's values count again for the new day, with this event's traits.
            const Id traits = m_traits.acquire({event.agent, event.country});
            m_traits.release(v.traits);
            v.traits = traits;
        }
    }
    if (quint32(slot.hourStart) != v.hour) {
        v.hour = quint32(slot.hourStart);
        event.flags |= EventFlag::NewVisitorHour;
    }

    const bool wasBounce = visitRunning && bounced(v);
    quint32 changedGroups = 0;
    if (!visitRunning) {
        const bool firstOfDay = event.hasFlag(EventFlag::NewVisitorToday);
        if (!firstOfDay) {
            if (!v.pagesAreTodays) {
                v.values.rebuild([](quint64 key) -> std::optional<quint64> {
                    if ((key & TagMask) == VisitPageTag)
                        return std::nullopt; // the last visit's pages
                    return key;
                });
            }
        }
        changedGroups = startVisit(v, event, firstOfDay);
        v.pagesAreTodays = firstOfDay;
        v.visitAge = 0;
        v.lastSeen = event.ts;
        v.pageviews = 0;
        v.interacted = false;
        m_paths.release(v.exitPath);
        v.exitPath = 0;
        event.flags |= EventFlag::VisitStart;
    } else {
        extendVisit();
    }

    quint64 pageKey = 0;
    if (event.kind == EventKind::Pageview) {
        if (v.pageviews < std::numeric_limits<quint16>::max())
            ++v.pageviews;
        pageKey = valueKey(event, Dimension::Page);
        // On the day's first visit the day's Page values (markDimensions adds this one)
        // are the visit's pages; otherwise the visit keeps its own.
        const bool firstInVisit = v.pagesAreTodays ? !v.values.contains(pageKey)
                                                   : insertOnce(v, retagged(pageKey, VisitPageTag));
        if (firstInVisit)
            event.flags |= EventFlag::FirstPageInVisit;
        const QString &exitPath = m_paths.at(v.exitPath);
        if (exitPath != event.path) {
            event.exitChanged = true;
            event.previousExitPath = exitPath;
            const Id exit = m_paths.acquire(event.path);
            m_paths.release(v.exitPath);
            v.exitPath = exit;
        }
    } else if (event.kind == EventKind::Custom && event.interactive) {
        // An interactive event (a click, a sign-up) means the visitor did not bounce;
        // trackers mark background events non-interactive.
        v.interacted = true;
        event.flags |= EventFlag::Interactive;
    }
    event.bounceDelta = int(bounced(v)) - int(wasBounce);
    event.visitStart = v.visitStart();
    event.entryPath = m_paths.at(v.entryPath);
    event.acquisition = acquisitionOf(v);
    markDimensions(v, event, pageKey, changedGroups);
    return true;
}

} // namespace raycstr

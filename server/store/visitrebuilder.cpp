#include "store/visitrebuilder.h"

namespace raycstr {

void VisitRebuilder::apply(Event &event)
{
    event.bounceDelta = 0;
    event.durationDelta = 0;
    // Visits that ended two time-outs ago cannot be continued (the sessionizer starts a new
    // one after one time-out): let them go now and then.
    if (event.ts - m_lastPrune > m_timeout) {
        m_lastPrune = event.ts;
        m_visits.removeIf([&](QHash<quint64, Visit>::iterator v) {
            return event.ts - v->lastSeen > 2 * m_timeout;
        });
    }
    auto it = m_visits.find(event.visitor);
    const bool known = it != m_visits.end() && it->start == event.visitStart;
    if (event.kind == EventKind::Vitals) {
        event.entryPath = known ? it->entryPath : event.path;
        return;
    }
    const bool starts
        = event.kind != EventKind::Engagement && (event.flags & EventFlag::VisitStart) != 0;
    if (starts || !known) {
        Visit v;
        v.start = event.visitStart;
        v.lastSeen = starts ? event.ts : event.visitStart;
        // Without its first event (cut by retention) the visit's entry page is unknown.
        if (starts)
            v.entryPath = event.path;
        it = m_visits.insert(event.visitor, v);
    }
    Visit &v = it.value();
    const bool wasBounce = starts || !known ? false : v.bounced();
    event.durationDelta = qMax<qint64>(0, event.ts - v.lastSeen);
    v.lastSeen = qMax(v.lastSeen, event.ts);
    event.entryPath = v.entryPath;
    if (event.kind == EventKind::Engagement)
        return;
    if (event.kind == EventKind::Pageview)
        ++v.pageviews;
    else if (event.kind == EventKind::Custom && (event.flags & EventFlag::Interactive))
        v.interacted = true;
    event.bounceDelta = int(v.bounced()) - int(wasBounce);
}

} // namespace raycstr

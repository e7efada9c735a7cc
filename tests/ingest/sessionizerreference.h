#pragma once

// A naive sessionizer for tst_sessionizer to compare the real one with: the rules of
// Sessionizer written the plain way, with whole strings in QSets and no memory tricks
// (visits, bounce, duration, exit pages, and "new today" per dimension value). It has no
// caps and no table limit, so traffic compared with it must stay under the real one's.

#include "core/event.h"

#include <QHash>
#include <QSet>

namespace raycstr::test {

class SessionizerReference
{
public:
    explicit SessionizerReference(qint64 timeoutSecs)
        : m_timeout(timeoutSecs)
    { }

    // The same contract as Sessionizer::apply() (one site, no change of salt).
    bool apply(Event &e, const LocalSlot &slot)
    {
        const auto it = m_visitors.find(e.visitor);
        if (it == m_visitors.end() && e.kind == EventKind::Engagement)
            return false;
        Visitor &v = it != m_visitors.end() ? it.value() : m_visitors[e.visitor];
        e.flags = 0;
        e.bounceDelta = 0;
        e.durationDelta = 0;
        e.exitChanged = false;
        e.previousExitPath.clear();
        e.newDimensions = 0;
        e.ts = std::max(e.ts, v.lastSeen);
        const bool running = v.visitStart >= 0 && e.ts - v.lastSeen <= m_timeout;
        if (e.kind == EventKind::Vitals) {
            e.visitStart = running ? v.visitStart : e.ts;
            e.entryPath = running ? v.entryPath : e.path;
            if (running)
                e.acquisition = v.acquisition;
            return true;
        }
        if (e.kind == EventKind::Engagement) {
            if (!running)
                return false;
            e.visitStart = v.visitStart;
            e.entryPath = v.entryPath;
            e.acquisition = v.acquisition;
            e.durationDelta = e.ts - v.lastSeen;
            v.lastSeen = e.ts;
            return true;
        }
        if (!v.known || slot.day != v.day) {
            v.day = slot.day;
            v.seenToday.clear();
            e.flags |= EventFlag::NewVisitorToday;
        }
        if (!v.known || slot.hourStart != v.hourStart) {
            v.hourStart = slot.hourStart;
            e.flags |= EventFlag::NewVisitorHour;
        }
        v.known = true;
        const bool wasBounce = running && v.bounced();
        if (!running) {
            v.visitStart = e.ts;
            v.pageviews = 0;
            v.interacted = false;
            v.entryPath = e.path;
            v.exitPath.clear();
            v.acquisition = e.acquisition;
            v.pagesInVisit.clear();
            e.flags |= EventFlag::VisitStart;
        } else {
            e.durationDelta = e.ts - v.lastSeen;
        }
        v.lastSeen = e.ts;
        if (e.kind == EventKind::Pageview) {
            ++v.pageviews;
            if (!v.pagesInVisit.contains(e.path)) {
                v.pagesInVisit.insert(e.path);
                e.flags |= EventFlag::FirstPageInVisit;
            }
            if (v.exitPath != e.path) {
                e.exitChanged = true;
                e.previousExitPath = v.exitPath;
                v.exitPath = e.path;
            }
        } else if (e.kind == EventKind::Custom && e.interactive) {
            v.interacted = true;
            e.flags |= EventFlag::Interactive;
        }
        e.bounceDelta = int(v.bounced()) - int(wasBounce);
        e.visitStart = v.visitStart;
        e.entryPath = v.entryPath;
        e.acquisition = v.acquisition;
        const bool visitValuesMayBeNew
            = e.hasFlag(EventFlag::VisitStart) || e.hasFlag(EventFlag::NewVisitorToday);
        for (int d = 0; d < int(Dimension::Count); ++d) {
            const auto dim = Dimension(d);
            const bool applies = dim != Dimension::ExitPage
                && (isVisitDimension(dim)
                        ? visitValuesMayBeNew
                        : (dim == Dimension::Page && e.kind == EventKind::Pageview)
                            || dim == Dimension::Hostname
                            || (dim == Dimension::EventName && e.kind == EventKind::Custom));
            if (!applies)
                continue;
            const QString key = QString::number(d) + QLatin1Char('|') + dimensionValue(e, dim);
            if (!v.seenToday.contains(key)) {
                v.seenToday.insert(key);
                e.newDimensions |= 1u << d;
            }
        }
        return true;
    }

private:
    struct Visitor
    {
        bool known = false;
        qint64 day = 0;
        qint64 hourStart = 0;
        qint64 visitStart = -1;
        qint64 lastSeen = 0;
        int pageviews = 0;
        bool interacted = false;
        QString entryPath;
        QString exitPath;
        Acquisition acquisition;
        QSet<QString> pagesInVisit;
        QSet<QString> seenToday; // "dimension|value"
        bool bounced() const { return pageviews <= 1 && !interacted; }
    };
    QHash<quint64, Visitor> m_visitors;
    qint64 m_timeout;
};

} // namespace raycstr::test

#pragma once

#include "core/event.h"
#include "ingest/sessionizer.h"

#include <QHash>

namespace raycstr {

// The sessionizer's per-visit bookkeeping that the SQLite store keeps in its rollups but not
// per event — the visit's entry page, the bounce and duration deltas — made again from a
// site's stored events, read in their stored order (SqliteEventStore::readEvents). Used by
// `migrate`, whose ClickHouse rows carry these per event.
//
// What is stored decides, not a new sessionizer run: the event's flags (VisitStart,
// Interactive) and its visit's start (visit_age) say which visit it belongs to, as the
// sessionizer said when it arrived, so a restart, a full visitor table or another time out
// back then is kept as it was. Per visit, in stored order:
// - a visit's entry page is the path of its first event (the one flagged VisitStart);
// - bounce: +1 when the visit starts bouncing, −1 when it stops (a second pageview, an
//   interactive custom event), so the deltas of a visit add up to "it bounced";
// - duration: each pageview, custom event or engagement ping adds the seconds since the
//   visit's previous one, so the deltas add up to last − first;
// - a Web Vitals sample gets the entry page of the visit it was measured in (the visitor's
//   running visit with the start stored for it), or its own path when there was none;
//   no deltas.
// The stored seconds are the ones the deltas use (the SQLite raw scan counts the same way).
// A visit whose first events are gone (retention cut it) has no entry page, and its bounce
// counts from its first kept event.
//
// Memory: one small record per visitor seen within the last two visit time-outs.
class VisitRebuilder
{
public:
    explicit VisitRebuilder(qint64 timeoutSecs = Sessionizer::DefaultTimeoutSecs)
        : m_timeout(timeoutSecs)
    { }

    // Fills in entryPath, bounceDelta and durationDelta of the site's next stored event.
    void apply(Event &event);
    // Forgets everything (another site, or a gap in the events read).
    void clear()
    {
        m_visits.clear();
        m_lastPrune = 0;
    }

private:
    struct Visit
    {
        qint64 start = 0;
        qint64 lastSeen = 0; // the last pageview, custom event or engagement ping
        QString entryPath;
        int pageviews = 0;
        bool interacted = false;
        bool bounced() const { return pageviews <= 1 && !interacted; }
    };

    qint64 m_timeout;
    QHash<quint64, Visit> m_visits; // by stored visitor id: the visitor's latest visit
    qint64 m_lastPrune = 0;
};

} // namespace raycstr

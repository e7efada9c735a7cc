#pragma once

#include "core/event.h"
#include "core/sitetime.h"
#include "ingest/sessionizer.h"
#include "ingest/visitorhasher.h"

#include <QHash>
#include <QTimeZone>

namespace raycstr {

class Clock;
class GeoIp;
class ReferrerSpamFilter;
class SaltStore;
class UserAgentParser;

enum class DropReason : quint8 { None = 0, Bot, InvalidUrl, NoVisit, ReferrerSpam, Count };
QString dropReasonName(DropReason reason);

// The privacy pipeline, per hit and in this order: bot filter, UA → browser/OS/device,
// IP → country, referrer → source (referrer spam dropped), URL → host + path, visitor hash with the
// daily salt, then the sessionizer. The Hit (with its IP and User-Agent) is consumed; the Event
// that comes out carries neither. Runs on the writer thread only.
class Pipeline
{
public:
    Pipeline(const Clock *clock, GeoIp *geoIp, UserAgentParser *userAgents, SaltStore *salts,
             qint64 sessionTimeoutSecs = Sessionizer::DefaultTimeoutSecs);

    void setSiteTimeZone(qint32 siteId, const QTimeZone &zone);
    // Referrer spam (default: the embedded list alone); must outlive the pipeline.
    void setReferrerSpamFilter(const ReferrerSpamFilter *filter) { m_referrerSpam = filter; }
    SiteTime &siteTime(qint32 siteId);

    // Returns false (with the reason) when the hit is dropped.
    bool process(Hit &&hit, Event *out, DropReason *reason);

    // Feeds an already stored event back through the sessionizer, to rebuild its state
    // after a restart (today's visitors and running visits). Nothing is emitted.
    void replay(Event &storedEvent);

    // Forgets visitors whose day is over and whose visit ended, and drops salts older
    // than 48 hours. Call every minute or so.
    void maintain();

    const Sessionizer &sessionizer() const { return m_sessions; }

private:
    const Clock *m_clock;
    GeoIp *m_geoIp;
    UserAgentParser *m_userAgents;
    SaltStore *m_salts;
    const ReferrerSpamFilter *m_referrerSpam;
    VisitorHasher m_hasher;
    Sessionizer m_sessions;
    QHash<qint32, SiteTime> m_siteTimes;
};

constexpr qint64 SaltLifetimeSecs = 48 * 3600;

} // namespace raycstr

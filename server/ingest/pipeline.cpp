#include "ingest/pipeline.h"

#include "core/clock.h"
#include "ingest/geoip.h"
#include "ingest/referrerparser.h"
#include "ingest/referrerspamfilter.h"
#include "ingest/saltstore.h"
#include "ingest/useragentparser.h"

namespace raycstr {

QString dropReasonName(DropReason reason)
{
    switch (reason) {
    case DropReason::Bot:
        return QStringLiteral("bot");
    case DropReason::InvalidUrl:
        return QStringLiteral("invalid_url");
    case DropReason::NoVisit:
        return QStringLiteral("no_visit");
    case DropReason::ReferrerSpam:
        return QStringLiteral("referrer_spam");
    default:
        return QString();
    }
}

Pipeline::Pipeline(const Clock *clock, GeoIp *geoIp, UserAgentParser *userAgents, SaltStore *salts,
                   qint64 sessionTimeoutSecs)
    : m_clock(clock)
    , m_geoIp(geoIp)
    , m_userAgents(userAgents)
    , m_salts(salts)
    , m_referrerSpam(&ReferrerSpamFilter::standard())
    , m_hasher(salts)
    , m_sessions(sessionTimeoutSecs)
{ }

void Pipeline::setSiteTimeZone(qint32 siteId, const QTimeZone &zone)
{
    m_siteTimes.insert(siteId, SiteTime(zone));
}

SiteTime &Pipeline::siteTime(qint32 siteId)
{
    auto it = m_siteTimes.find(siteId);
    if (it == m_siteTimes.end())
        it = m_siteTimes.insert(siteId, SiteTime());
    return it.value();
}

bool Pipeline::process(Hit &&hit, Event *out, DropReason *reason)
{
    *reason = DropReason::None;
    UserAgentInfo ua;
    const Hit::Resolved *resolved = hit.resolved.get();
    if (resolved)
        ua.agent = resolved->agent; // resolved by the import's source, which dropped its bots
    else
        ua = m_userAgents->parse(hit.userAgent);
    if (ua.isBot) {
        *reason = DropReason::Bot;
        return false;
    }
    const PageUrl page = parsePageUrl(hit.url, hit.hashMode);
    if (!page.valid) {
        *reason = DropReason::InvalidUrl;
        return false;
    }

    Event &e = *out;
    e = Event();
    e.siteId = hit.siteId;
    e.ts = hit.timestampMs / 1000;
    e.kind = hit.kind;
    e.hostname = page.hostname;
    e.path = page.path;
    e.acquisition = classifyAcquisition(hit.referrer, page);
    if (m_referrerSpam->isSpam(e.acquisition.referrer)) {
        *reason = DropReason::ReferrerSpam;
        return false;
    }
    e.agent = ua.agent;
    e.country = resolved ? resolved->country : m_geoIp->countryCode(hit.ip);
    e.name = std::move(hit.name);
    e.props = std::move(hit.props);
    e.value = hit.value;
    e.hasValue = hit.hasValue;
    e.interactive = hit.interactive;

    SiteTime &time = siteTime(e.siteId);
    const LocalSlot slot = time.slot(e.ts);
    const auto ids = m_hasher.ids(e.siteId, hit.ip, resolved ? resolved->visitorKey : hit.userAgent,
                                  slot.day, e.ts);
    const bool startsVisit = resolved && resolved->startsVisit;
    // From here on the hit's IP and User-Agent are not needed: wipe them now rather than
    // whenever the caller drops the hit.
    hit.ip.clear();
    hit.userAgent.clear();
    hit.resolved.reset();
    e.visitor = ids.today;
    if (!m_sessions.apply(e, ids.yesterday, slot, startsVisit)) {
        *reason = DropReason::NoVisit;
        return false;
    }
    e.slot = time.slot(e.ts); // the sessionizer may have moved ts forward by a second or so
    e.visitSlot = e.visitStart == e.ts ? e.slot : time.slot(e.visitStart);
    return true;
}

void Pipeline::replay(Event &e)
{
    // The stored id is the key: the sessionizer reaches the same state as when the events
    // first came in, because it is deterministic in (id, time, kind, path, acquisition).
    m_sessions.apply(e, 0, siteTime(e.siteId).slot(e.ts));
}

void Pipeline::maintain()
{
    const qint64 now = m_clock->nowSecs();
    m_sessions.expire(now, [&](qint32 siteId) { return siteTime(siteId).slot(now).day; });
    if (m_salts->deleteSaltsCreatedBefore(now - SaltLifetimeSecs) > 0)
        m_hasher.clearCache();
}

} // namespace raycstr

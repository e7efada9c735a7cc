#pragma once

#include "core/sitetime.h"

#include <QHashFunctions>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <memory>

namespace raycstr {

enum class EventKind : quint8 {
    Pageview = 0,
    Custom = 1, // a named custom event (sign-up, purchase…)
    Vitals = 2, // one Web Vitals metric: name = LCP|CLS|INP|TTFB|FCP, value
    Engagement = 3, // the tracker's "leaving the page" ping: extends the visit's duration
};

enum class DeviceType : quint8 { Unknown = 0, Desktop, Mobile, Tablet };

QString deviceTypeName(DeviceType type);

struct Property
{
    QString key;
    QString value;
    friend bool operator==(const Property &, const Property &) = default;
};

// Limits shared by every wire format, so no format can smuggle in more than another.
namespace Limits {
constexpr qsizetype MaxBodyBytes = 64 * 1024;
constexpr qsizetype MaxEventsPerBatch = 100;
constexpr qsizetype MaxProps = 30;
constexpr qsizetype MaxUrlLength = 2000;
constexpr qsizetype MaxNameLength = 120;
constexpr qsizetype MaxPropKeyLength = 120;
constexpr qsizetype MaxPropValueLength = 2000;
constexpr qsizetype MaxDomainLength = 253;
} // namespace Limits

struct Agent
{
    QString browser;
    QString browserVersion; // major version
    QString os;
    QString osVersion;
    DeviceType device = DeviceType::Unknown;
    friend bool operator==(const Agent &, const Agent &) = default;
};

// What the collector accepted: one hit in any wire format, before the privacy pipeline.
// `ip` and `userAgent` exist only in memory: the pipeline derives country, device and the
// visitor hash from them, then the hit is dropped. Nothing here is ever written to disk.
struct Hit
{
    EventKind kind = EventKind::Pageview;
    qint32 siteId = 0;
    qint64 timestampMs = 0; // when the collector received it (server clock)
    QString name; // custom event name, or the Web Vitals metric name
    QString url; // full page URL as sent by the tracker
    QString referrer; // full referrer URL, may be empty
    QList<Property> props;
    double value = 0; // Web Vitals metric value; engagement time in ms
    bool hasValue = false;
    int screenWidth = 0;
    bool interactive = true; // false for events that must not end a bounce
    bool hashMode = false; // the site routes by #fragment: keep it in the path
    QHostAddress ip;
    QByteArray userAgent;
    // Set only by an import whose source never had (or no longer has) an address and a
    // User-Agent, but already resolved what the pipeline would derive from them. Behind a
    // pointer, so live hits (queued by the thousand) stay as small as they were.
    struct Resolved
    {
        QByteArray visitorKey; // the source's visitor/session id, hashed instead of IP + UA
        QString country; // ISO code, used instead of a GeoIP lookup
        Agent agent; // used instead of parsing `userAgent` (the source dropped its bots)
        // The source's own visits (Umami's visit_id): this hit begins one, even within
        // the sessionizer's 30 minutes of the visitor's last event.
        bool startsVisit = false;
    };
    std::shared_ptr<const Resolved> resolved;
};

// The visit's acquisition: decided by the visit's first event and copied onto every event
// of the visit, so "pageviews from Google" is a plain filter on raw events.
struct Acquisition
{
    QString source; // "Google", "Twitter", a referrer host, or empty for direct
    QString referrer; // referrer host + path, without query
    QString utmSource;
    QString utmMedium;
    QString utmCampaign;
    QString utmContent;
    QString utmTerm;
    friend bool operator==(const Acquisition &, const Acquisition &) = default;
    friend size_t qHash(const Acquisition &a, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, a.source, a.referrer, a.utmSource, a.utmMedium, a.utmCampaign,
                          a.utmContent, a.utmTerm);
    }
    bool isEmpty() const
    {
        return source.isEmpty() && referrer.isEmpty() && utmSource.isEmpty() && utmMedium.isEmpty()
            && utmCampaign.isEmpty() && utmContent.isEmpty() && utmTerm.isEmpty();
    }
};

// Per-event flags computed at ingest, so most metrics are plain sums.
namespace EventFlag {
constexpr quint32 NewVisitorToday = 1u << 0; // first event of this visitor in the site's day
constexpr quint32 VisitStart = 1u << 1; // first event of a visit
constexpr quint32 FirstPageInVisit = 1u << 2; // first view of this path within the visit
constexpr quint32 NewVisitorHour = 1u << 3; // first event of this visitor in this hour
constexpr quint32 Interactive = 1u << 4; // a custom event that ends a bounce
} // namespace EventFlag

// The dimensions that reports break down by. Values are strings (see dimensionValue()).
enum class Dimension : quint8 {
    Total = 0, // the site as a whole; value is empty
    Page,
    EntryPage,
    ExitPage,
    Hostname,
    Source,
    Referrer,
    UtmSource,
    UtmMedium,
    UtmCampaign,
    UtmContent,
    UtmTerm,
    Country,
    Device,
    Browser,
    BrowserVersion,
    Os,
    OsVersion,
    EventName,
    Count
};

// Dimensions that belong to the visit (fixed at its first event): bounce rate and duration
// are reported for these.
bool isVisitDimension(Dimension dim);
QString dimensionName(Dimension dim);

// An event after the privacy pipeline and the sessionizer: no IP, no User-Agent, a keyed
// visitor hash that lives one day, and everything the store needs to keep rollups exact.
struct Event
{
    qint32 siteId = 0;
    qint64 ts = 0; // seconds since the epoch, UTC
    quint64 visitor = 0; // 48-bit keyed hash, daily salt
    qint64 visitStart = 0; // ts of the visit's first event
    LocalSlot slot; // the event's day and hour in the site's time zone
    LocalSlot visitSlot; // the same for the visit's start (visits belong to the day they began)
    EventKind kind = EventKind::Pageview;
    quint32 flags = 0;
    QString hostname;
    QString path;
    QString entryPath; // the visit's entry page
    Acquisition acquisition;
    Agent agent;
    QString country; // ISO 3166-1 alpha-2, or empty
    QString name;
    QList<Property> props;
    double value = 0;
    bool hasValue = false;
    bool interactive = true;

    // Visit bookkeeping for the rollups, all attributed to the visit's start:
    quint32 newDimensions
        = 0; // bit per Dimension: first event of this visitor with that value today
    int bounceDelta
        = 0; // +1 when a visit starts (a one-page visit bounces), -1 when it stops bouncing
    qint64 durationDelta = 0; // seconds this event adds to the visit's duration
    QString previousExitPath; // set when this pageview moved the visit's exit page
    bool exitChanged = false;

    bool hasFlag(quint32 flag) const { return (flags & flag) != 0; }
};

// The value an event has for a dimension ("" when it has none, e.g. Page for a custom event).
QString dimensionValue(const Event &event, Dimension dim);
// qHash(dimensionValue(event, dim), seed) without building the string: the sessionizer
// asks this for every dimension of every event.
size_t dimensionHash(const Event &event, Dimension dim, size_t seed);

} // namespace raycstr

#include "core/event.h"

#include "core/visitpart.h"

namespace raycstr {

QString deviceTypeName(DeviceType type)
{
    switch (type) {
    case DeviceType::Desktop:
        return QStringLiteral("Desktop");
    case DeviceType::Mobile:
        return QStringLiteral("Mobile");
    case DeviceType::Tablet:
        return QStringLiteral("Tablet");
    case DeviceType::Unknown:
        break;
    }
    return QString();
}

VisitPart visitPartOf(Dimension dim)
{
    switch (dim) {
    case Dimension::Total:
        return VisitPart::Total;
    case Dimension::EntryPage:
        return VisitPart::Entry;
    case Dimension::Source:
    case Dimension::Referrer:
    case Dimension::UtmSource:
    case Dimension::UtmMedium:
    case Dimension::UtmCampaign:
    case Dimension::UtmContent:
    case Dimension::UtmTerm:
        return VisitPart::Acquisition;
    case Dimension::Country:
    case Dimension::Device:
    case Dimension::Browser:
    case Dimension::BrowserVersion:
    case Dimension::Os:
    case Dimension::OsVersion:
        return VisitPart::Agent;
    default:
        return VisitPart::None;
    }
}

bool isVisitDimension(Dimension dim)
{
    return visitPartOf(dim) != VisitPart::None;
}

QString dimensionName(Dimension dim)
{
    static const char *const names[]
        = {"total",           "page",     "entry_page", "exit_page",  "hostname",
           "source",          "referrer", "utm_source", "utm_medium", "utm_campaign",
           "utm_content",     "utm_term", "country",    "device",     "browser",
           "browser_version", "os",       "os_version", "event_name"};
    static_assert(std::size(names) == size_t(Dimension::Count));
    return QString::fromLatin1(names[int(dim)]);
}

static QString joinVersion(const QString &name, const QString &version)
{
    if (name.isEmpty())
        return QString();
    return version.isEmpty() ? name : name + QLatin1Char(' ') + version;
}

QString dimensionValue(const Event &e, Dimension dim)
{
    switch (dim) {
    case Dimension::Total:
        return QString();
    case Dimension::Page:
        return e.kind == EventKind::Pageview ? e.path : QString();
    case Dimension::EntryPage:
        return e.entryPath;
    case Dimension::ExitPage:
        return e.kind == EventKind::Pageview ? e.path : QString();
    case Dimension::Hostname:
        return e.hostname;
    case Dimension::Source:
        return e.acquisition.source;
    case Dimension::Referrer:
        return e.acquisition.referrer;
    case Dimension::UtmSource:
        return e.acquisition.utmSource;
    case Dimension::UtmMedium:
        return e.acquisition.utmMedium;
    case Dimension::UtmCampaign:
        return e.acquisition.utmCampaign;
    case Dimension::UtmContent:
        return e.acquisition.utmContent;
    case Dimension::UtmTerm:
        return e.acquisition.utmTerm;
    case Dimension::Country:
        return e.country;
    case Dimension::Device:
        return deviceTypeName(e.agent.device);
    case Dimension::Browser:
        return e.agent.browser;
    case Dimension::BrowserVersion:
        return joinVersion(e.agent.browser, e.agent.browserVersion);
    case Dimension::Os:
        return e.agent.os;
    case Dimension::OsVersion:
        return joinVersion(e.agent.os, e.agent.osVersion);
    case Dimension::EventName:
        return e.kind == EventKind::Custom ? e.name : QString();
    case Dimension::Count:
        break;
    }
    return QString();
}

size_t dimensionHash(const Event &e, Dimension dim, size_t seed)
{
    switch (dim) {
    case Dimension::BrowserVersion:
        return qHashMulti(seed, e.agent.browser, e.agent.browserVersion);
    case Dimension::OsVersion:
        return qHashMulti(seed, e.agent.os, e.agent.osVersion);
    case Dimension::Device:
        return qHash(int(e.agent.device), seed);
    default:
        return qHash(dimensionValue(e, dim), seed); // the other values exist as strings already
    }
}

} // namespace raycstr

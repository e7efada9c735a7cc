#include "ingest/useragentparser.h"

#include "ingest/botfilter.h"
#include "ingest/uapregexes.h"

#include <QHash>
#include <re2/re2.h>
#include <string_view>

namespace raycstr {

namespace {

bool contains(std::string_view haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string_view::npos;
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

// Android tablets whose UA may still carry "Mobile" (some apps' webviews do), recognised by
// uap-core's device model: Galaxy Tab (SM-T/SM-P/SM-X, GT-P), Nexus 7/9/10, Pixel C/Tablet,
// Kindle Fire, Lenovo Tab, Huawei MediaPad/MatePad, Xiaomi Pad.
bool isKnownTabletModel(std::string_view model)
{
    static const RE2 pattern(
        "^(?:SM-[TPX]\\d|GT-P\\d|Nexus (?:7|9|10)\\b|Pixel (?:C|Tablet)|KF[A-Z]"
        "|Kindle|Lenovo ?TB|TB-|MediaPad|MatePad|Xiaomi Pad)");
    return !model.empty()
        && RE2::PartialMatch(re2::StringPiece(model.data(), model.size()), pattern);
}

// uap-core knows browsers and OSes well but has no notion of form factor, so the device type
// combines its device/OS answer with the UA tokens browsers use to ask for mobile layouts.
DeviceType classifyDevice(std::string_view ua, std::string_view os, std::string_view device,
                          std::string_view brand, std::string_view model)
{
    // TVs and casting sticks: neither a phone nor a tablet, whatever else the UA says.
    if (contains(ua, "SMART-TV") || contains(ua, "SmartTV") || contains(ua, "Android TV")
        || contains(ua, "CrKey/")) {
        return DeviceType::Unknown;
    }
    if (device == "iPad" || startsWith(model, "iPad") || contains(ua, "iPad"))
        return DeviceType::Tablet;
    if (device == "Generic Tablet" || contains(ua, "Kindle") || contains(ua, "Silk/"))
        return DeviceType::Tablet;
    if (device == "iPhone" || device == "iPod" || startsWith(model, "iPhone")
        || contains(ua, "iPhone") || contains(ua, "iPod")) {
        return DeviceType::Mobile;
    }
    if (startsWith(os, "Windows Phone") || os == "Windows Mobile" || contains(ua, "Windows Phone")
        || contains(ua, "IEMobile")) {
        return DeviceType::Mobile;
    }
    if (os == "Android" || contains(ua, "Android")) {
        if (isKnownTabletModel(model) || contains(ua, "Tablet"))
            return DeviceType::Tablet;
        // Chrome, Samsung Internet and Firefox put "Mobile" in phone UAs and leave it out on
        // tablets; that is the signal Google documents for telling them apart.
        return contains(ua, "Mobile") ? DeviceType::Mobile : DeviceType::Tablet;
    }
    // Opera Mobi, Firefox OS/KaiOS ("Mobile;"), BlackBerry, Symbian and J2ME feature phones.
    if (contains(ua, "Mobi") || contains(ua, "Opera Mini") || contains(ua, "Symbian")
        || contains(ua, "Series40") || contains(ua, "Series60") || contains(ua, "MIDP")
        || device == "Generic Smartphone" || device == "Generic Feature Phone"
        || brand == "Generic_Android") {
        return DeviceType::Mobile;
    }
    const bool windows = startsWith(os, "Windows") && os != "Windows CE";
    // "RIM Tablet OS", "hp-tablet"; not Windows, whose desktop UAs may say "Tablet PC 2.0".
    if (!windows && (contains(ua, "Tablet") || contains(ua, "tablet")))
        return DeviceType::Tablet;
    if (windows || os == "Mac OS X" || os == "macOS" || os == "Chrome OS" || os == "Linux"
        || contains(ua, "Macintosh") || contains(ua, "X11;") || contains(ua, "X11)")
        || contains(ua, "CrOS ")) {
        return DeviceType::Desktop;
    }
    return DeviceType::Unknown;
}

// Major version only, except where the major alone says too little: macOS was "10" for nearly
// twenty years of releases (and Safari still freezes it at 10.15), and iOS/Android point
// releases are what people ask about when a bug only hits "iOS 17.1".
QString osVersion(std::string_view os, const std::string &major, const std::string &minor)
{
    if (major.empty())
        return QString();
    const bool withMinor
        = os == "Mac OS X" || os == "macOS" || os == "iOS" || os == "iPadOS" || os == "Android";
    if (withMinor && !minor.empty())
        return QString::fromStdString(major + '.' + minor);
    return QString::fromStdString(major);
}

QString familyOrEmpty(const std::string &family)
{
    // uap-core's "Other" is "unknown"; the dashboard groups unknowns under an empty value.
    if (family.empty() || family == "Other")
        return QString();
    return QString::fromStdString(family);
}

} // namespace

struct UserAgentParser::Private
{
    UserAgentInfo parseUncached(const QByteArray &userAgent) const;
    void remember(const QByteArray &userAgent, const UserAgentInfo &info);

    UapRegexes regexes;
    const BotFilter *botFilter = &BotFilter::standard();

    // Two generations instead of an LRU list: lookups try the young one, then the old one
    // (moving the hit to the young one); when the young one is full it replaces the old one.
    // O(1), no per-entry bookkeeping, at most `capacity` entries, and entries still in use
    // survive a rotation. Real traffic repeats a few thousand UAs, so this is enough.
    QHash<QByteArray, UserAgentInfo> young;
    QHash<QByteArray, UserAgentInfo> old;
    int capacity = 10000;
    qint64 hits = 0;
    qint64 misses = 0;
};

UserAgentInfo UserAgentParser::Private::parseUncached(const QByteArray &userAgent) const
{
    UserAgentInfo info;
    info.isBot = botFilter->isBot(userAgent);
    if (!regexes.isLoaded())
        return info;

    const std::string_view ua(userAgent.constData(), size_t(userAgent.size()));
    const UapRegexes::Result browser = regexes.match(UapRegexes::Section::UserAgent, ua);
    const UapRegexes::Result os = regexes.match(UapRegexes::Section::Os, ua);
    const UapRegexes::Result device = regexes.match(UapRegexes::Section::Device, ua);

    Agent &agent = info.agent;
    agent.browser = familyOrEmpty(browser.fields[0]);
    if (!agent.browser.isEmpty())
        agent.browserVersion = QString::fromStdString(browser.fields[1]);
    agent.os = familyOrEmpty(os.fields[0]);
    if (!agent.os.isEmpty())
        agent.osVersion = osVersion(os.fields[0], os.fields[1], os.fields[2]);
    agent.device
        = classifyDevice(ua, os.fields[0], device.fields[0], device.fields[1], device.fields[2]);

    // uap-core files crawlers it recognises (more than our token list) under "Spider".
    if (device.fields[0] == "Spider" || browser.fields[0] == "Spider")
        info.isBot = true;
    return info;
}

void UserAgentParser::Private::remember(const QByteArray &userAgent, const UserAgentInfo &info)
{
    if (capacity <= 0)
        return;
    if (young.size() >= qMax(1, capacity / 2)) {
        old = std::move(young);
        young = QHash<QByteArray, UserAgentInfo>();
    }
    young.insert(userAgent, info);
}

UserAgentParser::UserAgentParser()
    : d(std::make_unique<Private>())
{ }

UserAgentParser::~UserAgentParser() = default;

void UserAgentParser::setBotFilter(const BotFilter *filter)
{
    d->botFilter = filter;
    d->young.clear(); // cached verdicts came from the previous filter
    d->old.clear();
}

bool UserAgentParser::load(const QString &regexesYamlPath, QString *error)
{
    const bool ok = d->regexes.load(regexesYamlPath, error);
    // Cached answers may come from the previous table (or from none).
    d->young.clear();
    d->old.clear();
    return ok;
}

bool UserAgentParser::isLoaded() const
{
    return d->regexes.isLoaded();
}

UserAgentInfo UserAgentParser::parse(const QByteArray &userAgent)
{
    // Without uap-core there is only the bot filter: cheaper than a cache lookup.
    if (!d->regexes.isLoaded())
        return d->parseUncached(userAgent);

    if (d->capacity > 0) {
        const auto hit = d->young.constFind(userAgent);
        if (hit != d->young.constEnd()) {
            ++d->hits;
            return hit.value();
        }
        const auto oldHit = d->old.find(userAgent);
        if (oldHit != d->old.end()) {
            ++d->hits;
            const UserAgentInfo info = oldHit.value();
            d->old.erase(oldHit);
            d->remember(userAgent, info);
            return info;
        }
    }
    ++d->misses;
    const UserAgentInfo info = d->parseUncached(userAgent);
    d->remember(userAgent, info);
    return info;
}

void UserAgentParser::setCacheCapacity(int entries)
{
    d->capacity = entries;
    d->young.clear();
    d->old.clear();
}

qint64 UserAgentParser::cacheHits() const
{
    return d->hits;
}

qint64 UserAgentParser::cacheMisses() const
{
    return d->misses;
}

} // namespace raycstr

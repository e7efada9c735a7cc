#include "ingest/referrerparser.h"

#include <QHash>
#include <QStringView>

namespace raycstr {

namespace {

// The parts of "scheme://[userinfo@]host[:port][/path][?query][#fragment]" as views into
// the sent string. A manual split instead of QUrl: this runs for every event, QUrl
// allocates and normalises a lot we do not want (the path must stay as sent), and our
// accept/reject rules are stricter than QUrl's tolerant mode anyway.
struct UrlParts
{
    QStringView scheme;
    QStringView host; // as sent: not lower-cased, brackets kept for IPv6 literals
    QStringView path;
    QStringView query;
    QStringView fragment;
};

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isValidHostName(QStringView host)
{
    if (host.isEmpty())
        return false;
    if (host.front() == u'[') {
        // An IPv6 literal; the exact grammar does not matter for analytics, only that it
        // is not something else in disguise.
        if (host.size() < 3 || host.back() != u']')
            return false;
        for (QChar c : host.sliced(1, host.size() - 2)) {
            if (!isAsciiDigit(c) && !(c >= u'a' && c <= u'f') && !(c >= u'A' && c <= u'F')
                && c != u':' && c != u'.')
                return false;
        }
        return true;
    }
    QChar previous = u'.';
    for (QChar c : host) {
        if (c == u'.') {
            if (previous == u'.') // empty label (leading dot or "a..b")
                return false;
        } else if (!isAsciiAlpha(c) && !isAsciiDigit(c) && c != u'-' && c != u'_'
                   && c.unicode() < 0x80) {
            // Non-ASCII is let through: browsers send IDNs either as punycode or Unicode.
            return false;
        }
        previous = c;
    }
    return true;
}

bool splitUrl(QStringView url, UrlParts *parts)
{
    // Scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), then "://".
    qsizetype i = 0;
    const qsizetype n = url.size();
    if (n == 0 || !isAsciiAlpha(url[0]))
        return false;
    while (i < n
           && (isAsciiAlpha(url[i]) || isAsciiDigit(url[i]) || url[i] == u'+' || url[i] == u'-'
               || url[i] == u'.'))
        ++i;
    if (n - i < 3 || url[i] != u':' || url[i + 1] != u'/' || url[i + 2] != u'/')
        return false;
    parts->scheme = url.first(i);
    i += 3;

    qsizetype authorityEnd = i;
    while (authorityEnd < n && url[authorityEnd] != u'/' && url[authorityEnd] != u'?'
           && url[authorityEnd] != u'#')
        ++authorityEnd;
    QStringView authority = url.sliced(i, authorityEnd - i);
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0)
        authority = authority.sliced(at + 1);

    // The port is dropped, but it must be a port: "host:abc" is garbage, not a host.
    QStringView host = authority;
    const qsizetype bracket = authority.lastIndexOf(u']');
    const qsizetype colon = authority.lastIndexOf(u':');
    if (colon >= 0 && colon > bracket) {
        for (QChar c : authority.sliced(colon + 1)) {
            if (!isAsciiDigit(c))
                return false;
        }
        host = authority.first(colon);
    }
    if (host.endsWith(u'.') && host.size() > 1) // "example.com." is the same host
        host.chop(1);
    if (!isValidHostName(host))
        return false;
    parts->host = host;

    QStringView rest = url.sliced(authorityEnd);
    parts->fragment = {};
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0) {
        parts->fragment = rest.sliced(hash + 1);
        rest = rest.first(hash);
    }
    parts->query = {};
    if (const qsizetype question = rest.indexOf(u'?'); question >= 0) {
        parts->query = rest.sliced(question + 1);
        rest = rest.first(question);
    }
    parts->path = rest;
    return true;
}

// Lower case, a leading "www." label removed: how hostnames are compared and reported.
QString normalizedHost(QStringView host)
{
    if (host.size() > 4 && host.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
        host = host.sliced(4);
    for (QChar c : host) {
        // Beyond ASCII, QString::toLower decides: a letter can have a lower case without being
        // "upper case" to QChar (title case, or beyond U+FFFF as two UTF-16 units).
        if (c.unicode() >= 0x80 || (c >= u'A' && c <= u'Z'))
            return host.toString().toLower();
    }
    return host.toString();
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A query value as the user meant it: '+' is a space (form encoding, which is what
// links built by campaign tools use), then %XX as UTF-8. A '%' not followed by two hex
// digits stays as sent (QByteArray::fromPercentEncoding would eat it).
QString decodeQueryValue(QStringView value)
{
    if (!value.contains(u'%') && !value.contains(u'+'))
        return value.toString();
    const QByteArray utf8 = value.toUtf8();
    QByteArray decoded;
    decoded.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c == '+') {
            decoded += ' ';
        } else if (c == '%' && i + 2 < utf8.size() && hexValue(utf8[i + 1]) >= 0
                   && hexValue(utf8[i + 2]) >= 0) {
            decoded += char(hexValue(utf8[i + 1]) * 16 + hexValue(utf8[i + 2]));
            i += 2;
        } else {
            decoded += c;
        }
    }
    return QString::fromUtf8(decoded);
}

// Known referrer sites by registrable domain (also matching any subdomain), and brands that
// run a site per country ("google" matches google.com, google.de, google.co.uk…).
struct SourceRule
{
    QStringView domain;
    QStringView name;
};

constexpr SourceRule domainRules[] = {
    {u"bing.com", u"Bing"},
    {u"duckduckgo.com", u"DuckDuckGo"},
    {u"ya.ru", u"Yandex"},
    {u"baidu.com", u"Baidu"},
    {u"ecosia.org", u"Ecosia"},
    {u"search.brave.com", u"Brave"},
    {u"qwant.com", u"Qwant"},
    {u"startpage.com", u"Startpage"},
    {u"facebook.com", u"Facebook"},
    {u"fb.me", u"Facebook"},
    {u"fb.com", u"Facebook"},
    {u"instagram.com", u"Instagram"},
    {u"twitter.com", u"Twitter"},
    {u"t.co", u"Twitter"},
    {u"x.com", u"Twitter"},
    {u"linkedin.com", u"LinkedIn"},
    {u"lnkd.in", u"LinkedIn"},
    {u"reddit.com", u"Reddit"},
    {u"redd.it", u"Reddit"},
    {u"youtube.com", u"YouTube"},
    {u"youtu.be", u"YouTube"},
    {u"pin.it", u"Pinterest"},
    {u"news.ycombinator.com", u"Hacker News"},
    {u"github.com", u"GitHub"},
    {u"tiktok.com", u"TikTok"},
};

constexpr SourceRule brandRules[] = {
    {u"google", u"Google"},
    {u"yahoo", u"Yahoo!"},
    {u"yandex", u"Yandex"},
    {u"pinterest", u"Pinterest"},
};

// Android apps send "android-app://<package>/"; these packages are not the reverse of
// their brand's domain (most are, and go through the domain rules reversed).
constexpr SourceRule androidAppRules[] = {
    {u"com.google.android.youtube", u"YouTube"},
    {u"com.zhiliaoapp.musically", u"TikTok"},
    {u"com.ss.android.ugc.trill", u"TikTok"},
};

struct SourceTables
{
    // Keys view the static literals above; values are built once so callers share them.
    QHash<QStringView, QString> domains;
    QHash<QStringView, QString> brands;
    QHash<QStringView, QString> androidApps;

    SourceTables()
    {
        for (const SourceRule &r : domainRules)
            domains.insert(r.domain, r.name.toString());
        for (const SourceRule &r : brandRules)
            brands.insert(r.domain, r.name.toString());
        for (const SourceRule &r : androidAppRules)
            androidApps.insert(r.domain, r.name.toString());
    }
};

const SourceTables &sourceTables()
{
    static const SourceTables tables;
    return tables;
}

bool isTwoLetters(QStringView label)
{
    return label.size() == 2 && isAsciiAlpha(label[0]) && isAsciiAlpha(label[1]);
}

// What may follow a brand label: "com", a country code ("de"), or "co."/"com." plus a
// country code ("co.uk", "com.au"). Narrow on purpose, so "google.evil.com" is no Google.
bool isCountryTail(QStringView tail)
{
    if (tail == u"com" || isTwoLetters(tail))
        return true;
    const qsizetype dot = tail.indexOf(u'.');
    if (dot < 0)
        return false;
    const QStringView second = tail.first(dot);
    return (second == u"co" || second == u"com") && isTwoLetters(tail.sliced(dot + 1));
}

// `host` lower case, without "www.". Tries each label boundary from the left, so the most
// specific rule wins ("news.ycombinator.com" before a hypothetical "ycombinator.com").
QString knownSource(QStringView host)
{
    const SourceTables &tables = sourceTables();
    qsizetype start = 0;
    for (;;) {
        const QStringView suffix = host.sliced(start);
        if (auto it = tables.domains.constFind(suffix); it != tables.domains.cend())
            return it.value();
        const qsizetype dot = host.indexOf(u'.', start);
        if (dot < 0)
            return QString();
        if (auto it = tables.brands.constFind(host.sliced(start, dot - start));
            it != tables.brands.cend() && isCountryTail(host.sliced(dot + 1))) {
            return it.value();
        }
        start = dot + 1;
    }
}

QString knownAndroidAppSource(QStringView package)
{
    const SourceTables &tables = sourceTables();
    if (auto it = tables.androidApps.constFind(package); it != tables.androidApps.cend())
        return it.value();
    // "com.google.android.gm" → "gm.android.google.com", then the web rules.
    QString reversed;
    reversed.reserve(package.size());
    qsizetype end = package.size();
    while (end > 0) {
        const qsizetype dot = package.lastIndexOf(u'.', end - 1);
        if (!reversed.isEmpty())
            reversed += u'.';
        reversed += package.sliced(dot + 1, end - dot - 1);
        end = dot < 0 ? 0 : dot;
    }
    return knownSource(reversed);
}

} // namespace

namespace {

bool splitPageUrl(QStringView url, UrlParts *parts)
{
    return splitUrl(url.trimmed(), parts)
        && (parts->scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
            || parts->scheme.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0);
}

} // namespace

bool isValidPageHost(QStringView host)
{
    if (host.endsWith(u'.') && host.size() > 1) // as splitUrl() takes it
        host.chop(1);
    return isValidHostName(host);
}

bool isValidPageUrl(QStringView url)
{
    UrlParts parts;
    return splitPageUrl(url, &parts);
}

PageUrl parsePageUrl(const QString &url, bool keepFragment)
{
    PageUrl page;
    UrlParts parts;
    if (!splitPageUrl(url, &parts))
        return page;
    page.hostname = normalizedHost(parts.host);

    if (keepFragment && !parts.fragment.isEmpty()) {
        const QStringView path = parts.path.isEmpty() ? QStringView(u"/") : parts.path;
        page.path.reserve(path.size() + 1 + parts.fragment.size());
        page.path += path;
        page.path += u'#';
        page.path += parts.fragment;
    } else if (parts.path.isEmpty()) {
        page.path = QStringLiteral("/"); // static data, no allocation
    } else {
        page.path = parts.path.toString();
    }

    // The first non-empty occurrence of each parameter wins; Plausible's order for the
    // tagged source is utm_source, then source, then ref.
    QString source;
    QStringView query = parts.query;
    while (!query.isEmpty()) {
        const qsizetype amp = query.indexOf(u'&');
        const QStringView pair = amp < 0 ? query : query.first(amp);
        query = amp < 0 ? QStringView() : query.sliced(amp + 1);
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0 || eq == pair.size() - 1)
            continue;
        const QStringView key = pair.first(eq);
        QString *target = nullptr;
        if (key.startsWith(QLatin1String("utm_"))) {
            const QStringView utm = key.sliced(4);
            if (utm == u"source")
                target = &page.utmSource;
            else if (utm == u"medium")
                target = &page.utmMedium;
            else if (utm == u"campaign")
                target = &page.utmCampaign;
            else if (utm == u"content")
                target = &page.utmContent;
            else if (utm == u"term")
                target = &page.utmTerm;
        } else if (key == u"ref") {
            target = &page.ref;
        } else if (key == u"source") {
            target = &source;
        }
        if (target && target->isEmpty())
            *target = decodeQueryValue(pair.sliced(eq + 1));
    }
    if (!source.isEmpty())
        page.ref = std::move(source);
    page.valid = true;
    return page;
}

Acquisition classifyAcquisition(const QString &referrerUrl, const PageUrl &page)
{
    Acquisition acq;
    acq.utmSource = page.utmSource;
    acq.utmMedium = page.utmMedium;
    acq.utmCampaign = page.utmCampaign;
    acq.utmContent = page.utmContent;
    acq.utmTerm = page.utmTerm;

    UrlParts parts;
    if (!referrerUrl.isEmpty() && splitUrl(QStringView(referrerUrl).trimmed(), &parts)) {
        const bool web = parts.scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
            || parts.scheme.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0;
        const bool androidApp
            = !web && parts.scheme.compare(QLatin1String("android-app"), Qt::CaseInsensitive) == 0;
        const QString host = (web || androidApp) ? normalizedHost(parts.host) : QString();
        // Same site (www. ignored) is navigation, not acquisition. "localhost" referrers
        // come from developers testing, never from visitors (Plausible drops them too).
        if (!host.isEmpty() && host.compare(page.hostname, Qt::CaseInsensitive) != 0
            && host != u"localhost") {
            acq.source = androidApp ? knownAndroidAppSource(host) : knownSource(host);
            if (acq.source.isEmpty())
                acq.source = host;
            // Host + path, without a trailing '/': "google.com", "example.org/blog/post".
            QStringView path = parts.path;
            while (path.endsWith(u'/'))
                path.chop(1);
            if (path.isEmpty()) {
                acq.referrer = host;
            } else {
                acq.referrer.reserve(host.size() + path.size());
                acq.referrer += host;
                acq.referrer += path;
            }
        }
    }

    // A tagged link names its source explicitly, which beats what the referrer suggests.
    if (!page.utmSource.isEmpty())
        acq.source = page.utmSource;
    else if (!page.ref.isEmpty())
        acq.source = page.ref;
    return acq;
}

} // namespace raycstr

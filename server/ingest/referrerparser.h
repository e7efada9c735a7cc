#pragma once

#include "core/event.h"

#include <QString>

namespace raycstr {

// The page URL split into what we keep: hostname and path; the query is dropped except
// the utm_* and ref parameters, the fragment is dropped (unless hash routing is on).
struct PageUrl
{
    bool valid = false;
    QString hostname; // lower case, a leading "www." removed (as Plausible does)
    QString path; // always starts with '/'; no query
    QString utmSource;
    QString utmMedium;
    QString utmCampaign;
    QString utmContent;
    QString utmTerm;
    QString ref; // ?ref= / ?source= as used by Plausible
};

PageUrl parsePageUrl(const QString &url, bool keepFragment = false);

// Whether parsePageUrl() would take `url`: an absolute http(s) URL with a host. The wire
// formats check this when they read a hit, so a relative or a javascript: URL is refused
// with a 400 instead of being dropped by the writer after the 2xx.
bool isValidPageUrl(QStringView url);

// Whether `host` (a name or an IP literal, without port) is what parsePageUrl() takes as a
// page's host: for formats that send the host apart from the path (Umami's "hostname").
bool isValidPageHost(QStringView host);

// Referrer → acquisition. Search engines and social networks get their well-known names
// ("Google", "Bing", "DuckDuckGo", "Facebook", "Twitter", "Reddit"…); other sites are
// named by their host without "www."; same-site referrers (referrer host equals the page
// host, www. ignored) are internal and give an empty source; utm_source, then ref,
// override the referrer's source (as Plausible does).
Acquisition classifyAcquisition(const QString &referrerUrl, const PageUrl &page);

} // namespace raycstr

#pragma once

#include "core/event.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace raycstr {

// Wire formats → Hits. Each parser validates the body against core/event.h's Limits and
// returns a human-readable error on the first problem. The site is looked up by the caller
// (the domain or siteId is returned as sent), as is the IP/User-Agent (from the request).
struct ParsedBatch
{
    QString siteKey; // Traytic "siteId" or Plausible "d"/"domain" (first of a comma list)
    QStringList extraDomains; // Plausible's comma list beyond the first
    QList<Hit> hits;
    // Fields of the request this parser does not know (neither reads nor deliberately
    // leaves): a tracker that gained a field shows up here, and in the collector's answer
    // (RayCstr-Ignored-Fields), instead of as silently lost data.
    QStringList unknownFields; // at most MaxUnknownFields
    static constexpr qsizetype MaxUnknownFields = 8;
};

struct WireError
{
    int status = 400; // 400 malformed/missing, 413 too large
    QString message;
};

// POST /collect (Traytic):
//   {"siteId": "...", "events": [{"type": "pageview"|"event"|"vitals", "url", "referrer",
//    "name", "props": {...}, "value", "screen"/"screenWidth", "metrics": {"lcp":..}}]}
// A vitals event carries either name+value or a "metrics" object, expanded to one Hit each.
bool parseCollectBatch(const QByteArray &body, ParsedBatch *out, WireError *error);

// POST /api/event (Plausible Events API, also what our track.js sends):
//   {"n"|"name", "u"|"url", "d"|"domain", "r"|"referrer", "p"|"props" (object or JSON
//    string), "w" (screen width), "h" (hash mode), "i"|"interactive", "$"|"revenue"}
// n == "pageview" → Pageview; "engagement" → Engagement; "vitals"/metrics → Vitals; other → Custom.
bool parsePlausibleEvent(const QByteArray &body, ParsedBatch *out, WireError *error);

} // namespace raycstr

#pragma once

#include "ingest/wireformat.h"

#include <QUrlQuery>

namespace raycstr {

// Other trackers' wire formats, so their unmodified scripts can point at RayCstr. As in
// wireformat.h: request in, Hits out, checked against core/event.h's Limits; the site, the
// IP and the User-Agent are the caller's business.

// Umami, POST /api/send (application/json, as its tracker and @umami/node send it):
//   {"type": "event", "payload": {"website": "<uuid>", "hostname": "example.com",
//    "url": "/path?query" (older trackers) or "https://example.com/path" (newer),
//    "referrer", "screen": "1920x1080", "language", "title", "tag", "id",
//    "name": custom event name (absent for a pageview), "data": {...} (props)}}
// Nested "data" objects are flattened to "a.b" keys, arrays kept as their JSON text.
// "type": "identify" attaches data to Umami's session; RayCstr has no sessions to attach it
// to, so it is checked and gives no hit.
// "type": "performance" (the tracker's data-performance="true") carries the page's Web
// Vitals beside the usual payload: "lcp", "fcp", "ttfb", "inp" (ms), "cls" (score) and
// "duration" (ms on the page, not kept). Each metric present becomes a Vitals hit of that
// page; a payload without any (a browser without PerformanceObserver) gives no hit.
struct UmamiRequest
{
    ParsedBatch batch; // siteKey = "website"; a hit's url may be a bare path when no hostname
    QString hostname; // the page's host as the tracker saw it
    bool identify = false;
    // Payload fields this parser does not know (neither reads nor deliberately ignores).
    // Kept forward-compatible (a new field is no 400), but tst_compatformats feeds every
    // shape Umami's tracker really sends and requires this to be empty: a field the
    // tracker gains shows up as a failing test, not as silently lost data.
    QStringList unknownFields;
};
bool parseUmamiSend(const QByteArray &body, UmamiRequest *out, WireError *error);

// GoatCounter, GET /count (count.js loads it as an image; newer versions sendBeacon a POST
// with the same query and no body):
//   p = path (or the event name when e is true), t = title, r = referrer, e = event flag
//   (true/false/1/0/on/off), s = "width,height,scale", b = the script's bot verdict (0 = a
//   person), q = location.search (campaign tags), rnd = cache buster.
// GoatCounter sends no host: `pageUrl` is where the caller saw the hit come from (the
// Referer, else the Origin, else the site's own domain); pageviews take its origin, events
// its whole URL as their page.
struct GoatCounterRequest
{
    ParsedBatch batch;
    bool flaggedAsBot = false; // b != 0: the script itself saw an automated browser
    QStringList unknownFields; // query parameters not known here (see UmamiRequest)
};
bool parseGoatCounterCount(const QUrlQuery &query, const QString &pageUrl, GoatCounterRequest *out,
                           WireError *error);

} // namespace raycstr

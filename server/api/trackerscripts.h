#pragma once

#include "http/plainhttp.h"

#include <QByteArray>

namespace raycstr {

class HttpServer;

// Serves the tracker script that resources/tracker builds (minified by esbuild) and the
// build embeds as Qt resources, so the binary carries the script that matches its
// collector:
//   GET /js/track.js          pageviews, SPA navigation, events, engagement
//   GET /js/track.vitals.js   the same plus Web Vitals
//   GET /js/script.js, /js/script.<feature>.<feature>….js
//                             Plausible's names, so a pasted Plausible snippet keeps working;
//                             the script reads the features (hash, outbound-links,
//                             file-downloads) from its own file name
// Cached for a day by browsers and proxies, revalidated with an ETag (304).
class TrackerScripts
{
public:
    TrackerScripts();
    void registerRoutes(HttpServer &server);

    struct Script
    {
        QByteArray body;
        QByteArray etag; // quoted, content hash
    };
    // The script a /js/ file name stands for; nullptr when none.
    const Script *find(QStringView fileName) const;

private:
    PlainResponse answer(const PlainRequest &request, const QString &fileName) const;

    Script m_core;
    Script m_vitals;
};

} // namespace raycstr

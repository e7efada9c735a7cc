#pragma once

#include <QJsonObject>
#include <QStringList>

namespace raycstr {

class HttpServer;

// The OpenAPI 3.0 description of the server's HTTP API, served at GET /api/docs (public,
// no key). It describes every route of the stats API (StatsApi), Plausible's Stats API v1
// (PlausibleApi) and v2 (PlausibleV2Api), the live stream, dashboard login and the ingest endpoints;
// tst_openapi walks it and checks each documented operation answers, and that each
// route list the API classes publish (routePaths()) is documented.
class OpenApi
{
public:
    OpenApi();
    // Routes added later (by other route owners) document themselves here: path → path
    // item, merged into the document.
    void addPaths(const QJsonObject &paths);
    const QJsonObject &document() const { return m_document; }
    void registerRoutes(HttpServer &server);

    static constexpr const char *Path = "/api/docs";

private:
    static QJsonObject statsPaths();
    static QJsonObject plausiblePaths();
    static QJsonObject otherPaths();
    static QJsonObject goalsPaths(); // openapigoals.cpp
    static QJsonObject alertsPaths(); // openapialerts.cpp
    static QJsonObject dataOutPaths(); // openapidataout.cpp
    static QJsonObject sitesPaths(); // openapisites.cpp
    static QJsonObject plausibleV2Paths(); // openapiv2.cpp

    QJsonObject m_document;
};

} // namespace raycstr

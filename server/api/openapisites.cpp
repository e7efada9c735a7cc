#include "api/openapi.h"

#include "api/openapibuilder.h"

namespace raycstr {

using namespace openapi;

// The sites a key may read and a site's time zone (sitesapi.h).
QJsonObject OpenApi::sitesPaths()
{
    const Object site = ref("schemas", "Site");
    const Object siteId = ref("parameters", "siteId");
    auto ok = [](const Object &schema) {
        return withErrors({{QStringLiteral("200"), response(QStringLiteral("the answer"), schema)}});
    };
    const Object zone = object(
        {{QStringLiteral("timezone"),
          typed("string", QStringLiteral("an IANA time zone id, e.g. Europe/Berlin"))}},
        {QStringLiteral("timezone")});
    Object patch = operation(
        "setSiteTimeZone", StatsTag, QStringLiteral("Change a site's time zone"),
        QStringLiteral("Where the site's days start in every report, from the next question "
                       "on; days already counted keep their daily totals. A zone the server "
                       "does not know is a 400 naming it. Admin key."),
        Array {siteId}, ok(site));
    patch.insert(QStringLiteral("requestBody"),
                 Object {{QStringLiteral("required"), true},
                         {QStringLiteral("content"), content("application/json", zone)}});
    Object item = get(operation("site", StatsTag, QStringLiteral("A site"),
                                QStringLiteral("Its id, domain and time zone."), Array {siteId},
                                ok(site)));
    item.insert(QStringLiteral("patch"), patch);
    return {
        {QStringLiteral("/api/sites"),
         get(operation("sites", StatsTag, QStringLiteral("The sites this key may read"),
                       QStringLiteral("Every site for a key of every site; its one site for a "
                                      "key or share link scoped to a site."),
                       Array(), ok(object({{QStringLiteral("sites"), arrayOf(site)}}))))},
        {QStringLiteral("/api/sites/{siteId}"), item},
    };
}

} // namespace raycstr

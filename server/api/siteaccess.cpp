#include "api/siteaccess.h"

#include "api/apiaccess.h"
#include "http/httpserver.h"
#include "store/sites.h"

namespace raycstr {

using Status = HttpStatus;

SiteAccess::SiteAccess(query::QueryEngine *queries, const ApiAccess *access)
    : m_queries(queries)
    , m_access(access)
{ }

std::optional<query::Site> SiteAccess::lookup(const QString &ref)
{
    bool numeric = false;
    const qint32 id = ref.toInt(&numeric);
    if (numeric)
        return id > 0 ? m_queries->site(id) : std::nullopt;
    QString domain, error;
    if (!SiteRepository::normalizeDomain(ref, &domain, &error))
        return std::nullopt;
    return m_queries->site(domain);
}

std::optional<query::Site> SiteAccess::resolve(const PlainRequest &request, const QString &ref,
                                               PlainResponse *denied)
{
    const std::optional<query::Site> site = lookup(ref);
    // An unknown site is asked for as site -1: only a key for every site may read it, and
    // that key then learns it does not exist.
    if (!m_access->check(request, site ? site->id : -1, ApiAccess::Need::Read, denied))
        return std::nullopt;
    if (!site) {
        *denied = HttpServer::error(
            Status::NotFound,
            QStringLiteral("unknown site \"%1\" (add it with: raycstr-server site add DOMAIN)")
                .arg(ref));
        return std::nullopt;
    }
    return site;
}

PlainResponse SiteAccess::missingSite(const PlainRequest &request, const QString &message)
{
    QString why;
    if (!m_access->principal(request, &why)) {
        PlainResponse denied(Status::Unauthorized);
        m_access->check(request, 0, ApiAccess::Need::Read, &denied);
        return denied;
    }
    return HttpServer::error(Status::BadRequest, message);
}

} // namespace raycstr

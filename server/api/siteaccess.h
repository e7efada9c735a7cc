#pragma once

#include "http/plainhttp.h"
#include "query/queryengine.h"

#include <optional>

namespace raycstr {

class ApiAccess;

// Which site a stats request is about, and whether the caller may read it. Every stats
// route answers in the same order:
//   401 without a valid key, before anything about the site, so a caller without a key
//       cannot probe which sites exist;
//   403 for a key scoped to another site, whether or not the named site exists, so a key
//       for one site cannot probe for the others either;
//   404 for an unknown site, only to keys that may read every site.
class SiteAccess
{
public:
    SiteAccess(query::QueryEngine *queries, const ApiAccess *access);

    // `ref` is a site's domain (its data-domain) or its numeric id. On refusal `denied`
    // holds the response to send.
    std::optional<query::Site> resolve(const PlainRequest &request, const QString &ref,
                                       PlainResponse *denied);
    // The request did not name a site: 401 without a valid key, else 400 with `message`.
    PlainResponse missingSite(const PlainRequest &request, const QString &message);

private:
    std::optional<query::Site> lookup(const QString &ref);

    query::QueryEngine *m_queries;
    const ApiAccess *m_access;
};

} // namespace raycstr

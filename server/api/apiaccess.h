#pragma once

#include "auth/principal.h"
#include "http/plainhttp.h"

#include <optional>

namespace raycstr {

// The one place API routes decide who may see what: 401 without a valid key, 403 with a
// key for another site (or a read-only key on an admin route). Ingest and the tracker
// script never come here: they are public.
class ApiAccess
{
public:
    enum class Need { Read, Admin };
    explicit ApiAccess(auth::Authenticator *authenticator)
        : m_auth(authenticator)
    { }

    // The caller when allowed; otherwise `denied` holds the 401/403 response to send.
    // `siteId` 0 asks for access to every site (e.g. listing sites).
    std::optional<auth::Principal> check(const PlainRequest &request, qint32 siteId, Need need,
                                         PlainResponse *denied) const;
    // Just the credentials, for routes that decide per site later (nullopt: none/invalid).
    std::optional<auth::Principal> principal(const PlainRequest &request, QString *why) const;

private:
    auth::Authenticator *m_auth;
};

} // namespace raycstr

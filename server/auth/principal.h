#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace raycstr::auth {

// Who is asking, once a key (or a share link) has been checked. Keys are scoped to one
// site or to all sites, and are read-only or admin; share links read one site.
struct Principal
{
    enum class Kind { ApiKey, ShareLink, Session };
    Kind kind = Kind::ApiKey;
    qint64 id = 0; // the key's or link's id (for logs and revocation; never the secret)
    QString label;
    qint32 siteId = 0; // 0: every site
    bool admin = false;

    bool canRead(qint32 site) const { return siteId == 0 || siteId == site; }
    bool canAdmin(qint32 site) const { return admin && canRead(site); }
};

// The seam between the HTTP layer and wherever keys live (tokenstore.h: SQLite, hashes
// only). Tests substitute a fake. Implementations must be safe to call from the HTTP
// thread while the CLI changes keys in another process: a revoked key stops working at
// once.
class Authenticator
{
public:
    virtual ~Authenticator() = default;
    // A Bearer key as sent in "Authorization: Bearer <key>"; nullopt when unknown/revoked.
    virtual std::optional<Principal> authenticateKey(const QByteArray &key) = 0;
    // A share link's secret (…?auth=<secret>); nullopt when unknown/revoked.
    virtual std::optional<Principal> authenticateShare(const QByteArray &secret) = 0;
};

} // namespace raycstr::auth

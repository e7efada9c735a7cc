#pragma once

// An Authenticator for API tests: known key and share-link strings map to Principals, in
// memory. Anything else is unknown (nullopt), like a revoked or mistyped key.
//
//   FakeAuthenticator auth;
//   auth.addKey("k-site1", siteId);            // read key for one site
//   auth.addKey("k-all", 0, /*admin=*/true);  // admin key for every site
//   auth.add("k-custom", principal);          // any Principal
//   ApiAccess access(&auth);

#include "auth/principal.h"

#include <QHash>
#include <initializer_list>
#include <utility>

namespace raycstr::testing {

class FakeAuthenticator : public auth::Authenticator
{
public:
    FakeAuthenticator() = default;
    FakeAuthenticator(std::initializer_list<std::pair<QByteArray, auth::Principal>> keys)
    {
        for (const auto &[key, principal] : keys)
            add(key, principal);
    }

    void add(const QByteArray &key, const auth::Principal &principal)
    {
        this->keys.insert(key, principal);
    }
    // A key for one site (siteId 0: every site); read-only unless `admin`.
    void addKey(const QByteArray &key, qint32 siteId, bool admin = false)
    {
        auth::Principal p;
        p.kind = auth::Principal::Kind::ApiKey;
        p.id = ++m_lastId;
        p.label = QString::fromLatin1(key);
        p.siteId = siteId;
        p.admin = admin;
        keys.insert(key, p);
    }
    void addShare(const QByteArray &secret, qint32 siteId)
    {
        auth::Principal p;
        p.kind = auth::Principal::Kind::ShareLink;
        p.id = ++m_lastId;
        p.siteId = siteId;
        shares.insert(secret, p);
    }
    void revoke(const QByteArray &keyOrSecret)
    {
        keys.remove(keyOrSecret);
        shares.remove(keyOrSecret);
    }

    std::optional<auth::Principal> authenticateKey(const QByteArray &key) override
    {
        ++keyChecks;
        const auto it = keys.constFind(key);
        return it == keys.constEnd() ? std::nullopt : std::optional(*it);
    }
    std::optional<auth::Principal> authenticateShare(const QByteArray &secret) override
    {
        ++shareChecks;
        const auto it = shares.constFind(secret);
        return it == shares.constEnd() ? std::nullopt : std::optional(*it);
    }

    QHash<QByteArray, auth::Principal> keys;
    QHash<QByteArray, auth::Principal> shares;
    int keyChecks = 0;
    int shareChecks = 0;

private:
    qint64 m_lastId = 0;
};

} // namespace raycstr::testing

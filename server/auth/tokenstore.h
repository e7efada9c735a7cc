#pragma once

#include "auth/principal.h"
#include "store/sqlitedb.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <optional>

namespace raycstr {
class Clock;
}

namespace raycstr::auth {

// A secret as created: the plaintext exists only in this value, for the caller to show
// once. The store keeps its hash.
struct IssuedSecret
{
    qint64 id = 0;
    QByteArray secret;
    qint64 expiresAt = 0; // sessions only; 0: never
};

struct ApiKeyInfo
{
    qint64 id = 0;
    QString label;
    qint32 siteId = 0; // 0: every site
    bool admin = false;
    bool session = false; // a dashboard login, not a key made with `token create`
    qint64 createdAt = 0;
    qint64 lastUsedAt = 0; // 0: never (kept to the minute)
    qint64 expiresAt = 0; // 0: never
    qint64 revokedAt = 0; // 0: active
};

struct ShareLinkInfo
{
    qint64 id = 0;
    qint32 siteId = 0;
    QString label;
    qint64 createdAt = 0;
    qint64 revokedAt = 0;
};

// API keys, dashboard sessions and share links in the database, as hashes only.
//
// Every check reads SQLite (an indexed lookup of the hash on a small table, a few
// microseconds) instead of a cache: `raycstr-server token revoke` runs in another process
// while the server runs, and a revoked key must stop working on the very next request.
// A cache could only learn of that by polling, and PRAGMA data_version changes with every
// batch the writer commits, so it would be invalidated constantly anyway.
//
// Thread-safe: one connection of its own behind a mutex.
class TokenStore final : public Authenticator
{
public:
    static constexpr qint64 DefaultSessionLifetimeSecs = 7 * 24 * 3600;

    explicit TokenStore(const Clock *clock);
    ~TokenStore() override;

    // Opens (and migrates) the data directory's database on a connection of its own.
    bool open(const QString &dataDir, QString *error);

    // API keys: "rc_…". siteId 0 means every site; a site id must exist.
    std::optional<IssuedSecret> createKey(const QString &label, qint32 siteId, bool admin,
                                          QString *error);
    // A dashboard login: admin on every site, "rcs_…", ends after `lifetimeSecs`.
    std::optional<IssuedSecret> createSession(qint64 lifetimeSecs, QString *error);
    // Keys (and, when asked, sessions that have not expired), oldest first; no secrets.
    QList<ApiKeyInfo> listKeys(bool includeSessions = false) const;
    std::optional<ApiKeyInfo> key(qint64 id) const;
    // False with a reason when there is no such key or it is already revoked.
    bool revokeKey(qint64 id, QString *error);
    // Ends every dashboard session (the password changed); returns how many.
    int revokeSessions();

    // Share links: read-only access to one (existing) site.
    std::optional<IssuedSecret> createShareLink(qint32 siteId, const QString &label,
                                                QString *error);
    QList<ShareLinkInfo> listShareLinks(qint32 siteId = 0) const;
    bool revokeShareLink(qint64 id, QString *error);

    std::optional<Principal> authenticateKey(const QByteArray &key) override;
    std::optional<Principal> authenticateShare(const QByteArray &secret) override;
    // Whether a principal authenticated earlier still holds: its key is neither revoked nor
    // expired, its share link not revoked. The same rule as authenticateKey/Share, for
    // connections that outlive one request (the live stream).
    bool isStillValid(const Principal &principal) const;

    static QByteArray keyPrefix() { return QByteArrayLiteral("rc_"); }
    static QByteArray sessionPrefix() { return QByteArrayLiteral("rcs_"); }

private:
    static bool isActive(const ApiKeyInfo &key, qint64 now);
    bool siteExists(qint32 siteId) const;
    std::optional<IssuedSecret> insertKey(const QString &label, qint32 siteId, bool admin,
                                          qint64 lifetimeSecs, QString *error);

    const Clock *m_clock;
    mutable QMutex m_mutex;
    SqliteDb m_db;
};

} // namespace raycstr::auth

#include "auth/tokenstore.h"

#include "auth/authlogging.h"
#include "auth/secret.h"
#include "core/clock.h"
#include "store/database.h"

#include <QCoreApplication>

namespace raycstr::auth {

namespace {

// Longer than any secret we issue: anything bigger is not worth hashing.
constexpr qsizetype MaxSecretLength = 256;
// last_used_at is informational ("is this key still in use?"): writing it on every request
// would put a write on the HTTP thread for each call, so it moves once a minute at most.
constexpr qint64 LastUsedResolutionSecs = 60;

ApiKeyInfo keyInfo(const Statement &st)
{
    ApiKeyInfo k;
    k.id = st.int64(0);
    k.label = st.text(1);
    k.siteId = qint32(st.int64(2));
    k.admin = st.int64(3) != 0;
    k.session = st.int64(4) != 0;
    k.createdAt = st.int64(5);
    k.lastUsedAt = st.int64(6);
    k.expiresAt = st.int64(7);
    k.revokedAt = st.int64(8);
    return k;
}

const char *const KeyColumns = "SELECT id, label, site_id, admin, session, created_at, "
                               "last_used_at, expires_at, revoked_at FROM api_keys ";

} // namespace

TokenStore::TokenStore(const Clock *clock)
    : m_clock(clock)
{
    Secret::initialize();
}

TokenStore::~TokenStore() = default;

bool TokenStore::open(const QString &dataDir, QString *error)
{
    QMutexLocker lock(&m_mutex);
    m_db.close();
    return Database::open(&m_db, dataDir, error);
}

bool TokenStore::siteExists(qint32 siteId) const
{
    Statement st(m_db, "SELECT 1 FROM sites WHERE id = ?");
    st.bind(1, siteId);
    return st.next();
}

std::optional<IssuedSecret> TokenStore::insertKey(const QString &label, qint32 siteId, bool admin,
                                                  qint64 lifetimeSecs, QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (siteId != 0 && !siteExists(siteId)) {
        *error = QCoreApplication::translate("raycstr::auth::TokenStore", "no site with id %1")
                     .arg(siteId);
        return std::nullopt;
    }
    const bool session = lifetimeSecs > 0;
    const qint64 now = m_clock->nowSecs();
    IssuedSecret issued;
    issued.secret = Secret::generate(session ? sessionPrefix() : keyPrefix());
    issued.expiresAt = session ? now + lifetimeSecs : 0;
    Statement st(m_db,
                 "INSERT INTO api_keys (label, key_hash, site_id, admin, session, created_at, "
                 "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, label)
        .bind(2, Secret::hash(issued.secret), true)
        .bindIdOrNull(3, siteId)
        .bind(4, admin ? 1 : 0)
        .bind(5, session ? 1 : 0)
        .bind(6, now)
        .bindIdOrNull(7, issued.expiresAt);
    if (!st.run()) {
        *error
            = QCoreApplication::translate("raycstr::auth::TokenStore", "cannot store the key: %1")
                  .arg(st.error());
        return std::nullopt;
    }
    issued.id = m_db.lastInsertId();
    if (session) {
        // Expired sessions are worth nothing; drop them as new ones come.
        Statement prune(m_db, "DELETE FROM api_keys WHERE session = 1 AND expires_at <= ?");
        prune.bind(1, now);
        prune.run();
        qCInfo(lcAuth, "dashboard session %lld started", issued.id);
    } else {
        qCDebug(lcAuth, "API key %lld created (%s, %s)", issued.id, admin ? "admin" : "read-only",
                siteId ? qPrintable(QStringLiteral("site %1").arg(siteId)) : "all sites");
    }
    return issued;
}

std::optional<IssuedSecret> TokenStore::createKey(const QString &label, qint32 siteId, bool admin,
                                                  QString *error)
{
    return insertKey(label, siteId, admin, 0, error);
}

std::optional<IssuedSecret> TokenStore::createSession(qint64 lifetimeSecs, QString *error)
{
    if (lifetimeSecs <= 0) {
        *error = QStringLiteral("a session needs a positive lifetime");
        return std::nullopt;
    }
    return insertKey(QStringLiteral("dashboard login"), 0, true, lifetimeSecs, error);
}

QList<ApiKeyInfo> TokenStore::listKeys(bool includeSessions) const
{
    QMutexLocker lock(&m_mutex);
    const QByteArray sql = QByteArray(KeyColumns)
        + (includeSessions ? "WHERE session = 0 OR expires_at > ? ORDER BY id"
                           : "WHERE session = 0 ORDER BY id");
    Statement st(m_db, sql.constData());
    if (includeSessions)
        st.bind(1, m_clock->nowSecs());
    QList<ApiKeyInfo> keys;
    while (st.next())
        keys.append(keyInfo(st));
    return keys;
}

std::optional<ApiKeyInfo> TokenStore::key(qint64 id) const
{
    QMutexLocker lock(&m_mutex);
    const QByteArray sql = QByteArray(KeyColumns) + "WHERE id = ?";
    Statement st(m_db, sql.constData());
    st.bind(1, id);
    if (!st.next())
        return std::nullopt;
    return keyInfo(st);
}

bool TokenStore::revokeKey(qint64 id, QString *error)
{
    // English, unlike the store's other messages: the HTTP API's logout answers with it, and
    // the API's error bodies stay English (translations/README.md).
    QMutexLocker lock(&m_mutex);
    Statement st(m_db, "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL");
    st.bind(1, m_clock->nowSecs()).bind(2, id);
    if (!st.run()) {
        *error = QStringLiteral("cannot revoke key %1: %2").arg(id).arg(st.error());
        return false;
    }
    if (m_db.changes() == 0) {
        Statement exists(m_db, "SELECT 1 FROM api_keys WHERE id = ?");
        exists.bind(1, id);
        *error = exists.next() ? QStringLiteral("key %1 is already revoked").arg(id)
                               : QStringLiteral("no key with id %1").arg(id);
        return false;
    }
    qCDebug(lcAuth, "API key %lld revoked", id);
    return true;
}

int TokenStore::revokeSessions()
{
    QMutexLocker lock(&m_mutex);
    Statement st(m_db,
                 "UPDATE api_keys SET revoked_at = ? WHERE session = 1 AND revoked_at IS NULL");
    st.bind(1, m_clock->nowSecs());
    if (!st.run())
        return 0;
    const int n = m_db.changes();
    if (n)
        qCDebug(lcAuth, "%d dashboard session(s) ended", n);
    return n;
}

std::optional<IssuedSecret> TokenStore::createShareLink(qint32 siteId, const QString &label,
                                                        QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!siteExists(siteId)) {
        *error = QCoreApplication::translate("raycstr::auth::TokenStore", "no site with id %1")
                     .arg(siteId);
        return std::nullopt;
    }
    IssuedSecret issued;
    // No prefix: it travels in a URL that people paste around, and is read-only anyway.
    issued.secret = Secret::generate(QByteArray());
    Statement st(m_db,
                 "INSERT INTO share_links (site_id, label, secret_hash, created_at) "
                 "VALUES (?, ?, ?, ?)");
    st.bind(1, siteId)
        .bind(2, label)
        .bind(3, Secret::hash(issued.secret), true)
        .bind(4, m_clock->nowSecs());
    if (!st.run()) {
        *error = QCoreApplication::translate("raycstr::auth::TokenStore",
                                             "cannot store the share link: %1")
                     .arg(st.error());
        return std::nullopt;
    }
    issued.id = m_db.lastInsertId();
    qCDebug(lcAuth, "share link %lld created for site %d", issued.id, siteId);
    return issued;
}

QList<ShareLinkInfo> TokenStore::listShareLinks(qint32 siteId) const
{
    QMutexLocker lock(&m_mutex);
    Statement st(m_db,
                 "SELECT id, site_id, label, created_at, revoked_at FROM share_links "
                 "WHERE ?1 = 0 OR site_id = ?1 ORDER BY id");
    st.bind(1, siteId);
    QList<ShareLinkInfo> links;
    while (st.next()) {
        ShareLinkInfo l;
        l.id = st.int64(0);
        l.siteId = qint32(st.int64(1));
        l.label = st.text(2);
        l.createdAt = st.int64(3);
        l.revokedAt = st.int64(4);
        links.append(l);
    }
    return links;
}

bool TokenStore::revokeShareLink(qint64 id, QString *error)
{
    QMutexLocker lock(&m_mutex);
    Statement st(m_db, "UPDATE share_links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL");
    st.bind(1, m_clock->nowSecs()).bind(2, id);
    if (!st.run()) {
        *error = QCoreApplication::translate("raycstr::auth::TokenStore",
                                             "cannot revoke share link %1: %2")
                     .arg(id)
                     .arg(st.error());
        return false;
    }
    if (m_db.changes() == 0) {
        Statement exists(m_db, "SELECT 1 FROM share_links WHERE id = ?");
        exists.bind(1, id);
        *error = exists.next()
            ? QCoreApplication::translate("raycstr::auth::TokenStore",
                                          "share link %1 is already revoked")
                  .arg(id)
            : QCoreApplication::translate("raycstr::auth::TokenStore", "no share link with id %1")
                  .arg(id);
        return false;
    }
    qCDebug(lcAuth, "share link %lld revoked", id);
    return true;
}

std::optional<Principal> TokenStore::authenticateKey(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > MaxSecretLength)
        return std::nullopt;
    const QByteArray hash = Secret::hash(key);
    QMutexLocker lock(&m_mutex);
    const QByteArray sql = QByteArray(KeyColumns) + "WHERE key_hash = ?";
    Statement st(m_db, sql.constData());
    st.bind(1, hash, true);
    if (!st.next())
        return std::nullopt;
    const ApiKeyInfo k = keyInfo(st);
    const qint64 now = m_clock->nowSecs();
    if (!isActive(k, now))
        return std::nullopt;
    st.reset();
    if (now - k.lastUsedAt >= LastUsedResolutionSecs) {
        // Best effort, and never worth a wait: while the writer holds the write lock the
        // mark is skipped (a 20 ms busy timeout instead of the connection's 10 s) rather
        // than holding up the request; the next call a minute on tries again.
        m_db.exec("PRAGMA busy_timeout=20");
        Statement touch(m_db, "UPDATE api_keys SET last_used_at = ? WHERE id = ?");
        touch.bind(1, now).bind(2, k.id);
        touch.run();
        m_db.exec("PRAGMA busy_timeout=10000");
    }
    Principal p;
    p.kind = k.session ? Principal::Kind::Session : Principal::Kind::ApiKey;
    p.id = k.id;
    p.label = k.label;
    p.siteId = k.siteId;
    p.admin = k.admin;
    return p;
}

bool TokenStore::isActive(const ApiKeyInfo &key, qint64 now)
{
    return key.revokedAt == 0 && (key.expiresAt == 0 || key.expiresAt > now);
}

bool TokenStore::isStillValid(const Principal &principal) const
{
    if (principal.kind == Principal::Kind::ShareLink) {
        QMutexLocker lock(&m_mutex);
        Statement st(m_db, "SELECT 1 FROM share_links WHERE id = ? AND revoked_at IS NULL");
        st.bind(1, principal.id);
        return st.next();
    }
    const std::optional<ApiKeyInfo> k = key(principal.id);
    return k && isActive(*k, m_clock->nowSecs());
}

std::optional<Principal> TokenStore::authenticateShare(const QByteArray &secret)
{
    if (secret.isEmpty() || secret.size() > MaxSecretLength)
        return std::nullopt;
    const QByteArray hash = Secret::hash(secret);
    QMutexLocker lock(&m_mutex);
    Statement st(m_db,
                 "SELECT id, site_id, label FROM share_links "
                 "WHERE secret_hash = ? AND revoked_at IS NULL");
    st.bind(1, hash, true);
    if (!st.next())
        return std::nullopt;
    if (st.int64(1) == 0)
        return std::nullopt; // a link always names one site; never let one read them all
    Principal p;
    p.kind = Principal::Kind::ShareLink;
    p.id = st.int64(0);
    p.siteId = qint32(st.int64(1));
    p.label = st.text(2);
    p.admin = false;
    return p;
}

} // namespace raycstr::auth

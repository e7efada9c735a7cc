#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>

namespace raycstr {

class SaltStore;

// visitor id = SipHash-2-4(key = daily salt, site ‖ IP ‖ User-Agent), cut to 48 bits.
// The salt changes every local day, so the same person gets an unrelated id tomorrow and
// nobody (us included) can tell the two apart once the old salt is deleted.
class VisitorHasher
{
public:
    explicit VisitorHasher(SaltStore *salts);

    // Today's id for the hit, and (when yesterday's salt still exists) the id the same
    // person had yesterday, so a visit running across midnight can continue.
    struct Ids
    {
        quint64 today = 0;
        quint64 yesterday = 0; // 0 when no salt for the previous day exists
    };
    Ids ids(qint32 siteId, const QHostAddress &ip, const QByteArray &userAgent, qint64 localDay,
            qint64 nowSecs);

    static quint64 hash(const QByteArray &salt, qint32 siteId, const QHostAddress &ip,
                        const QByteArray &userAgent);

    // Forget cached salts (after the store deleted old ones).
    void clearCache() { m_cache.clear(); }

private:
    QByteArray salt(qint64 day, qint64 nowSecs, bool create);
    SaltStore *m_salts;
    QHash<qint64, QByteArray> m_cache;
};

} // namespace raycstr

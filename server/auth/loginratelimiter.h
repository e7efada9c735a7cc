#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>

namespace raycstr {
class Clock;
}

namespace raycstr::auth {

// Failed logins per client: after `maxFailures` failures within `windowMs`, the client
// waits until the oldest of them leaves the window (a sliding window). Memory only: the
// addresses are never written anywhere, and forgotten once their failures are old.
//
// IPv6 clients are counted per /64, the block one subscriber usually gets, so rotating
// through addresses does not buy more guesses. The table is bounded (`maxClients`): when
// it is full of clients with recent failures, new clients are refused until entries age
// out. That can lock the admin out during a distributed attack, which is the lesser evil
// next to letting the attack guess on; sessions already open keep working.
//
// Thread-safe.
class LoginRateLimiter
{
public:
    explicit LoginRateLimiter(const Clock *clock, int maxFailures = 5,
                              qint64 windowMs = 15 * 60 * 1000, int maxClients = 100000);

    // 0 when the client may try; otherwise the seconds to wait (for Retry-After), ≥ 1.
    qint64 retryAfterSecs(const QHostAddress &client);
    void recordFailure(const QHostAddress &client);
    // A correct password clears the client's failures.
    void recordSuccess(const QHostAddress &client);

    int maxFailures() const { return m_maxFailures; }
    int trackedClients() const;

private:
    // Normalised address bytes: IPv4 (also v4-mapped) as 4 bytes, IPv6 as its /64.
    static QByteArray clientKey(const QHostAddress &client);
    void prune(qint64 now);
    qint64 waitMs(const QList<qint64> &failures, qint64 now) const;

    const Clock *m_clock;
    const int m_maxFailures;
    const qint64 m_windowMs;
    const int m_maxClients;
    mutable QMutex m_mutex;
    // Times of each client's recent failures, oldest first, at most maxFailures.
    QHash<QByteArray, QList<qint64>> m_failures;
    qint64 m_lastPruneMs = 0;
};

} // namespace raycstr::auth

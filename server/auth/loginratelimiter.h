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
// out.
//
// A global budget on top (`globalFailures` per window, all clients together), because
// per-address counting alone lets an attacker with many addresses guess without end.
// How it is shaped, and why:
// - One client's failures count towards it only until that client is itself blocked, so
//   one address (or one /64) spends at most `maxFailures` of it per window. Exhausting it
//   takes globalFailures / maxFailures distinct addresses (10 with the defaults): a lone
//   attacker, or a neighbour behind the admin's NAT, cannot lock everyone out.
// - Once it is spent, every client without a recent success waits until the oldest counted
//   failure leaves the window. That caps guessing at `globalFailures` per window whatever
//   the number of addresses (~4,800 a day with the defaults, against a password of at
//   least 10 characters), and bounds Argon2 work too.
// - Clients that logged in successfully in the last `TrustedForMs` (memory only, at most
//   MaxTrusted of them) keep their own per-address limit but skip the global one: a
//   distributed attack therefore does not lock out an admin who logs in from a usual place.
//   An admin at a new address during such an attack waits for the window, the lesser evil
//   next to letting the attack guess on; sessions already open keep working.
// - A rate as well (`globalRate` failures per `rateMs`, all clients together: 5 per 5 s by
//   default, one a second on average with room for a typo and its retry), because the window's budget alone is spent in one burst: 50 Argon2 checks
//   back to back, each a core for ~0.1 s, on a 2-core server took the CPU ingest needed
//   (p99 3.3x with 20 clients posting wrong passwords, hardening-bench.sh). Past the rate a
//   login is refused like past the budget (429, nothing hashed); clients trusted as above
//   skip it too. It bounds the CPU a flood of wrong passwords can take to a tenth of a core.
//
// Thread-safe.
class LoginRateLimiter
{
public:
    static constexpr int MaxTrusted = 64;

    explicit LoginRateLimiter(const Clock *clock, int maxFailures = 5,
                              qint64 windowMs = 15 * 60 * 1000, int maxClients = 100000);
    // Failed logins of all clients together per window (see above); default 50.
    void setGlobalBudget(int failures) { m_globalFailures = qMax(1, failures); }
    int globalBudget() const { return m_globalFailures; }
    // At most `failures` failed logins per `perMs`, all clients together (see above).
    void setGlobalRate(int failures, qint64 perMs = 1000)
    {
        m_rateFailures = qMax(1, failures);
        m_rateMs = qMax<qint64>(1, perMs);
    }
    int globalRate() const { return m_rateFailures; }

    // 0 when the client may try; otherwise the seconds to wait (for Retry-After), ≥ 1.
    qint64 retryAfterSecs(const QHostAddress &client);
    void recordFailure(const QHostAddress &client);
    // A correct password clears the client's failures and trusts it for `TrustedForMs`.
    void recordSuccess(const QHostAddress &client);

    int maxFailures() const { return m_maxFailures; }
    int trackedClients() const;

private:
    // Normalised address bytes: IPv4 (also v4-mapped) as 4 bytes, IPv6 as its /64.
    static QByteArray clientKey(const QHostAddress &client);
    void prune(qint64 now);
    qint64 waitMs(const QList<qint64> &failures, qint64 now) const;
    // 0 when the global budget and rate have room; else the wait until they have.
    qint64 globalWaitMs(qint64 now);
    bool isTrusted(const QByteArray &key, qint64 now) const;

    const Clock *m_clock;
    const int m_maxFailures;
    const qint64 m_windowMs;
    const int m_maxClients;
    mutable QMutex m_mutex;
    // Times of each client's recent failures, oldest first, at most maxFailures.
    QHash<QByteArray, QList<qint64>> m_failures;
    qint64 m_lastPruneMs = 0;
    int m_globalFailures = 50;
    QList<qint64> m_global; // times of the failures counted globally, oldest first
    int m_rateFailures = 5;
    qint64 m_rateMs = 5000;
    static constexpr qint64 TrustedForMs = 30LL * 86400 * 1000;
    QHash<QByteArray, qint64> m_trusted; // client → time of its last success
};

} // namespace raycstr::auth

#include "auth/loginratelimiter.h"

#include "core/clock.h"

namespace raycstr::auth {

LoginRateLimiter::LoginRateLimiter(const Clock *clock, int maxFailures, qint64 windowMs,
                                   int maxClients)
    : m_clock(clock)
    , m_maxFailures(qMax(1, maxFailures))
    , m_windowMs(qMax<qint64>(1, windowMs))
    , m_maxClients(qMax(1, maxClients))
{ }

QByteArray LoginRateLimiter::clientKey(const QHostAddress &client)
{
    bool isV4 = false;
    const quint32 v4 = client.toIPv4Address(&isV4); // also unwraps ::ffff:a.b.c.d
    if (isV4) {
        QByteArray key(4, Qt::Uninitialized);
        for (int i = 0; i < 4; ++i)
            key[i] = char((v4 >> (24 - 8 * i)) & 0xff);
        return key;
    }
    const Q_IPV6ADDR v6 = client.toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(v6.c), 8);
}

qint64 LoginRateLimiter::waitMs(const QList<qint64> &failures, qint64 now) const
{
    if (failures.size() < m_maxFailures)
        return 0;
    // The oldest of the last maxFailures failures decides when one more try is allowed.
    return qMax<qint64>(0, failures.first() + m_windowMs - now);
}

void LoginRateLimiter::prune(qint64 now)
{
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        if (it->isEmpty() || it->last() + m_windowMs <= now)
            it = m_failures.erase(it);
        else
            ++it;
    }
    m_lastPruneMs = now;
}

qint64 LoginRateLimiter::retryAfterSecs(const QHostAddress &client)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock->nowMs();
    const QByteArray key = clientKey(client);
    auto it = m_failures.constFind(key);
    if (it == m_failures.constEnd()) {
        if (m_failures.size() < m_maxClients)
            return 0;
        prune(now);
        if (m_failures.size() < m_maxClients)
            return 0;
        // Full of clients that failed recently: refuse newcomers until the oldest entry
        // could have aged out (the whole window, as we do not track which one that is).
        return (m_windowMs + 999) / 1000;
    }
    const qint64 wait = waitMs(*it, now);
    return wait > 0 ? (wait + 999) / 1000 : 0;
}

void LoginRateLimiter::recordFailure(const QHostAddress &client)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock->nowMs();
    // An occasional sweep keeps forgotten clients from piling up between full tables.
    if (now - m_lastPruneMs >= m_windowMs)
        prune(now);
    const QByteArray key = clientKey(client);
    auto it = m_failures.find(key);
    if (it == m_failures.end()) {
        if (m_failures.size() >= m_maxClients) {
            prune(now);
            if (m_failures.size() >= m_maxClients)
                return; // retryAfterSecs() refuses this client anyway
        }
        it = m_failures.insert(key, {});
    }
    QList<qint64> &failures = *it;
    // Failures older than the window no longer count.
    while (!failures.isEmpty() && failures.first() + m_windowMs <= now)
        failures.removeFirst();
    failures.append(now);
    while (failures.size() > m_maxFailures)
        failures.removeFirst();
}

void LoginRateLimiter::recordSuccess(const QHostAddress &client)
{
    QMutexLocker lock(&m_mutex);
    m_failures.remove(clientKey(client));
}

int LoginRateLimiter::trackedClients() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_failures.size());
}

} // namespace raycstr::auth

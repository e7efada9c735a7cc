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

qint64 LoginRateLimiter::globalWaitMs(qint64 now)
{
    while (!m_global.isEmpty() && m_global.first() + qMax(m_windowMs, m_rateMs) <= now)
        m_global.removeFirst();
    // The budget and the rate each look at their last so many failures (newest at the end):
    // the oldest of them decides when one more is allowed.
    const auto waitFor = [&](int failures, qint64 periodMs) -> qint64 {
        if (m_global.size() < failures)
            return 0;
        return qMax<qint64>(0, m_global.at(m_global.size() - failures) + periodMs - now);
    };
    return qMax(waitFor(m_globalFailures, m_windowMs), waitFor(m_rateFailures, m_rateMs));
}

bool LoginRateLimiter::isTrusted(const QByteArray &key, qint64 now) const
{
    const auto it = m_trusted.constFind(key);
    return it != m_trusted.cend() && it.value() + TrustedForMs > now;
}

qint64 LoginRateLimiter::retryAfterSecs(const QHostAddress &client)
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock->nowMs();
    const QByteArray key = clientKey(client);
    auto it = m_failures.constFind(key);
    qint64 wait = 0;
    if (it != m_failures.constEnd()) {
        wait = waitMs(*it, now);
    } else if (m_failures.size() >= m_maxClients) {
        prune(now);
        // Full of clients that failed recently: refuse newcomers until the oldest entry
        // could have aged out (the whole window, as we do not track which one that is).
        if (m_failures.size() >= m_maxClients)
            wait = m_windowMs;
    }
    if (wait == 0 && !isTrusted(key, now))
        wait = globalWaitMs(now);
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
    // A blocked client spends no more of the global budget (see the header).
    if (failures.size() < m_maxFailures && !isTrusted(key, now)) {
        globalWaitMs(now); // drops the old ones
        m_global.append(now);
        // Kept for the budget and the rate, whichever looks further back.
        while (m_global.size() > qMax(m_globalFailures, m_rateFailures))
            m_global.removeFirst();
    }
    failures.append(now);
    while (failures.size() > m_maxFailures)
        failures.removeFirst();
}

void LoginRateLimiter::recordSuccess(const QHostAddress &client)
{
    QMutexLocker lock(&m_mutex);
    const QByteArray key = clientKey(client);
    m_failures.remove(key);
    const qint64 now = m_clock->nowMs();
    if (!m_trusted.contains(key) && m_trusted.size() >= MaxTrusted) {
        // Full: the client trusted longest ago makes room.
        auto oldest = m_trusted.begin();
        for (auto t = m_trusted.begin(); t != m_trusted.end(); ++t) {
            if (t.value() < oldest.value())
                oldest = t;
        }
        m_trusted.erase(oldest);
    }
    m_trusted.insert(key, now);
}

int LoginRateLimiter::trackedClients() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_failures.size());
}

} // namespace raycstr::auth

#include "store/clickhousesaltstore.h"

#include "core/logging.h"
#include "store/clickhouseclient.h"
#include "store/clickhouseschema.h"
#include "store/rowbinary.h"

#include <QSet>
#include <QThread>

namespace raycstr {

namespace {
// Candidates younger than this may still be joined by a concurrent one.
constexpr qint64 FreshCandidateSecs = 5;
} // namespace

ClickHouseSaltStore::ClickHouseSaltStore(ClickHouseClient *client)
    : m_client(client)
{ }

void ClickHouseSaltStore::settle() const
{
    if (m_settleMs > 0)
        QThread::msleep(ulong(m_settleMs));
}

std::optional<QByteArray> ClickHouseSaltStore::winner(qint64 day, qint64 *newest)
{
    QByteArray answer;
    ClickHouseError e;
    if (!m_client->select("SELECT salt, created_at FROM salts WHERE day = "
                              + QByteArray::number(day),
                          &answer, &e)) {
        qCWarning(lcStore, "could not read the daily salt: %s", qPrintable(e.toString()));
        return std::nullopt;
    }
    QByteArray best;
    qint64 bestCreated = 0;
    qint64 latest = 0;
    RowBinaryReader r(answer);
    while (!r.atEnd()) {
        const QByteArray salt = r.bytes();
        const qint64 created = r.int64();
        if (!r.ok()) {
            qCWarning(lcStore, "could not read the daily salt: short answer");
            return std::nullopt;
        }
        latest = qMax(latest, created);
        if (best.isEmpty() || created < bestCreated || (created == bestCreated && salt < best)) {
            best = salt;
            bestCreated = created;
        }
    }
    if (newest)
        *newest = latest;
    return best;
}

bool ClickHouseSaltStore::insert(qint64 day, const QByteArray &salt, qint64 created, QString *error)
{
    RowBinaryWriter w;
    w.int64(day);
    w.bytes(salt);
    w.int64(created);
    ClickHouseError e;
    // The rows travel in the body: ClickHouse's query log keeps the statement, not the data.
    if (m_client->insert("salts (day, salt, created_at)", w.data(), &e))
        return true;
    *error = e.toString();
    return false;
}

QByteArray ClickHouseSaltStore::saltForDay(qint64 day, qint64 nowSecs)
{
    qint64 newest = 0;
    std::optional<QByteArray> found = winner(day, &newest);
    if (found && !found->isEmpty()) {
        if (nowSecs - newest >= FreshCandidateSecs)
            return *found;
        settle();
        const std::optional<QByteArray> again = winner(day);
        return again && !again->isEmpty() ? *again : *found;
    }
    // None stored (or no answer): offer a candidate; one made earlier while ClickHouse was
    // away stays the one this collector uses.
    Candidate candidate = m_unconfirmed.value(day);
    if (candidate.salt.isEmpty())
        candidate = {makeRandomSalt(), nowSecs};
    QString error;
    if (!found || !insert(day, candidate.salt, candidate.created, &error)) {
        qCWarning(lcStore,
                  "the daily salt is not stored yet (ClickHouse: %s); going on with "
                  "one of this collector's own",
                  qPrintable(found ? error : QStringLiteral("no answer")));
        m_unconfirmed.insert(day, candidate);
        return candidate.salt;
    }
    m_unconfirmed.remove(day);
    settle();
    const std::optional<QByteArray> settled = winner(day);
    return settled && !settled->isEmpty() ? *settled : candidate.salt;
}

QByteArray ClickHouseSaltStore::existingSalt(qint64 day)
{
    const std::optional<QByteArray> found = winner(day);
    if (found && !found->isEmpty())
        return *found;
    return m_unconfirmed.value(day).salt;
}

bool ClickHouseSaltStore::storeUnconfirmed(QString *error)
{
    for (auto it = m_unconfirmed.begin(); it != m_unconfirmed.end();) {
        if (!insert(it.key(), it->salt, it->created, error)) {
            *error = QStringLiteral("storing the daily salt: %1").arg(*error);
            return false;
        }
        qCInfo(lcStore, "stored the daily salt made while ClickHouse was unreachable");
        it = m_unconfirmed.erase(it);
    }
    return true;
}

int ClickHouseSaltStore::deleteSaltsCreatedBefore(qint64 cutoffSecs)
{
    int deleted = int(m_unconfirmed.removeIf(
        [&](const auto &entry) { return entry.value().created < cutoffSecs; }));
    // A day goes with its winner (the oldest candidate); the losers go with it.
    QByteArray answer;
    ClickHouseError e;
    if (!m_client->select("SELECT day FROM salts GROUP BY day HAVING min(created_at) < "
                              + QByteArray::number(cutoffSecs),
                          &answer, &e)) {
        qCWarning(lcStore, "could not list expired salts: %s", qPrintable(e.toString()));
        return deleted;
    }
    QList<qint64> days;
    RowBinaryReader r(answer);
    while (!r.atEnd()) {
        const qint64 day = r.int64();
        if (!r.ok())
            break;
        days.append(day);
    }
    if (days.isEmpty())
        return deleted;
    // On a cluster the salts live in the first shard's salts_local (ClickHouseSchema); the
    // day goes from every node's, so none keeps a copy (an admin's replicas included).
    const QByteArray table = ClickHouseSchema::localTable(m_client->endpoint(), "salts");
    QSet<qint64> gone(days.cbegin(), days.cend());
    QString error;
    ClickHouseSchema::forEachNode(
        m_client,
        [&](ClickHouseClient &node, QString *) {
            for (const qint64 day : std::as_const(days)) {
                if (!node.execute("ALTER TABLE " + table + " DROP PARTITION "
                                      + QByteArray::number(day),
                                  &e)) {
                    qCWarning(lcStore, "could not delete an expired salt: %s",
                              qPrintable(e.toString()));
                    gone.remove(day);
                }
            }
            return true;
        },
        &error);
    if (!error.isEmpty()) {
        qCWarning(lcStore, "could not delete expired salts: %s", qPrintable(error));
        return deleted;
    }
    return deleted + int(gone.size());
}

} // namespace raycstr

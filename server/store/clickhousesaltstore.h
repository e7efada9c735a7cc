#pragma once

#include "ingest/saltstore.h"

#include <QHash>
#include <optional>

namespace raycstr {

class ClickHouseClient;

// The daily salts on ClickHouse, shared by every collector writing to it: all of them must
// hash a visitor alike on a given day, and none may keep a salt past its 48 hours.
//
// Agreeing without a lock (ClickHouse has none, nor unique keys): a collector that finds
// no salt for a day inserts a random candidate, waits settleMs, and reads all of the day's
// candidates; the winner is the one with the smallest (created_at, salt), a rule every
// reader applies alike. A collector inserts only when its read found nothing, that is,
// before the first candidate was stored; so every candidate's insert started before the
// first one's finished, and each collector reads again settleMs after its own insert
// finished. Once every insert takes less than settleMs, every collector sees every
// candidate in that second read and they all pick the same one. Readers that find
// candidates made in the last few seconds wait and read once more as well. The price is one
// wait of settleMs on the writer thread when a day begins (per time zone in use).
//
// Expired salts must leave the disk: deleteSaltsCreatedBefore() drops the day's partition;
// the table is never merged and deletes dropped parts at once (ClickHouseSchema), so the
// files are gone when it returns (tst_clickhouseeventstore greps the data directory).
//
// If ClickHouse cannot be reached, a collector goes on with a candidate of its own, kept in
// memory and stored (by ClickHouseEventStore::write) before the events hashed with it; if
// another collector's salt won that day meanwhile, the two hash that day's visitors
// differently — which matters only if a visitor reaches both (load balancers keep them
// sticky). A restart reads the winner.
class ClickHouseSaltStore final : public SaltStore
{
public:
    explicit ClickHouseSaltStore(ClickHouseClient *client);

    QByteArray saltForDay(qint64 day, qint64 nowSecs) override;
    QByteArray existingSalt(qint64 day) override;
    int deleteSaltsCreatedBefore(qint64 cutoffSecs) override;

    void setSettleMs(int ms) { m_settleMs = ms; }
    // Stores candidates made while ClickHouse was unreachable; false with `error` if that
    // still fails.
    bool storeUnconfirmed(QString *error);
    int unconfirmedCount() const { return int(m_unconfirmed.size()); }

private:
    // The day's winning candidate (empty: none yet), or nothing when ClickHouse did not
    // answer. `newest`: the latest created_at among the candidates.
    std::optional<QByteArray> winner(qint64 day, qint64 *newest = nullptr);
    bool insert(qint64 day, const QByteArray &salt, qint64 created, QString *error);
    void settle() const;

    ClickHouseClient *m_client;
    struct Candidate
    {
        QByteArray salt;
        qint64 created = 0;
    };
    QHash<qint64, Candidate> m_unconfirmed; // day → a salt in use that ClickHouse lacks
    int m_settleMs = 500;
};

} // namespace raycstr

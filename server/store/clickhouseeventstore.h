#pragma once

#include "store/clickhouseclient.h"
#include "store/clickhouserollups.h"
#include "store/clickhousesaltstore.h"
#include "store/eventstore.h"

#include <QHash>
#include <functional>
#include <memory>
#include <optional>

namespace raycstr {

// The ClickHouse backend's write side (issue 16): the writer thread's EventStore on the
// tables of ClickHouseSchema. Sites, keys and goals stay in the local SQLite file for now;
// `siteExists` asks it.
//
// A write() is one INSERT into `events` (RowBinary), one into `dropped` and one into
// `rollups` (the batch's daily sums, ClickHouseRollups), the rows tagged with a random 64-bit
// batch id. The engine calls write() again with the same events when
// it returned false; the store then first asks what of that batch already landed (the
// answer to an INSERT can be lost after ClickHouse stored it) and sends only the rest, the
// very rows of the first attempt: a batch is stored once, never twice, never lost.
//
// Several collectors may write to one ClickHouse: each needs its visitors sticky (the
// sessionizer state is per process); the salts are shared (ClickHouseSaltStore).
//
// Threading: like every EventStore, one thread (the writer); see ClickHouseClient.
class ClickHouseEventStore final : public EventStore
{
public:
    using SiteExists = std::function<bool(qint32 siteId)>;

    // Ensures the schema (ClickHouseSchema::ensure) and returns the store, or nothing with
    // `error`.
    static std::unique_ptr<ClickHouseEventStore> open(std::unique_ptr<ClickHouseClient> client,
                                                      SiteExists siteExists, QString *error);
    // For a client whose schema is known to exist.
    ClickHouseEventStore(std::unique_ptr<ClickHouseClient> client, SiteExists siteExists);
    ~ClickHouseEventStore() override;

    bool write(std::vector<Event> &events, const QList<DropCount> &drops, QString *error) override;
    bool isDiskFull(const QString &writeError) const override;
    // Drops every month partition whose events are all older than the cutoff: retention on
    // ClickHouse has month granularity (a month goes once its last day is past the cutoff).
    qint64 deleteEventsBefore(qint64 cutoffSecs, QString *error) override;
    bool replay(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                const std::function<void(Event &)> &visit, QString *error) override;
    SaltStore *salts() override { return &m_salts; }
    // About one INSERT a second per collector: each makes a part that ClickHouse merges
    // later; many small ones cost merges and, past 300 per partition, refusals.
    int batchWindowMs() const override { return 1000; }

    // For `migrate` (a copy of a SQLite store, server/store/clickhousemigration.h):
    // - the id the next new batch gets instead of a random one (0: random), so the copy can
    //   record it before any of its rows are sent;
    // - the import the events written from now on came from (0: none), as on SQLite;
    // - keys of `siteId` handed out afresh from `fromSecs`, whatever the site has stored
    //   later (a collector already writing there): a copied day keeps its own order.
    // - whether events fold into the rollups (migrate copies SQLite's own rollups instead,
    //   through rollups(): they go with the next write(), even one without events).
    void setNextBatch(quint64 batch) { m_nextBatch = batch; }
    void setFoldRollups(bool fold) { m_foldRollups = fold; }
    ClickHouseRollups &rollups() { return m_rollups; }
    void setImportId(qint64 importId) { m_importId = importId; }
    void restartKeysAt(qint32 siteId, qint64 fromSecs)
    {
        m_lastKey.insert(siteId, {fromSecs - 1, 0});
    }

    ClickHouseClient *client() { return m_client.get(); }
    ClickHouseSaltStore &saltStore() { return m_salts; }
    // The batch a failed write() left to finish (0: none). For tests.
    quint64 pendingBatch() const { return m_pending ? m_pending->batch : 0; }

private:
    // A batch encoded once; a retry sends these very rows again (same batch, same seqs).
    struct Pending
    {
        quint64 batch = 0;
        size_t fingerprint = 0; // of the events and drops it was made from
        QByteArray events; // RowBinary rows
        QList<qsizetype> rowEnds; // where each row ends in `events`
        struct Key
        {
            qint32 siteId;
            quint32 ts;
            quint32 seq;
        };
        QList<Key> keys; // per row: identifies it within the batch
        QByteArray drops;
        QByteArray where; // SQL: the batch's rows' site and time range, for the checks
        QByteArray dropsWhere;
        QMap<quint32, QByteArray> rollups; // per month partition: rows not yet known landed
        bool eventsTried = false; // an insert was sent: it may have landed
        bool eventsDone = false;
        bool dropsTried = false;
        bool dropsDone = false;
        bool rollupsTried = false;
    };

    bool encode(std::vector<Event> &events, const QList<DropCount> &drops, QString *error);
    bool finishPending(QString *error);
    bool insertEvents(Pending &p, QString *error);
    bool insertDrops(Pending &p, QString *error);
    bool insertRollups(Pending &p, QString *error);
    // Whether the query `queryId` still runs (true also when that cannot be asked, with
    // `error`): then its rows are not to be checked or sent yet.
    bool isRunning(const QString &queryId, quint64 batch, QString *error);
    bool loadKeyStates(const QList<qint32> &sites, qint64 fromSecs, QString *error);
    quint32 nextSeq(qint32 siteId, qint64 *ts);

    std::unique_ptr<ClickHouseClient> m_client;
    SiteExists m_siteExists;
    std::optional<Pending> m_pending;
    struct KeyState
    {
        qint64 ts = 0;
        quint32 seq = 0;
    };
    QHash<qint32, KeyState> m_lastKey; // per site: last (ts, seq) handed out
    ClickHouseSaltStore m_salts;
    ClickHouseRollups m_rollups;
    bool m_foldRollups = true;
    quint64 m_nextBatch = 0;
    qint64 m_importId = 0;
};

} // namespace raycstr

#pragma once

#include "ingest/saltstore.h"
#include "store/eventstore.h"
#include "store/interner.h"
#include "store/rollupbatch.h"
#include "store/sqlitedb.h"

#include <QHash>

namespace raycstr {

// The SQLite backend: one connection, owned by the writer thread. A batch is one
// transaction holding the raw events, the rollup upserts, interned strings and drop
// counts, so a crash never leaves rollups that disagree with the raw events.
class SqliteEventStore final : public EventStore, private SaltStore
{
public:
    // `db` must be open and migrated (Database::open). write() stores nothing for a site
    // that is not (or no longer) in the sites table, and takes its events out of `events`.
    explicit SqliteEventStore(SqliteDb *db);

    bool write(std::vector<Event> &events, const QList<DropCount> &drops, QString *error) override;
    bool isDiskFull(const QString &writeError) const override;
    qint64 deleteEventsBefore(qint64 cutoffSecs, QString *error) override;
    bool replay(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                const std::function<void(Event &)> &visit, QString *error) override;
    SaltStore *salts() override { return this; }
    // Like replay(), with every stored field (properties, value) and each event's import
    // (0: none): what a copy into another store needs. `visit` returns false to stop early.
    // The sessionizer's own bookkeeping that is not stored per event (entry page, bounce
    // and duration deltas) is left empty: VisitRebuilder makes it again.
    bool readEvents(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                    const std::function<bool(Event &, qint64 importId)> &visit, QString *error);

    // For an import (server/import): events written from now on carry `importId` (0: none),
    // so the import can be listed and undone exactly.
    void setImportId(qint64 importId) { m_importId = importId; }
    // Keys of `siteId` are handed out afresh in [fromSecs, toSecs), after the newest event
    // stored there, instead of after the newest of the site: an import writes a past day
    // that holds no other site's data, whose events would otherwise all be filed under
    // the newest second of the site.
    void restartKeysAt(qint32 siteId, qint64 fromSecs, qint64 toSecs);

private:
    // SaltStore
    QByteArray saltForDay(qint64 day, qint64 nowSecs) override;
    QByteArray existingSalt(qint64 day) override;
    int deleteSaltsCreatedBefore(qint64 cutoffSecs) override;

    bool read(qint32 siteId, qint64 fromSecs, qint64 toSecs, bool whole,
              const std::function<bool(Event &, qint64)> &visit, QString *error);
    qint64 nextKey(qint32 siteId, qint64 *ts);
    bool writeRollups(QString *error);

    SqliteDb *m_db;
    Interner m_interner;
    RollupBatch m_rollups;
    struct KeyState
    {
        qint64 ts = 0;
        qint64 n = -1;
    };
    QHash<qint32, KeyState> m_lastKey; // per site: last key handed out
    Statement m_insertEvent;
    Statement m_upsertDaily;
    Statement m_upsertHourly;
    Statement m_upsertDropped;
    Statement m_upsertVitals;
    Statement m_maxKey;
    Statement m_siteExists;
    qint64 m_importId = 0;
    bool m_saltWipePending = false; // a salt was deleted; the WAL still has to be cut
};

// JSON object text of the properties, keys sorted, so equal sets intern to one string.
QByteArray propsToJson(const QList<Property> &props);
// The properties again from that text (in key order).
QList<Property> propsFromJson(const QByteArray &json);

} // namespace raycstr

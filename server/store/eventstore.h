#pragma once

#include "core/event.h"

#include <QList>
#include <functional>
#include <vector>

namespace raycstr {

class SaltStore;

struct DropCount
{
    qint32 siteId = 0;
    qint64 day = 0;
    QString reason;
    qint64 count = 0;
};

// The seam between the writer thread and a storage backend: SQLite today, ClickHouse
// later. Everything is called from the one writer thread.
class EventStore
{
public:
    virtual ~EventStore() = default;

    // Stores the events, updates the rollups from their flags and deltas, and adds the
    // drop counts — all in one transaction. Event ts may be adjusted (see eventkey.h).
    virtual bool write(std::vector<Event> &events, const QList<DropCount> &drops, QString *error)
        = 0;
    // Whether `writeError` (from write()) means the disk is full, so that ingest can tell
    // "disk full" from other failures. Only the backend knows its own errors.
    virtual bool isDiskFull(const QString &writeError) const = 0;

    // Retention: deletes raw events older than `cutoffSecs` (rollups stay). Returns the
    // number deleted, -1 on error.
    virtual qint64 deleteEventsBefore(qint64 cutoffSecs, QString *error) = 0;

    // Reads back a site's stored events with ts in [fromSecs, toSecs), in order, decoded
    // to what the sessionizer needs (so its state can be rebuilt after a restart).
    virtual bool replay(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                        const std::function<void(Event &)> &visit, QString *error)
        = 0;

    // The daily salts live with the data.
    virtual SaltStore *salts() = 0;

    // How long, at least, the writer should let hits gather before a write() under load
    // (0: the engine's own EngineOptions::batchWindowMs). A backend whose every write
    // costs on its own side asks for more: ClickHouse makes a part per INSERT and wants
    // about one a second.
    virtual int batchWindowMs() const { return 0; }
};

} // namespace raycstr

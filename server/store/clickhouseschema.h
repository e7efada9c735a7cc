#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace raycstr {

class ClickHouseClient;

// RayCstr's tables on ClickHouse (docs/clickhouse.md), designed for it rather than copied
// from SQLite: raw events in one wide MergeTree table, partitioned by month (retention
// drops whole partitions) and ordered by (site_id, ts, visitor), so a site's time range is
// one contiguous read. Only SQL that ClickHouse 18.16 (Debian bookworm) and current
// releases both accept: no LowCardinality, DateTime64, Map, TTL or lightweight DELETE.
//
//   events          one row per stored event; strings inline (ClickHouse's column
//                   compression does what SQLite's interning does by hand). `seq` orders
//                   the events of one (site, ts) as the writer received them; `batch` is
//                   the random id of the write() that stored the row (retries check it).
//   dropped         drop counts per (site, local day, reason); read with sum(count). One
//                   row per batch (`batch` in the key), so a retried insert can be checked.
//   salts           the daily salts: candidates, one partition per day, never merged, old
//                   parts removed at once (see ClickHouseEventStore: expired salt bytes
//                   must leave the disk).
//   schema_version  the versions applied, for later migrations.
//
// Every statement is idempotent (IF NOT EXISTS), so collectors may run it at every start.
class ClickHouseSchema
{
public:
    static constexpr int Version = 1;

    // Creates the database and the tables where missing and records the version. Refuses
    // (false, `error`) a database written by a newer schema than this build knows.
    static bool ensure(ClickHouseClient *client, QString *error);

    // The DDL, in order, for `database` (CREATE DATABASE first): what ensure() runs.
    static QList<QByteArray> statements(const QString &database);

    // The events table's columns in the order the writer sends them.
    static QByteArray eventColumns();
    static QByteArray droppedColumns();
};

} // namespace raycstr

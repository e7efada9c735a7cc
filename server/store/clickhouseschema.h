#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace raycstr {

class ClickHouseClient;
struct ClickHouseEndpoint;

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
//   rollups         daily sums per (site, local day, dimension, value) as SQLite's
//                   rollup_daily keeps them, plus hourly totals (dim RollupHourDim, slot
//                   = the hour's UTC start), vitals histograms (RollupVitalsDim) and the
//                   batch markers that make their inserts once-only (ClickHouseRollups).
//                   SummingMergeTree by month; read with sum().
//   salts           the daily salts: candidates, one partition per day, never merged, old
//                   parts removed at once (see ClickHouseEventStore: expired salt bytes
//                   must leave the disk).
//   schema_version  the versions applied, for later migrations.
//
// Every statement is idempotent (IF NOT EXISTS), so collectors may run it at every start.
//
// On a cluster (`?cluster=NAME`, docs/clickhouse.md "Cluster") every node gets the same
// tables, the data ones under a `_local` name, and the readers' and writers' names become
// Distributed tables over them:
//   events   Distributed(NAME, db, events_local, intHash64(visitor)): a visitor's events
//            lie on one shard. The stored visitor id is the one a visit began with, kept
//            across midnight (Sessionizer), so a whole visit and a visitor's whole local
//            day are on one shard: daily unique visitors add up across shards, and the
//            per-visit questions (exit page, goal filters, funnels) need no other shard.
//            Sharding by (visitor, day) would split the visits that cross midnight.
//   dropped  Distributed(NAME, db, dropped_local, batch): a batch's drop counts on one
//            shard, so their insert stays all or nothing (the retry check relies on it).
//   rollups  Distributed(NAME, db, rollups_local, batch): likewise a batch's rollup rows
//            and its markers on one shard. Sums add up whatever shard holds them.
//   salts    Distributed(NAME, db, salts_local, toUInt64(0) * day) — every row to the
//            first shard: ONE table of salts for every collector whichever node its URL
//            names, because collectors must agree on a day's salt (ClickHouseSaltStore
//            reads all of a day's candidates and picks the same winner). Sharding them,
//            or keeping them on the URL's node, would let two collectors on two nodes each
//            see only their own candidate. The other nodes' salts_local stay empty.
//   schema_version stays each node's own.
// ClickHouse 18.16 runs `CREATE … ON CLUSTER` only through its distributed DDL queue,
// which needs ZooKeeper; so RayCstr runs the DDL on each node itself (the URL's node and
// every host of system.clusters for NAME, at the URL's HTTP port). An admin with a
// ZooKeeper/Keeper cluster may create the tables beforehand ON CLUSTER (e.g. as
// ReplicatedMergeTree): IF NOT EXISTS leaves them as they are.
class ClickHouseSchema
{
public:
    // 2: the rollups table (issue 16). A version-1 database with events is refused (its
    // events cannot give the rollups); an empty one is upgraded.
    static constexpr int Version = 2;
    // The rollups table's `dim` beyond core/event.h's Dimension values.
    static constexpr int RollupHourDim = 100;
    static constexpr int RollupVitalsDim = 101;
    static constexpr int RollupMarkerDim = 255;

    // Creates the database and the tables where missing and records the version, on every
    // node of a cluster. Refuses (false, `error`) a database written by a newer schema
    // than this build knows.
    static bool ensure(ClickHouseClient *client, QString *error);

    // The DDL, in order, for `endpoint`'s database (CREATE DATABASE first), on one node:
    // what ensure() runs on each.
    static QList<QByteArray> statements(const ClickHouseEndpoint &endpoint);

    // The table that holds `table`'s rows on each node: "events_local" on a cluster,
    // "events" otherwise (for system.parts and DROP PARTITION).
    static QByteArray localTable(const ClickHouseEndpoint &endpoint, const QByteArray &table);

    // Runs `run` with a client of every node that holds RayCstr's tables: `client` itself
    // without a cluster; on a cluster, the URL's node and each host system.clusters lists
    // for it. Stops at the first failure (false, `error`).
    static bool forEachNode(ClickHouseClient *client,
                            const std::function<bool(ClickHouseClient &, QString *)> &run,
                            QString *error);

    // The events table's columns in the order the writer sends them.
    static QByteArray eventColumns();
    static QByteArray droppedColumns();
    static QByteArray rollupColumns();
};

} // namespace raycstr

#include "store/clickhouseschema.h"

#include "core/logging.h"
#include "store/clickhouseclient.h"
#include "store/rowbinary.h"

#include <QCoreApplication>

namespace raycstr {

namespace {

// One place for the column lists: the DDL below and the writer's inserts use them.
constexpr char EventColumnsDdl[]
    = "site_id Int32, ts DateTime, seq UInt32, batch UInt64, visitor UInt64, "
      "visit_start DateTime, day Int32, hour_start DateTime, visit_day Int32, kind UInt8, "
      "flags UInt32, hostname String, path String, entry_path String, source String, "
      "referrer String, utm_source String, utm_medium String, utm_campaign String, "
      "utm_content String, utm_term String, country String, device UInt8, browser String, "
      "browser_version String, os String, os_version String, name String, "
      "prop_keys Array(String), prop_values Array(String), value Float64, has_value UInt8, "
      "interactive UInt8, bounce_delta Int8, duration_delta Int64, import_id Int64";
constexpr char DroppedColumnsDdl[]
    = "site_id Int32, day Int32, reason String, count Int64, batch UInt64";
constexpr char RollupColumnsDdl[]
    = "site_id Int32, dim UInt8, slot Int64, value String, copy_of UInt64, visitors Int64, "
      "visits Int64, "
      "pageviews Int64, events Int64, bounces Int64, duration Int64, batch UInt64";

// "a Int32, b String" → "(a, b)"
QByteArray namesOf(const char *ddl)
{
    QByteArray names = "(";
    const QList<QByteArray> columns = QByteArray(ddl).split(',');
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i)
            names += ", ";
        names += columns[i].trimmed().split(' ').first();
    }
    return names + ')';
}

// Version 1 kept no rollups, and its events lack what they are made of (the sessionizer's
// per-dimension "new today" flags and exit moves are not stored): they cannot be rebuilt
// from the raw rows. An empty store is upgraded; one with events is refused with the way
// out (copy the SQLite store again into a fresh database with `migrate`).
bool upgradeFromVersion1(ClickHouseClient *client, QString *error)
{
    const QByteArray events = ClickHouseSchema::localTable(client->endpoint(), "events");
    QByteArray rows;
    ClickHouseError e;
    if (!client->select("SELECT count() FROM " + events, &rows, &e)) {
        *error = QStringLiteral("reading the ClickHouse schema version: %1").arg(e.toString());
        return false;
    }
    const quint64 stored = RowBinaryReader(rows).uint64();
    if (stored == 0)
        return true;
    *error = QCoreApplication::translate(
                 "raycstr::ClickHouseSchema",
                 "the ClickHouse database %1 was written by an older RayCstr (schema version 1, "
                 "%2 events) without the daily rollups this version reads, and they cannot be "
                 "rebuilt from its events: copy the SQLite store into a new database with "
                 "`raycstr-server migrate --to clickhouse://…/NEWDB`, or drop the database")
                 .arg(client->endpoint().database)
                 .arg(stored);
    return false;
}

// The tables and the version on one node.
bool ensureOn(ClickHouseClient *client, QString *error)
{
    ClickHouseError e;
    const QList<QByteArray> ddl = ClickHouseSchema::statements(client->endpoint());
    for (qsizetype i = 0; i < ddl.size(); ++i) {
        const auto scope
            = i == 0 ? ClickHouseClient::Scope::Server : ClickHouseClient::Scope::Database;
        if (!client->execute(ddl[i], &e, scope)) {
            *error = QStringLiteral("creating the ClickHouse schema on %1: %2")
                         .arg(client->endpoint().host, e.toString());
            return false;
        }
    }
    QByteArray rows;
    if (!client->select("SELECT toUInt32(max(version)) FROM schema_version", &rows, &e)) {
        *error = QStringLiteral("reading the ClickHouse schema version: %1").arg(e.toString());
        return false;
    }
    RowBinaryReader reader(rows);
    const quint32 stored = reader.uint32();
    if (!reader.ok()) {
        *error = QStringLiteral("reading the ClickHouse schema version: short answer");
        return false;
    }
    if (stored > quint32(ClickHouseSchema::Version)) {
        *error = QCoreApplication::translate("raycstr::ClickHouseSchema",
                                             "the ClickHouse database %1 has schema version %2, "
                                             "newer than this RayCstr knows (%3): upgrade RayCstr")
                     .arg(client->endpoint().database)
                     .arg(stored)
                     .arg(ClickHouseSchema::Version);
        return false;
    }
    if (stored == quint32(ClickHouseSchema::Version))
        return true;
    if (stored == 1 && !upgradeFromVersion1(client, error))
        return false;
    // Two collectors starting together may both record it: max(version) does not mind.
    if (!client->execute("INSERT INTO schema_version VALUES ("
                             + QByteArray::number(ClickHouseSchema::Version) + ", now())",
                         &e)) {
        *error = QStringLiteral("recording the ClickHouse schema version: %1").arg(e.toString());
        return false;
    }
    qCInfo(lcStore, "ClickHouse schema version %d ready in %s", ClickHouseSchema::Version,
           qPrintable(client->endpoint().toDisplayString()));
    return true;
}

} // namespace

QByteArray ClickHouseSchema::eventColumns()
{
    static const QByteArray names = namesOf(EventColumnsDdl);
    return names;
}

QByteArray ClickHouseSchema::droppedColumns()
{
    static const QByteArray names = namesOf(DroppedColumnsDdl);
    return names;
}

QByteArray ClickHouseSchema::rollupColumns()
{
    static const QByteArray names = namesOf(RollupColumnsDdl);
    return names;
}

QByteArray ClickHouseSchema::localTable(const ClickHouseEndpoint &endpoint, const QByteArray &table)
{
    return endpoint.isCluster() ? table + "_local" : table;
}

QList<QByteArray> ClickHouseSchema::statements(const ClickHouseEndpoint &endpoint)
{
    const QByteArray db = endpoint.database.toUtf8(); // checked by StoreLocation: [A-Za-z0-9_]
    const QByteArray events = db + '.' + localTable(endpoint, "events");
    const QByteArray dropped = db + '.' + localTable(endpoint, "dropped");
    const QByteArray salts = db + '.' + localTable(endpoint, "salts");
    const QByteArray rollups = db + '.' + localTable(endpoint, "rollups");
    QList<QByteArray> ddl = {
        "CREATE DATABASE IF NOT EXISTS " + db,
        "CREATE TABLE IF NOT EXISTS " + events + " (" + EventColumnsDdl
            + ") ENGINE = MergeTree() PARTITION BY toYYYYMM(ts) ORDER BY (site_id, ts, visitor)",
        // SummingMergeTree would add up rows of one key; with `batch` in the key there is
        // nothing to add, but readers that sum(count) stay right either way.
        "CREATE TABLE IF NOT EXISTS " + dropped + " (" + DroppedColumnsDdl
            + ") ENGINE = SummingMergeTree(count) ORDER BY (site_id, day, reason, batch)",
        // Sums per (site, dim, slot, value) (ClickHouseRollups): read with sum() and GROUP
        // BY, so whether merges have run never matters. `copy_of` is 0 but for `migrate`'s
        // batches, which stay apart so an interrupted copy's rows can be deleted exactly.
        // By month of the slot's day (an hour row's UTC day), so a batch's rows are one
        // part per month it touches.
        "CREATE TABLE IF NOT EXISTS " + rollups + " (" + RollupColumnsDdl
            + ") ENGINE = SummingMergeTree((visitors, visits, pageviews, events, bounces, "
              "duration)) PARTITION BY toYYYYMM(toDate(toUInt16(if(dim = "
            + QByteArray::number(RollupHourDim)
            + ", intDiv(slot, 86400), slot)))) ORDER BY (site_id, dim, slot, value, copy_of)",
        // DROP PARTITION deletes a partition's parts from the disk before it returns; parts
        // a merge replaced would linger until a background cleanup (minutes later), so the
        // table is never merged (no part is small enough for the size limits), and should
        // an admin's OPTIMIZE merge it anyway, the replaced parts go at the next cleanup
        // instead of after 8 minutes (old_parts_lifetime 0).
        "CREATE TABLE IF NOT EXISTS " + salts
            + " (day Int64, salt String, created_at Int64) ENGINE = MergeTree() "
              "PARTITION BY day ORDER BY day SETTINGS old_parts_lifetime = 0, "
              "max_bytes_to_merge_at_max_space_in_pool = 1, "
              "max_bytes_to_merge_at_min_space_in_pool = 1",
        // `migrate`'s record of a copy from SQLite (server/store/clickhousemigration.h): a
        // row per batch before it is sent (state 0), per finished run of days (1), per
        // batch of an interrupted copy deleted again (2). Kept here, beside the rows it
        // vouches for: a new or emptied database starts the copy afresh. (On a cluster it
        // is the URL's node's own table; migrate to a cluster is not tested yet.)
        "CREATE TABLE IF NOT EXISTS " + db
            + ".migrations (site_id Int32, first_day Int32, last_day Int32, batch UInt64, "
              "state UInt8, events UInt64, at DateTime) ENGINE = MergeTree() "
              "ORDER BY (site_id, first_day, state)",
        "CREATE TABLE IF NOT EXISTS " + db
            + ".schema_version (version UInt32, applied_at DateTime) ENGINE = MergeTree() "
              "ORDER BY version",
    };
    if (!endpoint.isCluster())
        return ddl;
    // The names everything else reads and writes, over every shard (see the header for the
    // sharding keys). The salts' key is a column times zero, a full column of zeros: 18.16
    // takes a constant key as well, but a computed column is what every release's
    // Distributed insert handles alike.
    const QByteArray cluster = ClickHouseClient::quote(endpoint.cluster.toUtf8());
    const auto distributed = [&](const char *name, const char *columns, const char *key) {
        return "CREATE TABLE IF NOT EXISTS " + db + '.' + name + " (" + columns
            + ") ENGINE = Distributed(" + cluster + ", " + db + ", " + name + "_local, " + key
            + ')';
    };
    ddl.append(distributed("events", EventColumnsDdl, "intHash64(visitor)"));
    ddl.append(distributed("dropped", DroppedColumnsDdl, "batch"));
    ddl.append(distributed("rollups", RollupColumnsDdl, "batch"));
    ddl.append(distributed("salts", "day Int64, salt String, created_at Int64",
                           "toUInt64(0) * toUInt64(day)"));
    return ddl;
}

bool ClickHouseSchema::forEachNode(ClickHouseClient *client,
                                   const std::function<bool(ClickHouseClient &, QString *)> &run,
                                   QString *error)
{
    const ClickHouseEndpoint &endpoint = client->endpoint();
    if (!endpoint.isCluster())
        return run(*client, error);
    QByteArray answer;
    ClickHouseError e;
    if (!client->select("SELECT DISTINCT host_name FROM system.clusters WHERE cluster = "
                            + ClickHouseClient::quote(endpoint.cluster.toUtf8()),
                        &answer, &e, ClickHouseClient::Scope::Server)) {
        *error = QStringLiteral("listing the nodes of cluster %1: %2")
                     .arg(endpoint.cluster, e.toString());
        return false;
    }
    QStringList hosts;
    RowBinaryReader r(answer);
    while (!r.atEnd() && r.ok())
        hosts.append(r.string());
    if (!r.ok() || hosts.isEmpty()) {
        *error = QCoreApplication::translate("raycstr::ClickHouseSchema",
                                             "the ClickHouse server %1 has no cluster \"%2\" in "
                                             "its remote_servers")
                     .arg(endpoint.host, endpoint.cluster);
        return false;
    }
    // The URL's node first (it may hold no shard and only answer queries).
    if (!run(*client, error))
        return false;
    hosts.removeAll(endpoint.host);
    for (const QString &host : std::as_const(hosts)) {
        if (!run(*client->forHost(host), error))
            return false;
    }
    return true;
}

bool ClickHouseSchema::ensure(ClickHouseClient *client, QString *error)
{
    return forEachNode(
        client, [](ClickHouseClient &node, QString *error) { return ensureOn(&node, error); },
        error);
}

} // namespace raycstr

#pragma once

#include <QString>
#include <optional>

namespace raycstr {

// A ClickHouse server as RayCstr addresses it: its HTTP interface, the user, the database
// that holds RayCstr's tables. No password: that is given separately (config file or
// environment), so this stays safe to log and to show.
struct ClickHouseEndpoint
{
    QString host;
    quint16 port = 8123;
    QString user = QStringLiteral("default");
    QString database = QStringLiteral("raycstr");
    // The cluster of the server's remote_servers the tables are spread over (empty: one
    // node). With a cluster, `events` and `dropped` are Distributed tables over every
    // node's `events_local` / `dropped_local` (ClickHouseSchema).
    QString cluster;

    bool isCluster() const { return !cluster.isEmpty(); }
    // This endpoint on another node of the cluster: same port, user and database.
    ClickHouseEndpoint onHost(const QString &otherHost) const
    {
        ClickHouseEndpoint e = *this;
        e.host = otherHost;
        return e;
    }
    // "clickhouse://user@host:port/database[?cluster=NAME]" again (the form parse() reads).
    QString toDisplayString() const;
    friend bool operator==(const ClickHouseEndpoint &, const ClickHouseEndpoint &) = default;
};

// Where the event store lives, as the config's `store:` or `--store` names it. The one
// parser of that text, so every entry point accepts and refuses the same forms:
//   ""  or "sqlite"                       the SQLite file in the data directory (default)
//   "clickhouse://[user@]host[:port][/database][?cluster=NAME]"
//                                         ClickHouse over HTTP; user "default", port 8123
//                                         and database "raycstr" when left out; with a
//                                         cluster (a name in the server's remote_servers)
//                                         the events are sharded over its nodes
// A password inside the URL is refused: URLs end up in logs, process lists and shell
// histories.
class StoreLocation
{
public:
    enum class Kind { Sqlite, ClickHouse };

    StoreLocation() = default; // SQLite
    // The location, or nothing with `error` saying what is wrong and what is accepted.
    static std::optional<StoreLocation> parse(const QString &text, QString *error);

    Kind kind() const { return m_kind; }
    bool isClickHouse() const { return m_kind == Kind::ClickHouse; }
    // Meaningful for Kind::ClickHouse only.
    const ClickHouseEndpoint &clickHouse() const { return m_clickHouse; }
    // "sqlite" or the ClickHouse URL without secrets.
    QString toDisplayString() const;

private:
    Kind m_kind = Kind::Sqlite;
    ClickHouseEndpoint m_clickHouse;
};

} // namespace raycstr

#pragma once

// A reference test's traffic stored in a real ClickHouse as well (issue 16's parity suite):
// a server on loopback — or a cluster of two (tests/common/clickhousecluster.h), the events
// sharded over both —, the schema, the events written through ClickHouseEventStore after
// the same sessionizer as the SQLite copy, and query engines whose counts come from
// ClickHouseStats. Sites, goals and funnels stay in the test's SQLite data directory, as
// they do for a server on ClickHouse.

#include "common/clickhousecluster.h"
#include "common/clickhouseserver.h"
#include "common/trafficfeed.h"
#include "query/clickhousestats.h"
#include "query/queryengine.h"
#include "store/clickhouseclient.h"
#include "store/clickhouseeventstore.h"
#include "store/rowbinary.h"

#include <memory>

namespace raycstr::testing {

struct ClickHouseCopy
{
    enum class Layout { OneNode, Cluster };

    explicit ClickHouseCopy(Layout layout = Layout::OneNode)
        : layout(layout)
    { }

    Layout layout;
    ClickHouseServer server; // Layout::OneNode
    ClickHouseCluster cluster; // Layout::Cluster
    ClickHouseEndpoint endpoint;

    // Starts the server (or both nodes) and stores `traffic` in database `database` (on a
    // cluster through its first node).
    bool start(const QList<GenEvent> &traffic, const QString &database, QString *error)
    {
        if (layout == Layout::Cluster) {
            if (!cluster.start(error))
                return false;
            endpoint = cluster.endpoint(database);
        } else {
            if (!server.start(error))
                return false;
            endpoint = server.endpoint(database);
        }
        auto store = ClickHouseEventStore::open(
            std::make_unique<ClickHouseClient>(endpoint,
                                               QString::fromLatin1(ClickHouseServer::Password)),
            [](qint32) { return true; }, error);
        return store && storeTraffic(*store, traffic, zoneOf, 5000, error) > 0;
    }

    // An engine on `dataDir`'s sites and goals that counts in ClickHouse.
    std::unique_ptr<query::QueryEngine> engine(const QString &dataDir, const Clock *clock,
                                               query::QueryEngine::Options options = {}) const
    {
        // forceRaw: the rollups left aside on ClickHouse too (the raw path's parity).
        options.makeStats = [e = endpoint, raw = options.forceRaw](QString *) {
            return std::make_unique<query::ClickHouseStats>(
                e, QString::fromLatin1(ClickHouseServer::Password), raw);
        };
        return std::make_unique<query::QueryEngine>(dataDir, clock, options);
    }

    // count() of `table` as node `node` holds it itself (a cluster's shard: "events_local"),
    // -1 on error.
    qint64 count(const QByteArray &table, int node = 0) const
    {
        ClickHouseClient c(layout == Layout::Cluster ? cluster.nodeEndpoint(endpoint.database, node)
                                                     : endpoint,
                           QString::fromLatin1(ClickHouseServer::Password));
        QByteArray rows;
        ClickHouseError e;
        if (!c.select("SELECT count() FROM " + table, &rows, &e)) {
            qWarning("%s", qPrintable(e.toString()));
            return -1;
        }
        return qint64(RowBinaryReader(rows).uint64());
    }
};

} // namespace raycstr::testing

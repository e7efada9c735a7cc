#pragma once

// A reference test's traffic stored in a real ClickHouse as well (issue 16's parity suite):
// a server on loopback, the schema, the events written through ClickHouseEventStore after
// the same sessionizer as the SQLite copy, and query engines whose counts come from
// ClickHouseStats. Sites, goals and funnels stay in the test's SQLite data directory, as
// they do for a server on ClickHouse.

#include "common/clickhouseserver.h"
#include "common/trafficfeed.h"
#include "query/clickhousestats.h"
#include "query/queryengine.h"
#include "store/clickhouseclient.h"
#include "store/clickhouseeventstore.h"

#include <memory>

namespace raycstr::testing {

struct ClickHouseCopy
{
    ClickHouseServer server;
    ClickHouseEndpoint endpoint;

    // Starts the server and stores `traffic` in database `database`.
    bool start(const QList<GenEvent> &traffic, const QString &database, QString *error)
    {
        if (!server.start(error))
            return false;
        endpoint = server.endpoint(database);
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
        options.makeStats = [e = endpoint](QString *) {
            return std::make_unique<query::ClickHouseStats>(
                e, QString::fromLatin1(ClickHouseServer::Password));
        };
        return std::make_unique<query::QueryEngine>(dataDir, clock, options);
    }
};

} // namespace raycstr::testing

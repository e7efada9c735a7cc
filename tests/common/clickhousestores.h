#pragma once

// ClickHouse stores for tests, on the test executable's own server
// (tests/common/clickhouseserver.h): each test function gets its own database, named
// after it, and can ask the server directly what was stored.

#include "common/clickhouseserver.h"
#include "store/clickhouseeventstore.h"
#include "store/rowbinary.h"

#include <QSet>
#include <QTest>

namespace raycstr::testing {

class ClickHouseStores
{
public:
    ClickHouseServer server;

    static QString database()
    {
        return QString::fromLatin1(QTest::currentTestFunction()).toLower();
    }

    // A store on the current test's database (schema made), writing for `sites`; through
    // another port (a FaultyProxy's) when given.
    std::unique_ptr<ClickHouseEventStore> open(QSet<qint32> sites = {1, 2, 3}, quint16 port = 0)
    {
        ClickHouseEndpoint endpoint = server.endpoint(database());
        if (port)
            endpoint.port = port;
        auto client = std::make_unique<ClickHouseClient>(endpoint,
                                                         QLatin1String(ClickHouseServer::Password),
                                                         ClickHouseClient::Timeouts {2000, 10000});
        QString error;
        auto store = ClickHouseEventStore::open(
            std::move(client), [sites](qint32 id) { return sites.contains(id); }, &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        else
            store->saltStore().setSettleMs(200);
        return store;
    }

    // One number, asked directly (not through the store under test); -1 on error.
    quint64 scalar(const QByteArray &sql)
    {
        ClickHouseClient c(server.endpoint(database()), QLatin1String(ClickHouseServer::Password));
        QByteArray rows;
        ClickHouseError e;
        if (!c.select("SELECT toUInt64((" + sql + "))", &rows, &e)) {
            qWarning("%s", qPrintable(e.toString()));
            return quint64(-1);
        }
        return RowBinaryReader(rows).uint64();
    }
    bool run(const QByteArray &sql)
    {
        ClickHouseClient c(server.endpoint(database()), QLatin1String(ClickHouseServer::Password));
        ClickHouseError e;
        if (!c.execute(sql, &e))
            qWarning("%s", qPrintable(e.toString()));
        return !e.isError();
    }
};

} // namespace raycstr::testing

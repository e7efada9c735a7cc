#pragma once

// A ClickHouse cluster for the tests (issue 16): two clickhouse-server processes
// (tests/common/clickhouseserver.h), each one shard without replicas, both with a
// remote_servers section naming the two as cluster `raycstr_test`.
//
// The nodes listen on two loopback addresses, 127.0.0.1 and 127.0.0.2, with ONE HTTP port:
// as on a real cluster, where every node's HTTP interface has the same port, RayCstr
// reaches the nodes system.clusters lists at the port of its URL (ClickHouseSchema). Their
// native TCP ports differ, so that neither node mistakes the other for itself (ClickHouse
// takes a shard for its own when the address is local and the port is its own). The ports
// are picked before either starts, since each names both; a port taken meanwhile means
// picking all of them again.

#include "common/clickhouseserver.h"

#include <array>

namespace raycstr::testing {

class ClickHouseCluster
{
public:
    static constexpr auto Name = "raycstr_test";
    std::array<ClickHouseServer, 2> nodes;

    bool start(QString *error)
    {
        const QStringList hosts = {QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.2")};
        for (int attempt = 0; attempt < 3; ++attempt) {
            const quint16 http = commonFreePort(hosts);
            const quint16 tcp[2]
                = {ClickHouseServer::freePort(hosts[0]), ClickHouseServer::freePort(hosts[1])};
            if (!http || !tcp[0] || !tcp[1] || tcp[0] == tcp[1]) {
                *error = QStringLiteral("no free ports on loopback");
                continue;
            }
            QByteArray shards;
            for (int i = 0; i < 2; ++i)
                shards += "<shard><replica><host>" + hosts[i].toUtf8() + "</host><port>"
                    + QByteArray::number(tcp[i]) + "</port></replica></shard>";
            const QByteArray remoteServers = QByteArray("<remote_servers><") + Name + '>' + shards
                + "</" + Name + "></remote_servers>";
            bool started = true;
            for (int i = 0; i < 2 && started; ++i) {
                nodes[i].setHost(hosts[i]);
                nodes[i].setPorts(http, tcp[i]);
                nodes[i].setRemoteServers(remoteServers);
                started = nodes[i].start(error);
            }
            if (started)
                return true;
            for (ClickHouseServer &node : nodes)
                node.stop();
            if (!error->contains(QLatin1String("Address already in use")))
                return false;
        }
        return false;
    }

    // The cluster as RayCstr addresses it, through node `node`.
    ClickHouseEndpoint endpoint(const QString &database, int node = 0,
                                const QString &user = QLatin1String(ClickHouseServer::User)) const
    {
        ClickHouseEndpoint e = nodes[size_t(node)].endpoint(database, user);
        e.cluster = QLatin1String(Name);
        return e;
    }
    // Node `node` alone, without the cluster: to ask what it holds itself.
    ClickHouseEndpoint nodeEndpoint(const QString &database, int node) const
    {
        return nodes[size_t(node)].endpoint(database);
    }

private:
    static quint16 commonFreePort(const QStringList &hosts)
    {
        for (int tries = 0; tries < 20; ++tries) {
            const quint16 port = ClickHouseServer::freePort(hosts.first());
            bool freeEverywhere = port != 0;
            for (qsizetype i = 1; i < hosts.size() && freeEverywhere; ++i) {
                QTcpServer probe;
                freeEverywhere = probe.listen(QHostAddress(hosts[i]), port);
            }
            if (freeEverywhere)
                return port;
        }
        return 0;
    }
};

} // namespace raycstr::testing

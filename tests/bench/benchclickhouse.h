#pragma once

#include "store/clickhouseclient.h"
#include "store/storelocation.h"

#include <QString>
#include <memory>
#include <optional>

namespace raycstr::bench {

// The benchmarks' ClickHouse (issue 16): `--clickhouse clickhouse://user@host:port/db` on
// the command line, the password from RAYCSTR_CLICKHOUSE_PASSWORD (never on the command
// line: process lists show it). query-bench.sh starts the server and sets both.
struct BenchClickHouse
{
    static constexpr char PasswordVariable[] = "RAYCSTR_CLICKHOUSE_PASSWORD";

    ClickHouseEndpoint endpoint;
    QString password;

    // The server named by `url`, or nothing with `error` (not a clickhouse:// URL).
    static std::optional<BenchClickHouse> parse(const QString &url, QString *error);
    // A client with long timeouts: a benchmark's questions and inserts are big.
    std::unique_ptr<ClickHouseClient> client() const;
    // One number (a SELECT of one UInt64 column); -1 with `error` when it fails.
    qint64 scalar(const QByteArray &sql, QString *error) const;
    // Runs `sql` (an ALTER … DELETE) and waits until ClickHouse finished its mutations on
    // `table`: 18.16 has no mutations_sync.
    bool mutate(const QByteArray &sql, const QByteArray &table, QString *error) const;
};

// This process's peak resident set (VmHWM) in kB, 0 when /proc does not say.
qint64 peakRssKb();

} // namespace raycstr::bench

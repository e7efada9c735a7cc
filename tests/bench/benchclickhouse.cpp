#include "benchclickhouse.h"

#include "store/rowbinary.h"

#include <QFile>
#include <QThread>

namespace raycstr::bench {

std::optional<BenchClickHouse> BenchClickHouse::parse(const QString &url, QString *error)
{
    const auto location = StoreLocation::parse(url, error);
    if (!location)
        return std::nullopt;
    if (!location->isClickHouse()) {
        *error = QStringLiteral("--clickhouse wants clickhouse://user@host:port/database, not %1")
                     .arg(url);
        return std::nullopt;
    }
    BenchClickHouse ch;
    ch.endpoint = location->clickHouse();
    ch.password = qEnvironmentVariable(PasswordVariable);
    return ch;
}

std::unique_ptr<ClickHouseClient> BenchClickHouse::client() const
{
    return std::make_unique<ClickHouseClient>(endpoint, password,
                                              ClickHouseClient::Timeouts {5000, 600000});
}

qint64 BenchClickHouse::scalar(const QByteArray &sql, QString *error) const
{
    QByteArray rows;
    ClickHouseError e;
    if (!client()->select("SELECT toUInt64((" + sql + "))", &rows, &e)) {
        *error = e.toString();
        return -1;
    }
    RowBinaryReader reader(rows);
    const quint64 n = reader.uint64();
    if (!reader.ok()) {
        *error = QStringLiteral("short answer to %1").arg(QString::fromUtf8(sql));
        return -1;
    }
    return qint64(n);
}

bool BenchClickHouse::mutate(const QByteArray &sql, const QByteArray &table, QString *error) const
{
    ClickHouseError e;
    if (!client()->execute(sql, &e)) {
        *error = e.toString();
        return false;
    }
    const QByteArray pending = "SELECT count() FROM system.mutations WHERE database = "
        + ClickHouseClient::quote(endpoint.database.toUtf8())
        + " AND table = " + ClickHouseClient::quote(table) + " AND is_done = 0";
    for (;;) {
        const qint64 n = scalar(pending, error);
        if (n <= 0)
            return n == 0;
        QThread::msleep(200);
    }
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace raycstr::bench

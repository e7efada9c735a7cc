#pragma once

#include "store/storelocation.h"

#include <QByteArray>
#include <QString>
#include <memory>

class QNetworkAccessManager;
class QThread;

namespace raycstr {

// Why a ClickHouse request failed, typed so a caller can tell "certainly did not run" from
// "may have run" (an INSERT whose answer was lost must be checked before it is repeated).
struct ClickHouseError
{
    enum class Kind {
        None,
        Unreachable, // no connection (refused, unknown host, connect timeout): nothing ran
        Timeout, // sent, but no full answer in time: the statement may have run
        Server, // ClickHouse answered with an exception (code, message)
        BadResponse, // not an answer ClickHouse gives (dropped connection, proxy page…)
    };
    Kind kind = Kind::None;
    int code = 0; // ClickHouse's exception code (Kind::Server), e.g. 60 unknown table
    int httpStatus = 0; // when there was an HTTP answer
    QString message;

    bool isError() const { return kind != Kind::None; }
    // Whether the statement may have taken effect anyway. Server errors count: an INSERT
    // spanning two partitions can fail after writing one of them.
    bool mayHaveRun() const { return kind != Kind::None && kind != Kind::Unreachable; }
    // "ClickHouse error 60: Table raycstr.x doesn't exist", "ClickHouse unreachable: …".
    // Never contains the password (nothing here ever sees it).
    QString toString() const;
};

// A small synchronous client of ClickHouse's HTTP interface (Qt Network, no client library):
// every call sends one POST and waits for its answer in a local QEventLoop, so it works on a
// thread without an event loop of its own (the writer thread, a query worker).
//
// - The statement goes in the POST body, never in the URL (ClickHouse and proxies log URLs);
//   an INSERT's rows follow its text in the same body. The URL carries only settings.
// - The password goes in the X-ClickHouse-Key header (with X-ClickHouse-User), supported
//   since long before 18.16 and never logged by ClickHouse; not basic auth, which the same
//   server also takes, only because the headers make the user explicit.
// - Answers and inserts are RowBinary (store/rowbinary.h): exact for any bytes, no escaping.
//   SELECTs run with wait_end_of_query=1, so an error late in a query comes as an HTTP
//   error, not as text appended to rows already sent with 200.
// - Timeouts: connecting (nothing sent yet: Unreachable) and the whole request (Timeout).
// - On a cluster (ClickHouseEndpoint::cluster), every request carries two settings:
//   insert_distributed_sync=1, so an INSERT into a Distributed table returns once every
//   shard stored its rows (a batch answered 2xx is on its shards, and a retry's check sees
//   it), and distributed_product_mode='local', so an IN or JOIN over a Distributed table
//   inside a query that runs on the shards reads the shard's own table: RayCstr's sharding
//   keeps a visit on one shard (ClickHouseSchema), so that is the whole answer.
// - A statement that changes data is sent once: Qt's HTTP client would quietly send it again
//   when a connection drops before the answer (an INSERT stored twice, unseen); here that
//   is an error that says the statement may have run, and the caller checks. Only SELECTs
//   may be sent again.
//
// Threading: one thread at a time. The QNetworkAccessManager is made by the first call, in
// the calling thread, and made again if a later call comes from another thread (after the
// first one has finished with the client). Not for two threads at once: give each its own.
struct ClickHouseTimeouts
{
    int connectMs = 5000;
    int requestMs = 30000;
};

class ClickHouseClient
{
public:
    using Timeouts = ClickHouseTimeouts;
    // Whether a request names the endpoint's database as its default (`database=`): not for
    // the statements that create it.
    enum class Scope { Database, Server };

    ClickHouseClient(const ClickHouseEndpoint &endpoint, const QString &password,
                     Timeouts timeouts = Timeouts());
    ~ClickHouseClient();
    ClickHouseClient(const ClickHouseClient &) = delete;
    ClickHouseClient &operator=(const ClickHouseClient &) = delete;

    const ClickHouseEndpoint &endpoint() const { return m_endpoint; }
    // A client of the same cluster's node `host` (same port, user, password, timeouts).
    std::unique_ptr<ClickHouseClient> forHost(const QString &host) const;
    Timeouts timeouts() const { return m_timeouts; }
    void setTimeouts(Timeouts timeouts) { m_timeouts = timeouts; }

    // A statement with no rows to answer (DDL, ALTER, OPTIMIZE, INSERT … SELECT).
    bool execute(const QByteArray &sql, ClickHouseError *error, Scope scope = Scope::Database);
    // A SELECT (without FORMAT: " FORMAT RowBinary" is added); its rows go to `rows`.
    bool select(const QByteArray &sql, QByteArray *rows, ClickHouseError *error,
                Scope scope = Scope::Database, const QString &queryId = QString());
    // INSERT INTO `into` FORMAT RowBinary with `rows` (RowBinaryWriter::data()); `into` is
    // the table and its column list: "events (site_id, ts, …)". With a `queryId`, ClickHouse
    // refuses (error 216) to start it while a query of that id still runs: a retry cannot
    // overtake an attempt whose answer timed out but which is still being written.
    bool insert(const QByteArray &into, const QByteArray &rows, ClickHouseError *error,
                const QString &queryId = QString());

    // A string literal for SQL text: quoted, with ', \ and every control byte escaped,
    // exact for any bytes (18.16 has no query parameters, so values go in as literals).
    static QByteArray quote(QByteArrayView bytes);

private:
    bool post(const QByteArray &body, bool answerExpected, Scope scope, const QString &queryId,
              QByteArray *answer, ClickHouseError *error, bool sendOnce = false);
    QNetworkAccessManager *manager();

    ClickHouseEndpoint m_endpoint;
    QByteArray m_password;
    Timeouts m_timeouts;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    QThread *m_managerThread = nullptr;
};

} // namespace raycstr

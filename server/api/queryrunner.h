#pragma once

#include "http/responder.h"

#include <QObject>
#include <functional>

namespace raycstr::query {
class QueryEngine;
class QueryPool;
struct QueryError;
} // namespace raycstr::query

namespace raycstr {

// How a stats route answers without holding the HTTP thread: the route checks the key and
// the parameters itself (fast), then hands the question to the query pool with the
// connection's responder; the answer is written back on the HTTP thread once a worker has
// built it. Qt HttpServer 6.4's own QFuture routes are not used: 6.4.2 keeps a reference to
// a request object that is reused for the connection's next request, and a raw socket
// pointer the client may already have closed. Here the Responder watches the connection
// and a vanished client's answer is dropped.
//
// Answers decided here, the same for every stats route:
//   503 + Retry-After  the pool is saturated (every worker busy, its queue full);
//   504                the question ran past the pool's time budget;
//   400 / 500          the engine's bad input / failure (failed()).
// One limit: a client that pipelines a second request on the connection before the first
// is answered may get the two answers in the order they finish (browsers do not pipeline).
class QueryRunner
{
public:
    using Work = std::function<PlainResponse(query::QueryEngine &)>;
    // Shapes every answer (ApiReply::finish, after CsvReply's conversion when asked).
    using Finish = std::function<PlainResponse(PlainResponse &&)>;
    // `context` lives on the HTTP thread (the HttpServer): answers are written from it. The
    // pool must be destroyed before it (its destructor waits for running jobs).
    QueryRunner(query::QueryPool *pool, QObject *context);

    // `finish` shapes every answer, refusals included; it runs on the worker.
    void run(const Responder &responder, Work work, Finish finish) const;
    // The answer to a failed engine call: 504 over budget, else ApiReply::queryFailed (400
    // for bad input, 500 for a failure).
    static PlainResponse failed(const query::QueryEngine &engine, const query::QueryError &error);

private:
    query::QueryPool *m_pool;
    QObject *m_context;
};

} // namespace raycstr

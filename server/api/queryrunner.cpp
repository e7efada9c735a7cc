#include "api/queryrunner.h"

#include "api/apireply.h"
#include "http/httpserver.h"
#include "query/queryengine.h"
#include "query/querypool.h"

#include <memory>

namespace raycstr {

using Status = HttpStatus;

QueryRunner::QueryRunner(query::QueryPool *pool, QObject *context)
    : m_pool(pool)
    , m_context(context)
{ }

void QueryRunner::run(const Responder &responder, Work work, Finish finish) const
{
    QObject *context = m_context; // outlives the pool (see the header)
    const bool queued = m_pool->tryRun(
        [responder, context, work = std::move(work), finish](query::QueryEngine &engine) {
            auto response = std::make_shared<PlainResponse>(finish(work(engine)));
            // Back to the HTTP thread, where the socket lives. Discarded if the server is gone;
            // the responder drops it if the client left meanwhile.
            QMetaObject::invokeMethod(
                context, [responder, response] { responder.send(std::move(*response)); },
                Qt::QueuedConnection);
        });
    if (queued)
        return;
    PlainResponse busy = HttpServer::error(
        Status::ServiceUnavailable,
        QStringLiteral("too many stats questions are running; try again shortly"));
    busy.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(m_pool->retryAfterSecs()));
    responder.send(finish(std::move(busy)));
}

PlainResponse QueryRunner::failed(const query::QueryEngine &engine, const query::QueryError &error)
{
    if (engine.lastErrorWasOverBudget())
        return HttpServer::error(Status::GatewayTimeout,
                                 QStringLiteral("the question took longer than the server's time "
                                                "budget for one question; choose a shorter period "
                                                "or fewer filters"));
    return ApiReply::queryFailed(error);
}

} // namespace raycstr

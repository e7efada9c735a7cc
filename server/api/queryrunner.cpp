#include "api/queryrunner.h"

#include "api/apireply.h"
#include "http/httpserver.h"
#include "query/queryengine.h"
#include "query/querypool.h"

#include <QPointer>
#include <QTcpSocket>
#include <memory>

namespace raycstr {

using Status = QHttpServerResponse::StatusCode;

QueryRunner::QueryRunner(query::QueryPool *pool, QObject *context)
    : m_pool(pool)
    , m_context(context)
{ }

void QueryRunner::send(QHttpServerResponder &&responder, QHttpServerResponse &&response)
{
    response.write(std::move(responder));
}

void QueryRunner::run(QHttpServerResponder &&responder, Work work, Finish finish) const
{
    // Shared: the job is a copyable std::function, the responder is move-only.
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = pending->socket();
    QObject *context = m_context; // outlives the pool (see the header)
    const bool queued = m_pool->tryRun([pending, socket, context, work = std::move(work),
                                        finish](query::QueryEngine &engine) {
        auto response = std::make_shared<QHttpServerResponse>(finish(work(engine)));
        // Back to the HTTP thread, where the socket lives. Discarded if the server is gone.
        QMetaObject::invokeMethod(
            context,
            [pending, socket, response] {
                if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                    return; // the client left meanwhile
                response->write(std::move(*pending));
            },
            Qt::QueuedConnection);
    });
    if (queued)
        return;
    QHttpServerResponse busy = HttpServer::error(
        Status::ServiceUnavailable,
        QStringLiteral("too many stats questions are running; try again shortly"));
    busy.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(m_pool->retryAfterSecs()));
    send(std::move(*pending), finish(std::move(busy)));
}

QHttpServerResponse QueryRunner::failed(const query::QueryEngine &engine,
                                        const query::QueryError &error)
{
    if (engine.lastErrorWasOverBudget())
        return HttpServer::error(Status::GatewayTimeout,
                                 QStringLiteral("the question took longer than the server's time "
                                                "budget for one question; choose a shorter period "
                                                "or fewer filters"));
    return ApiReply::queryFailed(error);
}

} // namespace raycstr

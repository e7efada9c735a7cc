#include "api/apireply.h"

#include "http/httpserver.h"

#include <QJsonDocument>

namespace raycstr {

using Status = HttpStatus;

PlainResponse ApiReply::json(const QJsonObject &body, HttpStatus status)
{
    return PlainResponse(QByteArrayLiteral("application/json"),
                         QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

PlainResponse ApiReply::json(const QJsonArray &body)
{
    return PlainResponse(QByteArrayLiteral("application/json"),
                         QJsonDocument(body).toJson(QJsonDocument::Compact));
}

PlainResponse ApiReply::number(qint64 value)
{
    return PlainResponse(QByteArrayLiteral("application/json"), QByteArray::number(value));
}

PlainResponse ApiReply::badRequest(const QString &message)
{
    return HttpServer::error(Status::BadRequest, message);
}

PlainResponse ApiReply::queryFailed(const query::QueryError &error)
{
    switch (error.kind) {
    case query::QueryError::Kind::HourlyRangeTooLong:
        return badRequest(QStringLiteral("interval=hour covers at most %1 days; use interval=day "
                                         "for this period")
                              .arg(query::MaxHourlySpanSecs / 86400));
    case query::QueryError::Kind::BadInput:
        return badRequest(error.message);
    case query::QueryError::Kind::OverMemoryBudget: {
        // The server's own limit (query::MemoryBudget), not the asker's mistake: 503, as a
        // capacity the admin sets. 413 speaks of the request's own size and 422 of its
        // content, and both tell a client to change the request it sent, which was valid.
        // No Retry-After: the same question would need the same memory again (the message
        // says to ask a shorter period); the reason tells monitoring apart from "busy".
        return json({{QStringLiteral("error"), error.message},
                     {QStringLiteral("reason"), QStringLiteral("memory_budget")}},
                    Status::ServiceUnavailable);
    }
    case query::QueryError::Kind::Failed:
        break;
    }
    return HttpServer::internalError(QStringLiteral("the query failed: %1").arg(error.message));
}

std::optional<PlainResponse> ApiReply::checkMethod(const PlainRequest &request)
{
    using Method = PlainRequest::Method;
    if (request.method == Method::Get)
        return std::nullopt;
    if (request.method == Method::Options) {
        PlainResponse response(Status::NoContent);
        response.addHeader(QByteArrayLiteral("Access-Control-Allow-Methods"),
                           QByteArrayLiteral("GET, OPTIONS"));
        response.addHeader(QByteArrayLiteral("Access-Control-Allow-Headers"),
                           QByteArrayLiteral("Authorization"));
        response.addHeader(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("86400"));
        return response;
    }
    return methodNotAllowed(QByteArrayLiteral("GET, OPTIONS"),
                            QStringLiteral("use GET: this route only reads"));
}

PlainResponse ApiReply::methodNotAllowed(const QByteArray &allow, const QString &reason)
{
    PlainResponse response = HttpServer::error(
        Status::MethodNotAllowed,
        reason.isEmpty() ? QStringLiteral("this route takes %1").arg(QString::fromLatin1(allow))
                         : reason);
    response.addHeader(QByteArrayLiteral("Allow"), allow);
    return response;
}

PlainResponse ApiReply::finish(PlainResponse &&response)
{
    response.addHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), QByteArrayLiteral("*"));
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return std::move(response);
}

} // namespace raycstr

#include "http/plainhttp.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace raycstr {

PlainRequest PlainRequest::from(const QHttpServerRequest &request)
{
    PlainRequest plain;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        plain.method = Method::Get;
        break;
    case QHttpServerRequest::Method::Post:
        plain.method = Method::Post;
        break;
    case QHttpServerRequest::Method::Options:
        plain.method = Method::Options;
        break;
    default:
        break;
    }
    plain.query = request.url().query(QUrl::FullyEncoded).toLatin1();
    plain.body = request.body();
    plain.contentType = request.value("Content-Type");
    plain.origin = request.value("Origin");
    plain.userAgent = request.value("User-Agent");
    plain.forwardedFor = request.value("X-Forwarded-For");
    plain.host = request.value("Host");
    plain.referer = request.value("Referer");
    plain.corsRequestHeaders = request.value("Access-Control-Request-Headers");
    plain.peer = request.remoteAddress();
    return plain;
}

QHttpServerResponse PlainResponse::toQHttpServerResponse() const
{
    const auto code = QHttpServerResponse::StatusCode(status);
    QHttpServerResponse response = contentType.isEmpty()
        ? QHttpServerResponse(code)
        : QHttpServerResponse(contentType, body, code);
    for (const auto &[name, value] : headers)
        response.addHeader(name, value);
    return response;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

} // namespace raycstr

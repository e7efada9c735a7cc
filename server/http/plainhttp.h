#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QStringList>
#include <QUrlQuery>
#include <QVarLengthArray>

#include <functional>
#include <utility>

namespace raycstr {

// The status codes our routes answer with; the numbers are HTTP's.
enum class HttpStatus : int {
    Ok = 200,
    Created = 201,
    Accepted = 202,
    NoContent = 204,
    NotModified = 304,
    BadRequest = 400,
    Unauthorized = 401,
    Forbidden = 403,
    NotFound = 404,
    MethodNotAllowed = 405,
    Conflict = 409,
    PayloadTooLarge = 413,
    UnsupportedMediaType = 415,
    UnprocessableEntity = 422,
    TooManyRequests = 429,
    InternalServerError = 500,
    ServiceUnavailable = 503,
    GatewayTimeout = 504,
};

// One request as every controller sees it, whichever HTTP layer parsed it: the lean
// front (HttpFront) fills it with views into its read buffer (QByteArray::fromRawData,
// valid during the call only); QHttpServer's routes (HttpServer::route) fill it with
// copies. Only the headers some route reads are kept, each in its own member: a route
// that needs another adds it here and in both fillers. The front serves only the ingest
// routes and leaves the members they never read (path, args, authorization, accept…) empty.
struct PlainRequest
{
    enum class Method { Get, Head, Post, Put, Patch, Delete, Options, Other };
    Method method = Method::Other;
    QString path; // decoded, without the query
    QByteArray query; // the raw query string, without '?' (percent-encoded)
    QByteArray body;
    QByteArray contentType;
    QByteArray origin;
    QByteArray userAgent;
    QByteArray forwardedFor;
    QByteArray host;
    QByteArray referer;
    QByteArray corsRequestHeaders; // Access-Control-Request-Headers
    QByteArray authorization;
    QByteArray accept;
    QByteArray acceptEncoding;
    QByteArray ifNoneMatch;
    QHostAddress peer;
    // The parts of the path the route's "<arg>" placeholders matched, in order.
    QStringList args;

    // The query's items, as QUrlQuery(url) would read them.
    QUrlQuery urlQuery() const { return QUrlQuery(QString::fromLatin1(query)); }
};

struct PlainResponse
{
    explicit PlainResponse(int status = 204, QByteArray contentType = {}, QByteArray body = {})
        : status(status)
        , contentType(std::move(contentType))
        , body(std::move(body))
    { }
    explicit PlainResponse(HttpStatus status)
        : PlainResponse(int(status))
    { }
    PlainResponse(QByteArray contentType, QByteArray body, HttpStatus status = HttpStatus::Ok)
        : PlainResponse(int(status), std::move(contentType), std::move(body))
    { }
    void addHeader(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
    }
    HttpStatus statusCode() const { return HttpStatus(status); }

    int status;
    QByteArray contentType;
    QByteArray body;
    // Inline storage: CORS and the odd Allow/Retry-After fit without a heap allocation.
    QVarLengthArray<std::pair<QByteArray, QByteArray>, 6> headers;
};

using PlainHandler = std::function<PlainResponse(const PlainRequest &)>;

// The reason phrase HTTP/1.1 status lines carry ("No Content"); "Unknown" for others.
QByteArray reasonPhrase(int status);

} // namespace raycstr

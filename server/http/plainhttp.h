#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QVarLengthArray>

#include <functional>
#include <utility>

class QHttpServerRequest;
class QHttpServerResponse;

namespace raycstr {

// One request as the ingest routes see it, whichever HTTP layer parsed it: the lean
// front (HttpFront) fills it with views into its read buffer (QByteArray::fromRawData,
// valid during the call only); QHttpServer's routes fill it with copies. Only the headers
// the ingest routes read are kept.
struct PlainRequest
{
    enum class Method { Get, Post, Options, Other };
    Method method = Method::Other;
    QByteArray query; // the raw query string, without '?'
    QByteArray body;
    QByteArray contentType;
    QByteArray origin;
    QByteArray userAgent;
    QByteArray forwardedFor;
    QByteArray host;
    QByteArray referer;
    QByteArray corsRequestHeaders; // Access-Control-Request-Headers
    QHostAddress peer;

    // Copies what the ingest routes read out of a QHttpServer request.
    static PlainRequest from(const QHttpServerRequest &request);
};

struct PlainResponse
{
    explicit PlainResponse(int status = 204, QByteArray contentType = {}, QByteArray body = {})
        : status(status)
        , contentType(std::move(contentType))
        , body(std::move(body))
    { }
    void addHeader(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
    }

    int status;
    QByteArray contentType;
    QByteArray body;
    // Inline storage: CORS and the odd Allow/Retry-After fit without a heap allocation.
    QVarLengthArray<std::pair<QByteArray, QByteArray>, 6> headers;

    QHttpServerResponse toQHttpServerResponse() const;
};

using PlainHandler = std::function<PlainResponse(const PlainRequest &)>;

// The reason phrase HTTP/1.1 status lines carry ("No Content"); "Unknown" for others.
QByteArray reasonPhrase(int status);

} // namespace raycstr

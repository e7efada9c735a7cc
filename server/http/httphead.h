#pragma once

#include "http/plainhttp.h"

#include <QByteArray>

#include <string_view>

namespace raycstr {

// One request head (request line + header lines, without the blank line), checked against
// RFC 9112 before any layer acts on it. Both the front's own routes and the requests it
// hands to QHttpServer go through here, so no request reaches a handler (or QHttpServer's
// buffer) unless its framing is unambiguous and its size known and bounded.
struct HttpHead
{
    PlainRequest::Method method = PlainRequest::Method::Other;
    std::string_view methodName, target, path, query;
    bool http10 = false;
    qint64 contentLength = 0;
    // The client asked to close (Connection: close, or HTTP/1.0 without keep-alive): the
    // server answers this request and processes nothing after it (RFC 9112 9.6).
    bool close = false;
    // Something only QHttpServer knows how to answer (Expect, Upgrade, a repeated header
    // the front reads once): valid, but not for the front's own routes.
    bool unusual = false;
    std::string_view contentType, origin, userAgent, forwardedFor, host, referer, corsHeaders;

    // A refusal: the status and reason to answer, after which the connection is closed
    // (where a refused message ends cannot be trusted, so neither can what follows it).
    int errorStatus = 0;
    QByteArray errorMessage;

    // Parses and validates `head`. False with errorStatus/errorMessage set when refused.
    bool parse(std::string_view head);

    // Longest request line accepted (414 above), and longest whole head (431 above).
    static constexpr qsizetype MaxRequestLineBytes = 8 * 1024;
    static constexpr qsizetype MaxHeadBytes = 16 * 1024;

private:
    bool fail(int status, const char *message);
};

} // namespace raycstr

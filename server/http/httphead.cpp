#include "http/httphead.h"

#include <charconv>

namespace raycstr {

namespace {

using std::string_view;

bool equalsLower(string_view name, string_view lower)
{
    if (name.size() != lower.size())
        return false;
    for (size_t i = 0; i < name.size(); ++i) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}

bool containsToken(string_view value, string_view lower)
{
    // "close", or a list that holds it ("keep-alive, close"); case-insensitive.
    for (size_t i = 0; i + lower.size() <= value.size(); ++i) {
        if (equalsLower(value.substr(i, lower.size()), lower))
            return true;
    }
    return false;
}

string_view trimmed(string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// RFC 9110 5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." /
// "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA.
bool isTokenChar(unsigned char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return string_view("!#$%&'*+-.^_`|~").find(char(c)) != string_view::npos;
}

bool isToken(string_view s)
{
    if (s.empty())
        return false;
    for (char c : s) {
        if (!isTokenChar((unsigned char)c))
            return false;
    }
    return true;
}

// Field values may hold HTAB, visible ASCII and obs-text, never other control characters:
// a bare CR or LF is how a second header (or a second response, once echoed) is smuggled.
bool hasControl(string_view s)
{
    for (char ch : s) {
        const auto c = (unsigned char)ch;
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return true;
    }
    return false;
}

} // namespace

bool HttpHead::fail(int status, const char *message)
{
    errorStatus = status;
    errorMessage = QByteArray(message);
    return false;
}

bool HttpHead::parse(string_view head)
{
    if (qsizetype(head.size()) + 4 > MaxHeadBytes)
        return fail(431, "request head too large");
    const size_t lineEnd = head.find("\r\n");
    const string_view requestLine = head.substr(0, lineEnd);
    if (qsizetype(requestLine.size()) > MaxRequestLineBytes)
        return fail(414, "request line too long");
    if (hasControl(requestLine))
        return fail(400, "control character in the request line");
    const size_t sp1 = requestLine.find(' ');
    const size_t sp2 = sp1 == string_view::npos ? sp1 : requestLine.find(' ', sp1 + 1);
    if (sp2 == string_view::npos || requestLine.find(' ', sp2 + 1) != string_view::npos)
        return fail(400, "malformed request line");
    const string_view version = requestLine.substr(sp2 + 1);
    if (version == "HTTP/1.0")
        http10 = true;
    else if (version != "HTTP/1.1")
        return fail(version.substr(0, 5) == "HTTP/" ? 505 : 400, "HTTP/1.1 or 1.0 only");
    methodName = requestLine.substr(0, sp1);
    if (!isToken(methodName))
        return fail(400, "malformed method");
    if (methodName == "POST")
        method = PlainRequest::Method::Post;
    else if (methodName == "GET")
        method = PlainRequest::Method::Get;
    else if (methodName == "OPTIONS")
        method = PlainRequest::Method::Options;
    else if (methodName == "HEAD" || methodName == "PUT" || methodName == "DELETE"
             || methodName == "PATCH")
        unusual = true; // QHttpServer's routes know these; the front's do not
    else
        return fail(501, "method not implemented");
    target = requestLine.substr(sp1 + 1, sp2 - sp1 - 1);
    if (target.empty() || target.front() != '/')
        return fail(400, "the request target must be a path");
    const size_t question = target.find('?');
    path = target.substr(0, question);
    if (question != string_view::npos)
        query = target.substr(question + 1);

    bool seenLength = false;
    bool chunked = false;
    bool keepAlive = false;
    string_view transferEncoding;
    // A header that decides what the request means must appear once: with two, which one
    // counts is exactly the kind of ambiguity request smuggling lives on. Repeats of the
    // ones the front only passes on are left to QHttpServer.
    auto once = [this](string_view *slot, string_view value) {
        if (slot->data() != nullptr)
            unusual = true;
        else
            *slot = value.data() ? value : string_view("", 0);
    };
    size_t pos = lineEnd == string_view::npos ? head.size() : lineEnd + 2;
    while (pos < head.size()) {
        size_t end = head.find("\r\n", pos);
        if (end == string_view::npos)
            end = head.size();
        const string_view line = head.substr(pos, end - pos);
        pos = end + 2;
        if (line.empty() || line.front() == ' ' || line.front() == '\t')
            return fail(400, "obsolete line folding in the headers");
        const size_t colon = line.find(':');
        if (colon == string_view::npos || colon == 0)
            return fail(400, "malformed header line");
        const string_view name = line.substr(0, colon);
        if (!isToken(name))
            return fail(400, "invalid character in a header name");
        const string_view raw = line.substr(colon + 1);
        if (hasControl(raw))
            return fail(400, "control character in a header value");
        const string_view value = trimmed(raw);
        switch (name.size()) {
        case 4:
            if (equalsLower(name, "host"))
                once(&host, value);
            break;
        case 6:
            if (equalsLower(name, "origin"))
                once(&origin, value);
            else if (equalsLower(name, "expect"))
                unusual = true;
            break;
        case 7:
            if (equalsLower(name, "referer"))
                once(&referer, value);
            else if (equalsLower(name, "upgrade"))
                unusual = true;
            break;
        case 10:
            if (equalsLower(name, "user-agent"))
                once(&userAgent, value);
            else if (equalsLower(name, "connection")) {
                close = close || containsToken(value, "close");
                keepAlive = keepAlive || containsToken(value, "keep-alive");
            }
            break;
        case 12:
            if (equalsLower(name, "content-type"))
                once(&contentType, value);
            break;
        case 14:
            if (equalsLower(name, "content-length")) {
                const char *first = value.data();
                const char *last = first + value.size();
                qint64 length = -1;
                const auto [ptr, ec] = std::from_chars(first, last, length);
                if (seenLength || ec != std::errc() || ptr != last || length < 0 || value.empty())
                    return fail(400, "invalid or repeated Content-Length");
                seenLength = true;
                contentLength = length;
            }
            break;
        case 15:
            if (equalsLower(name, "x-forwarded-for"))
                once(&forwardedFor, value);
            break;
        case 17:
            if (equalsLower(name, "transfer-encoding")) {
                if (transferEncoding.data() != nullptr)
                    return fail(501, "repeated Transfer-Encoding");
                transferEncoding = value;
                chunked = equalsLower(value, "chunked");
            }
            break;
        case 30:
            if (equalsLower(name, "access-control-request-headers"))
                once(&corsHeaders, value);
            break;
        default:
            break;
        }
    }
    if (transferEncoding.data() != nullptr) {
        // RFC 9112 6.1/6.3: both framings at once is a smuggling attempt or a broken
        // intermediary; either way the message's end is unknowable.
        if (seenLength)
            return fail(400, "Content-Length together with Transfer-Encoding");
        if (!chunked)
            return fail(501, "transfer coding not implemented; only chunked is known");
        // Decided: no route takes a chunked body (trackers and API clients send a length),
        // and QHttpServer 6.4 would buffer one without any cap. Refusing it here keeps every
        // body that reaches any layer bounded by its route's limit before it is read.
        return fail(411, "send the body with a Content-Length; chunked bodies are refused");
    }
    close = close || (http10 && !keepAlive);
    unusual = unusual || http10; // the front's routes answer HTTP/1.1 only
    return true;
}

} // namespace raycstr

#include "http/httpfront.h"

#include "http/httpserver.h"

#include <QTcpSocket>

#include <charconv>
#include <string_view>

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

bool containsTokenClose(string_view value)
{
    // "close", or a list that holds it ("keep-alive, close"); case-insensitive.
    for (size_t i = 0; i + 5 <= value.size(); ++i) {
        if (equalsLower(value.substr(i, 5), "close"))
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

QByteArray view(string_view s)
{
    // No copy: the request only lives while its handler runs, and m_in outlives that.
    return QByteArray::fromRawData(s.data(), qsizetype(s.size()));
}

// The head of one request, as far as the front reads it.
struct Head
{
    PlainRequest::Method method = PlainRequest::Method::Other;
    string_view path;
    string_view query;
    qint64 contentLength = 0;
    bool close = false;
    bool badLength = false; // repeated or not a number: the message's end is unknowable
    string_view contentType, origin, userAgent, forwardedFor, host, referer, corsHeaders;
};

// Parses the request line and the headers (without the final blank line). False: not a
// request the front serves; QHttpServer gets it (and answers any error itself).
bool parseHead(string_view head, Head *out)
{
    const size_t lineEnd = head.find("\r\n");
    const string_view requestLine = head.substr(0, lineEnd);
    const size_t sp1 = requestLine.find(' ');
    const size_t sp2 = sp1 == string_view::npos ? sp1 : requestLine.find(' ', sp1 + 1);
    if (sp2 == string_view::npos || requestLine.substr(sp2 + 1) != "HTTP/1.1")
        return false;
    const string_view method = requestLine.substr(0, sp1);
    if (method == "POST")
        out->method = PlainRequest::Method::Post;
    else if (method == "GET")
        out->method = PlainRequest::Method::Get;
    else if (method == "OPTIONS")
        out->method = PlainRequest::Method::Options;
    else
        return false;
    const string_view target = requestLine.substr(sp1 + 1, sp2 - sp1 - 1);
    if (target.empty() || target.front() != '/')
        return false;
    const size_t question = target.find('?');
    out->path = target.substr(0, question);
    if (question != string_view::npos)
        out->query = target.substr(question + 1);

    bool seenLength = false;
    // A header that decides what the request means must appear once: with two, which one
    // counts is exactly the kind of ambiguity request smuggling lives on.
    auto once = [](string_view *slot, string_view value) {
        if (slot->data() != nullptr)
            return false;
        *slot = value.data() ? value : string_view("", 0);
        return true;
    };
    size_t pos = lineEnd == string_view::npos ? head.size() : lineEnd + 2;
    while (pos < head.size()) {
        size_t end = head.find("\r\n", pos);
        if (end == string_view::npos)
            end = head.size();
        const string_view line = head.substr(pos, end - pos);
        pos = end + 2;
        if (line.empty() || line.front() == ' ' || line.front() == '\t') // obsolete folding
            return false;
        const size_t colon = line.find(':');
        if (colon == string_view::npos || colon == 0)
            return false;
        const string_view name = line.substr(0, colon);
        if (name.find_first_of(" \t") != string_view::npos)
            return false;
        const string_view value = trimmed(line.substr(colon + 1));
        bool ok = true;
        switch (name.size()) {
        case 4:
            if (equalsLower(name, "host"))
                ok = once(&out->host, value);
            break;
        case 6:
            if (equalsLower(name, "origin"))
                ok = once(&out->origin, value);
            else if (equalsLower(name, "expect"))
                ok = false;
            break;
        case 7:
            if (equalsLower(name, "referer"))
                ok = once(&out->referer, value);
            else if (equalsLower(name, "upgrade"))
                ok = false;
            break;
        case 10:
            if (equalsLower(name, "user-agent"))
                ok = once(&out->userAgent, value);
            else if (equalsLower(name, "connection"))
                out->close = out->close || containsTokenClose(value);
            break;
        case 12:
            if (equalsLower(name, "content-type"))
                ok = once(&out->contentType, value);
            break;
        case 14:
            if (equalsLower(name, "content-length")) {
                const char *first = value.data();
                const char *last = first + value.size();
                qint64 length = -1;
                const auto [ptr, ec] = std::from_chars(first, last, length);
                out->badLength
                    = seenLength || ec != std::errc() || ptr != last || length < 0 || value.empty();
                ok = !out->badLength;
                seenLength = true;
                out->contentLength = length;
            }
            break;
        case 15:
            if (equalsLower(name, "x-forwarded-for"))
                ok = once(&out->forwardedFor, value);
            break;
        case 17:
            if (equalsLower(name, "transfer-encoding"))
                ok = false;
            break;
        case 30:
            if (equalsLower(name, "access-control-request-headers"))
                ok = once(&out->corsHeaders, value);
            break;
        default:
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}

void appendNumber(QByteArray &out, qint64 n)
{
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
    Q_UNUSED(ec);
    out.append(digits, end - digits);
}

} // namespace

HttpFront::HttpFront(QObject *parent)
    : QTcpServer(parent)
{ }

void HttpFront::addRoute(const QByteArray &path, PlainHandler handler)
{
    m_routes.append({path, std::move(handler)});
}

const PlainHandler *HttpFront::handlerFor(QByteArrayView path) const
{
    // A handful of exact paths: a linear scan beats hashing them.
    for (const Route &route : m_routes) {
        if (route.path == path)
            return &route.handler;
    }
    return nullptr;
}

void HttpFront::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Answers are one small write each; no reason to let Nagle hold them back.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QHostAddress peer = socket->peerAddress();
    connect(socket, &QTcpSocket::readyRead, this,
            [this, socket, peer]() { readRequests(socket, peer); });
    connect(socket, &QTcpSocket::disconnected, this, [socket]() { socket->deleteLater(); });
}

void HttpFront::readRequests(QTcpSocket *socket, const QHostAddress &peer)
{
    bool wrote = false;
    for (;;) {
        switch (serveOne(socket, peer)) {
        case Outcome::Served:
            wrote = true;
            continue;
        case Outcome::NeedMore:
            // Send now rather than on the next event-loop pass: one syscall per batch of
            // pipelined answers, and the client's latency does not wait for other sockets.
            if (wrote)
                socket->flush();
            return;
        case Outcome::HandOff:
            handOff(socket);
            return;
        case Outcome::Closed:
            return;
        }
    }
}

HttpFront::Outcome HttpFront::serveOne(QTcpSocket *socket, const QHostAddress &peer)
{
    const qint64 available = socket->bytesAvailable();
    if (available <= 0)
        return Outcome::NeedMore;
    const qint64 want = qMin<qint64>(available, MaxHeadBytes + MaxBodyBytes);
    if (m_in.size() < want)
        m_in.resize(want);
    const qint64 got = socket->peek(m_in.data(), want);
    if (got <= 0)
        return Outcome::NeedMore;
    const string_view data(m_in.constData(), size_t(got));
    const size_t headEnd = data.find("\r\n\r\n");
    if (headEnd == string_view::npos)
        return got >= MaxHeadBytes ? Outcome::HandOff : Outcome::NeedMore;
    if (qsizetype(headEnd) + 4 > MaxHeadBytes)
        return Outcome::HandOff;

    Head head;
    if (!parseHead(data.substr(0, headEnd), &head)) {
        if (!head.badLength)
            return Outcome::HandOff;
        // Where this request ends is unknowable, so nothing after it on the connection can
        // be trusted either: refuse and close (RFC 9112 6.3), whatever the path.
        writeResponse(
            socket,
            HttpServer::plainError(400, QStringLiteral("invalid or repeated Content-Length")),
            true);
        socket->disconnectFromHost();
        return Outcome::Closed;
    }
    if (head.contentLength > MaxBodyBytes)
        return Outcome::HandOff;
    const PlainHandler *handler
        = handlerFor(QByteArrayView(head.path.data(), qsizetype(head.path.size())));
    if (!handler)
        return Outcome::HandOff;
    const qint64 total = qint64(headEnd) + 4 + head.contentLength;
    if (got < total)
        return Outcome::NeedMore;

    PlainRequest request;
    request.method = head.method;
    request.query = view(head.query);
    request.body = view(data.substr(headEnd + 4, size_t(head.contentLength)));
    request.contentType = view(head.contentType);
    request.origin = view(head.origin);
    request.userAgent = view(head.userAgent);
    request.forwardedFor = view(head.forwardedFor);
    request.host = view(head.host);
    request.referer = view(head.referer);
    request.corsRequestHeaders = view(head.corsHeaders);
    request.peer = peer;
    const PlainResponse response = (*handler)(request);
    socket->skip(total);

    writeResponse(socket, response, head.close);
    if (head.close) {
        socket->disconnectFromHost(); // after what is written has gone out
        return Outcome::Closed;
    }
    return Outcome::Served;
}

void HttpFront::writeResponse(QTcpSocket *socket, const PlainResponse &response, bool close)
{
    m_out.truncate(0);
    m_out.append("HTTP/1.1 ");
    appendNumber(m_out, response.status);
    m_out.append(' ');
    m_out.append(reasonPhrase(response.status));
    m_out.append("\r\n");
    if (!response.contentType.isEmpty()) {
        m_out.append("Content-Type: ");
        m_out.append(response.contentType);
        m_out.append("\r\n");
    }
    for (const auto &[name, value] : response.headers) {
        m_out.append(name);
        m_out.append(": ");
        m_out.append(value);
        m_out.append("\r\n");
    }
    // 204 and 304 carry no body and, per RFC 9110, no Content-Length either.
    const bool bodyless = response.status == 204 || response.status == 304;
    if (!bodyless) {
        m_out.append("Content-Length: ");
        appendNumber(m_out, response.body.size());
        m_out.append("\r\n");
    }
    if (close)
        m_out.append("Connection: close\r\n");
    m_out.append("\r\n");
    if (!bodyless)
        m_out.append(response.body);
    socket->write(m_out);
}

void HttpFront::handOff(QTcpSocket *socket)
{
    // From here QHttpServer owns the connection: ours go, its arrive through the pending
    // queue (bind() listens for that), and the unread request is still in the buffer.
    disconnect(socket, nullptr, this, nullptr);
    ++m_handedOff;
    addPendingConnection(socket);
    // It reads on readyRead, and the bytes it needs arrived before it was listening.
    Q_EMIT socket->readyRead();
}

} // namespace raycstr

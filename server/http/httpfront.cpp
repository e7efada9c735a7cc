#include "http/httpfront.h"

#include "core/logging.h"
#include "http/httphead.h"
#include "http/httpserver.h"
#include "http/openfilelimit.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

#include <charconv>
#include <string_view>

namespace raycstr {

namespace {

using std::string_view;

QByteArray view(string_view s)
{
    // No copy: the request only lives while its handler runs, and m_in outlives that.
    return QByteArray::fromRawData(s.data(), qsizetype(s.size()));
}

void appendNumber(QByteArray &out, qint64 n)
{
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
    Q_UNUSED(ec);
    out.append(digits, end - digits);
}

// Leaves only the first `keep` unread bytes in the socket's buffer: what follows a request
// that asked to close must never reach a parser. Works while no read transaction is open.
void keepOnly(QTcpSocket *socket, qint64 keep)
{
    const QByteArray all = socket->readAll();
    for (qint64 i = qMin<qint64>(keep, all.size()) - 1; i >= 0; --i)
        socket->ungetChar(all.at(i));
}

QByteArray tooLarge(qint64 limit)
{
    return "request body too large: the limit is " + QByteArray::number(limit)
        + " bytes for this endpoint";
}

constexpr int SweepIntervalMs = 500;
// After a refusal, how long what the client still sends is read and dropped before the
// socket closes: closing with unread input makes the kernel send a reset, and the client
// would lose the answer that says why (RFC 9112 9.6, "lingering close").
constexpr int DrainMs = 2000;
constexpr int ResumeAfterMs = 100;
// Descriptors kept free for everything but client sockets (database, log, GeoIP, pipes).
constexpr int ReservedFiles = 128;

} // namespace

// What the front knows about one connection.
struct HttpFront::Connection
{
    enum class Phase { Head, Body, Answering, Idle, Draining };
    QTcpSocket *socket = nullptr;
    QHostAddress peer;
    bool counted = false; // in m_perAddress
    bool handedOver = false;
    bool closing = false; // a request asked to close: nothing after it is processed
    Phase phase = Phase::Head;
    qint64 deadlineMs = 0; // 0: none (a request is being answered)
    qsizetype scanned = 0; // front: bytes already searched for the head's end
    // Once handed over: the head being received (a copy, bounded), or the body left.
    QByteArray head;
    qint64 bodyLeft = 0;
};

HttpFront::HttpFront(QObject *parent)
    : QTcpServer(parent)
{
    m_clock.start();
    m_sweep.setInterval(SweepIntervalMs);
    connect(&m_sweep, &QTimer::timeout, this, &HttpFront::sweep);
    m_resume.setSingleShot(true);
    m_resume.setInterval(ResumeAfterMs);
    connect(&m_resume, &QTimer::timeout, this, &QTcpServer::resumeAccepting);
    // QTcpServer pauses for good when accept() fails (EMFILE: out of descriptors); the
    // connections queued meanwhile would never be served. Try again shortly: by then the
    // timeouts or the caps have usually freed descriptors.
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        if (!m_acceptFailing) // once per episode, not ten times a second
            qCWarning(lcApi, "accepting a connection failed (%s); retrying every %d ms",
                      qPrintable(errorString()), ResumeAfterMs);
        m_acceptFailing = true;
        m_resume.start();
    });
    // Bursts of new connections wait in the kernel instead of being refused (the default
    // is 50); the kernel caps it at net.core.somaxconn.
    setListenBacklogSize(1024);
    setLimits(ConnectionLimits {});
}

HttpFront::~HttpFront()
{
    qDeleteAll(m_connections);
}

void HttpFront::addRoute(const QByteArray &path, PlainHandler handler)
{
    m_routes.append({path, std::move(handler)});
}

void HttpFront::limitBody(const QByteArray &path, qint64 bytes)
{
    m_bodyLimits.append({path, bytes});
}

void HttpFront::setLimits(const ConnectionLimits &limits,
                          std::function<bool(const QHostAddress &)> exempt)
{
    m_limits = limits;
    m_exempt = std::move(exempt);
    // Every connection is a descriptor: past the open-file limit accept() fails for
    // everyone, so the cap refuses (with an answer) before that point is reached.
    const qint64 files = raiseOpenFileLimit();
    m_maxConnections = files > 0
        ? int(qBound<qint64>(16, files - ReservedFiles, qint64(limits.maxConnections)))
        : limits.maxConnections;
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

qint64 HttpFront::bodyLimit(QByteArrayView path) const
{
    for (const auto &[limited, bytes] : m_bodyLimits) {
        if (limited == path)
            return bytes;
    }
    return MaxBodyBytes;
}

void HttpFront::incomingConnection(qintptr socketDescriptor)
{
    m_acceptFailing = false;
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    const QHostAddress peer = socket->peerAddress();
    // The per-address cap is on the socket's peer, the only address known at accept.
    // Behind a trusted reverse proxy every visitor arrives from the proxy's address, so
    // capping it would let one attacker lock out every visitor: trusted proxies are exempt
    // (only the global cap applies to them), and limiting clients is the proxy's job, which
    // it does better (it sees them). X-Forwarded-For cannot be used here: it is not read
    // yet, and a hostile client would send a new one per connection.
    const bool counted = !(m_exempt && m_exempt(peer));
    auto refuseNow = [this, socket](int status, const char *message) {
        ++m_refused;
        writeResponse(socket, HttpServer::error(status, QString::fromLatin1(message)), true);
        socket->flush();
        socket->disconnectFromHost();
    };
    if (m_connections.size() >= m_maxConnections)
        return refuseNow(503, "the server has too many connections open");
    if (counted && m_perAddress.value(peer) >= m_limits.maxConnectionsPerAddress)
        return refuseNow(429, "too many connections from your address");
    auto *c = new Connection;
    c->socket = socket;
    c->peer = peer;
    c->counted = counted;
    // A new connection owes its first request head within the header timeout.
    c->deadlineMs = m_clock.elapsed() + m_limits.headerTimeoutSecs * 1000LL;
    if (counted)
        ++m_perAddress[peer];
    m_connections.insert(socket, c);
    if (!m_sweep.isActive())
        m_sweep.start();
    // Answers are one small write each; no reason to let Nagle hold them back.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // The socket reads no more than one request can hold ahead of its parser: a client that
    // sends faster than it is answered waits in the kernel, not in our memory.
    qint64 largest = MaxBodyBytes;
    for (const auto &limit : std::as_const(m_bodyLimits))
        largest = qMax(largest, limit.second);
    socket->setReadBufferSize(MaxHeadBytes + largest);
    // Connected before QHttpServer's own slot (it gets the socket later, if at all), so it
    // runs first on every read, also after the hand-over.
    connect(socket, &QTcpSocket::readyRead, this, [this, c]() {
        if (c->phase == Connection::Phase::Draining)
            c->socket->readAll();
        else if (c->handedOver)
            inspectHandedOver(c, false);
        else
            readRequests(c);
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, c]() {
        if (c->socket->bytesToWrite() == 0)
            answered(c);
    });
    connect(socket, &QObject::destroyed, this, [this, socket]() { forget(socket); });
}

void HttpFront::refuse(Connection *c, int status, const QByteArray &message)
{
    // Nothing the client sent after this is ever parsed, by either layer.
    QTcpSocket *socket = c->socket;
    c->closing = true;
    socket->readAll();
    writeResponse(socket, HttpServer::error(status, QString::fromLatin1(message)), true);
    socket->flush();
    c->phase = Connection::Phase::Draining;
    c->deadlineMs = m_clock.elapsed() + DrainMs;
#ifdef Q_OS_UNIX
    if (socket->bytesToWrite() == 0) {
        // Half-close: the client reads the answer and its end, and what it still sends is
        // dropped until it closes too (or DrainMs pass).
        ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
        return;
    }
#endif
    socket->disconnectFromHost();
}

void HttpFront::refuseOversizedHead(Connection *c, string_view head)
{
    // Too long either way; say which part.
    const size_t lineEnd = head.find("\r\n");
    if (lineEnd == string_view::npos || qsizetype(lineEnd) > HttpHead::MaxRequestLineBytes)
        refuse(c, 414, QByteArrayLiteral("request line too long"));
    else
        refuse(c, 431, QByteArrayLiteral("request head too large"));
}

void HttpFront::forget(QTcpSocket *socket)
{
    Connection *c = m_connections.take(socket);
    if (!c)
        return;
    if (c->counted) {
        auto it = m_perAddress.find(c->peer);
        if (it != m_perAddress.end() && --it.value() <= 0)
            m_perAddress.erase(it);
    }
    delete c;
    if (m_connections.isEmpty())
        m_sweep.stop();
}

void HttpFront::answered(Connection *c)
{
    // Everything written has gone out. On a handed-over connection that ends the answer
    // to the request it last received (QHttpServer writes an answer in one go).
    if (c->handedOver && c->phase == Connection::Phase::Answering) {
        c->phase = Connection::Phase::Idle;
        c->deadlineMs = m_clock.elapsed() + m_limits.idleTimeoutSecs * 1000LL;
        if (c->closing)
            c->socket->disconnectFromHost();
    }
}

void HttpFront::sweep()
{
    const qint64 now = m_clock.elapsed();
    QList<Connection *> expired;
    for (Connection *c : std::as_const(m_connections)) {
        if (c->deadlineMs != 0 && now >= c->deadlineMs
            && c->socket->state() != QAbstractSocket::UnconnectedState)
            expired.append(c);
    }
    for (Connection *c : std::as_const(expired)) {
        c->deadlineMs = 0;
        c->closing = true;
        if (c->phase == Connection::Phase::Idle || c->phase == Connection::Phase::Draining
            || c->socket->state() != QAbstractSocket::ConnectedState) {
            c->socket->abort(); // nothing in progress, or a refusal already answered
        } else {
            // A head or body that did not arrive in time (slowloris, a stalled upload).
            refuse(c, 408, QByteArrayLiteral("the request took too long to arrive"));
        }
    }
}

void HttpFront::readRequests(Connection *c)
{
    QTcpSocket *socket = c->socket;
    bool wrote = false;
    for (;;) {
        switch (serveOne(c)) {
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
            handOff(c);
            return;
        case Outcome::Closed:
            return;
        }
    }
}

bool HttpFront::checkBody(Connection *c, const HttpHead &head)
{
    const qint64 limit = bodyLimit(QByteArrayView(head.path.data(), qsizetype(head.path.size())));
    if (head.contentLength <= limit)
        return true;
    // Refused before a byte of it is read, whichever layer would have answered.
    refuse(c, 413, tooLarge(limit));
    return false;
}

HttpFront::Outcome HttpFront::serveOne(Connection *c)
{
    QTcpSocket *socket = c->socket;
    if (c->closing)
        return Outcome::Closed;
    const qint64 available = socket->bytesAvailable();
    if (available <= 0)
        return Outcome::NeedMore;
    if (c->phase == Connection::Phase::Idle) {
        c->phase = Connection::Phase::Head;
        c->deadlineMs = m_clock.elapsed() + m_limits.headerTimeoutSecs * 1000LL;
    }
    // The head first (bounded), then, once its length is known, head and body together.
    qint64 want = qMin<qint64>(available, MaxHeadBytes);
    if (m_in.size() < want)
        m_in.resize(want);
    qint64 got = socket->peek(m_in.data(), want);
    if (got <= 0)
        return Outcome::NeedMore;
    string_view data(m_in.constData(), size_t(got));
    // Search only what is new (a slowloris head arrives a byte at a time).
    const size_t from = size_t(qMax<qsizetype>(0, c->scanned - 3));
    const size_t headEnd = data.find("\r\n\r\n", from);
    if (headEnd == string_view::npos) {
        c->scanned = qsizetype(got);
        if (got < MaxHeadBytes)
            return Outcome::NeedMore;
        refuseOversizedHead(c, data);
        return Outcome::Closed;
    }
    c->scanned = 0;
    HttpHead head;
    if (!head.parse(data.substr(0, headEnd))) {
        // Where this request ends is unknowable, so nothing after it on the connection can
        // be trusted either: refuse and close (RFC 9112 6.3), whatever the path.
        refuse(c, head.errorStatus, head.errorMessage);
        return Outcome::Closed;
    }
    if (!checkBody(c, head))
        return Outcome::Closed;
    const PlainHandler *handler
        = handlerFor(QByteArrayView(head.path.data(), qsizetype(head.path.size())));
    if (!handler || head.unusual)
        return Outcome::HandOff;
    const qint64 total = qint64(headEnd) + 4 + head.contentLength;
    if (available < total) {
        if (c->phase == Connection::Phase::Head) {
            c->phase = Connection::Phase::Body;
            c->deadlineMs = m_clock.elapsed() + m_limits.bodyTimeoutSecs * 1000LL;
        }
        return Outcome::NeedMore;
    }
    if (got < total) {
        if (m_in.size() < total)
            m_in.resize(total);
        got = socket->peek(m_in.data(), total);
        if (got < total)
            return Outcome::NeedMore;
        data = string_view(m_in.constData(), size_t(got));
        head = HttpHead();
        head.parse(data.substr(0, headEnd)); // the views must point into the new buffer
    }

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
    request.peer = c->peer;
    const PlainResponse response = (*handler)(request);
    socket->skip(total);

    writeResponse(socket, response, head.close);
    if (head.close) {
        c->closing = true;
        c->phase = Connection::Phase::Draining; // a client that never reads is cut off
        c->deadlineMs = m_clock.elapsed() + DrainMs;
        socket->disconnectFromHost(); // after what is written has gone out
        return Outcome::Closed;
    }
    c->phase = Connection::Phase::Idle;
    c->deadlineMs = m_clock.elapsed() + m_limits.idleTimeoutSecs * 1000LL;
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

void HttpFront::handOff(Connection *c)
{
    // From here QHttpServer owns the connection: it arrives through the pending queue
    // (bind() listens for that), and the unread request is still in the buffer. The front
    // keeps its slots: it inspects every byte before QHttpServer reads it.
    c->handedOver = true;
    c->phase = Connection::Phase::Head;
    c->head.clear();
    c->bodyLeft = 0;
    inspectHandedOver(c, true);
    if (c->phase == Connection::Phase::Draining)
        return; // refused by the inspection
    ++m_handedOff;
    addPendingConnection(c->socket);
    // It reads on readyRead, and the bytes it needs arrived before it was listening.
    Q_EMIT c->socket->readyRead();
}

void HttpFront::inspectHandedOver(Connection *c, bool justHandedOver)
{
    QTcpSocket *socket = c->socket;
    // Unread bytes are ones QHttpServer has not seen: it reads all there is on each
    // readyRead, after this slot. Exception: the readyRead handOff() emits, whose bytes
    // were inspected just before.
    if (!justHandedOver && m_inspectedAtHandOff == socket) {
        m_inspectedAtHandOff = nullptr;
        return;
    }
    if (c->closing && c->bodyLeft == 0) {
        // Asked to close: whatever follows is never processed.
        socket->readAll();
        return;
    }
    const QByteArray bytes = socket->peek(socket->bytesAvailable());
    qsizetype pos = 0;
    const qint64 now = m_clock.elapsed();
    // A refusal drops every unread byte, so a valid request pipelined in the same read
    // before a bad one goes unanswered: the connection is closed for the bad one anyway,
    // and the client learns why.
    auto reject = [&](int status, const QByteArray &message) {
        refuse(c, status, message); // reads the bytes away: QHttpServer never sees them
    };
    while (pos < bytes.size()) {
        if (c->bodyLeft > 0) {
            const qint64 take = qMin<qint64>(c->bodyLeft, bytes.size() - pos);
            pos += take;
            c->bodyLeft -= take;
            if (c->bodyLeft == 0) {
                c->phase = Connection::Phase::Answering;
                c->deadlineMs = 0;
                if (c->closing) {
                    if (pos < bytes.size() && !socket->isTransactionStarted())
                        keepOnly(socket, pos);
                    break;
                }
            }
            continue;
        }
        if (c->head.isEmpty() && c->phase != Connection::Phase::Head) {
            c->phase = Connection::Phase::Head;
            c->deadlineMs = now + m_limits.headerTimeoutSecs * 1000LL;
        }
        const qsizetype before = c->head.size();
        const qsizetype room = MaxHeadBytes - before;
        const qsizetype chunk = qMin<qsizetype>(room, bytes.size() - pos);
        c->head.append(bytes.constData() + pos, chunk);
        const qsizetype end = c->head.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
        if (end < 0) {
            if (c->head.size() >= MaxHeadBytes)
                return refuseOversizedHead(
                    c, string_view(c->head.constData(), size_t(c->head.size())));
            pos += chunk;
            continue;
        }
        pos += end + 4 - before;
        HttpHead head;
        if (!head.parse(string_view(c->head.constData(), size_t(end))))
            return reject(head.errorStatus, head.errorMessage);
        const qint64 limit
            = bodyLimit(QByteArrayView(head.path.data(), qsizetype(head.path.size())));
        if (head.contentLength > limit)
            return reject(413, tooLarge(limit));
        c->head.clear();
        c->bodyLeft = head.contentLength;
        if (c->bodyLeft > 0) {
            c->phase = Connection::Phase::Body;
            c->deadlineMs = now + m_limits.bodyTimeoutSecs * 1000LL;
        } else {
            c->phase = Connection::Phase::Answering;
            c->deadlineMs = 0;
        }
        if (head.close) {
            // RFC 9112 9.6: answer this one, process nothing after it. What follows it in
            // this read is cut off before QHttpServer sees it (when its parser holds
            // nothing of this request yet, which is the usual case).
            c->closing = true;
            const qint64 keep = pos + c->bodyLeft;
            if (keep < bytes.size() && !socket->isTransactionStarted())
                keepOnly(socket, keep);
            break;
        }
    }
    if (justHandedOver)
        m_inspectedAtHandOff = socket;
}

} // namespace raycstr

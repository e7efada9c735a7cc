#include "api/livestream.h"

#include "api/apiaccess.h"
#include "core/clock.h"
#include "core/logging.h"
#include "engine/ingestengine.h"
#include "http/cors.h"
#include "http/httpserver.h"
#include "store/sites.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <unordered_map>
#include <vector>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace raycstr {

namespace {

using Status = HttpStatus;

// Sent right after the response head, so the client sees the stream open (EventSource
// fires onopen) before the first event.
const QByteArray StreamPreamble = QByteArrayLiteral("retry: 3000\n\n");
const QByteArray KeepAlive = QByteArrayLiteral(": ping\n\n");

void addCors(PlainResponse &response, const PlainRequest &request)
{
    // The same as the collector's: a dashboard on another origin may open the stream.
    const QByteArray origin = request.origin;
    if (origin.isEmpty() || !isValidOrigin(origin))
        return;
    response.addHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), origin);
    response.addHeader(QByteArrayLiteral("Access-Control-Allow-Credentials"),
                       QByteArrayLiteral("true"));
    response.addHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
}

void closeDescriptor(qintptr descriptor)
{
#if defined(Q_OS_UNIX)
    ::close(int(descriptor));
#else
    Q_UNUSED(descriptor);
#endif
}

QByteArray formatEvent(const LiveEvent &e)
{
    // Only what the live view shows; LiveEvent carries nothing that identifies a person.
    const QJsonObject data {
        {QStringLiteral("ts"), e.ts},           {QStringLiteral("path"), e.path},
        {QStringLiteral("name"), e.name},       {QStringLiteral("source"), e.source},
        {QStringLiteral("country"), e.country}, {QStringLiteral("device"), e.device},
        {QStringLiteral("browser"), e.browser},
    };
    // Compact JSON escapes newlines inside strings, so `data:` stays one line.
    return (e.kind == EventKind::Custom ? QByteArrayLiteral("event: event\ndata: ")
                                        : QByteArrayLiteral("event: pageview\ndata: "))
        + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray formatVisitors(qint64 current)
{
    return QByteArrayLiteral("event: visitors\ndata: {\"current\":") + QByteArray::number(current)
        + "}\n\n";
}

} // namespace

// Open streams per site, shared by the HTTP thread (limits, counts) and the stream thread
// (which releases a slot when a stream ends).
struct LiveStream::Registry
{
    mutable QMutex mutex;
    QHash<qint32, int> perSite;
    int total = 0;
    std::atomic<qint64> droppedSlow {0};

    bool reserve(qint32 siteId, const LiveStreamOptions &options)
    {
        QMutexLocker lock(&mutex);
        if (total >= options.maxClients || perSite.value(siteId) >= options.maxClientsPerSite)
            return false;
        ++total;
        ++perSite[siteId];
        return true;
    }
    void release(qint32 siteId)
    {
        QMutexLocker lock(&mutex);
        --total;
        if (--perSite[siteId] <= 0)
            perSite.remove(siteId);
    }
};

// Everything after the handover, on the live-stream thread: the sockets, the engine's
// events, the timers.
class LiveStream::Worker : public QObject
{
public:
    Worker(IngestEngine *engine, VisitorCounter currentVisitors, LiveStreamOptions options,
           std::shared_ptr<Registry> registry)
        : m_engine(engine)
        , m_currentVisitors(std::move(currentVisitors))
        , m_options(options)
        , m_registry(std::move(registry))
        , m_visitorsTimer(new QTimer(this)) // children: they move to the thread with us
        , m_keepAliveTimer(new QTimer(this))
        , m_accessTimer(new QTimer(this))
    {
        m_visitorsTimer->setInterval(m_options.visitorsIntervalMs);
        m_keepAliveTimer->setInterval(m_options.keepAliveIntervalMs);
        connect(m_visitorsTimer, &QTimer::timeout, this, [this] { sendVisitors(); });
        connect(m_keepAliveTimer, &QTimer::timeout, this, [this] { sendToAll(KeepAlive); });
        m_accessTimer->setInterval(m_options.accessCheckIntervalMs);
        connect(m_accessTimer, &QTimer::timeout, this, [this] { recheckAccess(); });
    }

    void setAccessCheck(AccessCheck check) { m_accessCheck = std::move(check); }

    // Takes over a connection whose slot the HTTP thread has reserved.
    void add(qintptr descriptor, qint32 siteId, const QByteArray &head,
             const auth::Principal &principal)
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            qCWarning(lcApi, "live stream: cannot take over a connection: %s",
                      qPrintable(socket->errorString()));
            closeDescriptor(descriptor);
            delete socket;
            m_registry->release(siteId);
            return;
        }
        const quint64 id = ++m_lastId;
        // Queued: a socket may report its end from inside a write (Qt aborts on a write
        // error), and the client list must not change under a loop over it.
        connect(
            socket, &QAbstractSocket::disconnected, this,
            [this, siteId, id] { remove(siteId, id, false); }, Qt::QueuedConnection);
        // A stream client has nothing to say; whatever it sends is read and dropped, so
        // the end of the connection is still noticed.
        connect(socket, &QIODevice::readyRead, this, [socket] { socket->readAll(); });
        m_clients[siteId].push_back({id, siteId, socket, principal});
        socket->write(head);
        socket->flush();
        clientsChanged();

        // A fresh dashboard shows the count at once instead of after the first interval.
        if (m_currentVisitors) {
            if (const std::optional<qint64> current = m_currentVisitors(siteId))
                sendToSite(siteId, formatVisitors(*current), id);
        }
    }

    void closeAll()
    {
        while (!m_clients.empty()) {
            const Client first = m_clients.begin()->second.front();
            remove(first.siteId, first.id, true);
        }
    }

private:
    struct Client
    {
        quint64 id = 0;
        qint32 siteId = 0;
        QTcpSocket *socket = nullptr;
        auth::Principal principal; // who opened it, checked again every few seconds
    };

    // A revoked key, share link or ended session closes its streams within one interval.
    void recheckAccess()
    {
        if (!m_accessCheck)
            return;
        std::vector<std::pair<qint32, quint64>> revoked;
        for (const auto &[siteId, list] : m_clients) {
            for (const Client &c : list) {
                if (!m_accessCheck(c.principal))
                    revoked.emplace_back(siteId, c.id);
            }
        }
        for (const auto &[siteId, id] : revoked)
            remove(siteId, id, true);
    }

    void clientsChanged()
    {
        if (!m_clients.empty() && !m_engineConnection) {
            // Queued onto this thread: the writer thread never waits for a stream.
            m_engineConnection = connect(
                m_engine, &IngestEngine::eventsStored, this,
                [this](const QList<LiveEvent> &events) { broadcast(events); },
                Qt::QueuedConnection);
            if (m_currentVisitors)
                m_visitorsTimer->start();
            m_keepAliveTimer->start();
            m_accessTimer->start();
        } else if (m_clients.empty() && m_engineConnection) {
            disconnect(m_engineConnection);
            m_engineConnection = {};
            m_visitorsTimer->stop();
            m_keepAliveTimer->stop();
            m_accessTimer->stop();
        }
    }

    void broadcast(const QList<LiveEvent> &events)
    {
        // One payload per site per commit (the writer commits about every 100 ms under
        // load), formatted once and appended to each of the site's sockets in one write.
        // Past maxEventsPerBatch a site's events are only counted: a live view cannot show
        // more, and it bounds what one commit adds to every client's buffer.
        struct Payload
        {
            QByteArray data;
            int sent = 0;
            qint64 skipped = 0;
        };
        std::unordered_map<qint32, Payload> payloads;
        for (const LiveEvent &e : events) {
            if (!m_clients.count(e.siteId))
                continue;
            Payload &p = payloads[e.siteId];
            if (p.sent < m_options.maxEventsPerBatch) {
                p.data += formatEvent(e);
                ++p.sent;
            } else {
                ++p.skipped;
            }
        }
        for (auto &[siteId, p] : payloads) {
            if (p.skipped > 0)
                p.data += QByteArrayLiteral("event: skipped\ndata: {\"count\":")
                    + QByteArray::number(p.skipped) + "}\n\n";
            sendToSite(siteId, p.data);
        }
    }

    void sendVisitors()
    {
        for (qint32 siteId : siteIds()) {
            if (const std::optional<qint64> current = m_currentVisitors(siteId))
                sendToSite(siteId, formatVisitors(*current));
        }
    }

    void sendToAll(const QByteArray &data)
    {
        for (qint32 siteId : siteIds())
            sendToSite(siteId, data);
    }

    std::vector<qint32> siteIds() const
    {
        std::vector<qint32> ids;
        for (const auto &[siteId, clients] : m_clients)
            ids.push_back(siteId);
        return ids;
    }

    // To every client of the site, or only to `onlyId`.
    void sendToSite(qint32 siteId, const QByteArray &data, quint64 onlyId = 0)
    {
        const auto it = m_clients.find(siteId);
        if (it == m_clients.end())
            return;
        std::vector<quint64> drop;
        for (const Client &client : it->second) {
            if ((onlyId == 0 || client.id == onlyId) && !send(client, data))
                drop.push_back(client.id);
        }
        for (quint64 id : drop)
            remove(siteId, id, true);
    }

    // Appends to the client's socket; false when it is gone or too far behind.
    bool send(const Client &client, const QByteArray &data)
    {
        QTcpSocket *socket = client.socket;
        if (socket->state() != QAbstractSocket::ConnectedState)
            return false;
        // Judged before appending: a client is slow when it has not taken what it was
        // sent before (the previous commit, ~100 ms ago), not because one commit is large.
        const qint64 backlog = socket->bytesToWrite();
        if (backlog > m_options.maxBacklogBytes) {
            m_registry->droppedSlow.fetch_add(1);
            qCInfo(lcApi, "live stream: dropped a client of site %d that is %lld bytes behind",
                   client.siteId, backlog);
            return false;
        }
        socket->write(data);
        // Hands the kernel what it takes now, without waiting; the rest stays in the
        // socket's buffer and goes out from the event loop.
        socket->flush();
        return true;
    }

    void remove(qint32 siteId, quint64 id, bool abort)
    {
        const auto site = m_clients.find(siteId);
        if (site == m_clients.end())
            return;
        std::vector<Client> &list = site->second;
        const auto pos
            = std::find_if(list.begin(), list.end(), [id](const Client &c) { return c.id == id; });
        if (pos == list.end())
            return; // already gone (dropped, then its disconnect arrived)
        QTcpSocket *socket = pos->socket;
        list.erase(pos);
        if (list.empty())
            m_clients.erase(site);
        m_registry->release(siteId);

        socket->disconnect(this);
        // abort() drops whatever is still buffered for a client we gave up on.
        if (abort)
            socket->abort();
        socket->deleteLater();
        clientsChanged();
    }

    IngestEngine *m_engine;
    VisitorCounter m_currentVisitors;
    LiveStreamOptions m_options;
    std::shared_ptr<Registry> m_registry;
    QTimer *m_visitorsTimer;
    QTimer *m_keepAliveTimer;
    QTimer *m_accessTimer;
    AccessCheck m_accessCheck;
    std::unordered_map<qint32, std::vector<Client>> m_clients;
    quint64 m_lastId = 0;
    QMetaObject::Connection m_engineConnection;
};

LiveStream::LiveStream(IngestEngine *engine, ApiAccess *access, VisitorCounter currentVisitors,
                       LiveStreamOptions options)
    : m_engine(engine)
    , m_access(access)
    , m_options(options)
    , m_registry(std::make_shared<Registry>())
    , m_worker(new Worker(engine, std::move(currentVisitors), options, m_registry))
{
    m_thread.setObjectName(QStringLiteral("live-stream"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

void LiveStream::setAccessCheck(AccessCheck check)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, check] { worker->setAccessCheck(check); },
        Qt::BlockingQueuedConnection);
}

LiveStream::~LiveStream()
{
    // On the worker's own thread, after any handover still queued.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            worker->closeAll();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

int LiveStream::clientCount() const
{
    QMutexLocker lock(&m_registry->mutex);
    return m_registry->total;
}

int LiveStream::clientCount(qint32 siteId) const
{
    QMutexLocker lock(&m_registry->mutex);
    return m_registry->perSite.value(siteId);
}

qint64 LiveStream::droppedSlowClients() const
{
    return m_registry->droppedSlow.load();
}

void LiveStream::registerRoutes(HttpServer &server)
{
    server.routeLater(QStringLiteral("/api/stream/<arg>"),
                      [this](const PlainRequest &request, const Responder &responder) {
                          handle(request.args.at(0), request, responder);
                      });
}

qint32 LiveStream::resolveSite(const QString &key) const
{
    bool numeric = false;
    const qint32 id = key.toInt(&numeric);
    if (numeric && id > 0) {
        const QList<Site> sites = m_engine->sites().sites();
        if (std::any_of(sites.begin(), sites.end(), [id](const Site &s) { return s.id == id; }))
            return id;
    }
    QString domain;
    QString error;
    if (!SiteRepository::normalizeDomain(key, &domain, &error))
        return 0;
    return m_engine->sites().idForDomain(domain, m_engine->clock()->nowMs());
}

void LiveStream::handle(const QString &site, const PlainRequest &request,
                        const Responder &responder)
{
    auto fail = [&](Status status, const QString &message) {
        PlainResponse response = HttpServer::error(status, message);
        addCors(response, request);
        responder.send(std::move(response));
    };
    if (request.method == PlainRequest::Method::Options) {
        PlainResponse response(Status::NoContent);
        addCors(response, request);
        response.addHeader(QByteArrayLiteral("Access-Control-Allow-Methods"),
                           QByteArrayLiteral("GET, OPTIONS"));
        response.addHeader(QByteArrayLiteral("Access-Control-Allow-Headers"),
                           QByteArrayLiteral("Authorization, Cache-Control, Last-Event-ID"));
        response.addHeader(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("86400"));
        responder.send(std::move(response));
        return;
    }
    if (request.method != PlainRequest::Method::Get) {
        PlainResponse response
            = HttpServer::error(Status::MethodNotAllowed, QStringLiteral("use GET"));
        addCors(response, request);
        response.addHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, OPTIONS"));
        responder.send(std::move(response));
        return;
    }

    // An unknown site is checked as site -1: only a key for every site can read it (and
    // then learns it does not exist); a key for one site gets the same 403 as for any
    // other site, so keys cannot probe which domains are tracked here.
    const qint32 siteId = resolveSite(site);
    PlainResponse denied(Status::Forbidden);
    const auto principal
        = m_access->check(request, siteId != 0 ? siteId : -1, ApiAccess::Need::Read, &denied);
    if (!principal) {
        addCors(denied, request);
        responder.send(std::move(denied));
        return;
    }
    if (siteId == 0) {
        fail(Status::NotFound, QStringLiteral("unknown site '%1'").arg(site));
        return;
    }
    if (!m_registry->reserve(siteId, m_options)) {
        fail(Status::ServiceUnavailable, QStringLiteral("too many live streams open; retry later"));
        return;
    }
    open(siteId, *principal, request, responder);
}

void LiveStream::open(qint32 siteId, const auth::Principal &principal, const PlainRequest &request,
                      const Responder &responder)
{
    // The stream outlives HTTP's request/response: this thread's HTTP socket lets go of the
    // connection and the stream thread writes to it directly (Responder::takeConnection).
    const qintptr descriptor = responder.takeConnection();
    if (descriptor < 0) {
        m_registry->release(siteId);
        PlainResponse response = HttpServer::error(
            Status::InternalServerError,
            QStringLiteral("live streams are not available on this platform or Qt version"));
        addCors(response, request);
        responder.send(std::move(response));
        return;
    }

    // No length and no chunking: the body runs until the connection closes, which is
    // what "Connection: close" announces. Written by the stream thread, as its first bytes.
    QByteArray head = QByteArrayLiteral("HTTP/1.1 200 OK\r\n"
                                        "Content-Type: text/event-stream\r\n"
                                        "Cache-Control: no-cache\r\n"
                                        // nginx buffers proxied responses unless told not to
                                        "X-Accel-Buffering: no\r\n"
                                        "Connection: close\r\n");
    const QByteArray origin = request.origin;
    if (!origin.isEmpty() && !origin.contains('\r') && !origin.contains('\n'))
        head += "Access-Control-Allow-Origin: " + origin
            + "\r\nAccess-Control-Allow-Credentials: true\r\nVary: Origin\r\n";
    head += "\r\n" + StreamPreamble;

    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, descriptor, siteId, head, principal] {
            worker->add(descriptor, siteId, head, principal);
        },
        Qt::QueuedConnection);
}

} // namespace raycstr

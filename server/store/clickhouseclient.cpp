#include "store/clickhouseclient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <cstring>

namespace raycstr {

namespace {

// A QNetworkAccessManager may only be deleted by its own thread, or once that thread is
// gone; one whose thread still runs is handed to that thread's event loop.
void dispose(std::unique_ptr<QNetworkAccessManager> manager, QThread *thread)
{
    if (!manager)
        return;
    if (thread == QThread::currentThread() || thread->isFinished())
        manager.reset();
    else
        manager.release()->deleteLater();
}

// An INSERT's body, readable once. Qt's HTTP client silently sends a request again when
// the connection closes before any byte of the answer (a proxy's timeout, a server that
// died after writing): for an INSERT that may store the rows twice, unseen. Qt can only do
// that by rewinding the body; this one cannot rewind, so Qt reports an error instead, and
// the caller decides (ClickHouseEventStore checks what landed).
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin(max, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return -1;
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// ClickHouse's exception text: "Code: 60, e.displayText() = DB::Exception: Table x doesn't
// exist, e.what() = DB::Exception" up to 19.x, "Code: 60. DB::Exception: Table x doesn't
// exist. (UNKNOWN_TABLE) (version 24.3.1)" since.
bool parseException(const QByteArray &body, ClickHouseError *error)
{
    static const QRegularExpression re(QStringLiteral("^Code: (\\d+)[.,] (.*)$"),
                                       QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(body.left(4096)).trimmed());
    if (!m.hasMatch())
        return false;
    QString message = m.captured(2);
    message.remove(QLatin1String("e.displayText() = "));
    message.remove(QLatin1String(", e.what() = DB::Exception"));
    if (message.startsWith(QLatin1String("DB::Exception: ")))
        message.remove(0, 15);
    error->kind = ClickHouseError::Kind::Server;
    error->code = m.captured(1).toInt();
    error->message = message.trimmed().left(2000);
    return true;
}

} // namespace

QString ClickHouseError::toString() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Unreachable:
        return QStringLiteral("ClickHouse unreachable: %1").arg(message);
    case Kind::Timeout:
        return QStringLiteral("ClickHouse timeout: %1").arg(message);
    case Kind::Server:
        return QStringLiteral("ClickHouse error %1: %2").arg(code).arg(message);
    case Kind::BadResponse:
        break;
    }
    return QStringLiteral("ClickHouse bad response: %1").arg(message);
}

ClickHouseClient::ClickHouseClient(const ClickHouseEndpoint &endpoint, const QString &password,
                                   Timeouts timeouts)
    : m_endpoint(endpoint)
    , m_password(password.toUtf8())
    , m_timeouts(timeouts)
{ }

std::unique_ptr<ClickHouseClient> ClickHouseClient::forHost(const QString &host) const
{
    return std::make_unique<ClickHouseClient>(m_endpoint.onHost(host),
                                              QString::fromUtf8(m_password), m_timeouts);
}

ClickHouseClient::~ClickHouseClient()
{
    dispose(std::move(m_manager), m_managerThread);
}

QNetworkAccessManager *ClickHouseClient::manager()
{
    QThread *current = QThread::currentThread();
    if (m_manager && m_managerThread == current)
        return m_manager.get();
    dispose(std::move(m_manager), m_managerThread);
    m_manager = std::make_unique<QNetworkAccessManager>();
    // ClickHouse is addressed directly: an http_proxy meant for the web must not carry the
    // password's header, and a redirect is not an answer ClickHouse gives.
    m_manager->setProxy(QNetworkProxy::NoProxy);
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_managerThread = current;
    return m_manager.get();
}

bool ClickHouseClient::execute(const QByteArray &sql, ClickHouseError *error, Scope scope)
{
    QByteArray ignored;
    return post(sql, false, scope, QString(), &ignored, error, true);
}

bool ClickHouseClient::select(const QByteArray &sql, QByteArray *rows, ClickHouseError *error,
                              Scope scope, const QString &queryId)
{
    return post(sql + "\nFORMAT RowBinary", true, scope, queryId, rows, error);
}

bool ClickHouseClient::insert(const QByteArray &into, const QByteArray &rows,
                              ClickHouseError *error, const QString &queryId)
{
    // The rows start right after the first newline that follows the format's name (that is
    // ClickHouse's rule for data in the body), whatever bytes they begin with.
    QByteArray body;
    body.reserve(into.size() + rows.size() + 40);
    body += "INSERT INTO ";
    body += into;
    body += " FORMAT RowBinary\n";
    body += rows;
    QByteArray ignored;
    return post(body, false, Scope::Database, queryId, &ignored, error, true);
}

bool ClickHouseClient::post(const QByteArray &body, bool answerExpected, Scope scope,
                            const QString &queryId, QByteArray *answer, ClickHouseError *error,
                            bool sendOnce)
{
    *error = ClickHouseError();
    answer->clear();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_endpoint.host);
    url.setPort(m_endpoint.port);
    url.setPath(QStringLiteral("/"));
    QUrlQuery settings;
    if (scope == Scope::Database)
        settings.addQueryItem(QStringLiteral("database"), m_endpoint.database);
    if (answerExpected)
        settings.addQueryItem(QStringLiteral("wait_end_of_query"), QStringLiteral("1"));
    if (!queryId.isEmpty())
        settings.addQueryItem(QStringLiteral("query_id"), queryId);
    if (m_endpoint.isCluster()) {
        settings.addQueryItem(QStringLiteral("insert_distributed_sync"), QStringLiteral("1"));
        settings.addQueryItem(QStringLiteral("distributed_product_mode"), QStringLiteral("local"));
    }
    url.setQuery(settings);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain; charset=UTF-8"));
    request.setRawHeader("X-ClickHouse-User", m_endpoint.user.toUtf8());
    if (!m_password.isEmpty())
        request.setRawHeader("X-ClickHouse-Key", m_password);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);

    QEventLoop loop; // first: it gives a thread without an event loop its dispatcher
    std::unique_ptr<OneShotBody> once;
    if (sendOnce) {
        once = std::make_unique<OneShotBody>(body);
        // Qt would otherwise copy a sequential device into a buffer it can rewind; unbuffered
        // it reads the device as it sends, which needs the length up front.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    }
    std::unique_ptr<QNetworkReply> reply(once ? manager()->post(request, once.get())
                                              : manager()->post(request, body));
    bool sent = false; // bytes left for the server: from then on the statement may run
    enum class Expired { No, Connect, Request } expired = Expired::No;
    QTimer connectTimer;
    QTimer requestTimer;
    connectTimer.setSingleShot(true);
    requestTimer.setSingleShot(true);
    auto markSent = [&] {
        sent = true;
        connectTimer.stop();
    };
    QObject::connect(reply.get(), &QNetworkReply::uploadProgress, &loop, [&](qint64 bytes, qint64) {
        if (bytes > 0)
            markSent();
    });
    QObject::connect(reply.get(), &QNetworkReply::requestSent, &loop, markSent);
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, markSent);
    QObject::connect(&connectTimer, &QTimer::timeout, &loop, [&] {
        expired = Expired::Connect;
        reply->abort();
    });
    QObject::connect(&requestTimer, &QTimer::timeout, &loop, [&] {
        expired = Expired::Request;
        reply->abort();
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        connectTimer.start(m_timeouts.connectMs);
        requestTimer.start(m_timeouts.requestMs);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray data = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString where = m_endpoint.host + QLatin1Char(':') + QString::number(m_endpoint.port);
    if (expired == Expired::Connect && !sent) {
        error->kind = ClickHouseError::Kind::Unreachable;
        error->message = QStringLiteral("no connection to %1 within %2 ms")
                             .arg(where)
                             .arg(m_timeouts.connectMs);
        return false;
    }
    if (expired != Expired::No) {
        error->kind = ClickHouseError::Kind::Timeout;
        error->message
            = QStringLiteral("no answer from %1 within %2 ms").arg(where).arg(m_timeouts.requestMs);
        return false;
    }
    if (!status.isValid()) {
        // No HTTP answer at all. Before any byte left, nothing can have run.
        error->kind
            = sent ? ClickHouseError::Kind::BadResponse : ClickHouseError::Kind::Unreachable;
        // ContentReSendError: Qt wanted to send an INSERT again (see OneShotBody).
        error->message = QStringLiteral("%1: %2").arg(
            where,
            reply->error() == QNetworkReply::ContentReSendError
                ? QStringLiteral("the connection closed before the answer")
                : reply->errorString());
        return false;
    }
    error->httpStatus = status.toInt();
    // Since 21.x an exception after a 200 was sent is flagged in a header as well.
    if (error->httpStatus != 200 || reply->hasRawHeader("X-ClickHouse-Exception-Code")) {
        if (!parseException(data, error)) {
            error->kind = ClickHouseError::Kind::BadResponse;
            error->message = QStringLiteral("HTTP %1 from %2: %3")
                                 .arg(error->httpStatus)
                                 .arg(where, QString::fromUtf8(data.left(200)).simplified());
        }
        return false;
    }
    if (reply->error() != QNetworkReply::NoError) { // 200, then the connection broke
        error->kind = ClickHouseError::Kind::BadResponse;
        error->message = QStringLiteral("%1: %2").arg(where, reply->errorString());
        return false;
    }
    *answer = data;
    return true;
}

QByteArray ClickHouseClient::quote(QByteArrayView bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() + 2);
    out += '\'';
    for (const char c : bytes) {
        const auto u = quint8(c);
        if (c == '\\' || c == '\'') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u == 0x7f) {
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '\'';
    return out;
}

} // namespace raycstr

#include "import/plausibleapiclient.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace raycstr {

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DefaultRetryAfterMs = 60 * 1000;
constexpr qint64 MaxWaitMs = HourMs; // a longer Retry-After is taken as one hour

// The server's own words, when it sent {"error": "..."} (Plausible's and RayCstr's shape).
QString serverSays(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString text = o.value(QLatin1String("error")).toString();
    return text.isEmpty() ? QString::fromUtf8(body.left(200)).simplified() : text;
}

} // namespace

PlausibleApiClient::PlausibleApiClient(Settings settings)
    : m_settings(std::move(settings))
{
    m_clock.start();
}

PlausibleApiClient::~PlausibleApiClient() = default;

qint64 PlausibleApiClient::retryAfterMs(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 secs = v.toLongLong(&ok);
    if (ok)
        return secs < 0 ? -1 : secs * 1000;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return std::max<qint64>(0, nowUtc.msecsTo(at));
}

QUrl PlausibleApiClient::urlOf(const QString &path) const
{
    QUrl url = m_settings.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

std::optional<QJsonObject> PlausibleApiClient::get(const QString &path, const QUrlQuery &query,
                                                   PlausibleApiError *error)
{
    QUrl url = urlOf(path);
    url.setQuery(query);
    return send("GET", url, QByteArray(), error);
}

std::optional<QJsonObject> PlausibleApiClient::post(const QString &path, const QJsonObject &body,
                                                    PlausibleApiError *error)
{
    return send("POST", urlOf(path), QJsonDocument(body).toJson(QJsonDocument::Compact), error);
}

bool PlausibleApiClient::wait(qint64 ms)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < ms) {
        if (cancelled())
            return false;
        QThread::msleep(quint64(std::min<qint64>(100, ms - waited.elapsed())));
    }
    m_waitedMs += ms;
    return !cancelled();
}

bool PlausibleApiClient::pace()
{
    const int limit = m_settings.requestsPerHour;
    if (limit <= 0)
        return true;
    // A window of the last `limit` departures: the next one leaves an hour after the oldest.
    while (m_recent.size() >= size_t(limit)) {
        const qint64 due = m_recent.front() + m_settings.windowMs - m_clock.elapsed();
        if (due > 0 && !wait(due))
            return false;
        m_recent.pop_front();
    }
    m_recent.push_back(m_clock.elapsed());
    return true;
}

PlausibleApiClient::Answer PlausibleApiClient::once(const QByteArray &method, const QUrl &url,
                                                    const QByteArray &body)
{
    Answer a;
    QEventLoop loop; // first: it gives a thread without an event loop its dispatcher
    if (!m_manager)
        m_manager = std::make_unique<QNetworkAccessManager>();
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_settings.key);
    request.setRawHeader("Accept", "application/json");
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_settings.timeoutMs);
    std::unique_ptr<QNetworkReply> reply(method == "POST" ? m_manager->post(request, body)
                                                          : m_manager->get(request));
    ++m_sent;
    QTimer watch; // Ctrl+C while a request is under way
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (cancelled()) {
            a.cancelled = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        watch.start(100);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    a.status = status.isValid() ? status.toInt() : 0;
    a.body = reply->isOpen() ? reply->readAll() : QByteArray();
    a.retryAfter = reply->rawHeader("Retry-After");
    a.location = reply->rawHeader("Location");
    if (a.status == 0 || (a.status == 200 && reply->error() != QNetworkReply::NoError)) {
        a.status = 0;
        a.networkError = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("no answer within %1 s").arg(m_settings.timeoutMs / 1000)
            : reply->errorString();
    }
    return a;
}

std::optional<QJsonObject> PlausibleApiClient::send(const QByteArray &method, const QUrl &url,
                                                    const QByteArray &body,
                                                    PlausibleApiError *error)
{
    using Kind = PlausibleApiError::Kind;
    *error = {};
    const QString where
        = url.host() + (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString());
    auto cancel = [&] {
        *error = {Kind::Cancelled, 0, tr("stopped")};
        return std::nullopt;
    };
    qint64 backoffMs = 1000;
    for (int attempt = 1;; ++attempt) {
        if (cancelled() || !pace())
            return cancel();
        const Answer a = once(method, url, body);
        if (a.cancelled)
            return cancel();
        const bool last = attempt >= std::max(1, m_settings.attempts);
        m_answered = m_answered || a.status != 0;
        if (a.status == 429) {
            // Retry-After is honoured even past the pacing: the server knows its window.
            qint64 ms = retryAfterMs(a.retryAfter, QDateTime::currentDateTimeUtc());
            ms = std::min(ms < 0 ? DefaultRetryAfterMs : ms, MaxWaitMs);
            if (last) {
                *error = {Kind::ServerError, 429,
                          tr("%1 kept answering 429 (too many requests) after %2 tries; lower "
                             "--requests-per-hour or try again later")
                              .arg(where)
                              .arg(attempt)};
                return std::nullopt;
            }
            if (!wait(ms))
                return cancel();
            continue;
        }
        if (a.status == 0 || a.status >= 500) {
            // No answer before the server ever answered: a wrong address, not a hiccup.
            if (last || (a.status == 0 && !m_answered)) {
                if (a.status == 0)
                    *error = {Kind::Unreachable, 0,
                              tr("cannot reach %1: %2").arg(where, a.networkError)};
                else
                    *error = {Kind::ServerError, a.status,
                              tr("%1 answered HTTP %2: %3")
                                  .arg(where)
                                  .arg(a.status)
                                  .arg(serverSays(a.body))};
                return std::nullopt;
            }
            if (!wait(backoffMs))
                return cancel();
            backoffMs *= 2;
            continue;
        }
        if (a.status == 401 || a.status == 403) {
            *error = {Kind::Unauthorized, a.status, serverSays(a.body)};
            return std::nullopt;
        }
        if (a.status == 404) {
            *error = {Kind::NotFound, a.status, serverSays(a.body)};
            return std::nullopt;
        }
        if (a.status >= 300 && a.status < 400) {
            // Followed only to the same origin (scheme, host, port): the key goes nowhere else.
            *error = {Kind::BadRequest, a.status,
                      tr("%1 redirects to %2 (HTTP %3): give that server as --url")
                          .arg(where, QString::fromUtf8(a.location.left(200)),
                               QString::number(a.status))};
            return std::nullopt;
        }
        if (a.status >= 300) {
            *error = {Kind::BadRequest, a.status,
                      tr("%1 refused the question (HTTP %2): %3")
                          .arg(where)
                          .arg(a.status)
                          .arg(serverSays(a.body))};
            return std::nullopt;
        }
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(a.body, &parse);
        if (!doc.isObject()) {
            *error = {Kind::BadAnswer, a.status,
                      tr("the answer from %1 is not JSON (is %2 the address of a Plausible "
                         "server?): %3")
                          .arg(where, m_settings.baseUrl.toString(QUrl::RemoveUserInfo),
                               QString::fromUtf8(a.body.left(80)).simplified())};
            return std::nullopt;
        }
        return doc.object();
    }
}

} // namespace raycstr

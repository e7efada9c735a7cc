#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace raycstr {

// Why a Stats API request gave no answer, typed so the caller can word it (wrong key, no such
// site, server unreachable) and tell a v2-less server (404 on /api/v2/query) from the rest.
struct PlausibleApiError
{
    enum class Kind {
        None,
        Unauthorized, // 401/403: the key is wrong, revoked, or not for this site
        NotFound, // 404: no such endpoint (an older server) or no such site
        BadRequest, // another 4xx: the server refused the question
        Unreachable, // no HTTP answer (refused, unknown host, TLS, timeout), retries spent
        ServerError, // 5xx or 429 after every retry
        BadAnswer, // an answer that is not a JSON object
        Cancelled, // Ctrl+C
    };
    Kind kind = Kind::None;
    int status = 0; // the HTTP status, when there was one
    QString message; // never the key: it travels in a header only
    bool isError() const { return kind != Kind::None; }
};

// A small synchronous client of Plausible's Stats API (v1 GETs, v2 POSTs) for the import.
//
// Qt Network rather than libcurl (which SMTP and webhooks use): each call waits in a local
// QEventLoop, so a Stats API server living on the same thread's event loop (RayCstr's own,
// in-process, as the tests and the desktop app run it) is served while we wait, where a
// blocking curl_easy_perform would deadlock; TLS is verified against the system's
// certificates by default, as with the ClickHouse client, the other Qt Network user.
//
// - The key goes in `Authorization: Bearer`, never in the URL or a message; redirects are
//   followed to the same origin only, so the key is never sent anywhere else.
// - Paced: at most `requestsPerHour` requests in any hour (Plausible's default limit is 600
//   per key; 0: unpaced). A 429 waits for its Retry-After (seconds or an HTTP date; 60 s
//   without one) and asks again; a 5xx or a dropped connection is asked again after 1, 2, 4…
//   seconds; `attempts` tries in all. No answer at all before the server ever answered is
//   not retried (a wrong address or a closed port: said at once).
// - The cancel flag (Ctrl+C) is looked at every 100 ms, while waiting or while a request is
//   under way (which is then aborted): Kind::Cancelled.
//
// Threading: one thread; the QNetworkAccessManager is made on the first request.
class PlausibleApiClient
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::PlausibleApiClient)
public:
    struct Settings
    {
        QUrl baseUrl; // https://plausible.io, or a self-hosted server (a path prefix is kept)
        QByteArray key;
        int requestsPerHour = 600;
        qint64 windowMs = 3600 * 1000; // the hour of requestsPerHour (tests shorten it)
        int attempts = 6;
        int timeoutMs = 60000; // one request, connecting included
    };
    explicit PlausibleApiClient(Settings settings);
    ~PlausibleApiClient();
    PlausibleApiClient(const PlausibleApiClient &) = delete;
    PlausibleApiClient &operator=(const PlausibleApiClient &) = delete;

    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    // GET path?query (v1) and POST path with a JSON body (v2): the answer's JSON object.
    std::optional<QJsonObject> get(const QString &path, const QUrlQuery &query,
                                   PlausibleApiError *error);
    std::optional<QJsonObject> post(const QString &path, const QJsonObject &body,
                                    PlausibleApiError *error);

    qint64 requestsSent() const { return m_sent; }
    qint64 waitedMs() const { return m_waitedMs; } // pacing and Retry-After together
    QString host() const { return m_settings.baseUrl.host(); }

    // Retry-After's delay in ms (delay-seconds or an HTTP date, against `nowUtc`); -1 when
    // absent or unreadable.
    static qint64 retryAfterMs(const QByteArray &value, const QDateTime &nowUtc);

private:
    struct Answer
    {
        int status = 0; // 0: no HTTP answer
        QByteArray body;
        QByteArray retryAfter;
        QByteArray location; // a redirect's
        QString networkError;
        bool cancelled = false;
    };
    std::optional<QJsonObject> send(const QByteArray &method, const QUrl &url,
                                    const QByteArray &body, PlausibleApiError *error);
    Answer once(const QByteArray &method, const QUrl &url, const QByteArray &body);
    // Waits `ms` (in slices, watching the cancel flag); false when cancelled.
    bool wait(qint64 ms);
    // Waits until one more request fits in the hour.
    bool pace();
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    QUrl urlOf(const QString &path) const;

    Settings m_settings;
    const std::atomic<bool> *m_cancel = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    QElapsedTimer m_clock;
    std::deque<qint64> m_recent; // when the last requests left (m_clock's ms)
    qint64 m_sent = 0;
    qint64 m_waitedMs = 0;
    bool m_answered = false; // the server answered once: a later dropped connection is retried
};

} // namespace raycstr

#include "report/webhooksender.h"

#include "report/curlhandle.h"
#include "report/retry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUrl>


namespace raycstr::report {

namespace {

size_t discard(char *, size_t size, size_t count, void *)
{
    return size * count; // the receiver's answer is not read: its status says enough
}

} // namespace

WebhookSender::WebhookSender(WebhookSettings settings)
    : sleep([](int ms) { QThread::msleep(ulong(ms)); })
    , m_settings(settings)
{ }

QByteArray WebhookSender::body(AlertRule::WebhookFormat format, const QString &text)
{
    if (format == AlertRule::WebhookFormat::Text)
        return text.toUtf8();
    return QJsonDocument(QJsonObject {{QStringLiteral("text"), text}})
        .toJson(QJsonDocument::Compact);
}

QByteArray WebhookSender::contentType(AlertRule::WebhookFormat format)
{
    return format == AlertRule::WebhookFormat::Text ? QByteArrayLiteral("text/plain; charset=utf-8")
                                                     : QByteArrayLiteral("application/json");
}

bool WebhookSender::send(const QString &url, AlertRule::WebhookFormat format, const QString &text,
                         WebhookError *error)
{
    *error = {};
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty()
        || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https"))) {
        *error = {WebhookError::Kind::BadInput,
                  QStringLiteral("the webhook %1 is not an http(s) URL")
                      .arg(AlertRule::redactedUrl(url))};
        return false;
    }
    const QByteArray target = u.toEncoded();
    const QByteArray payload = body(format, text);
    const QByteArray type = contentType(format);
    return retryWithBackOff(
        m_settings.attempts, m_settings.firstRetryDelayMs, sleep,
        [&] {
            if (attempt(target, payload, type, error))
                return true;
            error->message = AlertRule::redactedUrl(url) + QStringLiteral(": ") + error->message;
            return false;
        },
        [&] { return error->permanent(); });
}

bool WebhookSender::attempt(const QByteArray &url, const QByteArray &body,
                            const QByteArray &contentType, WebhookError *error)
{
    CurlHandle curl(m_settings.timeoutSecs);
    if (!curl) {
        *error = {WebhookError::Kind::Failed, QStringLiteral("cannot start libcurl")};
        return false;
    }
    CURL *c = curl.get();
    const QByteArray typeHeader = "Content-Type: " + contentType;
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(
        curl_slist_append(nullptr, typeHeader.constData()), curl_slist_free_all);
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
    curl_easy_setopt(c, CURLOPT_USERAGENT, "RayCstr alerts");
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
    const CURLcode code = curl_easy_perform(c);
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    if (code == CURLE_OK && status >= 200 && status < 300)
        return true;
    if (code == CURLE_OK) {
        const bool retry = status >= 500 || status == 408 || status == 429;
        *error = {retry ? WebhookError::Kind::Failed : WebhookError::Kind::Rejected,
                  QStringLiteral("the receiver answered %1").arg(status)};
        return false;
    }
    // libcurl's messages name the host at most, never the URL's path.
    const QString detail = curl.errorText(code);
    const WebhookError::Kind kind = code == CURLE_OPERATION_TIMEDOUT
        ? WebhookError::Kind::Timeout
        : (code == CURLE_UNSUPPORTED_PROTOCOL || code == CURLE_URL_MALFORMAT
               ? WebhookError::Kind::BadInput
               : WebhookError::Kind::Connect);
    *error = {kind, detail};
    return false;
}

} // namespace raycstr::report

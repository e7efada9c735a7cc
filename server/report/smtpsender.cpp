#include "report/smtpsender.h"

#include "report/curlhandle.h"
#include "report/mailmessage.h"
#include "report/retry.h"

#include <QDateTime>
#include <QThread>
#include <QUuid>

#include <cstring>
#include <memory>

namespace raycstr {

namespace {

struct Upload
{
    const QByteArray *data;
    qsizetype offset = 0;
};

size_t readBody(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *upload = static_cast<Upload *>(userdata);
    const size_t left = size_t(upload->data->size() - upload->offset);
    const size_t n = std::min(left, size * count);
    std::memcpy(buffer, upload->data->constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

SmtpError::Kind kindOf(CURLcode code, long response)
{
    switch (code) {
    case CURLE_LOGIN_DENIED:
        return SmtpError::Kind::Auth;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
        return SmtpError::Kind::Connect;
    case CURLE_OPERATION_TIMEDOUT:
        return SmtpError::Kind::Timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
        return SmtpError::Kind::Tls;
    default:
        break;
    }
    if (response >= 500)
        return SmtpError::Kind::Rejected;
    if (response >= 400)
        return SmtpError::Kind::Connect; // 4xx: transient by definition, try again
    return SmtpError::Kind::Failed;
}

} // namespace

SmtpSender::SmtpSender(SmtpSettings settings)
    : sleep([](int ms) { QThread::msleep(ulong(ms)); })
    , m_settings(std::move(settings))
{ }

bool SmtpSender::send(const QByteArray &mime, const QString &from, const QStringList &to,
                      SmtpError *error)
{
    *error = {};
    if (!m_settings.url.startsWith(QLatin1String("smtp://"))
        && !m_settings.url.startsWith(QLatin1String("smtps://"))) {
        *error = {SmtpError::Kind::BadInput,
                  QStringLiteral("smtp url must start with smtp:// or smtps://, not '%1'")
                      .arg(m_settings.url.left(80))};
        return false;
    }
    if (!MailMessage::isValidAddress(from) || to.isEmpty()) {
        *error = {SmtpError::Kind::BadInput, QStringLiteral("no valid sender or recipient")};
        return false;
    }
    return report::retryWithBackOff(
        m_settings.attempts, m_settings.firstRetryDelayMs, sleep,
        [&] { return attempt(mime, from, to, error); }, [&] { return error->permanent(); });
}

bool SmtpSender::send(const MailMessage &message, SmtpError *error)
{
    QString problem;
    const QByteArray domain = message.fromAddress.section(u'@', 1).toUtf8();
    const QByteArray mime = message.toMime(
        QDateTime::currentDateTimeUtc(),
        QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@' + domain, &problem);
    if (mime.isEmpty()) {
        *error = {SmtpError::Kind::BadInput, problem};
        return false;
    }
    return send(mime, message.fromAddress, message.to, error);
}

bool SmtpSender::attempt(const QByteArray &mime, const QString &from, const QStringList &to,
                         SmtpError *error)
{
    report::CurlHandle curl(m_settings.timeoutSecs);
    if (!curl) {
        *error = {SmtpError::Kind::Failed, QStringLiteral("cannot start libcurl")};
        return false;
    }
    CURL *c = curl.get();
    const QByteArray url = m_settings.url.toUtf8();
    const QByteArray envelopeFrom = '<' + from.toUtf8() + '>';
    const QByteArray user = m_settings.username.toUtf8();
    QByteArray password = m_settings.password.toUtf8();
    const QByteArray caFile = m_settings.caFile.toUtf8();
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> rcpt(nullptr, curl_slist_free_all);
    for (const QString &address : to) {
        const QByteArray a = '<' + address.toUtf8() + '>';
        rcpt.reset(curl_slist_append(rcpt.release(), a.constData()));
    }
    Upload upload {&mime};
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    if (m_settings.url.startsWith(QLatin1String("smtp://")) && m_settings.startTls)
        curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, envelopeFrom.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readBody);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(mime.size()));
    const CURLcode code = curl_easy_perform(c);
    password.fill('\0'); // the copy handed to libcurl; the settings keep theirs
    if (code == CURLE_OK)
        return true;
    long response = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response);
    // libcurl's messages name the host and the server's reply, never the password.
    const QString detail = curl.errorText(code);
    *error = {kindOf(code, response),
              response ? QStringLiteral("%1 (server answered %2)").arg(detail).arg(response)
                       : detail};
    return false;
}

} // namespace raycstr

#pragma once

// Blocking HTTP calls for tests, over a real socket via QNetworkAccessManager.

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace raycstr::testing {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return QByteArray();
    }
    QString error() const
    {
        return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
    }
};

class HttpClient
{
public:
    explicit HttpClient(quint16 port)
        : m_port(port)
    { }

    HttpResult request(const QByteArray &method, const QString &path,
                       const QByteArray &body = QByteArray(),
                       const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        bool hasUa = false;
        for (const auto &h : headers) {
            req.setRawHeader(h.first, h.second);
            hasUa = hasUa || h.first.compare("User-Agent", Qt::CaseInsensitive) == 0;
        }
        if (!hasUa)
            req.setRawHeader(
                "User-Agent",
                "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0");
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }
    HttpResult post(const QString &path, const QByteArray &body,
                    QByteArray contentType = "text/plain",
                    QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        return request("POST", path, body, headers);
    }

    // How long a request may take before it counts as unanswered (status 0).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    quint16 m_port;
    int m_timeoutMs = 10000;
    QNetworkAccessManager m_nam;
};

} // namespace raycstr::testing

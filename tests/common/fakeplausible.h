#pragma once

// A fake Plausible for the Stats API import tests (tst_plausibleapiclient): a QTcpServer on
// 127.0.0.1 on a thread of its own, answering /api/v2/query and /api/v1/stats/{timeseries,
// breakdown} in the shapes Plausible documents (plausible.io/docs/stats-api) from a small
// fixed table of days, or as told (no v2, one dimension per query, not JSON, 401, 429,
// SIGINT at a given request), and recording every request with its time and status.

#include "common/webhookreceiver.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrlQuery>

#include <csignal>

namespace raycstr::testing {

// The key the fake takes (anything else is a 401).
inline const QByteArray FakePlausibleKey = "plausible-test-key-5f2a";
// Its days: FakePlausible::setDays() from this one on (3 unless told).
inline const QDate FakeFirstDay(2023, 11, 1);
inline constexpr int FakeDays = 3;
inline const QByteArray FakeInvalidKey
    = R"({"error":"FakeInvalidKey API key or site ID. Please make sure you're using a valid API key with access to the site you've requested."})";

// One day of the site as Plausible would answer it: per v2 dimension / v1 property, rows of
// (value, metric → number).
struct FakeDay
{
    using Row = QPair<QString, QHash<QString, double>>;
    QHash<QString, QList<Row>> byProperty;
    QHash<QString, double> totals;
};

inline FakeDay fakeDay(int k)
{
    FakeDay t;
    const double visits = 7 + k;
    t.totals = {{"visitors", 6 + k},   {"visits", visits},         {"pageviews", 10 + k},
                {"bounce_rate", 43.0}, {"visit_duration", 37 + k}, {"events", 10 + k + 2}};
    auto visit = [](double visitors, double v, double pv, double br, double vd) {
        return QHash<QString, double> {{"visitors", visitors},
                                       {"visits", v},
                                       {"pageviews", pv},
                                       {"bounce_rate", br},
                                       {"visit_duration", vd}};
    };
    t.byProperty["event:page"]
        = {{"/", visit(5 + k, 6 + k, 7 + k, 0, 0)}, {"/blog", visit(2, 2, 3, 0, 0)}};
    t.byProperty["visit:entry_page"]
        = {{"/", visit(5 + k, 6 + k, 8 + k, 50, 40)}, {"/blog", visit(1, 1, 2, 0, 20)}};
    t.byProperty["visit:exit_page"]
        = {{"/", visit(4, 5, 0, 0, 0)}, {"/blog", visit(2, 2, 0, 0, 0)}};
    t.byProperty["visit:source"] = {{"Direct / None", visit(4 + k, 5 + k, 6 + k, 60, 30)},
                                    {"Google", visit(2, 2, 4, 0, 61)}};
    t.byProperty["visit:referrer"] = {{"Direct / None", visit(4 + k, 5 + k, 6 + k, 60, 30)},
                                      {"https://www.google.com/", visit(2, 2, 4, 0, 61)}};
    t.byProperty["visit:country"]
        = {{"DE", visit(3 + k, 4 + k, 6, 25, 30)}, {"US", visit(3, 3, 4 + k, 67, 12)}};
    t.byProperty["visit:device"] = {{"Desktop", visit(6 + k, 7 + k, 10 + k, 43, 37)}};
    t.byProperty["visit:browser"] = {{"Firefox", visit(6 + k, 7 + k, 10 + k, 43, 37)}};
    t.byProperty["visit:os"] = {{"Linux", visit(6 + k, 7 + k, 10 + k, 43, 37)}};
    t.byProperty["visit:utm_campaign"] = {{"nov", visit(1, 1, 1, 100, 0)}};
    t.byProperty["event:name"] = {{"pageview", {{"visitors", 6 + k}, {"events", 10 + k}}},
                                  {"signup", {{"visitors", 2}, {"events", 2}}}};
    return t;
}

// What the rows of a v1 breakdown call the value: "page" for event:page.
inline QString fakeV1Key(const QString &property)
{
    return property.section(u':', 1);
}

// The fixture: a QTcpServer on 127.0.0.1 on its own thread, answering v2 and v1 as Plausible
// does, or as told (`mode`), and recording each request.
class FakePlausible
{
public:
    struct Seen
    {
        QByteArray method;
        QByteArray path;
        QByteArray body;
        qint64 atMs = 0;
        int status = 0;
    };
    // NoV2: an older server (404); OneDimension: v2 without [time:day, dimension] (400, as
    // RayCstr's own).
    // Redirect: everything moved to another server.
    enum class Mode { Normal, NoV2, OneDimension, NotJson, Redirect };

    FakePlausible()
    {
        m_clock.start();
        m_server = new QTcpServer;
        QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection())
                serve(s);
        });
        m_server->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_server, [this] { m_server->listen(QHostAddress::LocalHost, 0); },
            Qt::BlockingQueuedConnection);
    }
    ~FakePlausible()
    {
        m_thread.quit();
        m_thread.wait();
        delete m_server;
    }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort());
    }
    void setMode(Mode m)
    {
        QMutexLocker lock(&m_mutex);
        m_mode = m;
    }
    // Requests from number `n` on (1-based) are refused with 401.
    void revokeFrom(int n)
    {
        QMutexLocker lock(&m_mutex);
        m_revokeFrom = n;
    }
    // Request number `n` gets a 429 with "Retry-After: secs".
    void tooManyAt(int n, int secs)
    {
        QMutexLocker lock(&m_mutex);
        m_tooManyAt = n;
        m_retryAfter = secs;
    }
    // The site has traffic on `days` days from FakeFirstDay on.
    void setDays(int days)
    {
        QMutexLocker lock(&m_mutex);
        m_days = days;
    }
    // Request number `n` raises SIGINT (Ctrl+C) before it is answered.
    void interruptAt(int n)
    {
        QMutexLocker lock(&m_mutex);
        m_interruptAt = n;
    }
    QList<Seen> seen() const
    {
        QMutexLocker lock(&m_mutex);
        return m_seen;
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_seen.clear();
        m_revokeFrom = 0;
        m_tooManyAt = 0;
        m_interruptAt = 0;
        m_mode = Mode::Normal;
    }

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray extraHeaders;
    };

    static QList<int> daysOf(const QString &from, const QString &to, int days)
    {
        QList<int> out;
        const QDate a = QDate::fromString(from, Qt::ISODate),
                    b = QDate::fromString(to, Qt::ISODate);
        for (int k = 0; k < days; ++k)
            if (FakeFirstDay.addDays(k) >= a && FakeFirstDay.addDays(k) <= b)
                out.append(k);
        return out;
    }

    static Reply v2(const QJsonObject &q, int days)
    {
        const QJsonArray range = q.value(u"date_range").toArray();
        const QStringList metrics = q.value(u"metrics").toVariant().toStringList();
        const QStringList dims = q.value(u"dimensions").toVariant().toStringList();
        const QJsonObject page = q.value(u"pagination").toObject();
        const int limit = page.value(u"limit").toInt(10000),
                  offset = page.value(u"offset").toInt(0);
        QJsonArray results;
        for (int k : daysOf(range.at(0).toString(), range.at(1).toString(), days)) {
            const FakeDay t = fakeDay(k);
            auto row = [&](const QJsonArray &d, const QHash<QString, double> &values) {
                QJsonArray m;
                for (const QString &name : metrics)
                    m.append(values.value(name));
                results.append(QJsonObject {{"metrics", m}, {"dimensions", d}});
            };
            const QString date = FakeFirstDay.addDays(k).toString(Qt::ISODate);
            if (dims == QStringList {QStringLiteral("time:day")})
                row({date}, t.totals);
            else if (dims.size() == 2 && dims.first() == u"time:day")
                for (const auto &r : t.byProperty.value(dims.value(1)))
                    row({date, r.first}, r.second);
            else
                for (const auto &r : t.byProperty.value(dims.value(0)))
                    row({r.first}, r.second);
        }
        QJsonArray paged;
        for (qsizetype i = offset; i < results.size() && i < offset + limit; ++i)
            paged.append(results.at(i));
        return {
            200,
            QJsonDocument(QJsonObject {{"results", paged}, {"meta", QJsonObject {}}, {"query", q}})
                .toJson(QJsonDocument::Compact),
            {}};
    }

    static Reply v1(const QByteArray &path, int days)
    {
        const QUrl url(QString::fromUtf8(path));
        const QUrlQuery q(url);
        const QStringList date = q.queryItemValue(QStringLiteral("date")).split(u',');
        const QStringList metrics = q.queryItemValue(QStringLiteral("metrics")).split(u',');
        QJsonArray results;
        for (int k : daysOf(date.value(0), date.value(1), days)) {
            const FakeDay t = fakeDay(k);
            auto row = [&](QJsonObject o, const QHash<QString, double> &values) {
                for (const QString &name : metrics)
                    o.insert(name, values.value(name));
                results.append(o);
            };
            if (url.path() == u"/api/v1/stats/timeseries") {
                row({{"date", FakeFirstDay.addDays(k).toString(Qt::ISODate)}}, t.totals);
            } else {
                const QString property = q.queryItemValue(QStringLiteral("property"));
                if (q.queryItemValue(QStringLiteral("page")) != u"1")
                    continue; // every table fits one page
                for (const auto &r : t.byProperty.value(property))
                    row({{fakeV1Key(property), r.first}}, r.second);
            }
        }
        return {200,
                QJsonDocument(QJsonObject {{"results", results}}).toJson(QJsonDocument::Compact),
                {}};
    }

    Reply answer(const QByteArray &method, const QByteArray &path,
                 const QHash<QByteArray, QByteArray> &headers, const QByteArray &body, int n)
    {
        QMutexLocker lock(&m_mutex);
        if (n == m_interruptAt)
            std::raise(SIGINT); // the import's handler only sets its flag
        if (headers.value("authorization") != "Bearer " + FakePlausibleKey
            || (m_revokeFrom && n >= m_revokeFrom))
            return {401, FakeInvalidKey, {}};
        if (n == m_tooManyAt)
            return {429, R"({"error":"Too many API requests in the last hour."})",
                    "Retry-After: " + QByteArray::number(m_retryAfter) + "\r\n"};
        if (m_mode == Mode::Redirect)
            return {301, {}, "Location: https://plausible.example" + path + "\r\n"};
        if (m_mode == Mode::NotJson)
            return {200, "<!DOCTYPE html><html><body>Plausible · Login</body></html>", {}};
        if (path == "/api/v2/query" && method == "POST") {
            if (m_mode == Mode::NoV2)
                return {404, R"({"errors":[{"detail":"Not Found"}]})", {}};
            if (m_mode == Mode::OneDimension && body.contains("\"time:day\","))
                return {
                    400,
                    R"({"error":"RayCstr answers a time dimension or an event:/visit: dimension, not both in one query."})",
                    {}};
            return v2(QJsonDocument::fromJson(body).object(), m_days);
        }
        if (path.startsWith("/api/v1/stats/timeseries?")
            || path.startsWith("/api/v1/stats/breakdown?"))
            return v1(path, m_days);
        return {404, R"({"error":"Not found"})", {}};
    }

    void serve(QTcpSocket *socket)
    {
        onRequests(socket, [this](QTcpSocket *peer, const ReceivedRequest &request) {
            int n = 0;
            {
                QMutexLocker lock(&m_mutex);
                m_seen.append({request.method, request.path, request.body, m_clock.elapsed(), 0});
                n = int(m_seen.size());
            }
            const Reply r = answer(request.method, request.path, request.headers, request.body, n);
            {
                QMutexLocker lock(&m_mutex);
                m_seen[n - 1].status = r.status;
            }
            peer->write("HTTP/1.1 " + QByteArray::number(r.status) + " X\r\nContent-Type: "
                        + (r.body.startsWith('<') ? "text/html" : "application/json")
                        + "\r\nContent-Length: " + QByteArray::number(r.body.size()) + "\r\n"
                        + r.extraHeaders + "\r\n" + r.body);
        });
    }

    QThread m_thread;
    QTcpServer *m_server = nullptr;
    QElapsedTimer m_clock;
    mutable QMutex m_mutex;
    QList<Seen> m_seen;
    Mode m_mode = Mode::Normal;
    int m_revokeFrom = 0;
    int m_tooManyAt = 0;
    int m_retryAfter = 0;
    int m_interruptAt = 0;
    int m_days = FakeDays;
};

} // namespace raycstr::testing

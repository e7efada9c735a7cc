#include "remotedatasource.h"

#include "api/statsjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace raycstr::ui {

using StatsJson::intervalFrom;
using StatsJson::metricsFrom;
using StatsJson::vitalsFrom;

namespace {

QString periodName(const query::Period &p)
{
    return p.name();
}

} // namespace

RemoteDataSource::RemoteDataSource(const QUrl &baseUrl, const QByteArray &apiKey,
                                   const QStringList &sites, QObject *parent)
    : DataSource(parent)
    , m_base(baseUrl)
    , m_key(apiKey)
    , m_sites(sites)
{ }

RemoteDataSource::~RemoteDataSource()
{
    if (m_stream)
        m_stream->abort();
}

QString RemoteDataSource::description() const
{
    return tr("Connected to %1").arg(m_base.toDisplayString());
}

QList<QPair<QString, QString>> RemoteDataSource::queryItems(const DashboardQuery &q)
{
    QList<QPair<QString, QString>> items;
    items.append({QStringLiteral("period"), periodName(q.period)});
    if (q.period.kind == query::Period::Kind::Custom) {
        items.append({QStringLiteral("from"), q.period.from.toString(Qt::ISODate)});
        items.append({QStringLiteral("to"), q.period.to.toString(Qt::ISODate)});
    } else if (q.period.date.isValid()) {
        items.append({QStringLiteral("date"), q.period.date.toString(Qt::ISODate)});
    }
    for (const query::Filter &f : q.filters)
        items.append({QStringLiteral("filter"), filterExpression(f)});
    return items;
}

QString RemoteDataSource::filterExpression(const query::Filter &f)
{
    QString op;
    switch (f.op) {
    case query::Filter::Op::Is:
        op = QStringLiteral("==");
        break;
    case query::Filter::Op::IsNot:
        op = QStringLiteral("!=");
        break;
    case query::Filter::Op::Contains:
        op = QStringLiteral("~=");
        break;
    case query::Filter::Op::NotContains:
        op = QStringLiteral("!~");
        break;
    case query::Filter::Op::Matches:
        op = QStringLiteral("*=");
        break;
    case query::Filter::Op::NotMatches:
        op = QStringLiteral("!*");
        break;
    }
    QStringList values;
    for (QString v : f.values)
        values.append(v.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                          .replace(QLatin1Char('|'), QLatin1String("\\|")));
    return f.field.name() + op + values.join(QLatin1Char('|'));
}

void RemoteDataSource::get(const QString &slot, RequestId id, const QString &path,
                           const QList<QPair<QString, QString>> &items, Handler onJson,
                           std::function<void(const QString &)> onError)
{
    QUrl url = m_base;
    url.setPath(m_base.path().chopped(m_base.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    QUrlQuery query;
    for (const auto &item : items)
        query.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_key);
    request.setTransferTimeout(30000);
    QNetworkReply *reply = m_nam.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, slot, id, onJson, onError] {
        reply->deleteLater();
        if (!isCurrent(slot, id))
            return; // superseded: drop
        const QByteArray body = reply->readAll();
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            QString why = o.value(QStringLiteral("error")).toString();
            if (why.isEmpty())
                why = reply->errorString();
            why = status ? tr("The server answered %1: %2").arg(status).arg(why) : why;
            if (onError)
                onError(why);
            else
                Q_EMIT failed(id, slot, why);
            return;
        }
        onJson(o);
    });
}

DataSource::RequestId RemoteDataSource::requestSites()
{
    const QString slot = QStringLiteral("sites");
    const RequestId id = begin(slot);
    auto found = std::make_shared<QList<SiteInfo>>();
    auto pending = std::make_shared<int>(int(m_sites.size()));
    if (m_sites.isEmpty()) {
        QTimer::singleShot(0, this, [this, id] { Q_EMIT sitesReady(id, {}); });
        return id;
    }
    for (const QString &domain : m_sites) {
        // Each domain through its own sub-slot, so they do not supersede each other.
        const QString sub = QStringLiteral("sites:") + domain;
        const RequestId subId = begin(sub);
        auto done = [this, id, pending, found] {
            if (--*pending == 0 && isCurrent(QStringLiteral("sites"), id))
                Q_EMIT sitesReady(id, *found);
        };
        // A domain the server does not know (or the key may not read) is left out.
        get(
            sub, subId, QStringLiteral("/api/events/%1/live").arg(domain), {},
            [found, done](const QJsonObject &o) {
                const QJsonObject s = o.value(QStringLiteral("site")).toObject();
                found->append({qint32(s.value(QStringLiteral("id")).toInteger()),
                               s.value(QStringLiteral("domain")).toString(),
                               s.value(QStringLiteral("timezone")).toString()});
                done();
            },
            [this, id, domain, done](const QString &why) {
                Q_EMIT failed(id, QStringLiteral("sites:") + domain, why);
                done();
            });
    }
    return id;
}

DataSource::RequestId RemoteDataSource::requestAggregate(const QString &slot,
                                                         const DashboardQuery &q)
{
    const RequestId id = begin(slot);
    auto items = queryItems(q);
    items.append({QStringLiteral("compare"), QStringLiteral("true")});
    get(slot, id, QStringLiteral("/api/events/%1/overview").arg(q.site), items,
        [this, id, slot](const QJsonObject &o) {
            query::AggregateResult r;
            r.interval = intervalFrom(o.value(QStringLiteral("period")).toObject());
            r.current = metricsFrom(o);
            if (o.contains(QStringLiteral("previous")))
                r.previous = metricsFrom(o.value(QStringLiteral("previous")).toObject());
            Q_EMIT aggregateReady(id, slot, r);
        });
    return id;
}

DataSource::RequestId RemoteDataSource::requestTimeseries(const QString &slot,
                                                          const DashboardQuery &q)
{
    const RequestId id = begin(slot);
    get(slot, id, QStringLiteral("/api/events/%1/timeseries").arg(q.site), queryItems(q),
        [this, id, slot](const QJsonObject &o) {
            query::TimeseriesResult r;
            r.interval = intervalFrom(o.value(QStringLiteral("period")).toObject());
            r.granularity
                = StatsJson::granularityFrom(o.value(QStringLiteral("interval")).toString());
            for (const QJsonValue &v : o.value(QStringLiteral("points")).toArray()) {
                const QJsonObject p = v.toObject();
                query::TimePoint t;
                t.date = QDate::fromString(p.value(QStringLiteral("date")).toString(), Qt::ISODate);
                t.hour = p.value(QStringLiteral("hour")).toInt(-1);
                t.startSecs = QDateTime::fromString(p.value(QStringLiteral("start")).toString(),
                                                    Qt::ISODate)
                                  .toSecsSinceEpoch();
                t.metrics = metricsFrom(p);
                r.points.append(t);
            }
            Q_EMIT timeseriesReady(id, slot, r);
        });
    return id;
}

DataSource::RequestId RemoteDataSource::requestBreakdown(const QString &slot,
                                                         const DashboardQuery &q,
                                                         const query::Field &by, int limit)
{
    const RequestId id = begin(slot);
    auto items = queryItems(q);
    items.append({QStringLiteral("by"), by.name()});
    items.append({QStringLiteral("limit"), QString::number(limit)});
    get(slot, id, QStringLiteral("/api/events/%1/breakdown").arg(q.site), items,
        [this, id, slot, by](const QJsonObject &o) {
            query::BreakdownResult r;
            r.interval = intervalFrom(o.value(QStringLiteral("period")).toObject());
            r.field = by;
            r.totalRows = o.value(QStringLiteral("total_rows")).toInteger();
            for (const QJsonValue &v : o.value(QStringLiteral("rows")).toArray()) {
                const QJsonObject row = v.toObject();
                r.hasVisitMetrics
                    = r.hasVisitMetrics || row.contains(QStringLiteral("bounce_rate"));
                r.rows.append({row.value(QStringLiteral("value")).toString(), metricsFrom(row)});
            }
            Q_EMIT breakdownReady(id, slot, r);
        });
    return id;
}

DataSource::RequestId RemoteDataSource::requestVitals(const QString &slot, const DashboardQuery &q,
                                                      int routeLimit)
{
    const RequestId id = begin(slot);
    auto items = queryItems(q);
    items.append({QStringLiteral("limit"), QString::number(routeLimit)});
    get(slot, id, QStringLiteral("/api/events/%1/vitals").arg(q.site), items,
        [this, id, slot](const QJsonObject &o) {
            query::VitalsResult r;
            r.interval = intervalFrom(o.value(QStringLiteral("period")).toObject());
            r.site = vitalsFrom(QString(), o.value(QStringLiteral("overall")).toObject());
            for (const QJsonValue &v : o.value(QStringLiteral("routes")).toArray()) {
                const QJsonObject row = v.toObject();
                r.routes.append(vitalsFrom(row.value(QStringLiteral("route")).toString(),
                                           row.value(QStringLiteral("metrics")).toObject()));
            }
            Q_EMIT vitalsReady(id, slot, r);
        });
    return id;
}

DataSource::RequestId RemoteDataSource::requestCurrentVisitors(const QString &slot,
                                                               const QString &site)
{
    const RequestId id = begin(slot);
    get(slot, id, QStringLiteral("/api/events/%1/live").arg(site), {},
        [this, id, slot](const QJsonObject &o) {
            Q_EMIT currentVisitorsReady(id, slot, o.value(QStringLiteral("visitors")).toInteger());
        });
    return id;
}

DataSource::RequestId RemoteDataSource::unsupported(const QString &slot)
{
    const RequestId id = begin(slot);
    QTimer::singleShot(0, this, [this, id, slot] {
        Q_EMIT failed(id, slot, tr("Not available from a remote server."));
    });
    return id;
}

DataSource::RequestId RemoteDataSource::requestRecentActivity(const QString &slot, const QString &,
                                                              int)
{
    return unsupported(slot);
}

DataSource::RequestId RemoteDataSource::requestEventsToday(const QString &slot)
{
    return unsupported(slot);
}

DataSource::RequestId RemoteDataSource::addSite(const QString &, const QString &)
{
    return unsupported(QString());
}

DataSource::RequestId RemoteDataSource::removeSite(const QString &)
{
    return unsupported(QString());
}

DataSource::RequestId RemoteDataSource::requestApiKeys()
{
    return unsupported(QStringLiteral("keys"));
}

DataSource::RequestId RemoteDataSource::createApiKey(const QString &, const QString &, bool)
{
    return unsupported(QString());
}

DataSource::RequestId RemoteDataSource::revokeApiKey(qint64)
{
    return unsupported(QString());
}

void RemoteDataSource::setLiveSite(const QString &site)
{
    if (site == m_liveSite && m_stream)
        return;
    m_liveSite = site;
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
    }
    m_streamOpen = false;
    m_streamBuffer.clear();
    if (!site.isEmpty())
        openStream();
}

void RemoteDataSource::openStream()
{
    QUrl url = m_base;
    url.setPath(m_base.path().chopped(m_base.path().endsWith(QLatin1Char('/')) ? 1 : 0)
                + QStringLiteral("/api/stream/") + m_liveSite);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_key);
    request.setRawHeader("Accept", "text/event-stream");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    m_stream = m_nam.get(request);
    m_streamOpen = false;
    connect(m_stream, &QNetworkReply::metaDataChanged, this, [this, reply = m_stream.data()] {
        m_streamOpen = reply == m_stream
            && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    });
    connect(m_stream, &QNetworkReply::readyRead, this, &RemoteDataSource::readStream);
    connect(m_stream, &QNetworkReply::finished, this, [this, reply = m_stream.data()] {
        reply->deleteLater();
        if (reply == m_stream)
            m_streamOpen = false;
        if (reply != m_stream || m_liveSite.isEmpty())
            return;
        // Streams end (server restart, revoked key, idle proxies): reconnect, as
        // EventSource does, after a pause.
        QTimer::singleShot(3000, this, [this] {
            if (!m_liveSite.isEmpty() && (!m_stream || m_stream->isFinished()))
                openStream();
        });
    });
}

void RemoteDataSource::readStream()
{
    m_streamBuffer += m_stream->readAll();
    QList<LiveEvent> events;
    qsizetype end;
    while ((end = m_streamBuffer.indexOf("\n\n")) >= 0) {
        const QByteArray block = m_streamBuffer.left(end);
        m_streamBuffer.remove(0, end + 2);
        QByteArray type = "message", data;
        for (const QByteArray &line : block.split('\n')) {
            if (line.startsWith("event:"))
                type = line.mid(6).trimmed();
            else if (line.startsWith("data:"))
                data += line.mid(5).trimmed();
        }
        const QJsonObject o = QJsonDocument::fromJson(data).object();
        if (type == "visitors") {
            Q_EMIT liveVisitorsChanged(o.value(QStringLiteral("current")).toInteger());
        } else if (type == "pageview" || type == "event") {
            LiveEvent e;
            e.kind = type == "event" ? EventKind::Custom : EventKind::Pageview;
            e.ts = o.value(QStringLiteral("ts")).toInteger();
            e.path = o.value(QStringLiteral("path")).toString();
            e.name = o.value(QStringLiteral("name")).toString();
            e.source = o.value(QStringLiteral("source")).toString();
            e.country = o.value(QStringLiteral("country")).toString();
            e.device = o.value(QStringLiteral("device")).toString();
            e.browser = o.value(QStringLiteral("browser")).toString();
            events.append(e);
        }
    }
    if (!events.isEmpty())
        Q_EMIT liveEventsArrived(events);
}

} // namespace raycstr::ui

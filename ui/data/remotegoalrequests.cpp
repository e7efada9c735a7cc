// RemoteDataSource's goal, custom event and funnel requests: the JSON shapes of
// server/api/goalsapi.cpp and statsapi.cpp read back into the query structs.

#include "core/goal.h"
#include "store/goalrepository.h"
#include "ui/data/remotedatasource.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace raycstr::ui {

namespace {

query::Interval intervalOf(const QJsonObject &o)
{
    const QJsonObject period = o.value(QStringLiteral("period")).toObject();
    query::Interval iv;
    iv.fromSecs
        = QDateTime::fromString(period.value(QStringLiteral("start")).toString(), Qt::ISODate)
              .toSecsSinceEpoch();
    iv.toSecs = QDateTime::fromString(period.value(QStringLiteral("end")).toString(), Qt::ISODate)
                    .toSecsSinceEpoch();
    return iv;
}

// {"id", "name", "event"|"page"} → Goal.
Goal goalFrom(const QJsonObject &o)
{
    Goal g;
    g.id = o.value(QStringLiteral("id")).toInteger();
    g.name = o.value(QStringLiteral("name")).toString();
    const bool event = o.contains(QStringLiteral("event"));
    g.match = {event ? Matcher::Kind::Event : Matcher::Kind::Page,
               o.value(event ? QStringLiteral("event") : QStringLiteral("page")).toString()};
    return g;
}

std::optional<Funnel> funnelFrom(const QJsonObject &o, QString *error)
{
    Funnel f;
    f.id = o.value(QStringLiteral("id")).toInteger();
    f.name = o.value(QStringLiteral("name")).toString();
    const auto steps = GoalRepository::stepsFromJson(
        QJsonDocument(o.value(QStringLiteral("steps")).toArray()).toJson(), error);
    if (!steps)
        return std::nullopt;
    f.steps = *steps;
    return f;
}

QString sitePath(const QString &site, const QString &rest)
{
    return QStringLiteral("/api/sites/%1/%2").arg(site, rest);
}

} // namespace

void RemoteDataSource::send(const QByteArray &verb, RequestId id, const QString &path,
                            const QByteArray &body, const QList<QPair<QString, QString>> &items,
                            Handler onJson)
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
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, onJson] {
        reply->deleteLater();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status >= 300) {
            QString why = o.value(QStringLiteral("error")).toString();
            if (why.isEmpty())
                why = reply->errorString();
            Q_EMIT failed(id, QString(),
                          status ? tr("The server answered %1: %2").arg(status).arg(why) : why);
            return;
        }
        onJson(o);
    });
}

DataSource::RequestId RemoteDataSource::requestGoals(const QString &slot, const DashboardQuery &q)
{
    const RequestId id = begin(slot);
    get(slot, id, QStringLiteral("/api/events/%1/goals").arg(q.site), queryItems(q),
        [this, id, slot](const QJsonObject &o) {
            query::GoalsResult r;
            r.interval = intervalOf(o);
            r.visitors = o.value(QStringLiteral("visitors")).toInteger();
            for (const QJsonValue &v : o.value(QStringLiteral("goals")).toArray()) {
                const QJsonObject row = v.toObject();
                query::GoalRow g;
                g.goal = goalFrom(row);
                g.uniques = row.value(QStringLiteral("unique_conversions")).toInteger();
                g.total = row.value(QStringLiteral("total_conversions")).toInteger();
                g.conversionRate = row.value(QStringLiteral("conversion_rate")).toDouble();
                const QJsonObject revenue = row.value(QStringLiteral("revenue")).toObject();
                for (auto it = revenue.begin(); it != revenue.end(); ++it)
                    g.revenue.insert(it.key(), it.value().toDouble());
                r.rows.append(g);
            }
            Q_EMIT goalsReady(id, slot, r);
        });
    return id;
}

DataSource::RequestId RemoteDataSource::requestFunnel(const QString &slot, const DashboardQuery &q,
                                                      const Funnel &funnel)
{
    const RequestId id = begin(slot);
    // Always the steps themselves (step=/pricing&step=event:Signup), so an unsaved or
    // edited funnel previews the same way a saved one reads.
    auto items = queryItems(q);
    for (const FunnelStep &s : funnel.steps)
        items.append({QStringLiteral("step"),
                      s.match.kind == Matcher::Kind::Event
                          ? QStringLiteral("event:") + s.match.value
                          : s.match.value});
    get(slot, id, QStringLiteral("/api/events/%1/funnel").arg(q.site), items,
        [this, id, slot, funnel](const QJsonObject &o) {
            query::FunnelResult r;
            r.interval = intervalOf(o);
            r.funnel = funnel; // the server saw steps only: names and id are ours
            r.conversionRate = o.value(QStringLiteral("conversion_rate")).toDouble();
            const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
            for (int i = 0; i < steps.size(); ++i) {
                const QJsonObject s = steps.at(i).toObject();
                query::FunnelStepResult step;
                step.step = funnel.steps.value(i);
                step.visitors = s.value(QStringLiteral("visitors")).toInteger();
                step.fromPrevious = s.value(QStringLiteral("conversion_from_previous")).toDouble();
                step.fromFirst = s.value(QStringLiteral("conversion_from_first")).toDouble();
                step.dropOff = s.value(QStringLiteral("drop_off")).toInteger();
                r.steps.append(step);
            }
            Q_EMIT funnelReady(id, slot, r);
        });
    return id;
}

DataSource::RequestId RemoteDataSource::requestPropertyKeys(const QString &slot,
                                                            const DashboardQuery &q)
{
    const RequestId id = begin(slot);
    auto items = queryItems(q);
    items.append({QStringLiteral("limit"), QStringLiteral("100")});
    get(slot, id, QStringLiteral("/api/events/%1/properties").arg(q.site), items,
        [this, id, slot](const QJsonObject &o) {
            QList<query::PropertyKeyRow> keys;
            for (const QJsonValue &v : o.value(QStringLiteral("rows")).toArray()) {
                const QJsonObject row = v.toObject();
                keys.append({row.value(QStringLiteral("key")).toString(),
                             row.value(QStringLiteral("events")).toInteger(),
                             row.value(QStringLiteral("visitors")).toInteger()});
            }
            Q_EMIT propertyKeysReady(id, slot, keys);
        });
    return id;
}

DataSource::RequestId RemoteDataSource::requestSavedGoals(const QString &site)
{
    const QString slot = savedGoalsSlot(site);
    const RequestId id = begin(slot);
    get(slot, id, sitePath(site, QStringLiteral("goals")), {},
        [this, id, site](const QJsonObject &o) {
            QList<Goal> goals;
            for (const QJsonValue &v : o.value(QStringLiteral("goals")).toArray())
                goals.append(goalFrom(v.toObject()));
            Q_EMIT savedGoalsReady(id, site, goals);
        });
    return id;
}

DataSource::RequestId RemoteDataSource::addGoal(const QString &site, const QString &name,
                                                const Matcher &match)
{
    const RequestId id = begin(QString());
    QJsonObject body {
        {match.kind == Matcher::Kind::Event ? QStringLiteral("event") : QStringLiteral("page"),
         match.value}};
    if (!name.isEmpty())
        body.insert(QStringLiteral("name"), name);
    send("POST", id, sitePath(site, QStringLiteral("goals")),
         QJsonDocument(body).toJson(QJsonDocument::Compact), {},
         [this, id, site](const QJsonObject &o) {
             Q_EMIT adminDone(id, tr("Added the goal %1.").arg(goalFrom(o).name));
             Q_EMIT goalsChanged(site);
         });
    return id;
}

DataSource::RequestId RemoteDataSource::removeGoal(const QString &site, qint64 goalId)
{
    const RequestId id = begin(QString());
    send("DELETE", id, sitePath(site, QStringLiteral("goals/%1").arg(goalId)), {}, {},
         [this, id, site](const QJsonObject &) {
             Q_EMIT adminDone(id, tr("Goal removed."));
             Q_EMIT goalsChanged(site);
         });
    return id;
}

DataSource::RequestId RemoteDataSource::requestSavedFunnels(const QString &site)
{
    const QString slot = savedFunnelsSlot(site);
    const RequestId id = begin(slot);
    get(slot, id, sitePath(site, QStringLiteral("funnels")), {},
        [this, id, slot, site](const QJsonObject &o) {
            QList<Funnel> funnels;
            for (const QJsonValue &v : o.value(QStringLiteral("funnels")).toArray()) {
                QString error;
                if (const auto f = funnelFrom(v.toObject(), &error))
                    funnels.append(*f);
            }
            Q_EMIT savedFunnelsReady(id, site, funnels);
        });
    return id;
}

DataSource::RequestId RemoteDataSource::saveFunnel(const QString &site, const Funnel &funnel,
                                                   bool replace)
{
    const RequestId id = begin(QString());
    const QJsonObject body {
        {QStringLiteral("name"), funnel.name},
        {QStringLiteral("steps"),
         QJsonDocument::fromJson(GoalRepository::stepsToJson(funnel.steps)).array()}};
    QList<QPair<QString, QString>> items;
    if (replace)
        items.append({QStringLiteral("replace"), QStringLiteral("1")});
    send("POST", id, sitePath(site, QStringLiteral("funnels")),
         QJsonDocument(body).toJson(QJsonDocument::Compact), items,
         [this, id, site](const QJsonObject &o) {
             QString error;
             const auto f = funnelFrom(o, &error);
             if (!f) {
                 Q_EMIT failed(id, QString(), error);
                 return;
             }
             Q_EMIT funnelSaved(id, *f);
             Q_EMIT adminDone(id, tr("Saved the funnel %1.").arg(f->name));
             Q_EMIT funnelsChanged(site);
         });
    return id;
}

DataSource::RequestId RemoteDataSource::removeFunnel(const QString &site, qint64 funnelId)
{
    const RequestId id = begin(QString());
    send("DELETE", id, sitePath(site, QStringLiteral("funnels/%1").arg(funnelId)), {}, {},
         [this, id, site](const QJsonObject &) {
             Q_EMIT adminDone(id, tr("Funnel removed."));
             Q_EMIT funnelsChanged(site);
         });
    return id;
}

} // namespace raycstr::ui

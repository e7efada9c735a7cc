#include "remoterequests.h"

#include "ui/data/remotedatasource.h"

#include "api/alertsapi.h"
#include "api/statsjson.h"
#include "store/goalrepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace raycstr::ui::remote {

using StatsJson::intervalFrom;
using StatsJson::metricsFrom;
using StatsJson::vitalsFrom;

namespace {

query::Interval periodOf(const QJsonObject &o)
{
    return intervalFrom(o.value(QStringLiteral("period")).toObject());
}

QString eventsPath(const QString &site, const QString &report)
{
    return QStringLiteral("/api/events/%1/%2").arg(site, report);
}

QString sitePath(const QString &site, const QString &rest)
{
    return QStringLiteral("/api/sites/%1/%2").arg(site, rest);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
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

// {"id", "domain", "timezone"} (StatsJson::siteJson) → SiteInfo.
SiteInfo siteFrom(const QJsonObject &s)
{
    return {qint32(s.value(QStringLiteral("id")).toInteger()),
            s.value(QStringLiteral("domain")).toString(),
            s.value(QStringLiteral("timezone")).toString()};
}

// A DELETE whose answer says nothing but success.
RemoteCall<Done> removal(const QString &path)
{
    return {"DELETE", path, {}, {}, [](const QJsonObject &) { return Answer<Done>(Done {}); }};
}

// A rule as the alerts API answers it (AlertsApi::ruleJson); its webhook comes back
// redacted (scheme and host), as the server never hands the secret path out.
Answer<AlertRule> ruleFrom(const QJsonObject &json, const QString &site)
{
    QJsonObject o = json;
    const qint64 id = o.take(QStringLiteral("id")).toInteger();
    o.remove(QStringLiteral("source"));
    o.remove(QStringLiteral("site"));
    QString error;
    auto rule = AlertsApi::ruleFromJson(o, site, &error);
    if (!rule)
        return Answer<AlertRule>::failure(error);
    rule->id = id;
    return *rule;
}

// The alerts API refuses a key that is not an admin key.
QString alertsRefusal(int status)
{
    if (status == 403)
        return RemoteDataSource::tr(
            "Alert rules need an admin key on the server; this key may only read statistics.");
    return QString();
}

QString reportsRefusal(int status)
{
    if (status == 403)
        return RemoteDataSource::tr("The server's e-mail reports need an admin key on the "
                                    "server; this key may only read statistics.");
    return QString();
}

Answer<Done> sent(const QJsonObject &o)
{
    if (!o.value(QStringLiteral("sent")).toBool())
        return Answer<Done>::failure(RemoteDataSource::tr("The server did not say it was sent."));
    return Done {};
}

} // namespace

QList<QPair<QString, QString>> queryItems(const DashboardQuery &q)
{
    QList<QPair<QString, QString>> items;
    items.append({QStringLiteral("period"), q.period.name()});
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

QString filterExpression(const query::Filter &f)
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

RemoteCall<query::AggregateResult> plan(const stats::Aggregate &r)
{
    auto items = queryItems(r.query);
    items.append({QStringLiteral("compare"), QStringLiteral("true")});
    return {"GET", eventsPath(r.query.site, QStringLiteral("overview")), items, {},
            [](const QJsonObject &o) -> Answer<query::AggregateResult> {
                query::AggregateResult a;
                a.interval = periodOf(o);
                a.current = metricsFrom(o);
                if (o.contains(QStringLiteral("previous")))
                    a.previous = metricsFrom(o.value(QStringLiteral("previous")).toObject());
                // Whether imported history is in the numbers (the dashboard's notice).
                a.imports = StatsJson::importsFrom(o.value(QStringLiteral("imports")).toObject());
                return a;
            }};
}

RemoteCall<query::TimeseriesResult> plan(const stats::Timeseries &r)
{
    return {"GET", eventsPath(r.query.site, QStringLiteral("timeseries")), queryItems(r.query),
            {}, [](const QJsonObject &o) -> Answer<query::TimeseriesResult> {
                query::TimeseriesResult t;
                t.interval = periodOf(o);
                t.granularity
                    = StatsJson::granularityFrom(o.value(QStringLiteral("interval")).toString());
                for (const QJsonValue &v : o.value(QStringLiteral("points")).toArray()) {
                    const QJsonObject p = v.toObject();
                    query::TimePoint point;
                    point.date = QDate::fromString(p.value(QStringLiteral("date")).toString(),
                                                   Qt::ISODate);
                    point.hour = p.value(QStringLiteral("hour")).toInt(-1);
                    point.startSecs = QDateTime::fromString(
                                          p.value(QStringLiteral("start")).toString(), Qt::ISODate)
                                          .toSecsSinceEpoch();
                    point.metrics = metricsFrom(p);
                    t.points.append(point);
                }
                return t;
            }};
}

RemoteCall<query::BreakdownResult> plan(const stats::Breakdown &r)
{
    auto items = queryItems(r.query);
    items.append({QStringLiteral("by"), r.by.name()});
    items.append({QStringLiteral("limit"), QString::number(r.limit)});
    if (r.offset > 0)
        items.append({QStringLiteral("offset"), QString::number(r.offset)});
    return {
        "GET",
        eventsPath(r.query.site, QStringLiteral("breakdown")),
        items,
        {},
        [by = r.by](const QJsonObject &o) -> Answer<query::BreakdownResult> {
            query::BreakdownResult b;
            b.interval = periodOf(o);
            b.field = by;
            b.totalRows = o.value(QStringLiteral("total_rows")).toInteger();
            for (const QJsonValue &v : o.value(QStringLiteral("rows")).toArray()) {
                const QJsonObject row = v.toObject();
                b.hasVisitMetrics
                    = b.hasVisitMetrics || row.contains(QStringLiteral("bounce_rate"));
                b.rows.append({row.value(QStringLiteral("value")).toString(), metricsFrom(row)});
            }
            return b;
        }};
}

RemoteCall<query::VitalsResult> plan(const stats::Vitals &r)
{
    auto items = queryItems(r.query);
    items.append({QStringLiteral("limit"), QString::number(r.routeLimit)});
    return {"GET", eventsPath(r.query.site, QStringLiteral("vitals")), items, {},
            [](const QJsonObject &o) -> Answer<query::VitalsResult> {
                query::VitalsResult v;
                v.interval = periodOf(o);
                v.site = vitalsFrom(QString(), o.value(QStringLiteral("overall")).toObject());
                for (const QJsonValue &value : o.value(QStringLiteral("routes")).toArray()) {
                    const QJsonObject row = value.toObject();
                    v.routes.append(vitalsFrom(row.value(QStringLiteral("route")).toString(),
                                               row.value(QStringLiteral("metrics")).toObject()));
                }
                return v;
            }};
}

RemoteCall<query::GoalsResult> plan(const stats::GoalConversions &r)
{
    return {"GET", eventsPath(r.query.site, QStringLiteral("goals")), queryItems(r.query), {},
            [](const QJsonObject &o) -> Answer<query::GoalsResult> {
                query::GoalsResult g;
                g.interval = periodOf(o);
                g.visitors = o.value(QStringLiteral("visitors")).toInteger();
                for (const QJsonValue &v : o.value(QStringLiteral("goals")).toArray()) {
                    const QJsonObject row = v.toObject();
                    query::GoalRow goal;
                    goal.goal = goalFrom(row);
                    goal.uniques = row.value(QStringLiteral("unique_conversions")).toInteger();
                    goal.total = row.value(QStringLiteral("total_conversions")).toInteger();
                    goal.conversionRate = row.value(QStringLiteral("conversion_rate")).toDouble();
                    const QJsonObject revenue = row.value(QStringLiteral("revenue")).toObject();
                    for (auto it = revenue.begin(); it != revenue.end(); ++it)
                        goal.revenue.insert(it.key(), it.value().toDouble());
                    g.rows.append(goal);
                }
                return g;
            }};
}

RemoteCall<query::FunnelResult> plan(const stats::FunnelSteps &r)
{
    // Always the steps themselves (step=/pricing&step=event:Signup), so an unsaved or
    // edited funnel previews the same way a saved one reads.
    auto items = queryItems(r.query);
    for (const FunnelStep &s : r.funnel.steps)
        items.append({QStringLiteral("step"),
                      s.match.kind == Matcher::Kind::Event
                          ? QStringLiteral("event:") + s.match.value
                          : s.match.value});
    return {"GET", eventsPath(r.query.site, QStringLiteral("funnel")), items, {},
            [funnel = r.funnel](const QJsonObject &o) -> Answer<query::FunnelResult> {
                query::FunnelResult f;
                f.interval = periodOf(o);
                f.funnel = funnel; // the server saw steps only: names and id are ours
                f.conversionRate = o.value(QStringLiteral("conversion_rate")).toDouble();
                const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
                for (int i = 0; i < steps.size(); ++i) {
                    const QJsonObject s = steps.at(i).toObject();
                    query::FunnelStepResult step;
                    step.step = funnel.steps.value(i);
                    step.visitors = s.value(QStringLiteral("visitors")).toInteger();
                    step.fromPrevious
                        = s.value(QStringLiteral("conversion_from_previous")).toDouble();
                    step.fromFirst = s.value(QStringLiteral("conversion_from_first")).toDouble();
                    step.dropOff = s.value(QStringLiteral("drop_off")).toInteger();
                    f.steps.append(step);
                }
                return f;
            }};
}

RemoteCall<QList<query::PropertyKeyRow>> plan(const stats::PropertyKeys &r)
{
    auto items = queryItems(r.query);
    items.append({QStringLiteral("limit"), QStringLiteral("100")});
    return {"GET", eventsPath(r.query.site, QStringLiteral("properties")), items, {},
            [](const QJsonObject &o) -> Answer<QList<query::PropertyKeyRow>> {
                QList<query::PropertyKeyRow> keys;
                for (const QJsonValue &v : o.value(QStringLiteral("rows")).toArray()) {
                    const QJsonObject row = v.toObject();
                    keys.append({row.value(QStringLiteral("key")).toString(),
                                 row.value(QStringLiteral("events")).toInteger(),
                                 row.value(QStringLiteral("visitors")).toInteger()});
                }
                return keys;
            }};
}

RemoteCall<qint64> plan(const live::CurrentVisitors &r)
{
    return {"GET", eventsPath(r.site, QStringLiteral("live")), {}, {},
            [](const QJsonObject &o) {
                return Answer<qint64>(o.value(QStringLiteral("visitors")).toInteger());
            }};
}

RemoteCall<SiteInfo> siteCheck(const QString &domain)
{
    return {"GET",
            eventsPath(domain, QStringLiteral("live")),
            {},
            {},
            [](const QJsonObject &o) {
                return Answer<SiteInfo>(siteFrom(o.value(QStringLiteral("site")).toObject()));
            },
            [domain](int status) {
                if (status == 403)
                    return RemoteDataSource::tr("The key may not read %1.").arg(domain);
                if (status == 404)
                    return RemoteDataSource::tr(
                               "The server has no site %1 (or it is not a RayCstr server).")
                        .arg(domain);
                return QString();
            }};
}

RemoteCall<QList<Goal>> plan(const definitions::SavedGoals &r)
{
    return {"GET", sitePath(r.site, QStringLiteral("goals")), {}, {},
            [](const QJsonObject &o) -> Answer<QList<Goal>> {
                QList<Goal> goals;
                for (const QJsonValue &v : o.value(QStringLiteral("goals")).toArray())
                    goals.append(goalFrom(v.toObject()));
                return goals;
            }};
}

RemoteCall<Goal> plan(const definitions::AddGoal &r)
{
    QJsonObject body {
        {r.match.kind == Matcher::Kind::Event ? QStringLiteral("event") : QStringLiteral("page"),
         r.match.value}};
    if (!r.name.isEmpty())
        body.insert(QStringLiteral("name"), r.name);
    return {"POST", sitePath(r.site, QStringLiteral("goals")), {}, compact(body),
            [](const QJsonObject &o) { return Answer<Goal>(goalFrom(o)); }};
}

RemoteCall<Done> plan(const definitions::RemoveGoal &r)
{
    return removal(sitePath(r.site, QStringLiteral("goals/%1").arg(r.goalId)));
}

RemoteCall<QList<raycstr::Funnel>> plan(const definitions::SavedFunnels &r)
{
    return {"GET", sitePath(r.site, QStringLiteral("funnels")), {}, {},
            [](const QJsonObject &o) -> Answer<QList<raycstr::Funnel>> {
                QList<Funnel> funnels;
                for (const QJsonValue &v : o.value(QStringLiteral("funnels")).toArray()) {
                    QString error;
                    if (const auto f = funnelFrom(v.toObject(), &error))
                        funnels.append(*f);
                }
                return funnels;
            }};
}

RemoteCall<raycstr::Funnel> plan(const definitions::SaveFunnel &r)
{
    const QJsonObject body {
        {QStringLiteral("name"), r.funnel.name},
        {QStringLiteral("steps"),
         QJsonDocument::fromJson(GoalRepository::stepsToJson(r.funnel.steps)).array()}};
    QList<QPair<QString, QString>> items;
    if (r.replace)
        items.append({QStringLiteral("replace"), QStringLiteral("1")});
    return {"POST", sitePath(r.site, QStringLiteral("funnels")), items, compact(body),
            [](const QJsonObject &o) {
                QString error;
                const auto f = funnelFrom(o, &error);
                return f ? Answer<raycstr::Funnel>(*f) : Answer<raycstr::Funnel>::failure(error);
            }};
}

RemoteCall<Done> plan(const definitions::RemoveFunnel &r)
{
    return removal(sitePath(r.site, QStringLiteral("funnels/%1").arg(r.funnelId)));
}

RemoteCall<SiteInfo> plan(const admin::SetTimeZone &r)
{
    return {"PATCH",
            QStringLiteral("/api/sites/%1").arg(r.domain),
            {},
            compact(QJsonObject {{QStringLiteral("timezone"), r.timeZone}}),
            [](const QJsonObject &o) { return Answer<SiteInfo>(siteFrom(o)); },
            [](int status) {
                if (status == 403)
                    return RemoteDataSource::tr("Changing a site's time zone needs an admin key "
                                                "on the server; this key may only read "
                                                "statistics.");
                return QString();
            }};
}

RemoteCall<SiteList> plan(const admin::Sites &)
{
    return {"GET",
            QStringLiteral("/api/sites"),
            {},
            {},
            [](const QJsonObject &o) {
                SiteList list;
                for (const QJsonValue &v : o.value(QStringLiteral("sites")).toArray())
                    list.sites.append(siteFrom(v.toObject()));
                return Answer<SiteList>(list);
            },
            [](int status) {
                if (status == 404)
                    return RemoteDataSource::tr("The server does not list its sites (a version "
                                                "before /api/sites, or not a RayCstr server): "
                                                "name the sites to show.");
                return QString();
            }};
}

RemoteCall<QList<AlertRule>> plan(const alerts::Rules &r)
{
    return {"GET",
            sitePath(r.site, QStringLiteral("alerts")),
            {},
            {},
            [site = r.site](const QJsonObject &o) -> Answer<QList<AlertRule>> {
                QList<AlertRule> rules;
                for (const QJsonValue &v : o.value(QStringLiteral("alerts")).toArray()) {
                    const auto rule = ruleFrom(v.toObject(), site);
                    if (!rule)
                        return Answer<QList<AlertRule>>::failure(rule.error());
                    rules.append(*rule);
                }
                return rules;
            },
            alertsRefusal};
}

RemoteCall<AlertRule> plan(const alerts::SaveRule &r)
{
    QJsonObject body = AlertsApi::ruleJson(r.rule);
    body.remove(QStringLiteral("id"));
    body.remove(QStringLiteral("source"));
    body.remove(QStringLiteral("site"));
    if (!r.rule.webhook.isEmpty()) // ruleJson redacts it for answers; the server needs it
        body.insert(QStringLiteral("webhook"), r.rule.webhook);
    return {"POST",
            sitePath(r.rule.site, QStringLiteral("alerts")),
            {},
            compact(body),
            [site = r.rule.site](const QJsonObject &o) { return ruleFrom(o, site); },
            alertsRefusal};
}

RemoteCall<Done> plan(const alerts::RemoveRule &r)
{
    RemoteCall<Done> call = removal(sitePath(r.site, QStringLiteral("alerts/%1").arg(r.id)));
    call.refusal = alertsRefusal;
    return call;
}

RemoteCall<ServerMailSettings> plan(const alerts::ServerMail &r)
{
    return {"GET",
            sitePath(r.site, QStringLiteral("reports")),
            {},
            {},
            [](const QJsonObject &o) -> Answer<ServerMailSettings> {
                ServerMailSettings m;
                for (const QJsonValue &v : o.value(QStringLiteral("reports")).toArray()) {
                    const QJsonObject j = v.toObject();
                    ReportSchedule s;
                    s.site = j.value(QStringLiteral("site")).toString();
                    for (const QJsonValue &a : j.value(QStringLiteral("to")).toArray())
                        s.to.append(a.toString());
                    s.every = j.value(QStringLiteral("every")).toString(QStringLiteral("week"));
                    s.hour = j.value(QStringLiteral("hour")).toInt(8);
                    s.language = j.value(QStringLiteral("language")).toString();
                    if (s.language == QLatin1String("en"))
                        s.language.clear();
                    m.reports.append(s);
                }
                const QJsonObject smtp = o.value(QStringLiteral("smtp")).toObject();
                m.smtp.url = smtp.value(QStringLiteral("url")).toString();
                m.smtp.startTls = smtp.value(QStringLiteral("starttls")).toBool(true);
                m.smtp.username = smtp.value(QStringLiteral("username")).toString();
                m.smtp.from = smtp.value(QStringLiteral("from")).toString();
                m.passwordSet = smtp.value(QStringLiteral("password_set")).toBool();
                m.readOnly
                    = o.value(QStringLiteral("managed_by")).toString() == QLatin1String("config");
                m.note = o.value(QStringLiteral("note")).toString();
                return m;
            },
            reportsRefusal};
}

RemoteCall<Done> plan(const alerts::TestReport &r)
{
    QJsonObject body {{QStringLiteral("to"), QJsonArray::fromStringList(r.schedule.to)},
                      {QStringLiteral("period"), r.schedule.every}};
    if (!r.schedule.language.isEmpty())
        body.insert(QStringLiteral("language"), r.schedule.language);
    return {"POST", sitePath(r.schedule.site, QStringLiteral("reports/test")),
            {},     compact(body),
            sent,   reportsRefusal};
}

RemoteCall<Done> plan(const alerts::TestRule &r)
{
    return {"POST", sitePath(r.rule.site, QStringLiteral("alerts/%1/test").arg(r.rule.id)),
            {},     {},
            sent,   alertsRefusal};
}

RemoteCall<QByteArray> exportPlan(const exports::DashboardZip &r)
{
    return {"GET", sitePath(r.query.site, QStringLiteral("export")), queryItems(r.query), {}, {},
            {}};
}

} // namespace raycstr::ui::remote

#include "api/statsjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <cmath>

namespace raycstr::StatsJson {

double rounded(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

QString localDate(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate);
}

QString utcTime(qint64 secs)
{
    // toUTC() gives Qt::UTC, which ISO formatting writes as "Z".
    return QDateTime::fromSecsSinceEpoch(secs).toUTC().toString(Qt::ISODate);
}

QJsonObject siteJson(const query::Site &site)
{
    return {{QStringLiteral("id"), site.id},
            {QStringLiteral("domain"), site.domain},
            {QStringLiteral("timezone"), site.timeZone}};
}

QJsonObject periodJson(const query::Period &period, const query::Interval &interval)
{
    return {{QStringLiteral("name"), period.name()},
            {QStringLiteral("from"), localDate(interval.firstDay)},
            {QStringLiteral("to"), localDate(interval.lastDay)},
            {QStringLiteral("start"), utcTime(interval.fromSecs)},
            {QStringLiteral("end"), utcTime(interval.toSecs)}};
}

query::Interval intervalFrom(const QJsonObject &period)
{
    auto instant = [&](const char *key) {
        return QDateTime::fromString(period.value(QLatin1StringView(key)).toString(), Qt::ISODate)
            .toSecsSinceEpoch();
    };
    auto day = [&](const char *key) {
        return QDate(1970, 1, 1)
            .daysTo(
                QDate::fromString(period.value(QLatin1StringView(key)).toString(), Qt::ISODate));
    };
    query::Interval iv;
    iv.fromSecs = instant("start");
    iv.toSecs = instant("end");
    iv.firstDay = day("from");
    iv.lastDay = day("to");
    return iv;
}

QString granularityName(query::Granularity g)
{
    switch (g) {
    case query::Granularity::Hour:
        return QStringLiteral("hour");
    case query::Granularity::Day:
        return QStringLiteral("day");
    case query::Granularity::Month:
        return QStringLiteral("month");
    }
    return QString();
}

query::Granularity granularityFrom(const QString &name)
{
    if (name == QLatin1String("hour"))
        return query::Granularity::Hour;
    if (name == QLatin1String("month"))
        return query::Granularity::Month;
    return query::Granularity::Day;
}

const QList<MetricField> &metricFields()
{
    using W = MetricField::Where;
    static const QList<MetricField> fields = {
        {"visitors", "integer", "unique visitors (the sum of daily unique visitors)", W::Everywhere,
         [](const Metrics &m) { return QJsonValue(m.visitors); }},
        {"visits", "integer",
         "visits (in a page, hostname or event row: the visits it occurred in)", W::Everywhere,
         [](const Metrics &m) { return QJsonValue(m.visits); }},
        {"pageviews", "integer", nullptr, W::Everywhere,
         [](const Metrics &m) { return QJsonValue(m.pageviews); }},
        {"events", "integer", "custom events", W::Everywhere,
         [](const Metrics &m) { return QJsonValue(m.events); }},
        {"bounces", "integer", "visits that bounced (one pageview, no interactive event)", W::Visit,
         [](const Metrics &m) { return QJsonValue(m.bounces); }},
        {"duration", "integer", "seconds, summed over the visits", W::Visit,
         [](const Metrics &m) { return QJsonValue(m.duration); }},
        {"bounce_rate", "number", "percent of visits that bounced, one decimal (33.3 = 33.3%)",
         W::Visit, [](const Metrics &m) { return QJsonValue(rounded(m.bounceRate(), 1)); }},
        {"avg_duration", "integer", "seconds per visit, rounded", W::Visit,
         [](const Metrics &m) { return QJsonValue(qint64(std::llround(m.avgDuration()))); }},
        {"views_per_visit", "number", "pageviews per visit, two decimals", W::Totals,
         [](const Metrics &m) { return QJsonValue(rounded(m.viewsPerVisit(), 2)); }},
    };
    return fields;
}

QJsonObject metricsJson(const Metrics &m)
{
    QJsonObject o;
    for (const MetricField &f : metricFields())
        o.insert(QLatin1StringView(f.name), f.write(m));
    return o;
}

QJsonObject breakdownRowJson(const query::BreakdownRow &row, bool visitMetrics)
{
    QJsonObject o {{QStringLiteral("value"), row.value}};
    for (const MetricField &f : metricFields()) {
        if (f.where == MetricField::Where::Everywhere
            || (f.where == MetricField::Where::Visit && visitMetrics))
            o.insert(QLatin1StringView(f.name), f.write(row.metrics));
    }
    return o;
}

Metrics metricsFrom(const QJsonObject &o)
{
    auto count = [&](const char *key) { return o.value(QLatin1StringView(key)).toInteger(); };
    Metrics m;
    m.visitors = count("visitors");
    m.visits = count("visits");
    m.pageviews = count("pageviews");
    m.events = count("events");
    m.bounces = count("bounces");
    m.duration = count("duration");
    return m;
}

namespace {

QJsonObject schemaOf(bool row)
{
    QJsonObject properties;
    if (row)
        properties.insert(QStringLiteral("value"),
                          QJsonObject {{QStringLiteral("type"), QStringLiteral("string")},
                                       {QStringLiteral("description"),
                                        QStringLiteral("\"\" for none (direct, unknown)")}});
    for (const MetricField &f : metricFields()) {
        if (row && f.where == MetricField::Where::Totals)
            continue;
        QJsonObject p {{QStringLiteral("type"), QLatin1StringView(f.type)}};
        QString description = f.description ? QString::fromUtf8(f.description) : QString();
        if (row && f.where == MetricField::Where::Visit)
            description += QStringLiteral("; only for a visit's own fields (source, entry page, "
                                          "country, device, browser, os, utm_*)");
        if (!description.isEmpty())
            p.insert(QStringLiteral("description"), description);
        properties.insert(QLatin1StringView(f.name), p);
    }
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"), properties}};
}

} // namespace

QJsonObject metricsSchema()
{
    return schemaOf(false);
}

QJsonObject breakdownRowSchema()
{
    return schemaOf(true);
}

QJsonObject vitalsJson(const query::VitalsRow &row)
{
    QJsonObject o;
    for (const query::VitalStat &s : row.stats) {
        // CLS is a unitless score; the others are milliseconds.
        const int decimals = s.metric == QLatin1String("CLS") ? 3 : 0;
        o.insert(s.metric,
                 QJsonObject {{QStringLiteral("p75"), rounded(s.p75, decimals)},
                              {QStringLiteral("p95"), rounded(s.p95, decimals)},
                              {QStringLiteral("samples"), s.samples}});
    }
    return o;
}

query::VitalsRow vitalsFrom(const QString &route, const QJsonObject &metrics)
{
    query::VitalsRow row;
    row.route = route;
    for (const QString &name : query::vitalMetrics()) {
        const QJsonObject m = metrics.value(name).toObject();
        if (m.isEmpty())
            continue;
        row.stats.append({name, m.value(QStringLiteral("samples")).toInteger(),
                          m.value(QStringLiteral("p75")).toDouble(),
                          m.value(QStringLiteral("p95")).toDouble()});
    }
    return row;
}

QJsonObject importsJson(const query::ImportsUse &imports)
{
    QJsonObject o {{QStringLiteral("included"), imports.included()}};
    if (!imports.included())
        o.insert(QStringLiteral("skip_reason"), imports.skipReason());
    return o;
}

query::ImportsUse importsFrom(const QJsonObject &o)
{
    using Skip = query::ImportsUse::Skip;
    if (o.value(QLatin1String("included")).toBool())
        return {Skip::None};
    for (Skip skip : {Skip::NotRequested, Skip::NoImportedData, Skip::UnsupportedQuery,
                      Skip::UnsupportedInterval}) {
        if (query::ImportsUse {skip}.skipReason()
            == o.value(QLatin1String("skip_reason")).toString())
            return {skip};
    }
    return {Skip::NoImportedData};
}

QJsonObject importsSchema()
{
    return QJsonObject {
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("description"),
         QStringLiteral("whether imported stats (Plausible's CSV export) are in the answer; "
                        "when not, why: no_imported_data, unsupported_query (a filter or "
                        "property imported daily sums cannot answer), unsupported_interval "
                        "(hourly buckets)")},
        {QStringLiteral("properties"),
         QJsonObject {{QStringLiteral("included"),
                       QJsonObject {{QStringLiteral("type"), QStringLiteral("boolean")}}},
                      {QStringLiteral("skip_reason"),
                       QJsonObject {{QStringLiteral("type"), QStringLiteral("string")},
                                    {QStringLiteral("enum"),
                                     QJsonArray {QStringLiteral("not_requested"),
                                                 QStringLiteral("no_imported_data"),
                                                 QStringLiteral("unsupported_query"),
                                                 QStringLiteral("unsupported_interval")}}}}}}};
}

std::optional<QJsonObject> vitalsRouteJson(const query::VitalsRow &row)
{
    if (row.stats.isEmpty())
        return std::nullopt;
    return QJsonObject {{QStringLiteral("route"), row.route},
                        {QStringLiteral("metrics"), vitalsJson(row)}};
}

QJsonObject goalJson(const Goal &g)
{
    return {
        {QStringLiteral("id"), g.id},
        {QStringLiteral("name"), g.name},
        {g.match.kind == Matcher::Kind::Event ? QStringLiteral("event") : QStringLiteral("page"),
         g.match.value}};
}

QJsonObject goalRowJson(const query::GoalRow &row)
{
    QJsonObject o = goalJson(row.goal);
    o.insert(QStringLiteral("unique_conversions"), row.uniques);
    o.insert(QStringLiteral("total_conversions"), row.total);
    o.insert(QStringLiteral("conversion_rate"), rounded(row.conversionRate, 2));
    if (!row.revenue.isEmpty()) {
        QJsonObject revenue;
        for (auto it = row.revenue.cbegin(); it != row.revenue.cend(); ++it)
            revenue.insert(it.key(), rounded(it.value(), 2));
        o.insert(QStringLiteral("revenue"), revenue);
    }
    return o;
}

QJsonObject funnelStepJson(const query::FunnelStepResult &s)
{
    return {
        {QStringLiteral("name"), s.step.label()},
        {s.step.match.kind == Matcher::Kind::Event ? QStringLiteral("event")
                                                   : QStringLiteral("page"),
         s.step.match.value},
        {QStringLiteral("visitors"), s.visitors},
        {QStringLiteral("conversion_from_previous"), rounded(s.fromPrevious, 2)},
        {QStringLiteral("conversion_from_first"), rounded(s.fromFirst, 2)},
        {QStringLiteral("drop_off"), s.dropOff},
    };
}

} // namespace raycstr::StatsJson

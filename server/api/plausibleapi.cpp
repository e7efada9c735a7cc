#include "api/plausibleapi.h"

#include "api/apiaccess.h"
#include "api/apireply.h"
#include "api/csvreply.h"
#include "api/filtersyntax.h"
#include "api/statsapi.h"
#include "api/statsjson.h"
#include "api/statsparams.h"
#include "http/httpserver.h"

#include <QJsonArray>
#include <cmath>

namespace raycstr {

using query::Field;
using query::Filter;
using Status = HttpStatus;

using StatsJson::rounded;

namespace {

constexpr int DefaultLimit = 100;
constexpr int MaxLimit = 1000;

const char *const metricTexts[] = {"visitors",    "visits",         "pageviews", "views_per_visit",
                                   "bounce_rate", "visit_duration", "events",    "conversion_rate"};

QString value(const QUrlQuery &q, const char *name)
{
    return q.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

bool isGoalFilter(const Filter &f)
{
    return f.field.dim == Dimension::EventName && !f.field.isProp();
}

// The denominator of a conversion rate: the same question without the goal (and the
// custom-event property) filters.
QList<Filter> withoutEventFilters(const QList<Filter> &filters)
{
    QList<Filter> out;
    for (const Filter &f : filters)
        if (!isGoalFilter(f) && !f.field.isProp())
            out.append(f);
    return out;
}

double conversionRate(qint64 converted, qint64 all)
{
    return all > 0 ? rounded(100.0 * double(converted) / double(all), 1) : 0.0;
}

// Plausible's change: percent for counts, points for rates.
double change(bool isRate, double before, double now)
{
    if (isRate)
        return rounded(now - before, 1);
    if (before == 0)
        return now > 0 ? 100 : 0;
    return double(std::llround((now - before) / before * 100.0));
}

// The key a breakdown row carries its value under: "page" for event:page, "method" for
// event:props:method.
QString resultKey(const QString &property)
{
    if (property.startsWith(QLatin1String("event:props:")))
        return property.mid(12);
    return property.section(QLatin1Char(':'), 1);
}

} // namespace

PlausibleApi::PlausibleApi(query::QueryEngine *lookups, query::QueryPool *pool,
                           const ApiAccess *access)
    : m_queries(lookups)
    , m_pool(pool)
    , m_runner(pool, nullptr)
    , m_sites(lookups, access)
{ }

QStringList PlausibleApi::routePaths()
{
    return {QStringLiteral("/api/v1/stats/realtime/visitors"),
            QStringLiteral("/api/v1/stats/aggregate"), QStringLiteral("/api/v1/stats/timeseries"),
            QStringLiteral("/api/v1/stats/breakdown")};
}

QStringList PlausibleApi::metricNames()
{
    QStringList names;
    for (const char *m : metricTexts)
        names.append(QString::fromLatin1(m));
    return names;
}

void PlausibleApi::registerRoutes(HttpServer &server)
{
    const Endpoint endpoints[]
        = {Endpoint::Realtime, Endpoint::Aggregate, Endpoint::Timeseries, Endpoint::Breakdown};
    const QStringList paths = routePaths();
    m_runner = QueryRunner(m_pool, &server);
    for (int i = 0; i < 4; ++i) {
        const Endpoint e = endpoints[i];
        server.routeLater(
            paths.at(i), [this, e](const PlainRequest &request, const Responder &responder) {
                // CSV when asked (CsvReply): decided here, on the HTTP thread; the answer is
                // converted where the worker builds it.
                QString formatError;
                const auto csv = CsvReply::wantsCsv(request, &formatError);
                if (!csv)
                    return responder.send(
                        ApiReply::finish(HttpServer::error(Status::BadRequest, formatError)));
                // Refusals are answered here; questions go to the pool (handle()'s Work).
                auto outcome = handle(e, request);
                if (auto *refused = std::get_if<PlainResponse>(&outcome))
                    return responder.send(ApiReply::finish(std::move(*refused)));
                m_runner.run(responder, std::get<QueryRunner::Work>(std::move(outcome)),
                             CsvReply::finisher(*csv));
            });
    }
}

std::optional<QList<PlausibleApi::Metric>> PlausibleApi::parseMetrics(const QString &text,
                                                                      QString *error)
{
    QList<Metric> out;
    const QString list = text.isEmpty() ? QStringLiteral("visitors") : text;
    for (const QString &raw : list.split(QLatin1Char(','))) {
        const QString name = raw.trimmed();
        const QStringList names = metricNames();
        const qsizetype i = names.indexOf(name);
        if (name == QLatin1String("time_on_page")) {
            *error = QStringLiteral("the metric time_on_page is not supported by RayCstr");
            return std::nullopt;
        }
        if (i < 0) {
            *error = QStringLiteral("unknown metric \"%1\"; valid metrics: %2")
                         .arg(name.left(40), names.join(QLatin1String(", ")));
            return std::nullopt;
        }
        if (!out.contains(Metric(i)))
            out.append(Metric(i));
    }
    return out;
}

std::optional<query::Period> PlausibleApi::parsePeriod(const query::Site &site,
                                                       const QString &period, const QString &date,
                                                       QString *error)
{
    if (period != QLatin1String("6mo"))
        return query::Period::parse(period, date, QString(), QString(), error);
    // Plausible's 6mo: the month `date` (default today) falls in and the five before it.
    // Our engine has no such period; it is the same as a custom range of whole months.
    QDate reference;
    if (!date.isEmpty()) {
        const auto p = query::Period::parse(QStringLiteral("day"), date, {}, {}, error);
        if (!p)
            return std::nullopt;
        reference = p->date;
    } else {
        query::Period today;
        today.kind = query::Period::Kind::Today;
        query::QueryError why;
        const auto interval = m_queries->resolve(site.id, today, &why);
        if (!interval) {
            *error = why.message;
            return std::nullopt;
        }
        reference = QDate(1970, 1, 1).addDays(interval->lastDay);
    }
    query::Period p;
    p.kind = query::Period::Kind::Custom;
    p.from = QDate(reference.year(), reference.month(), 1).addMonths(-5);
    p.to = QDate(reference.year(), reference.month(), reference.daysInMonth());
    return p;
}

std::optional<PlausibleApi::Request>
PlausibleApi::parseCommon(const query::Site &site, const QUrlQuery &params, QString *error)
{
    Request r;
    r.site = site;
    r.query.siteId = site.id;
    const QString period = value(params, "period");
    const auto p = parsePeriod(site, period, value(params, "date"), error);
    if (!p)
        return std::nullopt;
    r.query.period = *p;
    r.sixMonths = period == QLatin1String("6mo");
    const auto filters = FilterSyntax::parsePlausible(value(params, "filters"), error);
    if (!filters)
        return std::nullopt;
    r.query.filters = *filters;
    const auto metrics = parseMetrics(value(params, "metrics"), error);
    if (!metrics)
        return std::nullopt;
    r.metrics = *metrics;
    // Plausible adds imported stats only when asked.
    r.query.imports = value(params, "with_imported") == QLatin1String("true");
    return r;
}

std::variant<PlainResponse, QueryRunner::Work> PlausibleApi::handle(Endpoint endpoint,
                                                                    const PlainRequest &request)
{
    if (auto refused = ApiReply::checkMethod(request))
        return std::move(*refused);
    const QUrlQuery params = StatsParams::formQuery(request);
    const QString ref = value(params, "site_id");
    if (ref.isEmpty())
        return m_sites.missingSite(request,
                                   QStringLiteral("site_id is required: the domain of your site"));
    PlainResponse denied(Status::Unauthorized);
    const auto site = m_sites.resolve(request, ref, &denied);
    if (!site)
        return denied;
    if (endpoint == Endpoint::Realtime) {
        return [id = site->id](query::QueryEngine &q) {
            query::QueryError error;
            const auto visitors = q.currentVisitors(id, StatsApi::LiveWindowSecs, &error);
            if (!visitors)
                return QueryRunner::failed(q, error);
            return ApiReply::number(*visitors);
        };
    }
    QString error;
    auto r = parseCommon(*site, params, &error);
    if (!r)
        return HttpServer::error(Status::BadRequest, error);
    const QString compare = value(params, "compare");
    if (endpoint == Endpoint::Aggregate && !compare.isEmpty()) {
        if (compare != QLatin1String("previous_period"))
            return HttpServer::error(Status::BadRequest,
                                     QStringLiteral("compare must be previous_period, not \"%1\"")
                                         .arg(compare.left(40)));
        r->query.compare = true;
    }
    const bool goalFilter
        = std::any_of(r->query.filters.cbegin(), r->query.filters.cend(), isGoalFilter);
    if (r->metrics.contains(Metric::ConversionRate) && !goalFilter) {
        const QString property = value(params, "property");
        const auto field = Field::parse(property, &error);
        const bool goalBreakdown = endpoint == Endpoint::Breakdown && field
            && field->dim == Dimension::EventName && !field->isProp();
        if (!goalBreakdown)
            return HttpServer::error(
                Status::BadRequest,
                QStringLiteral("the metric conversion_rate needs an "
                               "event:goal filter or an event:goal breakdown"));
    }
    switch (endpoint) {
    case Endpoint::Aggregate:
        return [r = *r](query::QueryEngine &q) { return aggregate(q, r); };
    case Endpoint::Timeseries:
        return [r = *r, params](query::QueryEngine &q) { return timeseries(q, r, params); };
    case Endpoint::Breakdown:
        return [r = *r, params](query::QueryEngine &q) { return breakdown(q, r, params); };
    case Endpoint::Realtime:
        break;
    }
    return HttpServer::error(Status::NotFound, QStringLiteral("no such endpoint"));
}

namespace {

// Plausible's answer, with its warning when imported stats were asked for but the question
// cannot be answered from them (a filter, an hourly series, a dimension they lack).
PlainResponse withResults(const QJsonValue &results, const query::Query &asked,
                          const query::ImportsUse &imports)
{
    QJsonObject o {{QStringLiteral("results"), results}};
    if (asked.imports
        && (imports.skip == query::ImportsUse::Skip::UnsupportedQuery
            || imports.skip == query::ImportsUse::Skip::UnsupportedInterval))
        o.insert(QStringLiteral("warning"),
                 QStringLiteral("Imported stats are not included in the results because query "
                                "parameters are not supported. For more information, see: "
                                "https://plausible.io/docs/stats-api#filtering-imported-stats"));
    return ApiReply::json(o);
}

// One metric's value as Plausible shows it; null where the question has no answer
// (bounce rate of a page breakdown: that belongs to visits, not to pages).
QJsonValue metricValue(int metric, const Metrics &m, bool visitMetrics, double conversion)
{
    switch (metric) {
    case 0:
        return m.visitors;
    case 1:
        return m.visits;
    case 2:
        return m.pageviews;
    case 3:
        return visitMetrics ? QJsonValue(rounded(m.viewsPerVisit(), 2)) : QJsonValue();
    case 4:
        return visitMetrics ? QJsonValue(double(std::llround(m.bounceRate()))) : QJsonValue();
    case 5:
        return visitMetrics ? QJsonValue(double(std::llround(m.avgDuration()))) : QJsonValue();
    case 6:
        return m.pageviews + m.events; // Plausible counts pageviews as events
    case 7:
        return conversion;
    }
    return QJsonValue();
}

} // namespace

PlainResponse PlausibleApi::aggregate(query::QueryEngine &q, const Request &r)
{
    query::QueryError error;
    const auto result = q.aggregate(r.query, &error);
    if (!result)
        return QueryRunner::failed(q, error);
    double cr = 0, crBefore = 0;
    if (r.metrics.contains(Metric::ConversionRate)) {
        query::Query base = r.query;
        base.filters = withoutEventFilters(r.query.filters);
        const auto all = q.aggregate(base, &error);
        if (!all)
            return QueryRunner::failed(q, error);
        cr = conversionRate(result->current.visitors, all->current.visitors);
        if (result->previous && all->previous)
            crBefore = conversionRate(result->previous->visitors, all->previous->visitors);
    }
    QJsonObject results;
    for (Metric m : r.metrics) {
        const int i = int(m);
        QJsonObject o {{QStringLiteral("value"), metricValue(i, result->current, true, cr)}};
        if (r.query.compare && result->previous) {
            const bool isRate = m == Metric::BounceRate || m == Metric::ConversionRate;
            const double before = metricValue(i, *result->previous, true, crBefore).toDouble();
            o.insert(QStringLiteral("change"),
                     change(isRate, before, o.value(QStringLiteral("value")).toDouble()));
        }
        results.insert(QString::fromLatin1(metricTexts[i]), o);
    }
    return withResults(results, r.query, result->imports);
}

PlainResponse PlausibleApi::timeseries(query::QueryEngine &q, const Request &r,
                                       const QUrlQuery &params)
{
    std::optional<query::Granularity> granularity;
    if (r.sixMonths)
        granularity = query::Granularity::Month; // Plausible's default for 6mo
    const QString interval = value(params, "interval");
    if (interval == QLatin1String("date") || interval == QLatin1String("day"))
        granularity = query::Granularity::Day;
    else if (interval == QLatin1String("month"))
        granularity = query::Granularity::Month;
    else if (interval == QLatin1String("hour"))
        granularity = query::Granularity::Hour;
    else if (!interval.isEmpty())
        return HttpServer::error(
            Status::BadRequest,
            QStringLiteral("interval must be hour, day (or date) or month, not \"%1\"")
                .arg(interval.left(40)));
    query::QueryError error;
    const auto result = q.timeseries(r.query, granularity, &error);
    if (!result)
        return QueryRunner::failed(q, error);
    std::optional<query::TimeseriesResult> all;
    if (r.metrics.contains(Metric::ConversionRate)) {
        query::Query base = r.query;
        base.filters = withoutEventFilters(r.query.filters);
        all = q.timeseries(base, result->granularity, &error);
        if (!all)
            return QueryRunner::failed(q, error);
    }
    QJsonArray out;
    for (qsizetype i = 0; i < result->points.size(); ++i) {
        const query::TimePoint &p = result->points.at(i);
        QJsonObject o;
        QString date = p.date.toString(Qt::ISODate);
        if (result->granularity == query::Granularity::Hour)
            date += QStringLiteral(" %1:00:00").arg(p.hour, 2, 10, QLatin1Char('0'));
        o.insert(QStringLiteral("date"), date);
        const double cr = all && i < all->points.size()
            ? conversionRate(p.metrics.visitors, all->points.at(i).metrics.visitors)
            : 0.0;
        for (Metric m : r.metrics)
            o.insert(QString::fromLatin1(metricTexts[int(m)]),
                     metricValue(int(m), p.metrics, true, cr));
        out.append(o);
    }
    return withResults(out, r.query, result->imports);
}

PlainResponse PlausibleApi::breakdown(query::QueryEngine &q, const Request &r,
                                      const QUrlQuery &params)
{
    const QString property = value(params, "property");
    if (property.isEmpty())
        return HttpServer::error(Status::BadRequest,
                                 QStringLiteral("property is required, e.g. property=event:page"));
    QString error;
    if (!property.startsWith(QLatin1String("event:"))
        && !property.startsWith(QLatin1String("visit:")))
        return HttpServer::error(
            Status::BadRequest,
            QStringLiteral("invalid property \"%1\": properties are written like event:page or "
                           "visit:source")
                .arg(property.left(80)));
    const auto field = Field::parse(property, &error);
    if (!field)
        return HttpServer::error(Status::BadRequest, error);
    int limit = DefaultLimit, page = 1;
    if (const QString text = value(params, "limit"); !text.isEmpty()) {
        const auto v = StatsParams::parseInt(QStringLiteral("limit"), text, 1, MaxLimit, &error);
        if (!v)
            return HttpServer::error(Status::BadRequest, error);
        limit = *v;
    }
    if (const QString text = value(params, "page"); !text.isEmpty()) {
        const auto v = StatsParams::parseInt(QStringLiteral("page"), text, 1,
                                             StatsParams::MaxOffset / limit + 1, &error);
        if (!v)
            return HttpServer::error(Status::BadRequest, error);
        page = *v;
    }
    query::QueryError failure;
    const auto result = q.breakdown(r.query, *field, limit, (page - 1) * limit, &failure);
    if (!result)
        return QueryRunner::failed(q, failure);

    // Conversion rates: per goal against all visitors; otherwise per row against the same
    // rows without the goal filter.
    QHash<QString, qint64> denominators;
    qint64 allVisitors = 0;
    if (r.metrics.contains(Metric::ConversionRate)) {
        query::Query base = r.query;
        base.filters = withoutEventFilters(r.query.filters);
        base.compare = false;
        if (field->dim == Dimension::EventName && !field->isProp()) {
            const auto all = q.aggregate(base, &failure);
            if (!all)
                return QueryRunner::failed(q, failure);
            allVisitors = all->current.visitors;
        } else if (!result->rows.isEmpty()) {
            Filter same {*field, Filter::Op::Is, {}};
            for (const query::BreakdownRow &row : result->rows)
                same.values.append(row.value);
            base.filters.append(same);
            const auto rows = q.breakdown(base, *field, int(result->rows.size()), 0, &failure);
            if (!rows)
                return QueryRunner::failed(q, failure);
            for (const query::BreakdownRow &row : rows->rows)
                denominators.insert(row.value, row.metrics.visitors);
        }
    }
    // A page's bounce rate and visit duration are those of the visits that entered on it.
    const bool pageBreakdown = field->dim == Dimension::Page && !field->isProp();
    QHash<QString, Metrics> entries;
    if (pageBreakdown
        && (r.metrics.contains(Metric::BounceRate) || r.metrics.contains(Metric::VisitDuration))) {
        query::Query base = r.query;
        base.compare = false;
        const auto found = q.pageEntries(base, &failure);
        if (!found)
            return QueryRunner::failed(q, failure);
        entries = *found;
    }
    const QString key = resultKey(property);
    QJsonArray out;
    for (const query::BreakdownRow &row : result->rows) {
        QJsonObject o;
        QString shown = row.value;
        if (shown.isEmpty())
            shown = field->dim == Dimension::Source && !field->isProp()
                ? QStringLiteral("Direct / None")
                : QStringLiteral("(none)");
        o.insert(key, shown);
        const qint64 all = denominators.isEmpty() ? allVisitors : denominators.value(row.value);
        const double cr = conversionRate(row.metrics.visitors, all);
        for (Metric m : r.metrics) {
            QJsonValue v = metricValue(int(m), row.metrics, result->hasVisitMetrics, cr);
            if (pageBreakdown && (m == Metric::BounceRate || m == Metric::VisitDuration)) {
                const Metrics entered = entries.value(row.value);
                v = entered.visits ? metricValue(int(m), entered, true, cr) : QJsonValue();
            }
            o.insert(QString::fromLatin1(metricTexts[int(m)]), v);
        }
        out.append(o);
    }
    return withResults(out, r.query, result->imports);
}

} // namespace raycstr

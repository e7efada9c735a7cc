#include "api/plausiblev2api.h"

#include "api/apireply.h"
#include "api/statsparams.h"
#include "http/httpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <cmath>

namespace raycstr {

using Status = HttpStatus;
using Time = PlausibleV2Query::Time;

namespace {

// Rows fetched per breakdown before ordering and pagination.
constexpr int MaxRows = 10000;

double rounded(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

double percent(qint64 part, qint64 whole)
{
    return whole > 0 ? rounded(100.0 * double(part) / double(whole), 1) : 0.0;
}

QString key(const QJsonArray &dimensions)
{
    return QString::fromUtf8(QJsonDocument(dimensions).toJson(QJsonDocument::Compact));
}

QString isoInstant(qint64 secs, const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    return QDateTime::fromSecsSinceEpoch(secs, zone.isValid() ? zone : QTimeZone::utc())
        .toString(Qt::ISODate);
}

QList<query::Filter> withoutGoalFilters(const QList<query::Filter> &filters)
{
    QList<query::Filter> out;
    for (const query::Filter &f : filters)
        if (!f.field.goal)
            out.append(f);
    return out;
}

} // namespace

PlausibleV2Api::PlausibleV2Api(query::QueryEngine *lookups, query::QueryPool *pool,
                               const ApiAccess *access)
    : m_queries(lookups)
    , m_pool(pool)
    , m_runner(pool, nullptr)
    , m_sites(lookups, access)
{ }

void PlausibleV2Api::registerRoutes(HttpServer &server)
{
    m_runner = QueryRunner(m_pool, &server);
    server.routeLater(routePath(), [this](const PlainRequest &request, const Responder &responder) {
        // Refusals are answered here; questions go to the pool (handle()'s Work).
        auto outcome = handle(request);
        if (auto *refused = std::get_if<PlainResponse>(&outcome))
            return responder.send(ApiReply::finish(std::move(*refused)));
        m_runner.run(responder, std::get<QueryRunner::Work>(std::move(outcome)), &ApiReply::finish);
    });
}

std::variant<PlainResponse, QueryRunner::Work> PlausibleV2Api::handle(const PlainRequest &request)
{
    using Method = PlainRequest::Method;
    if (request.method == Method::Options) {
        PlainResponse response(Status::NoContent);
        response.addHeader("Access-Control-Allow-Methods", "POST, OPTIONS");
        response.addHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
        response.addHeader("Access-Control-Max-Age", "86400");
        return response;
    }
    if (request.method != Method::Post) {
        PlainResponse response = HttpServer::error(
            Status::MethodNotAllowed, QStringLiteral("use POST with a JSON query body"));
        response.addHeader("Allow", "POST, OPTIONS");
        return response;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    // Without a valid key, 401 before anything about the body.
    if (!doc.isObject())
        return m_sites.missingSite(request,
                                   QStringLiteral("the body must be a JSON object: %1")
                                       .arg(parseError.error == QJsonParseError::NoError
                                                ? QStringLiteral("got another JSON value")
                                                : parseError.errorString()));
    const QJsonObject body = doc.object();
    const QString ref = body.value(QLatin1String("site_id")).toString();
    if (ref.isEmpty())
        return m_sites.missingSite(request,
                                   QStringLiteral("#: Required property site_id was not present."));
    PlainResponse denied(Status::Unauthorized);
    const auto site = m_sites.resolve(request, ref, &denied);
    if (!site)
        return denied;
    query::QueryError failure;
    query::Period today;
    today.kind = query::Period::Kind::Today;
    const auto todayInterval = m_queries->resolve(site->id, today, &failure);
    if (!todayInterval)
        return ApiReply::queryFailed(failure);
    QString error;
    const auto q
        = PlausibleV2Query::parse(body, QDate(1970, 1, 1).addDays(todayInterval->lastDay), &error);
    if (!q)
        return HttpServer::error(Status::BadRequest, error);
    return QueryRunner::Work([site = *site, q = *q, body](query::QueryEngine &engine) {
        return answer(engine, site, q, body);
    });
}

std::optional<PlainResponse> PlausibleV2Api::collect(query::QueryEngine &engine,
                                                     const query::Query &base,
                                                     const PlausibleV2Query &q, QList<Row> *rows,
                                                     QStringList *labels, query::Interval *interval,
                                                     query::ImportsUse *imports)
{
    query::QueryError error;
    if (q.dimensions.isEmpty()) {
        const auto r = engine.aggregate(base, &error);
        if (!r)
            return QueryRunner::failed(engine, error);
        *interval = r->interval;
        *imports = r->imports;
        rows->append({QJsonArray(), r->current, true, 0, 0, QString()});
        return std::nullopt;
    }
    if (q.time != Time::None) {
        std::optional<query::Granularity> g;
        if (q.time == Time::Hour)
            g = query::Granularity::Hour;
        else if (q.time == Time::Day || q.time == Time::Week)
            g = query::Granularity::Day;
        else if (q.time == Time::Month)
            g = query::Granularity::Month;
        if (g == query::Granularity::Hour) {
            const auto iv = engine.resolve(base.siteId, base.period, &error);
            if (!iv)
                return QueryRunner::failed(engine, error);
            if (iv->toSecs - iv->fromSecs > query::MaxHourlySpanSecs)
                return HttpServer::error(Status::BadRequest,
                                         QStringLiteral("time:hour covers at most 31 days in "
                                                        "RayCstr; use time:day for this range."));
        }
        const auto r = engine.timeseries(base, g, &error);
        if (!r)
            return QueryRunner::failed(engine, error);
        *interval = r->interval;
        *imports = r->imports;
        const QDate first = QDate(1970, 1, 1).addDays(r->interval.firstDay);
        QMap<QString, Metrics> buckets; // label → summed metrics (weeks sum days)
        for (const query::TimePoint &p : r->points) {
            QString label;
            if (r->granularity == query::Granularity::Hour)
                label = p.date.toString(Qt::ISODate)
                    + QStringLiteral(" %1:00:00").arg(p.hour, 2, 10, QLatin1Char('0'));
            else if (q.time == Time::Week)
                label
                    = std::max(first, p.date.addDays(1 - p.date.dayOfWeek())).toString(Qt::ISODate);
            else
                label = p.date.toString(Qt::ISODate);
            if (!labels->contains(label))
                labels->append(label);
            buckets[label] += p.metrics;
        }
        for (const QString &label : std::as_const(*labels)) {
            const Metrics &m = buckets[label];
            // Plausible lists only buckets with data; time_labels names them all.
            if (m.visitors == 0 && m.pageviews == 0 && m.events == 0 && m.visits == 0)
                continue;
            rows->append({QJsonArray {label}, m, true, 0, 0, label});
        }
        return std::nullopt;
    }
    if (q.goalDimension) {
        const auto r = engine.goals(base, &error);
        if (!r)
            return QueryRunner::failed(engine, error);
        *interval = r->interval;
        // Goals are counted from native events alone.
        imports->skip = base.imports ? query::ImportsUse::Skip::UnsupportedQuery
                                     : query::ImportsUse::Skip::NotRequested;
        for (const query::GoalRow &g : r->rows) {
            if (g.uniques == 0 && g.total == 0)
                continue;
            Metrics m;
            m.visitors = g.uniques;
            m.events = g.total;
            rows->append(
                {QJsonArray {g.goal.name}, m, false, rounded(g.conversionRate, 1), 0, QString()});
        }
        return std::nullopt;
    }
    const auto r = engine.breakdown(base, *q.field, MaxRows, 0, &error);
    if (!r)
        return QueryRunner::failed(engine, error);
    *interval = r->interval;
    *imports = r->imports;
    const bool source = q.field->dim == Dimension::Source && !q.field->isProp();
    for (const query::BreakdownRow &row : r->rows) {
        QString shown = row.value;
        if (shown.isEmpty())
            shown = source ? QStringLiteral("Direct / None") : QStringLiteral("(none)");
        rows->append({QJsonArray {shown}, row.metrics, r->hasVisitMetrics, 0, 0, QString()});
    }
    return std::nullopt;
}

namespace {

QJsonValue metricValue(const QString &name, const Metrics &m, bool visitMetrics, double conversion,
                       double percentage)
{
    if (name == u"visitors")
        return m.visitors;
    if (name == u"visits")
        return m.visits;
    if (name == u"pageviews")
        return m.pageviews;
    if (name == u"events")
        return m.pageviews + m.events; // Plausible counts pageviews as events
    if (name == u"conversion_rate")
        return conversion;
    if (name == u"percentage")
        return percentage;
    // Bounce rate, duration and views per visit belong to visits: null for event rows.
    if (!visitMetrics)
        return QJsonValue();
    if (name == u"views_per_visit")
        return rounded(m.viewsPerVisit(), 2);
    if (name == u"bounce_rate")
        return double(std::llround(m.bounceRate()));
    if (name == u"visit_duration")
        return double(std::llround(m.avgDuration()));
    return QJsonValue();
}

} // namespace

PlainResponse PlausibleV2Api::answer(query::QueryEngine &engine, const query::Site &site,
                                     const PlausibleV2Query &q, const QJsonObject &body)
{
    query::Query base;
    base.siteId = site.id;
    base.period = q.period;
    base.filters = q.filters;
    base.imports = q.imports;
    QList<Row> rows;
    QStringList labels;
    query::Interval interval;
    query::ImportsUse imports;
    if (auto failed = collect(engine, base, q, &rows, &labels, &interval, &imports))
        return std::move(*failed);

    query::QueryError error;
    if (q.hasMetric("percentage")) {
        query::Query all = base;
        const auto total = engine.aggregate(all, &error);
        if (!total)
            return QueryRunner::failed(engine, error);
        for (Row &row : rows)
            row.percentage = percent(row.metrics.visitors, total->current.visitors);
    }
    if (q.hasMetric("conversion_rate") && !q.goalDimension) {
        // The same question without the goal filter: the visitors each row converts from.
        query::Query all = base;
        all.filters = withoutGoalFilters(base.filters);
        QList<Row> allRows;
        QStringList ignored;
        query::Interval iv;
        query::ImportsUse allImports;
        if (auto failed = collect(engine, all, q, &allRows, &ignored, &iv, &allImports))
            return std::move(*failed);
        QHash<QString, qint64> denominators;
        for (const Row &row : std::as_const(allRows))
            denominators.insert(key(row.dimensions), row.metrics.visitors);
        for (Row &row : rows)
            row.conversionRate
                = percent(row.metrics.visitors, denominators.value(key(row.dimensions)));
    }

    // Order: as asked, else time ascending, else the first metric descending (Plausible's
    // defaults); the engine's order (visitors, then value) breaks ties.
    QList<PlausibleV2Query::Order> order = q.orderBy;
    if (order.isEmpty()) {
        if (q.time != Time::None)
            order.append({q.dimensions.first(), false});
        else
            order.append({q.metrics.first(), true});
    }
    auto value = [&q](const Row &row, const QString &k) -> QJsonValue {
        const qsizetype d = q.dimensions.indexOf(k);
        if (d >= 0)
            return row.dimensions.at(d);
        return metricValue(k, row.metrics, row.visitMetrics, row.conversionRate, row.percentage);
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        for (const auto &o : order) {
            const QJsonValue va = value(a, o.key), vb = value(b, o.key);
            if (va == vb)
                continue;
            const bool less
                = va.isString() ? va.toString() < vb.toString() : va.toDouble(-1) < vb.toDouble(-1);
            return o.descending ? !less : less;
        }
        return false;
    });

    const qsizetype total = rows.size();
    QJsonArray results;
    for (qsizetype i = q.offset; i < total && i < qsizetype(q.offset) + q.limit; ++i) {
        const Row &row = rows.at(i);
        QJsonArray metrics;
        for (const QString &m : q.metrics)
            metrics.append(
                metricValue(m, row.metrics, row.visitMetrics, row.conversionRate, row.percentage));
        results.append(QJsonObject {{QStringLiteral("dimensions"), row.dimensions},
                                    {QStringLiteral("metrics"), metrics}});
    }

    QJsonObject meta;
    if (q.imports) {
        meta.insert(QStringLiteral("imports_included"), imports.included());
        if (!imports.included())
            meta.insert(QStringLiteral("imports_skip_reason"), imports.skipReason());
    }
    if (q.timeLabels)
        meta.insert(QStringLiteral("time_labels"), QJsonArray::fromStringList(labels));
    if (q.totalRows)
        meta.insert(QStringLiteral("total_rows"), total);

    QJsonArray orderJson;
    for (const auto &o : std::as_const(order))
        orderJson.append(
            QJsonArray {o.key, o.descending ? QStringLiteral("desc") : QStringLiteral("asc")});
    QJsonObject echo {
        {QStringLiteral("site_id"), body.value(QLatin1String("site_id"))},
        {QStringLiteral("metrics"), QJsonArray::fromStringList(q.metrics)},
        {QStringLiteral("date_range"),
         QJsonArray {isoInstant(interval.fromSecs, site.timeZone),
                     isoInstant(interval.toSecs - 1, site.timeZone)}},
        {QStringLiteral("filters"), q.filtersJson},
        {QStringLiteral("dimensions"), QJsonArray::fromStringList(q.dimensions)},
        {QStringLiteral("order_by"), orderJson},
        {QStringLiteral("include"),
         QJsonObject {{QStringLiteral("imports"), q.imports},
                      {QStringLiteral("time_labels"), q.timeLabels},
                      {QStringLiteral("total_rows"), q.totalRows}}},
        {QStringLiteral("pagination"),
         QJsonObject {{QStringLiteral("limit"), q.limit}, {QStringLiteral("offset"), q.offset}}},
    };
    return ApiReply::json(QJsonObject {{QStringLiteral("results"), results},
                                       {QStringLiteral("meta"), meta},
                                       {QStringLiteral("query"), echo}});
}

} // namespace raycstr

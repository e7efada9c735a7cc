#include "api/plausiblev2query.h"

#include "api/filtersyntax.h"

#include <QJsonArray>

#include <cmath>

namespace raycstr {

using query::Filter;

namespace {

constexpr int MaxLimit = 10000;

// Supported first; the rest are Plausible metrics RayCstr has no data for.
const char *const supportedMetrics[]
    = {"visitors",       "visits", "pageviews",  "views_per_visit", "bounce_rate",
       "visit_duration", "events", "percentage", "conversion_rate"};
const char *const unsupportedMetrics[]
    = {"time_on_page",    "scroll_depth",  "group_conversion_rate",
       "average_revenue", "total_revenue", "exit_rate"};

const char *const supportedDimensions[]
    = {"event:page",       "event:hostname",   "event:name",         "event:goal",
       "visit:entry_page", "visit:exit_page",  "visit:source",       "visit:referrer",
       "visit:utm_source", "visit:utm_medium", "visit:utm_campaign", "visit:utm_content",
       "visit:utm_term",   "visit:device",     "visit:browser",      "visit:browser_version",
       "visit:os",         "visit:os_version", "visit:country",      "visit:entry_page_hostname"};
// Plausible's, but RayCstr does not record them (no city/region lookup, no channels).
const char *const unrecordedDimensions[]
    = {"visit:channel",           "visit:region",      "visit:city",
       "visit:country_name",      "visit:region_name", "visit:city_name",
       "visit:exit_page_hostname"};

template<size_t N> bool listed(const char *const (&list)[N], const QString &name)
{
    for (const char *item : list)
        if (name == QLatin1String(item))
            return true;
    return false;
}

bool isEventOrVisit(const QString &name)
{
    return name.startsWith(QLatin1String("event:")) || name.startsWith(QLatin1String("visit:"));
}

std::optional<PlausibleV2Query::Time> parseTime(const QString &name)
{
    using T = PlausibleV2Query::Time;
    if (name == QLatin1String("time"))
        return T::Auto;
    if (name == QLatin1String("time:hour"))
        return T::Hour;
    if (name == QLatin1String("time:day"))
        return T::Day;
    if (name == QLatin1String("time:week"))
        return T::Week;
    if (name == QLatin1String("time:month"))
        return T::Month;
    return std::nullopt;
}

// A dimension name of a filter or breakdown: known to Plausible, then recorded by RayCstr.
bool checkDimension(const QString &name, const QString &invalid, QString *error)
{
    if (name.startsWith(QLatin1String("event:props:"))) {
        if (name.size() > 12)
            return true;
        *error = invalid;
        return false;
    }
    if (listed(supportedDimensions, name))
        return true;
    if (listed(unrecordedDimensions, name)) {
        *error = QStringLiteral("RayCstr does not record %1; it cannot be queried.").arg(name);
        return false;
    }
    *error = invalid;
    return false;
}

std::optional<query::Field> fieldOf(const QString &name, QString *error)
{
    if (name == QLatin1String("event:goal"))
        return query::Field::parse(QStringLiteral("goal"), error);
    return query::Field::parse(name, error);
}

std::optional<QDate> isoDate(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return std::nullopt;
    return d;
}

query::Period custom(QDate from, QDate to)
{
    query::Period p;
    p.kind = query::Period::Kind::Custom;
    p.from = from;
    p.to = to;
    return p;
}

// Plausible's date ranges (query_parser.ex parse_time_range): "Nd" and "Nmo" end before
// today; day/month/year contain the reference date; "all" is bounded by the years the
// engine supports.
std::optional<query::Period> parseDateRange(const QJsonValue &v, QDate date, QString *error)
{
    const QString invalid
        = QStringLiteral("Invalid date_range %1").arg(PlausibleV2Query::inspect(v));
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        const auto from = a.size() == 2 ? isoDate(a.at(0).toString()) : std::nullopt;
        const auto to = a.size() == 2 ? isoDate(a.at(1).toString()) : std::nullopt;
        if (from && to && *from <= *to)
            return custom(*from, *to);
        if (a.size() == 2 && a.at(0).isString() && a.at(1).isString()) {
            *error = QStringLiteral("Invalid date_range '%1'. RayCstr answers whole days: "
                                    "give two dates as YYYY-MM-DD, the first not after the "
                                    "second.")
                         .arg(PlausibleV2Query::inspect(v));
            return std::nullopt;
        }
        *error = invalid;
        return std::nullopt;
    }
    const QString s = v.toString();
    if (s == QLatin1String("day"))
        return custom(date, date);
    if (s == QLatin1String("month"))
        return custom(QDate(date.year(), date.month(), 1),
                      QDate(date.year(), date.month(), date.daysInMonth()));
    if (s == QLatin1String("year"))
        return custom(QDate(date.year(), 1, 1), QDate(date.year(), 12, 31));
    if (s == QLatin1String("all"))
        return custom(std::max(QDate(2019, 1, 1), date.addYears(-10).addDays(1)), date);
    if (s == QLatin1String("realtime") || s == QLatin1String("30m")) {
        *error = QStringLiteral("Invalid date_range \"%1\": RayCstr answers whole days; use "
                                "GET /api/v1/stats/realtime/visitors for the last minutes.")
                     .arg(s);
        return std::nullopt;
    }
    bool ok = false;
    if (s.endsWith(QLatin1String("mo"))) {
        const int n = s.chopped(2).toInt(&ok);
        if (ok && n > 0 && n <= 100) {
            const QDate lastMonth = date.addMonths(-1);
            const QDate first = date.addMonths(-n);
            return custom(QDate(first.year(), first.month(), 1),
                          QDate(lastMonth.year(), lastMonth.month(), lastMonth.daysInMonth()));
        }
    } else if (s.endsWith(QLatin1Char('d'))) {
        const int n = s.chopped(1).toInt(&ok);
        if (ok && n > 0 && n <= 5000)
            return custom(date.addDays(-n), date.addDays(-1));
    }
    *error = invalid;
    return std::nullopt;
}

struct FilterParser
{
    QString *error;

    bool invalid(const QJsonValue &f)
    {
        *error = QStringLiteral("Invalid filter '%1'.").arg(PlausibleV2Query::inspect(f));
        return false;
    }

    // One leaf [op, dimension, clauses, modifiers?] into `out`; `negate` from an
    // enclosing "not".
    bool leaf(const QJsonArray &f, bool negate, QList<Filter> *out)
    {
        const QString op = f.at(0).toString();
        const QString dim = f.at(1).toString();
        if (f.size() < 3 || f.size() > 4 || !f.at(1).isString() || !f.at(2).isArray())
            return invalid(f);
        if (!checkDimension(
                dim, QStringLiteral("Invalid filter '%1'.").arg(PlausibleV2Query::inspect(f)),
                error))
            return false;
        Filter filter;
        const QJsonArray clauses = f.at(2).toArray();
        for (const QJsonValue &c : clauses) {
            if (!c.isString())
                return invalid(f);
            // Plausible's names for the empty value, as its breakdowns show it.
            const QString v = c.toString();
            const bool none
                = v == u"(none)" || (dim == QLatin1String("visit:source") && v == u"Direct / None");
            filter.values.append(none ? QString() : v);
        }
        if (filter.values.isEmpty() || filter.values.size() > FilterSyntax::MaxValues)
            return invalid(f);
        if (dim == QLatin1String("visit:country") && (op == u"is" || op == u"is_not")) {
            for (const QString &c : std::as_const(filter.values))
                if (c.size() != 2) {
                    *error = QStringLiteral("Invalid visit:country filter, visit:country needs "
                                            "to be a valid 2-letter country code.");
                    return false;
                }
        }
        // Modifiers: RayCstr compares "is" exactly and "contains" ignoring case; a modifier
        // asking for the other is refused rather than ignored.
        if (f.size() == 4) {
            if (!f.at(3).isObject())
                return invalid(f);
            const QJsonObject m = f.at(3).toObject();
            for (auto it = m.begin(); it != m.end(); ++it)
                if (it.key() != QLatin1String("case_sensitive") || !it.value().isBool())
                    return invalid(f);
            if (m.contains(QLatin1String("case_sensitive"))) {
                const bool sensitive = m.value(QLatin1String("case_sensitive")).toBool();
                const bool isContains = op.startsWith(QLatin1String("contains"));
                if (sensitive == isContains) {
                    *error = QStringLiteral("RayCstr compares %1 %2; case_sensitive: %3 "
                                            "cannot be honoured.")
                                 .arg(op,
                                      isContains ? QStringLiteral("ignoring case")
                                                 : QStringLiteral("exactly"),
                                      sensitive ? QStringLiteral("true") : QStringLiteral("false"));
                    return false;
                }
            }
        }
        using Op = Filter::Op;
        struct OpName
        {
            const char *name;
            Op op;
            Op negated;
        };
        static const OpName ops[] = {{"is", Op::Is, Op::IsNot},
                                     {"is_not", Op::IsNot, Op::Is},
                                     {"contains", Op::Contains, Op::NotContains},
                                     {"contains_not", Op::NotContains, Op::Contains},
                                     {"matches_wildcard", Op::Matches, Op::NotMatches},
                                     {"matches_wildcard_not", Op::NotMatches, Op::Matches}};
        bool found = false;
        for (const OpName &o : ops) {
            if (op == QLatin1String(o.name)) {
                filter.op = negate ? o.negated : o.op;
                found = true;
            }
        }
        if (!found) {
            *error = QStringLiteral("RayCstr does not support the %1 operator (regular "
                                    "expressions); use matches_wildcard.")
                         .arg(op);
            return false;
        }
        QString why;
        const auto field = fieldOf(dim, &why);
        if (!field)
            return invalid(f);
        filter.field = *field;
        out->append(filter);
        return true;
    }

    // Filters AND-ed into `out`. An "or" is answerable when its branches are leaves of one
    // dimension and one positive operator (their values OR together); "not" negates a
    // leaf, or an "or" by De Morgan.
    bool parse(const QJsonValue &v, bool negate, QList<Filter> *out, int depth)
    {
        if (!v.isArray() || v.toArray().isEmpty() || depth > 8)
            return invalid(v);
        const QJsonArray f = v.toArray();
        const QString op = f.at(0).toString();
        if (op == QLatin1String("and") || op == QLatin1String("or")) {
            if (f.size() != 2 || !f.at(1).isArray() || f.at(1).toArray().isEmpty())
                return invalid(f);
            const bool conjunction = (op == QLatin1String("and")) != negate;
            QList<Filter> parts;
            for (const QJsonValue &child : f.at(1).toArray())
                if (!parse(child, negate, &parts, depth + 1))
                    return false;
            if (conjunction) {
                out->append(parts);
                return true;
            }
            Filter merged = parts.first();
            for (const Filter &p : std::as_const(parts).mid(1)) {
                if (!(p.field == merged.field) || p.op != merged.op
                    || !(p.op == Filter::Op::Is || p.op == Filter::Op::Contains
                         || p.op == Filter::Op::Matches)) {
                    *error = QStringLiteral("RayCstr answers an \"or\" only between filters "
                                            "of one dimension with the same positive operator: "
                                            "'%1'.")
                                 .arg(PlausibleV2Query::inspect(v));
                    return false;
                }
                merged.values.append(p.values);
            }
            out->append(merged);
            return true;
        }
        if (op == QLatin1String("not")) {
            if (f.size() != 2)
                return invalid(f);
            return parse(f.at(1), !negate, out, depth + 1);
        }
        if (op == QLatin1String("has_done") || op == QLatin1String("has_not_done")) {
            *error = QStringLiteral("RayCstr does not support the %1 operator.").arg(op);
            return false;
        }
        static const char *const leaves[]
            = {"is",       "is_not",       "matches",          "matches_not",
               "contains", "contains_not", "matches_wildcard", "matches_wildcard_not"};
        if (!listed(leaves, op)) {
            *error = QStringLiteral("Unknown operator for filter '%1'.")
                         .arg(PlausibleV2Query::inspect(v));
            return false;
        }
        return leaf(f, negate, out);
    }
};

} // namespace

bool PlausibleV2Query::hasGoalFilter() const
{
    return std::any_of(filters.cbegin(), filters.cend(),
                       [](const Filter &f) { return f.field.goal; });
}

QStringList PlausibleV2Query::metricNames()
{
    QStringList out;
    for (const char *m : supportedMetrics)
        out.append(QString::fromLatin1(m));
    return out;
}

QStringList PlausibleV2Query::dimensionNames()
{
    QStringList out {QStringLiteral("time"), QStringLiteral("time:hour"),
                     QStringLiteral("time:day"), QStringLiteral("time:week"),
                     QStringLiteral("time:month")};
    for (const char *d : supportedDimensions)
        out.append(QString::fromLatin1(d));
    out.append(QStringLiteral("event:props:<name>"));
    return out;
}

QString PlausibleV2Query::inspect(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: {
        QString s = v.toString().left(200);
        s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        s.replace(QLatin1Char('"'), QLatin1String("\\\""));
        return u'"' + s + u'"';
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts.append(inspect(e));
        return u'[' + parts.join(QLatin1String(", ")) + u']';
    }
    case QJsonValue::Object: {
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts.append(inspect(it.key()) + QLatin1String(" => ") + inspect(it.value()));
        return QLatin1String("%{") + parts.join(QLatin1String(", ")) + u'}';
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // An integral number prints as the integer the client wrote, however large (Elixir's
        // integers have no bound; a cast to qint64 would overflow beyond 2^63).
        const double d = v.toDouble();
        if (d == 0)
            return QStringLiteral("0");
        return std::isfinite(d) && d == std::trunc(d) ? QString::number(d, 'f', 0)
                                                      : QString::number(d);
    }
    default:
        return QStringLiteral("nil");
    }
}

std::optional<PlausibleV2Query> PlausibleV2Query::parse(const QJsonObject &body, QDate today,
                                                        QString *error)
{
    static const QStringList keys
        = {QStringLiteral("site_id"),  QStringLiteral("metrics"), QStringLiteral("date_range"),
           QStringLiteral("date"),     QStringLiteral("filters"), QStringLiteral("dimensions"),
           QStringLiteral("order_by"), QStringLiteral("include"), QStringLiteral("pagination")};
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!keys.contains(it.key())) {
            *error = QStringLiteral("#: Unknown field \"%1\".").arg(it.key().left(60));
            return std::nullopt;
        }
    PlausibleV2Query q;
    const QJsonArray metrics = body.value(QLatin1String("metrics")).toArray();
    if (metrics.isEmpty()) {
        *error = QStringLiteral("No valid metrics passed");
        return std::nullopt;
    }
    for (const QJsonValue &m : metrics) {
        const QString name = m.toString();
        if (listed(unsupportedMetrics, name)) {
            *error = QStringLiteral("Metric `%1` is not supported by RayCstr.").arg(name);
            return std::nullopt;
        }
        if (!m.isString() || !listed(supportedMetrics, name)) {
            *error = QStringLiteral("Unknown metric '%1'.").arg(inspect(m));
            return std::nullopt;
        }
        if (q.metrics.contains(name)) {
            *error = QStringLiteral("Metrics cannot be queried multiple times.");
            return std::nullopt;
        }
        q.metrics.append(name);
    }

    QDate date = today;
    if (body.contains(QLatin1String("date"))) {
        const auto d = isoDate(body.value(QLatin1String("date")).toString());
        if (!d) {
            *error = QStringLiteral("Invalid date '%1'.")
                         .arg(body.value(QLatin1String("date")).toString().left(40));
            return std::nullopt;
        }
        date = *d;
    }
    if (!body.contains(QLatin1String("date_range"))) {
        *error = QStringLiteral("#: Required property date_range was not present.");
        return std::nullopt;
    }
    const auto period = parseDateRange(body.value(QLatin1String("date_range")), date, error);
    if (!period)
        return std::nullopt;
    q.period = *period;
    if (q.period.from.year() < 2019 || q.period.to.year() > 2053) {
        *error = QStringLiteral("Invalid date_range %1: RayCstr keeps data from 2019 to 2053.")
                     .arg(inspect(body.value(QLatin1String("date_range"))));
        return std::nullopt;
    }

    const QJsonValue dims = body.value(QLatin1String("dimensions"));
    if (!dims.isUndefined() && !dims.isArray()) {
        *error = QStringLiteral("Invalid dimensions '%1'").arg(inspect(dims));
        return std::nullopt;
    }
    for (const QJsonValue &d : dims.toArray()) {
        const QString name = d.toString();
        const QString invalid = QStringLiteral("Invalid dimensions '%1'").arg(inspect(dims));
        if (q.dimensions.contains(name)) {
            *error = QStringLiteral("Some dimensions are listed multiple times");
            return std::nullopt;
        }
        q.dimensions.append(name);
        if (const auto t = parseTime(name)) {
            if (q.time != Time::None) {
                *error = QStringLiteral("Only one time dimension can be queried at a time.");
                return std::nullopt;
            }
            q.time = *t;
            continue;
        }
        if (name == QLatin1String("time:minute")) {
            *error = QStringLiteral("RayCstr's smallest time bucket is time:hour.");
            return std::nullopt;
        }
        if (!d.isString() || !isEventOrVisit(name) || !checkDimension(name, invalid, error)) {
            if (!isEventOrVisit(name))
                *error = invalid;
            return std::nullopt;
        }
        if (q.field || q.goalDimension) {
            *error = QStringLiteral("RayCstr answers one event: or visit: dimension per "
                                    "query (with or without a time dimension), not %1 and %2.")
                         .arg(q.dimensions.first(), name);
            return std::nullopt;
        }
        if (name == QLatin1String("event:goal")) {
            q.goalDimension = true;
            continue;
        }
        const auto field = fieldOf(name, error);
        if (!field)
            return std::nullopt;
        q.field = *field;
    }
    if (q.time != Time::None && (q.field || q.goalDimension)) {
        *error = QStringLiteral("RayCstr answers a time dimension or an event:/visit: "
                                "dimension, not both in one query.");
        return std::nullopt;
    }

    const QJsonValue filters = body.value(QLatin1String("filters"));
    if (!filters.isUndefined()) {
        if (!filters.isArray()) {
            *error = QStringLiteral("Invalid filters passed.");
            return std::nullopt;
        }
        FilterParser parser {error};
        for (const QJsonValue &f : filters.toArray())
            if (!parser.parse(f, false, &q.filters, 0))
                return std::nullopt;
        if (q.filters.size() > FilterSyntax::MaxFilters) {
            *error
                = QStringLiteral("At most %1 filters may be given.").arg(FilterSyntax::MaxFilters);
            return std::nullopt;
        }
        q.filtersJson = filters.toArray();
    }

    const QJsonValue order = body.value(QLatin1String("order_by"));
    if (!order.isUndefined()) {
        if (!order.isArray()) {
            *error = QStringLiteral("Invalid order_by '%1'.").arg(inspect(order));
            return std::nullopt;
        }
        for (const QJsonValue &e : order.toArray()) {
            const QJsonArray pair = e.toArray();
            const QString key = pair.at(0).toString();
            const QString dir = pair.at(1).toString();
            if (pair.size() != 2 || (dir != u"asc" && dir != u"desc")) {
                *error = QStringLiteral("Invalid order_by entry '%1'.").arg(inspect(e));
                return std::nullopt;
            }
            if (!q.metrics.contains(key) && !q.dimensions.contains(key)) {
                *error = QStringLiteral("Invalid order_by entry '%1'. Entry is not a queried "
                                        "metric or dimension.")
                             .arg(inspect(e));
                return std::nullopt;
            }
            q.orderBy.append({key, dir == u"desc"});
        }
    }

    const QJsonValue include = body.value(QLatin1String("include"));
    if (!include.isUndefined()) {
        const QJsonObject o = include.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const bool known
                = it.key() == u"imports" || it.key() == u"time_labels" || it.key() == u"total_rows";
            if (!include.isObject() || !known || !it.value().isBool()) {
                *error = QStringLiteral("Invalid include '%1'.").arg(inspect(include));
                return std::nullopt;
            }
        }
        if (!include.isObject()) {
            *error = QStringLiteral("Invalid include '%1'.").arg(inspect(include));
            return std::nullopt;
        }
        q.imports = o.value(QLatin1String("imports")).toBool();
        q.timeLabels = o.value(QLatin1String("time_labels")).toBool();
        q.totalRows = o.value(QLatin1String("total_rows")).toBool();
        if (q.timeLabels && q.time == Time::None) {
            *error = QStringLiteral("Invalid include.time_labels: requires a time dimension.");
            return std::nullopt;
        }
        if (q.totalRows && q.dimensions.isEmpty()) {
            *error = QStringLiteral("Invalid include.total_rows: requires non-empty dimensions.");
            return std::nullopt;
        }
    }

    const QJsonValue pagination = body.value(QLatin1String("pagination"));
    if (!pagination.isUndefined()) {
        const QJsonObject o = pagination.toObject();
        const QJsonValue limit = o.value(QLatin1String("limit"));
        const QJsonValue offset = o.value(QLatin1String("offset"));
        const bool limitOk = limit.isUndefined()
            || (limit.isDouble() && limit.toInt(-1) >= 1 && limit.toInt() <= MaxLimit);
        const bool offsetOk = offset.isUndefined()
            || (offset.isDouble() && offset.toInt(-1) >= 0 && offset.toInt() <= 1000000);
        if (!pagination.isObject() || !limitOk || !offsetOk || o.size() > 2) {
            *error = QStringLiteral("#/pagination: Invalid pagination %1: limit is 1 to %2, "
                                    "offset 0 or more.")
                         .arg(inspect(pagination))
                         .arg(MaxLimit);
            return std::nullopt;
        }
        q.limit = limit.toInt(MaxLimit);
        q.offset = offset.toInt(0);
    }

    // Metric/dimension combinations Plausible refuses too.
    if (q.hasMetric("conversion_rate") && !q.goalDimension && !q.hasGoalFilter()) {
        *error = QStringLiteral("Metric `conversion_rate` can only be queried with event:goal "
                                "filters or dimensions.");
        return std::nullopt;
    }
    if (q.hasMetric("percentage") && q.dimensions.isEmpty()) {
        *error = QStringLiteral("Metric `percentage` can only be queried with dimensions.");
        return std::nullopt;
    }
    if (q.hasMetric("views_per_visit") && q.field && !isVisitDimension(q.field->dim)) {
        *error = QStringLiteral("Metric `views_per_visit` cannot be queried with event "
                                "dimensions.");
        return std::nullopt;
    }
    return q;
}

} // namespace raycstr

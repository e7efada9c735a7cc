#include "query/clickhousestats.h"

#include "core/vitals.h"
#include "query/clickhousesql.h"
#include "query/queryrules.h"
#include "store/clickhouseschema.h"
#include "store/clickhouseclient.h"
#include "store/rowbinary.h"

#include <limits>

namespace raycstr::query {

using namespace ClickHouseSql;
using namespace detail; // queryrules.h: which questions the rollups answer

namespace {

const QByteArray Activity = QByteArray::number(int(EventKind::Pageview)) + ", "
    + QByteArray::number(int(EventKind::Custom));

QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

// A visit began in the scope.
QByteArray visitIn(const Scope &scope)
{
    return "visit_start >= " + instant(scope.iv.fromSecs) + " AND visit_start < "
        + instant(scope.iv.toSecs);
}

} // namespace

ClickHouseStats::ClickHouseStats(const ClickHouseEndpoint &endpoint, const QString &password,
                                 bool forceRaw)
    : m_client(std::make_unique<ClickHouseClient>(endpoint, password))
    , m_forceRaw(forceRaw)
{ }

ClickHouseStats::~ClickHouseStats() = default;

void ClickHouseStats::setDeadline(std::chrono::steady_clock::time_point deadline)
{
    m_deadline = deadline;
    m_overBudget = false;
}

bool ClickHouseStats::lastErrorWasOverBudget() const
{
    return m_overBudget;
}

bool ClickHouseStats::select(const QByteArray &sql,
                             const std::function<bool(RowBinaryReader &)> &read,
                             QueryError *error)
{
    QByteArray text = sql;
    ClickHouseClient::Timeouts timeouts = m_client->timeouts();
    const ClickHouseClient::Timeouts saved = timeouts;
    if (m_deadline != std::chrono::steady_clock::time_point()) {
        // The budget holds on both sides: ClickHouse stops the query (max_execution_time,
        // whole seconds) and the client stops waiting.
        const qint64 leftMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                                  m_deadline - std::chrono::steady_clock::now())
                                  .count();
        if (leftMs <= 0) {
            m_overBudget = true;
            *error = {QueryError::Kind::Failed, QStringLiteral("the time budget ran out")};
            return false;
        }
        timeouts.requestMs = int(std::min<qint64>(leftMs, timeouts.requestMs));
        text += " SETTINGS max_execution_time = " + num(std::max<qint64>(1, (leftMs + 999) / 1000));
        m_client->setTimeouts(timeouts);
    }
    QByteArray rows;
    ClickHouseError e;
    const bool ok = m_client->select(text, &rows, &e);
    m_client->setTimeouts(saved);
    if (!ok) {
        // 159: TIMEOUT_EXCEEDED (max_execution_time).
        m_overBudget = e.kind == ClickHouseError::Kind::Timeout
            || (e.kind == ClickHouseError::Kind::Server && e.code == 159);
        *error = {QueryError::Kind::Failed, e.toString()};
        return false;
    }
    RowBinaryReader reader(rows);
    while (!reader.atEnd()) {
        if (!read(reader) || !reader.ok()) {
            *error = {QueryError::Kind::Failed,
                      QStringLiteral("ClickHouse answered rows this RayCstr cannot read")};
            return false;
        }
    }
    return true;
}

std::optional<qint64> ClickHouseStats::count(const QByteArray &sql, QueryError *error)
{
    qint64 n = 0;
    if (!select(sql, [&](RowBinaryReader &r) { return n = qint64(r.uint64()), true; }, error))
        return std::nullopt;
    return n;
}

std::optional<QHash<QString, Metrics>>
ClickHouseStats::rollupSums(const Scope &scope, int dim, qint64 firstSlot, qint64 lastSlot,
                            const QString *value, const QByteArray &groupBy, QueryError *error)
{
    // Summed whatever SummingMergeTree has merged so far.
    QByteArray sql = "SELECT toString(" + groupBy
        + ") AS g, sum(visitors), sum(visits), sum(pageviews), sum(events), sum(bounces), "
          "sum(duration) FROM rollups WHERE site_id = "
        + num(scope.siteId) + " AND dim = " + num(dim) + " AND slot >= " + num(firstSlot)
        + " AND slot <= " + num(lastSlot);
    if (value)
        sql += " AND value = " + literal(*value);
    sql += " GROUP BY g";
    QHash<QString, Metrics> out;
    if (!select(sql,
                [&](RowBinaryReader &r) {
                    Metrics &m = out[r.string()];
                    m.visitors += r.int64();
                    m.visits += r.int64();
                    m.pageviews += r.int64();
                    m.events += r.int64();
                    m.bounces += r.int64();
                    m.duration += r.int64();
                    return true;
                },
                error))
        return std::nullopt;
    return out;
}

std::optional<QHash<QString, Metrics>>
ClickHouseStats::groups(const Scope &scope, const QByteArray &eventKey, const QByteArray &visitKey,
                        const QByteArray &condition, bool exit, bool visitMetrics,
                        QueryError *error)
{
    const Interval &iv = scope.iv;
    const QByteArray where = condition + " AND " + filterCondition(scope);
    QHash<QString, Metrics> out;
    if (!visitMetrics && !exit) {
        // One read for both halves (a page, hostname, event name or property: a visit counts
        // in every group one of its events passing the filters falls in): the events of
        // the range, and past its end by the margin for the visits that began in it.
        const EventSource all = ClickHouseSql::events(scope, Activity, iv.fromSecs,
                                                      iv.toSecs + marginSecs(), false);
        const QByteArray inRange = "ts < " + instant(iv.toSecs);
        const QByteArray sql = "SELECT toString(" + eventKey + ") AS g, uniqExactIf("
            + visitorDay() + ", " + inRange + "), countIf(kind = "
            + num(int(EventKind::Pageview)) + " AND " + inRange + "), countIf(kind = "
            + num(int(EventKind::Custom)) + " AND " + inRange
            + "), uniqExactIf(visitor, visit_start, " + visitIn(scope) + ") FROM " + all.from
            + " WHERE " + all.where + " AND " + where + " AND (" + inRange + " OR "
            + visitIn(scope) + ") GROUP BY g";
        if (!select(sql,
                    [&](RowBinaryReader &r) {
                        Metrics &m = out[r.string()];
                        m.visitors += qint64(r.uint64());
                        m.pageviews += qint64(r.uint64());
                        m.events += qint64(r.uint64());
                        m.visits += qint64(r.uint64());
                        return true;
                    },
                    error))
            return std::nullopt;
        return out;
    }
    // Events where they happened; visitors unique per (visitor, local day).
    const EventSource source
        = ClickHouseSql::events(scope, Activity, iv.fromSecs, iv.toSecs, exit);
    const QByteArray events = "SELECT toString(" + eventKey
        + ") AS g, uniqExact(" + visitorDay() + "), countIf(kind = "
        + num(int(EventKind::Pageview)) + "), countIf(kind = " + num(int(EventKind::Custom))
        + ") FROM " + source.from + " WHERE " + source.where + " AND " + where + " GROUP BY g";
    if (!select(events,
                [&](RowBinaryReader &r) {
                    Metrics &m = out[r.string()];
                    m.visitors += qint64(r.uint64());
                    m.pageviews += qint64(r.uint64());
                    m.events += qint64(r.uint64());
                    return true;
                },
                error))
        return std::nullopt;
    // Visits that began in the scope, in each group one of their events passing the filters
    // falls in; read past the end by the margin, so their later events count.
    const EventSource visitsOf = ClickHouseSql::events(scope, Activity, iv.fromSecs,
                                                       iv.toSecs + marginSecs(), exit);
    QByteArray visits;
    if (visitMetrics && !exit) {
        // One pass, no join: per visit of the scope, the groups its activity events passing
        // the filters fall in, and its bounce and duration from all its events' deltas; the
        // rows the join below reads, but each once (issue 16's benchmark: the join read the
        // range twice and built a hash table of every visit).
        visits = "SELECT g, count(), toInt64(sum(b > 0)), toInt64(sum(d)) FROM (SELECT "
                 "groupUniqArrayIf(toString("
            + visitKey + "), kind IN (" + Activity + ") AND " + where
            + ") AS gs, sum(bounce_delta) AS b, sum(duration_delta) AS d FROM events WHERE "
              "site_id = "
            + num(scope.siteId) + " AND ts >= " + instant(iv.fromSecs) + " AND ts < "
            + instant(iv.toSecs + marginSecs()) + " AND " + visitIn(scope)
            + " GROUP BY visitor, visit_start HAVING notEmpty(gs)) ARRAY JOIN gs AS g GROUP BY g";
    } else if (visitMetrics) {
        const QByteArray whole = "SELECT visitor, visit_start, sum(bounce_delta) AS b, "
                                 "sum(duration_delta) AS d FROM events WHERE site_id = "
            + num(scope.siteId) + " AND ts >= " + instant(iv.fromSecs) + " AND ts < "
            + instant(iv.toSecs + marginSecs()) + " AND " + visitIn(scope)
            + " GROUP BY visitor, visit_start";
        visits = "SELECT g, count(), toInt64(sum(b > 0)), toInt64(sum(d)) FROM (SELECT DISTINCT "
                 "toString("
            + visitKey + ") AS g, visitor, visit_start FROM " + visitsOf.from + " WHERE "
            + visitsOf.where + " AND " + visitIn(scope) + " AND " + where
            + ") ALL INNER JOIN (" + whole
            + ") USING (visitor, visit_start) GROUP BY g";
    } else {
        visits = "SELECT toString(" + visitKey
            + ") AS g, uniqExact(visitor, visit_start), toInt64(0), toInt64(0) FROM "
            + visitsOf.from + " WHERE " + visitsOf.where + " AND " + visitIn(scope) + " AND "
            + where + " GROUP BY g";
    }
    if (!select(visits,
                [&](RowBinaryReader &r) {
                    Metrics &m = out[r.string()];
                    m.visits += qint64(r.uint64());
                    m.bounces += r.int64();
                    m.duration += r.int64();
                    return true;
                },
                error))
        return std::nullopt;
    return out;
}

std::optional<Metrics> ClickHouseStats::totals(const Scope &scope, QueryError *error)
{
    if (useRollups(m_forceRaw, scope.iv, scope.filters)) {
        const auto [dim, value] = *rollupSlice(scope.filters);
        const auto sums
            = rollupSums(scope, int(dim), scope.iv.firstDay, scope.iv.lastDay, &value, "''", error);
        if (!sums)
            return std::nullopt;
        return sums->value(QString());
    }
    const auto all = groups(scope, "''", "''", "1", needsExit(nullptr, scope.filters), true, error);
    if (!all)
        return std::nullopt;
    return all->value(QString());
}

std::optional<QHash<qint64, Metrics>> ClickHouseStats::series(const Scope &scope, bool hourly,
                                                              QueryError *error)
{
    const Interval &iv = scope.iv;
    const bool hourlySums = hourly && useHourlyRollups(m_forceRaw, scope.filters);
    if (hourlySums || (!hourly && useRollups(m_forceRaw, iv, scope.filters))) {
        const auto [dim, value] = hourlySums ? std::pair {Dimension::Total, QString()}
                                             : *rollupSlice(scope.filters);
        const auto sums = hourlySums
            ? rollupSums(scope, ClickHouseSchema::RollupHourDim, iv.fromSecs, iv.toSecs - 1,
                         nullptr, "slot", error)
            : rollupSums(scope, int(dim), iv.firstDay, iv.lastDay, &value, "slot", error);
        if (!sums)
            return std::nullopt;
        QHash<qint64, Metrics> out;
        for (auto it = sums->cbegin(); it != sums->cend(); ++it) {
            const qint64 slot = it.key().toLongLong();
            out[hourlySums ? (slot - iv.fromSecs) / 3600 : slot] += it.value();
        }
        return out;
    }
    const QByteArray from = num(scope.iv.fromSecs);
    const QByteArray eventKey
        = hourly ? "intDiv(toInt64(toUInt32(ts)) - " + from + ", 3600)" : QByteArray("day");
    const QByteArray visitKey = hourly
        ? "intDiv(toInt64(toUInt32(visit_start)) - " + from + ", 3600)"
        : QByteArray("visit_day");
    const auto all = groups(scope, eventKey, visitKey, "1", needsExit(nullptr, scope.filters),
                            true, error);
    if (!all)
        return std::nullopt;
    QHash<qint64, Metrics> out;
    for (auto it = all->cbegin(); it != all->cend(); ++it)
        out.insert(it.key().toLongLong(), it.value());
    return out;
}

std::optional<Groups> ClickHouseStats::breakdown(const Scope &scope, const Field &by,
                                                 QueryError *error)
{
    if (useRollupBreakdown(m_forceRaw, scope.iv, scope.filters, by)) {
        const auto sums = rollupSums(scope, int(by.dim), scope.iv.firstDay, scope.iv.lastDay,
                                     nullptr, "value", error);
        if (!sums)
            return std::nullopt;
        return Groups::byText(*sums);
    }
    const QByteArray key = groupText(by);
    const bool visitDimension = !by.isProp() && isVisitDimension(by.dim);
    const auto all = groups(scope, key, key, groupCondition(by), needsExit(&by, scope.filters),
                            visitDimension, error);
    if (!all)
        return std::nullopt;
    return Groups::byText(*all);
}

std::optional<QHash<QString, Metrics>> ClickHouseStats::acquisitions(const Scope &scope,
                                                                     QueryError *error)
{
    // The seven values joined by U+001F, which no value holds.
    QByteArray key = "concat(";
    for (int d = int(Dimension::Source); d <= int(Dimension::UtmTerm); ++d)
        key += (d == int(Dimension::Source) ? "" : ", '\\x1F', ")
            + filterText(Field {Dimension(d), {}});
    key += ')';
    return groups(scope, key, key, "1", needsExit(nullptr, scope.filters), true, error);
}

std::optional<VitalHistograms> ClickHouseStats::vitals(const Scope &scope,
                                                       const QStringList &routes,
                                                       QueryError *error)
{
    const QStringList metrics = vitalMetrics();
    if (useVitalsRollups(m_forceRaw, scope.iv, scope.filters)) {
        // Rows "metric U+001F bucket U+001F page" (page '' for the whole site), samples in
        // `events`: the site's and the routes asked.
        QByteArray pages = "''";
        for (const QString &r : routes)
            pages += ", " + literal(r);
        const QByteArray sql = "SELECT value, sum(events) FROM rollups WHERE site_id = "
            + num(scope.siteId) + " AND dim = " + num(ClickHouseSchema::RollupVitalsDim)
            + " AND slot >= " + num(scope.iv.firstDay) + " AND slot <= "
            + num(scope.iv.lastDay) + " AND splitByChar('\\x1F', value)[3] IN (" + pages
            + ") GROUP BY value";
        VitalHistograms out;
        if (!select(sql,
                    [&](RowBinaryReader &r) {
                        const QStringList parts = r.string().split(QChar(0x1f));
                        const qint64 n = r.int64();
                        if (parts.size() == 3 && metrics.contains(parts[0]) && n != 0)
                            out[parts[0]][parts[2]][parts[1].toInt()] += n;
                        return true;
                    },
                    error))
            return std::nullopt;
        return out;
    }
    QByteArray names;
    for (const QString &m : metrics)
        names += (names.isEmpty() ? "" : ", ") + literal(m);
    // Samples by bucket (core/vitals.h), counted in the server: one row per (metric, route,
    // bucket) instead of one per distinct value (a month of a busy site has a million). The
    // bucket is 1 + floor(ln(x) / ln(Growth)) for x = value / unit >= 1; where ClickHouse's
    // logarithm might round to the other side of a bucket boundary from ours (the quotient
    // within 1e-6 of a whole number), the value comes back as it is (b = -1) and is
    // bucketed here, so both backends bucket exactly alike. `w`: a route asked for.
    QByteArray unit = "multiIf(";
    for (const QString &m : metrics)
        unit += "name = " + literal(m) + ", " + QByteArray::number(Vitals::unitOf(m), 'g', 17)
            + ", ";
    unit += "1)";
    const EventSource source = events(scope, num(int(EventKind::Vitals)), scope.iv.fromSecs,
                                      scope.iv.toSecs, needsExit(nullptr, scope.filters));
    QByteArray wanted;
    for (const QString &r : routes)
        wanted += (wanted.isEmpty() ? "" : ", ") + literal(r);
    const QByteArray sql = "SELECT name, w, if(w, path, '') AS p, b, v, count() FROM (SELECT "
                           "name, path, value, "
        + (wanted.isEmpty() ? QByteArray("0") : "path IN (" + wanted + ")") + " AS w, value / "
        + unit + " AS x, log(least(x, 1e9)) / log("
        + QByteArray::number(Vitals::Growth, 'g', 17)
        + ") AS l, x < 1 OR abs(l - round(l)) > 1e-6 AS sure, toInt32(if(sure, if(x < 1, 0, "
          "1 + floor(l)), -1)) AS b, toFloat64(if(sure, 0, value)) AS v FROM "
        + source.from + " WHERE " + source.where + " AND has_value = 1 AND name IN (" + names
        + ") AND " + filterCondition(scope) + ") GROUP BY name, w, p, b, v";
    VitalHistograms out;
    if (!select(sql,
                [&](RowBinaryReader &r) {
                    const QString name = r.string();
                    const bool asked = r.uint8() != 0;
                    const QString path = r.string();
                    int bucket = r.int32();
                    const double value = r.float64();
                    const qint64 n = qint64(r.uint64());
                    if (bucket < 0)
                        bucket = Vitals::bucketOf(value, Vitals::unitOf(name));
                    auto &byRoute = out[name];
                    byRoute[QString()][bucket] += n;
                    if (asked)
                        byRoute[path][bucket] += n;
                    return true;
                },
                error))
        return std::nullopt;
    return out;
}

std::optional<QList<GoalCount>> ClickHouseStats::goals(const Scope &scope,
                                                       const QList<Matcher> &goals,
                                                       QueryError *error)
{
    QList<GoalCount> out(goals.size());
    if (goals.isEmpty())
        return out;
    const EventSource source = events(scope, Activity, scope.iv.fromSecs, scope.iv.toSecs,
                                      needsExit(nullptr, scope.filters));
    const QByteArray from = source.from;
    const QByteArray where = source.where + " AND " + filterCondition(scope);
    QByteArray columns;
    for (const Matcher &m : goals) {
        const QByteArray c = matcherCondition(m);
        columns += QByteArray(columns.isEmpty() ? "" : ", ") + "countIf(" + c
            + "), uniqExactIf(" + visitorDay() + ", " + c + ')';
    }
    if (!select("SELECT " + columns + " FROM " + from + " WHERE " + where,
                [&](RowBinaryReader &r) {
                    for (GoalCount &g : out) {
                        g.total = qint64(r.uint64());
                        g.uniques = qint64(r.uint64());
                    }
                    return true;
                },
                error))
        return std::nullopt;
    // Revenue: the conversions' revenue_amount per revenue_currency (both props present).
    QByteArray sums;
    for (const Matcher &m : goals)
        sums += ", countIf(" + matcherCondition(m) + "), sumIf(amount, " + matcherCondition(m) + ')';
    const QByteArray revenue
        = "SELECT currency" + sums + " FROM (SELECT *, prop_values[indexOf(prop_keys, "
          "'revenue_currency')] AS currency, toFloat64OrZero(prop_values[indexOf(prop_keys, "
          "'revenue_amount')]) AS amount FROM "
        + from + " WHERE " + where + " AND kind = " + num(int(EventKind::Custom))
        + " AND has(prop_keys, 'revenue_amount') AND currency != '') GROUP BY currency";
    if (!select(revenue,
                [&](RowBinaryReader &r) {
                    const QString currency = r.string();
                    for (GoalCount &g : out) {
                        const quint64 conversions = r.uint64();
                        const double amount = r.float64();
                        // A goal lists the currencies of its own conversions only.
                        if (conversions)
                            g.revenue[currency] += amount;
                    }
                    return true;
                },
                error))
        return std::nullopt;
    return out;
}

std::optional<std::vector<qint64>> ClickHouseStats::funnel(const Scope &scope,
                                                           const QList<Matcher> &steps,
                                                           QueryError *error)
{
    const qsizetype n = steps.size();
    std::vector<qint64> out(size_t(n), 0);
    if (n == 0)
        return out;
    QByteArray mask = "(";
    for (qsizetype k = 0; k < n; ++k)
        mask += (k ? " + " : "") + ("if(" + matcherCondition(steps[k]) + ", " + num(1LL << k)
                                    + ", 0)");
    mask += ')';
    const bool exit = needsExit(nullptr, scope.filters);
    const EventSource visits = events(scope, Activity, scope.iv.fromSecs,
                                      scope.iv.toSecs + marginSecs(), exit);
    QByteArray qualifying;
    if (!scope.filters.isEmpty()) {
        // A visit takes part when one of its events passes every filter.
        qualifying = " AND (visitor, visit_start) IN (SELECT visitor, visit_start FROM "
            + visits.from + " WHERE " + visits.where + " AND " + visitIn(scope) + " AND "
            + filterCondition(scope) + ")";
    }
    // Per visit, its step events in order (ts, then the writer's sequence); then the
    // earliest match of each step after the previous step's: the greedy in-order matching
    // the SQLite backend runs (one event advances one step).
    const QByteArray never = "toUInt64(18446744073709551615)";
    QByteArray times;
    QByteArray progress;
    for (qsizetype k = 0; k < n; ++k) {
        const QByteArray after = k ? " AND tupleElement(x, 1) > t" + num(k - 1) : QByteArray();
        times += ", arrayReduce('min', arrayMap(x -> if(bitAnd(tupleElement(x, 2), " + num(1LL << k)
            + ") != 0" + after + ", tupleElement(x, 1), " + never + "), evs)) AS t" + num(k);
        progress += (k ? " + " : "") + ("(t" + num(k) + " != " + never + ")");
    }
    QByteArray reached;
    for (qsizetype k = 0; k < n; ++k)
        reached += (k ? ", " : "")
            + ("uniqExactIf(" + visitorDay("visit_day") + ", p >= " + num(k + 1) + ")");
    const QByteArray sql = "SELECT " + reached + " FROM (SELECT visitor, visit_day" + times
        + ", " + progress
        + " AS p FROM (SELECT visitor, visit_start, any(visit_day) AS visit_day, "
          "groupArray((toUInt64(ts) * 4294967296 + seq, toUInt64("
        + mask + "))) AS evs FROM " + visits.from + " WHERE " + visits.where + " AND "
        + visitIn(scope) + " AND " + mask
        + " != 0" + qualifying + " GROUP BY visitor, visit_start))";
    if (!select(sql,
                [&](RowBinaryReader &r) {
                    for (qint64 &v : out)
                        v = qint64(r.uint64());
                    return true;
                },
                error))
        return std::nullopt;
    return out;
}

std::optional<QHash<QString, PropertyKeyRow>> ClickHouseStats::propertyKeys(const Scope &scope,
                                                                            QueryError *error)
{
    const QByteArray sql = "SELECT key, count(), uniqExact(" + visitorDay() + ") FROM "
        + events(scope, num(int(EventKind::Custom)), scope.iv.fromSecs, scope.iv.toSecs,
                 needsExit(nullptr, scope.filters))
              .subquery()
        + " ARRAY JOIN prop_keys AS key WHERE " + filterCondition(scope) + " GROUP BY key";
    QHash<QString, PropertyKeyRow> out;
    if (!select(sql,
                [&](RowBinaryReader &r) {
                    PropertyKeyRow &row = out[r.string()];
                    row.events = qint64(r.uint64());
                    row.visitors = qint64(r.uint64());
                    return true;
                },
                error))
        return std::nullopt;
    return out;
}

std::optional<qint64> ClickHouseStats::recentVisitors(qint32 siteId, qint64 fromSecs,
                                                      qint64 toSecs, QueryError *error)
{
    return count("SELECT uniqExact(visitor) FROM events WHERE site_id = " + num(siteId)
                     + " AND ts >= " + instant(fromSecs) + " AND ts < " + instant(toSecs)
                     + " AND kind IN (" + Activity + ", " + num(int(EventKind::Engagement)) + ")",
                 error);
}

std::optional<QList<qint64>> ClickHouseStats::pageviewsPerMinute(qint32 siteId,
                                                                 qint64 firstMinute, int minutes,
                                                                 QueryError *error)
{
    QList<qint64> perMinute(std::max(minutes, 0), 0);
    const QByteArray sql = "SELECT toInt64(intDiv(toUInt32(ts), 60)) AS m, count() FROM events "
                           "WHERE site_id = "
        + num(siteId) + " AND ts >= " + instant(firstMinute * 60) + " AND ts < "
        + instant((firstMinute + minutes) * 60) + " AND kind = " + num(int(EventKind::Pageview))
        + " GROUP BY m";
    if (!select(sql,
                [&](RowBinaryReader &r) {
                    const qint64 i = r.int64() - firstMinute;
                    const qint64 n = qint64(r.uint64());
                    if (i >= 0 && i < minutes)
                        perMinute[i] = n;
                    return true;
                },
                error))
        return std::nullopt;
    return perMinute;
}

std::optional<qint64> ClickHouseStats::activityCount(qint32 siteId, qint64 fromSecs,
                                                     qint64 toSecs, QueryError *error)
{
    return count("SELECT count() FROM events WHERE site_id = " + num(siteId) + " AND ts >= "
                     + instant(fromSecs) + " AND ts < " + instant(toSecs) + " AND kind IN ("
                     + Activity + ")",
                 error);
}

std::optional<qint64> ClickHouseStats::lastPageview(qint32 siteId, QueryError *error)
{
    // The newest day first, then the month, then everything: while pageviews come, the
    // answer is in the last partition's last granules.
    const QByteArray base = "SELECT toUInt64(toUInt32(max(ts))), count() FROM events WHERE "
                            "site_id = "
        + num(siteId) + " AND kind = " + num(int(EventKind::Pageview));
    for (const QByteArray &window : {QByteArray(" AND ts >= now() - 86400"),
                                     QByteArray(" AND ts >= now() - 86400 * 31"), QByteArray()}) {
        qint64 last = 0, found = 0;
        if (!select(base + window,
                    [&](RowBinaryReader &r) {
                        last = qint64(r.uint64());
                        found = qint64(r.uint64());
                        return true;
                    },
                    error))
            return std::nullopt;
        if (found)
            return last;
    }
    return qint64(0);
}

std::optional<qint64> ClickHouseStats::goalConversions(qint32 siteId, const QTimeZone &,
                                                       const Matcher &goal, qint64 fromSecs,
                                                       qint64 toSecs, QueryError *error)
{
    return count("SELECT count() FROM events WHERE site_id = " + num(siteId) + " AND ts >= "
                     + instant(fromSecs) + " AND ts < " + instant(toSecs) + " AND kind IN ("
                     + Activity + ") AND " + matcherCondition(goal),
                 error);
}

std::optional<QList<DroppedRow>> ClickHouseStats::dropped(qint32 siteId, qint64 firstDay,
                                                          qint64 lastDay, QueryError *error)
{
    QList<DroppedRow> rows;
    if (!select("SELECT reason, toInt64(sum(count)) AS n FROM dropped WHERE site_id = "
                    + num(siteId) + " AND day >= " + num(firstDay) + " AND day <= " + num(lastDay)
                    + " GROUP BY reason ORDER BY n DESC, reason",
                [&](RowBinaryReader &r) {
                    DroppedRow row;
                    row.reason = r.string();
                    row.hits = r.int64();
                    rows.append(row);
                    return true;
                },
                error))
        return std::nullopt;
    return rows;
}

} // namespace raycstr::query

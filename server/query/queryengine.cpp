#include "query/queryengine.h"

#include "core/clock.h"
#include "core/sitetime.h"
#include "core/vitals.h"
#include "query/catalog.h"
#include "query/fieldvalues.h"
#include "query/rawscan.h"
#include "query/rollupreader.h"
#include "store/database.h"
#include "store/eventkey.h"
#include "store/sqlitedb.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace raycstr::query {

namespace {

const QDate DayZero(1970, 1, 1);

qint64 dayNumber(QDate d)
{
    return DayZero.daysTo(d);
}

QDate dateOf(qint64 day)
{
    return DayZero.addDays(day);
}

// The one rollup-answerable filter shape: "visit dimension is exactly this value".
std::optional<std::pair<Dimension, QString>> rollupSlice(const QList<Filter> &filters)
{
    if (filters.isEmpty())
        return std::pair {Dimension::Total, QString()};
    if (filters.size() != 1)
        return std::nullopt;
    const Filter &f = filters.first();
    if (f.op != Filter::Op::Is || f.values.size() != 1 || f.field.isProp()
        || f.field.dim == Dimension::Total || !isVisitDimension(f.field.dim))
        return std::nullopt;
    return std::pair {f.field.dim, f.values.first()};
}

// Which metrics a breakdown field reports; the rest are zeroed so both paths agree.
Metrics keepAvailable(const Field &field, const Metrics &m)
{
    if (!field.isProp() && isVisitDimension(field.dim))
        return m;
    Metrics out;
    if (field.isProp() || field.dim == Dimension::EventName) {
        out.visitors = m.visitors;
        out.events = m.events;
    } else if (field.dim == Dimension::Page) {
        out.visitors = m.visitors;
        out.visits = m.visits;
        out.pageviews = m.pageviews;
    } else if (field.dim == Dimension::ExitPage) {
        out.visits = m.visits;
    } else if (field.dim == Dimension::Hostname) {
        out.visitors = m.visitors;
        out.pageviews = m.pageviews;
        out.events = m.events;
    }
    return out;
}

bool isZero(const Metrics &m)
{
    return m == Metrics {};
}

// Raw-path counting: events add to their group; a visit adds once to each group it
// belongs to; visitors are unique per (group, local day).
struct Accumulator
{
    struct VisitorKey
    {
        qint64 group;
        qint32 day;
        quint64 visitor;
        bool operator==(const VisitorKey &) const = default;
    };
    struct VisitorKeyHash
    {
        size_t operator()(const VisitorKey &k) const noexcept
        {
            return qHashMulti(0, k.group, k.day, k.visitor);
        }
    };
    struct VisitKeyHash
    {
        size_t operator()(const std::pair<qint64, qint32> &k) const noexcept
        {
            return qHashMulti(0, k.first, k.second);
        }
    };
    QHash<qint64, Metrics> groups;
    std::unordered_set<VisitorKey, VisitorKeyHash> visitors;
    std::unordered_set<std::pair<qint64, qint32>, VisitKeyHash> visits;

    void event(qint64 group, const RawEvent &e)
    {
        Metrics &m = groups[group];
        m.pageviews += e.kind == EventKind::Pageview;
        m.events += e.kind == EventKind::Custom;
        if (visitors.insert(VisitorKey {group, e.day, e.visitor}).second)
            ++m.visitors;
    }
    void visit(qint64 group, qint32 index, const RawVisit &v)
    {
        if (!visits.insert({group, index}).second)
            return;
        Metrics &m = groups[group];
        ++m.visits;
        m.bounces += v.bounced();
        m.duration += v.duration;
    }
};

double percentile(const QMap<int, qint64> &histogram, qint64 samples, double p, double unit)
{
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(p * double(samples))));
    qint64 seen = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        seen += it.value();
        if (seen >= rank)
            return Vitals::valueOf(it.key(), unit);
    }
    return 0;
}

VitalStat vitalStat(const QString &metric, const QMap<int, qint64> &histogram)
{
    VitalStat s;
    s.metric = metric;
    for (qint64 n : histogram)
        s.samples += n;
    const double unit = Vitals::unitOf(metric);
    s.p75 = percentile(histogram, s.samples, 0.75, unit);
    s.p95 = percentile(histogram, s.samples, 0.95, unit);
    return s;
}

} // namespace

struct QueryEngine::Private
{
    QString path;
    const Clock *clock;
    Options options;
    SqliteDb db;
    std::unique_ptr<Catalog> catalog;
    std::unique_ptr<RollupReader> rollups;
    QHash<qint32, Site> sites;
    QHash<qint32, SiteTime> times;

    SiteTime *timeOf(qint32 siteId, QString *error);
    bool useRollups(const Interval &iv, const QList<Filter> &filters) const
    {
        return !options.forceRaw && iv.wholeDays && rollupSlice(filters).has_value();
    }
    std::optional<Metrics> totals(qint32 siteId, const Interval &iv, const QList<Filter> &filters,
                                  QString *error);
    // Scans raw events and counts matching activity. `eventGroup`/`visitGroup` give an
    // event's group for event metrics and for its visit (nullopt: not counted).
    template<typename EventGroup, typename VisitGroup>
    bool accumulate(qint32 siteId, const Interval &iv, const QList<Filter> &filters,
                    const EventGroup &eventGroup, const VisitGroup &visitGroup, Accumulator *acc,
                    FieldValues *values, RawScan *scan, QString *error);
};

SiteTime *QueryEngine::Private::timeOf(qint32 siteId, QString *error)
{
    auto it = times.find(siteId);
    if (it != times.end())
        return &it.value();
    Statement st(db, "SELECT id, domain, timezone FROM sites WHERE id = ?");
    st.bind(1, qint64(siteId));
    if (!st.next()) {
        *error = st.ok() ? QStringLiteral("no site with id %1").arg(siteId) : st.error();
        return nullptr;
    }
    Site s {qint32(st.int64(0)), st.text(1), st.text(2)};
    sites.insert(siteId, s);
    const QByteArray zoneId = s.timeZone.toUtf8();
    const QTimeZone zone
        = QTimeZone::isTimeZoneIdAvailable(zoneId) ? QTimeZone(zoneId) : QTimeZone::utc();
    return &times.insert(siteId, SiteTime(zone)).value();
}

template<typename EventGroup, typename VisitGroup>
bool QueryEngine::Private::accumulate(qint32 siteId, const Interval &iv,
                                      const QList<Filter> &filters, const EventGroup &eventGroup,
                                      const VisitGroup &visitGroup, Accumulator *acc,
                                      FieldValues *values, RawScan *scan, QString *error)
{
    SiteTime *time = timeOf(siteId, error);
    if (!time || !scan->load(&db, siteId, time, iv.fromSecs, iv.toSecs, error))
        return false;
    FilterSet filterSet(values, filters);
    for (const RawEvent &e : scan->events()) {
        if (!e.isActivity())
            continue;
        const bool inRange = scan->inRange(e);
        const bool visitInRange = scan->visitInRange(e);
        if (!inRange && !visitInRange)
            continue;
        if (!filterSet.isEmpty() && !filterSet.matches(e))
            continue;
        if (inRange) {
            if (const std::optional<qint64> g = eventGroup(e))
                acc->event(*g, e);
        }
        if (visitInRange) {
            if (const std::optional<qint64> g = visitGroup(e))
                acc->visit(*g, e.visit, scan->visitOf(e));
        }
    }
    if (catalog->failed()) {
        *error = QStringLiteral("reading the interned values failed: %1").arg(db.lastError());
        return false;
    }
    return true;
}

std::optional<Metrics> QueryEngine::Private::totals(qint32 siteId, const Interval &iv,
                                                    const QList<Filter> &filters, QString *error)
{
    if (useRollups(iv, filters)) {
        const auto [dim, value] = *rollupSlice(filters);
        const qint64 valueId = catalog->stringId(value);
        Metrics sum;
        if (!value.isEmpty() && valueId == 0)
            return sum; // a value never seen
        QMap<qint64, Metrics> perDay;
        if (!rollups->days(siteId, iv.firstDay, iv.lastDay, dim, valueId, &perDay, error))
            return std::nullopt;
        for (const Metrics &m : std::as_const(perDay))
            sum += m;
        return sum;
    }
    Accumulator acc;
    RawScan scan;
    FieldValues values(catalog.get(), &scan);
    auto total = [](const RawEvent &) { return std::optional<qint64>(0); };
    if (!accumulate(siteId, iv, filters, total, total, &acc, &values, &scan, error))
        return std::nullopt;
    return acc.groups.value(0);
}

QueryEngine::QueryEngine(const QString &databasePath, const Clock *clock)
    : QueryEngine(databasePath, clock, Options {})
{ }

QueryEngine::QueryEngine(const QString &databasePath, const Clock *clock, Options options)
    : d(new Private)
{
    // A data directory is accepted too: the database file inside it.
    d->path = QFileInfo(databasePath).isDir() ? Database::pathIn(databasePath) : databasePath;
    d->clock = clock;
    d->options = options;
}

QueryEngine::~QueryEngine() = default;

bool QueryEngine::open(QString *error)
{
    if (!QFileInfo::exists(d->path)) {
        *error = QStringLiteral("no RayCstr database at %1").arg(d->path);
        return false;
    }
    if (!d->db.open(d->path, SqliteDb::Mode::ReadOnly, error))
        return false;
    if (Database::schemaVersion(&d->db) < Database::latestSchemaVersion()) {
        *error = QStringLiteral("the database at %1 is at an older schema version; start the "
                                "server once to migrate it")
                     .arg(d->path);
        d->db.close();
        return false;
    }
    // The API and the writer share the file; a reader must not fail on a busy writer.
    d->db.exec("PRAGMA busy_timeout=5000");
    d->db.exec("PRAGMA cache_size=-32000");
    d->catalog = std::make_unique<Catalog>(&d->db);
    d->rollups = std::make_unique<RollupReader>(&d->db);
    return true;
}

std::optional<Site> QueryEngine::site(const QString &domain, QString *error)
{
    Statement st(d->db, "SELECT id FROM sites WHERE domain = ? COLLATE NOCASE");
    st.bind(1, domain.trimmed());
    if (!st.next()) {
        if (error)
            *error = st.ok() ? QStringLiteral("no site \"%1\"").arg(domain) : st.error();
        return std::nullopt;
    }
    return site(qint32(st.int64(0)), error);
}

std::optional<Site> QueryEngine::site(qint32 id, QString *error)
{
    QString err;
    // Sites are re-read each time: the CLI may add or remove them while we run.
    d->times.remove(id);
    d->sites.remove(id);
    if (!d->timeOf(id, &err)) {
        if (error)
            *error = err;
        return std::nullopt;
    }
    return d->sites.value(id);
}

std::optional<Interval> QueryEngine::resolve(qint32 siteId, const Period &period, QString *error)
{
    SiteTime *time = d->timeOf(siteId, error);
    if (!time)
        return std::nullopt;
    const qint64 now = d->clock->nowSecs();
    const LocalSlot nowSlot = time->slot(now);
    const qint64 today = nowSlot.day;
    const qint64 ref = period.date.isValid() ? dayNumber(period.date) : today;
    const QDate refDate = dateOf(ref);
    Interval iv;
    iv.granularity = Granularity::Day;
    switch (period.kind) {
    case Period::Kind::Last24h:
        iv.wholeDays = false;
        iv.granularity = Granularity::Hour;
        iv.toSecs = nowSlot.hourStart + 3600;
        iv.fromSecs = iv.toSecs - 24 * 3600;
        iv.firstDay = time->slot(iv.fromSecs).day;
        iv.lastDay = nowSlot.day;
        return iv;
    case Period::Kind::Today:
        iv.firstDay = iv.lastDay = today;
        break;
    case Period::Kind::Day:
        iv.firstDay = iv.lastDay = ref;
        break;
    case Period::Kind::Last7d:
        iv.firstDay = ref - 6;
        iv.lastDay = ref;
        break;
    case Period::Kind::Last30d:
        iv.firstDay = ref - 29;
        iv.lastDay = ref;
        break;
    case Period::Kind::Last90d:
        iv.firstDay = ref - 89;
        iv.lastDay = ref;
        break;
    case Period::Kind::Month: {
        const QDate first(refDate.year(), refDate.month(), 1);
        iv.firstDay = dayNumber(first);
        iv.lastDay = iv.firstDay + first.daysInMonth() - 1;
        break;
    }
    case Period::Kind::Last12mo: {
        const QDate thisMonth(refDate.year(), refDate.month(), 1);
        iv.firstDay = dayNumber(thisMonth.addMonths(-11));
        iv.lastDay = dayNumber(thisMonth) + thisMonth.daysInMonth() - 1;
        iv.granularity = Granularity::Month;
        break;
    }
    case Period::Kind::Custom:
        if (!period.from.isValid() || !period.to.isValid() || period.to < period.from) {
            *error = QStringLiteral("a custom period needs from ≤ to");
            return std::nullopt;
        }
        iv.firstDay = dayNumber(period.from);
        iv.lastDay = dayNumber(period.to);
        break;
    }
    if (iv.lastDay - iv.firstDay < 2 && period.kind != Period::Kind::Last12mo)
        iv.granularity = Granularity::Hour;
    iv.fromSecs = time->dayStart(iv.firstDay);
    iv.toSecs = time->dayStart(iv.lastDay + 1);
    return iv;
}

// The period of the same length just before `iv`.
static Interval previousOf(const Interval &iv, SiteTime *time)
{
    Interval p = iv;
    if (!iv.wholeDays) {
        p.toSecs = iv.fromSecs;
        p.fromSecs = iv.fromSecs - (iv.toSecs - iv.fromSecs);
        p.firstDay = time->slot(p.fromSecs).day;
        p.lastDay = time->slot(p.toSecs - 1).day;
        return p;
    }
    const qint64 n = iv.lastDay - iv.firstDay + 1;
    p.firstDay = iv.firstDay - n;
    p.lastDay = iv.firstDay - 1;
    p.fromSecs = time->dayStart(p.firstDay);
    p.toSecs = iv.fromSecs;
    return p;
}

std::optional<AggregateResult> QueryEngine::aggregate(const Query &query, QString *error)
{
    const auto iv = resolve(query.siteId, query.period, error);
    if (!iv)
        return std::nullopt;
    AggregateResult r;
    r.interval = *iv;
    const auto current = d->totals(query.siteId, *iv, query.filters, error);
    if (!current)
        return std::nullopt;
    r.current = *current;
    if (query.compare) {
        const auto previous = d->totals(
            query.siteId, previousOf(*iv, d->timeOf(query.siteId, error)), query.filters, error);
        if (!previous)
            return std::nullopt;
        r.previous = *previous;
    }
    return r;
}

std::optional<TimeseriesResult>
QueryEngine::timeseries(const Query &query, std::optional<Granularity> granularity, QString *error)
{
    const auto iv = resolve(query.siteId, query.period, error);
    if (!iv)
        return std::nullopt;
    SiteTime *time = d->timeOf(query.siteId, error);
    TimeseriesResult r;
    r.interval = *iv;
    r.granularity = granularity.value_or(iv->granularity);
    const qint64 days = iv->lastDay - iv->firstDay + 1;
    if (r.granularity == Granularity::Hour && (iv->toSecs - iv->fromSecs) > 31 * 86400LL) {
        *error = QStringLiteral("hourly series are limited to 31 days; use interval=date");
        return std::nullopt;
    }
    if (r.granularity == Granularity::Day && !iv->wholeDays) {
        r.granularity = Granularity::Hour; // 24h is always hourly
    }

    // The buckets, and a function from an instant/day to a bucket index.
    std::vector<qint64> dayBucket; // for day and month buckets, indexed by day − firstDay
    if (r.granularity == Granularity::Hour) {
        for (qint64 h = iv->fromSecs; h < iv->toSecs; h += 3600) {
            TimePoint p;
            p.startSecs = h;
            const QDateTime local = QDateTime::fromSecsSinceEpoch(h, time->zone());
            p.date = local.date();
            p.hour = local.time().hour();
            r.points.append(p);
        }
    } else {
        dayBucket.resize(size_t(days));
        for (qint64 day = iv->firstDay; day <= iv->lastDay; ++day) {
            const QDate date = dateOf(day);
            const bool newBucket
                = r.points.isEmpty() || r.granularity == Granularity::Day || date.day() == 1;
            if (newBucket) {
                TimePoint p;
                p.startSecs = time->dayStart(day);
                p.date = r.granularity == Granularity::Month ? QDate(date.year(), date.month(), 1)
                                                             : date;
                r.points.append(p);
            }
            dayBucket[size_t(day - iv->firstDay)] = r.points.size() - 1;
        }
    }
    auto bucketOfTs = [&](qint64 ts) -> std::optional<qint64> {
        if (ts < iv->fromSecs || ts >= iv->toSecs)
            return std::nullopt;
        if (r.granularity == Granularity::Hour)
            return (ts - iv->fromSecs) / 3600;
        const qint64 day = time->slot(ts).day;
        if (day < iv->firstDay || day > iv->lastDay)
            return std::nullopt;
        return dayBucket[size_t(day - iv->firstDay)];
    };

    const bool rollupHours = !d->options.forceRaw && query.filters.isEmpty();
    if (r.granularity == Granularity::Hour && rollupHours) {
        QMap<qint64, Metrics> perHour;
        if (!d->rollups->hours(query.siteId, iv->fromSecs, iv->toSecs, &perHour, error))
            return std::nullopt;
        for (auto it = perHour.cbegin(); it != perHour.cend(); ++it) {
            if (const auto b = bucketOfTs(it.key()))
                r.points[*b].metrics += it.value();
        }
        return r;
    }
    if (r.granularity != Granularity::Hour && d->useRollups(*iv, query.filters)) {
        const auto [dim, value] = *rollupSlice(query.filters);
        const qint64 valueId = d->catalog->stringId(value);
        if (!value.isEmpty() && valueId == 0)
            return r;
        QMap<qint64, Metrics> perDay;
        if (!d->rollups->days(query.siteId, iv->firstDay, iv->lastDay, dim, valueId, &perDay,
                              error))
            return std::nullopt;
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
            r.points[dayBucket[size_t(it.key() - iv->firstDay)]].metrics += it.value();
        return r;
    }
    Accumulator acc;
    RawScan scan;
    FieldValues values(d->catalog.get(), &scan);
    const bool ok = d->accumulate(
        query.siteId, *iv, query.filters, [&](const RawEvent &e) { return bucketOfTs(e.ts); },
        [&](const RawEvent &e) { return bucketOfTs(scan.visitOf(e).start); }, &acc, &values, &scan,
        error);
    if (!ok)
        return std::nullopt;
    for (auto it = acc.groups.cbegin(); it != acc.groups.cend(); ++it)
        r.points[it.key()].metrics += it.value();
    return r;
}

std::optional<BreakdownResult> QueryEngine::breakdown(const Query &query, const Field &by,
                                                      int limit, int offset, QString *error)
{
    if (!by.isProp() && by.dim == Dimension::Total) {
        *error = QStringLiteral("a breakdown needs a property to break down by");
        return std::nullopt;
    }
    const auto iv = resolve(query.siteId, query.period, error);
    if (!iv)
        return std::nullopt;
    BreakdownResult r;
    r.interval = *iv;
    r.field = by;
    r.hasVisitMetrics = !by.isProp() && isVisitDimension(by.dim);

    QHash<qint64, Metrics> rows;
    RawScan scan;
    FieldValues values(d->catalog.get(), &scan);
    const bool fromRollups = !by.isProp() && query.filters.isEmpty() && d->useRollups(*iv, {});
    if (fromRollups) {
        if (!d->rollups->breakdown(query.siteId, iv->firstDay, iv->lastDay, by.dim, &rows, error))
            return std::nullopt;
    } else {
        Accumulator acc;
        auto group = [&](const RawEvent &e) { return values.key(e, by, false); };
        if (!d->accumulate(query.siteId, *iv, query.filters, group, group, &acc, &values, &scan,
                           error))
            return std::nullopt;
        rows = std::move(acc.groups);
    }

    struct Row
    {
        qint64 key;
        Metrics m;
    };
    std::vector<Row> kept;
    kept.reserve(size_t(rows.size()));
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const Metrics m = keepAvailable(by, it.value());
        if (!isZero(m))
            kept.push_back({it.key(), m});
    }
    r.totalRows = qint64(kept.size());
    auto text
        = [&](qint64 key) { return fromRollups ? d->catalog->string(key) : values.text(by, key); };
    // Order by the metrics, then by the value's text. Texts are looked up only for the
    // rows shown and those tied with them, not for thousands of long-tail values.
    auto byMetrics = [](const Row &a, const Row &b) {
        return std::tie(b.m.visitors, b.m.visits, b.m.pageviews, b.m.events)
            < std::tie(a.m.visitors, a.m.visits, a.m.pageviews, a.m.events);
    };
    auto sameMetrics
        = [&](const Row &a, const Row &b) { return !byMetrics(a, b) && !byMetrics(b, a); };
    const size_t end
        = std::min(kept.size(), size_t(std::max(0, offset)) + size_t(std::max(0, limit)));
    std::sort(kept.begin(), kept.end(), byMetrics);
    if (end > 0) {
        // Extend to the tie group straddling `end` and to the start of the one at offset.
        size_t first = std::min(size_t(std::max(0, offset)), end);
        while (first > 0
               && sameMetrics(kept[first - 1], kept[first < kept.size() ? first : first - 1]))
            --first;
        size_t last = end;
        while (last < kept.size() && sameMetrics(kept[last], kept[end - 1]))
            ++last;
        QHash<qint64, QString> texts;
        for (size_t i = first; i < last; ++i)
            texts.insert(kept[i].key, text(kept[i].key));
        std::stable_sort(kept.begin() + qsizetype(first), kept.begin() + qsizetype(last),
                         [&](const Row &a, const Row &b) {
                             if (!sameMetrics(a, b))
                                 return byMetrics(a, b);
                             return texts.value(a.key) < texts.value(b.key);
                         });
        for (size_t i = size_t(std::max(0, offset)); i < end; ++i)
            r.rows.append(BreakdownRow {texts.value(kept[i].key), kept[i].m});
    }
    if (d->catalog->failed()) {
        *error = QStringLiteral("reading the interned values failed: %1").arg(d->db.lastError());
        return std::nullopt;
    }
    return r;
}

std::optional<VitalsResult> QueryEngine::vitals(const Query &query, int routeLimit, QString *error)
{
    const auto iv = resolve(query.siteId, query.period, error);
    if (!iv)
        return std::nullopt;
    VitalsResult r;
    r.interval = *iv;
    // Routes: the most viewed pages of the period (same query, same filters).
    const auto pages = breakdown(query, Field {Dimension::Page, {}}, routeLimit, 0, error);
    if (!pages)
        return std::nullopt;
    const QStringList metrics = vitalMetrics();
    // histograms[metric][route]; route "" = the whole site.
    QHash<QString, QHash<QString, QMap<int, qint64>>> histograms;

    if (d->useRollups(*iv, {}) && query.filters.isEmpty()) {
        for (const QString &metric : metrics) {
            const qint64 metricId = d->catalog->stringId(metric);
            if (!metricId)
                continue;
            auto &byRoute = histograms[metric];
            if (!d->rollups->vitals(query.siteId, metricId, 0, iv->firstDay, iv->lastDay,
                                    &byRoute[QString()], error))
                return std::nullopt;
            for (const BreakdownRow &page : pages->rows) {
                const qint64 pageId = d->catalog->stringId(page.value);
                if (pageId
                    && !d->rollups->vitals(query.siteId, metricId, pageId, iv->firstDay,
                                           iv->lastDay, &byRoute[page.value], error))
                    return std::nullopt;
            }
        }
    } else {
        SiteTime *time = d->timeOf(query.siteId, error);
        RawScan scan;
        if (!time || !scan.load(&d->db, query.siteId, time, iv->fromSecs, iv->toSecs, error))
            return std::nullopt;
        FieldValues values(d->catalog.get(), &scan);
        FilterSet filters(&values, query.filters);
        QSet<QString> routes;
        for (const BreakdownRow &page : pages->rows)
            routes.insert(page.value);
        QHash<qint64, QString> names;
        for (const RawEvent &e : scan.events()) {
            if (e.kind != EventKind::Vitals || !e.hasValue || !scan.inRange(e)
                || (!filters.isEmpty() && !filters.matches(e)))
                continue;
            auto n = names.find(e.name);
            if (n == names.end())
                n = names.insert(e.name, d->catalog->string(e.name));
            if (!metrics.contains(n.value()))
                continue;
            const int bucket = Vitals::bucketOf(e.value, Vitals::unitOf(n.value()));
            auto &byRoute = histograms[n.value()];
            byRoute[QString()][bucket] += 1;
            const QString route = d->catalog->string(d->catalog->page(e.page).path);
            if (routes.contains(route))
                byRoute[route][bucket] += 1;
        }
    }
    auto rowFor = [&](const QString &route) {
        VitalsRow row;
        row.route = route;
        for (const QString &metric : metrics) {
            const auto &h = histograms.value(metric).value(route);
            if (!h.isEmpty())
                row.stats.append(vitalStat(metric, h));
        }
        return row;
    };
    r.site = rowFor(QString());
    for (const BreakdownRow &page : pages->rows)
        r.routes.append(rowFor(page.value));
    return r;
}

std::optional<qint64> QueryEngine::currentVisitors(qint32 siteId, qint64 windowSecs, QString *error)
{
    const qint64 now = d->clock->nowSecs();
    Statement st;
    if (!st.prepare(d->db,
                    "SELECT count(DISTINCT visitor) FROM events WHERE id >= ? AND id < ? "
                    "AND kind IN (0, 1, 3)",
                    error))
        return std::nullopt;
    st.bind(1, EventKey::rangeBegin(siteId, now - windowSecs))
        .bind(2, EventKey::rangeEnd(siteId, now + 1));
    if (!st.next()) {
        *error = st.error();
        return std::nullopt;
    }
    return st.int64(0);
}

} // namespace raycstr::query

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
#include <atomic>
#include <cmath>
#include <thread>
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

    // The raw path reads a range in two halves on two threads, each with its own
    // connection: split at a local midnight, the halves count disjoint visitor-days and
    // disjoint visits (a visit belongs to the half it began in), so their sums are exact.
    struct Reader
    {
        SqliteDb db;
        std::unique_ptr<Catalog> catalog;
        std::unique_ptr<RollupReader> rollups;
    };
    std::unique_ptr<Reader> second;
    bool openSecond(QString *error);

    // Rollup breakdowns, reused while the database is unchanged: a dashboard asks for top
    // pages twice (the pages card, then the vitals card's routes). Keyed by
    // "site|dim|first|last"; emptied whenever another connection (the writer) commits.
    QHash<QString, QHash<qint64, Metrics>> memo;
    qint64 memoVersion = -1;
    qint64 dataVersion()
    {
        // Changes whenever another connection (the writer) commits.
        Statement st(db, "PRAGMA data_version");
        return st.next() ? st.int64(0) : -2;
    }
    template<typename Fn> bool forHalves(qint32 siteId, const Interval &iv, Fn fn, QString *error);
    // Matching activity per group, keyed by the group's text so the halves merge.
    // `Grouping` has eventGroup(values, scan, e), visitGroup(values, scan, e) → group key
    // (nullopt: not counted) and text(values, key).
    template<typename Grouping>
    std::optional<QHash<QString, Metrics>> rawGroups(qint32 siteId, const Interval &iv,
                                                     const QList<Filter> &filters,
                                                     const Grouping &grouping, QString *error);
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

template<typename Fn>
bool QueryEngine::Private::forHalves(qint32 siteId, const Interval &iv, Fn fn, QString *error)
{
    SiteTime *time = timeOf(siteId, error);
    if (!time)
        return false;
    const qint64 days = iv.lastDay - iv.firstDay + 1;
    if (!iv.wholeDays || days < 2) {
        SiteTime t(time->zone());
        return fn(db, *catalog, t, iv.fromSecs, iv.toSecs, error);
    }
    if (!openSecond(error))
        return false;
    const qint64 mid = time->dayStart(iv.firstDay + days / 2);
    QString otherError;
    bool otherOk = false;
    const QTimeZone zone = time->zone();
    std::thread other([&] {
        SiteTime t(zone);
        otherOk = fn(second->db, *second->catalog, t, mid, iv.toSecs, &otherError);
    });
    SiteTime t(zone);
    const bool ok = fn(db, *catalog, t, iv.fromSecs, mid, error);
    other.join();
    if (ok && !otherOk)
        *error = otherError;
    return ok && otherOk;
}

bool QueryEngine::Private::openSecond(QString *error)
{
    if (second)
        return true;
    auto r = std::make_unique<Reader>();
    if (!r->db.open(db.path(), SqliteDb::Mode::ReadOnly, error))
        return false;
    r->db.exec("PRAGMA busy_timeout=5000");
    r->db.exec("PRAGMA cache_size=-32000");
    r->catalog = std::make_unique<Catalog>(&r->db);
    r->rollups = std::make_unique<RollupReader>(&r->db);
    second = std::move(r);
    return true;
}

template<typename Grouping>
std::optional<QHash<QString, Metrics>>
QueryEngine::Private::rawGroups(qint32 siteId, const Interval &iv, const QList<Filter> &filters,
                                const Grouping &grouping, QString *error)
{
    QHash<QString, Metrics> halves[2];
    std::atomic<int> next {0};
    auto count = [&](SqliteDb &conn, Catalog &cat, SiteTime &time, qint64 from, qint64 to,
                     QString *err) {
        QHash<QString, Metrics> &out = halves[next++];
        RawScan scan;
        if (!scan.load(&conn, siteId, &time, from, to, false, err))
            return false;
        FieldValues values(&cat, &scan);
        FilterSet filterSet(&values, filters);
        Accumulator acc;
        for (const RawEvent &e : scan.events()) {
            if (!e.isActivity())
                continue;
            const bool inRange = scan.inRange(e);
            const bool visitInRange = scan.visitInRange(e);
            if (!inRange && !visitInRange)
                continue;
            if (!filterSet.isEmpty() && !filterSet.matches(e))
                continue;
            if (inRange) {
                if (const std::optional<qint64> g = grouping.eventGroup(values, scan, e))
                    acc.event(*g, e);
            }
            if (visitInRange) {
                if (const std::optional<qint64> g = grouping.visitGroup(values, scan, e))
                    acc.visit(*g, e.visit, scan.visitOf(e));
            }
        }
        for (auto it = acc.groups.cbegin(); it != acc.groups.cend(); ++it)
            out[grouping.text(values, it.key())] += it.value();
        if (cat.failed()) {
            *err = QStringLiteral("reading the interned values failed: %1").arg(conn.lastError());
            return false;
        }
        return true;
    };
    if (!forHalves(siteId, iv, count, error))
        return std::nullopt;
    for (auto it = halves[1].cbegin(); it != halves[1].cend(); ++it)
        halves[0][it.key()] += it.value();
    return std::move(halves[0]);
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
    struct Total
    {
        std::optional<qint64> eventGroup(FieldValues &, const RawScan &, const RawEvent &) const
        {
            return 0;
        }
        std::optional<qint64> visitGroup(FieldValues &, const RawScan &, const RawEvent &) const
        {
            return 0;
        }
        QString text(FieldValues &, qint64) const { return QString(); }
    };
    const auto groups = rawGroups(siteId, iv, filters, Total {}, error);
    if (!groups)
        return std::nullopt;
    return groups->value(QString());
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
    // Raw events: buckets from the event's (and the visit's) instant and local day.
    struct Buckets
    {
        const Interval *iv;
        Granularity granularity;
        const std::vector<qint64> *dayBucket;
        std::optional<qint64> at(qint64 ts, qint64 day) const
        {
            if (ts < iv->fromSecs || ts >= iv->toSecs)
                return std::nullopt;
            if (granularity == Granularity::Hour)
                return (ts - iv->fromSecs) / 3600;
            if (day < iv->firstDay || day > iv->lastDay)
                return std::nullopt;
            return (*dayBucket)[size_t(day - iv->firstDay)];
        }
        std::optional<qint64> eventGroup(FieldValues &, const RawScan &, const RawEvent &e) const
        {
            return at(e.ts, e.day);
        }
        std::optional<qint64> visitGroup(FieldValues &, const RawScan &scan,
                                         const RawEvent &e) const
        {
            const RawVisit &v = scan.visitOf(e);
            return at(v.start, v.day);
        }
        QString text(FieldValues &, qint64 key) const { return QString::number(key); }
    };
    const auto groups = d->rawGroups(query.siteId, *iv, query.filters,
                                     Buckets {&*iv, r.granularity, &dayBucket}, error);
    if (!groups)
        return std::nullopt;
    for (auto it = groups->cbegin(); it != groups->cend(); ++it)
        r.points[it.key().toLongLong()].metrics += it.value();
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

    QHash<qint64, Metrics> rows; // by strings.id (rollups) or by index into `names` (raw)
    QList<QString> names;
    const bool fromRollups = !by.isProp() && query.filters.isEmpty() && d->useRollups(*iv, {});
    if (fromRollups) {
        const qint64 version = d->dataVersion();
        if (version != d->memoVersion || d->memo.size() > 64) {
            d->memo.clear();
            d->memoVersion = version;
        }
        const QString key = QStringLiteral("%1|%2|%3|%4")
                                .arg(query.siteId)
                                .arg(int(by.dim))
                                .arg(iv->firstDay)
                                .arg(iv->lastDay);
        auto hit = d->memo.constFind(key);
        if (hit != d->memo.cend()) {
            rows = hit.value();
        } else {
            // Long ranges read their days in two halves on two connections: a month of a
            // busy site's pages is ~100k rows.
            const qint64 days = iv->lastDay - iv->firstDay + 1;
            if (days >= 8 && d->openSecond(error)) {
                const qint64 mid = iv->firstDay + days / 2;
                QHash<qint64, Metrics> later;
                QString laterError;
                bool laterOk = false;
                std::thread other([&] {
                    laterOk = d->second->rollups->breakdown(query.siteId, mid, iv->lastDay, by.dim,
                                                            &later, &laterError);
                });
                const bool ok = d->rollups->breakdown(query.siteId, iv->firstDay, mid - 1, by.dim,
                                                      &rows, error);
                other.join();
                if (!ok || !laterOk) {
                    if (ok)
                        *error = laterError;
                    return std::nullopt;
                }
                for (auto it = later.cbegin(); it != later.cend(); ++it)
                    rows[it.key()] += it.value();
            } else if (!d->rollups->breakdown(query.siteId, iv->firstDay, iv->lastDay, by.dim,
                                              &rows, error)) {
                return std::nullopt;
            }
            d->memo.insert(key, rows);
        }
    } else {
        struct ByField
        {
            const Field *field;
            std::optional<qint64> eventGroup(FieldValues &v, const RawScan &,
                                             const RawEvent &e) const
            {
                return v.key(e, *field, false);
            }
            std::optional<qint64> visitGroup(FieldValues &v, const RawScan &,
                                             const RawEvent &e) const
            {
                return v.key(e, *field, false);
            }
            QString text(FieldValues &v, qint64 key) const { return v.text(*field, key); }
        };
        const auto groups = d->rawGroups(query.siteId, *iv, query.filters, ByField {&by}, error);
        if (!groups)
            return std::nullopt;
        for (auto it = groups->cbegin(); it != groups->cend(); ++it) {
            rows.insert(names.size(), it.value());
            names.append(it.key());
        }
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
    auto text = [&](qint64 key) { return fromRollups ? d->catalog->string(key) : names.at(key); };
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
        // One metric's histograms (site and routes) from one connection; the metrics are
        // shared out between two connections on two threads.
        auto readMetric = [&](Catalog &catalog, RollupReader &rollups, const QString &metric,
                              QHash<QString, QMap<int, qint64>> *byRoute, QString *err) {
            const qint64 metricId = catalog.stringId(metric);
            if (!metricId)
                return true;
            if (!rollups.vitals(query.siteId, metricId, 0, iv->firstDay, iv->lastDay,
                                &(*byRoute)[QString()], err))
                return false;
            for (const BreakdownRow &page : pages->rows) {
                const qint64 pageId = catalog.stringId(page.value);
                if (pageId
                    && !rollups.vitals(query.siteId, metricId, pageId, iv->firstDay, iv->lastDay,
                                       &(*byRoute)[page.value], err))
                    return false;
            }
            return true;
        };
        QList<QHash<QString, QMap<int, qint64>>> perMetric(metrics.size());
        const bool twoThreads = d->openSecond(error);
        QString otherError;
        bool otherOk = true;
        std::thread other;
        if (twoThreads) {
            other = std::thread([&] {
                for (qsizetype i = 1; i < metrics.size() && otherOk; i += 2)
                    otherOk = readMetric(*d->second->catalog, *d->second->rollups, metrics[i],
                                         &perMetric[i], &otherError);
            });
        }
        bool ok = true;
        for (qsizetype i = 0; i < metrics.size() && ok; i += twoThreads ? 2 : 1)
            ok = readMetric(*d->catalog, *d->rollups, metrics[i], &perMetric[i], error);
        if (other.joinable())
            other.join();
        if (!ok || !otherOk) {
            if (ok)
                *error = otherError;
            return std::nullopt;
        }
        for (qsizetype i = 0; i < metrics.size(); ++i) {
            if (!perMetric[i].isEmpty())
                histograms.insert(metrics[i], perMetric[i]);
        }
    } else {
        SiteTime *time = d->timeOf(query.siteId, error);
        RawScan scan;
        if (!time || !scan.load(&d->db, query.siteId, time, iv->fromSecs, iv->toSecs, true, error))
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

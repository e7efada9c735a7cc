#include "query/queryengine_p.h"

#include "core/clock.h"
#include "store/database.h"
#include "store/eventkey.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>

namespace raycstr::query {

// SQLite's page cache per connection. A server has several (two per query worker, the
// HTTP thread's, the live stream's) and raw questions read each page once, in order: the
// OS page cache serves re-reads as well, so 8 MB each keeps RSS down at no measured cost.
static constexpr const char *CacheSizePragma = "PRAGMA cache_size=-8000";

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

const RawScan *QueryEngine::Private::shortScan(qint32 siteId, SiteTime &time, qint64 from,
                                               qint64 to, bool *tooLarge, QString *error)
{
    ScanMemo &m = scanMemo;
    *tooLarge = false;
    if (m.largeSite == siteId && m.largeFrom == from && m.largeTo == to) {
        *tooLarge = true;
        return nullptr;
    }
    const qint64 version = dataVersion();
    if (m.scan && m.site == siteId && m.from == from && m.to == to && m.version == version)
        return m.scan.get();
    m.scan.reset();
    auto scan = std::make_unique<RawScan>();
    MemoryBudget budget(options.memoMaxBytes);
    if (!scan->load(&db, siteId, &time, from, to, true, &budget, error)) {
        if (scan->tooLarge()) {
            *tooLarge = true;
            error->clear();
            m.largeSite = siteId;
            m.largeFrom = from;
            m.largeTo = to;
        }
        return nullptr;
    }
    m.scan = std::move(scan);
    m.site = siteId;
    m.from = from;
    m.to = to;
    m.version = version;
    return m.scan.get();
}

bool QueryEngine::Private::openSecond(QString *error)
{
    if (second)
        return true;
    auto r = std::make_unique<Reader>();
    if (!r->db.open(db.path(), SqliteDb::Mode::ReadOnly, error))
        return false;
    r->db.exec("PRAGMA busy_timeout=5000");
    r->db.exec(CacheSizePragma);
    watch(r->db);
    r->catalog = std::make_unique<Catalog>(&r->db);
    r->rollups = std::make_unique<RollupReader>(&r->db);
    second = std::move(r);
    return true;
}

std::optional<Metrics> QueryEngine::Private::totals(qint32 siteId, const Interval &iv,
                                                    const QList<Filter> &filters, QueryError *error)
{
    if (useRollups(iv, filters)) {
        const auto [dim, value] = *rollupSlice(filters);
        const qint64 valueId = catalog->stringId(value);
        Metrics sum;
        if (!value.isEmpty() && valueId == 0)
            return sum; // a value never seen
        QMap<qint64, Metrics> perDay;
        if (!rollups->days(siteId, iv.firstDay, iv.lastDay, dim, valueId, &perDay, &error->message))
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
        bool needsFinalVisits() const { return false; }
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
    d->db.exec(CacheSizePragma);
    d->watch(d->db);
    d->catalog = std::make_unique<Catalog>(&d->db);
    d->rollups = std::make_unique<RollupReader>(&d->db);
    d->imported = std::make_unique<ImportedReader>(&d->db);
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

int QueryEngine::Private::progress(void *self)
{
    auto *p = static_cast<Private *>(self);
    if (p->options.onProgress)
        p->options.onProgress();
    const qint64 deadline = p->deadlineNs.load(std::memory_order_relaxed);
    if (deadline == 0 || std::chrono::steady_clock::now().time_since_epoch().count() < deadline)
        return 0;
    p->overBudget = true;
    return 1; // SQLITE_INTERRUPT for the running statement
}

void QueryEngine::setDeadline(std::chrono::steady_clock::time_point deadline)
{
    d->overBudget = false;
    d->deadlineNs = deadline == std::chrono::steady_clock::time_point()
        ? 0
        : qint64(std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                     deadline.time_since_epoch())
                     .count());
}

bool QueryEngine::lastErrorWasOverBudget() const
{
    return d->overBudget;
}

std::optional<Interval> QueryEngine::resolve(qint32 siteId, const Period &period, QueryError *error)
{
    *error = {};
    SiteTime *time = d->timeOf(siteId, &error->message);
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
            *error
                = {QueryError::Kind::BadInput, QStringLiteral("a custom period needs from ≤ to")};
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
    if (iv.toSecs > EventKey::MaxTs || iv.fromSecs < EventKey::Epoch - 366 * 86400LL) {
        *error
            = {QueryError::Kind::BadInput, QStringLiteral("dates must lie between 2019 and 2053")};
        return std::nullopt;
    }
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

std::optional<AggregateResult> QueryEngine::aggregate(const Query &input, QueryError *error)
{
    const auto iv = resolve(input.siteId, input.period, error);
    Query query = input;
    if (!iv || !d->resolveGoals(query.siteId, &query.filters, error))
        return std::nullopt;
    AggregateResult r;
    r.interval = *iv;
    const auto use = d->importsUse(query, *iv, nullptr, false, error);
    if (!use)
        return std::nullopt;
    r.imports = *use;
    // Native and imported days never overlap (an import leaves out days with data), so the
    // imported sums simply add.
    auto totals = [&](const Interval &period) -> std::optional<Metrics> {
        auto sum = d->totals(query.siteId, period, query.filters, error);
        QMap<qint64, Metrics> perDay;
        if (!sum
            || (use->included()
                && !d->importedDays(query.siteId, period, query.filters, &perDay, error)))
            return std::nullopt;
        for (const Metrics &m : std::as_const(perDay))
            *sum += m;
        return sum;
    };
    const auto current = totals(*iv);
    if (!current)
        return std::nullopt;
    r.current = *current;
    if (query.compare) {
        const auto previous = totals(previousOf(*iv, d->timeOf(query.siteId, &error->message)));
        if (!previous)
            return std::nullopt;
        r.previous = *previous;
    }
    return r;
}

std::optional<TimeseriesResult> QueryEngine::timeseries(const Query &input,
                                                        std::optional<Granularity> granularity,
                                                        QueryError *error)
{
    const auto iv = resolve(input.siteId, input.period, error);
    Query query = input;
    if (!iv || !d->resolveGoals(query.siteId, &query.filters, error))
        return std::nullopt;
    SiteTime *time = d->timeOf(query.siteId, &error->message);
    TimeseriesResult r;
    r.interval = *iv;
    r.granularity = granularity.value_or(iv->granularity);
    const qint64 days = iv->lastDay - iv->firstDay + 1;
    if (r.granularity == Granularity::Hour && (iv->toSecs - iv->fromSecs) > MaxHourlySpanSecs) {
        // Callers name their own parameters: this layer does not know them.
        *error = {QueryError::Kind::HourlyRangeTooLong,
                  QStringLiteral("hourly buckets cover at most %1 days; ask for daily ones")
                      .arg(MaxHourlySpanSecs / 86400)};
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
    const auto use = d->importsUse(query, *iv, nullptr, r.granularity == Granularity::Hour, error);
    if (!use)
        return std::nullopt;
    r.imports = *use;
    // The imported days' sums go to their day's (or month's) bucket, whichever path
    // answered the native part.
    auto merged = [&]() -> std::optional<TimeseriesResult> {
        if (!r.imports.included())
            return r;
        QMap<qint64, Metrics> perDay;
        if (!d->importedDays(query.siteId, *iv, query.filters, &perDay, error))
            return std::nullopt;
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
            r.points[dayBucket[size_t(it.key() - iv->firstDay)]].metrics += it.value();
        return r;
    };
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
        if (!d->rollups->hours(query.siteId, iv->fromSecs, iv->toSecs, &perHour, &error->message))
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
            return merged();
        QMap<qint64, Metrics> perDay;
        if (!d->rollups->days(query.siteId, iv->firstDay, iv->lastDay, dim, valueId, &perDay,
                              &error->message))
            return std::nullopt;
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
            r.points[dayBucket[size_t(it.key() - iv->firstDay)]].metrics += it.value();
        return merged();
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
        bool needsFinalVisits() const { return false; }
    };
    const auto groups = d->rawGroups(query.siteId, *iv, query.filters,
                                     Buckets {&*iv, r.granularity, &dayBucket}, error);
    if (!groups)
        return std::nullopt;
    for (auto it = groups->cbegin(); it != groups->cend(); ++it)
        r.points[it.key().toLongLong()].metrics += it.value();
    return merged();
}

// One number over a site's events of [from, to) of some kinds: `aggregate` is the SQL
// aggregate ("count(*)", "count(DISTINCT visitor)"). The events table stores EventKind as
// its `kind` column; kinds are bound as parameters, so no SQL text spells them as numbers.
static std::optional<qint64> countEvents(SqliteDb &db, const char *aggregate, qint32 siteId,
                                         qint64 from, qint64 to,
                                         std::initializer_list<EventKind> kinds, QueryError *error)
{
    QByteArray sql = QByteArrayLiteral("SELECT ") + aggregate
        + " FROM events WHERE id >= ?1 AND id < ?2 AND kind IN (";
    for (qsizetype i = 0; i < qsizetype(kinds.size()); ++i)
        sql += (i ? ", ?" : "?") + QByteArray::number(i + 3);
    sql += ')';
    Statement st;
    if (!st.prepare(db, sql.constData(), &error->message))
        return std::nullopt;
    st.bind(1, EventKey::rangeBegin(siteId, from)).bind(2, EventKey::rangeEnd(siteId, to));
    int column = 3;
    for (EventKind kind : kinds)
        st.bind(column++, qint64(kind));
    if (!st.next()) {
        error->message = st.error();
        return std::nullopt;
    }
    return st.int64(0);
}

std::optional<qint64> QueryEngine::currentVisitors(qint32 siteId, qint64 windowSecs,
                                                   QueryError *error)
{
    *error = {};
    const qint64 now = d->clock->nowSecs();
    return countEvents(d->db, "count(DISTINCT visitor)", siteId, now - windowSecs, now + 1,
                       {EventKind::Pageview, EventKind::Custom, EventKind::Engagement}, error);
}

std::optional<QList<qint64>> QueryEngine::pageviewsPerMinute(qint32 siteId, int minutes,
                                                             QueryError *error)
{
    *error = {};
    QList<qint64> perMinute(std::max(minutes, 0), 0);
    const qint64 now = d->clock->nowSecs();
    const qint64 firstMinute = now / 60 - minutes + 1;
    Statement st;
    if (!st.prepare(d->db, "SELECT id FROM events WHERE id >= ?1 AND id < ?2 AND kind = ?3",
                    &error->message))
        return std::nullopt;
    // Raw keys are (site, second): the window is one key range.
    st.bind(1, EventKey::rangeBegin(siteId, firstMinute * 60))
        .bind(2, EventKey::rangeEnd(siteId, now + 1))
        .bind(3, qint64(EventKind::Pageview));
    while (st.next()) {
        const qint64 i = EventKey::tsOf(st.int64(0)) / 60 - firstMinute;
        if (i >= 0 && i < minutes)
            ++perMinute[i];
    }
    if (!st.ok()) {
        error->message = st.error();
        return std::nullopt;
    }
    return perMinute;
}

std::optional<qint64> QueryEngine::activityCount(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                                                 QueryError *error)
{
    *error = {};
    return countEvents(d->db, "count(*)", siteId, fromSecs, toSecs,
                       {EventKind::Pageview, EventKind::Custom}, error);
}

std::optional<qint64> QueryEngine::lastPageview(qint32 siteId, QueryError *error)
{
    *error = {};
    Statement st;
    // Walks the site's key range backwards from its end: a few steps while pageviews come.
    if (!st.prepare(d->db,
                    "SELECT id FROM events WHERE id >= ?1 AND id < ?2 AND kind = ?3 "
                    "ORDER BY id DESC LIMIT 1",
                    &error->message))
        return std::nullopt;
    st.bind(1, EventKey::siteBegin(siteId))
        .bind(2, EventKey::siteEnd(siteId))
        .bind(3, qint64(EventKind::Pageview));
    if (st.next())
        return EventKey::tsOf(st.int64(0));
    if (!st.ok()) {
        error->message = st.error();
        return std::nullopt;
    }
    return qint64(0);
}

std::optional<QList<DroppedRow>> QueryEngine::dropped(qint32 siteId, const Period &period,
                                                     QueryError *error)
{
    const auto iv = resolve(siteId, period, error);
    if (!iv)
        return std::nullopt;
    Statement st;
    if (!st.prepare(d->db,
                    "SELECT reason, sum(count) AS n FROM dropped WHERE site_id = ?1 AND day >= ?2"
                    " AND day <= ?3 GROUP BY reason ORDER BY n DESC, reason",
                    &error->message))
        return std::nullopt;
    st.bind(1, qint64(siteId)).bind(2, iv->firstDay).bind(3, iv->lastDay);
    QList<DroppedRow> rows;
    while (st.next())
        rows.append({st.text(0), st.int64(1)});
    if (!st.ok()) {
        error->message = st.error();
        return std::nullopt;
    }
    return rows;
}

} // namespace raycstr::query

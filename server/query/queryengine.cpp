#include "query/queryengine_p.h"

#include "core/clock.h"
#include "query/clickhousestats.h"
#include "query/sqlitestats.h"
#include "store/database.h"
#include "store/eventkey.h"
#include "store/storelocation.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>

namespace raycstr::query {

SiteTime *QueryEngine::Private::timeOf(qint32 siteId, QString *error)
{
    // The site's row is read on every question (one indexed row): its time zone may have
    // changed since (PATCH /api/sites/{site}, the desktop app's Settings), and a pool
    // worker's engine lives as long as the server. The SiteTime is kept while the zone is
    // the same, and changed in place otherwise, so a pointer taken earlier in the same
    // question stays valid.
    Statement st(db, "SELECT id, domain, timezone FROM sites WHERE id = ?");
    st.bind(1, qint64(siteId));
    if (!st.next()) {
        *error = st.ok() ? QStringLiteral("no site with id %1").arg(siteId) : st.error();
        return nullptr;
    }
    Site s {qint32(st.int64(0)), st.text(1), st.text(2)};
    auto it = times.find(siteId);
    if (it != times.end() && sites.value(siteId).timeZone == s.timeZone)
        return &it.value();
    sites.insert(siteId, s);
    const QByteArray zoneId = s.timeZone.toUtf8();
    const QTimeZone zone
        = QTimeZone::isTimeZoneIdAvailable(zoneId) ? QTimeZone(zoneId) : QTimeZone::utc();
    if (it != times.end()) {
        it.value() = SiteTime(zone);
        return &it.value();
    }
    return &times.insert(siteId, SiteTime(zone)).value();
}

QueryEngine::MakeStats QueryEngine::statsFor(const StoreLocation &where, const QString &password)
{
    if (!where.isClickHouse())
        return {};
    return [endpoint = where.clickHouse(), password](QString *) {
        return std::make_unique<ClickHouseStats>(endpoint, password);
    };
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
    d->db.exec("PRAGMA cache_size=-2000"); // sites, goals, imported sums: small reads
    d->imported = std::make_unique<ImportedReader>(&d->db);
    if (d->options.makeStats) {
        d->stats = d->options.makeStats(error);
        return d->stats != nullptr;
    }
    auto sqlite = std::make_unique<SqliteStats>(d->path, d->options);
    if (!sqlite->open(error))
        return false;
    d->stats = std::move(sqlite);
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

void QueryEngine::setDeadline(std::chrono::steady_clock::time_point deadline)
{
    if (d->stats)
        d->stats->setDeadline(deadline);
}

bool QueryEngine::lastErrorWasOverBudget() const
{
    return d->stats && d->stats->lastErrorWasOverBudget();
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
        auto sum = d->stats->totals(d->scope(query, period), error);
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
    const bool hourly = r.granularity == Granularity::Hour;
    const auto buckets = d->stats->series(d->scope(query, *iv), hourly, error);
    if (!buckets)
        return std::nullopt;
    for (auto it = buckets->cbegin(); it != buckets->cend(); ++it) {
        // Hours by their offset from the start; days (and months) by their local day.
        const qint64 at = hourly ? it.key() : it.key() - iv->firstDay;
        const qint64 count = hourly ? r.points.size() : qint64(dayBucket.size());
        if (at < 0 || at >= count)
            continue;
        r.points[hourly ? at : dayBucket[size_t(at)]].metrics += it.value();
    }
    return merged();
}

std::optional<qint64> QueryEngine::currentVisitors(qint32 siteId, qint64 windowSecs,
                                                   QueryError *error)
{
    *error = {};
    const qint64 now = d->clock->nowSecs();
    return d->stats->recentVisitors(siteId, now - windowSecs, now + 1, error);
}

std::optional<QList<qint64>> QueryEngine::pageviewsPerMinute(qint32 siteId, int minutes,
                                                             QueryError *error)
{
    *error = {};
    const qint64 now = d->clock->nowSecs();
    return d->stats->pageviewsPerMinute(siteId, now / 60 - minutes + 1, minutes, error);
}

std::optional<qint64> QueryEngine::activityCount(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                                                 QueryError *error)
{
    *error = {};
    return d->stats->activityCount(siteId, fromSecs, toSecs, error);
}

std::optional<qint64> QueryEngine::lastPageview(qint32 siteId, QueryError *error)
{
    *error = {};
    return d->stats->lastPageview(siteId, error);
}

std::optional<QList<DroppedRow>> QueryEngine::dropped(qint32 siteId, const Period &period,
                                                     QueryError *error)
{
    const auto iv = resolve(siteId, period, error);
    if (!iv)
        return std::nullopt;
    return d->stats->dropped(siteId, iv->firstDay, iv->lastDay, error);
}

} // namespace raycstr::query

#include "query/sqlitestats_p.h"

#include "store/eventkey.h"

#include <algorithm>

namespace raycstr::query {

// SQLite's page cache per connection. A server has several (two per query worker, the
// HTTP thread's, the live stream's) and raw questions read each page once, in order: the
// OS page cache serves re-reads as well, so 8 MB each keeps RSS down at no measured cost.
static constexpr const char *CacheSizePragma = "PRAGMA cache_size=-8000";

SqliteStats::SqliteStats(const QString &databasePath, const QueryEngine::Options &options)
    : d(new Private)
{
    d->path = databasePath;
    d->options = options;
}

SqliteStats::~SqliteStats() = default;

bool SqliteStats::open(QString *error)
{
    if (!d->db.open(d->path, SqliteDb::Mode::ReadOnly, error))
        return false;
    // The API and the writer share the file; a reader must not fail on a busy writer.
    d->db.exec("PRAGMA busy_timeout=5000");
    d->db.exec(CacheSizePragma);
    d->watch(d->db);
    d->catalog = std::make_unique<Catalog>(&d->db);
    d->rollups = std::make_unique<RollupReader>(&d->db);
    return true;
}

const RawScan *SqliteStats::Private::shortScan(qint32 siteId, SiteTime &time, qint64 from,
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
    // A busy range is known too large before it is read: the attempt alone held up to
    // memoMaxBytes (and its last growth) on top of the question that then streamed it.
    if (const RangeSize size = rangeSize(db, siteId, from, to);
        size.activity * qint64(sizeof(RawEvent)) > qint64(options.memoMaxBytes)) {
        *tooLarge = true;
        m.largeSite = siteId;
        m.largeFrom = from;
        m.largeTo = to;
        return nullptr;
    }
    MemoryBudget budget(options.memoMaxBytes); // outlives the scan, which gives back to it
    auto scan = std::make_unique<RawScan>();
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
    scan->releaseCharge(); // kept past `budget`, within memoMaxBytes
    m.scan = std::move(scan);
    m.site = siteId;
    m.from = from;
    m.to = to;
    m.version = version;
    return m.scan.get();
}

SqliteStats::Private::RangeSize SqliteStats::Private::rangeSize(SqliteDb &conn, qint32 siteId,
                                                                qint64 from, qint64 to) const
{
    Statement st(conn,
                 "SELECT coalesce(sum(visits), 0), coalesce(sum(pageviews + events), 0) "
                 "FROM rollup_hourly WHERE site_id = ?1 AND hour >= ?2 AND hour < ?3");
    st.bind(1, siteId)
        .bind(2, from - RawScan::MarginSecs - 3600) // the hour the margin begins in
        .bind(3, to + RawScan::MarginSecs);
    if (!st.next())
        return {};
    return {st.int64(0), st.int64(1)};
}

int SqliteStats::Private::passesFor(SqliteDb &conn, qint32 siteId, qint64 from, qint64 to) const
{
    if (options.rawPassBytes == 0)
        return 1;
    // No estimate (0): one pass, within the question's budget as ever.
    const qint64 bytes = rangeSize(conn, siteId, from, to).visits * RawBytesPerVisit;
    const qint64 perPass = qint64(options.rawPassBytes);
    return int(std::clamp<qint64>((bytes + perPass - 1) / perPass, 1, MaxRawPasses));
}

bool SqliteStats::Private::openSecond(QString *error)
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

int SqliteStats::Private::progress(void *self)
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

void SqliteStats::setDeadline(std::chrono::steady_clock::time_point deadline)
{
    d->overBudget = false;
    d->deadlineNs = deadline == std::chrono::steady_clock::time_point()
        ? 0
        : qint64(std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                     deadline.time_since_epoch())
                     .count());
}

bool SqliteStats::lastErrorWasOverBudget() const
{
    return d->overBudget;
}

std::optional<Metrics> SqliteStats::totals(const Scope &scope, QueryError *error)
{
    if (useRollups(d->options.forceRaw, scope.iv, scope.filters)) {
        const auto [dim, value] = *rollupSlice(scope.filters);
        const qint64 valueId = d->catalog->stringId(value);
        Metrics sum;
        if (!value.isEmpty() && valueId == 0)
            return sum; // a value never seen
        QMap<qint64, Metrics> perDay;
        if (!d->rollups->days(scope.siteId, scope.iv.firstDay, scope.iv.lastDay, dim, valueId,
                              &perDay, &error->message))
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
    const auto groups = d->rawGroups(scope, Total {}, error);
    if (!groups)
        return std::nullopt;
    return groups->value(QString());
}

std::optional<QHash<qint64, Metrics>> SqliteStats::series(const Scope &scope, bool hourly,
                                                          QueryError *error)
{
    const Interval &iv = scope.iv;
    QHash<qint64, Metrics> out;
    if (hourly && useHourlyRollups(d->options.forceRaw, scope.filters)) {
        QMap<qint64, Metrics> perHour;
        if (!d->rollups->hours(scope.siteId, iv.fromSecs, iv.toSecs, &perHour, &error->message))
            return std::nullopt;
        for (auto it = perHour.cbegin(); it != perHour.cend(); ++it) {
            if (it.key() >= iv.fromSecs && it.key() < iv.toSecs)
                out[(it.key() - iv.fromSecs) / 3600] += it.value();
        }
        return out;
    }
    if (!hourly && useRollups(d->options.forceRaw, iv, scope.filters)) {
        const auto [dim, value] = *rollupSlice(scope.filters);
        const qint64 valueId = d->catalog->stringId(value);
        if (!value.isEmpty() && valueId == 0)
            return out;
        QMap<qint64, Metrics> perDay;
        if (!d->rollups->days(scope.siteId, iv.firstDay, iv.lastDay, dim, valueId, &perDay,
                              &error->message))
            return std::nullopt;
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
            out.insert(it.key(), it.value());
        return out;
    }
    // Raw events: buckets from the event's (and the visit's) instant and local day.
    struct Buckets
    {
        const Interval *iv;
        bool hourly;
        std::optional<qint64> at(qint64 ts, qint64 day) const
        {
            if (ts < iv->fromSecs || ts >= iv->toSecs)
                return std::nullopt;
            if (hourly)
                return (ts - iv->fromSecs) / 3600;
            if (day < iv->firstDay || day > iv->lastDay)
                return std::nullopt;
            return day;
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
    const auto groups = d->rawGroups(scope, Buckets {&iv, hourly}, error);
    if (!groups)
        return std::nullopt;
    for (auto it = groups->cbegin(); it != groups->cend(); ++it)
        out[it.key().toLongLong()] += it.value();
    return out;
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

std::optional<qint64> SqliteStats::recentVisitors(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                                                  QueryError *error)
{
    return countEvents(d->db, "count(DISTINCT visitor)", siteId, fromSecs, toSecs,
                       {EventKind::Pageview, EventKind::Custom, EventKind::Engagement}, error);
}

std::optional<QList<qint64>> SqliteStats::pageviewsPerMinute(qint32 siteId, qint64 firstMinute,
                                                             int minutes, QueryError *error)
{
    QList<qint64> perMinute(std::max(minutes, 0), 0);
    Statement st;
    if (!st.prepare(d->db, "SELECT id FROM events WHERE id >= ?1 AND id < ?2 AND kind = ?3",
                    &error->message))
        return std::nullopt;
    // Raw keys are (site, second): the window is one key range.
    st.bind(1, EventKey::rangeBegin(siteId, firstMinute * 60))
        .bind(2, EventKey::rangeEnd(siteId, (firstMinute + minutes) * 60))
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

std::optional<qint64> SqliteStats::activityCount(qint32 siteId, qint64 fromSecs, qint64 toSecs,
                                                 QueryError *error)
{
    return countEvents(d->db, "count(*)", siteId, fromSecs, toSecs,
                       {EventKind::Pageview, EventKind::Custom}, error);
}

std::optional<qint64> SqliteStats::lastPageview(qint32 siteId, QueryError *error)
{
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

std::optional<QList<DroppedRow>> SqliteStats::dropped(qint32 siteId, qint64 firstDay,
                                                      qint64 lastDay, QueryError *error)
{
    Statement st;
    if (!st.prepare(d->db,
                    "SELECT reason, sum(count) AS n FROM dropped WHERE site_id = ?1 AND day >= ?2"
                    " AND day <= ?3 GROUP BY reason ORDER BY n DESC, reason",
                    &error->message))
        return std::nullopt;
    st.bind(1, qint64(siteId)).bind(2, firstDay).bind(3, lastDay);
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

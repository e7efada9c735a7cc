// Seeds a realistic benchmark data set (issue 3's query benchmark) through the REAL write
// path: TrafficModel makes the hits a collector would accept (IP addresses, User-Agent
// strings, page and referrer URLs), and they go through the privacy pipeline, the
// sessionizer and SqliteEventStore exactly as IngestEngine's writer thread runs them
// (transactions of 20,000 events, drop counts, visitor expiry and salt deletion every
// simulated hour, retention every simulated hour), on a ManualClock that follows the
// generated timestamps. So rollups, flags and salts are what a real server would have.
//
//   seed_dataset --data DIR --events N [--days 90] [--sites 51] [--seed S]
//                [--end YYYY-MM-DD] [--retention-days 90]
//                [--clickhouse clickhouse://user@host:port/db [--clickhouse-only]]
//
// --clickhouse (issue 16) writes the very same events (after the same pipeline and
// sessionizer) through ClickHouseEventStore as well, in inserts of 100,000; the password
// comes from RAYCSTR_CLICKHOUSE_PASSWORD. Retention there is the SQLite store's, applied
// at the end as one ALTER … DELETE of the events SQLite dropped (ClickHouse's own
// retention drops whole months), so both hold the same events; the counts are compared.
// --clickhouse-only makes the ClickHouse copy of an existing data set in DIR: the
// generator is deterministic for the same parameters (pass its --end), the SQLite side
// runs in a temporary directory (sites and salts only; the salts are new, so visitor
// hashes differ, but not which events share one) and DIR is only read, to compare.
//
// N (human events to store; 10M, 2.5k… accepted) is spread over the sites' local days
// ending at --end (default: today, UTC); bots come on top and are dropped by the pipeline.
// DIR must not hold a database yet. On success DIR/dataset.txt records the parameters
// (query-bench.sh reuses a data set whose parameters match; bench_query reads --end).

#include "benchclickhouse.h"
#include "core/clock.h"
#include "core/config.h"
#include "ingest/geoip.h"
#include "ingest/pipeline.h"
#include "ingest/useragentparser.h"
#include "store/clickhouseeventstore.h"
#include "store/database.h"
#include "store/sites.h"
#include "store/sqliteeventstore.h"
#include "trafficmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace raycstr;
using namespace raycstr::bench;

namespace {

constexpr double BotShare = 0.035; // bot hits per stored human event
constexpr size_t MaxBatch = 20000; // EngineOptions::maxBatch
constexpr size_t ClickHouseBatch = 100000; // ~ a busy second of the writer's 1 s window

int usage(const char *why)
{
    if (why)
        fprintf(stderr, "seed_dataset: %s\n", why);
    fprintf(stderr,
            "usage: seed_dataset --data DIR --events N [--days 90] [--sites 51] [--seed S]\n"
            "                    [--end YYYY-MM-DD] [--retention-days 90]\n"
            "                    [--clickhouse clickhouse://user@host:port/db "
            "[--clickhouse-only]]\n"
            "  N may carry a k/M/G suffix (10M). --end defaults to today (UTC).\n");
    return 2;
}

bool parseCount(const QString &text, qint64 *out)
{
    QString t = text.trimmed();
    double mult = 1;
    if (t.endsWith(QLatin1Char('k'), Qt::CaseInsensitive))
        mult = 1e3;
    else if (t.endsWith(QLatin1Char('m'), Qt::CaseInsensitive))
        mult = 1e6;
    else if (t.endsWith(QLatin1Char('g'), Qt::CaseInsensitive))
        mult = 1e9;
    if (mult > 1)
        t.chop(1);
    bool ok = false;
    const double v = t.toDouble(&ok) * mult;
    if (!ok || v < 1 || v > 1e11)
        return false;
    *out = qint64(std::llround(v));
    return true;
}

QString human(double n)
{
    if (n >= 1e9)
        return QString::number(n / 1e9, 'f', 2) + QLatin1Char('G');
    if (n >= 1e6)
        return QString::number(n / 1e6, 'f', 2) + QLatin1Char('M');
    if (n >= 1e3)
        return QString::number(n / 1e3, 'f', 1) + QLatin1Char('k');
    return QString::number(n, 'f', 0);
}

// The writer thread's loop body (IngestEngine::run), minus the queue and the signals.
class Writer
{
public:
    // `store` null: events go to `clickHouse` only.
    Writer(ManualClock *clock, Pipeline *pipeline, SqliteEventStore *store, EventStore *clickHouse,
           int retentionDays)
        : m_clock(clock)
        , m_pipeline(pipeline)
        , m_store(store)
        , m_clickHouse(clickHouse)
        , m_retentionDays(retentionDays)
        , m_lastMaintenance(clock->nowSecs())
        , m_lastRetention(clock->nowSecs())
    {
        m_events.reserve(MaxBatch);
    }

    bool add(Hit &&hit)
    {
        m_clock->setNowMs(std::max(m_clock->nowMs(), hit.timestampMs));
        Event e;
        DropReason reason;
        const qint32 siteId = hit.siteId;
        const qint64 ts = hit.timestampMs / 1000;
        if (m_pipeline->process(std::move(hit), &e, &reason)) {
            ++kinds[int(e.kind) & 3];
            m_events.push_back(std::move(e));
        } else {
            const qint64 day = m_pipeline->siteTime(siteId).slot(ts).day;
            m_drops[{siteId, {day, int(reason)}}] += 1;
            ++(reason == DropReason::Bot ? droppedBots : droppedOther);
        }
        return m_events.size() < MaxBatch || commit();
    }

    // One transaction, as the writer makes under load; then the periodic jobs.
    bool commit()
    {
        if (!m_events.empty() || !m_drops.isEmpty()) {
            QList<DropCount> drops;
            for (auto it = m_drops.cbegin(); it != m_drops.cend(); ++it)
                drops.append({it.key().first, it.key().second.first,
                              dropReasonName(DropReason(it.key().second.second)), it.value()});
            QString error;
            if (m_store && !m_store->write(m_events, drops, &error)) {
                fprintf(stderr, "seed_dataset: writing %zu events failed: %s\n", m_events.size(),
                        qPrintable(error));
                return false;
            }
            stored += qint64(m_events.size());
            ++transactions;
            if (m_clickHouse) {
                std::move(m_events.begin(), m_events.end(), std::back_inserter(m_chEvents));
                m_chDrops.append(drops);
            }
            m_events.clear();
            m_drops.clear();
            if (m_chEvents.size() >= ClickHouseBatch && !flushClickHouse())
                return false;
        }
        return maintain();
    }

    // The events gathered for ClickHouse in one INSERT, retried as the engine retries.
    bool flushClickHouse()
    {
        if (!m_clickHouse || (m_chEvents.empty() && m_chDrops.isEmpty()))
            return true;
        QString error;
        for (int attempt = 1; !m_clickHouse->write(m_chEvents, m_chDrops, &error); ++attempt) {
            if (attempt == 10) {
                fprintf(stderr, "seed_dataset: writing %zu events to ClickHouse failed: %s\n",
                        m_chEvents.size(), qPrintable(error));
                return false;
            }
            fprintf(stderr, "seed_dataset: ClickHouse write failed (%s), again in 2 s\n",
                    qPrintable(error));
            QThread::sleep(2);
        }
        clickHouseWritten += qint64(m_chEvents.size());
        m_chEvents.clear();
        m_chDrops.clear();
        return true;
    }

    // Visitor expiry and salt deletion (every simulated minute in the engine: here after
    // each simulated hour and each commit, which expires the same visitors and salts a
    // little later), retention every simulated hour.
    bool maintain()
    {
        const qint64 now = m_clock->nowSecs();
        if (now - m_lastMaintenance >= 60) {
            m_lastMaintenance = now;
            m_pipeline->maintain();
        }
        if (m_retentionDays > 0 && now - m_lastRetention >= 3600) {
            m_lastRetention = now;
            retentionCutoff = now - qint64(m_retentionDays) * SecsPerDay;
            QString error;
            const qint64 deleted
                = m_store ? m_store->deleteEventsBefore(retentionCutoff, &error) : 0;
            if (deleted < 0) {
                fprintf(stderr, "seed_dataset: retention failed: %s\n", qPrintable(error));
                return false;
            }
            retained += deleted;
        }
        return true;
    }

    qint64 stored = 0;
    qint64 droppedBots = 0;
    qint64 droppedOther = 0;
    qint64 retained = 0; // raw events deleted by retention
    qint64 transactions = 0;
    qint64 kinds[4] = {0, 0, 0, 0};
    qint64 retentionCutoff = 0; // the last one applied (0: none)
    qint64 clickHouseWritten = 0;

private:
    ManualClock *m_clock;
    Pipeline *m_pipeline;
    SqliteEventStore *m_store;
    EventStore *m_clickHouse;
    int m_retentionDays;
    qint64 m_lastMaintenance;
    qint64 m_lastRetention;
    std::vector<Event> m_events;
    QHash<QPair<qint32, QPair<qint64, int>>, qint64> m_drops;
    std::vector<Event> m_chEvents;
    QList<DropCount> m_chDrops;
};

// The hits generated so far wait here until their hour is written, in time order (visits
// run across hour boundaries, and the sessionizer needs each visitor's events in order).
bool drain(std::vector<Hit> &pending, qint64 untilMs, Writer &writer)
{
    std::vector<Hit> ready;
    std::vector<Hit> later;
    ready.reserve(pending.size());
    for (Hit &h : pending)
        (h.timestampMs < untilMs ? ready : later).push_back(std::move(h));
    pending.swap(later);
    std::stable_sort(ready.begin(), ready.end(),
                     [](const Hit &a, const Hit &b) { return a.timestampMs < b.timestampMs; });
    for (Hit &h : ready) {
        if (!writer.add(std::move(h)))
            return false;
    }
    return writer.maintain();
}

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

// Whether `dataDir` holds the sites `repo` just made, under the same ids (a ClickHouse copy
// must name its sites as the data set it copies does).
bool sameSites(const QString &dataDir, SiteRepository &repo, QString *error)
{
    SqliteDb theirs;
    if (!Database::openReadOnly(&theirs, dataDir, error))
        return false;
    for (const Site &site : repo.list()) {
        Statement st(theirs, "SELECT id FROM sites WHERE domain = ?");
        st.bind(1, site.domain);
        if (!st.next() || qint32(st.int64(0)) != site.id) {
            *error = QStringLiteral("%1 has no site %2 with id %3: not the data set these "
                                    "parameters make")
                         .arg(dataDir, site.domain)
                         .arg(site.id);
            return false;
        }
    }
    return true;
}

// After the last write: SQLite's retention applied to the ClickHouse copy, then its events
// counted against SQLite's (`db`, or DIR's database when null). Returns the count, -1 when
// they differ or ClickHouse failed.
qint64 finishClickHouse(const BenchClickHouse &ch, const Writer &writer, const QString &dataDir,
                        SqliteDb *db)
{
    QString error;
    if (writer.retentionCutoff > 0
        && !ch.mutate("ALTER TABLE events DELETE WHERE ts < toDateTime("
                          + QByteArray::number(writer.retentionCutoff) + ")",
                      "events", &error)) {
        fprintf(stderr, "seed_dataset: ClickHouse retention: %s\n", qPrintable(error));
        return -1;
    }
    const qint64 rows = ch.scalar("SELECT count() FROM events", &error);
    const qint64 bytes = ch.scalar("SELECT sum(bytes_on_disk) FROM system.parts WHERE active "
                                   "AND table = 'events' AND database = "
                                       + ClickHouseClient::quote(ch.endpoint.database.toUtf8()),
                                   &error);
    SqliteDb theirs;
    if (!db && Database::openReadOnly(&theirs, dataDir, &error))
        db = &theirs;
    qint64 sqliteRows = -1;
    if (db && db->isOpen()) {
        Statement st(*db, "SELECT count(*) FROM events");
        sqliteRows = st.next() ? st.int64(0) : -1;
    }
    printf("  clickhouse    : %lld events written, %lld stored after retention (SQLite: %lld), "
           "%.1f MB = %.1f bytes/event\n",
           writer.clickHouseWritten, rows, sqliteRows, double(bytes) / 1e6,
           double(bytes) / double(std::max<qint64>(1, rows)));
    if (rows < 0 || rows != sqliteRows) {
        fprintf(stderr, "seed_dataset: the ClickHouse copy does not match: %s\n",
                rows < 0 ? qPrintable(error) : "a different number of events");
        return -1;
    }
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString dataDir;
    qint64 events = 0;
    int days = 90, siteCount = 51, retentionDays = 90;
    quint64 seed = 1;
    QDate end = QDateTime::currentDateTimeUtc().date();
    QString clickHouseUrl;
    bool clickHouseOnly = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage(nullptr);
            return 0;
        }
        if (a == QLatin1String("--clickhouse-only")) {
            clickHouseOnly = true;
            continue;
        }
        if (i + 1 >= args.size())
            return usage(qPrintable(QStringLiteral("%1 needs a value").arg(a)));
        const QString v = args[++i];
        bool ok = true;
        if (a == QLatin1String("--data"))
            dataDir = v;
        else if (a == QLatin1String("--events"))
            ok = parseCount(v, &events);
        else if (a == QLatin1String("--days"))
            days = v.toInt(&ok);
        else if (a == QLatin1String("--sites"))
            siteCount = v.toInt(&ok);
        else if (a == QLatin1String("--seed"))
            seed = v.toULongLong(&ok);
        else if (a == QLatin1String("--retention-days"))
            retentionDays = v.toInt(&ok);
        else if (a == QLatin1String("--end"))
            ok = (end = QDate::fromString(v, Qt::ISODate)).isValid();
        else if (a == QLatin1String("--clickhouse"))
            clickHouseUrl = v;
        else
            return usage(qPrintable(QStringLiteral("unknown option %1").arg(a)));
        if (!ok)
            return usage(qPrintable(QStringLiteral("bad value for %1: %2").arg(a, v)));
    }
    if (dataDir.isEmpty() || events <= 0)
        return usage("--data and --events are required");
    if (days < 1 || days > 3650 || siteCount < 1 || siteCount > 100 || retentionDays < 0)
        return usage("--days must be 1-3650, --sites 1-100, --retention-days >= 0");
    if (clickHouseOnly && clickHouseUrl.isEmpty())
        return usage("--clickhouse-only needs --clickhouse");
    if (QFileInfo::exists(Database::pathIn(dataDir)) != clickHouseOnly) {
        fprintf(stderr,
                clickHouseOnly ? "seed_dataset: %s is missing: --clickhouse-only copies an "
                                 "existing data set\n"
                               : "seed_dataset: %s already exists; remove it or choose another "
                                 "--data\n",
                qPrintable(Database::pathIn(dataDir)));
        return 1;
    }

    QString error, warning;
    std::optional<BenchClickHouse> ch;
    std::unique_ptr<ClickHouseEventStore> chStore;
    if (!clickHouseUrl.isEmpty()) {
        ch = BenchClickHouse::parse(clickHouseUrl, &error);
        if (ch)
            chStore = ClickHouseEventStore::open(
                ch->client(), [](qint32) { return true; }, &error);
        const qint64 there = chStore ? ch->scalar("SELECT count() FROM events", &error) : -1;
        if (there != 0) {
            fprintf(stderr, "seed_dataset: ClickHouse %s: %s\n", qPrintable(clickHouseUrl),
                    there > 0 ? "its events table is not empty" : qPrintable(error));
            return 1;
        }
    }
    const QString geoPath = findGeoIpDatabase();
    auto geo = openGeoIp(geoPath, &warning);
    if (geoPath.isEmpty() || !warning.isEmpty())
        fprintf(stderr, "seed_dataset: no GeoIP database (%s): countries will be unknown\n",
                qPrintable(warning.isEmpty() ? QStringLiteral("none installed") : warning));
    UserAgentParser userAgents;
    if (!userAgents.load(findUserAgentRegexes(), &error)) {
        fprintf(stderr, "seed_dataset: uap-core regexes.yaml: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    printf("seed_dataset: %s events, %d days ending %s, %d sites, seed %llu, retention %d days\n",
           qPrintable(human(double(events))), days, qPrintable(end.toString(Qt::ISODate)),
           siteCount, seed, retentionDays);
    TrafficModel model(seed, siteCount, days, events, *geo);
    printf("  address ranges per country (IPv4 /24s / IPv6 /64s) from %s: %s\n",
           qPrintable(geoPath.isEmpty() ? QStringLiteral("(none)") : geoPath),
           qPrintable(model.addresses().summary()));
    if (const int missing = model.addresses().countriesWithoutRanges())
        printf("  note: %d countries have no address range in the database; their visitors go "
               "to the others\n",
               missing);
    for (int i = 0; i < TrafficModel::agentCount(); ++i) {
        const UserAgentInfo info = userAgents.parse(TrafficModel::agent(i));
        if (info.isBot != TrafficModel::agentIsBot(i)
            || (!info.isBot && info.agent.device != TrafficModel::agentDevice(i)))
            printf("  note: User-Agent #%d parses as %s/%s, device %s (meant: %s, %s)\n", i,
                   info.isBot ? "bot" : "human", qPrintable(info.agent.browser),
                   qPrintable(deviceTypeName(info.agent.device)),
                   TrafficModel::agentIsBot(i) ? "bot" : "human",
                   qPrintable(deviceTypeName(TrafficModel::agentDevice(i))));
    }

    // --clickhouse-only: the SQLite side (sites, salts) in a scratch directory.
    QTemporaryDir scratch;
    SqliteDb db;
    if (!Database::open(&db, clickHouseOnly ? scratch.path() : dataDir, &error)) {
        fprintf(stderr, "seed_dataset: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 endDay = QDate(1970, 1, 1).daysTo(end);
    const qint64 firstDay = endDay - days + 1;
    SiteRepository repo(&db);
    struct SiteRun
    {
        SiteTime time;
        qint64 fromSecs = 0, toSecs = 0; // the local days [firstDay, endDay] in UTC
        std::vector<double> dayTarget; // human events per local day
        double debt = 0, botDebt = 0;
    };
    std::vector<SiteRun> runs(static_cast<size_t>(siteCount));
    std::vector<qint32> siteIds;
    qint64 fromSecs = std::numeric_limits<qint64>::max(), toSecs = 0;
    for (int s = 0; s < siteCount; ++s) {
        const SiteSpec &spec = model.sites()[s];
        SiteRun &r = runs[size_t(s)];
        r.time = SiteTime(QTimeZone(spec.timeZone.toUtf8()));
        r.fromSecs = r.time.dayStart(firstDay);
        r.toSecs = r.time.dayStart(endDay + 1);
        fromSecs = std::min(fromSecs, r.fromSecs);
        toSecs = std::max(toSecs, r.toSecs);
        const auto site = repo.add(spec.domain, spec.timeZone, r.fromSecs - SecsPerDay, &error);
        if (!site) {
            fprintf(stderr, "seed_dataset: adding %s: %s\n", qPrintable(spec.domain),
                    qPrintable(error));
            return 1;
        }
        model.setSiteId(s, site->id);
        siteIds.push_back(site->id);
        double sum = 0;
        for (qint64 d = firstDay; d <= endDay; ++d)
            sum += model.dayWeight(s, int(d - firstDay), QDate(1970, 1, 1).addDays(d).dayOfWeek());
        for (qint64 d = firstDay; d <= endDay; ++d)
            r.dayTarget.push_back(
                double(events) * spec.share
                * model.dayWeight(s, int(d - firstDay), QDate(1970, 1, 1).addDays(d).dayOfWeek())
                / sum);
    }
    fromSecs = floorDiv(fromSecs, 3600) * 3600;

    auto store = std::make_unique<SqliteEventStore>(&db);
    ManualClock clock(fromSecs * 1000);
    Pipeline pipeline(&clock, geo.get(), &userAgents, store->salts());
    for (int s = 0; s < siteCount; ++s)
        pipeline.setSiteTimeZone(siteIds[size_t(s)], runs[size_t(s)].time.zone());
    if (clickHouseOnly && !sameSites(dataDir, repo, &error)) {
        fprintf(stderr, "seed_dataset: %s\n", qPrintable(error));
        return 1;
    }
    Writer writer(&clock, &pipeline, clickHouseOnly ? nullptr : store.get(), chStore.get(),
                  retentionDays);
    Rng timing(seed * 7919 + 17);
    std::vector<Hit> pending;
    qint64 generated = 0, visits = 0, bots = 0;
    const qint64 genStartMs = timer.elapsed();
    const qint64 totalHours = (toSecs - fromSecs + 3599) / 3600;

    for (qint64 hour = fromSecs; hour < toSecs; hour += 3600) {
        for (int s = 0; s < siteCount; ++s) {
            SiteRun &r = runs[size_t(s)];
            const qint64 a = std::max(hour, r.fromSecs), b = std::min(hour + 3600, r.toSecs);
            if (a >= b)
                continue;
            const qint64 mid = (a + b) / 2;
            const qint64 local = mid + r.time.offsetAt(mid);
            const int dayIndex = int(floorDiv(local, SecsPerDay) - firstDay);
            const int localHour = int((local - floorDiv(local, SecsPerDay) * SecsPerDay) / 3600);
            const double target = r.dayTarget[size_t(std::clamp(dayIndex, 0, days - 1))]
                * TrafficModel::hourWeight(localHour) / 24.0 * double(b - a) / 3600.0;
            r.debt += target;
            while (r.debt > 0) {
                const qint64 startMs = a * 1000 + qint64(timing.uniform() * double(b - a) * 1000);
                const int n = model.appendVisit(s, dayIndex, startMs, pending);
                r.debt -= n;
                generated += n;
                ++visits;
            }
            r.botDebt += target * BotShare;
            for (; r.botDebt >= 1; r.botDebt -= 1, ++bots)
                model.appendBotHit(s, a * 1000 + qint64(timing.uniform() * double(b - a) * 1000),
                                   pending);
        }
        if (!drain(pending, (hour + 3600) * 1000, writer))
            return 1;
        const qint64 done = (hour + 3600 - fromSecs) / 3600;
        if (done % 24 == 0 || done == totalHours) {
            const double secs = double(timer.elapsed() - genStartMs) / 1000.0;
            const double rate = double(writer.stored) / std::max(secs, 1e-3);
            const double eta = double(events - generated) / std::max(rate, 1.0);
            printf("  [%3lld/%lld] %s  stored %9s  bots %7s  %6.0f s  %6s events/s  ETA %4.0f s\n",
                   done / 24, (totalHours + 23) / 24,
                   qPrintable(QDateTime::fromSecsSinceEpoch(hour, QTimeZone::utc())
                                  .date()
                                  .toString(Qt::ISODate)),
                   qPrintable(human(double(writer.stored))),
                   qPrintable(human(double(writer.droppedBots))), secs, qPrintable(human(rate)),
                   std::max(0.0, eta));
            fflush(stdout);
        }
    }
    if (!drain(pending, std::numeric_limits<qint64>::max(), writer) || !writer.commit()
        || !writer.flushClickHouse())
        return 1;
    if (ch) {
        const qint64 rows = finishClickHouse(*ch, writer, dataDir, clickHouseOnly ? nullptr : &db);
        if (rows < 0)
            return 1;
        if (clickHouseOnly) {
            printf("seed_dataset: ClickHouse copy done in %.1f s\n", double(timer.elapsed()) / 1e3);
            return 0;
        }
    }

    // Close as the engine does on stop (checkpoints the WAL), then measure the files.
    store.reset();
    db.close();
    const double secs = double(timer.elapsed()) / 1000.0;
    const QString path = Database::pathIn(dataDir);
    const qint64 dbBytes = fileSize(path), walBytes = fileSize(path + QStringLiteral("-wal"));
    const qint64 bytes = dbBytes + walBytes + fileSize(path + QStringLiteral("-shm"));

    printf("seed_dataset: done in %.1f s (%s stored events/s, %lld transactions)\n", secs,
           qPrintable(human(double(writer.stored) / secs)), writer.transactions);
    printf("  events stored : %lld (pageviews %lld, custom %lld, vitals %lld, engagement %lld) in "
           "%lld visits\n",
           writer.stored, writer.kinds[0], writer.kinds[1], writer.kinds[2], writer.kinds[3],
           visits);
    printf("  dropped       : %lld bots (of %lld bot hits), %lld other; %lld raw events removed by "
           "retention\n",
           writer.droppedBots, bots, writer.droppedOther, writer.retained);
    printf("  database      : %s = %.1f MB (wal %.1f MB) = %.1f bytes/event\n", qPrintable(path),
           double(bytes) / 1e6, double(walBytes) / 1e6,
           double(bytes) / double(std::max<qint64>(1, writer.stored)));

    QFile meta(dataDir + QStringLiteral("/dataset.txt"));
    if (!meta.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        fprintf(stderr, "seed_dataset: cannot write %s\n", qPrintable(meta.fileName()));
        return 1;
    }
    meta.write(QStringLiteral("generator=seed_dataset/1\nevents=%1\ndays=%2\nsites=%3\nseed=%4\n"
                              "end=%5\nretention_days=%6\nstored=%7\nbots_dropped=%8\nvisits=%9\n")
                   .arg(events)
                   .arg(days)
                   .arg(siteCount)
                   .arg(seed)
                   .arg(end.toString(Qt::ISODate))
                   .arg(retentionDays)
                   .arg(writer.stored)
                   .arg(writer.droppedBots)
                   .arg(visits)
                   .toUtf8());
    meta.write(QStringLiteral("seconds=%1\nbytes=%2\nschema=%3\n")
                   .arg(secs, 0, 'f', 1)
                   .arg(bytes)
                   .arg(Database::latestSchemaVersion())
                   .toUtf8());
    return meta.flush() ? 0 : 1;
}

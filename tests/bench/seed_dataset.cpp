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
//
// N (human events to store; 10M, 2.5k… accepted) is spread over the sites' local days
// ending at --end (default: today, UTC); bots come on top and are dropped by the pipeline.
// DIR must not hold a database yet. On success DIR/dataset.txt records the parameters
// (query-bench.sh reuses a data set whose parameters match; bench_query reads --end).

#include "core/clock.h"
#include "core/config.h"
#include "ingest/geoip.h"
#include "ingest/pipeline.h"
#include "ingest/useragentparser.h"
#include "store/database.h"
#include "store/sites.h"
#include "store/sqliteeventstore.h"
#include "trafficmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace raycstr;
using namespace raycstr::bench;

namespace {

constexpr double BotShare = 0.035; // bot hits per stored human event
constexpr size_t MaxBatch = 20000; // EngineOptions::maxBatch

int usage(const char *why)
{
    if (why)
        fprintf(stderr, "seed_dataset: %s\n", why);
    fprintf(stderr,
            "usage: seed_dataset --data DIR --events N [--days 90] [--sites 51] [--seed S]\n"
            "                    [--end YYYY-MM-DD] [--retention-days 90]\n"
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
    Writer(ManualClock *clock, Pipeline *pipeline, SqliteEventStore *store, int retentionDays)
        : m_clock(clock)
        , m_pipeline(pipeline)
        , m_store(store)
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
            if (!m_store->write(m_events, drops, &error)) {
                fprintf(stderr, "seed_dataset: writing %zu events failed: %s\n", m_events.size(),
                        qPrintable(error));
                return false;
            }
            stored += qint64(m_events.size());
            ++transactions;
            m_events.clear();
            m_drops.clear();
        }
        return maintain();
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
            QString error;
            const qint64 deleted
                = m_store->deleteEventsBefore(now - qint64(m_retentionDays) * SecsPerDay, &error);
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

private:
    ManualClock *m_clock;
    Pipeline *m_pipeline;
    SqliteEventStore *m_store;
    int m_retentionDays;
    qint64 m_lastMaintenance;
    qint64 m_lastRetention;
    std::vector<Event> m_events;
    QHash<QPair<qint32, QPair<qint64, int>>, qint64> m_drops;
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString dataDir;
    qint64 events = 0;
    int days = 90, siteCount = 51, retentionDays = 90;
    quint64 seed = 1;
    QDate end = QDateTime::currentDateTimeUtc().date();
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage(nullptr);
            return 0;
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
        else
            return usage(qPrintable(QStringLiteral("unknown option %1").arg(a)));
        if (!ok)
            return usage(qPrintable(QStringLiteral("bad value for %1: %2").arg(a, v)));
    }
    if (dataDir.isEmpty() || events <= 0)
        return usage("--data and --events are required");
    if (days < 1 || days > 3650 || siteCount < 1 || siteCount > 100 || retentionDays < 0)
        return usage("--days must be 1-3650, --sites 1-100, --retention-days >= 0");
    if (QFileInfo::exists(Database::pathIn(dataDir))) {
        fprintf(stderr, "seed_dataset: %s already exists; remove it or choose another --data\n",
                qPrintable(Database::pathIn(dataDir)));
        return 1;
    }

    QString error, warning;
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

    SqliteDb db;
    if (!Database::open(&db, dataDir, &error)) {
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
    Writer writer(&clock, &pipeline, store.get(), retentionDays);
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
    if (!drain(pending, std::numeric_limits<qint64>::max(), writer) || !writer.commit())
        return 1;

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

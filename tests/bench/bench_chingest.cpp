// Ingest into ClickHouse (issue 16): how many events a second the writer thread's store,
// ClickHouseEventStore, puts into a ClickHouse server in batches of 100,000 (the biggest
// batch the engine hands over under load), and that every one of them is there afterwards.
//
//   bench_chingest --clickhouse clickhouse://user@host:port/db [--events 1000000]
//                  [--batch 100000] [--runs 5] [--target 100000] [--rollups 1]
//
// --rollups 0: the events only, without folding and sending the daily rollups (what a
// write costs without them; the server always writes them).
// The password comes from RAYCSTR_CLICKHOUSE_PASSWORD. The database is dropped and made
// again first: give one of its own (query-bench.sh uses `ingestbench`). The events are
// made before the timers start (realistic ones: 51 sites, a few thousand paths, the
// sources, countries, browsers and kinds of seed_dataset's traffic, visit bookkeeping
// filled in), so a run times what the writer thread does: encoding the rows (RowBinary)
// and the INSERTs, each write() until ClickHouse confirmed it. Each run writes --events;
// the figure is the median of the runs' events/s. At the end the events table must hold
// runs × events rows, and the batches' ids must all be there. Exit: 0 target met and
// nothing lost, 1 otherwise, 2 could not run.

#include "benchclickhouse.h"
#include "store/clickhouseeventstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace raycstr;
using namespace raycstr::bench;

namespace {

int usage(const char *why)
{
    if (why)
        fprintf(stderr, "bench_chingest: %s\n", why);
    fprintf(stderr,
            "usage: bench_chingest --clickhouse clickhouse://user@host:port/db "
            "[--events 1000000] [--batch 100000] [--runs 5] [--target 100000] [--rollups 0|1]\n");
    return 2;
}

// One batch of events as the sessionizer hands them to the store: a few visits per visitor,
// ts within the hour before `endSecs`, in time order.
std::vector<Event> makeBatch(QRandomGenerator &rng, int count, qint64 endSecs)
{
    static const QStringList sources = {QString(),
                                        QStringLiteral("Google"),
                                        QStringLiteral("Bing"),
                                        QStringLiteral("Twitter"),
                                        QStringLiteral("Hacker News"),
                                        QStringLiteral("Reddit"),
                                        QStringLiteral("news.example.org")};
    static const QStringList countries
        = {QStringLiteral("US"), QStringLiteral("DE"), QStringLiteral("GB"),
           QStringLiteral("IN"), QStringLiteral("FR"), QString()};
    static const QStringList browsers = {QStringLiteral("Chrome"), QStringLiteral("Safari"),
                                         QStringLiteral("Firefox"), QStringLiteral("Edge")};
    static const QStringList vitals = {QStringLiteral("LCP"), QStringLiteral("FCP"),
                                       QStringLiteral("TTFB"), QStringLiteral("CLS")};
    std::vector<Event> out;
    out.reserve(size_t(count));
    const qint64 from = endSecs - 3600;
    while (int(out.size()) < count) {
        Event visit;
        visit.siteId = 1 + int(rng.bounded(51));
        visit.visitor = rng.generate64() & 0xFFFFFFFFFFFF;
        visit.visitStart = from + rng.bounded(3000);
        visit.hostname = QStringLiteral("site%1.example").arg(visit.siteId);
        visit.entryPath = QStringLiteral("/blog/%1-a-post").arg(rng.bounded(4000));
        visit.acquisition.source = sources[int(rng.bounded(sources.size()))];
        if (!visit.acquisition.source.isEmpty())
            visit.acquisition.referrer = visit.acquisition.source.toLower() + QStringLiteral("/");
        visit.country = countries[int(rng.bounded(countries.size()))];
        visit.agent.browser = browsers[int(rng.bounded(browsers.size()))];
        visit.agent.browserVersion = QString::number(110 + rng.bounded(20));
        visit.agent.os = QStringLiteral("Windows");
        visit.agent.osVersion = QStringLiteral("10");
        visit.agent.device = DeviceType(1 + rng.bounded(3));
        const int n = 1 + int(rng.bounded(6));
        qint64 ts = visit.visitStart;
        for (int i = 0; i < n && int(out.size()) < count; ++i, ts += 5 + rng.bounded(120)) {
            Event e = visit;
            e.ts = std::min(ts, endSecs - 1);
            e.slot = {e.ts / 86400, e.ts / 3600 * 3600};
            e.visitSlot = {e.visitStart / 86400, e.visitStart / 3600 * 3600};
            const quint32 r = rng.bounded(100);
            e.kind = i == 0 || r < 45 ? EventKind::Pageview
                : r < 83              ? EventKind::Vitals
                : r < 97              ? EventKind::Engagement
                                      : EventKind::Custom;
            e.path
                = i == 0 ? visit.entryPath : QStringLiteral("/docs/page-%1").arg(rng.bounded(300));
            e.flags = i == 0 ? EventFlag::VisitStart | EventFlag::FirstPageInVisit : 0;
            e.bounceDelta = i == 0 ? 1 : (i == 1 ? -1 : 0);
            e.durationDelta = i == 0 ? 0 : 30;
            if (e.kind == EventKind::Vitals) {
                e.name = vitals[int(rng.bounded(vitals.size()))];
                e.value = 100 + rng.bounded(3000);
                e.hasValue = true;
                e.interactive = false;
            } else if (e.kind == EventKind::Custom) {
                e.name = QStringLiteral("Signup");
                e.props = {{QStringLiteral("plan"), QStringLiteral("pro")}};
            }
            out.push_back(std::move(e));
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Event &a, const Event &b) { return a.ts < b.ts; });
    return out;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty()   ? 0
        : v.size() % 2 ? v[v.size() / 2]
                       : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString url;
    qint64 events = 1'000'000, batch = 100'000;
    int runs = 5;
    bool foldRollups = true;
    double target = 100'000;
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
        if (a == QLatin1String("--clickhouse"))
            url = v;
        else if (a == QLatin1String("--events"))
            ok = (events = v.toLongLong(&ok)) > 0 && ok;
        else if (a == QLatin1String("--batch"))
            ok = (batch = v.toLongLong(&ok)) > 0 && ok;
        else if (a == QLatin1String("--runs"))
            ok = (runs = v.toInt(&ok)) > 0 && ok;
        else if (a == QLatin1String("--rollups")) // 0: events only, to see what folding costs
            foldRollups = v != QLatin1String("0");
        else if (a == QLatin1String("--target"))
            ok = (target = v.toDouble(&ok)) > 0 && ok;
        else
            return usage(qPrintable(QStringLiteral("unknown option %1").arg(a)));
        if (!ok)
            return usage(qPrintable(QStringLiteral("bad value for %1: %2").arg(a, v)));
    }
    if (url.isEmpty())
        return usage("--clickhouse is required");
    QString error;
    const auto ch = BenchClickHouse::parse(url, &error);
    if (!ch)
        return usage(qPrintable(error));
    ClickHouseError e;
    if (!ch->client()->execute("DROP DATABASE IF EXISTS " + ch->endpoint.database.toUtf8(), &e,
                               ClickHouseClient::Scope::Server)) {
        fprintf(stderr, "bench_chingest: %s\n", qPrintable(e.toString()));
        return 2;
    }
    auto store = ClickHouseEventStore::open(
        ch->client(), [](qint32) { return true; }, &error);
    if (!store) {
        fprintf(stderr, "bench_chingest: %s\n", qPrintable(error));
        return 2;
    }
    store->setFoldRollups(foldRollups);

    // A few different batches, made once; each write gets a copy (write() may take events
    // out of its vector), made before its timer starts.
    QRandomGenerator rng(16);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    std::vector<std::vector<Event>> batches;
    for (int i = 0; i < 4; ++i)
        batches.push_back(makeBatch(rng, int(batch), now - 3600 * i));
    std::vector<double> rates;
    qint64 written = 0, batchesWritten = 0;
    for (int run = 0; run < runs; ++run) {
        qint64 nanos = 0, runEvents = 0;
        for (qint64 left = events; left > 0; left -= batch, ++batchesWritten) {
            std::vector<Event> copy = batches[size_t(batchesWritten % 4)];
            copy.resize(size_t(std::min(left, batch)));
            const qint64 n = qint64(copy.size());
            QElapsedTimer t;
            t.start();
            for (int attempt = 1; !store->write(copy, {}, &error); ++attempt) {
                fprintf(stderr, "bench_chingest: write failed (%s)%s\n", qPrintable(error),
                        attempt < 5 ? ", again" : "");
                if (attempt == 5)
                    return 2;
            }
            nanos += t.nsecsElapsed();
            runEvents += n;
        }
        written += runEvents;
        rates.push_back(double(runEvents) / (double(nanos) / 1e9));
        printf("run %d/%d: %lld events in %.2f s = %.0f events/s\n", run + 1, runs, runEvents,
               double(nanos) / 1e9, rates.back());
        fflush(stdout);
    }
    const qint64 stored = ch->scalar("SELECT count() FROM events", &error);
    const qint64 batchIds = ch->scalar("SELECT uniqExact(batch) FROM events", &error);
    const double rate = median(rates);
    const bool fast = rate >= target;
    const bool whole = stored == written && batchIds == batchesWritten;
    printf("\n== ClickHouse ingest (%s, batches of %lld) ==\n",
           qPrintable(ch->endpoint.toDisplayString()), batch);
    printf("events/s (median of %d runs of %lld)  %.0f   %s (>= %.0f)\n", runs, events, rate,
           fast ? "PASS" : "MISS", target);
    printf("stored == written                     %lld == %lld, %lld of %lld batches   %s\n",
           stored, written, batchIds, batchesWritten, whole ? "PASS" : "MISS (LOST)");
    printf("bench_chingest peak RSS               %lld MB\n", peakRssKb() / 1024);
    if (stored < 0)
        fprintf(stderr, "bench_chingest: counting: %s\n", qPrintable(error));
    return fast && whole ? 0 : 1;
}

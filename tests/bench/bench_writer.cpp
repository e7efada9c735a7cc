// Writer-side benchmark: the real privacy pipeline, sessionizer and SQLite store, fed with
// pre-built hits in-process (no HTTP, no load generator), so the figure is the writer
// thread's own cost per event. Prints medians of several rounds.
//
//   build/bench/tests/bench/bench_writer [events-per-round=200000] [rounds=5]

#include "core/clock.h"
#include "core/config.h"
#include "ingest/geoip.h"
#include "ingest/pipeline.h"
#include "ingest/useragentparser.h"
#include "store/database.h"
#include "store/sqliteeventstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace raycstr;

namespace {

const char *const UserAgents[] = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0",
};
const char *const Referrers[] = {"",
                                 "",
                                 "https://www.google.com/",
                                 "https://news.ycombinator.com/",
                                 "https://t.co/abc",
                                 "https://www.bing.com/search?q=x",
                                 "https://example.com/"};

QList<Hit> makeHits(int n, qint32 siteId, qint64 startMs, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<Hit> hits;
    hits.reserve(n);
    for (int i = 0; i < n; ++i) {
        Hit h;
        h.kind = rng.bounded(10) == 0 ? EventKind::Custom : EventKind::Pageview;
        h.name = h.kind == EventKind::Custom ? QStringLiteral("signup") : QString();
        h.siteId = siteId;
        h.timestampMs = startMs + qint64(i) * 5; // 200 events/s of simulated time
        h.url = QStringLiteral("https://example.com/blog/post-%1?utm_source=%2")
                    .arg(rng.bounded(500))
                    .arg(rng.bounded(4) == 0 ? "news" : "");
        h.referrer = QString::fromLatin1(Referrers[rng.bounded(int(std::size(Referrers)))]);
        h.ip = QHostAddress(quint32(0xC6336400u + rng.bounded(20000))); // 198.51.100.0 + n
        h.userAgent = QByteArray(UserAgents[rng.bounded(int(std::size(UserAgents)))]);
        hits.append(std::move(h));
    }
    return hits;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int perRound = argc > 1 ? atoi(argv[1]) : 200000;
    const int rounds = argc > 2 ? atoi(argv[2]) : 5;
    const int batch = 10000;

    QTemporaryDir dir;
    SqliteDb db;
    QString error;
    if (!Database::open(&db, dir.path(), &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    db.exec("INSERT INTO sites(id, domain, created_at) VALUES(1, 'example.com', 0)");
    SqliteEventStore store(&db);
    ManualClock clock(1700000000000LL);
    UserAgentParser ua;
    if (!ua.load(findUserAgentRegexes(), &error))
        fprintf(stderr, "no UA regexes: %s\n", qPrintable(error));
    QString warning;
    auto geo = openGeoIp(findGeoIpDatabase(), &warning);
    Pipeline pipeline(&clock, geo.get(), &ua, store.salts());

    std::vector<double> pipeUs, storeUs;
    qint64 total = 0;
    for (int r = 0; r < rounds; ++r) {
        QList<Hit> hits = makeHits(perRound, 1, clock.nowMs(), quint32(r + 1));
        clock.advanceMs(qint64(perRound) * 5);
        qint64 pipeNs = 0, storeNs = 0;
        std::vector<Event> events;
        for (int from = 0; from < perRound; from += batch) {
            events.clear();
            QElapsedTimer t;
            t.start();
            for (int i = from; i < qMin(perRound, from + batch); ++i) {
                Event e;
                DropReason reason;
                if (pipeline.process(std::move(hits[i]), &e, &reason))
                    events.push_back(std::move(e));
            }
            pipeNs += t.nsecsElapsed();
            t.restart();
            if (!store.write(events, {}, &error)) {
                fprintf(stderr, "write failed: %s\n", qPrintable(error));
                return 1;
            }
            storeNs += t.nsecsElapsed();
            total += qint64(events.size());
        }
        pipeUs.push_back(double(pipeNs) / perRound / 1000.0);
        storeUs.push_back(double(storeNs) / perRound / 1000.0);
    }
    const double p = median(pipeUs), s = median(storeUs);
    const qint64 bytes = QFileInfo(Database::pathIn(dir.path())).size()
        + QFileInfo(Database::pathIn(dir.path()) + QStringLiteral("-wal")).size();
    printf("writer bench: %d rounds of %d events (batches of %d), median per event:\n", rounds,
           perRound, batch);
    printf("  pipeline (bot/UA/geo/referrer/hash/sessions) : %.2f us\n", p);
    printf("  store (row + interning + rollups + commit)    : %.2f us\n", s);
    printf(
        "  total                                          : %.2f us  = %.0f events/s on one core\n",
        p + s, 1e6 / (p + s));
    printf("  stored %lld events, %.1f bytes/event (db + wal)\n", total,
           double(bytes) / double(total));
    return 0;
}

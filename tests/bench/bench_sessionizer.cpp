// The sessionizer alone (issue 14): its cost per event on the writer thread and the heap it
// holds per visitor after a busy day, so a change to its state can be judged on both. A
// day of traffic is made in memory: visitors with one to three visits of one to eight
// pageviews, custom events and engagement pings, a few sources and campaigns, browsers and
// countries; the events are handed to Sessionizer::apply() in time order, in chunks built
// outside the timed part. Bytes per visitor are glibc's in-use heap (mallinfo2) after the
// day, over the visitors held: this executable does not link jemalloc for that reason.
//
//   build/bench/tests/bench/bench_sessionizer [visitors=289000] [rounds=3]

#include "ingest/sessionizer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace raycstr;

namespace {

constexpr qint64 DayStart = 1700006400; // 2023-11-15T00:00Z

struct Planned
{
    qint64 ts;
    quint32 person;
    quint16 page;
    quint8 kind; // EventKind
    quint8 way; // index into the ways in (acquisitions)
};

struct Person
{
    quint64 id;
    quint8 agent;
    quint8 country;
};

const Agent Agents[] = {
    {"Chrome", "126", "Windows", "10", DeviceType::Desktop},
    {"Safari", "17", "Mac", "10.15", DeviceType::Desktop},
    {"Firefox", "126", "Linux", "", DeviceType::Desktop},
    {"Mobile Safari", "17", "iOS", "17", DeviceType::Mobile},
    {"Chrome Mobile", "126", "Android", "14", DeviceType::Mobile},
    {"Edge", "126", "Windows", "10", DeviceType::Desktop},
};
const char *const Countries[] = {"US", "DE", "FR", "GB", "IN", "BR", "JP", "", "ES", "NL"};

Acquisition way(int i)
{
    Acquisition a;
    switch (i % 6) {
    case 0:
        break; // direct
    case 1:
        a.source = QStringLiteral("Google");
        a.referrer = QStringLiteral("www.google.com");
        break;
    case 2:
        a.source = QStringLiteral("Hacker News");
        a.referrer = QStringLiteral("news.ycombinator.com/item");
        break;
    case 3:
        a.source = QStringLiteral("newsletter");
        a.utmSource = QStringLiteral("newsletter");
        a.utmMedium = QStringLiteral("email");
        a.utmCampaign = QStringLiteral("week-%1").arg(i % 40);
        break;
    case 4:
        a.source = QStringLiteral("Twitter");
        a.referrer = QStringLiteral("t.co");
        break;
    default:
        a.source = QStringLiteral("blog-%1.example").arg(i % 300);
        a.referrer = QStringLiteral("blog-%1.example/post").arg(i % 300);
        break;
    }
    return a;
}

std::vector<Planned> plan(int visitors, std::vector<Person> *people)
{
    QRandomGenerator rng(7);
    std::vector<Planned> out;
    out.reserve(size_t(visitors) * 6);
    people->clear();
    for (int p = 0; p < visitors; ++p) {
        people->push_back({rng.generate64() & 0xffffffffffffull, quint8(rng.bounded(6)),
                           quint8(rng.bounded(10))});
        const int r = int(rng.bounded(100));
        const int visits = r < 75 ? 1 : r < 93 ? 2 : 3;
        qint64 t = DayStart + rng.bounded(20 * 3600);
        for (int v = 0; v < visits; ++v) {
            const quint8 w = quint8(rng.bounded(64));
            const int pages = 1 + int(rng.bounded(8)) / (1 + int(rng.bounded(3)));
            for (int i = 0; i < pages; ++i) {
                out.push_back({t, quint32(p), quint16(rng.bounded(400)),
                               quint8(EventKind::Pageview), w});
                if (rng.bounded(10) == 0)
                    out.push_back({t + 2, quint32(p), 0, quint8(EventKind::Custom), w});
                t += 20 + rng.bounded(150);
                if (rng.bounded(3) == 0)
                    out.push_back({t - 5, quint32(p), 0, quint8(EventKind::Engagement), w});
            }
            t += 31 * 60 + rng.bounded(3 * 3600);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Planned &a, const Planned &b) { return a.ts < b.ts; });
    return out;
}

size_t heapInUse()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    return mallinfo2().uordblks;
#else
    return 0;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    const int visitors = argc > 1 ? atoi(argv[1]) : 289000;
    const int rounds = argc > 2 ? atoi(argv[2]) : 3;
    std::vector<Person> people;
    const std::vector<Planned> events = plan(visitors, &people);
    std::vector<Acquisition> ways;
    for (int i = 0; i < 64; ++i)
        ways.push_back(way(i));
    std::vector<QString> paths;
    for (int i = 0; i < 400; ++i)
        paths.push_back(QStringLiteral("/docs/section-%1/page-%2").arg(i / 20).arg(i));
    const QString host = QStringLiteral("busy.example");
    const QString signup = QStringLiteral("Signup");

    std::vector<double> nsPerEvent;
    double bytesPerVisitor = 0;
    qsizetype held = 0;
    for (int r = 0; r < rounds; ++r) {
        const size_t heapBefore = heapInUse();
        auto s = std::make_unique<Sessionizer>();
        qint64 ns = 0;
        std::vector<Event> chunk;
        for (size_t from = 0; from < events.size(); from += 50000) {
            const size_t to = std::min(events.size(), from + 50000);
            chunk.clear();
            chunk.reserve(to - from);
            for (size_t i = from; i < to; ++i) {
                const Planned &p = events[i];
                Event e;
                e.siteId = 1;
                e.ts = p.ts;
                e.visitor = people[p.person].id;
                e.kind = EventKind(p.kind);
                e.hostname = host;
                e.path = paths[p.page];
                e.acquisition = ways[p.way];
                e.agent = Agents[people[p.person].agent];
                e.country = QString::fromLatin1(Countries[people[p.person].country]);
                if (e.kind == EventKind::Custom)
                    e.name = signup;
                chunk.push_back(std::move(e));
            }
            QElapsedTimer t;
            t.start();
            for (Event &e : chunk)
                s->apply(e, 0, LocalSlot {e.ts / 86400, e.ts / 3600 * 3600});
            ns += t.nsecsElapsed();
        }
        std::vector<Event>().swap(chunk); // its memory too, before the heap is read
        held = s->visitorCount();
        bytesPerVisitor = double(heapInUse() - heapBefore) / double(held);
        nsPerEvent.push_back(double(ns) / double(events.size()));
    }
    std::sort(nsPerEvent.begin(), nsPerEvent.end());
    printf("sessionizer bench: %zu events of %d visitors, %d rounds\n", events.size(), visitors,
           rounds);
    printf("  apply()            : %.0f ns/event (median; best %.0f)\n",
           nsPerEvent[nsPerEvent.size() / 2], nsPerEvent.front());
    if (heapInUse() > 0)
        printf("  heap per visitor   : %.0f bytes (%lld visitors held)\n", bytesPerVisitor,
               qlonglong(held));
    else
        printf("  heap per visitor   : not measured (no mallinfo2 here)\n");
    return 0;
}

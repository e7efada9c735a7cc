#include "ingest/sessionizer.h"

#include "sessionizerreference.h"

#include <QRandomGenerator>
#include <QTest>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace raycstr;

class tst_Sessionizer : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 T0 = 1700000000; // 2023-11-14T22:13:20Z
    static Event pageview(qint64 ts, const QString &path, quint64 visitor = 42)
    {
        Event e;
        e.siteId = 1;
        e.ts = ts;
        e.visitor = visitor;
        e.kind = EventKind::Pageview;
        e.path = path;
        e.hostname = QStringLiteral("example.com");
        return e;
    }
    static LocalSlot slotOf(qint64 ts) { return {ts / 86400, ts / 3600 * 3600}; }

private Q_SLOTS:
    void firstPageviewStartsABouncedVisit()
    {
        Sessionizer s;
        Event e = pageview(T0, QStringLiteral("/"));
        e.acquisition.source = QStringLiteral("Google");
        QVERIFY(s.apply(e, 0, slotOf(T0)));
        QVERIFY(e.hasFlag(EventFlag::VisitStart));
        QVERIFY(e.hasFlag(EventFlag::NewVisitorToday));
        QVERIFY(e.hasFlag(EventFlag::NewVisitorHour));
        QVERIFY(e.hasFlag(EventFlag::FirstPageInVisit));
        QCOMPARE(e.bounceDelta, 1);
        QCOMPARE(e.durationDelta, 0);
        QCOMPARE(e.visitStart, T0);
        QCOMPARE(e.entryPath, QStringLiteral("/"));
        QVERIFY(e.exitChanged);
        QVERIFY(e.previousExitPath.isEmpty());
        QVERIFY(e.newDimensions & (1u << int(Dimension::Source)));
        QVERIFY(e.newDimensions & (1u << int(Dimension::Page)));
    }

    void secondPageviewEndsTheBounceAndAddsDuration()
    {
        Sessionizer s;
        Event a = pageview(T0, QStringLiteral("/"));
        a.acquisition.source = QStringLiteral("Google");
        QVERIFY(s.apply(a, 0, slotOf(T0)));
        Event b = pageview(T0 + 40, QStringLiteral("/pricing"));
        QVERIFY(s.apply(b, 0, slotOf(T0 + 40)));
        QVERIFY(!b.hasFlag(EventFlag::VisitStart));
        QVERIFY(!b.hasFlag(EventFlag::NewVisitorToday));
        QCOMPARE(b.bounceDelta, -1);
        QCOMPARE(b.durationDelta, 40);
        QCOMPARE(b.visitStart, T0);
        QCOMPARE(b.entryPath, QStringLiteral("/"));
        QCOMPARE(b.acquisition.source, QStringLiteral("Google")); // the visit's, not the event's
        QVERIFY(b.exitChanged);
        QCOMPARE(b.previousExitPath, QStringLiteral("/"));
        // Same visitor, same source today: not new for the Source dimension any more.
        QVERIFY(!(b.newDimensions & (1u << int(Dimension::Source))));
        QVERIFY(b.newDimensions & (1u << int(Dimension::Page)));

        Event c = pageview(T0 + 100, QStringLiteral("/pricing"));
        QVERIFY(s.apply(c, 0, slotOf(T0 + 100)));
        QCOMPARE(c.bounceDelta, 0);
        QCOMPARE(c.durationDelta, 60);
        QVERIFY(!c.exitChanged); // still on /pricing
        QVERIFY(!c.hasFlag(EventFlag::FirstPageInVisit));
    }

    void interactiveEventEndsABounceButNonInteractiveDoesNot()
    {
        Sessionizer s;
        Event a = pageview(T0, QStringLiteral("/"));
        QVERIFY(s.apply(a, 0, slotOf(T0)));
        Event quiet = pageview(T0 + 5, QStringLiteral("/"));
        quiet.kind = EventKind::Custom;
        quiet.name = QStringLiteral("scroll");
        quiet.interactive = false;
        QVERIFY(s.apply(quiet, 0, slotOf(T0 + 5)));
        QCOMPARE(quiet.bounceDelta, 0);
        Event click = quiet;
        click.ts = T0 + 9;
        click.name = QStringLiteral("signup");
        click.interactive = true;
        QVERIFY(s.apply(click, 0, slotOf(T0 + 9)));
        QCOMPARE(click.bounceDelta, -1);
        QCOMPARE(click.durationDelta, 4);
        QVERIFY(!click.exitChanged); // custom events do not move the exit page
    }

    void thirtyMinutesOfSilenceStartsANewVisit()
    {
        Sessionizer s;
        Event a = pageview(T0, QStringLiteral("/"));
        QVERIFY(s.apply(a, 0, slotOf(T0)));
        Event b = pageview(T0 + 30 * 60, QStringLiteral("/a")); // exactly 30 min: same visit
        QVERIFY(s.apply(b, 0, slotOf(T0 + 30 * 60)));
        QVERIFY(!b.hasFlag(EventFlag::VisitStart));
        const qint64 t = T0 + 30 * 60 + 30 * 60 + 1; // 30 min and 1 s later: new visit
        Event c = pageview(t, QStringLiteral("/a"));
        QVERIFY(s.apply(c, 0, slotOf(t)));
        QVERIFY(c.hasFlag(EventFlag::VisitStart));
        QVERIFY(c.hasFlag(EventFlag::FirstPageInVisit)); // page sets are per visit
        QVERIFY(!c.hasFlag(EventFlag::NewVisitorToday)); // same local day
        QCOMPARE(c.bounceDelta, 1);
        QCOMPARE(c.durationDelta, 0);
        QCOMPARE(c.visitStart, t);
        QCOMPARE(c.entryPath, QStringLiteral("/a"));
        QVERIFY(c.exitChanged);
        QVERIFY(c.previousExitPath.isEmpty()); // a new visit has no previous exit
    }

    void sourcesVisitStartsANewVisitWithinTheTimeout()
    {
        // An import's own visits (Umami's visit_id): a new one begins where it says, even
        // a minute after the last event; an engagement ping never begins one.
        Sessionizer s;
        Event a = pageview(T0, QStringLiteral("/"));
        QVERIFY(s.apply(a, 0, slotOf(T0), true));
        QVERIFY(a.hasFlag(EventFlag::VisitStart));
        Event b = pageview(T0 + 20, QStringLiteral("/a"));
        QVERIFY(s.apply(b, 0, slotOf(T0 + 20), false));
        QVERIFY(!b.hasFlag(EventFlag::VisitStart));
        Event ping = pageview(T0 + 40, QStringLiteral("/a"));
        ping.kind = EventKind::Engagement;
        QVERIFY(s.apply(ping, 0, slotOf(T0 + 40), true));
        QCOMPARE(ping.visitStart, T0);
        Event c = pageview(T0 + 100, QStringLiteral("/a"));
        QVERIFY(s.apply(c, 0, slotOf(T0 + 100), true));
        QVERIFY(c.hasFlag(EventFlag::VisitStart));
        QVERIFY(!c.hasFlag(EventFlag::NewVisitorToday));
        QCOMPARE(c.visitStart, T0 + 100);
        QCOMPARE(c.durationDelta, 0);
        QCOMPARE(c.bounceDelta, 1);
        QCOMPARE(c.entryPath, QStringLiteral("/a"));
    }

    void visitContinuesAcrossMidnightWithYesterdaysId()
    {
        Sessionizer s;
        const qint64 beforeMidnight = 1700006400 - 60; // 2023-11-15T00:00Z minus a minute
        Event a = pageview(beforeMidnight, QStringLiteral("/"), 111);
        QVERIFY(s.apply(a, 0, slotOf(beforeMidnight)));
        // New salt, new id (222); the pipeline passes yesterday's id (111) along.
        Event b = pageview(beforeMidnight + 120, QStringLiteral("/next"), 222);
        QVERIFY(s.apply(b, 111, slotOf(beforeMidnight + 120)));
        QVERIFY(!b.hasFlag(EventFlag::VisitStart));
        QCOMPARE(b.visitor, quint64(111)); // the visit keeps one id
        QCOMPARE(b.visitStart, beforeMidnight);
        QVERIFY(b.hasFlag(EventFlag::NewVisitorToday)); // but counts as a visitor of the new day
        QCOMPARE(b.bounceDelta, -1);
        QCOMPARE(b.durationDelta, 120);
        // Later the same day, under today's id, the person is still known.
        const qint64 later = beforeMidnight + 3 * 3600;
        Event c = pageview(later, QStringLiteral("/"), 222);
        QVERIFY(s.apply(c, 0, slotOf(later)));
        QCOMPARE(c.visitor, quint64(111));
        QVERIFY(c.hasFlag(EventFlag::VisitStart));
        QVERIFY(!c.hasFlag(EventFlag::NewVisitorToday));
    }

    void expiredVisitIsNotContinuedAcrossMidnight()
    {
        Sessionizer s;
        const qint64 evening = 1700006400 - 3600;
        Event a = pageview(evening, QStringLiteral("/"), 111);
        QVERIFY(s.apply(a, 0, slotOf(evening)));
        Event b = pageview(evening + 3600 + 60, QStringLiteral("/"), 222);
        QVERIFY(s.apply(b, 111, slotOf(evening + 3600 + 60)));
        QVERIFY(b.hasFlag(EventFlag::VisitStart));
        QCOMPARE(b.visitor, quint64(222));
    }

    void engagementExtendsARunningVisitOnly()
    {
        Sessionizer s;
        Event orphan = pageview(T0, QStringLiteral("/"));
        orphan.kind = EventKind::Engagement;
        QVERIFY(!s.apply(orphan, 0, slotOf(T0)));
        Event a = pageview(T0, QStringLiteral("/"));
        QVERIFY(s.apply(a, 0, slotOf(T0)));
        Event ping = pageview(T0 + 75, QStringLiteral("/"));
        ping.kind = EventKind::Engagement;
        QVERIFY(s.apply(ping, 0, slotOf(T0 + 75)));
        QCOMPARE(ping.durationDelta, 75);
        QCOMPARE(ping.bounceDelta, 0); // reading a page for a while is still a bounce
        QCOMPARE(ping.flags, 0u);
        QCOMPARE(ping.newDimensions, 0u);
    }

    void differentSitesAreDifferentVisitors()
    {
        Sessionizer s;
        Event a = pageview(T0, QStringLiteral("/"));
        Event b = pageview(T0 + 1, QStringLiteral("/"));
        b.siteId = 2;
        QVERIFY(s.apply(a, 0, slotOf(T0)));
        QVERIFY(s.apply(b, 0, slotOf(T0 + 1)));
        QVERIFY(b.hasFlag(EventFlag::VisitStart));
        QCOMPARE(s.visitorCount(), 2);
    }

    void expiryKeepsTodaysVisitorsUntilTheDayEnds()
    {
        Sessionizer s;
        Event a = pageview(T0, QStringLiteral("/"));
        QVERIFY(s.apply(a, 0, slotOf(T0)));
        const qint64 today = slotOf(T0).day;
        QCOMPARE(s.expire(T0 + 3600, [&](qint32) { return today; }), 0);
        QCOMPARE(s.expire(T0 + 3600, [&](qint32) { return today + 1; }), 1);
        QCOMPARE(s.visitorCount(), 0);
    }

    // One visitor sending a new path per event (a scraper behind a browser User-Agent) must
    // not grow the writer's per-visitor state without bound: the per-visitor set stops
    // at its cap, and the values beyond a cap still count as new (they are new).
    void perVisitorStateStopsAtItsCaps()
    {
        Sessionizer::Limits limits;
        limits.maxValuesPerVisitor = 250;
        Sessionizer s(Sessionizer::DefaultTimeoutSecs, limits);
        for (int i = 0; i < 5000; ++i) {
            Event e = pageview(T0 + i / 10, QStringLiteral("/p/%1").arg(i));
            QVERIFY(s.apply(e, 0, slotOf(T0 + i / 10)));
            QVERIFY(e.hasFlag(EventFlag::FirstPageInVisit));
            QVERIFY(e.newDimensions & (1u << int(Dimension::Page)));
        }
        QVERIFY2(s.trackedValues(1, 42) <= limits.maxValuesPerVisitor,
                 qPrintable(QString::number(s.trackedValues(1, 42))));
        // Under the caps nothing changes: a page seen before is not new again.
        Event again = pageview(T0 + 600, QStringLiteral("/p/0"));
        QVERIFY(s.apply(again, 0, slotOf(T0 + 600)));
        QVERIFY(!again.hasFlag(EventFlag::FirstPageInVisit));
        QVERIFY(!(again.newDimensions & (1u << int(Dimension::Page))));
    }

    // A new User-Agent per request is a new visitor per request: the table stops at its
    // cap by forgetting the visitors seen longest ago, and keeps the recent ones exact.
    void visitorTableStopsAtItsCapForgettingTheLeastRecentlySeen()
    {
        Sessionizer::Limits limits;
        limits.maxVisitors = 64;
        Sessionizer s(Sessionizer::DefaultTimeoutSecs, limits);
        for (int i = 0; i < 1000; ++i) {
            Event e = pageview(T0 + i, QStringLiteral("/"), quint64(1000 + i));
            QVERIFY(s.apply(e, 0, slotOf(T0 + i)));
            QVERIFY(s.visitorCount() <= limits.maxVisitors);
        }
        // The most recent visitor is still in its visit; the first one was forgotten.
        Event recent = pageview(T0 + 1000, QStringLiteral("/b"), 1999);
        QVERIFY(s.apply(recent, 0, slotOf(T0 + 1000)));
        QVERIFY(!recent.hasFlag(EventFlag::VisitStart));
        Event first = pageview(T0 + 1001, QStringLiteral("/b"), 1000);
        QVERIFY(s.apply(first, 0, slotOf(T0 + 1001)));
        QVERIFY(first.hasFlag(EventFlag::VisitStart));
    }

    // Every flag, delta and visit value against the naive model (whole strings in sets),
    // on random traffic: visitors coming back several times a day, changing source, entry
    // page, browser or country between visits, visits running across local midnight,
    // engagement pings and vitals.
    void agreesWithANaiveModelOnRandomTraffic()
    {
        const qint64 timeout = Sessionizer::DefaultTimeoutSecs;
        Sessionizer real;
        test::SessionizerReference reference(timeout);
        QRandomGenerator random(20261206);
        const QStringList paths = {"/", "/a", "/b", "/c", "/blog/1", "/blog/2", "/pricing"};
        QList<Acquisition> ways(5);
        ways[1].source = QStringLiteral("Google");
        ways[2].source = QStringLiteral("Google");
        ways[2].utmCampaign = QStringLiteral("spring");
        ways[3].source = QStringLiteral("news.example");
        ways[3].referrer = QStringLiteral("news.example/item");
        ways[4].utmSource = QStringLiteral("mail");
        const QList<Agent> agents = {{"Firefox", "126", "Linux", "", DeviceType::Desktop},
                                     {"Firefox", "127", "Linux", "", DeviceType::Desktop},
                                     {"Safari", "17", "iOS", "17", DeviceType::Mobile}};
        const QStringList countries = {"DE", "FR", ""};
        const qint64 zone = 5 * 3600 + 1800; // local time: days turn at 18:30 UTC
        auto slot = [&](qint64 ts) {
            return LocalSlot {floorDiv(ts + zone, 86400), (ts + zone) / 1800 * 1800 - zone};
        };
        QList<qint64> clocks(40, T0);
        for (int i = 0; i < 30000; ++i) {
            const int who = int(random.bounded(clocks.size()));
            const int gap = int(random.bounded(100));
            clocks[who] += gap < 70 ? random.bounded(120) : gap < 90 ? random.bounded(3600)
                                                                    : random.bounded(20000);
            Event e;
            e.siteId = 1;
            e.ts = clocks[who] + (random.bounded(20) == 0 ? -3 : 0); // a little reordering
            e.visitor = quint64(1000 + who);
            const int kind = int(random.bounded(20));
            e.kind = kind < 14 ? EventKind::Pageview
                : kind < 17    ? EventKind::Custom
                : kind < 19    ? EventKind::Engagement
                               : EventKind::Vitals;
            e.interactive = random.bounded(2) == 0;
            e.path = paths[int(random.bounded(paths.size()))];
            e.hostname = random.bounded(10) == 0 ? QStringLiteral("www.example.com")
                                                 : QStringLiteral("example.com");
            e.name = e.kind == EventKind::Custom ? QStringLiteral("signup") : QString();
            // Mostly one way in, browser and country per visitor; sometimes another.
            const bool other = random.bounded(5) == 0;
            e.acquisition = ways[(who + (other ? int(random.bounded(5)) : 0)) % ways.size()];
            e.agent = agents[(who + (random.bounded(8) == 0 ? 1 : 0)) % agents.size()];
            e.country = countries[(who / 3 + (random.bounded(8) == 0 ? 1 : 0)) % countries.size()];
            Event expected = e;
            const bool kept = real.apply(e, 0, slot(e.ts));
            QCOMPARE(kept, reference.apply(expected, slot(expected.ts)));
            if (!kept)
                continue;
            const QByteArray where = QByteArray::number(i);
            QVERIFY2(e.ts == expected.ts, where);
            QVERIFY2(e.flags == expected.flags, where);
            QVERIFY2(e.newDimensions == expected.newDimensions,
                     where + " " + QByteArray::number(e.newDimensions ^ expected.newDimensions, 2));
            QVERIFY2(e.bounceDelta == expected.bounceDelta, where);
            QVERIFY2(e.durationDelta == expected.durationDelta, where);
            QVERIFY2(e.visitStart == expected.visitStart, where);
            QVERIFY2(e.entryPath == expected.entryPath, where);
            QVERIFY2(e.acquisition == expected.acquisition, where);
            QVERIFY2(e.exitChanged == expected.exitChanged, where);
            QVERIFY2(e.previousExitPath == expected.previousExitPath, where);
        }
    }

    // What a busy day's visitor table costs (issue 14): ~290 k visitors were ~630 bytes
    // each in the heap with two QStrings, a shared pointer and two sets per visitor. A
    // typical day here (one visit of a few pages for most, a second or third visit for a
    // quarter of them) must stay under 300 bytes a visitor, pools included.
    void holdsFewBytesPerVisitor()
    {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
        const int visitors = 20000;
        const QStringList paths = {"/", "/docs", "/docs/start", "/pricing", "/blog/1", "/blog/2"};
        const QList<Acquisition> ways = {
            Acquisition(), Acquisition {"Google", "www.google.com", {}, {}, {}, {}, {}},
            Acquisition {"newsletter", {}, "newsletter", "email", "week-12", {}, {}}};
        const Agent agent {"Chrome", "126", "Windows", "10", DeviceType::Desktop};
        QRandomGenerator random(7);
        std::vector<Event> events;
        for (int p = 0; p < visitors; ++p) {
            qint64 t = T0 - 20 * 3600 + random.bounded(10 * 3600);
            const int visits = p % 4 == 0 ? 2 : 1;
            for (int v = 0; v < visits; ++v) {
                const Acquisition &way = ways[int(random.bounded(ways.size()))];
                for (int i = 0, n = 1 + int(random.bounded(4)); i < n; ++i) {
                    Event e = pageview(t, paths[int(random.bounded(paths.size()))],
                                       quint64(100000 + p));
                    e.acquisition = way;
                    e.agent = agent;
                    e.country = QStringLiteral("DE");
                    events.push_back(std::move(e));
                    t += 60;
                }
                t += 3 * 3600;
            }
        }
        std::stable_sort(events.begin(), events.end(),
                         [](const Event &a, const Event &b) { return a.ts < b.ts; });
        const size_t before = mallinfo2().uordblks;
        Sessionizer s;
        for (Event &e : events)
            QVERIFY(s.apply(e, 0, slotOf(e.ts)));
        const double perVisitor = double(mallinfo2().uordblks - before) / visitors;
        if (perVisitor <= 0)
            QSKIP("this allocator does not report its heap (mallinfo2)");
        qInfo("%.0f heap bytes per visitor", perVisitor);
        QCOMPARE(s.visitorCount(), visitors);
        QVERIFY2(perVisitor < 300, qPrintable(QString::number(perVisitor)));
#else
        QSKIP("needs glibc's mallinfo2 to read the heap");
#endif
    }

    void timestampsNeverRunBackwards()
    {
        Sessionizer s;
        Event a = pageview(T0 + 10, QStringLiteral("/"));
        QVERIFY(s.apply(a, 0, slotOf(T0 + 10)));
        Event b = pageview(T0 + 9, QStringLiteral("/b"));
        QVERIFY(s.apply(b, 0, slotOf(T0 + 9)));
        QCOMPARE(b.ts, T0 + 10);
        QCOMPARE(b.durationDelta, 0);
    }
};

QTEST_GUILESS_MAIN(tst_Sessionizer)
#include "tst_sessionizer.moc"

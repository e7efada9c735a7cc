// RollupBatch on its own: the rules that turn sessionized events into rollup deltas
// (tst_rollups checks the result through the store and the query engine; this pins each
// rule where it lives, so a broken rule names itself).
#include "core/vitals.h"
#include "store/rollupbatch.h"

#include <QTest>

using namespace raycstr;

namespace {
constexpr qint32 Site = 3;
constexpr qint64 Day = 19700;
constexpr qint64 Hour = Day * 86400 + 9 * 3600;

RollupMetrics metrics(qint64 visitors, qint64 visits, qint64 pageviews, qint64 events,
                      qint64 bounces, qint64 duration)
{
    return {visitors, visits, pageviews, events, bounces, duration};
}
} // namespace

namespace QTest {
template<> char *toString(const RollupMetrics &m)
{
    return qstrdup(QByteArray("visitors=%1 visits=%2 pageviews=%3 events=%4 bounces=%5 "
                              "duration=%6")
                       .replace("%1", QByteArray::number(m.visitors))
                       .replace("%2", QByteArray::number(m.visits))
                       .replace("%3", QByteArray::number(m.pageviews))
                       .replace("%4", QByteArray::number(m.events))
                       .replace("%5", QByteArray::number(m.bounces))
                       .replace("%6", QByteArray::number(m.duration))
                       .constData());
}
} // namespace QTest

class tst_RollupBatch : public QObject
{
    Q_OBJECT

    // The first pageview of a new visitor's visit, at `day`/`hour`, on page id 10.
    static Event visitStart(qint64 day = Day, qint64 hour = Hour)
    {
        Event e;
        e.siteId = Site;
        e.kind = EventKind::Pageview;
        e.flags = EventFlag::VisitStart | EventFlag::NewVisitorToday | EventFlag::NewVisitorHour
            | EventFlag::FirstPageInVisit;
        e.newDimensions = ~0u;
        e.slot = {day, hour};
        e.visitSlot = e.slot;
        e.bounceDelta = 1;
        e.exitChanged = true;
        return e;
    }
    static DimensionIds ids(qint64 page = 10)
    {
        DimensionIds ids;
        ids[Dimension::Page] = page;
        ids[Dimension::EntryPage] = 10;
        ids[Dimension::ExitPage] = page;
        ids[Dimension::Hostname] = 30;
        ids[Dimension::Source] = 20;
        ids[Dimension::Country] = 40;
        return ids;
    }
    static RollupMetrics dayOf(const RollupBatch &b, Dimension dim, qint64 value, qint64 day = Day)
    {
        return b.days().value({Site, day, dim, value});
    }

private Q_SLOTS:
    void aVisitsFirstPageviewCountsEverywhere()
    {
        RollupBatch b;
        b.add(visitStart(), ids());
        const RollupMetrics one = metrics(1, 1, 1, 0, 1, 0);
        QCOMPARE(dayOf(b, Dimension::Total, 0), one);
        QCOMPARE(b.hours().value({Site, Hour}), one);
        // Visit dimensions carry visit metrics (bounces, visits) beside the pageview.
        QCOMPARE(dayOf(b, Dimension::Source, 20), one);
        QCOMPARE(dayOf(b, Dimension::Country, 40), one);
        QCOMPARE(dayOf(b, Dimension::EntryPage, 10), one);
        // Page: pageviews, visitors, and the visits that saw it; no bounces.
        QCOMPARE(dayOf(b, Dimension::Page, 10), metrics(1, 1, 1, 0, 0, 0));
        QCOMPARE(dayOf(b, Dimension::ExitPage, 10), metrics(0, 1, 0, 0, 0, 0));
        QCOMPARE(dayOf(b, Dimension::Hostname, 30), metrics(1, 0, 1, 0, 0, 0));
        QVERIFY(!b.days().contains({Site, Day, Dimension::EventName, 0}));
        QVERIFY(b.vitals().isEmpty());
    }

    // A second page in the same visit: the bounce ends, the duration grows and the exit
    // page moves from the first page to this one; nobody new is counted.
    void aSecondPageviewMovesTheExitAndEndsTheBounce()
    {
        RollupBatch b;
        b.add(visitStart(), ids());
        Event second = visitStart();
        second.flags = EventFlag::FirstPageInVisit;
        second.newDimensions = 0;
        second.bounceDelta = -1;
        second.durationDelta = 30;
        second.previousExitPath = QStringLiteral("/first");
        DimensionIds secondIds = ids(11);
        secondIds.previousExit = 10;
        b.add(second, secondIds);
        QCOMPARE(dayOf(b, Dimension::Total, 0), metrics(1, 1, 2, 0, 0, 30));
        QCOMPARE(b.hours().value({Site, Hour}), metrics(1, 1, 2, 0, 0, 30));
        QCOMPARE(dayOf(b, Dimension::ExitPage, 10), metrics(0, 0, 0, 0, 0, 0));
        QCOMPARE(dayOf(b, Dimension::ExitPage, 11), metrics(0, 1, 0, 0, 0, 0));
        QCOMPARE(dayOf(b, Dimension::Page, 11), metrics(0, 1, 1, 0, 0, 0));
        QCOMPARE(dayOf(b, Dimension::Source, 20), metrics(1, 1, 2, 0, 0, 30));
    }

    // A visit belongs to the day (and hour) it started: an event after midnight counts its
    // pageview on the new day, its bounce and duration change on the visit's first day.
    void visitMetricsGoToTheDayTheVisitStarted()
    {
        RollupBatch b;
        Event late = visitStart(Day + 1, Hour + 86400);
        late.visitSlot = {Day, Hour + 15 * 3600};
        late.flags = EventFlag::NewVisitorToday | EventFlag::NewVisitorHour;
        late.bounceDelta = -1;
        late.durationDelta = 600;
        late.exitChanged = false;
        b.add(late, ids());
        QCOMPARE(dayOf(b, Dimension::Total, 0, Day + 1), metrics(1, 0, 1, 0, 0, 0));
        QCOMPARE(dayOf(b, Dimension::Total, 0, Day), metrics(0, 0, 0, 0, -1, 600));
        QCOMPARE(b.hours().value({Site, Hour + 86400}), metrics(1, 0, 1, 0, 0, 0));
        QCOMPARE(b.hours().value({Site, Hour + 15 * 3600}), metrics(0, 0, 0, 0, -1, 600));
        QCOMPARE(dayOf(b, Dimension::Source, 20, Day), metrics(0, 0, 0, 0, -1, 600));
    }

    void customEventsCountByNameAndNotAsPageviews()
    {
        RollupBatch b;
        Event signup = visitStart();
        signup.kind = EventKind::Custom;
        signup.flags = EventFlag::NewVisitorToday | EventFlag::NewVisitorHour;
        signup.bounceDelta = 0;
        signup.exitChanged = false;
        DimensionIds signupIds = ids();
        signupIds[Dimension::EventName] = 50;
        b.add(signup, signupIds);
        QCOMPARE(dayOf(b, Dimension::Total, 0), metrics(1, 0, 0, 1, 0, 0));
        QCOMPARE(dayOf(b, Dimension::EventName, 50), metrics(1, 0, 0, 1, 0, 0));
        QCOMPARE(dayOf(b, Dimension::Hostname, 30), metrics(1, 0, 0, 1, 0, 0));
        QVERIFY(!b.days().contains({Site, Day, Dimension::Page, 10}));
    }

    // The engagement ping only extends the visit: no pageview, nobody new.
    void engagementOnlyAddsDuration()
    {
        RollupBatch b;
        Event ping = visitStart();
        ping.kind = EventKind::Engagement;
        ping.flags = 0;
        ping.bounceDelta = 0;
        ping.durationDelta = 45;
        ping.exitChanged = false;
        b.add(ping, ids());
        QCOMPARE(dayOf(b, Dimension::Total, 0), metrics(0, 0, 0, 0, 0, 45));
        QCOMPARE(b.hours().value({Site, Hour}), metrics(0, 0, 0, 0, 0, 45));
        QVERIFY(!b.days().contains({Site, Day, Dimension::Page, 10}));
    }

    // Web Vitals fill one histogram per page plus one for the whole site (page 0), and
    // nothing else; a sample without a value is ignored.
    void vitalsFillHistogramsOnly()
    {
        RollupBatch b;
        Event lcp = visitStart();
        lcp.kind = EventKind::Vitals;
        lcp.name = QStringLiteral("LCP");
        lcp.value = 2300;
        lcp.hasValue = true;
        DimensionIds lcpIds = ids();
        lcpIds[Dimension::EventName] = 60;
        b.add(lcp, lcpIds);
        b.add(lcp, lcpIds);
        Event empty = lcp;
        empty.hasValue = false;
        b.add(empty, lcpIds);
        const int bucket = Vitals::bucketOf(2300, Vitals::unitOf(QStringLiteral("LCP")));
        QCOMPARE(b.vitals().size(), 2);
        QCOMPARE(b.vitals().value({Site, 60, 0, Day, bucket}), 2);
        QCOMPARE(b.vitals().value({Site, 60, 10, Day, bucket}), 2);
        QVERIFY(b.days().isEmpty());
        QVERIFY(b.hours().isEmpty());
    }

    void clearEmptiesTheBatch()
    {
        RollupBatch b;
        QVERIFY(b.isEmpty());
        b.add(visitStart(), ids());
        QVERIFY(!b.isEmpty());
        b.clear();
        QVERIFY(b.isEmpty());
        QVERIFY(b.days().isEmpty() && b.hours().isEmpty() && b.vitals().isEmpty());
    }

    void metricsAddUp()
    {
        RollupMetrics m = metrics(1, 2, 3, 4, 5, 6);
        m += metrics(10, 20, 30, 40, -5, 60);
        QCOMPARE(m, metrics(11, 22, 33, 44, 0, 66));
        QVERIFY(!m.isZero());
        QVERIFY(RollupMetrics().isZero());
    }
};

QTEST_GUILESS_MAIN(tst_RollupBatch)
#include "tst_rollupbatch.moc"

#include "common/enginefixture.h"
#include "query/queryengine.h"
#include "ui/data/localdatasource.h"
#include "answerspy.h"
#include "uitraffic.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <numeric>

using namespace raycstr;
using namespace raycstr::testing;
using namespace raycstr::ui;

class TestLocalDataSource : public QObject
{
    Q_OBJECT
private:
    EngineFixture f;
    std::unique_ptr<LocalDataSource> source;

    DashboardQuery day() const
    {
        DashboardQuery q;
        q.site = QStringLiteral("example.com");
        q.period.kind = query::Period::Kind::Day;
        q.period.date = UiTrafficDay;
        return q;
    }

private Q_SLOTS:
    void initTestCase()
    {
        f.clock.setNowMs(UiTrafficStartMs);
        QVERIFY(f.start());
        seedUiTraffic(f.engine.get(), &f.clock, f.siteId);
        source = std::make_unique<LocalDataSource>(f.dir.path(), &f.clock, f.engine.get());
    }

    void listsSites()
    {
        AnswerSpy<SiteList> spy;
        source->ask(admin::Sites {}, spy.context(), spy.recorder());
        QVERIFY(spy.wait());
        const auto sites = spy.at(0)->sites;
        QCOMPARE(sites.size(), 1);
        QCOMPARE(sites.at(0).domain, QStringLiteral("example.com"));
    }

    void answersOnTheGuiThreadWithTheEnginesNumbers()
    {
        AnswerSpy<query::AggregateResult> spy;
        Qt::HANDLE thread = nullptr;
        auto record = spy.recorder();
        const auto id = source->ask(stats::Aggregate {day()}, spy.context(),
                                    [&](const Answer<query::AggregateResult> &a) {
                                        thread = QThread::currentThreadId();
                                        record(a);
                                    });
        QVERIFY(spy.wait());
        QCOMPARE(spy.at(0).id(), id);
        QCOMPARE(thread, QThread::currentThreadId()); // delivered on the caller's thread
        QVERIFY2(spy.at(0), qPrintable(spy.at(0).error()));
        const auto &r = *spy.at(0);
        QCOMPARE(r.current.visitors, 3);
        QCOMPARE(r.current.visits, 3);
        QCOMPARE(r.current.pageviews, 4);
        QCOMPARE(r.current.bounces, 2); // B and C (a single pageview each)
        QVERIFY(r.previous.has_value()); // compare: the day before
        QCOMPARE(r.previous->visitors, 0);
    }

    void breakdownTimeseriesAndVitals()
    {
        AnswerSpy<query::BreakdownResult> b;
        AnswerSpy<query::TimeseriesResult> t;
        AnswerSpy<query::VitalsResult> v;
        source->ask(stats::Breakdown {day(), fieldNamed(QStringLiteral("page")), 10}, b.context(),
                    b.recorder());
        source->ask(stats::Timeseries {day()}, t.context(), t.recorder());
        source->ask(stats::Vitals {day(), 5}, v.context(), v.recorder());
        QTRY_VERIFY(b.count() == 1 && t.count() == 1 && v.count() == 1);
        const auto rows = b.at(0)->rows;
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).value, QStringLiteral("/"));
        QCOMPARE(rows.at(0).metrics.visitors, 2);
        const auto series = *t.at(0);
        QCOMPARE(series.granularity, query::Granularity::Hour); // one day: hourly
        QCOMPARE(series.points.size(), 24);
        QCOMPARE(series.points.at(10).metrics.pageviews, 4);
        const auto vitals = *v.at(0);
        QCOMPARE(vitals.site.stats.size(), 1);
        QCOMPARE(vitals.site.stats.at(0).metric, QStringLiteral("LCP"));
        QCOMPARE(vitals.site.stats.at(0).samples, 2);
    }

    void filtersApply()
    {
        DashboardQuery q = day();
        query::Filter f;
        f.field = fieldNamed(QStringLiteral("browser"));
        f.values = {QStringLiteral("Firefox")};
        q.filters = {f};
        AnswerSpy<query::AggregateResult> spy;
        source->ask(stats::Aggregate {q}, spy.context(), spy.recorder());
        QVERIFY(spy.wait());
        QCOMPARE(spy.at(0)->current.visitors, 1);
    }

    // A newer request on the same lane supersedes the older one: only its answer arrives.
    void supersededAnswersAreDropped()
    {
        AnswerSpy<query::AggregateResult> spy;
        Lane kpi;
        Lane otherLane;
        DashboardQuery other = day();
        other.period.date = UiTrafficDay.addDays(-3);
        const auto first
            = source->ask(kpi, stats::Aggregate {other}, spy.context(), spy.recorder());
        const auto second
            = source->ask(kpi, stats::Aggregate {day()}, spy.context(), spy.recorder());
        const auto elsewhere
            = source->ask(otherLane, stats::Aggregate {other}, spy.context(), spy.recorder());
        QTRY_COMPARE(spy.count(), 2);
        QTest::qWait(100);
        QCOMPARE(spy.count(), 2);
        QList<DataSource::RequestId> ids;
        for (int i = 0; i < spy.count(); ++i)
            ids.append(spy.at(i).id());
        QVERIFY(!ids.contains(first));
        QVERIFY(ids.contains(second));
        QVERIFY(ids.contains(elsewhere));
    }

    // An asker deleted before its answer arrives is not called back; a change it asked for
    // is still announced (changeFailed here), since that is the source's news, not the asker's.
    void goneAskersAreNotCalledBack()
    {
        int calls = 0;
        const auto count = [&calls](const auto &) { ++calls; };
        auto asker = std::make_unique<QObject>();
        QSignalSpy failed(source.get(), &DataSource::changeFailed);
        source->ask(stats::Aggregate {day()}, asker.get(), count);
        source->ask(admin::AddSite {QStringLiteral("not a domain/"), QString()}, asker.get(),
                    count);
        asker.reset();
        // Asked after both: once it is answered, so are they (one queue per worker; the wait
        // below covers a second worker).
        AnswerSpy<query::AggregateResult> later;
        source->ask(stats::Aggregate {day()}, later.context(), later.recorder());
        QVERIFY(later.wait());
        QTRY_COMPARE(failed.count(), 1);
        QTest::qWait(100);
        QCOMPARE(calls, 0);
    }

    void unknownSiteFails()
    {
        AnswerSpy<query::AggregateResult> spy;
        DashboardQuery q = day();
        q.site = QStringLiteral("nope.example");
        const auto id = source->ask(stats::Aggregate {q}, spy.context(), spy.recorder());
        QVERIFY(spy.wait());
        QCOMPARE(spy.at(0).id(), id);
        QVERIFY(!spy.at(0));
        QVERIFY(!spy.at(0).error().isEmpty());
    }

    void liveFeedAndRecentActivity()
    {
        source->setLiveSite(QStringLiteral("example.com"));
        QSignalSpy live(source.get(), &DataSource::liveEventsArrived);
        uiSubmit(f.engine.get(), &f.clock, 20,
                 uiHit(f.siteId, QStringLiteral("https://example.com/live"),
                       QStringLiteral("203.0.113.7"), UiChromeUA));
        QTRY_VERIFY(live.count() >= 1);
        const auto events = live.at(0).at(0).value<QList<LiveEvent>>();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).path, QStringLiteral("/live"));

        AnswerSpy<QList<qint64>> activity;
        source->ask(live::RecentActivity {QStringLiteral("example.com"), 30}, activity.context(),
                    activity.recorder());
        QVERIFY(activity.wait());
        const auto perMinute = *activity.at(0);
        QCOMPARE(perMinute.size(), 30);
        // Clock at 10:20: 10:00 (A), 10:02, 10:05, 10:10 and 10:20 fall in the window.
        QCOMPARE(std::accumulate(perMinute.begin(), perMinute.end(), qint64(0)), 5);
        QCOMPARE(perMinute.last(), 1);

        AnswerSpy<qint64> visitors;
        source->ask(live::CurrentVisitors {QStringLiteral("example.com")}, visitors.context(),
                    visitors.recorder());
        QVERIFY(visitors.wait());
        QCOMPARE(*visitors.at(0), 1); // only the 10:20 visitor
    }

    void administersSitesAndKeys()
    {
        QSignalSpy done(source.get(), &DataSource::changeDone);
        QSignalSpy changed(source.get(), &DataSource::sitesChanged);
        AnswerSpy<SiteInfo> added;
        source->ask(admin::AddSite {QStringLiteral("New.Example"), QStringLiteral("Europe/Berlin")},
                    added.context(), added.recorder());
        QVERIFY(done.wait());
        QCOMPARE(changed.count(), 1);
        QVERIFY(added.at(0));
        // The running collector knows it at once.
        QVERIFY(f.engine->sites().idForDomain(QStringLiteral("new.example"), f.clock.nowMs()) > 0);

        QSignalSpy failed(source.get(), &DataSource::changeFailed);
        source->ask(admin::AddSite {QStringLiteral("not a domain/"), QString()}, added.context(),
                    added.recorder());
        QVERIFY(failed.wait());
        QVERIFY(!added.at(1));

        AnswerSpy<QByteArray> created;
        source->ask(admin::CreateApiKey {QStringLiteral("laptop"), QStringLiteral("new.example"),
                                         false},
                    created.context(), created.recorder());
        QVERIFY(created.wait());
        QVERIFY(created.at(0)->startsWith("rc_"));
        AnswerSpy<QList<ApiKeyRow>> keys;
        source->ask(admin::ApiKeys {}, keys.context(), keys.recorder());
        QVERIFY(keys.wait());
        auto rows = *keys.at(0);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).label, QStringLiteral("laptop"));
        QCOMPARE(rows.at(0).site, QStringLiteral("new.example"));
        AnswerSpy<Done> revoked;
        source->ask(admin::RevokeApiKey {rows.at(0).id}, revoked.context(), revoked.recorder());
        QVERIFY(done.wait());
        source->ask(admin::ApiKeys {}, keys.context(), keys.recorder());
        QVERIFY(keys.wait());
        QVERIFY(keys.at(1)->isEmpty());

        AnswerSpy<qint64> removed;
        source->ask(admin::RemoveSite {QStringLiteral("new.example")}, removed.context(),
                    removed.recorder());
        QVERIFY(done.wait());
        QCOMPARE(changed.count(), 2);
    }

    void cleanupTestCase()
    {
        source.reset();
        f.engine->stop();
    }
};

QTEST_MAIN(TestLocalDataSource)
#include "tst_localdatasource.moc"

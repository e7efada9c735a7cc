#include "common/enginefixture.h"
#include "query/queryengine.h"
#include "ui/data/localdatasource.h"
#include "uitraffic.h"

#include <QSignalSpy>
#include <QTest>
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
        QSignalSpy spy(source.get(), &DataSource::sitesReady);
        source->requestSites();
        QVERIFY(spy.wait());
        const auto sites = spy.at(0).at(1).value<QList<SiteInfo>>();
        QCOMPARE(sites.size(), 1);
        QCOMPARE(sites.at(0).domain, QStringLiteral("example.com"));
    }

    void answersOnTheGuiThreadWithTheEnginesNumbers()
    {
        QSignalSpy spy(source.get(), &DataSource::aggregateReady);
        QObject probe;
        Qt::HANDLE thread = nullptr;
        connect(source.get(), &DataSource::aggregateReady, &probe,
                [&] { thread = QThread::currentThreadId(); });
        const auto id = source->requestAggregate(QStringLiteral("kpi"), day());
        QVERIFY(spy.wait());
        QCOMPARE(spy.at(0).at(0).value<DataSource::RequestId>(), id);
        QCOMPARE(thread, QThread::currentThreadId()); // delivered on the caller's thread
        const auto r = spy.at(0).at(2).value<query::AggregateResult>();
        QCOMPARE(r.current.visitors, 3);
        QCOMPARE(r.current.visits, 3);
        QCOMPARE(r.current.pageviews, 4);
        QCOMPARE(r.current.bounces, 2); // B and C (a single pageview each)
        QVERIFY(r.previous.has_value()); // compare: the day before
        QCOMPARE(r.previous->visitors, 0);
    }

    void breakdownTimeseriesAndVitals()
    {
        QSignalSpy b(source.get(), &DataSource::breakdownReady);
        QSignalSpy t(source.get(), &DataSource::timeseriesReady);
        QSignalSpy v(source.get(), &DataSource::vitalsReady);
        source->requestBreakdown(QStringLiteral("pages"), day(), fieldNamed(QStringLiteral("page")),
                                 10);
        source->requestTimeseries(QStringLiteral("chart"), day());
        source->requestVitals(QStringLiteral("vitals"), day(), 5);
        QTRY_VERIFY(b.count() == 1 && t.count() == 1 && v.count() == 1);
        const auto rows = b.at(0).at(2).value<query::BreakdownResult>().rows;
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).value, QStringLiteral("/"));
        QCOMPARE(rows.at(0).metrics.visitors, 2);
        const auto series = t.at(0).at(2).value<query::TimeseriesResult>();
        QCOMPARE(series.granularity, query::Granularity::Hour); // one day: hourly
        QCOMPARE(series.points.size(), 24);
        QCOMPARE(series.points.at(10).metrics.pageviews, 4);
        const auto vitals = v.at(0).at(2).value<query::VitalsResult>();
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
        QSignalSpy spy(source.get(), &DataSource::aggregateReady);
        source->requestAggregate(QStringLiteral("kpi"), q);
        QVERIFY(spy.wait());
        QCOMPARE(spy.at(0).at(2).value<query::AggregateResult>().current.visitors, 1);
    }

    // A newer request on the same slot supersedes the older one: only its answer arrives.
    void supersededAnswersAreDropped()
    {
        QSignalSpy spy(source.get(), &DataSource::aggregateReady);
        DashboardQuery other = day();
        other.period.date = UiTrafficDay.addDays(-3);
        const auto first = source->requestAggregate(QStringLiteral("kpi"), other);
        const auto second = source->requestAggregate(QStringLiteral("kpi"), day());
        const auto elsewhere = source->requestAggregate(QStringLiteral("other-slot"), other);
        QTRY_COMPARE(spy.count(), 2);
        QTest::qWait(100);
        QCOMPARE(spy.count(), 2);
        QList<DataSource::RequestId> ids;
        for (const auto &args : spy)
            ids.append(args.at(0).value<DataSource::RequestId>());
        QVERIFY(!ids.contains(first));
        QVERIFY(ids.contains(second));
        QVERIFY(ids.contains(elsewhere));
    }

    void unknownSiteFails()
    {
        QSignalSpy spy(source.get(), &DataSource::failed);
        DashboardQuery q = day();
        q.site = QStringLiteral("nope.example");
        const auto id = source->requestAggregate(QStringLiteral("kpi"), q);
        QVERIFY(spy.wait());
        QCOMPARE(spy.at(0).at(0).value<DataSource::RequestId>(), id);
        QVERIFY(!spy.at(0).at(2).toString().isEmpty());
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

        QSignalSpy activity(source.get(), &DataSource::recentActivityReady);
        source->requestRecentActivity(QStringLiteral("act"), QStringLiteral("example.com"), 30);
        QVERIFY(activity.wait());
        const auto perMinute = activity.at(0).at(2).value<QList<qint64>>();
        QCOMPARE(perMinute.size(), 30);
        // Clock at 10:20: 10:00 (A), 10:02, 10:05, 10:10 and 10:20 fall in the window.
        QCOMPARE(std::accumulate(perMinute.begin(), perMinute.end(), qint64(0)), 5);
        QCOMPARE(perMinute.last(), 1);

        QSignalSpy visitors(source.get(), &DataSource::currentVisitorsReady);
        source->requestCurrentVisitors(QStringLiteral("now"), QStringLiteral("example.com"));
        QVERIFY(visitors.wait());
        QCOMPARE(visitors.at(0).at(2).toLongLong(), 1); // only the 10:20 visitor
    }

    void administersSitesAndKeys()
    {
        QSignalSpy done(source.get(), &DataSource::adminDone);
        QSignalSpy changed(source.get(), &DataSource::sitesChanged);
        source->addSite(QStringLiteral("New.Example"), QStringLiteral("Europe/Berlin"));
        QVERIFY(done.wait());
        QCOMPARE(changed.count(), 1);
        // The running collector knows it at once.
        QVERIFY(f.engine->sites().idForDomain(QStringLiteral("new.example"), f.clock.nowMs()) > 0);

        QSignalSpy failed(source.get(), &DataSource::failed);
        source->addSite(QStringLiteral("not a domain/"), QString());
        QVERIFY(failed.wait());

        QSignalSpy created(source.get(), &DataSource::apiKeyCreated);
        source->createApiKey(QStringLiteral("laptop"), QStringLiteral("new.example"), false);
        QVERIFY(created.wait());
        QVERIFY(created.at(0).at(1).toByteArray().startsWith("rc_"));
        QSignalSpy keys(source.get(), &DataSource::apiKeysReady);
        source->requestApiKeys();
        QVERIFY(keys.wait());
        auto rows = keys.at(0).at(1).value<QList<ApiKeyRow>>();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).label, QStringLiteral("laptop"));
        QCOMPARE(rows.at(0).site, QStringLiteral("new.example"));
        source->revokeApiKey(rows.at(0).id);
        QVERIFY(done.wait());
        source->requestApiKeys();
        QVERIFY(keys.wait());
        QVERIFY(keys.at(1).at(1).value<QList<ApiKeyRow>>().isEmpty());

        source->removeSite(QStringLiteral("new.example"));
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

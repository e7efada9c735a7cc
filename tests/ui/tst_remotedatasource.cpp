// The remote data source against a real server stack (the one raycstr-server serve runs)
// on a loopback port, with a real API key from the key store.

#include "common/clickhouseserver.h"
#include "auth/tokenstore.h"
#include "core/config.h"
#include "query/queryengine.h"
#include "stack/serverstack.h"
#include "store/database.h"
#include "store/sites.h"
#include "ui/data/remotedatasource.h"
#include "ui/data/remoterequests.h"
#include "answerspy.h"
#include "uitraffic.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;
using namespace raycstr::ui;

class TestRemoteDataSource : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    ManualClock clock {UiTrafficStartMs};
    std::unique_ptr<ServerStack> stack;
    QByteArray key;
    QUrl url;
    qint32 siteId = 0;
    // The same traffic on a server whose store is ClickHouse (issue 16): the desktop app's
    // remote mode must not see the difference.
    ClickHouseServer clickHouse;
    QTemporaryDir clickHouseDir;
    std::unique_ptr<ServerStack> clickHouseStack;
    QByteArray clickHouseKey;

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
        SqliteDb db;
        QString error;
        QVERIFY2(Database::open(&db, dir.path(), &error), qPrintable(error));
        const auto site = SiteRepository(&db).add(QStringLiteral("example.com"),
                                                  QStringLiteral("UTC"), clock.nowSecs(), &error);
        QVERIFY(site);
        siteId = site->id;
        ServerConfig config;
        config.dataDir = dir.path();
        config.listenPort = 0;
        config.userAgentRegexes = findUserAgentRegexes();
        stack = std::make_unique<ServerStack>(&clock);
        QVERIFY2(stack->start(config, &error), qPrintable(error));
        QVERIFY(stack->port() > 0);
        seedUiTraffic(stack->engine(), &clock, siteId);
        const auto issued
            = stack->tokens()->createKey(QStringLiteral("test"), siteId, false, &error);
        QVERIFY2(issued, qPrintable(error));
        key = issued->secret;
        url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(stack->port()));

        QVERIFY2(clickHouse.start(&error), qPrintable(error));
        SqliteDb chDb;
        QVERIFY2(Database::open(&chDb, clickHouseDir.path(), &error), qPrintable(error));
        QVERIFY(SiteRepository(&chDb).add(QStringLiteral("example.com"), QStringLiteral("UTC"),
                                          clock.nowSecs(), &error));
        config.dataDir = clickHouseDir.path();
        config.store = QStringLiteral("clickhouse://%1@127.0.0.1:%2/remote")
                           .arg(QLatin1String(ClickHouseServer::User))
                           .arg(clickHouse.httpPort());
        config.storePassword = QString::fromLatin1(ClickHouseServer::Password);
        clickHouseStack = std::make_unique<ServerStack>(&clock);
        QVERIFY2(clickHouseStack->start(config, &error), qPrintable(error));
        seedUiTraffic(clickHouseStack->engine(), &clock, siteId);
        QVERIFY(clickHouseStack->engine()->flush());
        QVERIFY(stack->engine()->flush());
        const auto chIssued
            = clickHouseStack->tokens()->createKey(QStringLiteral("test"), siteId, false, &error);
        QVERIFY2(chIssued, qPrintable(error));
        clickHouseKey = chIssued->secret;
    }

    void aServerOnClickHouseAnswersTheSame()
    {
        const QUrl chUrl(QStringLiteral("http://127.0.0.1:%1").arg(clickHouseStack->port()));
        RemoteDataSource onSqlite(url, key, {QStringLiteral("example.com")});
        RemoteDataSource onClickHouse(chUrl, clickHouseKey, {QStringLiteral("example.com")});
        struct Answers
        {
            AnswerSpy<query::AggregateResult> a;
            AnswerSpy<query::BreakdownResult> b;
            AnswerSpy<query::TimeseriesResult> t;
            AnswerSpy<query::VitalsResult> v;
            AnswerSpy<qint64> c;
        } fromSqlite, fromClickHouse;
        for (auto [source, spies] : {std::pair {&onSqlite, &fromSqlite},
                                     std::pair {&onClickHouse, &fromClickHouse}}) {
            source->ask(stats::Aggregate {day()}, spies->a.context(), spies->a.recorder());
            source->ask(stats::Breakdown {day(), fieldNamed(QStringLiteral("page")), 10},
                        spies->b.context(), spies->b.recorder());
            source->ask(stats::Timeseries {day()}, spies->t.context(), spies->t.recorder());
            source->ask(stats::Vitals {day(), 5}, spies->v.context(), spies->v.recorder());
            source->ask(live::CurrentVisitors {QStringLiteral("example.com")},
                        spies->c.context(), spies->c.recorder());
            QTRY_VERIFY(spies->a.count() && spies->b.count() && spies->t.count()
                        && spies->v.count() && spies->c.count());
        }
        QCOMPARE(fromClickHouse.a.at(0)->current, fromSqlite.a.at(0)->current);
        QCOMPARE(fromClickHouse.a.at(0)->previous, fromSqlite.a.at(0)->previous);
        QCOMPARE(fromClickHouse.a.at(0)->current.visitors, 3);
        const auto &rowsCh = fromClickHouse.b.at(0)->rows;
        const auto &rowsSqlite = fromSqlite.b.at(0)->rows;
        QCOMPARE(rowsCh.size(), rowsSqlite.size());
        for (qsizetype i = 0; i < rowsCh.size(); ++i) {
            QCOMPARE(rowsCh.at(i).value, rowsSqlite.at(i).value);
            QCOMPARE(rowsCh.at(i).metrics, rowsSqlite.at(i).metrics);
        }
        const auto &pointsCh = fromClickHouse.t.at(0)->points;
        QCOMPARE(pointsCh.size(), fromSqlite.t.at(0)->points.size());
        for (qsizetype i = 0; i < pointsCh.size(); ++i)
            QCOMPARE(pointsCh.at(i).metrics, fromSqlite.t.at(0)->points.at(i).metrics);
        QCOMPARE(fromClickHouse.v.at(0)->site.stats.size(), 1);
        QCOMPARE(fromClickHouse.v.at(0)->site.stats.at(0).samples,
                 fromSqlite.v.at(0)->site.stats.at(0).samples);
        QCOMPARE(fromClickHouse.v.at(0)->site.stats.at(0).p75,
                 fromSqlite.v.at(0)->site.stats.at(0).p75);
        QCOMPARE(*fromClickHouse.c.at(0), *fromSqlite.c.at(0));
    }

    void filterExpressionsUseTheApiSyntax()
    {
        query::Filter f;
        f.field = fieldNamed(QStringLiteral("page"));
        f.op = query::Filter::Op::Matches;
        f.values = {QStringLiteral("/blog/**"), QStringLiteral("a|b")};
        QCOMPARE(remote::filterExpression(f), QStringLiteral("page*=/blog/**|a\\|b"));
    }

    void sitesAreCheckedAgainstTheServer()
    {
        RemoteDataSource source(url, key,
                                {QStringLiteral("example.com"), QStringLiteral("unknown.example")});
        AnswerSpy<SiteList> spy;
        source.ask(admin::Sites {}, spy.context(), spy.recorder());
        QVERIFY(spy.wait());
        const auto sites = spy.at(0)->sites;
        QCOMPARE(sites.size(), 1);
        QCOMPARE(sites.at(0).domain, QStringLiteral("example.com"));
        QCOMPARE(sites.at(0).id, siteId);
    }

    void answersMatchTheStore()
    {
        RemoteDataSource source(url, key, {QStringLiteral("example.com")});
        AnswerSpy<query::AggregateResult> a;
        AnswerSpy<query::BreakdownResult> b;
        AnswerSpy<query::TimeseriesResult> t;
        AnswerSpy<query::VitalsResult> v;
        AnswerSpy<qint64> c;
        source.ask(stats::Aggregate {day()}, a.context(), a.recorder());
        source.ask(stats::Breakdown {day(), fieldNamed(QStringLiteral("source")), 10}, b.context(),
                   b.recorder());
        source.ask(stats::Timeseries {day()}, t.context(), t.recorder());
        source.ask(stats::Vitals {day(), 5}, v.context(), v.recorder());
        source.ask(live::CurrentVisitors {QStringLiteral("example.com")}, c.context(),
                   c.recorder());
        QTRY_VERIFY(a.count() && b.count() && t.count() && v.count() && c.count());
        const auto agg = *a.at(0);
        QCOMPARE(agg.current.visitors, 3);
        QCOMPARE(agg.current.pageviews, 4);
        QCOMPARE(agg.current.visits, 3);
        QCOMPARE(agg.current.bounces, 2);
        QVERIFY(agg.previous.has_value());
        const auto rows = b.at(0)->rows;
        QStringList sources;
        for (const auto &r : rows)
            sources.append(r.value);
        QVERIFY2(sources.contains(QStringLiteral("Google")),
                 qPrintable(sources.join(QLatin1Char(','))));
        QVERIFY(sources.contains(QString())); // direct
        const auto series = *t.at(0);
        QCOMPARE(series.granularity, query::Granularity::Hour);
        QCOMPARE(series.points.size(), 24);
        QCOMPARE(series.points.at(10).metrics.visitors, 3);
        const auto vitals = *v.at(0);
        QCOMPARE(vitals.site.stats.size(), 1);
        QCOMPARE(vitals.site.stats.at(0).samples, 2);
        QCOMPARE(*c.at(0), 1); // C, at 10:10 (clock 10:12)

        // Every sum is what the server computed, not rebuilt from a rounded rate: the same
        // numbers as the query engine on the server's own data directory.
        query::QueryEngine local(dir.path(), &clock);
        QString error;
        QVERIFY2(local.open(&error), qPrintable(error));
        const query::Query q {siteId, day().period, {}, true};
        query::QueryError why;
        const auto expected = local.aggregate(q, &why);
        QVERIFY2(expected, qPrintable(why.message));
        QCOMPARE(agg.current, expected->current);
        QCOMPARE(agg.previous, expected->previous);
        const auto bySource = local.breakdown(q, fieldNamed(QStringLiteral("source")), 10, 0, &why);
        QVERIFY2(bySource, qPrintable(why.message));
        QCOMPARE(rows.size(), bySource->rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).value, bySource->rows.at(i).value);
            QCOMPARE(rows.at(i).metrics, bySource->rows.at(i).metrics);
        }
    }

    void filtersGoOverTheWire()
    {
        RemoteDataSource source(url, key, {QStringLiteral("example.com")});
        DashboardQuery q = day();
        query::Filter f;
        f.field = fieldNamed(QStringLiteral("browser"));
        f.values = {QStringLiteral("Firefox")};
        q.filters = {f};
        AnswerSpy<query::AggregateResult> a;
        source.ask(stats::Aggregate {q}, a.context(), a.recorder());
        QVERIFY(a.wait());
        QCOMPARE(a.at(0)->current.visitors, 1);
    }

    void badKeyFailsWithTheServersReason()
    {
        RemoteDataSource source(url, "rc_wrong", {QStringLiteral("example.com")});
        AnswerSpy<query::AggregateResult> answer;
        source.ask(stats::Aggregate {day()}, answer.context(), answer.recorder());
        QVERIFY(answer.wait());
        QCOMPARE(answer.failures(), 1);
        QVERIFY2(answer.at(0).error().contains(QStringLiteral("401")),
                 qPrintable(answer.at(0).error()));
    }

    void staleAnswersAreDropped()
    {
        RemoteDataSource source(url, key, {QStringLiteral("example.com")});
        AnswerSpy<query::AggregateResult> a;
        Lane kpi;
        DashboardQuery other = day();
        other.period.kind = query::Period::Kind::Last7d;
        const auto first = source.ask(kpi, stats::Aggregate {other}, a.context(), a.recorder());
        const auto second = source.ask(kpi, stats::Aggregate {day()}, a.context(), a.recorder());
        QVERIFY(a.wait());
        QTest::qWait(200);
        QCOMPARE(a.count(), 1);
        QCOMPARE(a.at(0).id(), second);
        QVERIFY(first != second);
    }

    void liveEventsArriveOverSse()
    {
        RemoteDataSource source(url, key, {QStringLiteral("example.com")});
        QSignalSpy live(&source, &DataSource::liveEventsArrived);
        source.setLiveSite(QStringLiteral("example.com"));
        // Once the server accepted the stream, store an event: it must arrive within 1 s.
        QTRY_VERIFY_WITH_TIMEOUT(source.isLiveConnected(), 5000);
        QElapsedTimer t;
        t.start();
        uiSubmit(stack->engine(), &clock, 14,
                 uiHit(siteId, QStringLiteral("https://example.com/sse"),
                       QStringLiteral("203.0.113.9"), UiFirefoxUA));
        QTRY_VERIFY_WITH_TIMEOUT(live.count() >= 1, 5000);
        QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
        const auto events = live.at(0).at(0).value<QList<LiveEvent>>();
        QCOMPARE(events.at(0).path, QStringLiteral("/sse"));
        QCOMPARE(events.at(0).browser, QStringLiteral("Firefox"));
        source.setLiveSite(QString());
    }

    void administrationIsNotOffered()
    {
        RemoteDataSource source(url, key, {QStringLiteral("example.com")});
        QVERIFY(!source.canAdminister());
        QSignalSpy failed(&source, &DataSource::changeFailed);
        AnswerSpy<SiteInfo> added;
        source.ask(admin::AddSite {QStringLiteral("x.example"), QString()}, added.context(),
                   added.recorder());
        QVERIFY(failed.wait());
        QCOMPARE(added.failures(), 1);
    }

    // Without named sites the source offers every site the key may read (GET /api/sites).
    void sitesAreTheServersList()
    {
        RemoteDataSource source(url, key, {});
        AnswerSpy<SiteList> spy;
        source.ask(admin::Sites {}, spy.context(), spy.recorder());
        QVERIFY(spy.wait());
        QVERIFY2(spy.at(0), qPrintable(spy.at(0).error()));
        QCOMPARE(spy.at(0)->sites.size(), 1);
        QCOMPARE(spy.at(0)->sites.at(0).domain, QStringLiteral("example.com"));
        QCOMPARE(spy.at(0)->sites.at(0).timeZone, QStringLiteral("UTC"));
        QString problem = QStringLiteral("(not called)");
        source.verify(spy.context(), [&](const QString &p) { problem = p; });
        QTRY_VERIFY(problem != QLatin1String("(not called)"));
        QCOMPARE(problem, QString());
    }

    // A site's time zone through the server's admin route: refused with a read key (the
    // reason says so), changed with an admin key, and a zone the server does not know is
    // named back.
    void timeZoneThroughTheAdminRoute()
    {
        AnswerSpy<SiteInfo> spy;
        RemoteDataSource reader(url, key, {});
        reader.ask(admin::SetTimeZone {QStringLiteral("example.com"), QStringLiteral("Europe/Paris")},
                   spy.context(), spy.recorder());
        QVERIFY(spy.wait());
        QVERIFY(!spy.at(0));
        QVERIFY2(spy.at(0).error().contains(QStringLiteral("admin key")),
                 qPrintable(spy.at(0).error()));

        QString error;
        const auto admin = stack->tokens()->createKey(QStringLiteral("admin"), 0, true, &error);
        QVERIFY2(admin, qPrintable(error));
        RemoteDataSource source(url, admin->secret, {});
        QSignalSpy sitesChanged(&source, &DataSource::sitesChanged);
        source.ask(admin::SetTimeZone {QStringLiteral("example.com"), QStringLiteral("Mars/Base")},
                   spy.context(), spy.recorder());
        QVERIFY(spy.wait());
        QVERIFY(!spy.at(1));
        QVERIFY2(spy.at(1).error().contains(QStringLiteral("Mars/Base")),
                 qPrintable(spy.at(1).error()));
        source.ask(admin::SetTimeZone {QStringLiteral("example.com"), QStringLiteral("Europe/Paris")},
                   spy.context(), spy.recorder());
        QVERIFY(spy.wait());
        QVERIFY2(spy.at(2), qPrintable(spy.at(2).error()));
        QCOMPARE(spy.at(2)->timeZone, QStringLiteral("Europe/Paris"));
        QCOMPARE(sitesChanged.count(), 1);
        AnswerSpy<SiteList> listed;
        source.ask(admin::Sites {}, listed.context(), listed.recorder());
        QVERIFY(listed.wait());
        QCOMPARE(listed.at(0)->sites.at(0).timeZone, QStringLiteral("Europe/Paris"));
        // Back, for the other tests' days.
        source.ask(admin::SetTimeZone {QStringLiteral("example.com"), QStringLiteral("UTC")},
                   spy.context(), spy.recorder());
        QVERIFY(spy.wait());
        QVERIFY(spy.at(3));
    }

    void importIsTheServersCommand()
    {
        RemoteDataSource source(url, key, {});
        AnswerSpy<ImportJob::Result> spy;
        admin::Import request;
        request.site = QStringLiteral("example.com");
        request.source = QStringLiteral("access-log");
        request.files = {QStringLiteral("/tmp/access.log")};
        source.ask(request, spy.context(), spy.recorder());
        QVERIFY(spy.wait());
        QVERIFY(!spy.at(0));
        QVERIFY2(spy.at(0).error().contains(QStringLiteral("raycstr-server import")),
                 qPrintable(spy.at(0).error()));
    }

    void cleanupTestCase()
    {
        clickHouseStack.reset();
        stack.reset();
    }
};

QTEST_MAIN(TestRemoteDataSource)
#include "tst_remotedatasource.moc"

// RemoteDataSource's goal, custom event and funnel requests against a real server stack on
// a loopback port: the same numbers as the store, definitions changed with an admin key.

#include "auth/tokenstore.h"
#include "core/config.h"
#include "answerspy.h"
#include "goaltraffic.h"
#include "stack/serverstack.h"
#include "store/database.h"
#include "store/sites.h"
#include "ui/data/remotedatasource.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;
using namespace raycstr::ui;

class TestRemoteGoals : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    ManualClock clock {UiTrafficStartMs};
    std::unique_ptr<ServerStack> stack;
    QByteArray adminKey;
    QByteArray readKey;
    QUrl url;
    const QString site = QStringLiteral("example.com");

    DashboardQuery day() const
    {
        DashboardQuery q;
        q.site = site;
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
        const auto s
            = SiteRepository(&db).add(site, QStringLiteral("UTC"), clock.nowSecs(), &error);
        QVERIFY(s);
        ServerConfig config;
        config.dataDir = dir.path();
        config.listenPort = 0;
        config.userAgentRegexes = findUserAgentRegexes();
        stack = std::make_unique<ServerStack>(&clock);
        QVERIFY2(stack->start(config, &error), qPrintable(error));
        seedGoalTraffic(stack->engine(), &clock, s->id);
        const auto admin = stack->tokens()->createKey(QStringLiteral("admin"), 0, true, &error);
        const auto read = stack->tokens()->createKey(QStringLiteral("read"), s->id, false, &error);
        QVERIFY2(admin && read, qPrintable(error));
        adminKey = admin->secret;
        readKey = read->secret;
        url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(stack->port()));
    }

    void goalsThroughTheApi()
    {
        RemoteDataSource source(url, adminKey, {site});
        QSignalSpy changed(&source, &DataSource::goalsChanged);
        QSignalSpy failed(&source, &DataSource::changeFailed);
        AnswerSpy<Goal> added;
        source.ask(definitions::AddGoal {site, QString(),
                                         {Matcher::Kind::Event, QStringLiteral("Signup")}},
                   added.context(), added.recorder());
        QTRY_COMPARE(changed.count(), 1);
        source.ask(definitions::AddGoal {site, QStringLiteral("Pricing"),
                                         {Matcher::Kind::Page, QStringLiteral("/pricing")}},
                   added.context(), added.recorder());
        QTRY_COMPARE(changed.count(), 2);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(added.failures(), 0);

        AnswerSpy<QList<Goal>> listed;
        source.ask(definitions::SavedGoals {site}, listed.context(), listed.recorder());
        QTRY_COMPARE(listed.count(), 1);
        const auto goals = *listed.at(0);
        QCOMPARE(goals.size(), 2);
        QCOMPARE(goals.at(1).name, QStringLiteral("Pricing"));
        QCOMPARE(goals.at(1).match, (Matcher {Matcher::Kind::Page, QStringLiteral("/pricing")}));

        AnswerSpy<query::GoalsResult> ready;
        source.ask(stats::GoalConversions {day()}, ready.context(), ready.recorder());
        QTRY_COMPARE(ready.count(), 1);
        const auto r = *ready.at(0);
        QCOMPARE(r.visitors, 4);
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(0).goal.name, QStringLiteral("Signup"));
        QCOMPARE(r.rows.at(0).uniques, 1);
        QCOMPARE(r.rows.at(0).conversionRate, 25.0);
        QCOMPARE(r.rows.at(1).uniques, 2);

        // A read-only key may not change definitions: the server's 403 arrives as failed().
        RemoteDataSource reader(url, readKey, {site});
        QSignalSpy readerFailed(&reader, &DataSource::changeFailed);
        AnswerSpy<Done> refused;
        const auto id = reader.ask(definitions::RemoveGoal {site, goals.at(0).id},
                                   refused.context(), refused.recorder());
        QTRY_COMPARE(readerFailed.count(), 1);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.at(0).id(), id);
        QVERIFY(refused.at(0).error().contains(QStringLiteral("403")));
        QCOMPARE(readerFailed.at(0).at(0).toString(), refused.at(0).error());

        AnswerSpy<Done> removed;
        source.ask(definitions::RemoveGoal {site, goals.at(0).id}, removed.context(),
                   removed.recorder());
        QTRY_COMPARE(changed.count(), 3);
        source.ask(definitions::SavedGoals {site}, listed.context(), listed.recorder());
        QTRY_COMPARE(listed.count(), 2);
        QCOMPARE(listed.at(1)->size(), 1);
    }

    void funnelPreviewAndDefinitions()
    {
        RemoteDataSource source(url, adminKey, {site});
        Funnel f;
        f.name = QStringLiteral("Sign-up flow");
        f.steps = {{QStringLiteral("home"), {Matcher::Kind::Page, QStringLiteral("/")}},
                   {QString(), {Matcher::Kind::Page, QStringLiteral("/pricing")}},
                   {QString(), {Matcher::Kind::Event, QStringLiteral("Signup")}}};
        AnswerSpy<query::FunnelResult> ready;
        source.ask(stats::FunnelSteps {day(), f}, ready.context(), ready.recorder());
        QTRY_COMPARE(ready.count(), 1);
        const auto r = *ready.at(0);
        QCOMPARE(r.steps.size(), 3);
        QCOMPARE(r.steps.at(0).visitors, 3);
        QCOMPARE(r.steps.at(1).visitors, 2);
        QCOMPARE(r.steps.at(2).visitors, 1);
        QCOMPARE(r.steps.at(1).dropOff, 1);
        QCOMPARE(r.steps.at(2).fromPrevious, 50.0);
        QCOMPARE(r.steps.at(0).step.label(), QStringLiteral("home")); // our names kept
        QCOMPARE(r.conversionRate, 33.33);

        AnswerSpy<Funnel> saved;
        source.ask(definitions::SaveFunnel {site, f, false}, saved.context(), saved.recorder());
        QTRY_COMPARE(saved.count(), 1);
        const Funnel stored = *saved.at(0);
        QVERIFY(stored.id > 0);
        QCOMPARE(stored.steps, f.steps);
        // exists: 409
        source.ask(definitions::SaveFunnel {site, f, false}, saved.context(), saved.recorder());
        QTRY_COMPARE(saved.failures(), 1);
        QVERIFY(saved.at(1).error().contains(QStringLiteral("409")));
        f.steps.removeLast();
        source.ask(definitions::SaveFunnel {site, f, true}, saved.context(), saved.recorder());
        QTRY_COMPARE(saved.count() - saved.failures(), 2);
        QCOMPARE(saved.at(2)->id, stored.id);

        AnswerSpy<QList<Funnel>> listed;
        source.ask(definitions::SavedFunnels {site}, listed.context(), listed.recorder());
        QTRY_COMPARE(listed.count(), 1);
        const auto funnels = *listed.at(0);
        QCOMPARE(funnels.size(), 1);
        QCOMPARE(funnels.at(0).steps.size(), 2);
        QSignalSpy changed(&source, &DataSource::funnelsChanged);
        AnswerSpy<Done> removed;
        source.ask(definitions::RemoveFunnel {site, stored.id}, removed.context(),
                   removed.recorder());
        QTRY_COMPARE(changed.count(), 1);
        source.ask(definitions::SavedFunnels {site}, listed.context(), listed.recorder());
        QTRY_COMPARE(listed.count(), 2);
        QVERIFY(listed.at(1)->isEmpty());
    }

    void propertyKeys()
    {
        RemoteDataSource source(url, readKey, {site});
        DashboardQuery q = day();
        query::Filter onSignup;
        onSignup.field = fieldNamed(QStringLiteral("event_name"));
        onSignup.values = {QStringLiteral("Signup")};
        q.filters = {onSignup};
        AnswerSpy<QList<query::PropertyKeyRow>> ready;
        source.ask(stats::PropertyKeys {q}, ready.context(), ready.recorder());
        QTRY_COMPARE(ready.count(), 1);
        const auto keys = *ready.at(0);
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.at(0).key, QStringLiteral("plan"));
        QCOMPARE(keys.at(0).events, 1);
        QCOMPARE(keys.at(0).visitors, 1);
    }
};

QTEST_MAIN(TestRemoteGoals)
#include "tst_remotegoals.moc"

// The real window on a store with a known day of traffic: goals on the dashboard (a click
// filters it to the converted visits), then a 3-step funnel built in the Funnels page by
// keyboard and mouse, whose chart shows the expected visitors and conversions.

#include "common/enginefixture.h"
#include "goaltraffic.h"
#include "ui/services/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/models/funnelstepsmodel.h"
#include "ui/models/goalsmodel.h"
#include "ui/services/secretstore.h"
#include "ui/widgets/dashboardview.h"
#include "ui/widgets/filterbar.h"
#include "ui/widgets/funnelchart.h"
#include "ui/widgets/funneleditor.h"
#include "ui/widgets/goalspanel.h"
#include "ui/widgets/kpicard.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTableView>
#include <QTest>

using namespace raycstr;
using namespace raycstr::testing;
using namespace raycstr::ui;

class TestFunnelGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goalsAndAThreeStepFunnelInTheWindow()
    {
        // The store: a day of known traffic, written by an engine that is then stopped.
        EngineFixture f;
        f.clock.setNowMs(UiTrafficStartMs);
        QVERIFY(f.start());
        seedGoalTraffic(f.engine.get(), &f.clock, f.siteId);
        f.engine->stop();
        f.engine.reset();

        // The window's clock stays on that day: retention keeps the events.
        ManualClock clock(UiTrafficStartMs + 30 * 60000LL);
        AppSettings settings(f.dir.filePath(QStringLiteral("settings.ini")));
        settings.setFirstRunDone(true);
        settings.setMode(AppSettings::Mode::Local);
        settings.setDataDir(f.dir.path());
        settings.setListenAddress(QStringLiteral("127.0.0.1:0"));
        MemorySecretStore secrets;
        MainWindow window(&settings, &secrets, &clock);
        window.resize(1280, 800);
        window.show();
        QSignalSpy started(&window, &MainWindow::collectorStarted);
        window.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 15000);
        QVERIFY2(started.at(0).at(0).toBool(), qPrintable(started.at(0).at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(window.site(), QStringLiteral("example.com"), 10000);
        window.setPeriod(uiTrafficPeriod());
        KpiCard *visitors = window.dashboard()->kpi(DashboardView::Visitors);
        QTRY_COMPARE_WITH_TIMEOUT(visitors->valueText(), QStringLiteral("4"), 10000);

        // Goals: the card lists them with their rates; a click filters the dashboard.
        GoalsPanel *goals = window.goalsPanel();
        QVERIFY(goals->isVisibleTo(window.dashboard()));
        window.dataSource()->ask(
            definitions::AddGoal {
                window.site(), QString(), {Matcher::Kind::Event, QStringLiteral("Signup")}},
            &window, [](const Answer<Goal> &) {});
        window.dataSource()->ask(
            definitions::AddGoal {window.site(),
                                  QStringLiteral("Pricing"),
                                  {Matcher::Kind::Page, QStringLiteral("/pricing")}},
            &window, [](const Answer<Goal> &) {});
        QTRY_COMPARE(goals->goalsModel()->rowCount(), 2);
        QTRY_COMPARE(goals->goalsModel()->index(0, GoalsModel::RateColumn).data().toString(),
                     QStringLiteral("25.0%"));
        QCOMPARE(goals->goalsModel()->index(1, GoalsModel::UniquesColumn).data().toString(),
                 QStringLiteral("2"));
        QTableView *view = goals->goalsView();
        view->scrollTo(goals->goalsModel()->index(0, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(goals->goalsModel()->index(0, 0)).center());
        QCOMPARE(window.dashboard()->filterBar()->filters().size(), 1);
        QVERIFY(window.dashboard()->filterBar()->filters().at(0).field.goal);
        QTRY_COMPARE(visitors->valueText(), QStringLiteral("1")); // A, who signed up
        window.dashboard()->filterBar()->clearFilters();
        QTRY_COMPARE(visitors->valueText(), QStringLiteral("4"));

        // Funnels page by keyboard (Ctrl+4), then the funnel built step by step.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        FunnelEditor *editor = window.funnelEditor();
        QTRY_VERIFY(editor->isVisible());
        QVERIFY(window.currentPage() >= 3);
        QCOMPARE(editor->query().site, QStringLiteral("example.com"));
        QTRY_VERIFY(editor->knownPaths()->stringList().contains(QStringLiteral("/pricing")));
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("Sign-up flow"));
        editor->matchEdit()->setFocus();
        QTest::keyClicks(editor->matchEdit(), QStringLiteral("/"));
        QTest::keyClick(editor->matchEdit(), Qt::Key_Return);
        QTest::keyClicks(editor->matchEdit(), QStringLiteral("/pricing"));
        QTest::keyClicks(editor->labelEdit(), QStringLiteral("Pricing page"));
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        editor->kindBox()->setFocus();
        QTest::keyClick(editor->kindBox(), Qt::Key_Down); // Page → Event
        QCOMPARE(editor->kindBox()->currentData().toString(), QStringLiteral("event"));
        QTest::keyClicks(editor->matchEdit(), QStringLiteral("Signup"));
        QTest::keyClick(editor->matchEdit(), Qt::Key_Return);
        QCOMPARE(editor->model()->rowCount(), 3);

        // The expected numbers, read from the chart: 3 → 2 → 1 visitors.
        FunnelChart *chart = editor->chart();
        QTRY_COMPARE(chart->visitorBars(), (QList<qint64> {3, 2, 1}));
        QCOMPARE(chart->dropOffBars(), (QList<qint64> {0, 1, 1}));
        QCOMPARE(chart->categories(), (QStringList {"1. /", "2. Pricing page", "3. Signup"}));
        QCOMPARE(chart->caption(0), QStringLiteral("3 visitors\nentered the funnel"));
        QCOMPARE(chart->caption(1), QStringLiteral("2 visitors\n66.7% · 1 dropped"));
        QCOMPARE(chart->caption(2), QStringLiteral("1 visitor\n50.0% · 1 dropped"));
        QCOMPARE(editor->summaryText(), QStringLiteral("33.3% conversion · 3 → 1 visitors"));
        QCOMPARE(chart->result().steps.at(2).fromFirst, 100.0 / 3);

        // Saved by Ctrl+S: the list shows it.
        QTest::keyClick(editor->nameEdit(), Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(editor->funnelList()->count(), 1);
        QCOMPARE(editor->funnelList()->item(0)->text(), QStringLiteral("Sign-up flow"));
        QVERIFY(editor->funnel().id > 0);
    }
};

QTEST_MAIN(TestFunnelGui)
#include "tst_funnelgui.moc"

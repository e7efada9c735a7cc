#include "goalscreens.h"

#include "ui/data/datasource.h"
#include "ui/mainwindow.h"
#include "ui/models/goalsmodel.h"
#include "ui/render/renderhelpers.h"
#include "ui/widgets/dashboardview.h"
#include "ui/widgets/funnelchart.h"
#include "ui/widgets/funneleditor.h"
#include "ui/widgets/goalspanel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QThread>
#include <functional>

namespace raycstr::ui {

bool renderGoalScreens(MainWindow *window, const QString &outDir, const QString &suffix)
{
    DataSource *source = window->dataSource();
    const QString site = window->site();
    if (!source || site.isEmpty())
        return false;
    // Demo definitions (a copy of the data set: nothing is kept). Existing ones fail
    // quietly (same name), which is fine for a second run on the same copy.
    const QList<std::pair<QString, Matcher>> goals = {
        {QStringLiteral("Signup"), {Matcher::Kind::Event, QStringLiteral("Signup")}},
        {QStringLiteral("Download"), {Matcher::Kind::Event, QStringLiteral("Download")}},
        {QStringLiteral("Outbound link"),
         {Matcher::Kind::Event, QStringLiteral("Outbound Link: Click")}},
        {QStringLiteral("Visited pricing"), {Matcher::Kind::Page, QStringLiteral("/pricing")}},
        {QStringLiteral("Read the docs"), {Matcher::Kind::Page, QStringLiteral("/docs/**")}},
    };
    for (const auto &[name, match] : goals)
        source->ask(definitions::AddGoal {site, name, match}, window, [](const Answer<Goal> &) {});
    Funnel funnel;
    funnel.name = QStringLiteral("Sign-up flow");
    funnel.steps
        = {{QStringLiteral("Home"), {Matcher::Kind::Page, QStringLiteral("/")}},
           {QStringLiteral("Pricing"), {Matcher::Kind::Page, QStringLiteral("/pricing")}},
           {QStringLiteral("Sign-up form"), {Matcher::Kind::Page, QStringLiteral("/signup")}},
           {QStringLiteral("Signed up"), {Matcher::Kind::Event, QStringLiteral("Signup")}}};
    source->ask(definitions::SaveFunnel {site, funnel, true}, window,
                [](const Answer<Funnel> &) {});
    Funnel docs;
    docs.name = QStringLiteral("Docs to download");
    docs.steps = {{QString(), {Matcher::Kind::Page, QStringLiteral("/docs/**")}},
                  {QString(), {Matcher::Kind::Event, QStringLiteral("Download")}}};
    source->ask(definitions::SaveFunnel {site, docs, true}, window,
                [](const Answer<Funnel> &) {});

    // The goals card, scrolled into view.
    GoalsPanel *panel = window->goalsPanel();
    window->showPage(MainWindow::DashboardPage);
    if (!render::waitFor([&] { return panel->goalsModel()->rowCount() == goals.size(); }, 30000)) {
        fprintf(stderr, "raycstr: the goals did not load\n");
        return false;
    }
    if (auto *scroll = window->dashboard()->findChild<QScrollArea *>()) {
        scroll->ensureWidgetVisible(panel, 0, 0);
        // Goals card at the top, the page's other cards around it.
        scroll->ensureWidgetVisible(panel, 0, scroll->viewport()->height() - panel->height() - 20);
    }
    render::settle(400);
    bool all = render::save(window, QDir(outDir).filePath(QStringLiteral("goals") + suffix));

    panel->setCurrentTab(GoalsPanel::EventsTab);
    render::waitFor([&] { return !panel->isLoading() && panel->eventsModel()->rowCount() > 0; },
                    20000);
    panel->openEvent(QStringLiteral("Signup"));
    render::waitFor([&] { return !panel->isLoading(); }, 20000);
    panel->openKey(QStringLiteral("plan"));
    render::waitFor([&] { return !panel->isLoading(); }, 20000);
    render::settle(300);
    all = render::save(window, QDir(outDir).filePath(QStringLiteral("custom-events") + suffix))
        && all;
    panel->back();
    panel->back();
    panel->setCurrentTab(GoalsPanel::GoalsTab);

    // The funnel editor with the saved funnel open, its chart loaded.
    FunnelEditor *editor = window->funnelEditor();
    if (auto *pages = qobject_cast<QStackedWidget *>(editor->parentWidget()))
        window->showPage(pages->indexOf(editor));
    if (!render::waitFor([&] { return editor->funnelList()->count() >= 2; }, 20000)) {
        fprintf(stderr, "raycstr: the funnels did not load\n");
        return false;
    }
    editor->funnelList()->setCurrentRow(0);
    editor->stepsView()->setCurrentIndex({});
    if (!render::waitFor(
            [&] { return !editor->isPreviewing() && editor->chart()->result().steps.size() == 4; },
            60000)) {
        fprintf(stderr, "raycstr: the funnel did not load\n");
        return false;
    }
    render::settle(400);
    all = render::save(window, QDir(outDir).filePath(QStringLiteral("funnel-editor") + suffix))
        && all;
    window->showPage(MainWindow::DashboardPage);
    return all;
}

} // namespace raycstr::ui

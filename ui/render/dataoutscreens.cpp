#include "dataoutscreens.h"

#include "ui/data/datasource.h"
#include "ui/mainwindow.h"
#include "ui/models/alertrulesmodel.h"
#include "ui/render/renderhelpers.h"
#include "ui/widgets/alertruledialog.h"
#include "ui/widgets/dashboardview.h"
#include "ui/widgets/goalspanel.h"
#include "ui/widgets/reportsalertsview.h"
#include "ui/widgets/tableexport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

namespace raycstr::ui {

using render::centred;
using render::saveOver;

bool renderDataOutScreens(MainWindow *window, const QString &outDir, const QString &suffix)
{
    DataSource *source = window->dataSource();
    const QString site = window->site();
    if (!source || site.isEmpty())
        return false;
    const auto file = [&](const QString &name) { return QDir(outDir).filePath(name + suffix); };
    bool all = true;

    // File → Export dashboard…, open over the dashboard (at its top: the cards' Export CSV…).
    window->showPage(MainWindow::DashboardPage);
    if (auto *scroll = window->dashboard()->findChild<QScrollArea *>())
        scroll->verticalScrollBar()->setValue(0);
    render::settle(300);
    QAction *fileAction = window->menuBar()->actions().value(0);
    if (QMenu *fileMenu = fileAction ? fileAction->menu() : nullptr) {
        const QRect fileRect = window->menuBar()->actionGeometry(fileAction);
        const QPoint at = window->menuBar()->mapTo(window, fileRect.bottomLeft());
        fileMenu->popup(window->mapToGlobal(at));
        for (QAction *a : fileMenu->actions())
            if (a->objectName() == QLatin1String("exportDashboardAction"))
                fileMenu->setActiveAction(a);
        render::settle(300);
        all = saveOver(window, fileMenu, at, file(QStringLiteral("export-menu"))) && all;
        fileMenu->hide();
    }

    // Its file dialog (Qt's own, as on desktops without a native one), with the name the
    // export suggests.
    QTemporaryDir tmp;
    {
        QFileDialog dialog(window, TableExport::tr("Export"), tmp.path(),
                           TableExport::tr("Zip archives (*.zip)"));
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.selectFile(TableExport::suggestedName(
            window->dashboard()->query(), QStringLiteral("dashboard"), QStringLiteral("zip")));
        dialog.resize(760, 460);
        dialog.show();
        render::settle(400);
        all = saveOver(window, &dialog, centred(window, &dialog),
                       file(QStringLiteral("export-dialog")))
            && all;
    }

    // The export under way: a year of days, so the progress dialog is up; then cancelled.
    TableExport::setPathChooser([&tmp](QWidget *, const QString &suggested, const QString &) {
        return QDir(tmp.path()).filePath(QFileInfo(suggested).fileName());
    });
    query::Period year;
    year.kind = query::Period::Kind::Last12mo;
    window->setPeriod(year);
    render::waitFor(
        [&] { return !window->dashboard()->isLoading() && !window->goalsPanel()->isLoading(); },
        60000);
    render::settle(300);
    if (TableExport *job = window->exportDashboard()) {
        render::waitFor(
            [&] {
                return job->progressDialog() && job->progressDialog()->isVisible()
                    && job->progressDialog()->value() > 0;
            },
            20000);
        render::settle(200);
        if (QProgressDialog *progress = job->progressDialog())
            all = saveOver(window, progress, centred(window, progress),
                           file(QStringLiteral("export-progress")))
                && all;
        job->cancel();
    }
    query::Period month;
    month.kind = query::Period::Kind::Last30d;
    window->setPeriod(month);
    render::waitFor(
        [&] { return !window->dashboard()->isLoading() && !window->goalsPanel()->isLoading(); },
        60000);

    // Settings → Reports and alerts, with demo alerts (on the render's copy of the data)
    // and mail settings (shown, not saved).
    ReportsAlertsView *reports = window->reportsView();
    AlertRule spike;
    spike.site = site;
    spike.threshold = 50;
    spike.email = {QStringLiteral("you@yoursite.com")};
    AlertRule drop = spike;
    drop.kind = AlertRule::Kind::Drop;
    drop.threshold = 6;
    drop.cooldownMinutes = 720;
    drop.email.clear();
    drop.webhook = QStringLiteral("https://hooks.slack.com/services/T000/B000/XXXX");
    AlertRule goal = spike;
    goal.kind = AlertRule::Kind::Goal;
    goal.threshold = 0;
    goal.goal = QStringLiteral("Signup");
    goal.digest = true;
    goal.email = {QStringLiteral("you@yoursite.com"), QStringLiteral("team@yoursite.com")};
    for (const AlertRule &r : {spike, drop, goal})
        reports->saveRule(r);
    window->showReportsAndAlerts();
    render::waitFor([&] { return reports->rulesModel()->rowCount() >= 3; }, 20000);
    reports->hostEdit()->setText(QStringLiteral("smtp.yoursite.com"));
    reports->portBox()->setValue(587);
    reports->userEdit()->setText(QStringLiteral("stats@yoursite.com"));
    reports->passwordEdit()->setText(QStringLiteral("password"));
    reports->fromEdit()->setText(QStringLiteral("RayCstr <stats@yoursite.com>"));
    reports->reportBox()->setChecked(true);
    reports->recipientsEdit()->setText(QStringLiteral("you@yoursite.com, team@yoursite.com"));
    reports->rulesView()->selectRow(0);
    render::settle(400);
    all = render::save(window, file(QStringLiteral("reports-alerts"))) && all;

    // The alert dialog, editing the spike alert.
    {
        AlertRuleDialog dialog(*reports->rulesModel()->ruleAt(0), {QStringLiteral("Signup")}, false,
                               window);
        dialog.show();
        render::settle(300);
        all = saveOver(window, &dialog, centred(window, &dialog),
                       file(QStringLiteral("alert-dialog")))
            && all;
    }
    window->showPage(MainWindow::DashboardPage);
    return all;
}

} // namespace raycstr::ui

// MainWindow's menu bar, keyboard shortcuts and tray icon: the window's chrome, kept apart
// from the data wiring in mainwindow.cpp.

#include "mainwindow.h"

#include "ui/data/remotedatasource.h"
#include "ui/services/appsettings.h"
#include "ui/services/embeddedcollector.h"
#include "ui/widgets/dashboardview.h"
#include "ui/widgets/goalspanel.h"
#include "ui/widgets/importdialog.h"
#include "ui/widgets/tableexport.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSystemTrayIcon>

namespace raycstr::ui {

void MainWindow::createMenus(int funnelsPage)
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = file->addAction(tr("&Connect to a server…"));
    connect(connectAction, &QAction::triggered, this, &MainWindow::showRemoteDialog);
    file->addSeparator();
    // The whole dashboard (site, period, filters) as Plausible's export zip.
    QAction *exportAction = file->addAction(tr("&Export dashboard…"));
    exportAction->setObjectName(QStringLiteral("exportDashboardAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportDashboard);
    m_importAction = file->addAction(tr("&Import…"));
    m_importAction->setObjectName(QStringLiteral("importAction"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importHistory);
    updateImportAction();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    // The platform's Quit keys, and Ctrl+Q everywhere (some platforms define none).
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcuts(quitKeys);
    quit->setShortcutContext(Qt::ApplicationShortcut);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::quitRequested);

    // View: the pages (Ctrl+1…4, as the tabs) and a reload (F5).
    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<QPair<QString, int>> pages = {{tr("&Dashboard"), DashboardPage},
                                              {tr("&Live"), LivePage},
                                              {tr("&Settings"), SettingsPage},
                                              {tr("&Funnels"), funnelsPage}};
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QAction *page = view->addAction(pages.at(i).first);
        page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        const int index = pages.at(i).second;
        connect(page, &QAction::triggered, this, [this, index] { showPage(index); });
    }
    view->addSeparator();
    QAction *reload = view->addAction(tr("&Reload"));
    reload->setShortcut(QKeySequence::Refresh);
    connect(reload, &QAction::triggered, m_dashboard, &DashboardView::refresh);
    connect(reload, &QAction::triggered, this, [this] { m_goals->refresh(m_dashboard->query()); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About RayCstr"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

TableExport *MainWindow::exportDashboard()
{
    TableExport *job = TableExport::dashboard(this, m_source.get(), m_dashboard->query());
    if (job)
        connect(job, &TableExport::finished, this,
                [this](const QString &, const QString &summary) { showMessage(summary); });
    return job;
}

void MainWindow::updateImportAction()
{
    if (!m_importAction)
        return;
    const bool local = m_source && m_source->canAdminister();
    m_importAction->setEnabled(local);
    // A disabled item still says why: the server imports with its own command line.
    m_importAction->setText(m_source && !local ? tr("&Import… (on the server: raycstr-server "
                                                    "import)")
                                               : tr("&Import…"));
    m_importAction->setStatusTip(m_source && !local ? RemoteDataSource::importElsewhere()
                                                    : tr("Bring history from another tool"));
}

ImportDialog *MainWindow::importHistory()
{
    if (!m_source || !m_source->canAdminister())
        return nullptr;
    QStringList sites;
    for (int i = 0; i < m_siteBox->count(); ++i)
        sites.append(m_siteBox->itemText(i));
    // The import needs the data folder to itself: the collector pauses (its statistics stay
    // on screen) and the import goes through the paused window's source.
    auto prepare = [this]() -> DataSource * {
        if (m_collector->isRunning()) {
            pauseCollecting();
            m_resumeAfterImport = true;
        }
        updatePauseAction(false, false); // no resume in the middle of an import
        return m_source.get();
    };
    auto *dialog = new ImportDialog(prepare, sites, m_siteBox->currentText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Queued: the end arrives inside the paused source's own answer, and resuming replaces
    // (deletes) that source.
    connect(
        dialog, &ImportDialog::importFinished, this,
        [this] {
            if (m_resumeAfterImport) {
                m_resumeAfterImport = false;
                startLocal();
            } else {
                updatePauseAction(true, true);
            }
        },
        Qt::QueuedConnection);
    dialog->open();
    return dialog;
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About RayCstr"),
        tr("<b>RayCstr %1</b><p>Privacy-first web analytics: no cookies, no IP addresses "
           "stored.</p><p>MIT licence. Country data: CC BY 4.0 (NRO).</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::createTray()
{
    if (m_tray)
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(tr("RayCstr"));
    auto *menu = new QMenu(this);
    auto open = [this] {
        showNormal();
        raise();
        activateWindow();
    };
    QAction *openAction = menu->addAction(tr("&Open RayCstr"));
    openAction->setObjectName(QStringLiteral("openAction"));
    connect(openAction, &QAction::triggered, this, open);
    // Pause stops the embedded collector (trackers then get "connection refused", as with
    // the app closed) and keeps its statistics on screen; Resume starts it again with the
    // settings as they are. Nothing to pause in remote mode.
    m_pauseAction = menu->addAction(tr("&Pause collecting"));
    m_pauseAction->setObjectName(QStringLiteral("pauseAction"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setEnabled(false); // until the collector runs
    connect(m_pauseAction, &QAction::toggled, this, [this](bool paused) {
        if (paused)
            pauseCollecting();
        else
            startLocal();
    });
    menu->addSeparator();
    QAction *quit = menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    connect(quit, &QAction::triggered, this, &MainWindow::quitRequested);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [open](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            open();
    });
    // Shown where a desktop has a tray; tests without one drive its menu all the same.
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

void MainWindow::updatePauseAction(bool enabled, bool paused)
{
    if (!m_pauseAction)
        return;
    const QSignalBlocker block(m_pauseAction);
    m_pauseAction->setEnabled(enabled);
    m_pauseAction->setChecked(paused);
    m_pauseAction->setText(paused ? tr("&Resume collecting") : tr("&Pause collecting"));
}

void MainWindow::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
    if (available) {
        createTray();
        updatePauseAction(m_collector->isRunning(), false);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // In local mode the embedded collector *is* the product: closing the window must not
    // stop it while a tray icon can keep it (and the way back) reachable.
    if (!m_trayAvailable) {
        event->accept();
        Q_EMIT quitRequested();
        return;
    }
    hide();
    event->ignore();
    if (!m_appSettings->closeNoticeShown()) {
        m_appSettings->setCloseNoticeShown(true);
        m_appSettings->sync();
        if (m_tray)
            m_tray->showMessage(tr("RayCstr keeps collecting"),
                                tr("RayCstr is still running in the tray. Quit it from the "
                                   "tray menu or with Ctrl+Q."),
                                QSystemTrayIcon::Information, 8000);
    }
}

} // namespace raycstr::ui

// The real window, driven as a user would: the first-run wizard adds a site and starts the
// embedded collector; events POSTed to the collector over HTTP then show up in the live
// view and the KPI cards; the settings page adds another site.

#include "auth/tokenstore.h"
#include "common/httpclient.h"
#include "core/clock.h"
#include "stack/serverstack.h"
#include "store/database.h"
#include "store/sites.h"
#include "ui/mainwindow.h"
#include "ui/models/breakdownmodel.h"
#include "ui/models/livefeedmodel.h"
#include "ui/services/appsettings.h"
#include "ui/services/embeddedcollector.h"
#include "ui/services/secretstore.h"
#include "ui/widgets/breakdownpanel.h"
#include "ui/widgets/dashboardview.h"
#include "ui/widgets/firstrunwizard.h"
#include "ui/widgets/importdialog.h"
#include "ui/widgets/kpicard.h"
#include "ui/widgets/liveview.h"
#include "ui/widgets/remoteconnectdialog.h"
#include "ui/widgets/settingsview.h"
#include "ui/widgets/timezonebox.h"
#include "ui/widgets/timeserieschart.h"
#include "uiserver.h"
#include "uitraffic.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <numeric>

using namespace raycstr;
using namespace raycstr::testing;
using namespace raycstr::ui;

namespace {
const QList<QByteArray> Agents = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Safari/605.1.15",
};
}

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    SystemClock clock;

    // A loopback port nothing listens on right now.
    static quint16 freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return 0;
        return probe.serverPort();
    }

    // Starts `window` on its first run and walks the wizard to the snippet page with `domain`,
    // `listen` and (unless empty) the site's time zone `zone`; nullptr when no wizard shows.
    static FirstRunWizard *walkWizard(MainWindow &window, const QString &domain,
                                      const QString &listen, const QString &zone = QString())
    {
        window.start();
        FirstRunWizard *wizard = window.findChild<FirstRunWizard *>();
        if (!wizard || !QTest::qWaitFor([wizard] { return wizard->isVisible(); }))
            return nullptr;
        QTest::keyClicks(wizard->domainEdit(), domain);
        if (!zone.isEmpty())
            wizard->timeZoneBox()->setTimeZone(zone);
        wizard->next();
        wizard->listenEdit()->setText(listen);
        wizard->next();
        return wizard;
    }

    // Settings' way to a server ("Connect to a server…").
    static QPushButton *connectButton(MainWindow &window)
    {
        for (QPushButton *b : window.settingsView()->findChildren<QPushButton *>())
            if (b->text().startsWith(QLatin1String("Connect to a server")))
                return b;
        return nullptr;
    }

    // Whether the user can press `b` on the Settings page.
    static bool usable(MainWindow &window, QPushButton *b)
    {
        return b && b->isVisibleTo(window.settingsView()) && b->isEnabled();
    }

    static QPushButton *buttonNamed(QWidget *in, const QString &text)
    {
        for (QPushButton *b : in->findChildren<QPushButton *>())
            if (b->text() == text)
                return b;
        return nullptr;
    }

private Q_SLOTS:
    // A menu bar with File, View and Help (About names the version); Ctrl+Q asks to quit.
    void menuBarAndQuitShortcut()
    {
        AppSettings settings(dir.filePath(QStringLiteral("menu.ini")));
        MemorySecretStore secrets;
        MainWindow window(&settings, &secrets, &clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles.append(a->text().remove(QLatin1Char('&')));
        QCOMPARE(titles, (QStringList {QStringLiteral("File"), QStringLiteral("View"),
                                       QStringLiteral("Help")}));
        QAction *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        QAction *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QVERIFY(quit->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
        QSignalSpy quitting(&window, &MainWindow::quitRequested);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QCOMPARE(quitting.count(), 1);
    }

    // Closing the window keeps the local collector running when a tray icon can hold it;
    // without a system tray (this offscreen test) closing quits as before.
    void closeWithoutTrayQuits()
    {
        AppSettings settings(dir.filePath(QStringLiteral("close.ini")));
        MemorySecretStore secrets;
        MainWindow window(&settings, &secrets, &clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy quitting(&window, &MainWindow::quitRequested);
        window.setTrayAvailable(false);
        QVERIFY(window.close());
        QCOMPARE(quitting.count(), 1);

        MainWindow tray(&settings, &secrets, &clock);
        tray.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tray));
        QSignalSpy trayQuitting(&tray, &MainWindow::quitRequested);
        tray.setTrayAvailable(true);
        QVERIFY(!tray.close()); // the close is refused: hidden to the tray, not quit
        QVERIFY(!tray.isVisible());
        QCOMPARE(trayQuitting.count(), 0);
        QVERIFY(settings.closeNoticeShown()); // the first close says where it went, once
    }

    // Trap 5 (issue 20): the tray keeps the collector: Open / Pause collecting / Quit. Pause
    // stops the collector and keeps its statistics readable; Resume starts it again; closing
    // hides the window to the tray; nothing to pause in remote mode.
    void trayOpensPausesAndQuits()
    {
        AppSettings settings(dir.filePath(QStringLiteral("tray.ini")));
        settings.setDataDir(dir.filePath(QStringLiteral("tray-data")));
        settings.setListenAddress(QStringLiteral("127.0.0.1:0"));
        settings.setFirstRunDone(true);
        MemorySecretStore secrets;
        MainWindow window(&settings, &secrets, &clock);
        window.setTrayAvailable(true); // offscreen there is none: its menu all the same
        window.show();
        QSignalSpy started(&window, &MainWindow::collectorStarted);
        window.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 15000);
        QVERIFY2(started.at(0).at(0).toBool(), qPrintable(started.at(0).at(1).toString()));
        auto *tray = window.findChild<QSystemTrayIcon *>();
        QVERIFY(tray && tray->contextMenu());
        QList<QAction *> actions;
        QStringList texts;
        for (QAction *a : tray->contextMenu()->actions())
            if (!a->isSeparator()) {
                actions.append(a);
                texts.append(a->text().remove(QLatin1Char('&')));
            }
        QCOMPARE(texts,
                 (QStringList {QStringLiteral("Open RayCstr"), QStringLiteral("Pause collecting"),
                               QStringLiteral("Quit")}));
        QAction *pause = actions.at(1);
        QVERIFY(pause->isEnabled());

        pause->trigger();
        QVERIFY(!window.collector()->isRunning());
        QVERIFY2(window.statusText().startsWith(QLatin1String("Paused")),
                 qPrintable(window.statusText()));
        QVERIFY(window.dataSource() && window.dataSource()->canAdminister());
        QSignalSpy updated(window.dashboard(), &DashboardView::updated);
        window.dashboard()->setQuery(QStringLiteral("none.example"), uiTrafficPeriod());
        QVERIFY(updated.wait(10000)); // read from the store, without the stopped engine
        QCOMPARE(pause->text().remove(QLatin1Char('&')), QStringLiteral("Resume collecting"));
        pause->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 15000);
        QVERIFY(window.collector()->isRunning());
        QVERIFY(window.statusText().startsWith(QLatin1String("Collecting on")));
        QCOMPARE(pause->text().remove(QLatin1Char('&')), QStringLiteral("Pause collecting"));

        // Closing hides the window; Open brings it back; Quit quits.
        QVERIFY(!window.close());
        QVERIFY(!window.isVisible());
        actions.at(0)->trigger();
        QVERIFY(window.isVisible());
        QSignalSpy quitting(&window, &MainWindow::quitRequested);
        actions.at(2)->trigger();
        QCOMPARE(quitting.count(), 1);

        // Remote mode: nothing here to pause.
        UiServer server;
        QString error;
        QVERIFY2(server.start(false, &error), qPrintable(error));
        QSignalSpy connected(&window, &MainWindow::remoteConnected);
        window.connectRemote(server.url, server.key, {QStringLiteral("example.com")});
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);
        QVERIFY(!pause->isEnabled());
    }

    // Remote mode without a stored key asks for it; cancelling that prompt must not leave an
    // empty window with Settings disabled: the app falls back to the local collector.
    void cancelledKeyPromptFallsBackToLocal()
    {
        AppSettings settings(dir.filePath(QStringLiteral("cancel.ini")));
        settings.setDataDir(dir.filePath(QStringLiteral("cancel-data")));
        settings.setListenAddress(QStringLiteral("127.0.0.1:0"));
        settings.setFirstRunDone(true);
        settings.setMode(AppSettings::Mode::Remote);
        settings.setRemoteUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        MemorySecretStore secrets; // holds no key: the prompt opens
        MainWindow window(&settings, &secrets, &clock);
        window.show();
        QSignalSpy started(&window, &MainWindow::collectorStarted);
        window.start();
        RemoteConnectDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<RemoteConnectDialog *>()) && dialog->isVisible());
        dialog->reject();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 15000);
        QVERIFY2(started.at(0).at(0).toBool(), qPrintable(started.at(0).at(1).toString()));
        QVERIFY(window.dataSource());
        QVERIFY(window.dataSource()->canAdminister()); // Settings works again
        QVERIFY(usable(window, connectButton(window)));
    }

    // Trap 3 (issue 20): no state leaves the app without a way back. The first-run wizard
    // cancelled (nothing runs): Settings offers this computer's collector and a server; and
    // connected to a server, Settings still offers another server (or a new key).
    void settingsAlwaysOffersAWayBack()
    {
        AppSettings settings(dir.filePath(QStringLiteral("wayback.ini")));
        settings.setDataDir(dir.filePath(QStringLiteral("wayback-data")));
        settings.setListenAddress(QStringLiteral("127.0.0.1:0"));
        MemorySecretStore secrets;
        MainWindow window(&settings, &secrets, &clock);
        window.show();
        window.start();
        FirstRunWizard *wizard = window.findChild<FirstRunWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        wizard->reject();
        QVERIFY(!window.dataSource());
        QTRY_COMPARE(window.currentPage(), int(MainWindow::SettingsPage));
        QPushButton *useLocal = buttonNamed(
            window.settingsView(), QStringLiteral("Use this computer's collector instead"));
        QVERIFY(usable(window, connectButton(window)));
        QVERIFY(usable(window, useLocal));
        QSignalSpy started(&window, &MainWindow::collectorStarted);
        QTest::mouseClick(useLocal, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 15000);
        QVERIFY2(started.at(0).at(0).toBool(), qPrintable(started.at(0).at(1).toString()));
        QVERIFY(window.dataSource()->canAdminister());
        QVERIFY(usable(window, connectButton(window)));
        QVERIFY(!usable(window, useLocal)); // it is in use

        // Connected to a server: another server stays one click away.
        UiServer server;
        QString error;
        QVERIFY2(server.start(false, &error), qPrintable(error));
        QSignalSpy connected(&window, &MainWindow::remoteConnected);
        window.connectRemote(server.url, server.key, {QStringLiteral("example.com")});
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);
        QVERIFY(usable(window, connectButton(window)));
        QVERIFY(usable(window, useLocal));
    }

    // Trap 1 (issue 20): after the wizard chose a listen address, Settings shows it, so
    // "Apply and restart collector" keeps the collector where the snippets point; moving it
    // on purpose says that the snippets must follow.
    void applyAfterTheWizardKeepsItsAddress()
    {
        AppSettings settings(dir.filePath(QStringLiteral("apply.ini")));
        settings.setDataDir(dir.filePath(QStringLiteral("apply-data")));
        MemorySecretStore secrets;
        MainWindow window(&settings, &secrets, &clock);
        window.show();
        QSignalSpy started(&window, &MainWindow::collectorStarted);
        const quint16 chosen = freePort();
        QVERIFY(chosen);
        const QString address = QStringLiteral("127.0.0.1:%1").arg(chosen);
        FirstRunWizard *wizard = walkWizard(window, QStringLiteral("apply.example"), address);
        QVERIFY(wizard);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 15000);
        QVERIFY2(started.at(0).at(0).toBool(), qPrintable(started.at(0).at(1).toString()));
        QCOMPARE(window.collector()->config().listenPort, chosen);

        // Settings, Apply without a change: the collector comes back on the wizard's port.
        window.showPage(MainWindow::SettingsPage);
        SettingsView *s = window.settingsView();
        QCOMPARE(s->listenEdit()->text(), address);
        QPushButton *apply = buttonNamed(s, QStringLiteral("Apply and restart collector"));
        QVERIFY(apply);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 15000);
        QVERIFY2(started.at(1).at(0).toBool(), qPrintable(started.at(1).at(1).toString()));
        QCOMPARE(window.collector()->config().listenPort, chosen);
        QCOMPARE(settings.listenAddress(), address);
        QVERIFY2(!window.messageText().contains(address), qPrintable(window.messageText()));

        // Moving it on purpose: not without a word about the snippets that point at the old
        // address.
        const quint16 other = freePort();
        QVERIFY(other && other != chosen);
        const QString moved = QStringLiteral("127.0.0.1:%1").arg(other);
        s->listenEdit()->setText(moved);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 3, 15000);
        QCOMPARE(window.collector()->config().listenPort, other);
        QVERIFY2(window.messageText().contains(moved) && window.messageText().contains(address)
                     && window.messageText().contains(QLatin1String("snippet")),
                 qPrintable(window.messageText()));
    }

    // The wizard's time zone is the new site's (the store's sites.timezone), and Settings
    // changes it; in local mode Import… is there, and the dashboard asks for the imports.
    void wizardZoneIsTheSitesAndSettingsChangesIt()
    {
        AppSettings settings(dir.filePath(QStringLiteral("zone.ini")));
        settings.setDataDir(dir.filePath(QStringLiteral("zone-data")));
        MemorySecretStore secrets;
        MainWindow window(&settings, &secrets, &clock);
        window.show();
        QSignalSpy started(&window, &MainWindow::collectorStarted);
        FirstRunWizard *wizard
            = walkWizard(window, QStringLiteral("zone.example"),
                         QStringLiteral("127.0.0.1:%1").arg(freePort()), QStringLiteral("Asia/Kolkata"));
        QVERIFY(wizard);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 15000);
        SettingsView *s = window.settingsView();
        auto zoneShown = [s] {
            return s->sitesTable()->model()->index(0, 1).data().toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(zoneShown(), QStringLiteral("Asia/Kolkata"), 10000);
        QCOMPARE(s->zoneSiteBox()->currentText(), QStringLiteral("zone.example"));
        QCOMPARE(s->timeZoneBox()->timeZone(), QStringLiteral("Asia/Kolkata"));
        QVERIFY(!s->setZoneButton()->isEnabled()); // nothing to change yet

        window.showPage(MainWindow::SettingsPage);
        s->timeZoneBox()->setTimeZone(QStringLiteral("America/New_York"));
        QVERIFY(s->setZoneButton()->isEnabled());
        QTest::mouseClick(s->setZoneButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(zoneShown(), QStringLiteral("America/New_York"), 10000);
        QVERIFY2(window.messageText().contains(QStringLiteral("America/New_York")),
                 qPrintable(window.messageText()));

        auto *import = window.findChild<QAction *>(QStringLiteral("importAction"));
        QVERIFY(import && import->isEnabled());
        QCOMPARE(import->text(), QStringLiteral("&Import…"));
    }

    // File → Import… through the window: the collector pauses for the import and collects
    // again after it. (The end arrives inside the paused source's answer, which resuming
    // replaces: before the resume was queued that was a use after free, which the ASan
    // build reports; the dev build may not crash on it.)
    void importPausesAndResumesTheCollector()
    {
        const QString data = dir.filePath(QStringLiteral("import-data"));
        {
            SqliteDb db;
            QString error;
            QVERIFY2(Database::open(&db, data, &error), qPrintable(error));
            QVERIFY2(SiteRepository(&db).add(QStringLiteral("import.example"),
                                             QStringLiteral("UTC"), clock.nowSecs(), &error),
                     qPrintable(error));
        }
        QFile log(dir.filePath(QStringLiteral("window-access.log")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("203.0.113.7 - - [10/Jan/2024:10:00:00 +0000] \"GET / HTTP/1.1\" 200 5 \"-\" "
                  "\"Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0\"\n");
        log.close();
        AppSettings settings(dir.filePath(QStringLiteral("import.ini")));
        settings.setFirstRunDone(true);
        settings.setDataDir(data);
        settings.setListenAddress(QStringLiteral("127.0.0.1:0"));
        MemorySecretStore secrets;
        MainWindow window(&settings, &secrets, &clock);
        window.show();
        QSignalSpy started(&window, &MainWindow::collectorStarted);
        window.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 15000);
        QTRY_COMPARE(window.siteSwitcher()->currentText(), QStringLiteral("import.example"));
        ImportDialog *dialog = window.importHistory();
        QVERIFY(dialog);
        dialog->setSource(QStringLiteral("access-log"));
        dialog->setFiles({log.fileName()});
        QSignalSpy finished(dialog, &ImportDialog::importFinished);
        dialog->start();
        QVERIFY(!window.collector()->isRunning()); // paused for the import
        QVERIFY(finished.wait(30000));
        QCOMPARE(int(dialog->result().outcome), int(Importer::Outcome::Done));
        QCOMPARE(dialog->result().run.eventsWritten, 1);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 15000); // collecting again
        QVERIFY(started.at(1).at(0).toBool());
        QVERIFY(window.collector()->isRunning());
    }

    void firstRunThenLiveEventsChangeTheDashboard()
    {
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setDataDir(dir.filePath(QStringLiteral("data")));
        MemorySecretStore secrets;
        MainWindow window(&settings, &secrets, &clock);
        window.setAutoRefreshInterval(100);
        window.show();
        QSignalSpy started(&window, &MainWindow::collectorStarted);

        // First run: the wizard asks for the site and the listen address.
        FirstRunWizard *wizard
            = walkWizard(window, QStringLiteral("gui.example"), QStringLiteral("127.0.0.1:0"));
        QVERIFY(wizard);
        QVERIFY(wizard->snippetText().contains(QStringLiteral("data-domain=\"gui.example\"")));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 15000);
        QVERIFY2(started.at(0).at(0).toBool(), qPrintable(started.at(0).at(1).toString()));
        QVERIFY(settings.firstRunDone());
        // Settings shows what the wizard chose, not what it had loaded before the wizard ran
        // (its "Apply and restart" would otherwise move the collector to another port).
        QCOMPARE(window.settingsView()->listenEdit()->text(), QStringLiteral("127.0.0.1:0"));
        const quint16 port = window.collector()->config().listenPort;
        QVERIFY(port > 0);
        QTRY_COMPARE_WITH_TIMEOUT(window.siteSwitcher()->currentText(),
                                  QStringLiteral("gui.example"), 10000);
        QVERIFY(window.statusText().contains(
            QStringLiteral("Collecting on http://127.0.0.1:%1").arg(port)));

        query::Period today;
        today.kind = query::Period::Kind::Today;
        window.setPeriod(today);
        KpiCard *visitors = window.dashboard()->kpi(DashboardView::Visitors);
        KpiCard *pageviews = window.dashboard()->kpi(DashboardView::Pageviews);
        QTRY_COMPARE_WITH_TIMEOUT(visitors->valueText(), QStringLiteral("0"), 10000);

        // Follow the live view, then send three visitors' pageviews as a browser would.
        // (by keyboard: Ctrl+2)
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), int(MainWindow::LivePage));
        HttpClient client(port);
        for (int i = 0; i < 3; ++i) {
            const QByteArray body = "{\"n\":\"pageview\",\"u\":\"https://gui.example/page-"
                + QByteArray::number(i)
                + "\",\"d\":\"gui.example\",\"r\":\"https://www.google.com/\"}";
            const HttpResult r
                = client.request("POST", QStringLiteral("/api/event"), body,
                                 {{"Content-Type", "text/plain"}, {"User-Agent", Agents.at(i)}});
            QCOMPARE(r.status, 202);
        }
        LiveView *live = window.liveView();
        QTRY_COMPARE_WITH_TIMEOUT(live->feed()->rowCount(), 3, 3000);
        QCOMPARE(live->feed()->index(0, LiveFeedModel::WhatColumn).data().toString(),
                 QStringLiteral("/page-2"));
        QCOMPARE(live->feed()->index(0, LiveFeedModel::SourceColumn).data().toString(),
                 QStringLiteral("Google"));
        const QList<qint64> perMinute = live->perMinute();
        QCOMPARE(std::accumulate(perMinute.begin(), perMinute.end(), qint64(0)), 3);
        QTRY_COMPARE_WITH_TIMEOUT(live->currentVisitors(), 3, 8000);
        QCOMPARE(live->visitorsText(), QStringLiteral("3"));

        // The dashboard refreshed by itself.
        QTRY_COMPARE_WITH_TIMEOUT(visitors->valueText(), QStringLiteral("3"), 5000);
        QCOMPARE(pageviews->valueText(), QStringLiteral("3"));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains(QStringLiteral("3 events today")),
                                 8000);

        // Settings: add another site; the switcher offers it.
        window.showPage(MainWindow::SettingsPage);
        SettingsView *s = window.settingsView();
        QTest::keyClicks(s->newSiteEdit(), QStringLiteral("second.example"));
        QTest::mouseClick(s->addSiteButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            window.siteSwitcher()->findText(QStringLiteral("second.example")) >= 0, true, 5000);
        QCOMPARE(window.siteSwitcher()->currentText(), QStringLiteral("gui.example"));
        // Switching sites switches the dashboard.
        window.siteSwitcher()->setCurrentText(QStringLiteral("second.example"));
        QCOMPARE(window.dashboard()->query().site, QStringLiteral("second.example"));
        QTRY_COMPARE_WITH_TIMEOUT(visitors->valueText(), QStringLiteral("0"), 5000);
    }

    // Trap 2 (issue 20): the keychain's key is checked against the server before the window
    // switches to it; a refused key opens the dialog with the reason, and nothing says
    // "Connected".
    void storedKeyIsCheckedBeforeSwitching()
    {
        UiServer server;
        QString error;
        QVERIFY2(server.start(false, &error), qPrintable(error));
        AppSettings settings(dir.filePath(QStringLiteral("stored.ini")));
        settings.setFirstRunDone(true);
        settings.setMode(AppSettings::Mode::Remote);
        settings.setRemoteUrl(server.url);
        settings.setRemoteSites({QStringLiteral("example.com")});
        settings.setDataDir(dir.filePath(QStringLiteral("stored-local")));
        settings.setListenAddress(QStringLiteral("127.0.0.1:0"));
        MemorySecretStore secrets;
        secrets.write(QStringLiteral("remote-api-key"), "rc_revoked_or_mistyped");
        MainWindow window(&settings, &secrets, &clock);
        window.show();
        QSignalSpy connected(&window, &MainWindow::remoteConnected);
        window.start();
        RemoteConnectDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = window.findChild<RemoteConnectDialog *>()) && dialog->isVisible(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorLabel()->isVisible(), 10000);
        QVERIFY2(dialog->errorLabel()->text().contains(QLatin1String("refused the key")),
                 qPrintable(dialog->errorLabel()->text()));
        QCOMPARE(connected.count(), 0);
        QVERIFY2(!window.statusText().contains(QLatin1String("Connected")),
                 qPrintable(window.statusText()));
        QVERIFY(!window.dataSource());

        // The right key: connected, and the keychain holds it from now on.
        dialog->keyEdit()->setText(QString::fromLatin1(server.key));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);
        QVERIFY(window.statusText().contains(QLatin1String("Connected")));
        QTRY_COMPARE_WITH_TIMEOUT(window.siteSwitcher()->currentText(),
                                  QStringLiteral("example.com"), 5000);
    }

    // Trap 2 (issue 20): switching from this computer's collector to a server never shows the
    // collector's numbers under the server's site, not even until the server answers.
    void switchingSourcesShowsNoOtherSourcesNumbers()
    {
        const QString data = dir.filePath(QStringLiteral("switch-data"));
        ManualClock localClock(UiTrafficStartMs);
        qint32 siteId = 0;
        {
            SqliteDb db;
            QString error;
            QVERIFY2(Database::open(&db, data, &error), qPrintable(error));
            const auto site = SiteRepository(&db).add(
                QStringLiteral("example.com"), QStringLiteral("UTC"), localClock.nowSecs(), &error);
            QVERIFY2(site, qPrintable(error));
            siteId = site->id;
        }
        AppSettings settings(dir.filePath(QStringLiteral("switch.ini")));
        settings.setFirstRunDone(true);
        settings.setDataDir(data);
        settings.setListenAddress(QStringLiteral("127.0.0.1:0"));
        MemorySecretStore secrets;
        MainWindow window(&settings, &secrets, &localClock);
        window.show();
        QSignalSpy started(&window, &MainWindow::collectorStarted);
        window.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 15000);
        QVERIFY(started.at(0).at(0).toBool());
        seedUiTraffic(window.collector()->engine(), &localClock, siteId);
        window.setPeriod(uiTrafficPeriod());
        KpiCard *visitors = window.dashboard()->kpi(DashboardView::Visitors);
        QTRY_COMPARE_WITH_TIMEOUT(visitors->valueText(), QStringLiteral("3"), 10000);
        QTRY_VERIFY(window.dashboard()->chart()->pointCount() > 0);

        // A server whose example.com had no visit that day.
        UiServer server;
        QString error;
        QVERIFY2(server.start(false, &error), qPrintable(error));
        QStringList atSwitch;
        connect(&window, &MainWindow::remoteConnected, this, [&] {
            atSwitch = {
                visitors->valueText(), QString::number(window.dashboard()->chart()->pointCount()),
                QString::number(window.dashboard()->breakdowns().first()->model()->rowCount())};
        });
        window.connectRemote(server.url, server.key, {QStringLiteral("example.com")});
        QTRY_VERIFY_WITH_TIMEOUT(!atSwitch.isEmpty(), 10000);
        QCOMPARE(atSwitch,
                 (QStringList {QStringLiteral("–"), QStringLiteral("0"), QStringLiteral("0")}));
        QTRY_COMPARE_WITH_TIMEOUT(visitors->valueText(), QStringLiteral("0"), 10000);
        QCOMPARE(window.siteSwitcher()->currentText(), QStringLiteral("example.com"));
    }

    // Remote mode against a real server stack on loopback: the key comes from the secret
    // store; without one the window asks for it and stores it there.
    void remoteModeReadsAHeadlessServer()
    {
        UiServer server;
        QString error;
        QVERIFY2(server.start(true, &error), qPrintable(error));
        const QUrl url = server.url;
        {
            SqliteDb db;
            QVERIFY2(Database::open(&db, server.dir.path(), &error), qPrintable(error));
            QVERIFY2(SiteRepository(&db).add(QStringLiteral("second.example"),
                                             QStringLiteral("UTC"), clock.nowSecs(), &error),
                     qPrintable(error));
        }

        AppSettings settings(dir.filePath(QStringLiteral("remote.ini")));
        settings.setFirstRunDone(true);
        settings.setMode(AppSettings::Mode::Remote);
        settings.setRemoteUrl(url);
        settings.setRemoteSites({QStringLiteral("example.com")});
        settings.setDataDir(dir.filePath(QStringLiteral("local-after-remote")));
        settings.setListenAddress(QStringLiteral("127.0.0.1:0"));
        MemorySecretStore secrets; // empty: the window must ask
        MainWindow window(&settings, &secrets, &clock);
        window.show();
        QSignalSpy connected(&window, &MainWindow::remoteConnected);
        window.start();
        RemoteConnectDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<RemoteConnectDialog *>()) && dialog->isVisible());
        QVERIFY(dialog->keychainLabel()->text().contains(QStringLiteral("this session only")));
        QCOMPARE(dialog->urlEdit()->text(), url.toString());
        QTest::keyClicks(dialog->keyEdit(), QString::fromLatin1(server.key));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(connected.count(), 1);
        QVERIFY(window.statusText().contains(
            QStringLiteral("Connected to %1").arg(url.toDisplayString())));
        QVERIFY(window.statusText().contains(QStringLiteral("session only")));
        QTRY_COMPARE_WITH_TIMEOUT(window.siteSwitcher()->currentText(),
                                  QStringLiteral("example.com"), 5000);
        // The site picker offers the server's sites (GET /api/sites), none typed in.
        QTRY_COMPARE(window.siteSwitcher()->count(), 2);
        QCOMPARE(window.siteSwitcher()->itemText(1), QStringLiteral("second.example"));
        QCOMPARE(settings.remoteSites(), QStringList());
        // Import… says where imports run instead of failing.
        auto *import = window.findChild<QAction *>(QStringLiteral("importAction"));
        QVERIFY(import);
        QVERIFY(!import->isEnabled());
        QVERIFY2(import->text().contains(QStringLiteral("raycstr-server import")),
                 qPrintable(import->text()));
        QVERIFY(!window.importHistory());

        QSignalSpy updated(window.dashboard(), &DashboardView::updated);
        window.setPeriod(uiTrafficPeriod());
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1 && !window.dashboard()->isLoading(), 5000);
        QTRY_COMPARE(window.dashboard()->kpi(DashboardView::Visitors)->valueText(),
                     QStringLiteral("3"));
        QCOMPARE(window.dashboard()->kpi(DashboardView::Pageviews)->valueText(),
                 QStringLiteral("4"));

        // The key went to the secret store, never to the settings file.
        QSignalSpy read(&secrets, &SecretStore::readFinished);
        secrets.read(QStringLiteral("remote-api-key"));
        QTRY_COMPARE(read.count(), 1);
        QCOMPARE(read.at(0).at(1).toByteArray(), server.key);
        settings.sync();
        QFile ini(settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(server.key));

        // A second start finds the key and connects without asking.
        MainWindow again(&settings, &secrets, &clock);
        QSignalSpy againConnected(&again, &MainWindow::remoteConnected);
        again.start();
        QTRY_COMPARE(againConnected.count(), 1);
        QVERIFY(!again.findChild<RemoteConnectDialog *>());

        // Settings: back to this computer's collector.
        QPushButton *useLocal = nullptr;
        for (QPushButton *b : again.settingsView()->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Use this computer's collector instead"))
                useLocal = b;
        QVERIFY(useLocal);
        again.show();
        again.showPage(MainWindow::SettingsPage);
        QVERIFY(useLocal->isVisible());
        QSignalSpy started(&again, &MainWindow::collectorStarted);
        QTest::mouseClick(useLocal, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
        QVERIFY(started.at(0).at(0).toBool());
        QCOMPARE(settings.mode(), AppSettings::Mode::Local);
        QVERIFY(again.statusText().startsWith(QStringLiteral("Collecting on http://127.0.0.1:")));
        QVERIFY(!useLocal->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

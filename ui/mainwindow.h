#pragma once

#include "query/querytypes.h"
#include "ui/data/lane.h"

#include <QMainWindow>
#include <QUrl>
#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QSystemTrayIcon;
class QStackedWidget;
class QTabBar;
class QTabWidget;
class QTimer;

namespace raycstr {
class Clock;
struct LiveEvent;
} // namespace raycstr

namespace raycstr::ui {

class AppSettings;
class DashboardView;
class DataSource;
class EmbeddedCollector;
class FirstRunWizard;
class FunnelEditor;
class GoalsPanel;
class ImportDialog;
class LiveView;
class PeriodPicker;
class RemoteDataSource;
class ReportsAlertsView;
class SecretStore;
class SettingsView;
class TableExport;

// The desktop app's window: a header (site switcher, pages, period picker), the pages
// (dashboard, live view, settings; more through addPage()), and a status line saying
// where the data comes from and how many events arrived today.
//
// In local mode it runs the embedded collector and reads the store in-process; in remote
// mode it reads a headless server over HTTP with a key kept in the SecretStore.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { DashboardPage, LivePage, SettingsPage };

    MainWindow(AppSettings *settings, SecretStore *secrets, const Clock *clock,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts as the settings say: the first-run wizard, the local collector, or the
    // remote server (asking for its key when the keychain has none).
    void start();
    void startLocal();
    // Checks the server with the key first (RemoteDataSource::verify) and switches only when
    // it answered every site; otherwise the connect dialog opens with the reason.
    void connectRemote(const QUrl &url, const QByteArray &key, const QStringList &sites);
    // Opens the first-run wizard (not modal); finishing it adds the site and starts.
    FirstRunWizard *showFirstRun();
    void showRemoteDialog();
    // File → Export dashboard…: the shown site, period and filters as Plausible's export
    // zip (nullptr when the file dialog was cancelled).
    TableExport *exportDashboard();
    // File → Import… (local mode): history from another tool into a site. The collector
    // pauses while the import runs and resumes after it. nullptr in remote mode (the
    // action then says why: the server imports with its CLI).
    ImportDialog *importHistory();

    void showPage(int page);
    int currentPage() const;
    // The hook for more pages (goals, funnels): appended after Settings in the header.
    int addPage(const QString &title, QWidget *page);

    // Dashboard refreshes at most this often while events arrive for the shown site.
    void setAutoRefreshInterval(int ms);
    void setSite(const QString &domain);
    QString site() const;
    void setPeriod(const query::Period &period);

    DataSource *dataSource() const { return m_source.get(); }
    EmbeddedCollector *collector() const { return m_collector; }
    DashboardView *dashboard() const { return m_dashboard; }
    LiveView *liveView() const { return m_live; }
    SettingsView *settingsView() const { return m_settings; }
    // Settings → Reports and alerts (a tab of the Settings page).
    ReportsAlertsView *reportsView() const { return m_reports; }
    void showReportsAndAlerts();
    // Goals and funnels: the dashboard's goals card and the Funnels page (Ctrl+4).
    GoalsPanel *goalsPanel() const { return m_goals; }
    FunnelEditor *funnelEditor() const { return m_funnels; }
    QComboBox *siteSwitcher() const { return m_siteBox; }
    PeriodPicker *periodPicker() const { return m_period; }
    QString statusText() const;
    // The status bar's passing message (what a change did, what went wrong).
    QString messageText() const;

    // Whether closing the window hides it to a tray icon (the local collector keeps
    // collecting) or quits. Default: whether the desktop has a system tray. Tests set it; the
    // tray icon and its menu (Open, Pause collecting, Quit) then exist without a tray too.
    void setTrayAvailable(bool available);

Q_SIGNALS:
    // Quit (the menu, Ctrl+Q, the tray, or closing the window without a tray): main() ends
    // the application, which stops the collector after the writer drained.
    void quitRequested();
    void collectorStarted(bool ok, const QString &error);
    void sitesLoaded(const QStringList &domains);
    void remoteConnected();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // mainwindow_menus.cpp: the menu bar (File, View, Help), the page shortcuts, the tray.
    void createMenus(int funnelsPage);
    void createTray();
    // The tray's Pause: enabled while this computer's collector is shown; its text follows.
    void updatePauseAction(bool enabled, bool paused);
    // File → Import…: enabled in local mode; in remote mode it says where imports run.
    void updateImportAction();
    void showAbout();
    // The connect dialog, filled in with `key` and saying `problem` (a refused stored key).
    void askForServer(const QString &problem, const QByteArray &key);
    // Shows `verified`, a server that answered: the collector stops, the views start empty.
    void switchToRemote(std::unique_ptr<RemoteDataSource> verified);
    void setSource(std::unique_ptr<DataSource> source);
    void onCollectorStarted(bool ok, const QString &error);
    // Stops the collector; the store stays readable through a source without its engine.
    void pauseCollecting();
    QString localDataDir() const;
    // Reads `key` from the SecretStore; `then` gets the secret ("" when there is none).
    void readSecret(const QString &key, std::function<void(const QByteArray &)> then);
    void onEventsStored(const QList<raycstr::LiveEvent> &events);
    void requestSites();
    void refreshStatus();
    void updateStatusLine();
    void applyQuery();
    void showMessage(const QString &text);

    AppSettings *m_appSettings;
    SecretStore *m_secrets;
    const Clock *m_clock;
    EmbeddedCollector *m_collector;
    std::unique_ptr<DataSource> m_source;
    std::unique_ptr<RemoteDataSource> m_checking; // a server being checked before switching
    QComboBox *m_siteBox;
    QTabBar *m_nav;
    PeriodPicker *m_period;
    QStackedWidget *m_pages;
    DashboardView *m_dashboard;
    LiveView *m_live;
    SettingsView *m_settings;
    ReportsAlertsView *m_reports;
    QTabWidget *m_settingsTabs;
    GoalsPanel *m_goals;
    FunnelEditor *m_funnels;
    QLabel *m_status;
    QLabel *m_message;
    QTimer *m_statusTimer;
    QTimer *m_autoRefresh;
    QString m_pendingSite; // a site to add once the collector runs (first run)
    QString m_pendingZone; // its time zone, chosen in the wizard
    QString m_wantedSite;
    qint64 m_eventsToday = -1;
    bool m_statusQueued = false;
    Lane m_sitesLane;
    Lane m_todayLane;
    QString m_sourceLine;
    QMetaObject::Connection m_engineConnection;
    QByteArray m_smtpPassword; // from the keychain, for the collector's report mail
    bool m_trayAvailable = false;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_importAction = nullptr;
    bool m_resumeAfterImport = false; // the collector was paused for an import
};

} // namespace raycstr::ui

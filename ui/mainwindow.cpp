#include "mainwindow.h"

#include "core/clock.h"
#include "core/config.h"
#include "engine/ingestengine.h"
#include "ui/data/localdatasource.h"
#include "ui/data/remotedatasource.h"
#include "ui/services/appsettings.h"
#include "ui/services/embeddedcollector.h"
#include "ui/services/secretstore.h"
#include "ui/widgets/dashboardview.h"
#include "ui/widgets/firstrunwizard.h"
#include "ui/widgets/funneleditor.h"
#include "ui/widgets/goalspanel.h"
#include "ui/widgets/liveview.h"
#include "ui/widgets/periodpicker.h"
#include "ui/widgets/remoteconnectdialog.h"
#include "ui/widgets/reportsalertsview.h"
#include "ui/widgets/settingsview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTabWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <climits>

namespace raycstr::ui {

namespace {
const QString RemoteKeyName = QStringLiteral("remote-api-key");
}

MainWindow::MainWindow(AppSettings *settings, SecretStore *secrets, const Clock *clock,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_appSettings(settings)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_collector(new EmbeddedCollector(clock, this))
    , m_siteBox(new QComboBox(this))
    , m_nav(new QTabBar(this))
    , m_period(new PeriodPicker(this))
    , m_pages(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_statusTimer(new QTimer(this))
    , m_autoRefresh(new QTimer(this))
{
    setWindowTitle(tr("RayCstr"));
    // The smallest window the screens are checked at (render-screens.sh RENDER_SIZE=960x640).
    setMinimumSize(960, 640);
    resize(1280, 800);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *header = new QWidget(central);
    header->setObjectName(QStringLiteral("header"));
    auto *h = new QHBoxLayout(header);
    h->setContentsMargins(20, 12, 20, 8);
    h->setSpacing(14);
    auto *logo = new QLabel(tr("◆ RayCstr"), header);
    QFont lf = logo->font();
    lf.setBold(true);
    lf.setPointSizeF(lf.pointSizeF() * 1.35);
    logo->setFont(lf);
    h->addWidget(logo);
    m_siteBox->setAccessibleName(tr("Site"));
    m_siteBox->setMinimumContentsLength(18);
    m_siteBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    h->addWidget(m_siteBox);
    m_nav->addTab(tr("Dashboard"));
    m_nav->addTab(tr("Live"));
    m_nav->addTab(tr("Settings"));
    m_nav->setDrawBase(false);
    m_nav->setExpanding(false);
    m_nav->setDocumentMode(true);
    m_nav->setAccessibleName(tr("Pages"));
    h->addWidget(m_nav);
    h->addStretch(1);
    h->addWidget(m_period);
    layout->addWidget(header);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setEnabled(false);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_dashboard = new DashboardView(nullptr, m_pages);
    m_live = new LiveView(nullptr, m_pages);
    m_settings = new SettingsView(settings, nullptr, m_pages);
    // Settings: the app and its collector; reports and alerts on a tab of their own.
    m_settingsTabs = new QTabWidget(m_pages);
    m_settingsTabs->setDocumentMode(true);
    m_reports = new ReportsAlertsView(settings, secrets, m_settingsTabs);
    m_settingsTabs->addTab(m_settings, tr("General"));
    m_settingsTabs->addTab(m_reports, tr("Reports and alerts"));
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_live);
    m_pages->addWidget(m_settingsTabs);
    // Goals and funnels: a card on the dashboard, and a page of their own after Settings.
    m_goals = new GoalsPanel(nullptr, m_dashboard);
    m_goals->install(m_dashboard);
    m_funnels = new FunnelEditor(nullptr, m_pages);
    const int funnelsPage = addPage(tr("Funnels"), m_funnels);
    connect(m_autoRefresh, &QTimer::timeout, this,
            [this] { m_goals->refresh(m_dashboard->query()); });

    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_message);
    statusBar()->setSizeGripEnabled(false);

    connect(m_nav, &QTabBar::currentChanged, this, &MainWindow::showPage);
    createMenus(funnelsPage);
    setTrayAvailable(QSystemTrayIcon::isSystemTrayAvailable());
    connect(m_siteBox, &QComboBox::currentTextChanged, this, [this](const QString &site) {
        if (site.isEmpty())
            return;
        m_appSettings->setLastSite(site);
        applyQuery();
    });
    connect(m_period, &PeriodPicker::periodChanged, this, [this](const query::Period &p) {
        if (p.kind != query::Period::Kind::Custom)
            m_appSettings->setLastPeriod(p.name());
        applyQuery();
    });
    connect(m_collector, &EmbeddedCollector::started, this, &MainWindow::onCollectorStarted);
    connect(m_settings, &SettingsView::collectorSettingsChanged, this, &MainWindow::startLocal);
    connect(m_settings, &SettingsView::remoteRequested, this, &MainWindow::showRemoteDialog);
    connect(m_settings, &SettingsView::localRequested, this, [this] {
        m_appSettings->setMode(AppSettings::Mode::Local);
        m_appSettings->sync();
        startLocal();
    });
    connect(m_settings, &SettingsView::message, this, &MainWindow::showMessage);
    connect(m_reports, &ReportsAlertsView::message, this, &MainWindow::showMessage);
    // The collector's report and alert schedulers send with the saved settings.
    connect(m_reports, &ReportsAlertsView::deliverySettingsChanged, this, [this] {
        m_smtpPassword = m_reports->smtp().password.toUtf8();
        if (m_appSettings->mode() == AppSettings::Mode::Local && m_collector->isRunning())
            startLocal();
    });
    m_statusTimer->setInterval(5000);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    m_autoRefresh->setSingleShot(true);
    m_autoRefresh->setInterval(10000);
    connect(m_autoRefresh, &QTimer::timeout, m_dashboard, &DashboardView::refresh);

    QString error;
    if (const auto p = query::Period::parse(settings->lastPeriod(), {}, {}, {}, &error);
        p && p->kind != query::Period::Kind::Custom) {
        const QSignalBlocker block(m_period);
        m_period->setPeriod(*p);
    }
    m_wantedSite = settings->lastSite();
}

MainWindow::~MainWindow()
{
    // Views first (they hold the source), then the source, then the collector drains.
    m_dashboard->setSource(nullptr);
    m_live->setSource(nullptr);
    m_settings->setSource(nullptr);
    m_reports->setSource(nullptr);
    m_goals->setSource(nullptr);
    m_funnels->setSource(nullptr);
    m_source.reset();
    m_collector->stop();
}

void MainWindow::start()
{
    if (!m_appSettings->firstRunDone()) {
        showFirstRun()->show();
        return;
    }
    if (m_appSettings->mode() == AppSettings::Mode::Local) {
        if (m_appSettings->smtp().username.isEmpty()) {
            startLocal();
            return;
        }
        // The mail password first: the collector's schedulers log in with it.
        readSecret(QLatin1String(AppSettings::SmtpPasswordKey), [this](const QByteArray &secret) {
            m_smtpPassword = secret;
            startLocal();
        });
        return;
    }
    // Remote: the key comes from the keychain (or, without one, from the user).
    readSecret(RemoteKeyName, [this](const QByteArray &secret) {
        if (secret.isEmpty())
            showRemoteDialog();
        else // checked before it is shown: the key may have been revoked meanwhile
            connectRemote(m_appSettings->remoteUrl(), secret, m_appSettings->remoteSites());
    });
}

void MainWindow::readSecret(const QString &key, std::function<void(const QByteArray &)> then)
{
    // Other entries may be read meanwhile (the reports view's mail password): their answers
    // are not this one.
    auto waiting = std::make_shared<QMetaObject::Connection>();
    *waiting = connect(m_secrets, &SecretStore::readFinished, this,
                       [key, waiting, then](const QString &read, const QByteArray &secret) {
                           if (read != key)
                               return;
                           QObject::disconnect(*waiting);
                           then(secret);
                       });
    m_secrets->read(key);
}

FirstRunWizard *MainWindow::showFirstRun()
{
    auto *wizard = new FirstRunWizard(m_appSettings->listenAddress(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::finished, this, [this, wizard](int result) {
        if (wizard->remoteRequested()) {
            showRemoteDialog();
            return;
        }
        if (result != QDialog::Accepted) {
            // Nothing runs: Settings says so and offers both ways (this computer, a server).
            showPage(SettingsPage);
            return;
        }
        m_appSettings->setListenAddress(wizard->listenAddress());
        m_appSettings->setMode(AppSettings::Mode::Local);
        m_appSettings->setFirstRunDone(true);
        m_appSettings->sync();
        // Settings loaded its fields before the wizard ran: show what was chosen, or its
        // "Apply and restart" would move the collector back to the old address.
        m_settings->reload();
        m_pendingSite = wizard->domain();
        m_pendingZone = wizard->timeZone();
        m_wantedSite = m_pendingSite;
        startLocal();
    });
    return wizard;
}

void MainWindow::showRemoteDialog()
{
    askForServer(QString(), QByteArray());
}

void MainWindow::askForServer(const QString &problem, const QByteArray &key)
{
    auto *dialog
        = new RemoteConnectDialog(m_appSettings->remoteUrl(), m_secrets->isPersistent(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApiKey(key);
    dialog->showError(problem);
    // The dialog checked the server: its source is the one shown.
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_appSettings->setMode(AppSettings::Mode::Remote);
        m_appSettings->setRemoteUrl(dialog->url());
        // Every site the key may read (an older version's named sites are forgotten).
        m_appSettings->setRemoteSites({});
        m_appSettings->setFirstRunDone(true);
        m_appSettings->sync();
        m_secrets->write(RemoteKeyName, dialog->apiKey());
        switchToRemote(dialog->takeSource());
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        // Cancelled with nothing connected (remote mode, no key in the keychain): the
        // local collector rather than an empty window whose Settings cannot be used.
        if (m_source)
            return;
        if (!m_appSettings->firstRunDone()) { // came from the wizard: back to it
            showFirstRun()->show();
            return;
        }
        showMessage(tr("Not connected to a server: showing the local collector."));
        startLocal();
    });
    dialog->open();
}

void MainWindow::startLocal()
{
    disconnect(m_engineConnection);
    setSource(nullptr);
    ServerConfig config;
    QString error;
    if (!ServerConfig::parseListen(m_appSettings->listenAddress(), &config.listenAddress,
                                   &config.listenPort, &error)) {
        showMessage(tr("Listen address: %1").arg(error));
        return;
    }
    config.dataDir = localDataDir();
    config.geoipDatabase = m_appSettings->geoipDatabase().isEmpty()
        ? findGeoIpDatabase()
        : m_appSettings->geoipDatabase();
    config.userAgentRegexes = findUserAgentRegexes();
    config.retentionDays = m_appSettings->retentionDays();
    // Reports and alerts (Settings → Reports and alerts); the password from the keychain.
    config.smtp = m_appSettings->smtp();
    config.smtp.password = QString::fromUtf8(m_smtpPassword);
    config.reports = m_appSettings->reports();
    m_sourceLine = tr("Starting the collector…");
    updateStatusLine();
    m_collector->start(config);
}

void MainWindow::onCollectorStarted(bool ok, const QString &error)
{
    const ServerConfig &config = m_collector->config();
    auto local = std::make_unique<LocalDataSource>(config.dataDir.isEmpty() ? localDataDir()
                                                                            : config.dataDir,
                                                   m_clock, ok ? m_collector->engine() : nullptr);
    if (ok) {
        m_sourceLine = tr("Collecting on %1").arg(m_collector->listenUrl());
        m_engineConnection = connect(m_collector->engine(), &IngestEngine::eventsStored, this,
                                     &MainWindow::onEventsStored, Qt::QueuedConnection);
    } else {
        m_sourceLine = tr("Collector stopped: %1").arg(error);
    }
    local->setDescription(m_sourceLine);
    m_settings->setCollectorStatus(m_sourceLine);
    setSource(std::move(local));
    if (!m_pendingSite.isEmpty()) {
        m_source->ask(admin::AddSite {m_pendingSite, m_pendingZone.isEmpty() ? defaultTimeZone()
                                                                            : m_pendingZone},
                      this,
                      [](const Answer<SiteInfo> &) {}); // announced: sitesChanged
        m_pendingSite.clear();
    }
    m_statusTimer->start();
    updatePauseAction(ok, false);
    Q_EMIT collectorStarted(ok, error);
}

QString MainWindow::localDataDir() const
{
    return m_appSettings->dataDir().isEmpty() ? defaultDataDir() : m_appSettings->dataDir();
}

void MainWindow::pauseCollecting()
{
    // The local source reads the live feed through the collector's engine: it goes before
    // the engine does. A source on the store alone keeps the statistics on screen.
    disconnect(m_engineConnection);
    setSource(nullptr);
    m_collector->stop();
    m_sourceLine = tr("Paused: not collecting (trackers get no answer until you resume)");
    m_settings->setCollectorStatus(m_sourceLine);
    auto local = std::make_unique<LocalDataSource>(localDataDir(), m_clock, nullptr);
    local->setDescription(m_sourceLine);
    setSource(std::move(local));
    updatePauseAction(true, true);
}

void MainWindow::connectRemote(const QUrl &url, const QByteArray &key, const QStringList &sites)
{
    // Until the server answered, the window shows what it showed (under its own name).
    m_checking = std::make_unique<RemoteDataSource>(url, key, sites);
    showMessage(tr("Checking %1…").arg(url.toDisplayString()));
    m_checking->verify(this, [this, key](const QString &problem) {
        std::unique_ptr<RemoteDataSource> checked = std::move(m_checking);
        if (problem.isEmpty()) {
            switchToRemote(std::move(checked));
            return;
        }
        // This runs inside the source's own network reply: it goes once that is over.
        checked.release()->deleteLater();
        askForServer(problem, key);
    });
}

void MainWindow::switchToRemote(std::unique_ptr<RemoteDataSource> verified)
{
    if (!verified)
        return;
    disconnect(m_engineConnection);
    setSource(nullptr); // the local source uses the collector's engine: it goes first
    m_collector->stop();
    m_sourceLine = verified->description();
    if (!m_secrets->isPersistent())
        m_sourceLine += tr(" (no keychain: the key is kept for this session only)");
    m_settings->setCollectorStatus(tr("Not running (remote mode)"));
    m_message->clear(); // "Checking …" is over
    updatePauseAction(false, false);
    setSource(std::move(verified));
    m_statusTimer->stop();
    Q_EMIT remoteConnected();
}

void MainWindow::setSource(std::unique_ptr<DataSource> source)
{
    // The views empty themselves: no numbers of the old source under the new one's name.
    // The sites are the new source's to list.
    {
        const QSignalBlocker block(m_siteBox);
        m_siteBox->clear();
    }
    m_dashboard->setSource(source.get());
    m_live->setSource(source.get());
    m_settings->setSource(source.get());
    m_reports->setSource(source.get());
    m_goals->setSource(source.get());
    m_funnels->setSource(source.get());
    m_source = std::move(source);
    m_eventsToday = -1;
    updateStatusLine();
    updateImportAction();
    if (!m_source)
        return;
    connect(m_source.get(), &DataSource::sitesChanged, this, &MainWindow::requestSites);
    // Imported days change every report of the site.
    connect(m_source.get(), &DataSource::importsChanged, this, &MainWindow::applyQuery);
    // What a change did, whichever view asked for it.
    connect(m_source.get(), &DataSource::changeDone, this, &MainWindow::showMessage);
    connect(m_source.get(), &DataSource::changeFailed, this, &MainWindow::showMessage);
    requestSites();
    refreshStatus();
}

void MainWindow::requestSites()
{
    m_source->ask(m_sitesLane, admin::Sites {}, this, [this](const Answer<SiteList> &a) {
        if (!a) {
            showMessage(a.error());
            return;
        }
        for (const QString &problem : a->problems)
            showMessage(problem);
        m_settings->setSites(a->sites);
        const QString current = m_siteBox->currentText();
        QStringList domains;
        for (const SiteInfo &s : a->sites)
            domains.append(s.domain);
        {
            const QSignalBlocker block(m_siteBox);
            m_siteBox->clear();
            m_siteBox->addItems(domains);
        }
        QString pick = domains.contains(m_wantedSite) ? m_wantedSite : current;
        if (!domains.contains(pick))
            pick = domains.value(0);
        m_siteBox->setCurrentText(pick);
        applyQuery();
        Q_EMIT sitesLoaded(domains);
    });
}

void MainWindow::applyQuery()
{
    const QString site = m_siteBox->currentText();
    if (site.isEmpty())
        return;
    m_wantedSite = site;
    m_dashboard->setQuery(site, m_period->period());
    m_live->setSite(site);
    m_reports->setSite(site);
    m_goals->refresh(m_dashboard->query());
    m_funnels->setQuery(site, m_period->period());
}

void MainWindow::showPage(int page)
{
    if (page < 0 || page >= m_pages->count())
        return;
    m_pages->setCurrentIndex(page);
    if (m_nav->currentIndex() != page)
        m_nav->setCurrentIndex(page);
    m_live->setActive(page == LivePage);
    m_period->setEnabled(page == DashboardPage || m_pages->widget(page) == m_funnels);
}

void MainWindow::showReportsAndAlerts()
{
    showPage(SettingsPage);
    m_settingsTabs->setCurrentWidget(m_reports);
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

int MainWindow::addPage(const QString &title, QWidget *page)
{
    m_pages->addWidget(page);
    return m_nav->addTab(title);
}

void MainWindow::setAutoRefreshInterval(int ms)
{
    m_autoRefresh->setInterval(ms);
}

void MainWindow::setSite(const QString &domain)
{
    m_wantedSite = domain;
    m_siteBox->setCurrentText(domain);
}

QString MainWindow::site() const
{
    return m_siteBox->currentText();
}

void MainWindow::setPeriod(const query::Period &period)
{
    m_period->setPeriod(period);
}

void MainWindow::onEventsStored(const QList<LiveEvent> &events)
{
    // New events: the status line's count, and (coalesced) the dashboard of the shown site.
    if (!m_statusQueued) {
        m_statusQueued = true;
        QTimer::singleShot(500, this, [this] {
            m_statusQueued = false;
            refreshStatus();
        });
    }
    qint32 shown = 0;
    if (IngestEngine *engine = m_collector->engine())
        for (const Site &s : engine->sites().sites())
            if (s.domain == site())
                shown = s.id;
    for (const LiveEvent &e : events)
        if (e.siteId == shown && !m_autoRefresh->isActive()) {
            m_autoRefresh->start();
            break;
        }
}

void MainWindow::refreshStatus()
{
    if (!m_source)
        return;
    m_source->ask(m_todayLane, live::EventsToday {}, this, [this](const Answer<qint64> &n) {
        if (!n)
            return; // remotely: the status line has no count
        m_eventsToday = *n;
        updateStatusLine();
    });
}

void MainWindow::updateStatusLine()
{
    QString text = m_sourceLine;
    // Two sources for English's two forms; each translation has its language's own. %L1: the
    // count with the locale's group separator.
    if (m_eventsToday >= 0)
        text += m_eventsToday == 1
            ? tr("  ·  %n event today", nullptr, 1)
            : tr("  ·  %Ln events today", nullptr, int(std::min<qint64>(m_eventsToday, INT_MAX)));
    m_status->setText(text);
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

QString MainWindow::messageText() const
{
    return m_message->text();
}

void MainWindow::showMessage(const QString &text)
{
    qInfo("raycstr: %s", qPrintable(text));
    m_message->setText(text);
    QTimer::singleShot(8000, m_message, [this, text] {
        if (m_message->text() == text)
            m_message->clear();
    });
}

} // namespace raycstr::ui

#include "screenrenderer.h"

#include "core/clock.h"
#include "engine/ingestengine.h"
#include "ui/mainwindow.h"
#include "ui/render/dataoutscreens.h"
#include "ui/render/goalscreens.h"
#include "ui/render/importscreens.h"
#include "ui/render/renderhelpers.h"
#include "ui/services/appsettings.h"
#include "ui/services/embeddedcollector.h"
#include "ui/services/secretstore.h"
#include "ui/widgets/breakdownpanel.h"
#include "ui/widgets/dashboardview.h"
#include "ui/widgets/detailsdialog.h"
#include "ui/widgets/firstrunwizard.h"
#include "ui/widgets/remoteconnectdialog.h"
#include "ui/widgets/settingsview.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollArea>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QThread>
#include <functional>

namespace raycstr::ui {

using render::save;
using render::settle;
using render::waitFor;

namespace {

// Visits through the real pipeline (bot filter, UA parser, GeoIP, sessionizer, store):
// `count` of them, from `fromMs` on, `stepMs` apart; with `realTime` the loop waits between
// them, so the live feed sees them arrive one by one.
void sendVisits(IngestEngine *engine, qint32 siteId, const QString &domain, qint64 fromMs,
                int count, qint64 stepMs, bool realTime)
{
    const QStringList ips = {QStringLiteral("81.169.145.10"), QStringLiteral("212.58.244.20"),
                             QStringLiteral("151.101.1.30"),  QStringLiteral("133.242.0.40"),
                             QStringLiteral("195.154.0.50"),  QStringLiteral("200.147.3.60"),
                             QStringLiteral("81.169.145.70"), QStringLiteral("62.210.0.80"),
                             QStringLiteral("8.8.4.90"),      QStringLiteral("84.17.32.1"),
                             QStringLiteral("5.9.0.11"),      QStringLiteral("46.4.0.12"),
                             QStringLiteral("3.8.0.13")};
    const QList<QByteArray> agents
        = {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/126.0.0.0 Safari/537.36",
           "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
           "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
           "like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
           "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like "
           "Gecko) Version/17.5 Safari/605.1.15"};
    const QStringList paths = {QStringLiteral("/"),
                               QStringLiteral("/pricing"),
                               QStringLiteral("/blog/privacy-first-analytics"),
                               QStringLiteral("/docs/getting-started"),
                               QStringLiteral("/blog"),
                               QStringLiteral("/features")};
    const QStringList referrers = {QStringLiteral("https://www.google.com/"), QString(),
                                   QStringLiteral("https://news.ycombinator.com/"),
                                   QStringLiteral("https://duckduckgo.com/"), QString()};
    static int n = 0;
    for (int i = 0; i < count; ++i, ++n) {
        Hit h;
        h.siteId = siteId;
        h.timestampMs = fromMs + i * stepMs + (n * 7919) % (stepMs / 2 + 1);
        h.url = QStringLiteral("https://%1%2").arg(domain, paths.at((n * 7) % paths.size()));
        h.referrer = referrers.at((n * 3) % referrers.size());
        h.ip = QHostAddress(ips.at(n % ips.size()));
        h.userAgent = agents.at((n / 3) % agents.size());
        QList<Hit> one {h};
        engine->submit(std::move(one));
        if (realTime)
            settle(int(stepMs));
    }
}

} // namespace

void applyPalette(bool dark)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = QApplication::style()->standardPalette();
    if (dark) {
        p.setColor(QPalette::Window, QColor(0x1e, 0x20, 0x25));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
        p.setColor(QPalette::Base, QColor(0x25, 0x28, 0x2e));
        p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2e, 0x35));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
        p.setColor(QPalette::Button, QColor(0x2b, 0x2e, 0x35));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
        p.setColor(QPalette::Highlight, QColor(0x63, 0x66, 0xf1));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2e, 0x35));
        p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xeb));
        p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x90, 0x99));
        p.setColor(QPalette::Mid, QColor(0x3a, 0x3e, 0x46));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8b, 0x90, 0x99));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8b, 0x90, 0x99));
        // A disabled button (a read-only form's Save) must look it, as in the light palette.
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x70, 0x79));
        p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x25, 0x28, 0x2e));
    } else {
        p.setColor(QPalette::Window, QColor(0xf6, 0xf7, 0xf9));
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf4, 0xf6));
        p.setColor(QPalette::Highlight, QColor(0x4f, 0x46, 0xe5));
        p.setColor(QPalette::Mid, QColor(0xd1, 0xd5, 0xdb));
        p.setColor(QPalette::ToolTipBase, Qt::white);
        p.setColor(QPalette::ToolTipText, QColor(0x11, 0x18, 0x27));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x72, 0x80));
    }
    QApplication::setPalette(p);
}

int renderScreens(const QString &outDir, const QString &dataDir, bool dark, const Clock *clock,
                  const QString &language, QSize size)
{
    applyPalette(dark);
    QFont font = QApplication::font();
    font.setPointSizeF(9.5);
    QApplication::setFont(font);
    if (!QDir().mkpath(outDir)) {
        fprintf(stderr, "raycstr: cannot create %s\n", qPrintable(outDir));
        return 1;
    }
    const QString suffix = (language.isEmpty() ? QString() : QLatin1Char('-') + language)
        + (size == QSize(1280, 800)
               ? QString()
               : QStringLiteral("-%1x%2").arg(size.width()).arg(size.height()))
        + (dark ? QStringLiteral("-dark.png") : QStringLiteral(".png"));
    QTemporaryDir tmp;
    AppSettings settings(tmp.filePath(QStringLiteral("settings.ini")));
    settings.setFirstRunDone(true);
    settings.setMode(AppSettings::Mode::Local);
    settings.setDataDir(dataDir);
    settings.setListenAddress(QStringLiteral("127.0.0.1:0"));
    settings.setLastPeriod(QStringLiteral("30d"));
    MemorySecretStore secrets;
    MainWindow window(&settings, &secrets, clock);
    window.resize(size);
    window.show();
    bool started = false, ok = false;
    QObject::connect(&window, &MainWindow::collectorStarted, &window,
                     [&](bool success, const QString &error) {
                         started = true;
                         ok = success;
                         if (!success)
                             fprintf(stderr, "raycstr: collector: %s\n", qPrintable(error));
                     });
    bool dashboardDone = false;
    QObject::connect(window.dashboard(), &DashboardView::updated, &window, [&](qint64 ms) {
        dashboardDone = true;
        fprintf(stdout, "dashboard updated in %lld ms\n", qint64(ms));
    });
    window.start();
    if (!waitFor([&] { return started; }, 60000) || !ok)
        return 1;
    if (!waitFor([&] { return dashboardDone; }, 120000)) {
        fprintf(stderr, "raycstr: the dashboard did not load\n");
        return 1;
    }
    // The chart with its comparison line (the previous period), as a user would turn it on.
    window.dashboard()->setComparison(Comparison::PreviousPeriod);
    waitFor([&] { return !window.dashboard()->isLoading(); }, 60000);
    settle(300);
    bool all = save(&window, QDir(outDir).filePath(QStringLiteral("dashboard") + suffix));
    // A small window (960×640): the chart's controls, the KPI row and the map must still fit.
    window.resize(960, 640);
    settle(300);
    all = save(&window, QDir(outDir).filePath(QStringLiteral("dashboard-960") + suffix)) && all;
    window.resize(1280, 800);
    settle(300);
    // The whole dashboard page, below the fold too (breakdowns, Web Vitals).
    if (auto *scroll = window.dashboard()->findChild<QScrollArea *>())
        all = save(scroll->widget(),
                   QDir(outDir).filePath(QStringLiteral("dashboard-full") + suffix))
            && all;
    // The Details view of the sources card: every row, a page at a time.
    if (DetailsDialog *details = window.dashboard()->breakdowns().value(1)->openDetails()) {
        waitFor([details] { return !details->isLoading(); }, 30000);
        settle(300);
        all = save(details, QDir(outDir).filePath(QStringLiteral("details") + suffix)) && all;
        details->close();
    }
    // Goals card, custom events drill-down and the funnel editor (goalscreens.cpp).
    all = renderGoalScreens(&window, outDir, suffix) && all;
    // Export menu, dialogs and progress; Settings → Reports and alerts (dataoutscreens.cpp).
    all = renderDataOutScreens(&window, outDir, suffix) && all;

    // Live view: follow the site, then send a few visits through the engine.
    IngestEngine *engine = window.collector()->engine();
    qint32 siteId = 0;
    for (const Site &s : engine->sites().sites())
        if (s.domain == window.site())
            siteId = s.id;
    // The last half hour's visits, then a few while the live view watches.
    const qint64 now = clock->nowMs();
    sendVisits(engine, siteId, window.site(), now - 29 * 60000, 70, 25000, false);
    engine->flush();
    window.showPage(MainWindow::LivePage);
    settle(800);
    sendVisits(engine, siteId, window.site(), clock->nowMs(), 14, 700, true);
    engine->flush();
    settle(1500);
    all = save(&window, QDir(outDir).filePath(QStringLiteral("live") + suffix)) && all;

    window.showPage(MainWindow::SettingsPage);
    // The render runs on a copy in a temporary folder and a free port: show the fields as
    // a user's own settings would read (nothing is applied).
    window.settingsView()->listenEdit()->setText(QStringLiteral("127.0.0.1:8080"));
    window.settingsView()->dataDirEdit()->setText(
        QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral(".local/share/raycstr"))));
    settle(800);
    all = save(&window, QDir(outDir).filePath(QStringLiteral("settings") + suffix)) && all;

    window.showPage(MainWindow::DashboardPage);
    FirstRunWizard *wizard = window.showFirstRun();
    wizard->domainEdit()->setText(QStringLiteral("yoursite.com"));
    wizard->listenEdit()->setText(QStringLiteral("127.0.0.1:8080"));
    wizard->show();
    wizard->next();
    wizard->next();
    settle(300);
    all = save(wizard, QDir(outDir).filePath(QStringLiteral("first-run") + suffix)) && all;
    wizard->close();

    RemoteConnectDialog remote(QUrl(QStringLiteral("https://stats.yoursite.com")), true, &window);
    remote.keyEdit()->setText(QStringLiteral("rc_example"));
    remote.show();
    settle(200);
    all = save(&remote, QDir(outDir).filePath(QStringLiteral("remote-connect") + suffix)) && all;
    remote.close();
    // Time zones, the site picker, Import… and the imported range (importscreens.cpp): last,
    // as the import pauses and resumes the collector.
    all = renderImportScreens(&window, outDir, suffix) && all;
    return all ? 0 : 1;
}

} // namespace raycstr::ui

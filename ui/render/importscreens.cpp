#include "importscreens.h"

#include "core/clock.h"
#include "ui/mainwindow.h"
#include "ui/render/renderhelpers.h"
#include "ui/widgets/dashboardview.h"
#include "ui/widgets/firstrunwizard.h"
#include "ui/widgets/importdialog.h"
#include "ui/widgets/importnotice.h"
#include "ui/widgets/periodpicker.h"
#include "ui/widgets/settingsview.h"
#include "ui/widgets/timezonebox.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimeZone>

namespace raycstr::ui {

using render::centred;
using render::save;
using render::saveOver;
using render::settle;
using render::waitFor;

namespace {

// A combined-format access log of `days` days ending `lastDay` (UTC), for the shown site
// (the log has no host: the import takes the site's): a few hundred visitors a day over the
// demo site's pages, some assets and 404s the import skips.
bool writeLog(const QString &path, QDate lastDay, int days)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QList<QByteArray> pages = {"/", "/pricing", "/blog/privacy-first-analytics",
                                     "/docs/getting-started", "/blog", "/features"};
    const QByteArray agent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                             "(KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
    quint32 n = 1;
    for (int d = days - 1; d >= 0; --d) {
        const QDate day = lastDay.addDays(-d);
        const int visitors = 260 + int((day.dayOfWeek() < 6 ? 120 : 0) + (n % 37));
        for (int v = 0; v < visitors; ++v) {
            const QByteArray ip = QByteArrayLiteral("198.51.") + QByteArray::number(v / 250)
                + '.' + QByteArray::number(v % 250 + 1);
            const QDateTime start(day, QTime(0, 0).addSecs(v * 86000 / visitors),
                                  QTimeZone::utc());
            const int views = 1 + int(n++ % 4);
            for (int i = 0; i < views; ++i) {
                const QDateTime at = start.addSecs(i * 40);
                const QByteArray path = i == 1 && v % 9 == 0 ? QByteArray("/app.css")
                    : v % 31 == 0                            ? QByteArray("/old-page")
                                                             : pages.at((v + i * 3) % pages.size());
                const int status = path == "/old-page" ? 404 : 200;
                f.write(ip + " - - ["
                        + QLocale::c()
                              .toString(at, QStringLiteral("dd/MMM/yyyy:HH:mm:ss"))
                              .toLatin1()
                        + " +0000] \"GET " + path + " HTTP/1.1\" " + QByteArray::number(status)
                        + " 2326 \"https://www.google.com/\" \"" + agent + "\"\n");
            }
        }
    }
    return f.error() == QFileDevice::NoError;
}

} // namespace

bool renderImportScreens(MainWindow *window, const QString &outDir, const QString &suffix)
{
    const auto file = [&](const QString &name) { return QDir(outDir).filePath(name + suffix); };
    const QString site = window->site();
    if (site.isEmpty())
        return false;
    bool all = true;

    // The first-run wizard's site page: the domain and its time zone.
    window->showPage(MainWindow::DashboardPage);
    FirstRunWizard *wizard = window->showFirstRun();
    wizard->domainEdit()->setText(QStringLiteral("yoursite.com"));
    wizard->timeZoneBox()->setTimeZone(QStringLiteral("Europe/Berlin"));
    wizard->show();
    settle(300);
    all = save(wizard, file(QStringLiteral("first-run-zone"))) && all;
    wizard->close();

    // Settings: the time zone card, scrolled into view, a zone being chosen.
    window->showPage(MainWindow::SettingsPage);
    SettingsView *settings = window->settingsView();
    // Its General tab (the data-out screens leave Reports and alerts open).
    for (QWidget *w = settings->parentWidget(); w; w = w->parentWidget())
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            tabs->setCurrentIndex(tabs->indexOf(settings) >= 0 ? tabs->indexOf(settings) : 0);
            break;
        }
    settings->timeZoneBox()->setTimeZone(QStringLiteral("America/New_York"));
    if (auto *scroll = settings->findChild<QScrollArea *>())
        scroll->ensureWidgetVisible(settings->timeZoneBox(), 20, 120);
    settle(500);
    all = save(window, file(QStringLiteral("settings-zone"))) && all;

    // The site picker, open over the dashboard.
    window->showPage(MainWindow::DashboardPage);
    settle(300);
    QComboBox *picker = window->siteSwitcher();
    picker->showPopup();
    settle(300);
    if (QWidget *popup = picker->view()->window()) {
        const QPoint at = picker->mapTo(window, QPoint(0, picker->height()));
        all = saveOver(window, popup, at, file(QStringLiteral("site-picker"))) && all;
    }
    picker->hidePopup();

    // Import…: a generated log of 120 days ending 50 days ago, so most of it lies before
    // the demo data (its 42 days end yesterday; days that hold data are left out).
    QTemporaryDir tmp;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString log = tmp.filePath(QStringLiteral("access.log"));
    if (!writeLog(log, today.addDays(-50), 120))
        return false;
    ImportDialog *dialog = window->importHistory();
    if (!dialog)
        return false;
    dialog->setSource(QStringLiteral("access-log"));
    dialog->setFiles({QStringLiteral("/var/log/nginx/access.log"),
                      QStringLiteral("/var/log/nginx/access.log.1")});
    settle(300);
    all = saveOver(window, dialog, centred(window, dialog), file(QStringLiteral("import-dialog")))
        && all;
    dialog->setFiles({log});
    dialog->start();
    // Progress: somewhere past the start, while it runs.
    waitFor([dialog] { return dialog->progressBar()->value() >= 300
                           || dialog->currentPage() != ImportDialog::ProgressPage; },
            120000);
    if (dialog->currentPage() == ImportDialog::ProgressPage)
        all = saveOver(window, dialog, centred(window, dialog),
                       file(QStringLiteral("import-progress")))
            && all;
    else
        all = false;
    if (!waitFor([dialog] { return dialog->currentPage() == ImportDialog::SummaryPage; }, 300000))
        return false;
    settle(200);
    all = saveOver(window, dialog, centred(window, dialog), file(QStringLiteral("import-summary")))
        && all;
    dialog->close();

    // The dashboard over the last 12 months, with the imported range named under the filters.
    query::Period year;
    year.kind = query::Period::Kind::Last12mo;
    bool loaded = false;
    auto connection = QObject::connect(window->dashboard(), &DashboardView::updated, window,
                                       [&loaded] { loaded = true; });
    // The collector resumes after the import; the window then asks everything again.
    waitFor([window] { return window->dataSource() != nullptr; }, 30000);
    window->setPeriod(year);
    waitFor([&] { return loaded && window->dashboard()->importNotice()->isVisible(); }, 120000);
    QObject::disconnect(connection);
    settle(500);
    all = window->dashboard()->importNotice()->isVisible() && all;
    all = save(window, file(QStringLiteral("imported-notice"))) && all;
    window->setPeriod([] {
        query::Period p;
        p.kind = query::Period::Kind::Last30d;
        return p;
    }());
    return all;
}

} // namespace raycstr::ui

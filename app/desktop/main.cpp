// raycstr: the desktop dashboard. Runs the embedded collector (the same stack as
// raycstr-server) or connects to a headless server.
//
//   raycstr [--settings FILE] [--lang LANGUAGE]
//   raycstr --render-screens DIR --data DATADIR [--dark] [--lang LANGUAGE] [--size WxH]
//       renders each main screen at 1280×800 to DIR/*.png (used for the README); with a
//       language, the files are named after it (dashboard-de.png)

#include "core/clock.h"
#include "core/language.h"
#include "ui/services/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/render/screenrenderer.h"
#include "ui/services/secretstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

using namespace raycstr;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("raycstr"));
    QApplication::setOrganizationName(QStringLiteral("RayCstr"));
    QApplication::setApplicationDisplayName(QStringLiteral("RayCstr"));
    QApplication::setApplicationVersion(QStringLiteral(RAYCSTR_VERSION));
    QApplication::setQuitOnLastWindowClosed(false); // MainWindow::quitRequested quits
    // The installed .desktop entry (its name is the Wayland app id) and the window icon,
    // compiled in (resources/icons) so it shows without an installed icon theme too.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.raycstr.RayCstr"));
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/raycstr/icons/raycstr-%1.png").arg(size));
    QApplication::setWindowIcon(icon);

    // The language before anything is shown (help texts included): --lang, else the
    // Language setting (of --settings FILE or the user's), else the system's.
    QStringList args = QApplication::arguments();
    QString error;
    const QString lang = language::takeOption(&args, QStringLiteral("lang"), &error);
    const QString settingsFile = language::takeOption(&args, QStringLiteral("settings"), &error);
    std::unique_ptr<ui::AppSettings> settings = settingsFile.isEmpty()
        ? std::make_unique<ui::AppSettings>()
        : std::make_unique<ui::AppSettings>(settingsFile);
    std::optional<QLocale> locale = language::resolve(lang.isEmpty() ? settings->language() : lang);
    language::install(locale && error.isEmpty() ? *locale : QLocale::system());
    if (!lang.isEmpty() && !locale)
        error = QApplication::translate("raycstr::language",
                                        "no translation for '%1' (use de, fr, es or en)")
                    .arg(lang);
    if (!error.isEmpty()) {
        fprintf(stderr, "raycstr: %s\n", qPrintable(error));
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "RayCstr: privacy-first web analytics on your desktop."));
    parser.addHelpOption();
    parser.addVersionOption();
    // --settings and --lang were taken above; declared here for --help.
    parser.addOption({QStringLiteral("settings"),
                      QApplication::translate("main", "Use this settings file."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("lang"),
                      QApplication::translate("main",
                                              "Use this language (de, fr, es or en) instead of "
                                              "the Language setting."),
                      QStringLiteral("language")});
    parser.addOption(
        {QStringLiteral("render-screens"),
         QApplication::translate("main", "Render every main screen to PNG files in DIR."),
         QStringLiteral("dir")});
    parser.addOption({QStringLiteral("data"),
                      QApplication::translate("main", "Data folder (with --render-screens)."),
                      QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("dark"), QApplication::translate("main", "Render with a dark palette.")});
    parser.addOption({QStringLiteral("size"),
                      QApplication::translate("main",
                                              "Window size to render at (default 1280x800)."),
                      QStringLiteral("WxH")});
    parser.process(args);

    SystemClock clock;
    if (parser.isSet(QStringLiteral("render-screens"))) {
        if (!parser.isSet(QStringLiteral("data"))) {
            fprintf(
                stderr, "raycstr: %s\n",
                qPrintable(QApplication::translate("main", "--render-screens needs --data DIR")));
            return 2;
        }
        QSize size(1280, 800);
        if (parser.isSet(QStringLiteral("size"))) {
            const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
            bool okW = false, okH = false;
            if (wh.size() == 2)
                size = QSize(wh.at(0).toInt(&okW), wh.at(1).toInt(&okH));
            if (!okW || !okH || size.width() < 320 || size.height() < 240
                || size.width() > 7680 || size.height() > 4320) {
                fprintf(stderr, "raycstr: %s\n",
                        qPrintable(QApplication::translate(
                            "main", "--size wants WIDTHxHEIGHT in pixels, such as 960x640")));
                return 2;
            }
        }
        return ui::renderScreens(parser.value(QStringLiteral("render-screens")),
                                 parser.value(QStringLiteral("data")),
                                 parser.isSet(QStringLiteral("dark")), &clock,
                                 lang.isEmpty() ? QString() : locale->name().left(2), size);
    }

    // The keychain when one answers; otherwise keys live for this session only.
    ui::KeychainSecretStore keychain(QStringLiteral("raycstr"));
    ui::MemorySecretStore memory;
    std::unique_ptr<ui::MainWindow> window;
    keychain.probe([&](bool available, const QString &reason) {
        if (!available)
            qInfo(
                "raycstr: %s",
                qPrintable(QApplication::translate(
                               "main", "no keychain (%1): API keys are kept for this session only")
                               .arg(reason)));
        window = std::make_unique<ui::MainWindow>(
            settings.get(), available ? static_cast<ui::SecretStore *>(&keychain) : &memory,
            &clock);
        // Quitting is explicit (menu, Ctrl+Q, tray): closing the window may only hide it to
        // the tray while the local collector keeps collecting.
        QObject::connect(window.get(), &ui::MainWindow::quitRequested, &app, &QApplication::quit,
                         Qt::QueuedConnection);
        window->show();
        window->start();
    });
    const int code = QApplication::exec();
    window.reset();
    return code;
}

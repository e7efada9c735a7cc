// raycstr: the desktop dashboard. Runs the embedded collector (the same stack as
// raycstr-server) or connects to a headless server.
//
//   raycstr [--settings FILE]
//   raycstr --render-screens DIR --data DATADIR [--dark] [--settings FILE]
//       renders each main screen at 1280×800 to DIR/*.png (used for the README)

#include "core/clock.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/screenrenderer.h"
#include "ui/secretstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace raycstr;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("raycstr"));
    QApplication::setOrganizationName(QStringLiteral("RayCstr"));
    QApplication::setApplicationDisplayName(QStringLiteral("RayCstr"));
    QApplication::setApplicationVersion(QStringLiteral(RAYCSTR_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("raycstr"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "RayCstr: privacy-first web analytics on your desktop."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("settings"),
                      QApplication::translate("main", "Use this settings file."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("render-screens"),
         QApplication::translate("main", "Render every main screen to PNG files in DIR."),
         QStringLiteral("dir")});
    parser.addOption({QStringLiteral("data"),
                      QApplication::translate("main", "Data folder (with --render-screens)."),
                      QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("dark"), QApplication::translate("main", "Render with a dark palette.")});
    parser.process(app);

    SystemClock clock;
    if (parser.isSet(QStringLiteral("render-screens"))) {
        if (!parser.isSet(QStringLiteral("data"))) {
            fprintf(stderr, "raycstr: --render-screens needs --data DIR\n");
            return 2;
        }
        return ui::renderScreens(parser.value(QStringLiteral("render-screens")),
                                 parser.value(QStringLiteral("data")),
                                 parser.isSet(QStringLiteral("dark")), &clock);
    }

    std::unique_ptr<ui::AppSettings> settings = parser.isSet(QStringLiteral("settings"))
        ? std::make_unique<ui::AppSettings>(parser.value(QStringLiteral("settings")))
        : std::make_unique<ui::AppSettings>();

    // The keychain when one answers; otherwise keys live for this session only.
    ui::KeychainSecretStore keychain(QStringLiteral("raycstr"));
    ui::MemorySecretStore memory;
    std::unique_ptr<ui::MainWindow> window;
    keychain.probe([&](bool available, const QString &reason) {
        if (!available)
            qInfo("raycstr: no keychain (%s): API keys are kept for this session only",
                  qPrintable(reason));
        window = std::make_unique<ui::MainWindow>(
            settings.get(), available ? static_cast<ui::SecretStore *>(&keychain) : &memory,
            &clock);
        window->show();
        window->start();
    });
    const int code = QApplication::exec();
    window.reset();
    return code;
}

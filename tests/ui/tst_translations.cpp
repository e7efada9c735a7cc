// The translations (translations/*.ts, issue 7): complete, up to date with the sources,
// compiled into both executables, and what a German user sees.

#include "core/language.h"
#include "ui/services/appsettings.h"
#include "ui/text/format.h"
#include "ui/widgets/card.h"
#include "ui/widgets/dashboardview.h"
#include "ui/widgets/kpicard.h"
#include "ui/widgets/settingsview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace raycstr;
using namespace raycstr::ui;

namespace {

const QString TranslationsDir = QStringLiteral(RAYCSTR_TEST_DATA_DIR "/../../translations");
const QStringList Languages = {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
const QChar Nbsp(0x00a0);

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error, QString *language = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS") && language)
            *language = xml.attributes().value(QLatin1String("language")).toString();
        else if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            m = Message {
                context, {},
                {},      {},
                {},      xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        else if (name == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (name == QLatin1String("comment"))
            m.comment = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.translations.append(xml.readElementText());
            else {
                // The forms follow as children; the message is complete at its end tag.
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))
                       && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        m.translations.append(xml.readElementText());
                }
            }
            out.append(m);
        }
    }
    if (xml.hasError())
        *error
            = QStringLiteral("%1: %2 (line %3)").arg(path, xml.errorString()).arg(xml.lineNumber());
    return out;
}

// %1…%99, %n and %Ln, as a sorted list (a placeholder used twice counts twice).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:n|[1-9][0-9]?)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured().remove(QLatin1Char('L')));
    out.sort();
    return out;
}

// Everything wrong with one .ts file; empty when it is complete.
QStringList problems(const QString &path)
{
    QString error;
    const QList<Message> messages = readTs(path, &error);
    if (!error.isEmpty())
        return {error};
    QStringList out;
    if (messages.isEmpty())
        out.append(QStringLiteral("%1: no messages").arg(path));
    for (const Message &m : messages) {
        const QString where = QStringLiteral("%1 \"%2\"").arg(m.context, m.source.left(60));
        if (!m.type.isEmpty())
            out.append(QStringLiteral("%1: %2").arg(m.type, where));
        if (m.translations.isEmpty())
            out.append(QStringLiteral("no translation: %1").arg(where));
        // The plural forms may differ in %n (a singular can spell "one" out); nothing else.
        QStringList wanted = placeholders(m.source);
        if (m.numerus)
            wanted.removeAll(QStringLiteral("%n"));
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                out.append(QStringLiteral("empty: %1").arg(where));
            QStringList got = placeholders(t);
            if (m.numerus)
                got.removeAll(QStringLiteral("%n"));
            if (got != wanted)
                out.append(QStringLiteral("placeholders %1 instead of %2: %3")
                               .arg(got.join(u','), wanted.join(u','), where));
        }
    }
    return out;
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

struct Run
{
    int code = -1;
    QString out;
};

Run runBinary(const QString &program, const QStringList &args, const QStringList &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    // A known starting point: no locale from the machine running the tests.
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"})
        e.remove(QLatin1String(name));
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString &kv : env)
        e.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(e);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAll())};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguageIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &l : Languages)
            QTest::newRow(qPrintable(l)) << l;
    }

    void everyLanguageIsComplete()
    {
        QFETCH(QString, language);
        const QString path = TranslationsDir + QStringLiteral("/raycstr_%1.ts").arg(language);
        QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(" is missing")));
        const QStringList found = problems(path);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        QString error, declared;
        const QList<Message> messages = readTs(path, &error, &declared);
        QVERIFY(declared.startsWith(language));
        // The same messages in every language.
        const QList<Message> german
            = readTs(TranslationsDir + QStringLiteral("/raycstr_de.ts"), &error);
        QCOMPARE(messages.size(), german.size());
    }

    // The checker above must be able to fail: plant each kind of fault in a copy.
    void checkerFindsPlantedFaults_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("reported");
        QTest::newRow("unfinished")
            << QStringLiteral("<translation>Eindeutige Besucher</translation>")
            << QStringLiteral("<translation type=\"unfinished\">Eindeutige "
                              "Besucher</translation>")
            << QStringLiteral("unfinished");
        QTest::newRow("empty") << QStringLiteral("<translation>Eindeutige Besucher</translation>")
                               << QStringLiteral("<translation></translation>")
                               << QStringLiteral("empty");
        QTest::newRow("vanished") << QStringLiteral(
            "<translation>Eindeutige Besucher</translation>")
                                  << QStringLiteral("<translation type=\"vanished\">Eindeutige "
                                                    "Besucher</translation>")
                                  << QStringLiteral("vanished");
        QTest::newRow("placeholder")
            << QStringLiteral("<translation>Verbunden mit %1</translation>")
            << QStringLiteral("<translation>Verbunden</translation>")
            << QStringLiteral("placeholders");
    }

    void checkerFindsPlantedFaults()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, reported);
        QString ts = readFile(TranslationsDir + QStringLiteral("/raycstr_de.ts"));
        QVERIFY(ts.contains(from));
        ts.replace(ts.indexOf(from), from.size(), to);
        QTemporaryDir dir;
        QFile out(dir.filePath(QStringLiteral("raycstr_de.ts")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(ts.toUtf8());
        out.close();
        const QStringList found = problems(out.fileName());
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(reported), qPrintable(found.first()));
    }

    // lupdate over the same sources (translations/CMakeLists.txt writes the list) into a
    // scratch copy: nothing may be added (an untranslated string) or dropped (a stale one).
    // It takes about a second.
    void filesMatchTheSources()
    {
        const QString build = QStringLiteral(RAYCSTR_BUILD_DIR "/translations/");
        const QStringList tool
            = readFile(build + QStringLiteral("lupdate-tool.txt")).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(!tool.isEmpty(), "lupdate-tool.txt missing: is translations/ configured?");
        QTemporaryDir dir;
        for (const QString &language : Languages) {
            const QString original
                = TranslationsDir + QStringLiteral("/raycstr_%1.ts").arg(language);
            const QString copy = dir.filePath(QFileInfo(original).fileName());
            QVERIFY(QFile::copy(original, copy));
            QProcess lupdate;
            lupdate.setProcessChannelMode(QProcess::MergedChannels);
            lupdate.start(
                tool.first(),
                tool.mid(1)
                    + QStringList {QLatin1Char('@') + build + QStringLiteral("lupdate-sources.lst"),
                                   QStringLiteral("-ts"), copy});
            QVERIFY(lupdate.waitForFinished(120000));
            QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
            QString error;
            auto keys = [&](const QString &path) {
                QStringList out;
                for (const Message &m : readTs(path, &error))
                    out.append(m.context + QLatin1Char('|') + m.source + QLatin1Char('|')
                               + m.comment);
                out.sort();
                return out;
            };
            const QStringList before = keys(original), after = keys(copy);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QStringList diff;
            for (const QString &k : after)
                if (!before.contains(k))
                    diff.append(QStringLiteral("not in %1: %2").arg(original, k));
            for (const QString &k : before)
                if (!after.contains(k))
                    diff.append(QStringLiteral("gone from the sources: %1").arg(k));
            QVERIFY2(diff.isEmpty(),
                     qPrintable(diff.join(u'\n')
                                + QStringLiteral("\nrun: cmake --build <build> --target "
                                                 "update_translations")));
            // And lupdate left every translation as it was (none became unfinished).
            QVERIFY2(problems(copy).isEmpty(), qPrintable(problems(copy).join(u'\n')));
        }
    }

    void germanWidgetsAndFormats()
    {
        QVERIFY(language::install(QLocale(QLocale::German, QLocale::Germany)));
        DashboardView dashboard(nullptr);
        QStringList captions;
        for (const KpiCard *card : dashboard.kpis())
            captions.append(card->accessibleName());
        QCOMPARE(
            captions,
            (QStringList {QStringLiteral("Eindeutige Besucher"), QStringLiteral("Besuche"),
                          QStringLiteral("Seitenaufrufe"), QStringLiteral("Absprungrate"),
                          QStringLiteral("Sitzungsdauer"), QStringLiteral("Seiten pro Besuch")}));
        // The revenue card of a goal filter (hidden until then).
        QCOMPARE(dashboard.revenueCard()->accessibleName(), QStringLiteral("Umsatz"));
        QStringList titles;
        for (const QLabel *l : dashboard.findChildren<QLabel *>())
            titles.append(l->text());
        for (const char *title : {"Verlauf", "Karte", "Länder"})
            QVERIFY2(titles.contains(QString::fromUtf8(title)), qPrintable(titles.join(u'|')));
        // The chart's metric box and the comparison box speak German too.
        QCOMPARE(dashboard.metricBox()->itemText(0), QStringLiteral("Besucher"));
        QCOMPARE(dashboard.comparisonBox()->itemText(2), QStringLiteral("Vorjahreszeitraum"));
        QVERIFY(titles.contains(QStringLiteral("Top-Seiten")));

        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        SettingsView view(&settings, nullptr);
        QStringList labels;
        for (const QLabel *l : view.findChildren<QLabel *>())
            labels.append(l->text());
        for (const char *text : {"&Empfangsadresse", "&Datenordner", "Integrierter Collector",
                                 "Sprache", "Wirkt nach einem Neustart von RayCstr."})
            QVERIFY2(labels.contains(QString::fromUtf8(text)), text);
        QComboBox *box = view.languageBox();
        QCOMPARE(box->itemText(0), QStringLiteral("Systemstandard"));
        QCOMPARE(box->currentIndex(), 0);
        const int french = box->findData(QStringLiteral("fr"));
        QCOMPARE(box->itemText(french), QStringLiteral("Français"));
        box->setCurrentIndex(french);
        Q_EMIT box->activated(french);
        QCOMPARE(settings.language(), QStringLiteral("fr"));

        // Decimal comma, the language's own abbreviations and units.
        QCOMPARE(format::count(754), QStringLiteral("754"));
        QCOMPARE(format::count(1234), QStringLiteral("1.234"));
        QCOMPARE(format::count(12345), QStringLiteral("12,3") + Nbsp + QStringLiteral("Tsd."));
        QCOMPARE(format::count(2500000), QStringLiteral("2,50") + Nbsp + QStringLiteral("Mio."));
        QCOMPARE(format::duration(754),
                 QStringLiteral("12") + Nbsp + QStringLiteral("min 34") + Nbsp + QLatin1Char('s'));
        QCOMPARE(format::percent(12.5), QStringLiteral("12,5") + Nbsp + QLatin1Char('%'));
        QCOMPARE(format::fieldValue(QStringLiteral("country"), QStringLiteral("DE")),
                 QStringLiteral("Deutschland"));
        QCOMPARE(format::fieldValue(QStringLiteral("device"), QStringLiteral("Mobile")),
                 QStringLiteral("Mobil"));
    }

    // Dialog buttons and the like come from Qt's own translation (qtbase_de.qm, Debian's
    // qt6-translations-l10n), loaded from the Qt installation when it is there.
    void qtOwnStringsWhenInstalled()
    {
        const QString qm
            = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
        if (!QFile::exists(qm))
            QSKIP("Qt's translations are not installed (qt6-translations-l10n)");
        QVERIFY(language::install(QLocale(QLocale::German, QLocale::Germany)));
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    }

    void frenchAndSpanishFormats()
    {
        QVERIFY(language::install(QLocale(QLocale::French, QLocale::France)));
        QCOMPARE(format::count(12345), QStringLiteral("12,3") + Nbsp + QLatin1Char('k'));
        QCOMPARE(format::fieldValue(QStringLiteral("country"), QStringLiteral("DE")),
                 QStringLiteral("Allemagne"));
        QCOMPARE(QCoreApplication::translate("raycstr::ui::DashboardView", "Bounce rate"),
                 QStringLiteral("Taux de rebond"));
        QVERIFY(language::install(QLocale(QLocale::Spanish, QLocale::Spain)));
        QCOMPARE(format::count(12345), QStringLiteral("12,3") + Nbsp + QStringLiteral("mil"));
        QCOMPARE(QCoreApplication::translate("raycstr::ui::DashboardView", "Bounce rate"),
                 QStringLiteral("Tasa de rebote"));
    }

    // English needs no translation: the sources read as the other tests expect.
    void englishStaysAsItWas()
    {
        QVERIFY(language::install(QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(format::count(12345), QStringLiteral("12.3k"));
        QCOMPARE(format::count(2500000), QStringLiteral("2.50M"));
        QCOMPARE(format::duration(754), QStringLiteral("12m 34s"));
        QCOMPARE(format::percent(46.0, 0), QStringLiteral("46%"));
        QCOMPARE(format::fieldValue(QStringLiteral("country"), QStringLiteral("DE")),
                 QStringLiteral("Germany"));
        DashboardView dashboard(nullptr);
        QCOMPARE(dashboard.findChildren<KpiCard *>().first()->accessibleName(),
                 QStringLiteral("Unique visitors"));
    }

    void languageSettingResolves()
    {
        QCOMPARE(language::translated(),
                 (QStringList {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")}));
        QCOMPARE(language::resolve(QStringLiteral("de"))->language(), QLocale::German);
        QCOMPARE(language::resolve(QStringLiteral("es_MX"))->territory(), QLocale::Mexico);
        QVERIFY(!language::resolve(QStringLiteral("it")));
        QVERIFY(!language::resolve(QStringLiteral("nonsense")));
        QStringList args {QStringLiteral("prog"), QStringLiteral("site"), QStringLiteral("--lang"),
                          QStringLiteral("fr"), QStringLiteral("list")};
        QString error;
        QCOMPARE(language::takeOption(&args, QStringLiteral("lang"), &error), QStringLiteral("fr"));
        QCOMPARE(
            args,
            (QStringList {QStringLiteral("prog"), QStringLiteral("site"), QStringLiteral("list")}));
        args = QStringList {QStringLiteral("prog"), QStringLiteral("--lang=es")};
        QCOMPARE(language::takeOption(&args, QStringLiteral("lang"), &error), QStringLiteral("es"));
        QVERIFY(error.isEmpty());
        args = QStringList {QStringLiteral("prog"), QStringLiteral("--lang")};
        language::takeOption(&args, QStringLiteral("lang"), &error);
        QVERIFY(!error.isEmpty());
    }

    // The executables carry the translations (resources of a static library, linked in).
    void serverSpeaksTheLanguageAsked()
    {
        const QString server = QStringLiteral(RAYCSTR_BUILD_DIR "/app/raycstr-server");
        Run r = runBinary(
            server, {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Aufruf: raycstr-server")), qPrintable(r.out));
        r = runBinary(server, {QStringLiteral("--help")}, {QStringLiteral("LANG=es_ES.UTF-8")});
        QVERIFY2(r.out.startsWith(QStringLiteral("Uso: raycstr-server")), qPrintable(r.out));
        r = runBinary(
            server, {QStringLiteral("--help")},
            {QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LC_MESSAGES=fr_FR.UTF-8")});
        QVERIFY2(r.out.contains(QStringLiteral("Commandes")), qPrintable(r.out));
        r = runBinary(server, {QStringLiteral("--help")});
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: raycstr-server")), qPrintable(r.out));
        r = runBinary(server,
                      {QStringLiteral("--lang"), QStringLiteral("it"), QStringLiteral("--help")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.out.contains(QStringLiteral("'it'")), qPrintable(r.out));
    }

    void desktopAppSpeaksTheLanguageAsked()
    {
        QTemporaryDir dir;
        const QString settings = dir.filePath(QStringLiteral("settings.ini"));
        const QString app = QStringLiteral(RAYCSTR_BUILD_DIR "/app/raycstr");
        Run r = runBinary(app,
                          {QStringLiteral("--settings"), settings, QStringLiteral("--lang"),
                           QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("datenschutzfreundliche Webanalyse")),
                 qPrintable(r.out));
        // Without --lang, the Language setting decides.
        AppSettings saved(settings);
        saved.setLanguage(QStringLiteral("es"));
        saved.sync();
        r = runBinary(app, {QStringLiteral("--settings"), settings, QStringLiteral("--help")});
        QVERIFY2(r.out.contains(QStringLiteral("analítica web")), qPrintable(r.out));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

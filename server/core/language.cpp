#include "core/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace raycstr::language {

namespace {
// Marks our translators among the application's children, so a second install() replaces them.
const QString TranslatorName = QStringLiteral("raycstr-language");

struct Known
{
    QLocale::Language language;
    const char *code;
    const char *name; // in itself; CLDR writes "français" and "español" in lower case
};
constexpr Known Languages[] = {
    {QLocale::German, "de", "Deutsch"},
    {QLocale::French, "fr", "Français"},
    {QLocale::Spanish, "es", "Español"},
    {QLocale::English, "en", "English"},
};
} // namespace

QStringList translated()
{
    QStringList codes;
    for (const Known &k : Languages)
        if (k.language != QLocale::English)
            codes.append(QLatin1String(k.code));
    return codes;
}

QString nativeName(const QString &code)
{
    for (const Known &k : Languages)
        if (code == QLatin1String(k.code))
            return QString::fromUtf8(k.name);
    return code;
}

QString takeOption(QStringList *args, const QString &name, QString *error)
{
    const QString flag = QStringLiteral("--") + name;
    const QString prefix = flag + QLatin1Char('=');
    QString value;
    for (qsizetype i = 1; i < args->size();) {
        const QString arg = args->at(i);
        if (arg == QLatin1String("--"))
            break; // what follows is positional
        bool missing = false;
        if (arg.startsWith(prefix)) {
            value = arg.mid(prefix.size());
            missing = value.isEmpty();
            args->removeAt(i);
        } else if (arg == flag) {
            missing = i + 1 >= args->size();
            value = args->value(i + 1);
            args->remove(i, missing ? 1 : 2);
        } else {
            ++i;
        }
        if (missing) {
            *error = QCoreApplication::translate("raycstr::language", "option '%1' needs a value")
                         .arg(flag);
            return QString();
        }
    }
    return value;
}

std::optional<QLocale> resolve(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code.isEmpty())
        return system;
    const QLocale wanted(code);
    for (const Known &k : Languages) {
        if (wanted.language() != k.language)
            continue;
        // "de" keeps the system's territory when it speaks German; "de_AT" is taken as is.
        const bool bare = !code.contains(QLatin1Char('_')) && !code.contains(QLatin1Char('-'));
        return bare && system.language() == k.language ? system : wanted;
    }
    return std::nullopt;
}

bool install(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    // A translator removes itself from the application when deleted.
    qDeleteAll(app->findChildren<QTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly));
    QLocale::setDefault(locale);
    auto load = [&](const QString &file, const QString &dir) {
        auto *translator = new QTranslator(app);
        translator->setObjectName(TranslatorName);
        if (translator->load(file, dir) && QCoreApplication::installTranslator(translator))
            return true;
        delete translator;
        return false;
    };
    // The user's languages in order of preference (LANGUAGE, LC_MESSAGES…): the first one
    // that is English or translated wins, so "en:de" stays English.
    const QStringList codes = translated();
    for (const QString &name : locale.uiLanguages()) {
        const QLocale::Language l = QLocale(name).language();
        if (l == QLocale::English || l == QLocale::C)
            return true;
        const QString code = QLocale::languageToCode(l);
        if (!codes.contains(code))
            continue;
        // Qt's own (dialog buttons, file dialogs): best effort, from the Qt installation.
        load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        return load(QStringLiteral("raycstr_") + code, QStringLiteral(":/i18n"));
    }
    return false;
}

} // namespace raycstr::language

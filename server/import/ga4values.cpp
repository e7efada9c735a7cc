#include "import/ga4values.h"

#include "ingest/referrerparser.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace raycstr::ga4 {

QString valueOrEmpty(const QString &value)
{
    if (value.startsWith(QLatin1Char('(')) && value.endsWith(QLatin1Char(')'))) {
        static const QStringList none {QStringLiteral("(not set)"), QStringLiteral("(none)"),
                                       QStringLiteral("(direct)"), QStringLiteral("(not provided)"),
                                       QStringLiteral("(data not available)"),
                                       // The campaign of untagged search and referral traffic.
                                       QStringLiteral("(organic)"), QStringLiteral("(referral)")};
        if (none.contains(value))
            return QString();
    }
    return value;
}

QString sourceName(const QString &sessionSource)
{
    const QString source = valueOrEmpty(sessionSource).trimmed().toLower();
    if (source.isEmpty())
        return QString();
    // The referrer parser names a referrer URL's host; GA's sources are hosts ("t.co",
    // "m.facebook.com") or a search engine's brand alone ("google", "bing").
    auto named = [](const QString &host) {
        PageUrl page;
        page.valid = true;
        return classifyAcquisition(QStringLiteral("https://") + host + QLatin1Char('/'), page)
            .source;
    };
    if (!source.contains(QLatin1Char('.'))) {
        const QString host = source + QStringLiteral(".com");
        const QString name = named(host);
        return name.isEmpty() || name == host ? valueOrEmpty(sessionSource).trimmed() : name;
    }
    if (!isValidPageHost(source))
        return valueOrEmpty(sessionSource).trimmed();
    const QString name = named(source);
    return name.isEmpty() ? source : name;
}

bool isCampaignMedium(const QString &medium)
{
    const QString m = valueOrEmpty(medium);
    return !m.isEmpty() && m != QLatin1String("organic") && m != QLatin1String("referral");
}

DeviceType deviceType(const QString &category)
{
    if (category.compare(QLatin1String("desktop"), Qt::CaseInsensitive) == 0)
        return DeviceType::Desktop;
    if (category.compare(QLatin1String("mobile"), Qt::CaseInsensitive) == 0)
        return DeviceType::Mobile;
    if (category.compare(QLatin1String("tablet"), Qt::CaseInsensitive) == 0)
        return DeviceType::Tablet;
    return DeviceType::Unknown;
}

QString osName(const QString &os)
{
    const QString name = valueOrEmpty(os);
    if (name == QLatin1String("Macintosh") || name == QLatin1String("macOS"))
        return QStringLiteral("Mac OS X");
    return name;
}

QString version(const QString &os, const QString &text)
{
    // The last word that starts with a digit: "iOS 17.1.1" → "17.1.1", "Windows 10" → "10".
    static const QRegularExpression number(QStringLiteral("(\\d+)(?:\\.(\\d+))?[^\\s]*\\s*$"));
    const auto m = number.match(valueOrEmpty(text));
    if (!m.hasMatch())
        return QString();
    const QString name = osName(os);
    const bool withMinor = name == QLatin1String("Mac OS X") || name == QLatin1String("iOS")
        || name == QLatin1String("iPadOS") || name == QLatin1String("Android");
    return withMinor && m.capturedLength(2) > 0 ? m.captured(1) + QLatin1Char('.') + m.captured(2)
                                                : m.captured(1);
}

namespace {

// "Bosnia & Herzegovina" and "Bosnia and Herzegovina", "St. Lucia" and "Saint Lucia", any
// case and apostrophe: one key.
QString countryKey(QString name)
{
    name = name.toLower();
    name.replace(QStringLiteral(" & "), QStringLiteral(" and "));
    name.replace(QStringLiteral("st. "), QStringLiteral("saint "));
    name.replace(QChar(0x2019), QLatin1Char('\''));
    name.remove(QLatin1Char('.'));
    return name.simplified();
}

QHash<QString, QString> makeCountries()
{
    QHash<QString, QString> codes;
    // Qt's territory names are CLDR's English names, which GA's geo names mostly are.
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2 && code.at(0).isLetter())
            codes.insert(countryKey(QLocale::territoryToString(territory)), code);
    }
    // Where GA's names differ from CLDR's (and older exports' names).
    static const char *const aliases[][2] = {
        {"United States", "US"},
        {"United Kingdom", "GB"},
        {"South Korea", "KR"},
        {"North Korea", "KP"},
        {"Russia", "RU"},
        {"Czech Republic", "CZ"},
        {"Czechia", "CZ"},
        {"Turkey", "TR"},
        {"Türkiye", "TR"},
        {"Vietnam", "VN"},
        {"Laos", "LA"},
        {"Syria", "SY"},
        {"Iran", "IR"},
        {"Moldova", "MD"},
        {"Bolivia", "BO"},
        {"Venezuela", "VE"},
        {"Tanzania", "TZ"},
        {"Taiwan", "TW"},
        {"Hong Kong", "HK"},
        {"Macao", "MO"},
        {"Macau", "MO"},
        {"Palestine", "PS"},
        {"Myanmar (Burma)", "MM"},
        {"Myanmar", "MM"},
        {"Congo - Kinshasa", "CD"},
        {"Congo - Brazzaville", "CG"},
        {"Democratic Republic of the Congo", "CD"},
        {"Republic of the Congo", "CG"},
        {"Côte d'Ivoire", "CI"},
        {"Ivory Coast", "CI"},
        {"North Macedonia", "MK"},
        {"Macedonia (FYROM)", "MK"},
        {"Eswatini", "SZ"},
        {"Swaziland", "SZ"},
        {"Cape Verde", "CV"},
        {"Cabo Verde", "CV"},
        {"Brunei", "BN"},
        {"Micronesia", "FM"},
        {"Vatican City", "VA"},
        {"Kosovo", "XK"},
        {"Curaçao", "CW"},
        {"Réunion", "RE"},
        {"São Tomé & Príncipe", "ST"},
        {"U.S. Virgin Islands", "VI"},
        {"British Virgin Islands", "VG"},
        {"Caribbean Netherlands", "BQ"},
        {"Falkland Islands (Islas Malvinas)", "FK"},
        {"Timor-Leste", "TL"},
        {"East Timor", "TL"},
    };
    for (const auto &alias : aliases)
        codes.insert(countryKey(QString::fromUtf8(alias[0])), QString::fromLatin1(alias[1]));
    return codes;
}

} // namespace

QString countryCode(const QString &name)
{
    static const QHash<QString, QString> codes = makeCountries();
    const QString value = valueOrEmpty(name);
    if (value.isEmpty())
        return QString();
    return codes.value(countryKey(value));
}

} // namespace raycstr::ga4

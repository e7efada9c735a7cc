#include "format.h"

#include "ui/text/countrynames.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>
#include <optional>

namespace raycstr::ui {

namespace {
// tr() for the free functions below, under one context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(raycstr::ui::format)
};
} // namespace

// Numbers through QLocale (decimal and group separators); units and abbreviations through the
// translation, which also decides the spacing ("1.2k", "1,2 Tsd.", "46 %").
QString format::none()
{
    return QStringLiteral("–");
}

QString format::count(qint64 n)
{
    const double v = double(n);
    if (std::abs(v) >= 1e6)
        return Tr::tr("%1M", "millions, abbreviated")
            .arg(QLocale().toString(v / 1e6, 'f', v >= 1e7 ? 1 : 2));
    if (std::abs(v) >= 1e4)
        return Tr::tr("%1k", "thousands, abbreviated")
            .arg(QLocale().toString(v / 1e3, 'f', v >= 1e5 ? 0 : 1));
    return QLocale().toString(n);
}

QString format::number(qint64 n)
{
    return QLocale().toString(n);
}

QString format::duration(double secs)
{
    const qint64 s = qint64(std::llround(secs));
    if (s < 60)
        return Tr::tr("%1s", "seconds").arg(s);
    if (s < 3600)
        return Tr::tr("%1m %2s", "minutes and seconds").arg(s / 60).arg(s % 60);
    return Tr::tr("%1h %2m", "hours and minutes").arg(s / 3600).arg((s % 3600) / 60);
}

QString format::percent(double value, int decimals)
{
    return Tr::tr("%1%", "a percentage").arg(QLocale().toString(value, 'f', decimals));
}

std::optional<double> format::change(double current, double previous)
{
    if (previous <= 0)
        return std::nullopt;
    return 100.0 * (current - previous) / previous;
}

QString format::fieldValue(const QString &field, const QString &value)
{
    if (field == QLatin1String("country") && value.size() == 2) {
        // ISO 3166 code → the territory's name ("DE" → "Germany"), in the UI's language.
        if (const QString name = countryName(value); !name.isEmpty())
            return name;
    }
    if (field == QLatin1String("device")) {
        // The values deviceTypeName() stores (core/event.cpp).
        if (value == QLatin1String("Desktop"))
            return Tr::tr("Desktop", "device type");
        if (value == QLatin1String("Mobile"))
            return Tr::tr("Mobile", "device type");
        if (value == QLatin1String("Tablet"))
            return Tr::tr("Tablet", "device type");
    }
    if (!value.isEmpty())
        return value;
    if (field == QLatin1String("source") || field == QLatin1String("referrer"))
        return Tr::tr("Direct / None");
    return Tr::tr("(none)");
}

QString format::fieldTitle(const QString &field)
{
    static const QList<QPair<const char *, const char *>> titles = {
        {"page", QT_TRANSLATE_NOOP("raycstr::ui::format", "Page")},
        {"entry_page", QT_TRANSLATE_NOOP("raycstr::ui::format", "Entry page")},
        {"exit_page", QT_TRANSLATE_NOOP("raycstr::ui::format", "Exit page")},
        {"source", QT_TRANSLATE_NOOP("raycstr::ui::format", "Source")},
        {"referrer", QT_TRANSLATE_NOOP("raycstr::ui::format", "Referrer")},
        {"utm_source", QT_TRANSLATE_NOOP("raycstr::ui::format", "UTM source")},
        {"utm_medium", QT_TRANSLATE_NOOP("raycstr::ui::format", "UTM medium")},
        {"utm_campaign", QT_TRANSLATE_NOOP("raycstr::ui::format", "UTM campaign")},
        {"country", QT_TRANSLATE_NOOP("raycstr::ui::format", "Country")},
        {"device", QT_TRANSLATE_NOOP("raycstr::ui::format", "Device")},
        {"browser", QT_TRANSLATE_NOOP("raycstr::ui::format", "Browser")},
        {"os", QT_TRANSLATE_NOOP("raycstr::ui::format", "Operating system")},
        {"hostname", QT_TRANSLATE_NOOP("raycstr::ui::format", "Hostname")},
        {"event_name", QT_TRANSLATE_NOOP("raycstr::ui::format", "Event")},
    };
    for (const auto &t : titles)
        if (field == QLatin1String(t.first))
            return QCoreApplication::translate("raycstr::ui::format", t.second);
    return field;
}

VitalThresholds vitalThresholds(const QString &metric)
{
    if (metric == QLatin1String("LCP"))
        return {2500, 4000};
    if (metric == QLatin1String("INP"))
        return {200, 500};
    if (metric == QLatin1String("CLS"))
        return {0.1, 0.25};
    if (metric == QLatin1String("FCP"))
        return {1800, 3000};
    return {800, 1800}; // TTFB
}

VitalRating rateVital(const QString &metric, double value)
{
    const VitalThresholds t = vitalThresholds(metric);
    if (value <= t.good)
        return VitalRating::Good;
    return value <= t.poor ? VitalRating::NeedsImprovement : VitalRating::Poor;
}

QString formatVital(const QString &metric, double value)
{
    if (metric == QLatin1String("CLS"))
        return QLocale().toString(value, 'f', 2);
    if (value >= 1000)
        return Tr::tr("%1 s").arg(QLocale().toString(value / 1000.0, 'f', 2));
    return Tr::tr("%1 ms").arg(QLocale().toString(value, 'f', 0));
}

QString vitalName(const QString &metric)
{
    if (metric == QLatin1String("LCP"))
        return Tr::tr("Largest Contentful Paint");
    if (metric == QLatin1String("INP"))
        return Tr::tr("Interaction to Next Paint");
    if (metric == QLatin1String("CLS"))
        return Tr::tr("Cumulative Layout Shift");
    if (metric == QLatin1String("FCP"))
        return Tr::tr("First Contentful Paint");
    return Tr::tr("Time to First Byte");
}

bool theme::isDark(const QPalette &p)
{
    return p.color(QPalette::Window).lightness() < 128;
}

QColor theme::accent(const QPalette &p)
{
    return isDark(p) ? QColor(0x7c, 0x9c, 0xff) : QColor(0x4f, 0x46, 0xe5);
}

QColor theme::secondary(const QPalette &p)
{
    return isDark(p) ? QColor(0x5e, 0xd3, 0xc4) : QColor(0x0d, 0x94, 0x88);
}

QColor theme::positive(const QPalette &p)
{
    return isDark(p) ? QColor(0x4a, 0xde, 0x80) : QColor(0x16, 0x85, 0x3d);
}

QColor theme::negative(const QPalette &p)
{
    return isDark(p) ? QColor(0xf8, 0x71, 0x71) : QColor(0xc0, 0x26, 0x26);
}

QColor theme::warning(const QPalette &p)
{
    return isDark(p) ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x53, 0x09);
}

QColor theme::rating(VitalRating r, const QPalette &p)
{
    switch (r) {
    case VitalRating::Good:
        return positive(p);
    case VitalRating::NeedsImprovement:
        return warning(p);
    case VitalRating::Poor:
        break;
    }
    return negative(p);
}

QColor theme::cardBackground(const QPalette &p)
{
    const QColor base = p.color(QPalette::Base);
    return isDark(p) ? base.lighter(125) : base;
}

QColor theme::border(const QPalette &p)
{
    QColor c = p.color(QPalette::WindowText);
    c.setAlphaF(isDark(p) ? 0.18f : 0.12f);
    return c;
}

QColor theme::muted(const QPalette &p)
{
    QColor c = p.color(QPalette::WindowText);
    c.setAlphaF(0.62f);
    return c;
}

QColor theme::barFill(const QPalette &p)
{
    QColor c = accent(p);
    c.setAlphaF(isDark(p) ? 0.30f : 0.14f);
    return c;
}

} // namespace raycstr::ui

#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace raycstr::ui {

// How numbers read on the dashboard, in one place: 754 s → "12m 34s". Counts follow one
// rule per place so a column never mixes "10.1k" with "7,483": a table column shows every
// count in full with the locale's separators (number()), a KPI card or a chart's axis,
// where one number stands alone, abbreviates it (count()).
namespace format {
// Compact: 754 → "754", 12345 → "12.3k", 2500000 → "2.50M" (German: "12,3 Tsd.").
QString count(qint64 n);
// In full, for table cells: 12345 → "12,345" (German: "12.345").
QString number(qint64 n);
// What stands where a number has no value (no data yet, no visit to take a rate of): "–".
QString none();
QString duration(double secs);
QString percent(double value, int decimals = 1);
// Relative change from `previous` to `current` in percent; nullopt without a base.
std::optional<double> change(double current, double previous);
// A field's value as shown: "" becomes "(none)", "Direct / None" for sources.
QString fieldValue(const QString &field, const QString &value);
QString fieldTitle(const QString &field);
} // namespace format

// Web Vitals thresholds (web.dev): good up to the first, poor above the second.
enum class VitalRating { Good, NeedsImprovement, Poor };
struct VitalThresholds
{
    double good;
    double poor;
};
VitalThresholds vitalThresholds(const QString &metric);
VitalRating rateVital(const QString &metric, double value);
// "2.4 s", "180 ms", "0.08".
QString formatVital(const QString &metric, double value);
QString vitalName(const QString &metric);

// Colours that read on both light and dark palettes.
namespace theme {
bool isDark(const QPalette &palette);
QColor accent(const QPalette &palette); // visitors line, bars
QColor secondary(const QPalette &palette); // pageviews line
QColor positive(const QPalette &palette);
QColor negative(const QPalette &palette);
QColor warning(const QPalette &palette);
QColor rating(VitalRating r, const QPalette &palette);
QColor cardBackground(const QPalette &palette);
QColor border(const QPalette &palette);
QColor muted(const QPalette &palette);
QColor barFill(const QPalette &palette);
} // namespace theme

} // namespace raycstr::ui

#pragma once

#include <QString>
#include <QStringList>

namespace raycstr::ui {

// A country's name in the UI's language from its ISO 3166-1 code, as GeoIP reports it
// ("DE" → "Germany", "Deutschland", "Allemagne", "Alemania"); empty for an unknown code.
// QLocale::territoryToString() only knows English.
QString countryName(const QString &code);
// The codes whose name in the UI's language contains `text` (case-insensitive), or which are
// `text`: what a search for "germ" or "de" means in a table of countries.
QStringList countryCodesMatching(const QString &text);

} // namespace raycstr::ui

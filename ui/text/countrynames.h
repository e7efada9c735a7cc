#pragma once

#include <QString>

namespace raycstr::ui {

// A country's name in the UI's language from its ISO 3166-1 code, as GeoIP reports it
// ("DE" → "Germany", "Deutschland", "Allemagne", "Alemania"); empty for an unknown code.
// QLocale::territoryToString() only knows English.
QString countryName(const QString &code);

} // namespace raycstr::ui

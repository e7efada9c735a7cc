#pragma once

#include <QString>

namespace raycstr {
class Clock;
}

namespace raycstr::ui {

// Renders each main screen (dashboard, live view, settings, first run, remote connect) of
// the data in `dataDir` at 1280×800 to PNG files in `outDir`, offscreen. A few live
// visits are sent through the embedded collector's engine first, so the live view has
// something to show. `language` ("de"), when given, goes into the file names
// (dashboard-de.png); the caller has installed its translation. Returns a process exit code.
int renderScreens(const QString &outDir, const QString &dataDir, bool dark, const Clock *clock,
                  const QString &language = QString());

// Light or dark Fusion palette (the screenshots do not depend on the desktop's theme).
void applyPalette(bool dark);

} // namespace raycstr::ui

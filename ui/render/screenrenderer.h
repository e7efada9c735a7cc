#pragma once

#include <QSize>
#include <QString>

namespace raycstr {
class Clock;
}

namespace raycstr::ui {

// Renders each main screen (dashboard, live view, settings, first run, remote connect) of
// the data in `dataDir` at `size` (the window) to PNG files in `outDir`, offscreen. A few
// live visits are sent through the embedded collector's engine first, so the live view has
// something to show. `language` ("de"), when given, goes into the file names
// (dashboard-de.png), and so does a size other than 1280×800 (dashboard-960x640.png); the
// caller has installed its translation. Returns a process exit code.
int renderScreens(const QString &outDir, const QString &dataDir, bool dark, const Clock *clock,
                  const QString &language = QString(), QSize size = QSize(1280, 800));

// Light or dark Fusion palette (the screenshots do not depend on the desktop's theme).
void applyPalette(bool dark);

} // namespace raycstr::ui

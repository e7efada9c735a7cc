#pragma once

#include <QString>

namespace raycstr::ui {

class MainWindow;

// The screenshots of issue 20's time zones and sites and issue 17's Import…, with a loaded
// dashboard: the first-run wizard's site page with its time zone ("first-run-zone"),
// Settings' time zone card ("settings-zone"), the site picker open ("site-picker"), the
// import dialog ("import-dialog"), its progress ("import-progress") and summary
// ("import-summary") of a generated access log imported into days before the demo data,
// and the dashboard's notice of the imported range ("imported-notice"). Each at the
// window's size. False when one could not be written.
bool renderImportScreens(MainWindow *window, const QString &outDir, const QString &suffix);

} // namespace raycstr::ui

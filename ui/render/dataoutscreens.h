#pragma once

#include <QString>

namespace raycstr::ui {

class MainWindow;

// The screenshots of data out (issue 18), with a loaded dashboard: the File menu with
// Export dashboard… ("export-menu"), the export's file dialog ("export-dialog") and its
// progress ("export-progress"), Settings → Reports and alerts with demo alerts and mail
// settings ("reports-alerts") and the alert dialog ("alert-dialog"), each at the window's
// size (dialogs and menus drawn over the window where they open). Nothing is sent or
// written outside a temporary folder. False when one could not be written.
bool renderDataOutScreens(MainWindow *window, const QString &outDir, const QString &suffix);

} // namespace raycstr::ui

#pragma once

#include <QString>

namespace raycstr::ui {

class MainWindow;

// The screenshots of goals and funnels (screenrenderer.cpp calls it with a loaded
// dashboard): demo goals and a saved sign-up funnel are added to the shown site, then the
// dashboard's goals card ("goals"), its custom event drill-down ("custom-events") and the
// funnel editor ("funnel-editor") are saved as PNG. False when one could not be written.
bool renderGoalScreens(MainWindow *window, const QString &outDir, const QString &suffix);

} // namespace raycstr::ui

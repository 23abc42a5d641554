#pragma once

#include <QList>
#include <QRect>

class QDockWidget;

namespace Berth::Gui {

class MainWindow;

/// The window's layout when no saved one exists: its size on the screen, and how its docks
/// share the window so that the canvas, which a newcomer looks at first, gets the most.
namespace DefaultLayout {

/// Where the window goes on a screen with this available geometry (its frame's top left).
QRect windowGeometry(const QRect &available);
/// Sizes the docks of a window that has just been shown, and closes the run's panels.
void applyDocks(MainWindow *window);
/// The run's panels in the bottom tabs: Tasks, Events, Logs and Charts.
QList<QDockWidget *> runPanels(const MainWindow *window);

} // namespace DefaultLayout

} // namespace Berth::Gui

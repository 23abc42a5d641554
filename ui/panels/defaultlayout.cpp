#include "ui/panels/defaultlayout.h"

#include "ui/mainwindow.h"
#include "ui/panels/outlinepanel.h"
#include "ui/panels/palettepanel.h"
#include "ui/panels/problemspanel.h"
#include "ui/panels/propertypanel.h"
#include "ui/run/eventspanel.h"
#include "ui/run/logspanel.h"
#include "ui/run/runcharts.h"
#include "ui/run/runmode.h"
#include "ui/run/taskspanel.h"

#include <QDockWidget>
#include <QStyle>
#include <QTabBar>

#include <algorithm>

namespace Berth::Gui::DefaultLayout {

namespace {

QDockWidget *dockOf(QWidget *panel)
{
    return qobject_cast<QDockWidget *>(panel->parentWidget());
}

/// The height of the tab bar under a dock, when it shares its place with others.
int tabBarUnder(const MainWindow *window, const QDockWidget *dock)
{
    for (QTabBar *bar : window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i) == dock->windowTitle())
                return bar->sizeHint().height();
        }
    }
    return 0;
}

} // namespace

QRect windowGeometry(const QRect &available)
{
    // 85 % of the screen, as a window that is not maximized, with some desktop around it; a
    // small screen (a 1366x768 laptop) gets nearly all of it, less the frame's title bar.
    const QSize room = available.size() - QSize(16, 48);
    const QSize size =
        (QSizeF(available.size()) * 0.85).toSize().expandedTo({1280, 800}).boundedTo(room);
    return {QPoint(available.left() + (available.width() - size.width()) / 2,
                   available.top() + std::max(0, (room.height() - size.height()) / 2)),
            size};
}

void applyDocks(MainWindow *window)
{
    PalettePanel *paletteList = window->palette();
    ProblemsPanel *problemsList = window->problems();
    QDockWidget *palette = dockOf(paletteList);
    QDockWidget *outline = dockOf(window->outline());
    QDockWidget *properties = dockOf(window->properties());
    QDockWidget *problems = dockOf(problemsList);
    // The run's panels share the bottom tabs and the charts need 200 px and more: they stay
    // closed until a run starts, so that the bottom is no taller than the Problems need.
    for (QDockWidget *d : runPanels(window))
        d->hide();
    // Problems open three rows high: a clean design shows the header and "No problems", a
    // design with findings shows the first ones; the status bar has the counts either way.
    // A tabbed dock's size is its tabs' bar and all.
    const int problemsHeight = problems->height() - problemsList->height() +
                               problemsList->heightForRows(3) + tabBarUnder(window, problems);
    window->resizeDocks({problems}, {problemsHeight}, Qt::Vertical);
    // The canvas is what a newcomer looks at: the side panels give up width on a small window,
    // down to what the palette's names need and the widest form, a service's, whose buttons
    // and fields ask for 350 px of the panel's 390 with a 9 pt font.
    const int paletteWidth = paletteList->sizeHintForColumn(0) + 2 * paletteList->frameWidth() +
                             window->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int width = window->width();
    window->resizeDocks({palette, properties},
                        {std::clamp(width * 13 / 100, paletteWidth, std::max(paletteWidth, 260)),
                         std::clamp(width * 24 / 100, 390, 440)},
                        Qt::Horizontal);
    // The palette shows all its entries and the outline gets the rest of the side, once the
    // layout has given the side its height.
    const int paletteHeight =
        palette->height() - paletteList->height() + 2 * paletteList->frameWidth() +
        paletteList->count() * (paletteList->sizeHintForRow(0) + 2 * paletteList->spacing());
    QMetaObject::invokeMethod(
        window,
        [window, palette, outline, paletteHeight] {
            const int side = palette->height() + outline->height();
            window->resizeDocks({palette, outline}, {paletteHeight, side - paletteHeight},
                                Qt::Vertical);
        },
        Qt::QueuedConnection);
}

QList<QDockWidget *> runPanels(const MainWindow *window)
{
    const RunMode *run = window->runMode();
    QList<QDockWidget *> docks;
    const QList<QWidget *> panels{run->tasks(), run->events(), run->logs(), run->charts()};
    for (QWidget *panel : panels) {
        if (QDockWidget *d = RunMode::dockOf(panel))
            docks << d;
    }
    return docks;
}

} // namespace Berth::Gui::DefaultLayout

#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

namespace Berth::Gui {

/// The main window's actions with their shortcuts, icons and menus. The window connects
/// them; keeping them here keeps the window about layout and wiring.
class WindowActions final : public QObject
{
    Q_OBJECT
public:
    explicit WindowActions(QMainWindow *window);

    void createMenus(QMenu *panels);
    QToolBar *createToolBar();
    void refreshIcons();

    QMenu *recentMenu = nullptr;
    QMenu *addMenu = nullptr;
    QMenu *panelsMenu = nullptr;
    QMenu *languageMenu = nullptr; ///< View > Language: one checkable action per language

    QAction *newProject;
    QAction *open;
    QAction *save;
    QAction *saveAs;
    QAction *importFile;
    QAction *importClipboard;
    QAction *exportJson;
    QAction *buildPush;
    QAction *deploySwarm;
    QAction *quit;

    QAction *undo;
    QAction *redo;
    QAction *cut;
    QAction *copy;
    QAction *paste;
    QAction *duplicate;
    QAction *remove;
    QAction *selectAll;

    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomReset;
    QAction *fit;
    QAction *snap;
    QAction *grid;
    QAction *autoLayout;

    QAction *validate;
    QAction *plan;

    QAction *run;
    QAction *stopRun;
    QAction *down;
    QAction *runTask;

    QAction *secrets; ///< opens the Secrets dialog itself
    QAction *labs;    ///< Help > Labs...: the labs that come with Berth
    QAction *about;
    QAction *aboutQt;

private:
    void createLanguageMenu(QMenu *view);
    QAction *make(const QString &text, const QString &icon, const QKeySequence &shortcut,
                  const QString &tip);

    QMainWindow *m_window;
};

} // namespace Berth::Gui

#include "ui/windowactions.h"

#include "model/project.h"
#include "ui/icons.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/secrets/secretsdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>

namespace Berth::Gui {

WindowActions::WindowActions(QMainWindow *window) : QObject(window), m_window(window)
{
    newProject = make(tr("&New Project"), QStringLiteral("document-new"), QKeySequence::New,
                      tr("Start an empty design"));
    open = make(tr("&Open…"), QStringLiteral("document-open"), QKeySequence::Open,
                tr("Open a .berth project"));
    save = make(tr("&Save"), QStringLiteral("document-save"), QKeySequence::Save,
                tr("Save the project"));
    saveAs = make(tr("Save &As…"), {}, QKeySequence::SaveAs, tr("Save under another name"));
    importFile = make(tr("&Import Task Definition…"), QStringLiteral("import"),
                      QKeySequence(Qt::CTRL | Qt::Key_I),
                      tr("Add an ECS task definition JSON file as a new revision"));
    importClipboard =
        make(tr("Import from &Clipboard"), {}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
             tr("Add the task definition JSON on the clipboard"));
    const QKeySequence exportKey(Qt::CTRL | Qt::Key_E);
    exportJson = make(tr("&Export ECS JSON…"), QStringLiteral("export"), exportKey,
                      tr("Write register-task-definition and create-service inputs"));
    deploySwarm = make(tr("&Deploy to Swarm…"), {}, {},
                       tr("Deploy the design to a Docker Swarm and watch it converge"));
    buildPush = make(tr("&Build and Push Image…"), {}, {},
                     tr("Build a folder's Dockerfile and push the image to an ECR repository "
                        "of the design, served by the local registry"));
    quit = make(tr("&Quit"), {}, QKeySequence::Quit, tr("Close Berth"));

    undo = make(tr("&Undo"), QStringLiteral("edit-undo"), QKeySequence::Undo, {});
    redo = make(tr("&Redo"), QStringLiteral("edit-redo"), QKeySequence::Redo, {});
    cut = make(tr("Cu&t"), {}, QKeySequence::Cut, tr("Copy the selection and delete it"));
    copy = make(tr("&Copy"), QStringLiteral("edit-copy"), QKeySequence::Copy,
                tr("Copy the selection"));
    paste = make(tr("&Paste"), QStringLiteral("edit-paste"), QKeySequence::Paste,
                 tr("Paste copied items, or a task definition's JSON"));
    duplicate = make(tr("D&uplicate"), {}, QKeySequence(Qt::CTRL | Qt::Key_D),
                     tr("Copy and paste the selection in one step"));
    remove = make(tr("&Delete"), QStringLiteral("edit-delete"), QKeySequence::Delete,
                  tr("Delete the selected items or links"));
    selectAll = make(tr("Select &All"), {}, QKeySequence::SelectAll, {});

    zoomIn = make(tr("Zoom &In"), QStringLiteral("zoom-in"), QKeySequence::ZoomIn, {});
    zoomOut = make(tr("Zoom &Out"), QStringLiteral("zoom-out"), QKeySequence::ZoomOut, {});
    zoomReset = make(tr("&Actual Size"), QStringLiteral("zoom-original"),
                     QKeySequence(Qt::CTRL | Qt::Key_0), {});
    fit = make(tr("&Fit to Window"), QStringLiteral("zoom-fit"),
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), tr("Show the whole design"));
    snap = make(tr("&Snap to Grid"), QStringLiteral("snap-grid"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), tr("Move items in grid steps"));
    snap->setCheckable(true);
    grid = make(tr("Show &Grid"), {}, {}, {});
    grid->setCheckable(true);
    autoLayout = make(tr("Arrange &Automatically"), QStringLiteral("auto-layout"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                      tr("Lay the whole design out again (undoable)"));

    validate = make(tr("&Validate"), QStringLiteral("validate"), QKeySequence(Qt::Key_F7),
                    tr("Check the design against ECS's rules now"));
    plan = make(tr("&Plan Placement"), QStringLiteral("plan"), QKeySequence(Qt::Key_F8),
                tr("Show where every task would be placed"));
    secrets = make(tr("&Secrets…"), {}, {}, tr("Set the values behind the design's secrets"));
    connect(secrets, &QAction::triggered, this, [this] {
        if (auto *w = qobject_cast<MainWindow *>(m_window))
            SecretsDialog::showFor(w, w->project()->data());
    });
    run = make(tr("&Run"), {}, QKeySequence(Qt::Key_F5),
               tr("Run the design on the local Docker engine"));
    stopRun = make(tr("&Stop"), {}, QKeySequence(Qt::SHIFT | Qt::Key_F5),
                   tr("Stop every task of the run"));
    down = make(tr("&Down"), {}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5),
                tr("Stop the run and remove every container the project started"));
    runTask = make(tr("Run &Task…"), {}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                   tr("Run a standalone task with command and environment overrides"));
    QStyle *style = m_window->style();
    run->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start"),
                                  style->standardIcon(QStyle::SP_MediaPlay)));
    stopRun->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-stop"),
                                      style->standardIcon(QStyle::SP_MediaStop)));
    down->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear"),
                                   style->standardIcon(QStyle::SP_TrashIcon)));
    labs = make(tr("&Labs..."), {}, {}, {});
    about = make(tr("&About Berth"), {}, {}, {});
    aboutQt = make(tr("About &Qt"), {}, {}, {});
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QAction *WindowActions::make(const QString &text, const QString &icon, const QKeySequence &shortcut,
                             const QString &tip)
{
    auto *action = new QAction(text, m_window);
    if (!icon.isEmpty()) {
        action->setIcon(Icons::action(icon));
        action->setProperty("berthIcon", icon);
    }
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (!tip.isEmpty()) {
        action->setStatusTip(tip);
        action->setToolTip(
            shortcut.isEmpty()
                ? tip
                : tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    }
    m_window->addAction(action);
    return action;
}

void WindowActions::refreshIcons()
{
    for (QAction *action : m_window->findChildren<QAction *>()) {
        const QString icon = action->property("berthIcon").toString();
        if (!icon.isEmpty())
            action->setIcon(Icons::action(icon));
    }
}

void WindowActions::createMenus(QMenu *panels)
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(newProject);
    file->addAction(open);
    recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(save);
    file->addAction(saveAs);
    file->addSeparator();
    file->addAction(importFile);
    file->addAction(importClipboard);
    file->addAction(exportJson);
    file->addAction(deploySwarm);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(cut);
    edit->addAction(copy);
    edit->addAction(paste);
    edit->addAction(duplicate);
    edit->addAction(remove);
    edit->addSeparator();
    edit->addAction(selectAll);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(zoomIn);
    view->addAction(zoomOut);
    view->addAction(zoomReset);
    view->addAction(fit);
    view->addSeparator();
    view->addAction(snap);
    view->addAction(grid);
    view->addSeparator();
    view->addMenu(panels);
    panelsMenu = panels;
    createLanguageMenu(view);

    QMenu *design = bar->addMenu(tr("&Design"));
    addMenu = design->addMenu(tr("&Add"));
    design->addAction(autoLayout);
    design->addSeparator();
    design->addAction(validate);
    design->addAction(plan);
    design->addAction(secrets);
    design->addAction(buildPush);

    QMenu *runMenu = bar->addMenu(tr("&Run"));
    runMenu->addAction(run);
    runMenu->addAction(stopRun);
    runMenu->addAction(down);
    runMenu->addSeparator();
    runMenu->addAction(runTask);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(labs);
    help->addSeparator();
    help->addAction(about);
    help->addAction(aboutQt);
}

void WindowActions::createLanguageMenu(QMenu *view)
{
    languageMenu = view->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(languageMenu);
    for (const QString &code : Language::codes()) {
        QAction *action = languageMenu->addAction(Language::nativeName(code));
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == Language::current());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            Language::save(code);
            const QString environment = Language::environment();
            if (!environment.isEmpty() && environment != code) {
                QMessageBox::information(
                    m_window, tr("Language"),
                    tr("BERTH_LANG=%1 is set on this machine and chooses the language before "
                       "this menu does; Berth keeps speaking %2.")
                        .arg(environment, Language::nativeName(environment)));
                return;
            }
            if (code == Language::current())
                return;
            // Every text is set once, when its widget is made; a restart redraws them all.
            QMessageBox::information(
                m_window, tr("Language"),
                tr("Berth will speak %1 from its next start.").arg(Language::nativeName(code)));
        });
    }
}

QToolBar *WindowActions::createToolBar()
{
    QToolBar *bar = m_window->addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addAction(newProject);
    bar->addAction(open);
    bar->addAction(save);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    bar->addAction(copy);
    bar->addAction(paste);
    bar->addAction(remove);
    bar->addSeparator();
    bar->addAction(zoomOut);
    bar->addAction(zoomIn);
    bar->addAction(fit);
    bar->addAction(snap);
    bar->addAction(autoLayout);
    bar->addSeparator();
    bar->addAction(importFile);
    bar->addAction(exportJson);
    bar->addAction(validate);
    bar->addAction(plan);
    bar->addSeparator();
    bar->addAction(run);
    bar->addAction(stopRun);
    bar->addAction(down);
    return bar;
}

} // namespace Berth::Gui

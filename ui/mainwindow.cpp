#include "ui/mainwindow.h"

#include "model/designedits.h"
#include "model/labs/lab.h"
#include "model/project.h"
#include "ui/canvas/autolayout.h"
#include "ui/canvas/canvasview.h"
#include "ui/canvas/nodeitem.h"
#include "ui/canvas/projectscene.h"
#include "ui/clipboardfragment.h"
#include "ui/commands/projecteditor.h"
#include "ui/diagnosticlocator.h"
#include "ui/editors/entityform.h"
#include "ui/editors/taskdefinitionform.h"
#include "ui/files/documentcontroller.h"
#include "ui/files/exportdialog.h"
#include "ui/files/buildpushdialog.h"
#include "ui/files/swarmdeploydialog.h"
#include "ui/icons.h"
#include "ui/labs/labpanel.h"
#include "ui/labs/labsdialog.h"
#include "ui/panels/defaultlayout.h"
#include "ui/panels/outlinepanel.h"
#include "ui/panels/palettepanel.h"
#include "ui/panels/problemspanel.h"
#include "ui/panels/propertypanel.h"
#include "ui/plan/planview.h"
#include "ui/run/runbanner.h"
#include "ui/run/runmode.h"
#include "ui/windowactions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCursor>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <utility>

namespace Berth::Gui {

using Model::EntityKind;
using Model::EntityRef;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_project(new Model::Project(this)),
      m_editor(new ProjectEditor(m_project, this)), m_scene(new ProjectScene(m_editor, this)),
      m_view(new CanvasView(m_scene, this)), m_planView(new PlanView(m_editor, this)),
      m_tabs(new QTabWidget(this)), m_palette(new PalettePanel(this)),
      m_outline(new OutlinePanel(m_project, this)), m_problems(new ProblemsPanel(m_project, this)),
      m_properties(new PropertyPanel(m_editor, this)), m_history(new QUndoView(this)),
      m_documents(new DocumentController(m_editor, this)), m_actions(new WindowActions(this)),
      m_countsLabel(new QLabel(this)), m_zoomLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(
        QIcon::fromTheme(QStringLiteral("io.berth.Berth"), Icons::entity(EntityKind::Cluster)));
    m_tabs->setObjectName(QStringLiteral("views"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabPosition(QTabWidget::South);
    m_tabs->addTab(m_view, Icons::entity(EntityKind::Cluster), tr("Design"));
    m_tabs->addTab(m_planView, Icons::action(QStringLiteral("plan")), tr("Plan"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    m_history->setStack(m_editor->undoStack());
    m_history->setEmptyLabel(tr("<opened>"));

    createDocks();
    connectActions();
    connectSelection();
    m_run = new RunMode(this);
    // Run is disabled for as long as a run lasts.
    connect(m_actions->run, &QAction::enabledChanged, this, [this](bool idle) {
        if (!idle)
            openRunPanels();
    });
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_run->banner());
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_view, &CanvasView::zoomChanged, this,
            [this](qreal z) { m_zoomLabel->setText(tr("%1 %").arg(qRound(z * 100))); });
    m_zoomLabel->setText(tr("100 %"));
    connect(m_problems, &ProblemsPanel::countsChanged, this, &MainWindow::showCounts);
    connect(m_problems, &ProblemsPanel::diagnosticsChanged, m_scene, &ProjectScene::setDiagnostics);
    connect(m_problems, &ProblemsPanel::diagnosticActivated, this, &MainWindow::showDiagnostic);
    m_scene->setDiagnostics(m_problems->diagnostics());
    showCounts(Model::errorCount(m_problems->diagnostics()), 0);
    connect(m_scene, &ProjectScene::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_documents, &DocumentController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_documents, &DocumentController::opened, this, [this] {
        m_pasteCount = 0;
        m_view->showContentsReadable();
    });
    connect(m_documents, &DocumentController::imported, this,
            [this](const QString &family) { selectEntity(EntityRef::taskDefinition(family)); });
    connect(m_documents, &DocumentController::recentFilesChanged, this,
            &MainWindow::updateRecentMenu);
    connect(m_editor, &ProjectEditor::refused, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_project, &Model::Project::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_project, &Model::Project::fileNameChanged, this, &MainWindow::updateTitle);

    m_documents->newProject();
    updateTitle();
    updateRecentMenu();
    updateActions();
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // The canvas goes first: its items refer to the project, which goes with the children.
    delete m_view;
    delete m_scene;
}

void MainWindow::createDocks()
{
    const auto dock = [this](const QString &title, const QString &name, QWidget *widget,
                             Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget *palette =
        dock(tr("Palette"), QStringLiteral("paletteDock"), m_palette, Qt::LeftDockWidgetArea);
    QDockWidget *outline =
        dock(tr("Outline"), QStringLiteral("outlineDock"), m_outline, Qt::LeftDockWidgetArea);
    splitDockWidget(palette, outline, Qt::Vertical);
    QDockWidget *properties = dock(tr("Properties"), QStringLiteral("propertiesDock"), m_properties,
                                   Qt::RightDockWidgetArea);
    QDockWidget *problems =
        dock(tr("Problems"), QStringLiteral("problemsDock"), m_problems, Qt::BottomDockWidgetArea);
    QDockWidget *history =
        dock(tr("History"), QStringLiteral("historyDock"), m_history, Qt::BottomDockWidgetArea);
    m_lab = new LabPanel(m_editor, this);
    QDockWidget *lab = dock(tr("Lab"), QStringLiteral("labDock"), m_lab, Qt::RightDockWidgetArea);
    // Beside the properties, at their full height: the step's text needs the room.
    tabifyDockWidget(properties, lab);
    properties->raise();
    lab->hide();
    tabifyDockWidget(problems, history);
    problems->raise();

    auto *panels = new QMenu(tr("&Panels"), this);
    for (QDockWidget *d : {palette, outline, properties, problems, history, lab})
        panels->addAction(d->toggleViewAction());
    m_actions->createMenus(panels);
    m_actions->createToolBar();
    for (EntityKind kind : PalettePanel::kinds()) {
        QAction *add =
            m_actions->addMenu->addAction(Icons::entity(kind), Model::DesignEdits::kindName(kind));
        connect(add, &QAction::triggered, this, [this, kind] {
            m_view->setPlacementKind(kind);
            statusBar()->showMessage(tr("Click on the canvas to place the %1; Esc cancels.")
                                         .arg(Model::DesignEdits::kindName(kind)));
        });
    }
}

void MainWindow::connectActions()
{
    WindowActions *a = m_actions;
    QUndoStack *stack = m_editor->undoStack();
    connect(a->newProject, &QAction::triggered, this, [this] {
        if (m_documents->maybeSave())
            m_documents->newProject();
    });
    connect(a->open, &QAction::triggered, m_documents, &DocumentController::open);
    connect(a->save, &QAction::triggered, m_documents, &DocumentController::save);
    connect(a->saveAs, &QAction::triggered, m_documents, &DocumentController::saveAs);
    connect(a->importFile, &QAction::triggered, m_documents, &DocumentController::importDialog);
    connect(a->importClipboard, &QAction::triggered, m_documents,
            &DocumentController::importFromClipboard);
    connect(a->exportJson, &QAction::triggered, this, [this] {
        ExportDialog dialog(m_editor->data(), this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Exported to %1").arg(dialog.directory()), 8000);
    });
    connect(a->buildPush, &QAction::triggered, this, [this] {
        const EntityRef selected = m_properties->entity();
        BuildPushDialog dialog(m_editor->data(),
                               selected.kind == Model::EntityKind::Repository ? selected.name
                                                                              : QString(),
                               this);
        dialog.exec();
    });
    connect(a->deploySwarm, &QAction::triggered, this, [this] {
        SwarmDeployDialog dialog(m_editor->data(), this);
        dialog.exec();
    });
    connect(a->quit, &QAction::triggered, this, &QWidget::close);

    connect(a->undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(a->redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, a->undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, a->redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, [a](const QString &text) {
        a->undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, this, [a](const QString &text) {
        a->redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    a->undo->setEnabled(false);
    a->redo->setEnabled(false);

    connect(a->copy, &QAction::triggered, this, &MainWindow::copySelection);
    connect(a->cut, &QAction::triggered, this, [this] {
        copySelection();
        m_scene->deleteSelection();
    });
    connect(a->paste, &QAction::triggered, this, &MainWindow::pasteClipboard);
    connect(a->duplicate, &QAction::triggered, this, [this] {
        copySelection();
        pasteClipboard();
    });
    connect(a->remove, &QAction::triggered, m_scene, &ProjectScene::deleteSelection);
    connect(a->selectAll, &QAction::triggered, this, &MainWindow::selectAll);
    // Canvas shortcuts must not steal Delete, Ctrl+C... from text fields.
    for (QAction *action : {a->cut, a->copy, a->paste, a->duplicate, a->remove, a->selectAll}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
        m_outline->addAction(action);
    }

    connect(a->zoomIn, &QAction::triggered, m_view, &CanvasView::zoomIn);
    connect(a->zoomOut, &QAction::triggered, m_view, &CanvasView::zoomOut);
    connect(a->zoomReset, &QAction::triggered, m_view, &CanvasView::resetZoom);
    connect(a->fit, &QAction::triggered, m_view, &CanvasView::fitToContents);
    connect(a->snap, &QAction::toggled, m_scene, &ProjectScene::setSnapToGrid);
    connect(a->grid, &QAction::toggled, m_view, &CanvasView::showGrid);
    connect(a->autoLayout, &QAction::triggered, this, &MainWindow::arrange);
    connect(a->validate, &QAction::triggered, this, [this] {
        m_problems->refreshNow();
        if (auto *dock = qobject_cast<QDockWidget *>(m_problems->parentWidget())) {
            dock->show();
            dock->raise();
        }
    });
    connect(a->plan, &QAction::triggered, this, &MainWindow::showPlan);
    connect(m_planView, &PlanView::serviceActivated, this, [this](const QString &service) {
        showDesign();
        selectEntity(EntityRef::service(service));
    });
    connect(a->labs, &QAction::triggered, this, [this] { showLabs(); });
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_palette, &PalettePanel::placementRequested, this, [this](EntityKind kind) {
        m_view->setPlacementKind(kind);
        if (kind != EntityKind::None)
            statusBar()->showMessage(tr("Click on the canvas to place the %1; Esc cancels.")
                                         .arg(Model::DesignEdits::kindName(kind)));
    });
    connect(m_palette, &PalettePanel::placeRequested, this, [this](EntityKind kind) {
        m_view->setPlacementKind(EntityKind::None);
        m_scene->place(kind, m_view->visibleCenter());
    });
    connect(m_view, &CanvasView::placementFinished, this, [this] {
        m_palette->clearPlacement();
        statusBar()->clearMessage();
    });
}

void MainWindow::connectSelection()
{
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const QList<EntityRef> refs = m_scene->selectedRefs();
        m_outline->selectRefs(refs);
        m_properties->showSelection(refs);
        updateActions();
    });
    connect(m_outline, &OutlinePanel::selectionChangedByUser, this,
            [this](const QList<EntityRef> &refs) {
                m_scene->selectRefs(refs);
                if (!refs.isEmpty()) {
                    if (NodeItem *item = m_scene->itemFor(refs.first()))
                        m_view->ensureVisible(item, 60, 60);
                }
            });
    connect(m_outline, &OutlinePanel::activated, this, &MainWindow::selectEntity);
    connect(m_scene, &ProjectScene::activated, this, [this](const EntityRef &ref) {
        if (auto *dock = qobject_cast<QDockWidget *>(m_properties->parentWidget()))
            dock->raise();
        if (EntityForm *form = m_properties->currentForm())
            form->focusPath(QStringLiteral("$.name"));
        Q_UNUSED(ref);
    });
    connect(m_properties, &PropertyPanel::highlightRequested, m_scene,
            &ProjectScene::setHighlighted);
}

void MainWindow::showPlan()
{
    m_tabs->setCurrentWidget(m_planView);
    m_planView->replan();
}

void MainWindow::showDesign()
{
    m_tabs->setCurrentWidget(m_view);
}

void MainWindow::selectEntity(const EntityRef &ref)
{
    showDesign();
    m_scene->selectRefs({ref});
    m_properties->showEntity(ref);
    if (NodeItem *item = m_scene->itemFor(ref)) {
        m_view->ensureVisible(item, 80, 80);
    }
}

void MainWindow::showDiagnostic(const Model::Diagnostic &diagnostic)
{
    const EntityRef ref = DiagnosticLocator::entityOf(diagnostic);
    if (ref.kind == EntityKind::Project) {
        m_scene->selectRefs({});
        m_properties->showEntity(ref);
    } else {
        selectEntity(ref);
    }
    if (auto *dock = qobject_cast<QDockWidget *>(m_properties->parentWidget())) {
        dock->show();
        dock->raise();
    }
    if (ref.kind == EntityKind::TaskDefinition) {
        if (auto *form = qobject_cast<TaskDefinitionForm *>(m_properties->currentForm()))
            form->showRevision(DiagnosticLocator::revisionOf(diagnostic));
    }
    m_properties->focusPath(DiagnosticLocator::localPath(diagnostic));
    statusBar()->showMessage(diagnostic.message, 10000);
}

void MainWindow::showLabs(bool startPage)
{
    auto *dialog =
        new LabsDialog(startPage ? LabsDialog::Mode::StartPage : LabsDialog::Mode::Labs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LabsDialog::sampleChosen, this, [this](const QString &path) {
        if (m_documents->maybeSave())
            m_documents->openFile(path);
    });
    connect(dialog, &LabsDialog::labChosen, this, &MainWindow::startLab);
    dialog->open();
}

bool MainWindow::startLab(const QString &labFolder, const QString &folder, const QString &student)
{
    const Model::LabLoader::Result loaded = Model::LabLoader::load(labFolder);
    if (!loaded.ok()) {
        QMessageBox::warning(this, tr("Labs"),
                             tr("The lab in %1 does not load: %2. 'berth lab check %1' lists "
                                "every problem.")
                                 .arg(labFolder, loaded.problems.value(0).message));
        return false;
    }
    const Model::Lab &lab = *loaded.lab;
    const QString file = QDir(folder).filePath(lab.id + QStringLiteral(".berth"));
    if (!QFileInfo::exists(file)) {
        if (!QDir().mkpath(folder) || !QFile::copy(lab.designPath(), file)) {
            QMessageBox::warning(this, tr("Labs"),
                                 tr("The lab's design could not be copied to %1. Choose a "
                                    "folder you can write to.")
                                     .arg(folder));
            return false;
        }
        QFile::setPermissions(file, QFile::permissions(file) | QFile::WriteOwner);
    }
    if (!m_documents->maybeSave() || !m_documents->openFile(file))
        return false;
    m_lab->setLab(lab, file, student);
    if (auto *dock = qobject_cast<QDockWidget *>(m_lab->parentWidget())) {
        dock->show();
        dock->raise();
    }
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    return m_documents->openFile(path);
}

void MainWindow::openOrImport(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (path.endsWith(QLatin1String(".berth"), Qt::CaseInsensitive)) {
            if (m_documents->maybeSave())
                m_documents->openFile(path);
        } else {
            m_documents->importTaskDefinitionFile(path);
        }
    }
}

void MainWindow::copySelection()
{
    const QList<EntityRef> refs = m_scene->selectedRefs();
    if (refs.isEmpty())
        return;
    QApplication::clipboard()->setMimeData(
        ClipboardFragment::toMimeData(ClipboardFragment::copy(m_editor->data(), refs)));
    m_pasteCount = 0;
    statusBar()->showMessage(tr("Copied %n item(s)", nullptr, int(refs.size())), 4000);
}

bool MainWindow::pasteClipboard()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    const QJsonObject fragment = ClipboardFragment::fromMimeData(mime);
    if (fragment.isEmpty()) {
        // A task definition's JSON copied from the AWS console or a file.
        if (mime && mime->hasText() && mime->text().contains(QLatin1String("containerDefinitions")))
            return m_documents->importFromClipboard();
        statusBar()->showMessage(tr("The clipboard holds nothing Berth can paste."), 5000);
        return false;
    }
    QString cluster;
    const QList<EntityRef> selected = m_scene->selectedRefs();
    if (selected.size() == 1 && selected.first().kind == EntityKind::Cluster)
        cluster = selected.first().name;
    else if (selected.size() == 1 && selected.first().kind == EntityKind::ContainerInstance)
        cluster = selected.first().parent;
    ++m_pasteCount;
    QList<EntityRef> added;
    m_editor->edit(tr("Paste"), [&](Model::ProjectData &d) {
        added = ClipboardFragment::paste(d, fragment, QPointF(40, 40) * m_pasteCount, cluster);
    });
    m_scene->selectRefs(added);
    return !added.isEmpty();
}

void MainWindow::selectAll()
{
    QList<EntityRef> refs;
    for (NodeItem *item : m_scene->nodeItems()) {
        if (item->ref().kind != EntityKind::ListenerRule)
            refs << item->ref();
    }
    m_scene->selectRefs(refs);
}

void MainWindow::arrange()
{
    Model::ProjectData after = m_editor->data();
    AutoLayout::arrange(after);
    m_editor->replace(tr("Arrange automatically"), after);
    m_view->fitToContents();
}

void MainWindow::updateTitle()
{
    const QString name = m_project->fileName().isEmpty()
                             ? tr("Untitled")
                             : QFileInfo(m_project->fileName()).fileName();
    setWindowTitle(tr("%1[*] — Berth").arg(name));
    setWindowModified(m_project->isModified());
}

void MainWindow::updateRecentMenu()
{
    QMenu *menu = m_actions->recentMenu;
    menu->clear();
    const QStringList files = m_documents->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = menu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (m_documents->maybeSave())
                m_documents->openFile(path);
        });
    }
    if (!files.isEmpty())
        menu->addSeparator();
    QAction *clear =
        menu->addAction(tr("&Clear List"), m_documents, &DocumentController::clearRecentFiles);
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::updateActions()
{
    const bool any = !m_scene->selectedItems().isEmpty();
    for (QAction *action :
         {m_actions->copy, m_actions->cut, m_actions->duplicate, m_actions->remove})
        action->setEnabled(any);
}

void MainWindow::showCounts(int errors, int warnings)
{
    if (errors == 0 && warnings == 0)
        m_countsLabel->setText(tr("No problems"));
    else
        m_countsLabel->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") +
                               tr("%n warning(s)", nullptr, warnings));
}

void MainWindow::restoreSettings()
{
    // Saved settings win; without them the window and its docks get sizes made for the screen.
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        applyDefaultGeometry();
    m_defaultDocks = !restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_runPanelsWaiting = settings.value(QStringLiteral("window/runPanelsWaiting"), false).toBool();
    m_actions->snap->setChecked(settings.value(QStringLiteral("canvas/snap"), true).toBool());
    m_actions->grid->setChecked(settings.value(QStringLiteral("canvas/grid"), true).toBool());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/runPanelsWaiting"), m_runPanelsWaiting);
    settings.setValue(QStringLiteral("canvas/snap"), m_actions->snap->isChecked());
    settings.setValue(QStringLiteral("canvas/grid"), m_actions->grid->isChecked());
}

void MainWindow::applyDefaultGeometry()
{
    QScreen *screen = QGuiApplication::screenAt(QCursor::pos());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QRect geometry = DefaultLayout::windowGeometry(screen ? screen->availableGeometry()
                                                                : QRect(0, 0, 1440, 900));
    resize(geometry.size());
    move(geometry.topLeft());
}

void MainWindow::openRunPanels()
{
    // Once: after that, which of them are open is the user's choice.
    if (!std::exchange(m_runPanelsWaiting, false))
        return;
    for (QDockWidget *d : DefaultLayout::runPanels(this))
        d->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A run stops (its tasks and containers) before the window goes.
    if (m_run->stopBeforeClosing()) {
        event->ignore();
        return;
    }
    if (!m_documents->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    m_documents->discardAutosave();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!mime->hasUrls())
        return;
    for (const QUrl &url : mime->urls()) {
        const QString path = url.toLocalFile();
        if (path.endsWith(QLatin1String(".berth"), Qt::CaseInsensitive) ||
            path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    event->acceptProposedAction();
    // Open after the drop returns: a dialog inside the drop would block the source.
    QMetaObject::invokeMethod(
        this, [this, paths] { openOrImport(paths); }, Qt::QueuedConnection);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The docks have their sizes to give from the first layout on, which the first show does.
    if (std::exchange(m_defaultDocks, false)) {
        DefaultLayout::applyDocks(this);
        m_runPanelsWaiting = true;
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        Icons::clearCache();
        m_actions->refreshIcons();
        m_view->resetCachedContent();
        m_scene->refreshAppearance();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Berth"),
                       tr("<h3>Berth %1</h3><p>A desktop studio for Amazon ECS-style container "
                          "clusters: design clusters, task definitions, services and load "
                          "balancers, check them against ECS's rules and export register-ready "
                          "JSON.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace Berth::Gui

#pragma once

#include "model/entityref.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;
class QUndoView;

namespace Berth::Model {
class Project;
struct Diagnostic;
} // namespace Berth::Model

namespace Berth::Gui {

class CanvasView;
class DocumentController;
class LabPanel;
class OutlinePanel;
class PalettePanel;
class PlanView;
class ProblemsPanel;
class ProjectEditor;
class ProjectScene;
class PropertyPanel;
class RunMode;
class WindowActions;

/// Berth's main window: the canvas in the middle, the palette and outline on the left, the
/// selected entity's form on the right, problems and history below.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Model::Project *project() const { return m_project; }
    ProjectEditor *editor() const { return m_editor; }
    ProjectScene *scene() const { return m_scene; }
    CanvasView *canvas() const { return m_view; }
    PalettePanel *palette() const { return m_palette; }
    OutlinePanel *outline() const { return m_outline; }
    ProblemsPanel *problems() const { return m_problems; }
    PropertyPanel *properties() const { return m_properties; }
    DocumentController *documents() const { return m_documents; }
    WindowActions *actions() const { return m_actions; }
    PlanView *planView() const { return m_planView; }
    /// Run, Stop and Down, and the run's canvas, panels and charts.
    RunMode *runMode() const { return m_run; }
    /// Shows the placement plan of the current design (Design > Plan Placement).
    void showPlan();
    /// Back to the canvas.
    void showDesign();

    LabPanel *labPanel() const { return m_lab; }
    /// Help > Labs..., or on a first launch the start page (samples and labs).
    void showLabs(bool startPage = false);
    /// Copies the lab's starting design into \a folder (keeping a design already there: the
    /// student goes on), opens it and follows the lab in the Lab panel.
    bool startLab(const QString &labFolder, const QString &folder, const QString &student);

    /// Opens a .berth project; on failure says why and keeps the current one.
    bool openFile(const QString &path);
    /// Opens .berth files and imports task-definition JSON files, as a drop does.
    void openOrImport(const QStringList &paths);
    /// Selects an entity everywhere and shows it on the canvas.
    void selectEntity(const Model::EntityRef &ref);
    /// Selects a diagnostic's entity and focuses the field it is about.
    void showDiagnostic(const Model::Diagnostic &diagnostic);

    void copySelection();
    bool pasteClipboard();
    void selectAll();
    void arrange();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createDocks();
    void connectActions();
    void connectSelection();
    void updateTitle();
    void updateRecentMenu();
    void updateActions();
    void showCounts(int errors, int warnings);
    void restoreSettings();
    void saveSettings() const;
    void applyDefaultGeometry();
    void openRunPanels();
    void showAbout();

    Model::Project *m_project;
    ProjectEditor *m_editor;
    ProjectScene *m_scene;
    CanvasView *m_view;
    PlanView *m_planView;
    QTabWidget *m_tabs;
    PalettePanel *m_palette;
    OutlinePanel *m_outline;
    ProblemsPanel *m_problems;
    LabPanel *m_lab = nullptr;
    PropertyPanel *m_properties;
    QUndoView *m_history;
    DocumentController *m_documents;
    WindowActions *m_actions;
    RunMode *m_run = nullptr;
    QLabel *m_countsLabel;
    QLabel *m_zoomLabel;
    int m_pasteCount = 0;
    bool m_defaultDocks = false;     ///< no saved layout: size the docks once the window shows
    bool m_runPanelsWaiting = false; ///< closed by the first layout until a run starts
};

} // namespace Berth::Gui

#pragma once

#include <QMainWindow>

namespace Berth::Model {
class Project;
}

namespace Berth::Gui {

class OutlinePanel;
class ProblemsPanel;

/// Berth's main window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    Model::Project *project() const { return m_project; }
    /// Opens a .berth project; on failure says why and keeps the current one.
    bool openFile(const QString &path);

private:
    void createActions();
    void updateTitle();
    void open();
    bool save();
    bool saveAs();

    Model::Project *m_project;
    OutlinePanel *m_outline;
    ProblemsPanel *m_problems;
};

} // namespace Berth::Gui

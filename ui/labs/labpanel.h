#pragma once

#include "model/labs/lab.h"
#include "model/labs/labprogress.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QThread;

namespace Berth::Gui {

class ProjectEditor;

/// The Lab panel: the steps of the lab in progress with their state, the selected step's
/// instructions (Markdown), Check, Hint, Catch up and the points. It checks the design the
/// window holds and, for steps that ask it, the window's (or `berth run`'s) running design;
/// checks run off the GUI thread. Progress is kept in LAB.lab.json beside the project, the
/// same file `berth lab` keeps.
class LabPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit LabPanel(ProjectEditor *editor, QWidget *parent = nullptr);
    ~LabPanel() override;

    /// Starts following a lab for the project file and the student.
    void setLab(const Model::Lab &lab, const QString &projectFile, const QString &student);
    bool hasLab() const { return m_lab.has_value(); }
    const Model::LabProgress &progress() const { return m_progress; }
    int currentStep() const;

    /// Checks every step (the selected one with its waits); the result arrives with checked().
    void check();
    /// Shows the selected step's next hint; it costs points.
    void showHint();
    /// Applies the solutions up to the selected step, after asking (unless \a confirmed).
    void catchUp(bool confirmed = false);
    /// Saves the result file where the user says.
    void saveResult();

Q_SIGNALS:
    void checked();
    void caughtUp();

private:
    void showStep(int index);
    void refresh();
    void saveProgress();
    void applyOutcomes(const QList<bool> &passed, const QStringList &messages);
    void setBusy(bool busy);
    /// Runs \a work on a thread of its own; \a done then runs on the GUI thread.
    void runOffThread(std::function<void()> work, std::function<void()> done);

    ProjectEditor *m_editor;
    std::optional<Model::Lab> m_lab;
    Model::LabProgress m_progress;
    QString m_projectFile;
    QHash<QString, QString> m_parameters;
    QThread *m_worker = nullptr;

    QLabel *m_title;
    QListWidget *m_steps;
    QTextBrowser *m_text;
    QLabel *m_hints;
    QLabel *m_result;
    QProgressBar *m_points;
    QPushButton *m_check;
    QPushButton *m_hint;
    QPushButton *m_catchUp;
    QPushButton *m_save;
};

} // namespace Berth::Gui

#pragma once

#include "ui/editors/codeeditor.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Berth::Gui {

class ProjectEditor;

/// A task definition revision as ECS JSON (register-task-definition input). Checked as you
/// type: JSON syntax, the ECS API's shape and Berth's rules, each finding underlined with
/// its message. Saving registers a new revision of the family, as ECS does.
class TaskDefinitionJsonEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit TaskDefinitionJsonEditor(ProjectEditor *editor, QWidget *parent = nullptr);

    /// Shows a revision (0: the latest). Unsaved text is replaced.
    void showRevision(const QString &family, int revision);
    QString family() const { return m_family; }
    int revision() const { return m_revision; }

    CodeEditor *codeEditor() const { return m_code; }
    /// Checks the text now instead of after the short pause that follows typing.
    void validateNow();
    bool hasErrors() const { return m_errors > 0; }
    bool isDirty() const;
    /// Puts the cursor on the value at a JSON path of the definition.
    void goToPath(const QString &path);
    /// Registers the text as a new revision; false when it has errors.
    bool saveAsNewRevision();

Q_SIGNALS:
    void revisionSaved(const QString &family, int revision);

private:
    void reloadFromModel();

    ProjectEditor *m_editor;
    CodeEditor *m_code;
    QListWidget *m_findings;
    QLabel *m_state;
    QPushButton *m_save;
    QPushButton *m_revert;
    QTimer m_timer;
    QString m_family;
    int m_revision = 0;
    QString m_loadedText;
    int m_errors = 0;
};

} // namespace Berth::Gui

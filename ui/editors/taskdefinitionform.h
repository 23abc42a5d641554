#pragma once

#include "ui/editors/entityform.h"

class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace Berth::Gui {

class RevisionHistory;
class TaskDefinitionJsonEditor;

/// A task definition family: the fields of one revision and its containers, the revision
/// as ECS JSON, and the family's revision history. Form edits change the revision shown, or
/// register a new one when a service runs it (revisions are immutable); saving the JSON
/// registers a new revision.
class TaskDefinitionForm final : public EntityForm
{
    Q_OBJECT
public:
    explicit TaskDefinitionForm(ProjectEditor *editor, QWidget *parent = nullptr);

    void refresh() override;
    bool focusPath(const QString &localPath) override;
    /// Shows a revision of the family (0: the latest).
    void showRevision(int revision);
    int revision() const { return m_revision; }

    QTabWidget *tabs() const { return m_tabs; }
    TaskDefinitionJsonEditor *jsonEditor() const { return m_json; }
    RevisionHistory *history() const { return m_history; }
    QTableWidget *containers() const { return m_containers; }

private:
    const Model::TaskDefinition *current(const Data &d) const;
    /// The revision an edit changes: the one shown, or a new revision registered from it
    /// when a service runs the one shown (revisions are immutable).
    Model::TaskDefinition *current(Data &d) const;
    static QStringList servicesRunning(const Data &d, const QString &key);
    void loadContainers(const Data &d);
    void storeContainer(int row, int column);
    void addContainer();
    void removeContainer();

    QTabWidget *m_tabs;
    TaskDefinitionJsonEditor *m_json;
    RevisionHistory *m_history;
    QTableWidget *m_containers;
    QComboBox *m_revisions;
    QLabel *m_immutableNote = nullptr;
    mutable int m_revision = 0;
    mutable bool m_followLatest = false;
    QString m_shownFamily;
};

} // namespace Berth::Gui

#pragma once

#include "model/entityref.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace Berth::Gui {

class EntityForm;
class ProjectEditor;

/// The form of the selected entity (the project's own when nothing is selected).
class PropertyPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit PropertyPanel(ProjectEditor *editor, QWidget *parent = nullptr);

    void showSelection(const QList<Model::EntityRef> &refs);
    void showEntity(const Model::EntityRef &ref);
    Model::EntityRef entity() const { return m_ref; }
    EntityForm *currentForm() const { return m_current; }
    /// Focuses the field a diagnostic's path (inside the entity) names.
    bool focusPath(const QString &localPath);

Q_SIGNALS:
    /// The instances a placement constraint being edited selects.
    void highlightRequested(const QSet<Berth::Model::EntityRef> &instances);

private:
    EntityForm *formFor(Model::EntityKind kind);
    void refresh();
    void updateHeader();

    ProjectEditor *m_editor;
    QLabel *m_icon;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QWidget *m_multiple;
    QHash<Model::EntityKind, EntityForm *> m_forms;
    EntityForm *m_current = nullptr;
    Model::EntityRef m_ref;
};

} // namespace Berth::Gui

#pragma once

#include "ui/entityref.h"

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

    void showSelection(const QList<EntityRef> &refs);
    void showEntity(const EntityRef &ref);
    EntityRef entity() const { return m_ref; }
    EntityForm *currentForm() const { return m_current; }
    /// Focuses the field a diagnostic's path (inside the entity) names.
    bool focusPath(const QString &localPath);

Q_SIGNALS:
    /// The instances a placement constraint being edited selects.
    void highlightRequested(const QSet<Berth::Gui::EntityRef> &instances);

private:
    EntityForm *formFor(EntityKind kind);
    void refresh();
    void updateHeader();

    ProjectEditor *m_editor;
    QLabel *m_icon;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QWidget *m_multiple;
    QHash<EntityKind, EntityForm *> m_forms;
    EntityForm *m_current = nullptr;
    EntityRef m_ref;
};

} // namespace Berth::Gui

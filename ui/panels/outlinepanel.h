#pragma once

#include "model/entityref.h"

#include <QSet>
#include <QTreeWidget>

namespace Berth::Model {
class Project;
}

namespace Berth::Gui {

/// The project as a tree: clusters and their instances, task definition families and
/// revisions, services, load balancers with listeners and rules, target groups. Its
/// selection follows the canvas and the other way round.
class OutlinePanel final : public QTreeWidget
{
    Q_OBJECT
public:
    explicit OutlinePanel(Model::Project *project, QWidget *parent = nullptr);

    void selectRefs(const QList<Model::EntityRef> &refs);
    QList<Model::EntityRef> selectedRefs() const;
    QTreeWidgetItem *itemFor(const Model::EntityRef &ref) const { return m_items.value(ref); }

Q_SIGNALS:
    void selectionChangedByUser(const QList<Berth::Model::EntityRef> &refs);
    void activated(const Berth::Model::EntityRef &ref);

private:
    void rebuild();
    QTreeWidgetItem *add(QTreeWidgetItem *parent, const Model::EntityRef &ref, const QString &name,
                         const QString &details);

    Model::Project *m_project;
    QHash<Model::EntityRef, QTreeWidgetItem *> m_items;
    QSet<QString> m_collapsed;
    bool m_updating = false;
};

} // namespace Berth::Gui

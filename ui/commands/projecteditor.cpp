#include "ui/commands/projecteditor.h"

#include "model/designedits.h"
#include "model/project.h"
#include "ui/commands/snapshotcommand.h"

#include <QUndoStack>

namespace Berth::Gui {

using Model::EntityKind;
using Model::EntityRef;

ProjectEditor::ProjectEditor(Model::Project *project, QObject *parent)
    : QObject(parent), m_project(project), m_stack(new QUndoStack(this))
{
    connect(m_stack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { m_project->setModified(!clean); });
}

const Model::ProjectData &ProjectEditor::data() const
{
    return m_project->data();
}

bool ProjectEditor::edit(const QString &text, const Change &change, const QString &mergeKey)
{
    Model::ProjectData after = m_project->data();
    change(after);
    return replace(text, after, mergeKey);
}

bool ProjectEditor::replace(const QString &text, const Model::ProjectData &after,
                            const QString &mergeKey)
{
    if (after == m_project->data())
        return false;
    m_stack->push(new SnapshotCommand(this, m_project->data(), after, text, mergeKey));
    return true;
}

QString ProjectEditor::rename(const EntityRef &ref, const QString &name)
{
    Model::ProjectData after = m_project->data();
    const QString error = Model::DesignEdits::rename(after, ref, name);
    if (!error.isEmpty()) {
        Q_EMIT refused(error);
        return error;
    }
    if (after == m_project->data())
        return {};
    EntityRef to = ref;
    to.name = name.trimmed();
    QList<Rename> renames{{ref, to}};
    if (ref.kind == EntityKind::Cluster) {
        for (const Model::Cluster &c : m_project->data().clusters) {
            if (c.name != ref.name)
                continue;
            for (const Model::ContainerInstance &i : c.instances)
                renames << Rename{EntityRef::instance(ref.name, i.name),
                                  EntityRef::instance(to.name, i.name)};
        }
    } else if (ref.kind == EntityKind::LoadBalancer) {
        if (const Model::LoadBalancer *lb = m_project->data().loadBalancer(ref.name)) {
            for (int l = 0; l < lb->listeners.size(); ++l) {
                for (int r = 0; r < lb->listeners.at(l).rules.size(); ++r)
                    renames << Rename{EntityRef::listenerRule(ref.name, l, r),
                                      EntityRef::listenerRule(to.name, l, r)};
            }
        }
    }
    m_stack->push(new SnapshotCommand(
        this, m_project->data(), after,
        tr("Rename %1 to %2").arg(Model::DesignEdits::displayName(m_project->data(), ref), to.name),
        {}, renames));
    return {};
}

void ProjectEditor::resetDocument(const Model::ProjectData &data, const QString &fileName)
{
    m_stack->clear();
    m_project->reset(data, fileName);
    m_stack->setClean();
}

void ProjectEditor::markSaved()
{
    m_stack->setClean();
    m_project->setModified(false);
}

void ProjectEditor::apply(const Model::ProjectData &data, const QList<Rename> &renames)
{
    for (const Rename &r : renames)
        Q_EMIT renamed(r.first, r.second);
    // setData() marks the document modified; the stack's cleanChanged() clears the mark
    // when an undo comes back to the saved state.
    m_project->setData(data);
}

} // namespace Berth::Gui

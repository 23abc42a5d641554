#pragma once

#include "model/entityref.h"
#include "model/projectdata.h"

#include <QUndoCommand>

namespace Berth::Gui {

class ProjectEditor;

/// An undoable edit held as the design before and after it. The design's lists are
/// implicitly shared, so a snapshot costs little more than the parts that changed.
/// Commands with the same merge key that follow each other become one (drags, nudges,
/// typing in one field).
class SnapshotCommand final : public QUndoCommand
{
public:
    using Rename = QPair<Model::EntityRef, Model::EntityRef>;

    SnapshotCommand(ProjectEditor *editor, const Model::ProjectData &before,
                    const Model::ProjectData &after, const QString &text,
                    const QString &mergeKey = {}, const QList<Rename> &renames = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const Model::ProjectData &before() const { return m_before; }
    const Model::ProjectData &after() const { return m_after; }

private:
    ProjectEditor *m_editor;
    Model::ProjectData m_before;
    Model::ProjectData m_after;
    QString m_mergeKey;
    QList<Rename> m_renames;
};

} // namespace Berth::Gui

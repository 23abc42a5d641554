#include "ui/commands/snapshotcommand.h"

#include "ui/commands/projecteditor.h"

namespace Berth::Gui {

SnapshotCommand::SnapshotCommand(ProjectEditor *editor, const Model::ProjectData &before,
                                 const Model::ProjectData &after, const QString &text,
                                 const QString &mergeKey, const QList<Rename> &renames)
    : m_editor(editor), m_before(before), m_after(after), m_mergeKey(mergeKey), m_renames(renames)
{
    setText(text);
}

void SnapshotCommand::undo()
{
    QList<Rename> back;
    for (auto it = m_renames.crbegin(); it != m_renames.crend(); ++it)
        back << Rename{it->second, it->first};
    m_editor->apply(m_before, back);
}

void SnapshotCommand::redo()
{
    m_editor->apply(m_after, m_renames);
}

int SnapshotCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 0x4265;
}

bool SnapshotCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SnapshotCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || !next->m_renames.isEmpty() || !m_renames.isEmpty())
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace Berth::Gui

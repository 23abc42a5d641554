#pragma once

#include "model/entityref.h"
#include "model/projectdata.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace Berth::Model {
class Project;
}

namespace Berth::Gui {

/// The one way the window changes the design: every edit becomes a command on the undo
/// stack. Keeps the document's modified flag in step with the stack's clean state.
class ProjectEditor final : public QObject
{
    Q_OBJECT
public:
    using Change = std::function<void(Model::ProjectData &)>;
    using Rename = QPair<Model::EntityRef, Model::EntityRef>;

    ProjectEditor(Model::Project *project, QObject *parent = nullptr);

    Model::Project *project() const { return m_project; }
    QUndoStack *undoStack() const { return m_stack; }
    const Model::ProjectData &data() const;

    /// Applies change to a copy of the design and pushes it as one command; nothing is
    /// pushed when the design stays the same. Returns whether something changed.
    bool edit(const QString &text, const Change &change, const QString &mergeKey = {});
    /// Pushes a complete new design (an auto-layout, a paste, a recovered file...).
    bool replace(const QString &text, const Model::ProjectData &after,
                 const QString &mergeKey = {});
    /// Renames an entity and every reference to it. Empty error on success.
    QString rename(const Model::EntityRef &ref, const QString &name);

    /// Puts a loaded design in place, forgetting the undo history.
    void resetDocument(const Model::ProjectData &data, const QString &fileName);
    /// The document was saved: this is the new clean state.
    void markSaved();

    /// Called by commands only.
    void apply(const Model::ProjectData &data, const QList<Rename> &renames);

Q_SIGNALS:
    /// Sent before the design changes, so that views can keep their items and selection.
    void renamed(const Berth::Model::EntityRef &from, const Berth::Model::EntityRef &to);
    /// An edit was refused (a duplicate name...): a sentence for the status bar.
    void refused(const QString &reason);

private:
    Model::Project *m_project;
    QUndoStack *m_stack;
};

} // namespace Berth::Gui

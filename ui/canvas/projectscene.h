#pragma once

#include "model/entityref.h"
#include "model/validation/diagnostic.h"
#include "ui/canvas/linkrules.h"
#include "ui/entityfactory.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

namespace Berth::Gui {

class ClusterItem;
class LinkItem;
class LinkLayer;
class LinkTool;
class NodeItem;
class ProjectEditor;

/// The canvas's scene. It only mirrors the project: items are created, updated and removed
/// when the design changes, and what the user does to them (moves, resizes, links,
/// placements) goes back to the design as undoable commands.
class ProjectScene final : public QGraphicsScene
{
    Q_OBJECT
public:
    using PortChooser = std::function<std::optional<LinkRules::PortChoice>(
        const QList<LinkRules::PortChoice> &choices, const QString &service,
        const QString &targetGroup)>;

    explicit ProjectScene(ProjectEditor *editor, QObject *parent = nullptr);
    ~ProjectScene() override;

    ProjectEditor *editor() const { return m_editor; }

    NodeItem *itemFor(const Model::EntityRef &ref) const { return m_items.value(ref); }
    QList<NodeItem *> nodeItems() const { return m_items.values(); }
    const QList<LinkItem *> &links() const { return m_links; }
    LinkLayer *linkLayer() const { return m_linkLayer; }
    QList<Model::EntityRef> selectedRefs() const;
    /// Selects exactly these entities (none: clears the selection).
    void selectRefs(const QList<Model::EntityRef> &refs);

    bool isSnapping() const { return m_snap && !m_syncing; }
    void setSnapToGrid(bool on) { m_snap = on; }
    bool snapToGrid() const { return m_snap; }

    /// Outlines these instances (the ones a placement expression matches).
    void setHighlighted(const QSet<Model::EntityRef> &refs);
    QSet<Model::EntityRef> highlighted() const { return m_highlighted; }
    /// Problem badges on the entities the diagnostics name.
    void setDiagnostics(const Model::Diagnostics &diagnostics);

    /// Creates an entity of a palette kind at a canvas position, as one command.
    EntityFactory::Result place(Model::EntityKind kind, QPointF scenePos);
    /// Makes a link as if drawn with the mouse; refusals are reported the same way.
    LinkRules::Verdict link(const Model::EntityRef &from, const Model::EntityRef &to);
    void setPortChooser(const PortChooser &chooser) { m_portChooser = chooser; }
    /// Moves the selection by a step; consecutive nudges are one undo step.
    void nudgeSelection(QPointF delta);
    /// Removes the selected entities and links, as one command.
    void deleteSelection();
    /// The rectangle around every item, for "fit".
    QRectF contentRect() const;

    void commitResize(ClusterItem *cluster);
    /// Draws every item again, after the palette changed (cached cards keep old colours).
    void refreshAppearance();
    /// Makes the scene match the project now (it also does so on every change).
    void sync();

Q_SIGNALS:
    /// A sentence for the status bar: a refused link or placement, what was made.
    void message(const QString &text);
    void linkRefused(const QString &reason);
    /// An item was double-clicked: show its editor.
    void activated(const Berth::Model::EntityRef &ref);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    friend class LinkTool;

    NodeItem *ensure(const Model::EntityRef &ref, QGraphicsItem *parent,
                     QSet<Model::EntityRef> &alive);
    void syncLinks();
    void commitMoves();
    void rekey(const Model::EntityRef &from, const Model::EntityRef &to);
    std::optional<LinkRules::PortChoice> choosePort(const Model::EntityRef &service,
                                                    const Model::EntityRef &targetGroup);
    void applyDiagnostics();

    ProjectEditor *m_editor;
    LinkTool *m_linkTool;
    LinkLayer *m_linkLayer;
    QHash<Model::EntityRef, NodeItem *> m_items;
    QList<LinkItem *> m_links;
    QSet<Model::EntityRef> m_highlighted;
    Model::Diagnostics m_diagnostics;
    PortChooser m_portChooser;
    bool m_snap = true;
    bool m_syncing = false;
    int m_moveCount = 0;
};

} // namespace Berth::Gui

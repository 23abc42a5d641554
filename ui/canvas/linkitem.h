#pragma once

#include "ui/entityref.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace Berth::Gui {

class LinkPiece;
class NodeItem;

/// A link the model holds, from its source's handle to its target's left edge. The link
/// itself draws nothing: its curve is cut into LinkPiece children of a few hundred pixels,
/// so that the scene's index hands a frame only the pieces it shows, however far the link
/// reaches across a large design.
class LinkItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    enum class Kind { TaskDefinition, TargetGroup, RuleTarget, DefaultTarget };

    LinkItem(Kind kind, NodeItem *from, NodeItem *to, const QString &label);
    ~LinkItem() override;

    int type() const override { return Type; }
    Kind kind() const { return m_kind; }
    NodeItem *from() const { return m_from; }
    NodeItem *to() const { return m_to; }
    QString label() const { return m_label; }
    /// Which link of the source this is (its index in the service's loadBalancers, or the
    /// listener index for a default action).
    int index() const { return m_index; }
    void setIndex(int index) { m_index = index; }
    const QPainterPath &path() const { return m_path; }
    const QList<LinkPiece *> &pieces() const { return m_pieces; }

    void updatePath();
    /// An end item is being destroyed.
    void forget(NodeItem *item);
    /// The pen of the curve, after the link's kind and selection.
    QPen pen() const;

    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    Kind m_kind;
    NodeItem *m_from;
    NodeItem *m_to;
    QString m_label;
    int m_index = 0;
    QPainterPath m_path;
    QList<LinkPiece *> m_pieces;
};

} // namespace Berth::Gui

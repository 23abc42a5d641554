#pragma once

#include "ui/entityref.h"

#include <QGraphicsPathItem>

namespace Berth::Gui {

class NodeItem;

/// A link the model holds, drawn from its source's handle to its target's left edge.
class LinkItem final : public QGraphicsPathItem
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

    void updatePath();
    /// An end item is being destroyed.
    void forget(NodeItem *item);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    Kind m_kind;
    NodeItem *m_from;
    NodeItem *m_to;
    QString m_label;
    int m_index = 0;
    QPointF m_end;
    QPointF m_labelPos;
    qreal m_endAngle = 0; ///< radians, of the path where it arrives
    qreal m_length = 0;
    QPolygonF m_polyline; ///< the curve, flattened once, so that a frame strokes only its visible part
    QList<QRectF> m_chunks; ///< bounds of each run of kChunk segments of m_polyline
};

} // namespace Berth::Gui

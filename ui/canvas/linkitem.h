#pragma once

#include "model/entityref.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPen>

namespace Berth::Gui {

class LinkLayer;
class NodeItem;

/// A link the model holds, from its source's handle to its target's left edge. It is
/// selected and deleted like any item, but draws nothing itself: the scene's LinkLayer
/// draws every link's curve, so that a large design pays for what a frame shows only.
class LinkItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    enum class Kind { TaskDefinition, TargetGroup, RuleTarget, DefaultTarget, Repository };

    LinkItem(Kind kind, NodeItem *from, NodeItem *to, const QString &label, LinkLayer *layer);
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
    QPointF end() const { return m_end; }
    qreal endAngle() const { return m_endAngle; } ///< radians, where the curve arrives
    /// A label needs room: on a short link it would hide the ends.
    bool hasLabel() const { return !m_label.isEmpty() && m_length >= 120; }
    QPointF labelCenter() const { return m_labelCenter; }

    void updatePath();
    /// An end item is being destroyed.
    void forget(NodeItem *item);
    /// The pen of the curve, after the link's kind and selection.
    const QPen &pen() const { return m_pen; }
    /// Takes the pen again from the kind, the selection and the palette.
    void updatePen();

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
    LinkLayer *m_layer;
    QPainterPath m_path;
    QPen m_pen;
    QPointF m_end;
    qreal m_endAngle = 0;
    qreal m_length = 0;
    QPointF m_labelCenter;
};

} // namespace Berth::Gui

#pragma once

#include <QGraphicsItem>

namespace Berth::Gui {

class LinkItem;

/// A stretch of a link's curve, with the arrow head when it is the last one and the label
/// when the middle of the link falls in it. Clicking it selects the link, unless a card
/// lies under the click: then the card gets it.
class LinkPiece final : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };
    struct Decorations
    {
        bool arrow = false;
        QPointF arrowTip;
        qreal arrowAngle = 0; ///< radians
        bool label = false;
        QPointF labelCenter;
    };

    LinkPiece(LinkItem *link, const QPolygonF &points, const Decorations &decorations);

    int type() const override { return Type; }
    LinkItem *link() const;
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QPolygonF m_points;
    Decorations m_decorations;
    QRectF m_bounds;
};

} // namespace Berth::Gui

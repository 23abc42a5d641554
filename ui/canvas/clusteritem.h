#pragma once

#include "ui/canvas/nodeitem.h"

namespace Berth::Gui {

/// A cluster: a frame that holds its container instances and services. Only its header and
/// border take the mouse, so a rubber band can start inside it; the grip at the bottom
/// right resizes it.
class ClusterItem final : public NodeItem
{
public:
    enum { Type = UserType + 2 };

    explicit ClusterItem(const Model::EntityRef &ref);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    bool isResizing() const { return m_resizing; }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QRectF gripRect() const;

    bool m_resizing = false;
    QPointF m_pressOffset;
};

} // namespace Berth::Gui

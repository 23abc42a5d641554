#include "ui/canvas/linkpiece.h"

#include "ui/canvas/linkitem.h"
#include "ui/canvas/nodeitem.h"

#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Berth::Gui {

namespace {
constexpr qreal kLabelHalfWidth = 90;
constexpr qreal kLabelHalfHeight = 14;
} // namespace

LinkPiece::LinkPiece(LinkItem *link, const QPolygonF &points, const Decorations &decorations)
    : QGraphicsItem(link), m_points(points), m_decorations(decorations)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    m_bounds = m_points.boundingRect().adjusted(-3, -3, 3, 3);
    if (m_decorations.arrow)
        m_bounds |= QRectF(m_decorations.arrowTip - QPointF(12, 12), QSizeF(24, 24));
    if (m_decorations.label)
        m_bounds |= QRectF(m_decorations.labelCenter - QPointF(kLabelHalfWidth, kLabelHalfHeight),
                           QSizeF(2 * kLabelHalfWidth, 2 * kLabelHalfHeight));
}

LinkItem *LinkPiece::link() const
{
    return static_cast<LinkItem *>(parentItem());
}

QPainterPath LinkPiece::shape() const
{
    QPainterPath path;
    path.addPolygon(m_points);
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path);
}

void LinkPiece::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPen pen = link()->pen();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    // Zoomed out, hundreds of links are on screen and smoothing them costs more than it shows.
    painter->setRenderHint(QPainter::Antialiasing, lod >= 0.6);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(m_points);
    if (m_decorations.arrow) {
        const qreal angle = m_decorations.arrowAngle;
        const QPointF dir(std::cos(angle), -std::sin(angle));
        const QPointF normal(-dir.y(), dir.x());
        const QPointF tip = m_decorations.arrowTip;
        const QPolygonF head{tip, tip - dir * 9 + normal * 4.5, tip - dir * 9 - normal * 4.5};
        painter->setPen(Qt::NoPen);
        painter->setBrush(pen.color());
        painter->drawPolygon(head);
    }
    if (!m_decorations.label || lod < 0.6)
        return;
    const QString label = link()->label();
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    QFont font = scene() ? scene()->font() : QFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF fm(font);
    const qreal width = std::min(fm.horizontalAdvance(label) + 10, 2 * kLabelHalfWidth);
    const QRectF box(m_decorations.labelCenter.x() - width / 2,
                     m_decorations.labelCenter.y() - fm.height() / 2 - 1, width, fm.height() + 2);
    painter->setBrush(pal.color(QPalette::Base));
    painter->setPen(QPen(pen.color(), 1));
    painter->drawRoundedRect(box, 4, 4);
    painter->setFont(font);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(box, Qt::AlignCenter, fm.elidedText(label, Qt::ElideRight, width - 6));
}

void LinkPiece::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // A link crossing a card must not take the card's clicks: let the card have them.
    for (QGraphicsItem *item : scene()->items(event->scenePos())) {
        if (item->type() == NodeItem::Type) {
            event->ignore();
            return;
        }
    }
    if (!(event->modifiers() & Qt::ControlModifier))
        scene()->clearSelection();
    link()->setSelected(true);
    event->accept();
}

} // namespace Berth::Gui

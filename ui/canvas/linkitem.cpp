#include "ui/canvas/linkitem.h"

#include "ui/canvas/nodeitem.h"
#include "ui/icons.h"

#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Berth::Gui {

LinkItem::LinkItem(Kind kind, NodeItem *from, NodeItem *to, const QString &label)
    : m_kind(kind), m_from(from), m_to(to), m_label(label)
{
    setFlag(ItemIsSelectable);
    setZValue(5);
    from->attach(this);
    to->attach(this);
    updatePath();
}

LinkItem::~LinkItem()
{
    if (m_from)
        m_from->detach(this);
    if (m_to)
        m_to->detach(this);
}

void LinkItem::forget(NodeItem *item)
{
    if (item == m_from)
        m_from = nullptr;
    if (item == m_to)
        m_to = nullptr;
}

void LinkItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // A link crossing a card must not take the card's clicks: let the card have them.
    for (QGraphicsItem *item : scene()->items(event->scenePos())) {
        if (item->type() == NodeItem::Type) {
            event->ignore();
            return;
        }
    }
    QGraphicsPathItem::mousePressEvent(event);
}

void LinkItem::updatePath()
{
    if (!m_from || !m_to)
        return;
    const QPointF a = m_from->outgoingAnchor();
    const QPointF b = m_to->incomingAnchor() - QPointF(2, 0);
    const qreal dx = std::max<qreal>(60, std::abs(b.x() - a.x()) / 2);
    QPainterPath path(a);
    path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
    prepareGeometryChange();
    setPath(path);
    m_end = b;
    m_labelPos = path.pointAtPercent(0.5);
}

QRectF LinkItem::boundingRect() const
{
    return QGraphicsPathItem::boundingRect().adjusted(-60, -14, 60, 14);
}

QPainterPath LinkItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path());
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    EntityKind colourOf = EntityKind::TaskDefinition;
    if (m_kind == Kind::TargetGroup)
        colourOf = EntityKind::TargetGroup;
    else if (m_kind == Kind::RuleTarget || m_kind == Kind::DefaultTarget)
        colourOf = EntityKind::LoadBalancer;
    QColor colour = Icons::accent(colourOf);
    if (isSelected())
        colour = pal.color(QPalette::Highlight);
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, isSelected() ? 2.6 : 1.6);
    if (m_kind == Kind::DefaultTarget)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());

    // The arrow head at the target.
    const qreal angle = path().angleAtPercent(1) * M_PI / 180;
    const QPointF dir(std::cos(angle), -std::sin(angle));
    const QPointF normal(-dir.y(), dir.x());
    QPolygonF head;
    head << m_end << m_end - dir * 9 + normal * 4.5 << m_end - dir * 9 - normal * 4.5;
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(head);

    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    // A label needs room: on a short link it would hide the ends.
    if (m_label.isEmpty() || lod < 0.6 || path().length() < 120)
        return;
    QFont font = scene() ? scene()->font() : QFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF fm(font);
    const QRectF box(m_labelPos.x() - fm.horizontalAdvance(m_label) / 2 - 5,
                     m_labelPos.y() - fm.height() / 2 - 1, fm.horizontalAdvance(m_label) + 10,
                     fm.height() + 2);
    painter->setBrush(pal.color(QPalette::Base));
    painter->setPen(QPen(colour, 1));
    painter->drawRoundedRect(box, 4, 4);
    painter->setFont(font);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(box, Qt::AlignCenter, m_label);
}

} // namespace Berth::Gui

#include "ui/canvas/linkitem.h"

#include "ui/canvas/linklayer.h"
#include "ui/canvas/nodeitem.h"
#include "ui/style/palette.h"

#include <QGraphicsScene>
#include <QPalette>
#include <QPen>

#include <cmath>

namespace Berth::Gui {

using Model::EntityKind;

LinkItem::LinkItem(Kind kind, NodeItem *from, NodeItem *to, const QString &label,
                   LinkLayer *layer)
    : m_kind(kind), m_from(from), m_to(to), m_label(label), m_layer(layer)
{
    setFlags(ItemIsSelectable | ItemHasNoContents);
    setZValue(5);
    from->attach(this);
    to->attach(this);
    updatePen();
    updatePath();
}

LinkItem::~LinkItem()
{
    if (m_layer)
        m_layer->remove(this);
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

void LinkItem::updatePen()
{
    EntityKind colourOf = EntityKind::TaskDefinition;
    if (m_kind == Kind::TargetGroup)
        colourOf = EntityKind::TargetGroup;
    else if (m_kind == Kind::Repository)
        colourOf = EntityKind::Repository;
    else if (m_kind == Kind::RuleTarget || m_kind == Kind::DefaultTarget)
        colourOf = EntityKind::LoadBalancer;
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    // A cosmetic one-pixel pen takes the raster engine's fast line path; links are many
    // and long, and a pan frame draws a lot of them.
    QPen pen(isSelected() ? pal.color(QPalette::Highlight) : Palette::accent(colourOf),
             isSelected() ? 2.6 : 1.0);
    pen.setCosmetic(!isSelected());
    if (m_kind == Kind::DefaultTarget || m_kind == Kind::Repository)
        pen.setStyle(Qt::DashLine);
    m_pen = pen;
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
    m_path = path;
    m_end = b;
    // Measured once here: a path's length and angles are costly to ask for per frame.
    m_endAngle = path.angleAtPercent(1) * M_PI / 180;
    m_length = path.length();
    m_labelCenter = path.pointAtPercent(0.5);
    if (m_layer)
        m_layer->setLink(this);
}

QVariant LinkItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged || change == ItemSceneHasChanged) {
        updatePen();
        if (m_layer)
            m_layer->setLink(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace Berth::Gui

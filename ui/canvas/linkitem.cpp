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

namespace {
constexpr qsizetype kChunk = 16; // segments per chunk of the flattened curve
} // namespace

LinkItem::LinkItem(Kind kind, NodeItem *from, NodeItem *to, const QString &label)
    : m_kind(kind), m_from(from), m_to(to), m_label(label)
{
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption);
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
    // Measured once here: QPainterPath's length and angles are costly to ask for per frame.
    m_labelPos = path.pointAtPercent(0.5);
    m_endAngle = path.angleAtPercent(1) * M_PI / 180;
    m_length = path.length();
    const QList<QPolygonF> polygons = path.toSubpathPolygons();
    m_polyline = polygons.isEmpty() ? QPolygonF() : polygons.first();
    m_chunks.clear();
    for (qsizetype i = 0; i + 1 < m_polyline.size(); i += kChunk) {
        const qsizetype end = std::min(i + kChunk, m_polyline.size() - 1);
        m_chunks << QPolygonF(m_polyline.mid(i, end - i + 1)).boundingRect().adjusted(-2, -2, 2, 2);
    }
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
    // A link can span the whole design while a pan frame shows a strip of it: find what of
    // it is exposed before setting anything up, and stroke only that.
    const QRectF exposed = option->exposedRect.adjusted(-4, -4, 4, 4);
    QList<QPair<qsizetype, qsizetype>> runs;
    qsizetype runStart = -1;
    qsizetype runEnd = -1;
    for (qsizetype c = 0; c < m_chunks.size(); ++c) {
        if (!m_chunks.at(c).intersects(exposed)) {
            if (runStart >= 0)
                runs << qMakePair(runStart, runEnd);
            runStart = -1;
            continue;
        }
        const qsizetype first = c * kChunk;
        if (runStart < 0)
            runStart = first;
        runEnd = std::min(first + kChunk, m_polyline.size() - 1);
    }
    if (runStart >= 0)
        runs << qMakePair(runStart, runEnd);
    const bool arrowShown = exposed.adjusted(-12, -12, 12, 12).contains(m_end);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    // A label needs room: on a short link it would hide the ends.
    const bool labelShown = !m_label.isEmpty() && lod >= 0.6 && m_length >= 120
                            && exposed.intersects(QRectF(m_labelPos - QPointF(90, 15),
                                                         QSizeF(180, 30)));
    if (runs.isEmpty() && !arrowShown && !labelShown)
        return;

    const QPalette pal = scene() ? scene()->palette() : QPalette();
    EntityKind colourOf = EntityKind::TaskDefinition;
    if (m_kind == Kind::TargetGroup)
        colourOf = EntityKind::TargetGroup;
    else if (m_kind == Kind::RuleTarget || m_kind == Kind::DefaultTarget)
        colourOf = EntityKind::LoadBalancer;
    const QColor colour = isSelected() ? pal.color(QPalette::Highlight) : Icons::accent(colourOf);
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, isSelected() ? 2.6 : 1.6);
    if (m_kind == Kind::DefaultTarget)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    for (const auto &run : std::as_const(runs))
        painter->drawPolyline(m_polyline.constData() + run.first, int(run.second - run.first + 1));

    if (arrowShown) {
        const QPointF dir(std::cos(m_endAngle), -std::sin(m_endAngle));
        const QPointF normal(-dir.y(), dir.x());
        QPolygonF head;
        head << m_end << m_end - dir * 9 + normal * 4.5 << m_end - dir * 9 - normal * 4.5;
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(head);
    }
    if (!labelShown)
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

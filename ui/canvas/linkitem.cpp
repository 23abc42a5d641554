#include "ui/canvas/linkitem.h"

#include "ui/canvas/linkpiece.h"
#include "ui/canvas/nodeitem.h"
#include "ui/icons.h"

#include <QGraphicsScene>
#include <QPalette>
#include <QPen>

#include <cmath>

namespace Berth::Gui {

namespace {
constexpr qreal kPieceLength = 800; // pixels of curve per piece
} // namespace

LinkItem::LinkItem(Kind kind, NodeItem *from, NodeItem *to, const QString &label)
    : m_kind(kind), m_from(from), m_to(to), m_label(label)
{
    setFlags(ItemIsSelectable | ItemHasNoContents);
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

QPen LinkItem::pen() const
{
    EntityKind colourOf = EntityKind::TaskDefinition;
    if (m_kind == Kind::TargetGroup)
        colourOf = EntityKind::TargetGroup;
    else if (m_kind == Kind::RuleTarget || m_kind == Kind::DefaultTarget)
        colourOf = EntityKind::LoadBalancer;
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    // A cosmetic one-pixel pen takes the raster engine's fast line path; links are many
    // and long, and a pan frame draws a lot of them.
    QPen pen(isSelected() ? pal.color(QPalette::Highlight) : Icons::accent(colourOf),
             isSelected() ? 2.6 : 1.0);
    pen.setCosmetic(!isSelected());
    if (m_kind == Kind::DefaultTarget)
        pen.setStyle(Qt::DashLine);
    return pen;
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

    qDeleteAll(m_pieces);
    m_pieces.clear();
    const QList<QPolygonF> polygons = path.toSubpathPolygons();
    if (polygons.isEmpty() || polygons.first().size() < 2)
        return;
    const QPolygonF &line = polygons.first();
    const qreal length = path.length();
    // A label needs room: on a short link it would hide the ends.
    const bool wantLabel = !m_label.isEmpty() && length >= 120;
    const QPointF middle = path.pointAtPercent(0.5);
    qreal walked = 0;
    bool labelPlaced = false;
    QPolygonF piece{line.first()};
    for (qsizetype i = 1; i < line.size(); ++i) {
        walked += QLineF(line.at(i - 1), line.at(i)).length();
        piece << line.at(i);
        const bool last = i + 1 == line.size();
        if (walked < kPieceLength && !last)
            continue;
        LinkPiece::Decorations d;
        if (last) {
            d.arrow = true;
            d.arrowTip = b;
            d.arrowAngle = path.angleAtPercent(1) * M_PI / 180;
        }
        if (wantLabel && !labelPlaced &&
            (QPolygonF(piece).boundingRect().adjusted(-1, -1, 1, 1).contains(middle) || last)) {
            d.label = true;
            d.labelCenter = middle;
            labelPlaced = true;
        }
        m_pieces << new LinkPiece(this, piece, d);
        piece = QPolygonF{line.at(i)};
        walked = 0;
    }
}

QVariant LinkItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged) {
        for (LinkPiece *piece : std::as_const(m_pieces))
            piece->update();
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace Berth::Gui

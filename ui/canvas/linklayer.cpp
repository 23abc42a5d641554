#include "ui/canvas/linklayer.h"

#include "ui/canvas/linkitem.h"
#include "ui/canvas/nodeitem.h"

#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Berth::Gui {

namespace {

constexpr qreal kStretch = 400; // pixels of curve per stretch
constexpr qreal kCell = 512;    // grid cell, in scene pixels
constexpr qreal kHit = 4;       // how near a click must be to a curve
constexpr qreal kLabelHalfWidth = 90;
constexpr qreal kLabelHalfHeight = 14;

quint64 cellKey(int x, int y)
{
    return (quint64(quint32(x)) << 32) | quint32(y);
}

qreal distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const qreal length2 = QPointF::dotProduct(ab, ab);
    const qreal t =
        length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

} // namespace

LinkLayer::LinkLayer()
{
    setZValue(5);
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptedMouseButtons(Qt::LeftButton);
}

QList<LinkLayer::Stretch> LinkLayer::cut(LinkItem *link)
{
    QList<Stretch> out;
    const QList<QPolygonF> polygons = link->path().toSubpathPolygons();
    if (polygons.isEmpty() || polygons.first().size() < 2)
        return out;
    const QPolygonF &line = polygons.first();
    QPolygonF piece{line.first()};
    qreal walked = 0;
    for (qsizetype i = 1; i < line.size(); ++i) {
        walked += QLineF(line.at(i - 1), line.at(i)).length();
        piece << line.at(i);
        const bool last = i + 1 == line.size();
        if (walked < kStretch && !last)
            continue;
        Stretch s;
        s.link = link;
        s.points = piece;
        s.bounds = piece.boundingRect().adjusted(-2, -2, 2, 2);
        if (last) {
            s.arrow = true;
            s.bounds |= QRectF(link->end() - QPointF(12, 12), QSizeF(24, 24));
        }
        out << s;
        piece = QPolygonF{line.at(i)};
        walked = 0;
    }
    if (link->hasLabel()) {
        // The label goes with the stretch that holds the middle of the curve.
        const QPointF middle = link->labelCenter();
        Stretch *holder = &out.last();
        for (Stretch &s : out) {
            if (s.points.boundingRect().adjusted(-1, -1, 1, 1).contains(middle)) {
                holder = &s;
                break;
            }
        }
        holder->label = true;
        holder->bounds |= QRectF(middle - QPointF(kLabelHalfWidth, kLabelHalfHeight),
                                 QSizeF(2 * kLabelHalfWidth, 2 * kLabelHalfHeight));
    }
    return out;
}

void LinkLayer::setLink(LinkItem *link)
{
    QList<Stretch> stretches = cut(link);
    QRectF bounds = m_bounds;
    for (const Stretch &s : std::as_const(stretches))
        bounds |= s.bounds;
    m_stretches.insert(link, stretches);
    m_dirty = true;
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    QGraphicsItem::update();
}

void LinkLayer::remove(LinkItem *link)
{
    if (m_stretches.remove(link)) {
        m_dirty = true;
        QGraphicsItem::update();
    }
}

void LinkLayer::clear()
{
    m_stretches.clear();
    m_dirty = true;
    QGraphicsItem::update();
}

void LinkLayer::rebuildIndex() const
{
    if (!m_dirty)
        return;
    m_dirty = false;
    m_all.clear();
    m_grid.clear();
    for (auto it = m_stretches.cbegin(); it != m_stretches.cend(); ++it)
        m_all += it.value();
    for (int i = 0; i < m_all.size(); ++i) {
        const QRectF &b = m_all.at(i).bounds;
        for (int x = int(std::floor(b.left() / kCell)); x <= int(std::floor(b.right() / kCell));
             ++x) {
            for (int y = int(std::floor(b.top() / kCell)); y <= int(std::floor(b.bottom() / kCell));
                 ++y)
                m_grid[cellKey(x, y)] << i;
        }
    }
    m_stamp = QList<int>(m_all.size(), -1);
}

QList<int> LinkLayer::stretchesIn(const QList<QRectF> &rects) const
{
    rebuildIndex();
    QList<int> out;
    ++m_frame;
    for (const QRectF &rect : rects) {
        for (int x = int(std::floor(rect.left() / kCell));
             x <= int(std::floor(rect.right() / kCell)); ++x) {
            for (int y = int(std::floor(rect.top() / kCell));
                 y <= int(std::floor(rect.bottom() / kCell)); ++y) {
                const auto cell = m_grid.constFind(cellKey(x, y));
                if (cell == m_grid.cend())
                    continue;
                for (int i : *cell) {
                    if (m_stamp.at(i) != m_frame && m_all.at(i).bounds.intersects(rect)) {
                        m_stamp[i] = m_frame;
                        out << i;
                    }
                }
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

LinkItem *LinkLayer::linkAt(QPointF p) const
{
    const QRectF near(p - QPointF(kHit, kHit), QSizeF(2 * kHit, 2 * kHit));
    LinkItem *found = nullptr;
    for (int i : stretchesIn({near})) {
        const QPolygonF &points = m_all.at(i).points;
        for (qsizetype k = 0; k + 1 < points.size(); ++k) {
            if (distanceToSegment(p, points.at(k), points.at(k + 1)) <= kHit)
                found = m_all.at(i).link; // the last one: drawn on top
        }
    }
    return found;
}

bool LinkLayer::contains(const QPointF &point) const
{
    return linkAt(point) != nullptr;
}

bool LinkLayer::collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode) const
{
    const QRectF area = path.boundingRect();
    return area.width() <= 2 && area.height() <= 2 && contains(area.center());
}

QPainterPath LinkLayer::shape() const
{
    // Only points count (contains()); areas such as a rubber band never take the layer.
    return QPainterPath();
}

void LinkLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // A pan exposes two thin strips; their bounding rectangle would be the whole view.
    // The paint engine's clip has the strips themselves.
    QList<QRectF> areas;
    const QRegion clip = painter->paintEngine() ? painter->paintEngine()->systemClip() : QRegion();
    if (!clip.isEmpty() && clip.rectCount() <= 16) {
        const QTransform toItem = painter->deviceTransform().inverted();
        for (const QRect &r : clip)
            areas << toItem.mapRect(QRectF(r)).adjusted(-2, -2, 2, 2);
    } else {
        areas << option->exposedRect.adjusted(-2, -2, 2, 2);
    }
    const QList<int> visible = stretchesIn(areas);
    m_lastDrawn = int(visible.size());
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    // Zoomed out, hundreds of links are on screen and smoothing them costs more than it shows.
    painter->setRenderHint(QPainter::Antialiasing, lod >= 0.6);
    painter->setBrush(Qt::NoBrush);
    const LinkItem *current = nullptr;
    for (int i : visible) {
        const Stretch &s = m_all.at(i);
        if (s.link != current) {
            current = s.link;
            painter->setPen(current->pen());
        }
        painter->drawPolyline(s.points);
    }
    // Heads and labels over every curve.
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    QFont font = scene() ? scene()->font() : QFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF fm(font);
    painter->setFont(font);
    for (int i : visible) {
        const Stretch &s = m_all.at(i);
        const QColor &colour = s.link->pen().color();
        if (s.arrow) {
            const qreal angle = s.link->endAngle();
            const QPointF dir(std::cos(angle), -std::sin(angle));
            const QPointF normal(-dir.y(), dir.x());
            const QPointF tip = s.link->end();
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            painter->drawPolygon(
                QPolygonF{tip, tip - dir * 9 + normal * 4.5, tip - dir * 9 - normal * 4.5});
        }
        if (s.label && lod >= 0.6) {
            const QString label = s.link->label();
            const qreal width = std::min(fm.horizontalAdvance(label) + 10, 2 * kLabelHalfWidth);
            const QPointF c = s.link->labelCenter();
            const QRectF box(c.x() - width / 2, c.y() - fm.height() / 2 - 1, width,
                             fm.height() + 2);
            painter->setBrush(pal.color(QPalette::Base));
            painter->setPen(QPen(colour, 1));
            painter->drawRoundedRect(box, 4, 4);
            painter->setPen(pal.color(QPalette::Text));
            painter->drawText(box, Qt::AlignCenter,
                              fm.elidedText(label, Qt::ElideRight, width - 6));
        }
    }
}

void LinkLayer::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // A link crossing a card must not take the card's clicks: let the card have them.
    for (QGraphicsItem *item : scene()->items(event->scenePos())) {
        if (item->type() == NodeItem::Type) {
            event->ignore();
            return;
        }
    }
    LinkItem *link = linkAt(event->scenePos());
    if (!link) {
        event->ignore();
        return;
    }
    if (!(event->modifiers() & Qt::ControlModifier))
        scene()->clearSelection();
    link->setSelected(true);
    event->accept();
}

} // namespace Berth::Gui

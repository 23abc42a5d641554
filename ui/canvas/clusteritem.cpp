#include "ui/canvas/clusteritem.h"

#include "ui/canvas/itemmetrics.h"
#include "ui/canvas/projectscene.h"
#include "ui/icons.h"
#include "ui/style/palette.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Berth::Gui {

using Model::EntityKind;
using Model::EntityRef;

namespace {
constexpr qreal kBorder = 8;
constexpr qreal kGrip = 14;
} // namespace

ClusterItem::ClusterItem(const EntityRef &ref) : NodeItem(ref)
{
    setZValue(-1);
    setAcceptHoverEvents(true);
    setFlag(ItemUsesExtendedStyleOption);
    // A frame can be larger than the screen; a pixmap of it would cost more than it saves.
    setCacheMode(NoCache);
}

QRectF ClusterItem::gripRect() const
{
    return QRectF(m_size.width() - kGrip, m_size.height() - kGrip, kGrip, kGrip);
}

QRectF ClusterItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-5, -10, 5, 5);
}

QPainterPath ClusterItem::shape() const
{
    QPainterPath outer;
    outer.addRect(QRectF(QPointF(0, 0), m_size));
    QPainterPath inner;
    inner.addRect(QRectF(kBorder, Metrics::kClusterHeader, m_size.width() - 2 * kBorder,
                         m_size.height() - Metrics::kClusterHeader - kBorder));
    QPainterPath grip;
    grip.addRect(gripRect());
    return outer.subtracted(inner).united(grip);
}

void ClusterItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor accent = Palette::accent(EntityKind::Cluster);
    const QRectF rect(QPointF(0, 0), m_size);
    const QColor base = pal.color(QPalette::Base);
    // A frame can cover the whole view: fill it opaque, as rectangles plus round corners,
    // which the raster engine does far faster than a large antialiased rounded path.
    const QColor fill = QColor::fromRgbF(base.redF() * 0.94 + accent.redF() * 0.06,
                                         base.greenF() * 0.94 + accent.greenF() * 0.06,
                                         base.blueF() * 0.94 + accent.blueF() * 0.06);
    const qreal r = 10;
    const QRectF exposed = option->exposedRect;
    painter->fillRect(rect.adjusted(r, 0, -r, 0) & exposed, fill);
    painter->fillRect(rect.adjusted(0, r, 0, -r) & exposed, fill);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    for (const QPointF &c : {rect.topLeft() + QPointF(r, r), rect.topRight() + QPointF(-r, r),
                             rect.bottomLeft() + QPointF(r, -r),
                             rect.bottomRight() + QPointF(-r, -r)}) {
        if (exposed.intersects(QRectF(c - QPointF(r, r), QSizeF(2 * r, 2 * r))))
            painter->drawEllipse(c, r, r);
    }
    QPen pen(isSelected() ? pal.color(QPalette::Highlight) : accent, isSelected() ? 2.5 : 1);
    pen.setCosmetic(!isSelected());
    pen.setStyle(isSelected() ? Qt::SolidLine : Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), r, r);
    if (lod < 0.3)
        return;

    QColor band = accent;
    band.setAlphaF(0.14);
    QPainterPath header;
    header.addRoundedRect(rect, 10, 10);
    QPainterPath top;
    top.addRect(QRectF(0, 0, m_size.width(), Metrics::kClusterHeader - 6));
    painter->setPen(Qt::NoPen);
    painter->setBrush(band);
    painter->drawPath(header.intersected(top));

    Icons::entity(EntityKind::Cluster).paint(painter, QRect(10, 7, 20, 20));
    QFont bold = scene() ? scene()->font() : QFont();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    const QFontMetricsF fm(bold);
    const QString title = fm.elidedText(m_content.title, Qt::ElideRight, m_size.width() / 2);
    painter->drawText(QRectF(36, 0, m_size.width() / 2, Metrics::kClusterHeader - 6),
                      Qt::AlignVCenter | Qt::AlignLeft, title);

    QFont font = scene() ? scene()->font() : QFont();
    painter->setFont(font);
    qreal right = m_size.width() - 12;
    if (!m_content.chip.isEmpty()) {
        const qreal w = QFontMetricsF(font).horizontalAdvance(m_content.chip) + 14;
        const QRectF chip(right - w, 8, w, 18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(Palette::fargate);
        painter->drawRoundedRect(chip, 9, 9);
        painter->setPen(Palette::textOnDarkFill);
        painter->drawText(chip, Qt::AlignCenter, m_content.chip);
        right -= w + 8;
    }
    const qreal left = 36 + fm.horizontalAdvance(title) + 16;
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(
        QRectF(left, 0, std::max<qreal>(0, right - left), Metrics::kClusterHeader - 6),
        Qt::AlignVCenter | Qt::AlignRight,
        QFontMetricsF(font).elidedText(m_content.subtitle, Qt::ElideLeft,
                                       std::max<qreal>(0, right - left)));

    // The resize grip.
    painter->setPen(QPen(accent, 1.2));
    const QRectF g = gripRect();
    for (int i = 1; i <= 3; ++i)
        painter->drawLine(QPointF(g.right() - 3 * i - 1, g.bottom() - 2),
                          QPointF(g.right() - 2, g.bottom() - 3 * i - 1));
    paintDecorations(painter, rect);
}

void ClusterItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && gripRect().contains(event->pos())) {
        m_resizing = true;
        m_pressOffset = QPointF(m_size.width(), m_size.height()) - event->pos();
        event->accept();
        return;
    }
    NodeItem::mousePressEvent(event);
}

void ClusterItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_resizing) {
        NodeItem::mouseMoveEvent(event);
        return;
    }
    QPointF corner = event->pos() + m_pressOffset;
    auto *projectScene = qobject_cast<ProjectScene *>(scene());
    if (projectScene && projectScene->isSnapping())
        corner = QPointF(std::round(corner.x() / Metrics::kGrid) * Metrics::kGrid,
                         std::round(corner.y() / Metrics::kGrid) * Metrics::kGrid);
    setSize(QSizeF(std::max(corner.x(), Metrics::kClusterMinimum.width()),
                   std::max(corner.y(), Metrics::kClusterMinimum.height())));
}

void ClusterItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_resizing) {
        NodeItem::mouseReleaseEvent(event);
        return;
    }
    m_resizing = false;
    if (auto *projectScene = qobject_cast<ProjectScene *>(scene()))
        projectScene->commitResize(this);
}

void ClusterItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    if (gripRect().contains(event->pos()))
        setCursor(Qt::SizeFDiagCursor);
    else
        unsetCursor();
}

} // namespace Berth::Gui

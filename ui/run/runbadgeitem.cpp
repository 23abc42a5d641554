#include "ui/run/runbadgeitem.h"

#include "ui/style/palette.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>

namespace Berth::Gui {

RunBadgeItem::RunBadgeItem(QGraphicsItem *parent, std::function<void(RunBadgeItem *)> forget)
    : QGraphicsItem(parent), m_forget(std::move(forget))
{
    setCacheMode(DeviceCoordinateCache);
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(4);
}

RunBadgeItem::~RunBadgeItem()
{
    if (m_forget)
        m_forget(this);
}

void RunBadgeItem::setBadge(const RunBadge &badge)
{
    if (badge == m_badge)
        return;
    m_badge = badge;
    update();
}

void RunBadgeItem::setRect(const QRectF &rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

QRectF RunBadgeItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void RunBadgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(base);
    painter->drawRoundedRect(m_rect, 4, 4);

    QFont font = scene() ? scene()->font() : QFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const qreal lineHeight = fm.height() + 2;
    qreal x = m_rect.left() + 6;
    qreal y = m_rect.top() + 2;
    if (m_badge.swatch.isValid()) {
        painter->setBrush(m_badge.swatch);
        painter->drawRoundedRect(
            QRectF(x, y + 3, 4, lineHeight * qMax<qsizetype>(1, m_badge.lines.size()) - 6), 2, 2);
        x += 9;
    }
    const qreal width = m_rect.right() - 4 - x;
    for (qsizetype i = 0; i < m_badge.lines.size(); ++i) {
        if (y + lineHeight > m_rect.bottom() + 1)
            break;
        QFont f = font;
        f.setBold(i == 0 && m_badge.emphasize);
        painter->setFont(f);
        painter->setPen(i == 0 ? text : pal.color(QPalette::PlaceholderText));
        painter->drawText(QRectF(x, y, width, lineHeight), Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetricsF(f).elidedText(m_badge.lines.at(i), Qt::ElideRight, width));
        y += lineHeight;
    }
    if (m_badge.progress >= 0 && y + 6 <= m_rect.bottom() + 1) {
        const QRectF bar(x, y + 1, width, 5);
        painter->setPen(Qt::NoPen);
        painter->setBrush(pal.color(QPalette::AlternateBase).darker(108));
        painter->drawRoundedRect(bar, 2.5, 2.5);
        painter->setBrush(m_badge.progressColor.isValid() ? m_badge.progressColor
                                                          : Palette::success);
        painter->drawRoundedRect(
            QRectF(bar.topLeft(), QSizeF(bar.width() * qBound(0.0, m_badge.progress, 1.0), 5)), 2.5,
            2.5);
        y += 9;
    }
    if (!m_badge.dots.isEmpty()) {
        qreal dx = x;
        const qreal d = 9;
        for (const QColor &c : m_badge.dots) {
            if (dx + d > m_rect.right() - 3) {
                dx = x;
                y += d + 3;
            }
            if (y + d > m_rect.bottom())
                break;
            painter->setBrush(c);
            painter->setPen(QPen(c.darker(130), 1));
            painter->drawEllipse(QRectF(dx, y + 1, d, d));
            dx += d + 4;
        }
    }
}

} // namespace Berth::Gui

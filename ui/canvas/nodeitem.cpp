#include "ui/canvas/nodeitem.h"

#include "ui/canvas/clusteritem.h"
#include "ui/canvas/itemmetrics.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/linkrules.h"
#include "ui/canvas/projectscene.h"
#include "ui/icons.h"
#include "ui/style/palette.h"

#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Berth::Gui {

using Model::EntityKind;
using Model::EntityRef;

namespace {

constexpr qreal kRadius = 6;
constexpr qreal kHandleRadius = 6;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

NodeItem::NodeItem(const EntityRef &ref, QGraphicsItem *parent) : QGraphicsItem(parent), m_ref(ref)
{
    setFlags(ItemIsSelectable | ItemSendsScenePositionChanges | ItemSendsGeometryChanges);
    if (ref.kind != EntityKind::ListenerRule)
        setFlag(ItemIsMovable);
    setAcceptHoverEvents(hasLinkHandle());
    // Cards change rarely and are drawn often (every pan): keep each one as a pixmap.
    setCacheMode(DeviceCoordinateCache);
    setZValue(ref.kind == EntityKind::ContainerInstance || ref.kind == EntityKind::Service ? 2 : 1);
}

NodeItem::~NodeItem()
{
    for (LinkItem *link : std::as_const(m_links))
        link->forget(this);
}

NodeItem *NodeItem::from(QGraphicsItem *item)
{
    while (item) {
        if (item->type() == NodeItem::Type || item->type() == ClusterItem::Type)
            return static_cast<NodeItem *>(item);
        item = item->parentItem();
    }
    return nullptr;
}

void NodeItem::setContent(const NodeContent &content)
{
    if (content == m_content)
        return;
    m_content = content;
    update();
}

void NodeItem::setSize(QSizeF size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
    for (LinkItem *link : std::as_const(m_links))
        link->updatePath();
}

void NodeItem::setHighlighted(bool on)
{
    if (on != m_highlighted) {
        m_highlighted = on;
        update();
    }
}

void NodeItem::setProblems(int errors, int warnings)
{
    if (errors != m_errors || warnings != m_warnings) {
        m_errors = errors;
        m_warnings = warnings;
        update();
    }
}

void NodeItem::setLinkState(LinkState state)
{
    if (state != m_linkState) {
        m_linkState = state;
        update();
    }
}

void NodeItem::setModelPos(QPointF pos)
{
    m_modelPos = pos;
    if (this->pos() != pos)
        setPos(pos);
}

bool NodeItem::hasLinkHandle() const
{
    return LinkRules::canStart(m_ref.kind);
}

QRectF NodeItem::linkHandleRect() const
{
    const qreal y =
        m_ref.kind == EntityKind::LoadBalancer ? Metrics::kHeaderHeight / 2 : m_size.height() / 2;
    return QRectF(m_size.width() - kHandleRadius, y - kHandleRadius, 2 * kHandleRadius,
                  2 * kHandleRadius);
}

QPointF NodeItem::outgoingAnchor() const
{
    return mapToScene(linkHandleRect().center() + QPointF(kHandleRadius, 0));
}

QPointF NodeItem::incomingAnchor() const
{
    const qreal y = m_ref.kind == EntityKind::Cluster ? Metrics::kClusterHeader / 2
                                                      : std::min(m_size.height() / 2, 42.0);
    return mapToScene(QPointF(0, y));
}

void NodeItem::attach(LinkItem *link)
{
    if (!m_links.contains(link))
        m_links.append(link);
}

void NodeItem::detach(LinkItem *link)
{
    m_links.removeAll(link);
}

QRectF NodeItem::boundingRect() const
{
    // Room for the selection pen, the problem badge and the link handle.
    return QRectF(QPointF(0, 0), m_size).adjusted(-4, -9, kHandleRadius + 4, 4);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(QPointF(0, 0), m_size));
    if (hasLinkHandle())
        path.addEllipse(linkHandleRect().adjusted(-2, -2, 2, 2));
    return path;
}

QColor NodeItem::accent() const
{
    if (m_ref.kind == EntityKind::LoadBalancer && m_content.chip == QLatin1String("NLB"))
        return Palette::accent(EntityKind::NetworkLoadBalancer);
    return Palette::accent(m_ref.kind);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF rect(QPointF(0, 0), m_size);
    const QColor accent = this->accent();
    const QColor base = pal.color(QPalette::Base);
    const bool rule = m_ref.kind == EntityKind::ListenerRule;
    const QPen border(isSelected() ? pal.color(QPalette::Highlight) : mix(base, accent, 0.55),
                      isSelected() ? 2.5 : 1.2);

    if (lod < 0.3) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(mix(base, accent, 0.45));
        painter->drawRect(rect);
        return;
    }

    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(border);
    painter->setBrush(rule ? mix(base, accent, 0.08) : base);
    painter->drawRoundedRect(rect, rule ? 4 : kRadius, rule ? 4 : kRadius);

    const QColor text = pal.color(QPalette::Text);
    const QColor dim = mix(base, text, 0.68);
    QFont font = scene() ? scene()->font() : QFont();
    QFont bold = font;
    bold.setBold(true);
    const int pad = 8;

    if (rule) {
        painter->setFont(font);
        painter->setPen(text);
        const QRectF textRect = rect.adjusted(pad, 0, -pad - kHandleRadius, 0);
        const QString line =
            QFontMetricsF(font).elidedText(m_content.title, Qt::ElideRight, textRect.width());
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, line);
    } else {
        // The header band: the kind's colour, soft enough for either palette.
        QPainterPath header;
        header.addRoundedRect(rect, kRadius, kRadius);
        QPainterPath band;
        band.addRect(QRectF(0, 0, m_size.width(), Metrics::kHeaderHeight));
        painter->setPen(Qt::NoPen);
        painter->setBrush(mix(base, accent, 0.22));
        painter->drawPath(header.intersected(band));
        painter->setPen(QPen(mix(base, accent, 0.55), 1));
        painter->drawLine(QPointF(0.5, Metrics::kHeaderHeight),
                          QPointF(m_size.width() - 0.5, Metrics::kHeaderHeight));

        Icons::entity(m_content.chip == QLatin1String("NLB") ? EntityKind::NetworkLoadBalancer
                                                             : m_ref.kind)
            .paint(painter, QRect(pad, 7, 16, 16));
        qreal chipWidth = 0;
        if (!m_content.chip.isEmpty()) {
            QFont small = font;
            small.setPointSizeF(font.pointSizeF() * 0.8);
            small.setBold(true);
            const QFontMetricsF fm(small);
            chipWidth = fm.horizontalAdvance(m_content.chip) + 10;
            const QRectF chip(m_size.width() - pad - chipWidth - (hasLinkHandle() ? 6 : 0), 7,
                              chipWidth, 16);
            painter->setPen(Qt::NoPen);
            painter->setBrush(mix(base, accent, 0.7));
            painter->drawRoundedRect(chip, 8, 8);
            painter->setPen(base);
            painter->setFont(small);
            painter->drawText(chip, Qt::AlignCenter, m_content.chip);
        }
        painter->setFont(bold);
        painter->setPen(text);
        const QRectF titleRect(pad + 22, 0, m_size.width() - 2 * pad - 22 - chipWidth - 8,
                               Metrics::kHeaderHeight);
        painter->drawText(
            titleRect, Qt::AlignVCenter | Qt::AlignLeft,
            QFontMetricsF(bold).elidedText(m_content.title, Qt::ElideRight, titleRect.width()));
        if (lod >= 0.5) {
            painter->setFont(font);
            qreal y = Metrics::kHeaderHeight + 4;
            const qreal width = m_size.width() - 2 * pad;
            const QFontMetricsF fm(font);
            QStringList lines = m_content.lines;
            if (!m_content.subtitle.isEmpty())
                lines.prepend(m_content.subtitle);
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (y + Metrics::kLineHeight > m_size.height() + 1)
                    break;
                painter->setPen(i == 0 && !m_content.subtitle.isEmpty() ? text : dim);
                painter->drawText(QRectF(pad, y, width, Metrics::kLineHeight),
                                  Qt::AlignVCenter | Qt::AlignLeft,
                                  fm.elidedText(lines.at(i), Qt::ElideRight, width));
                y += Metrics::kLineHeight;
            }
        }
    }
    paintDecorations(painter, rect);
}

void NodeItem::paintDecorations(QPainter *painter, const QRectF &rect) const
{
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    const QColor base = pal.color(QPalette::Base);
    if (m_highlighted) {
        painter->setPen(QPen(Palette::success, 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect.adjusted(-3, -3, 3, 3), kRadius + 2, kRadius + 2);
    }
    if (m_linkState != LinkState::None) {
        const QColor c =
            m_linkState == LinkState::Accepts ? Palette::success : Palette::refused;
        painter->setPen(QPen(c, 2.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect.adjusted(-2, -2, 2, 2), kRadius + 1, kRadius + 1);
    }
    if (hasLinkHandle()) {
        const QColor accent = this->accent();
        painter->setPen(QPen(accent, 1.5));
        painter->setBrush(base);
        const QRectF h = linkHandleRect();
        painter->drawEllipse(h);
        painter->setBrush(accent);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(h.center(), 2.5, 2.5);
    }
    if (m_errors + m_warnings > 0) {
        const QColor c = m_errors ? Palette::error : Palette::warning;
        const QString count = QString::number(m_errors ? m_errors : m_warnings);
        QFont font = scene() ? scene()->font() : QFont();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 0.8);
        const qreal w = std::max<qreal>(18, QFontMetricsF(font).horizontalAdvance(count) + 10);
        const QRectF badge(rect.right() - w - 14, -9, w, 18);
        painter->setPen(QPen(base, 1.5));
        painter->setBrush(c);
        painter->drawRoundedRect(badge, 9, 9);
        painter->setPen(Palette::textOnDarkFill);
        painter->setFont(font);
        painter->drawText(badge, Qt::AlignCenter, count);
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange) {
        auto *projectScene = qobject_cast<ProjectScene *>(scene());
        if (projectScene && projectScene->isSnapping()) {
            const QPointF p = value.toPointF();
            const qreal g = Metrics::kGrid;
            return QPointF(std::round(p.x() / g) * g, std::round(p.y() / g) * g);
        }
    } else if (change == ItemScenePositionHasChanged) {
        for (LinkItem *link : std::as_const(m_links))
            link->updatePath();
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const bool onHandle = linkHandleRect().adjusted(-3, -3, 3, 3).contains(event->pos());
    setCursor(onHandle ? Qt::CrossCursor : Qt::ArrowCursor);
    setToolTip(onHandle ? tr("Drag to a task definition, target group or cluster to link")
                        : QString());
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    unsetCursor();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace Berth::Gui

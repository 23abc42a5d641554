#include "ui/canvas/linktool.h"

#include "ui/canvas/clusteritem.h"
#include "ui/canvas/linkrules.h"
#include "ui/canvas/projectscene.h"
#include "ui/commands/projecteditor.h"
#include "ui/style/palette.h"

#include <QGraphicsPathItem>
#include <QGraphicsView>
#include <QPen>
#include <QToolTip>

namespace Berth::Gui {

using Model::EntityRef;

LinkTool::LinkTool(ProjectScene *scene) : QObject(scene), m_scene(scene)
{
}

void LinkTool::begin(NodeItem *from, QPointF scenePos)
{
    m_from = from;
    m_line = new QGraphicsPathItem;
    QPen pen(Palette::accent(from->ref().kind), 2, Qt::DashLine);
    m_line->setPen(pen);
    m_line->setZValue(100);
    m_scene->addItem(m_line);
    move(scenePos, {});
}

NodeItem *LinkTool::targetAt(QPointF scenePos) const
{
    // The cards under the point first; a cluster's empty inside counts as the cluster.
    NodeItem *cluster = nullptr;
    for (QGraphicsItem *item : m_scene->items(scenePos, Qt::IntersectsItemBoundingRect)) {
        NodeItem *node = NodeItem::from(item);
        if (!node || node != item || node == m_from)
            continue;
        if (node->type() == ClusterItem::Type) {
            if (!cluster)
                cluster = node;
            continue;
        }
        if (QRectF(QPointF(), node->size()).contains(node->mapFromScene(scenePos)))
            return node;
    }
    return cluster;
}

void LinkTool::setTarget(NodeItem *target)
{
    if (target == m_target)
        return;
    if (m_target && m_scene->itemFor(m_target->ref()) == m_target)
        m_target->setLinkState(NodeItem::LinkState::None);
    m_target = target;
}

void LinkTool::move(QPointF scenePos, QPoint screenPos)
{
    if (!m_from)
        return;
    const QPointF a = m_from->outgoingAnchor();
    QPainterPath path(a);
    const qreal dx = std::max<qreal>(40, std::abs(scenePos.x() - a.x()) / 2);
    path.cubicTo(a + QPointF(dx, 0), scenePos - QPointF(dx, 0), scenePos);
    m_line->setPath(path);

    NodeItem *target = targetAt(scenePos);
    setTarget(target);
    if (!target) {
        QToolTip::hideText();
        return;
    }
    const LinkRules::Verdict verdict =
        LinkRules::check(m_scene->editor()->data(), m_from->ref(), target->ref());
    target->setLinkState(verdict.allowed ? NodeItem::LinkState::Accepts
                                         : NodeItem::LinkState::Refuses);
    if (!screenPos.isNull() && !verdict.reason.isEmpty()) {
        QWidget *view = m_scene->views().isEmpty() ? nullptr : m_scene->views().first();
        QToolTip::showText(screenPos + QPoint(14, 14), verdict.reason, view);
    }
}

void LinkTool::finish(QPointF scenePos, QPoint screenPos)
{
    if (!m_from)
        return;
    NodeItem *target = targetAt(scenePos);
    const EntityRef from = m_from->ref();
    const EntityRef to = target ? target->ref() : EntityRef{};
    cancel();
    if (to.isNull())
        return;
    const LinkRules::Verdict verdict = m_scene->link(from, to);
    if (!verdict.allowed && !verdict.reason.isEmpty() && !screenPos.isNull()) {
        QWidget *view = m_scene->views().isEmpty() ? nullptr : m_scene->views().first();
        QToolTip::showText(screenPos + QPoint(14, 14), verdict.reason, view, {}, 6000);
    }
}

void LinkTool::cancel()
{
    setTarget(nullptr);
    delete m_line;
    m_line = nullptr;
    m_from = nullptr;
}

} // namespace Berth::Gui

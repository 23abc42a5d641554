#include "ui/canvas/layoutedits.h"

#include "model/designedits.h"
#include "ui/canvas/itemmetrics.h"

#include <algorithm>

namespace Berth::Gui {

using Model::EntityKind;
using Model::EntityRef;
using Model::ProjectData;

namespace {

template <typename List> auto *byName(List &list, const QString &name)
{
    for (auto &e : list) {
        if (e.name == name)
            return &e;
    }
    return static_cast<decltype(&list[0])>(nullptr);
}

} // namespace

QPointF LayoutEdits::position(const ProjectData &data, const EntityRef &ref)
{
    switch (ref.kind) {
    case EntityKind::Cluster:
        if (const auto *c = data.cluster(ref.name))
            return c->frame.topLeft();
        break;
    case EntityKind::ContainerInstance:
        if (const auto *c = data.cluster(ref.parent)) {
            if (const auto *i = c->instance(ref.name))
                return i->position;
        }
        break;
    case EntityKind::TaskDefinition:
        if (const auto *td = data.latestRevision(ref.name))
            return td->position();
        break;
    case EntityKind::Service:
        if (const auto *s = data.service(ref.name))
            return s->position;
        break;
    case EntityKind::LoadBalancer:
        if (const auto *lb = data.loadBalancer(ref.name))
            return lb->position;
        break;
    case EntityKind::TargetGroup:
        if (const auto *tg = data.targetGroup(ref.name))
            return tg->position;
        break;
    case EntityKind::Repository:
        if (const auto *r = data.repository(ref.name))
            return r->position;
        break;
    default:
        break;
    }
    return {};
}

QPointF LayoutEdits::scenePosition(const ProjectData &data, const EntityRef &ref)
{
    const QPointF p = position(data, ref);
    if (ref.kind == EntityKind::ContainerInstance) {
        if (const auto *c = data.cluster(ref.parent))
            return c->frame.topLeft() + p;
    } else if (ref.kind == EntityKind::Service) {
        const auto *s = data.service(ref.name);
        if (const auto *c = s ? data.cluster(s->cluster) : nullptr)
            return c->frame.topLeft() + p;
    }
    return p;
}

void LayoutEdits::setPosition(ProjectData &data, const EntityRef &ref, QPointF p)
{
    switch (ref.kind) {
    case EntityKind::Cluster:
        if (auto *c = data.cluster(ref.name))
            c->frame.moveTopLeft(p);
        break;
    case EntityKind::ContainerInstance:
        if (auto *c = data.cluster(ref.parent)) {
            if (auto *i = c->instance(ref.name))
                i->position = p;
        }
        break;
    case EntityKind::TaskDefinition:
        for (Model::TaskDefinition &td : data.taskDefinitions) {
            if (td.family() == ref.name)
                td.setPosition(p);
        }
        break;
    case EntityKind::Service:
        if (auto *s = data.service(ref.name))
            s->position = p;
        break;
    case EntityKind::LoadBalancer:
        if (auto *lb = byName(data.loadBalancers, ref.name))
            lb->position = p;
        break;
    case EntityKind::TargetGroup:
        if (auto *tg = byName(data.targetGroups, ref.name))
            tg->position = p;
        break;
    case EntityKind::Repository:
        if (auto *r = byName(data.repositories, ref.name))
            r->position = p;
        break;
    default:
        break;
    }
}

void LayoutEdits::moveServiceToCluster(ProjectData &data, const QString &service,
                                       const QString &cluster, QPointF scenePos)
{
    Model::Service *s = data.service(service);
    if (!s)
        return;
    s->cluster = cluster;
    if (const Model::Cluster *c = data.cluster(cluster)) {
        QPointF p = scenePos - c->frame.topLeft();
        p.setX(std::max(p.x(), Metrics::kClusterMargin));
        p.setY(std::max(p.y(), Metrics::kClusterHeader));
        s->position = p;
        fitFrame(data, cluster);
    } else {
        s->position = scenePos;
    }
}

EntityRef LayoutEdits::moveInstanceToCluster(ProjectData &data, const EntityRef &instance,
                                             const QString &cluster, QPointF scenePos)
{
    const EntityRef moved = Model::DesignEdits::moveInstance(data, instance, cluster);
    if (moved == instance)
        return instance;
    Model::Cluster *to = data.cluster(cluster);
    QPointF p = scenePos - to->frame.topLeft();
    p.setX(std::max(p.x(), Metrics::kClusterMargin));
    p.setY(std::max(p.y(), Metrics::kClusterHeader));
    to->instance(moved.name)->position = p;
    fitFrame(data, cluster);
    return moved;
}

void LayoutEdits::fitFrame(ProjectData &data, const QString &cluster)
{
    Model::Cluster *c = data.cluster(cluster);
    if (!c)
        return;
    qreal right = Metrics::kClusterMinimum.width();
    qreal bottom = Metrics::kClusterMinimum.height();
    for (const Model::ContainerInstance &i : c->instances) {
        right = std::max(right, i.position.x() + Metrics::kInstanceSize.width());
        bottom = std::max(bottom, i.position.y() + Metrics::kInstanceSize.height());
    }
    for (const Model::Service &s : data.services) {
        if (s.cluster == cluster) {
            right = std::max(right, s.position.x() + Metrics::kServiceSize.width());
            bottom = std::max(bottom, s.position.y() + Metrics::kServiceSize.height());
        }
    }
    c->frame.setWidth(std::max(c->frame.width(), right + Metrics::kClusterMargin));
    c->frame.setHeight(std::max(c->frame.height(), bottom + Metrics::kClusterMargin));
}

QPointF LayoutEdits::freeInstanceSlot(const ProjectData &data, const QString &cluster)
{
    const Model::Cluster *c = data.cluster(cluster);
    if (!c)
        return QPointF(Metrics::kClusterMargin, Metrics::kClusterHeader);
    QList<QRectF> taken;
    for (const Model::ContainerInstance &i : c->instances)
        taken << QRectF(i.position, Metrics::kInstanceSize);
    for (const Model::Service &s : data.services) {
        if (s.cluster == cluster)
            taken << QRectF(s.position, Metrics::kServiceSize);
    }
    const QSizeF size = Metrics::kInstanceSize;
    const qreal gap = Metrics::kGrid;
    for (qreal y = Metrics::kClusterHeader;
         y + size.height() + Metrics::kClusterMargin <= c->frame.height();
         y += size.height() + gap) {
        for (qreal x = Metrics::kClusterMargin;
             x + size.width() + Metrics::kClusterMargin <= c->frame.width();
             x += size.width() + gap) {
            const QRectF slot =
                QRectF(QPointF(x, y), size).adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2);
            if (std::none_of(taken.cbegin(), taken.cend(),
                             [&](const QRectF &r) { return r.intersects(slot); }))
                return QPointF(x, y);
        }
    }
    if (c->instances.isEmpty())
        return QPointF(Metrics::kClusterMargin, Metrics::kClusterHeader);
    return c->instances.last().position + QPointF(size.width() + gap, 0);
}

void LayoutEdits::fitFrameMakingRoom(ProjectData &data, const QString &cluster)
{
    const Model::Cluster *c = data.cluster(cluster);
    if (!c)
        return;
    const QRectF before = c->frame;
    fitFrame(data, cluster);
    const QRectF after = data.cluster(cluster)->frame;
    const qreal dx = after.right() - before.right();
    const qreal dy = after.bottom() - before.bottom();
    if (dx <= 0 && dy <= 0)
        return;
    // Cards that stood right of the frame, level with it, move right; those below it, under
    // it, move down: their places relative to one another stay.
    const auto moved = [&](QPointF topLeft, QSizeF size) {
        QPointF by;
        const QRectF r(topLeft, size);
        if (dx > 0 && r.left() >= before.right() && r.top() < after.bottom() &&
            r.bottom() > after.top())
            by.rx() = dx;
        if (dy > 0 && r.top() >= before.bottom() && r.left() < after.right() &&
            r.right() > after.left())
            by.ry() = dy;
        return topLeft + by;
    };
    for (Model::Cluster &other : data.clusters) {
        if (other.name != cluster)
            other.frame.moveTopLeft(moved(other.frame.topLeft(), other.frame.size()));
    }
    const QSizeF card(Metrics::kTaskDefinitionWidth, Metrics::kServiceSize.height());
    for (Model::TaskDefinition &td : data.taskDefinitions)
        td.setPosition(moved(td.position(), card));
    for (Model::LoadBalancer &lb : data.loadBalancers)
        lb.position = moved(lb.position, card);
    for (Model::TargetGroup &tg : data.targetGroups)
        tg.position = moved(tg.position, Metrics::kTargetGroupSize);
    for (Model::EcrRepository &r : data.repositories)
        r.position = moved(r.position, Metrics::kRepositorySize);
}

EntityRef LayoutEdits::addInstance(ProjectData &data, const QString &cluster,
                                   const QString &instanceType)
{
    // The slot is looked for before the instance is there: at the frame's corner it would
    // take the first place itself.
    const QPointF slot = freeInstanceSlot(data, cluster);
    const EntityRef added = Model::DesignEdits::addInstance(data, cluster, instanceType);
    if (added.isNull())
        return added;
    setPosition(data, added, slot);
    fitFrameMakingRoom(data, cluster);
    return added;
}

} // namespace Berth::Gui

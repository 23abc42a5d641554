#include "ui/projectedits.h"

#include "ui/canvas/itemmetrics.h"

#include <QSet>

#include <algorithm>

namespace Berth::Gui {

using Model::ProjectData;

namespace {

template <typename List> bool hasName(const List &list, const QString &name)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const auto &e) { return e.name == name; });
}

template <typename List> auto *byName(List &list, const QString &name)
{
    for (auto &e : list) {
        if (e.name == name)
            return &e;
    }
    return static_cast<decltype(&list[0])>(nullptr);
}

Model::ListenerRule *ruleOf(ProjectData &data, const EntityRef &ref)
{
    Model::LoadBalancer *lb = byName(data.loadBalancers, ref.parent);
    if (!lb || ref.listener < 0 || ref.listener >= lb->listeners.size())
        return nullptr;
    Model::Listener &listener = lb->listeners[ref.listener];
    if (ref.rule < 0 || ref.rule >= listener.rules.size())
        return nullptr;
    return &listener.rules[ref.rule];
}

QString familyOfReference(const QString &reference, QString *suffix)
{
    const qsizetype colon = reference.lastIndexOf(u':');
    if (colon < 0) {
        suffix->clear();
        return reference;
    }
    *suffix = reference.mid(colon);
    return reference.left(colon);
}

} // namespace

bool ProjectEdits::exists(const ProjectData &data, const EntityRef &ref)
{
    switch (ref.kind) {
    case EntityKind::Project:
        return true;
    case EntityKind::Cluster:
        return data.cluster(ref.name);
    case EntityKind::ContainerInstance: {
        const Model::Cluster *c = data.cluster(ref.parent);
        return c && c->instance(ref.name);
    }
    case EntityKind::TaskDefinition:
        return data.latestRevision(ref.name);
    case EntityKind::Service:
        return data.service(ref.name);
    case EntityKind::LoadBalancer:
        return data.loadBalancer(ref.name);
    case EntityKind::ListenerRule:
        return ruleOf(const_cast<ProjectData &>(data), ref);
    case EntityKind::TargetGroup:
        return data.targetGroup(ref.name);
    default:
        return false;
    }
}

QString ProjectEdits::kindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Project:
        return tr("project");
    case EntityKind::Cluster:
        return tr("cluster");
    case EntityKind::ContainerInstance:
        return tr("container instance");
    case EntityKind::FargateCapacity:
        return tr("Fargate capacity");
    case EntityKind::TaskDefinition:
        return tr("task definition");
    case EntityKind::Service:
        return tr("service");
    case EntityKind::LoadBalancer:
        return tr("load balancer");
    case EntityKind::ApplicationLoadBalancer:
        return tr("application load balancer");
    case EntityKind::NetworkLoadBalancer:
        return tr("network load balancer");
    case EntityKind::ListenerRule:
        return tr("listener rule");
    case EntityKind::TargetGroup:
        return tr("target group");
    case EntityKind::None:
        break;
    }
    return {};
}

QString ProjectEdits::displayName(const ProjectData &data, const EntityRef &ref)
{
    switch (ref.kind) {
    case EntityKind::ContainerInstance:
        return tr("instance %1 of %2").arg(ref.name, ref.parent);
    case EntityKind::ListenerRule: {
        const auto *rule = ruleOf(const_cast<ProjectData &>(data), ref);
        return rule ? tr("rule %1 of %2").arg(rule->priority).arg(ref.parent)
                    : tr("a rule of %1").arg(ref.parent);
    }
    case EntityKind::Project:
        return tr("project %1").arg(data.name);
    default:
        return tr("%1 %2").arg(kindName(ref.kind), ref.name);
    }
}

QPointF ProjectEdits::position(const ProjectData &data, const EntityRef &ref)
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
    default:
        break;
    }
    return {};
}

QPointF ProjectEdits::scenePosition(const ProjectData &data, const EntityRef &ref)
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

void ProjectEdits::setPosition(ProjectData &data, const EntityRef &ref, QPointF p)
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
    default:
        break;
    }
}

QString ProjectEdits::uniqueName(const ProjectData &data, EntityKind kind, const QString &base,
                                 const QString &parent)
{
    const auto taken = [&](const QString &name) {
        switch (kind) {
        case EntityKind::Cluster:
            return hasName(data.clusters, name);
        case EntityKind::ContainerInstance: {
            const auto *c = data.cluster(parent);
            return c && hasName(c->instances, name);
        }
        case EntityKind::TaskDefinition:
            return data.families().contains(name);
        case EntityKind::Service:
            return hasName(data.services, name);
        case EntityKind::LoadBalancer:
            return hasName(data.loadBalancers, name);
        case EntityKind::TargetGroup:
            return hasName(data.targetGroups, name);
        default:
            return false;
        }
    };
    if (!taken(base))
        return base;
    QString stem = base;
    // "web-2" copied again becomes "web-3", not "web-2-2".
    const qsizetype dash = stem.lastIndexOf(u'-');
    bool numbered = false;
    if (dash > 0)
        stem.mid(dash + 1).toInt(&numbered);
    if (numbered)
        stem.truncate(dash);
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(stem).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

QString ProjectEdits::rename(ProjectData &data, const EntityRef &ref, const QString &raw)
{
    const QString name = raw.trimmed();
    if (name.isEmpty())
        return tr("A name cannot be empty.");
    if (name == ref.name)
        return {};
    if (uniqueName(data, ref.kind, name, ref.parent) != name)
        return tr("There is already a %1 named \"%2\".").arg(kindName(ref.kind), name);
    switch (ref.kind) {
    case EntityKind::Cluster:
        if (auto *c = data.cluster(ref.name)) {
            c->name = name;
            for (Model::Service &s : data.services) {
                if (s.cluster == ref.name)
                    s.cluster = name;
            }
        }
        break;
    case EntityKind::ContainerInstance:
        if (auto *c = data.cluster(ref.parent)) {
            if (auto *i = c->instance(ref.name))
                i->name = name;
        }
        break;
    case EntityKind::TaskDefinition:
        for (Model::TaskDefinition &td : data.taskDefinitions) {
            if (td.family() == ref.name)
                td.set(QStringLiteral("family"), name);
        }
        for (Model::Service &s : data.services) {
            QString suffix;
            if (familyOfReference(s.taskDefinition, &suffix) == ref.name)
                s.taskDefinition = name + suffix;
        }
        break;
    case EntityKind::Service:
        if (auto *s = data.service(ref.name))
            s->name = name;
        break;
    case EntityKind::LoadBalancer:
        if (auto *lb = byName(data.loadBalancers, ref.name))
            lb->name = name;
        break;
    case EntityKind::TargetGroup:
        if (auto *tg = byName(data.targetGroups, ref.name))
            tg->name = name;
        for (Model::Service &s : data.services) {
            for (Model::ServiceLoadBalancer &link : s.loadBalancers) {
                if (link.targetGroup == ref.name)
                    link.targetGroup = name;
            }
        }
        for (Model::LoadBalancer &lb : data.loadBalancers) {
            for (Model::Listener &l : lb.listeners) {
                if (l.defaultTargetGroup == ref.name)
                    l.defaultTargetGroup = name;
                for (Model::ListenerRule &r : l.rules) {
                    if (r.targetGroup == ref.name)
                        r.targetGroup = name;
                }
            }
        }
        break;
    default:
        return tr("A %1 has no name to change.").arg(kindName(ref.kind));
    }
    return {};
}

void ProjectEdits::remove(ProjectData &data, const QList<EntityRef> &refs)
{
    // Rules first, highest index first, so that the indexes of the others stay right.
    QList<EntityRef> rules;
    for (const EntityRef &ref : refs) {
        if (ref.kind == EntityKind::ListenerRule)
            rules << ref;
    }
    std::sort(rules.begin(), rules.end(), [](const EntityRef &a, const EntityRef &b) {
        return std::tie(a.parent, a.listener, b.rule) < std::tie(b.parent, b.listener, a.rule);
    });
    for (const EntityRef &ref : rules) {
        if (ruleOf(data, ref))
            byName(data.loadBalancers, ref.parent)
                ->listeners[ref.listener]
                .rules.removeAt(ref.rule);
    }
    for (const EntityRef &ref : refs) {
        switch (ref.kind) {
        case EntityKind::Cluster:
            data.clusters.removeIf([&](const Model::Cluster &c) { return c.name == ref.name; });
            data.services.removeIf([&](const Model::Service &s) { return s.cluster == ref.name; });
            break;
        case EntityKind::ContainerInstance:
            if (auto *c = data.cluster(ref.parent)) {
                c->instances.removeIf(
                    [&](const Model::ContainerInstance &i) { return i.name == ref.name; });
            }
            break;
        case EntityKind::TaskDefinition:
            data.taskDefinitions.removeIf(
                [&](const Model::TaskDefinition &td) { return td.family() == ref.name; });
            break;
        case EntityKind::Service:
            data.services.removeIf([&](const Model::Service &s) { return s.name == ref.name; });
            break;
        case EntityKind::LoadBalancer:
            data.loadBalancers.removeIf(
                [&](const Model::LoadBalancer &lb) { return lb.name == ref.name; });
            break;
        case EntityKind::TargetGroup:
            data.targetGroups.removeIf(
                [&](const Model::TargetGroup &tg) { return tg.name == ref.name; });
            for (Model::Service &s : data.services) {
                s.loadBalancers.removeIf([&](const Model::ServiceLoadBalancer &link) {
                    return link.targetGroup == ref.name;
                });
            }
            for (Model::LoadBalancer &lb : data.loadBalancers) {
                for (Model::Listener &l : lb.listeners) {
                    if (l.defaultTargetGroup == ref.name)
                        l.defaultTargetGroup.clear();
                    for (Model::ListenerRule &r : l.rules) {
                        if (r.targetGroup == ref.name)
                            r.targetGroup.clear();
                    }
                }
            }
            break;
        default:
            break;
        }
    }
}

void ProjectEdits::moveServiceToCluster(ProjectData &data, const QString &service,
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

EntityRef ProjectEdits::moveInstanceToCluster(ProjectData &data, const EntityRef &instance,
                                              const QString &cluster, QPointF scenePos)
{
    Model::Cluster *from = data.cluster(instance.parent);
    Model::Cluster *to = data.cluster(cluster);
    if (!from || !to || !from->instance(instance.name))
        return instance;
    Model::ContainerInstance moved = *from->instance(instance.name);
    from->instances.removeIf(
        [&](const Model::ContainerInstance &i) { return i.name == instance.name; });
    to = data.cluster(cluster);
    moved.name = uniqueName(data, EntityKind::ContainerInstance, moved.name, cluster);
    QPointF p = scenePos - to->frame.topLeft();
    p.setX(std::max(p.x(), Metrics::kClusterMargin));
    p.setY(std::max(p.y(), Metrics::kClusterHeader));
    moved.position = p;
    to->instances.append(moved);
    fitFrame(data, cluster);
    return EntityRef::instance(cluster, moved.name);
}

void ProjectEdits::fitFrame(ProjectData &data, const QString &cluster)
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

QPointF ProjectEdits::freeInstanceSlot(const ProjectData &data, const QString &cluster)
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
         y + size.height() + Metrics::kClusterMargin <= c->frame.height(); y += size.height() + gap) {
        for (qreal x = Metrics::kClusterMargin;
             x + size.width() + Metrics::kClusterMargin <= c->frame.width(); x += size.width() + gap) {
            const QRectF slot = QRectF(QPointF(x, y), size).adjusted(-gap / 2, -gap / 2, gap / 2,
                                                                   gap / 2);
            if (std::none_of(taken.cbegin(), taken.cend(),
                             [&](const QRectF &r) { return r.intersects(slot); }))
                return QPointF(x, y);
        }
    }
    if (c->instances.isEmpty())
        return QPointF(Metrics::kClusterMargin, Metrics::kClusterHeader);
    return c->instances.last().position + QPointF(size.width() + gap, 0);
}

void ProjectEdits::fitFrameMakingRoom(ProjectData &data, const QString &cluster)
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
        if (dx > 0 && r.left() >= before.right() && r.top() < after.bottom()
            && r.bottom() > after.top())
            by.rx() = dx;
        if (dy > 0 && r.top() >= before.bottom() && r.left() < after.right()
            && r.right() > after.left())
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
}

} // namespace Berth::Gui

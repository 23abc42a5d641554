#include "model/designedits.h"

#include "model/ecrreference.h"

#include <QJsonArray>

#include <algorithm>

namespace Berth::Model {

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

ListenerRule *ruleOf(ProjectData &data, const EntityRef &ref)
{
    LoadBalancer *lb = byName(data.loadBalancers, ref.parent);
    if (!lb || ref.listener < 0 || ref.listener >= lb->listeners.size())
        return nullptr;
    Listener &listener = lb->listeners[ref.listener];
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

bool DesignEdits::exists(const ProjectData &data, const EntityRef &ref)
{
    switch (ref.kind) {
    case EntityKind::Project:
        return true;
    case EntityKind::Cluster:
        return data.cluster(ref.name);
    case EntityKind::ContainerInstance: {
        const Cluster *c = data.cluster(ref.parent);
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
    case EntityKind::Repository:
        return data.repository(ref.name);
    default:
        return false;
    }
}

QString DesignEdits::kindName(EntityKind kind)
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
    case EntityKind::Repository:
        return tr("ECR repository");
    case EntityKind::None:
        break;
    }
    return {};
}

QString DesignEdits::displayName(const ProjectData &data, const EntityRef &ref)
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

QString DesignEdits::uniqueName(const ProjectData &data, EntityKind kind, const QString &base,
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
        case EntityKind::Repository:
            return hasName(data.repositories, name);
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

QString DesignEdits::rename(ProjectData &data, const EntityRef &ref, const QString &raw)
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
            for (Service &s : data.services) {
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
        for (TaskDefinition &td : data.taskDefinitions) {
            if (td.family() == ref.name)
                td.set(QStringLiteral("family"), name);
        }
        for (Service &s : data.services) {
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
        for (Service &s : data.services) {
            for (ServiceLoadBalancer &link : s.loadBalancers) {
                if (link.targetGroup == ref.name)
                    link.targetGroup = name;
            }
        }
        for (LoadBalancer &lb : data.loadBalancers) {
            for (Listener &l : lb.listeners) {
                if (l.defaultTargetGroup == ref.name)
                    l.defaultTargetGroup = name;
                for (ListenerRule &r : l.rules) {
                    if (r.targetGroup == ref.name)
                        r.targetGroup = name;
                    for (WeightedTargetGroup &g : r.targetGroups) {
                        if (g.targetGroup == ref.name)
                            g.targetGroup = name;
                    }
                }
            }
        }
        break;
    case EntityKind::Repository: {
        if (!EcrReference::isValidRepositoryName(name))
            return tr("An ECR repository name is lower case, 2-256 characters: letters and "
                      "digits joined by '.', '_', '-' or '/' (\"%1\" is not).")
                .arg(name);
        auto *r = byName(data.repositories, ref.name);
        if (!r)
            break;
        // The containers that name its images follow it.
        const QString from = data.repositoryUri(ref.name);
        const QString to = data.repositoryUri(name);
        for (TaskDefinition &td : data.taskDefinitions) {
            QJsonArray containers = td.json().value(QLatin1String("containerDefinitions")).toArray();
            bool changed = false;
            for (QJsonValueRef c : containers) {
                QJsonObject o = c.toObject();
                const QString image = o.value(QLatin1String("image")).toString();
                if (image == from || image.startsWith(from + u':') || image.startsWith(from + u'@')) {
                    o.insert(QLatin1String("image"), to + image.mid(from.size()));
                    c = o;
                    changed = true;
                }
            }
            if (changed)
                td.set(QStringLiteral("containerDefinitions"), containers);
        }
        r->name = name;
        break;
    }
    default:
        return tr("A %1 has no name to change.").arg(kindName(ref.kind));
    }
    return {};
}

void DesignEdits::remove(ProjectData &data, const QList<EntityRef> &refs)
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
            data.clusters.removeIf([&](const Cluster &c) { return c.name == ref.name; });
            data.services.removeIf([&](const Service &s) { return s.cluster == ref.name; });
            break;
        case EntityKind::ContainerInstance:
            if (auto *c = data.cluster(ref.parent)) {
                c->instances.removeIf(
                    [&](const ContainerInstance &i) { return i.name == ref.name; });
            }
            break;
        case EntityKind::TaskDefinition:
            data.taskDefinitions.removeIf(
                [&](const TaskDefinition &td) { return td.family() == ref.name; });
            break;
        case EntityKind::Service:
            data.services.removeIf([&](const Service &s) { return s.name == ref.name; });
            break;
        case EntityKind::LoadBalancer:
            data.loadBalancers.removeIf(
                [&](const LoadBalancer &lb) { return lb.name == ref.name; });
            break;
        case EntityKind::TargetGroup:
            data.targetGroups.removeIf([&](const TargetGroup &tg) { return tg.name == ref.name; });
            for (Service &s : data.services) {
                s.loadBalancers.removeIf(
                    [&](const ServiceLoadBalancer &link) { return link.targetGroup == ref.name; });
            }
            for (LoadBalancer &lb : data.loadBalancers) {
                for (Listener &l : lb.listeners) {
                    if (l.defaultTargetGroup == ref.name)
                        l.defaultTargetGroup.clear();
                    for (ListenerRule &r : l.rules) {
                        if (r.targetGroup == ref.name)
                            r.targetGroup.clear();
                        r.targetGroups.removeIf([&](const WeightedTargetGroup &g) {
                            return g.targetGroup == ref.name;
                        });
                    }
                }
            }
            break;
        case EntityKind::Repository:
            // The task definitions keep their image names, as ECS's do when a repository goes.
            data.repositories.removeIf(
                [&](const EcrRepository &r) { return r.name == ref.name; });
            break;
        default:
            break;
        }
    }
}

QString DesignEdits::setDesiredCount(ProjectData &data, const QString &service, int count)
{
    Service *s = data.service(service);
    if (!s)
        return tr("There is no service %1.").arg(service);
    if (count < 0)
        return tr("A desired count cannot be negative (%1).").arg(count);
    s->desiredCount = count;
    return {};
}

QString DesignEdits::setTaskDefinition(ProjectData &data, const QString &service,
                                       const QString &reference)
{
    Service *s = data.service(service);
    if (!s)
        return tr("There is no service %1.").arg(service);
    const QString wanted = reference.trimmed();
    const TaskDefinition *td = data.taskDefinition(wanted);
    if (!td)
        return tr("There is no task definition %1.").arg(wanted);
    s->taskDefinition = td->key(); // a family is resolved once, now, as UpdateService does
    return {};
}

QString DesignEdits::deregisterTaskDefinition(ProjectData &data, const QString &key)
{
    if (!key.contains(u':'))
        return tr("Name the revision to deregister, as FAMILY:REVISION.");
    for (TaskDefinition &td : data.taskDefinitions) {
        if (td.key() == key) {
            td.setActive(false);
            return {};
        }
    }
    return tr("The design has no task definition %1.").arg(key);
}

QString DesignEdits::forceNewDeployment(ProjectData &data, const QString &service)
{
    Service *s = data.service(service);
    if (!s)
        return tr("There is no service %1.").arg(service);
    const QLatin1String key(Service::kDeploymentNonce);
    s->extra.insert(key, s->extra.value(key).toInteger() + 1);
    return {};
}

QString DesignEdits::setInstanceStatus(ProjectData &data, const EntityRef &instance,
                                       ContainerInstance::Status status)
{
    Cluster *c = data.cluster(instance.parent);
    ContainerInstance *i = c ? c->instance(instance.name) : nullptr;
    if (!i)
        return tr("There is no container instance %1 in cluster %2.")
            .arg(instance.name, instance.parent);
    i->status = status;
    return {};
}

EntityRef DesignEdits::addInstance(ProjectData &data, const QString &cluster,
                                   const QString &instanceType)
{
    Cluster *c = data.cluster(cluster);
    if (!c)
        return {};
    const ContainerInstance *last = c->instances.isEmpty() ? nullptr : &c->instances.last();
    QString type = instanceType;
    if (type.isEmpty())
        type = last ? last->instanceType : ContainerInstance().instanceType;
    const ContainerInstance i = ContainerInstance::ofType(
        uniqueName(data, EntityKind::ContainerInstance, QStringLiteral("instance-1"), cluster),
        type, last ? last->availabilityZone : ContainerInstance().availabilityZone);
    c->instances.append(i);
    return EntityRef::instance(cluster, i.name);
}

EntityRef DesignEdits::moveInstance(ProjectData &data, const EntityRef &instance,
                                    const QString &cluster)
{
    Cluster *from = data.cluster(instance.parent);
    if (!from || !from->instance(instance.name) || !data.cluster(cluster) ||
        instance.parent == cluster)
        return instance;
    ContainerInstance moved = *from->instance(instance.name);
    from->instances.removeIf([&](const ContainerInstance &i) { return i.name == instance.name; });
    moved.name = uniqueName(data, EntityKind::ContainerInstance, moved.name, cluster);
    data.cluster(cluster)->instances.append(moved);
    return EntityRef::instance(cluster, moved.name);
}

} // namespace Berth::Model

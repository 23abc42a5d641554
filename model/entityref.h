#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace Berth::Model {

/// The kinds of things a user can select, place and edit.
enum class EntityKind {
    None,
    Project,
    Cluster,
    ContainerInstance,
    FargateCapacity, ///< palette only: it is a property of a cluster
    TaskDefinition,  ///< a family; the canvas shows its latest revision
    Service,
    LoadBalancer,
    ApplicationLoadBalancer, ///< palette only: a LoadBalancer of that type
    NetworkLoadBalancer,     ///< palette only
    ListenerRule,
    TargetGroup,
    Repository, ///< an ECR repository
};

/// Names one entity of the project. Entities are named as ECS names them; instances by
/// their cluster and name, listener rules by their load balancer and indexes.
struct EntityRef
{
    EntityRef(EntityKind kind = EntityKind::None, const QString &name = {},
              const QString &parent = {}, int listener = -1, int rule = -1)
        : kind(kind), name(name), parent(parent), listener(listener), rule(rule)
    {
    }

    EntityKind kind = EntityKind::None;
    QString name;   ///< cluster, instance, family, service, load balancer, target group
    QString parent; ///< the cluster of an instance, the load balancer of a rule
    int listener = -1;
    int rule = -1;

    bool isNull() const { return kind == EntityKind::None; }
    bool operator==(const EntityRef &) const = default;

    static EntityRef cluster(const QString &name) { return {EntityKind::Cluster, name}; }
    static EntityRef instance(const QString &cluster, const QString &name)
    {
        return {EntityKind::ContainerInstance, name, cluster};
    }
    static EntityRef taskDefinition(const QString &family)
    {
        return {EntityKind::TaskDefinition, family};
    }
    static EntityRef service(const QString &name) { return {EntityKind::Service, name}; }
    static EntityRef loadBalancer(const QString &name) { return {EntityKind::LoadBalancer, name}; }
    static EntityRef listenerRule(const QString &lb, int listener, int rule)
    {
        return {EntityKind::ListenerRule, QString(), lb, listener, rule};
    }
    static EntityRef targetGroup(const QString &name) { return {EntityKind::TargetGroup, name}; }
    static EntityRef repository(const QString &name) { return {EntityKind::Repository, name}; }
};

inline size_t qHash(const EntityRef &ref, size_t seed = 0)
{
    return qHashMulti(seed, int(ref.kind), ref.name, ref.parent, ref.listener, ref.rule);
}

} // namespace Berth::Model

Q_DECLARE_METATYPE(Berth::Model::EntityRef)

#pragma once

#include "model/cluster.h"
#include "model/ecrrepository.h"
#include "model/loadbalancer.h"
#include "model/service.h"
#include "model/targetgroup.h"
#include "model/taskdefinition.h"

namespace Berth::Model {

/// The whole design as a value: what the project file holds and what the engine gets as
/// an immutable snapshot.
struct ProjectData
{
    QString name;
    QString region = QStringLiteral("us-east-1");
    QString accountId = QStringLiteral("123456789012"); ///< used in exported ARNs
    QList<Cluster> clusters;
    QList<TaskDefinition> taskDefinitions; ///< every revision of every family
    QList<Service> services;
    QList<LoadBalancer> loadBalancers;
    QList<TargetGroup> targetGroups;
    QList<EcrRepository> repositories; ///< ECR repositories, served by the local registry

    const Cluster *cluster(const QString &name) const;
    Cluster *cluster(const QString &name);
    const Service *service(const QString &name) const;
    Service *service(const QString &name);
    const TargetGroup *targetGroup(const QString &name) const;
    const LoadBalancer *loadBalancer(const QString &name) const;
    const EcrRepository *repository(const QString &name) const;
    /// ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME
    QString repositoryUri(const QString &name) const;
    /// The families whose latest revision has a container with an image of the repository.
    QStringList familiesUsingRepository(const QString &name) const;

    /// Families in the order they first appear.
    QStringList families() const;
    const TaskDefinition *latestRevision(const QString &family) const;
    /// Resolves "family" (latest revision) or "family:revision".
    const TaskDefinition *taskDefinition(const QString &reference) const;
    int nextRevision(const QString &family) const;
    /// Registers a new revision of the definition's family, as ECS does; returns its key.
    QString registerTaskDefinition(const QJsonObject &definition);

    /// The task definition a service runs, or nullptr.
    const TaskDefinition *taskDefinitionOf(const Service &service) const;
    /// Whether the service names neither a launch type nor a capacity provider strategy and
    /// its cluster has a default strategy, which then places its tasks.
    bool usesDefaultCapacityProviderStrategy(const Service &service) const;
    /// The capacity provider strategy the service's tasks are placed by: its own, or its
    /// cluster's default (usesDefaultCapacityProviderStrategy()); empty: by launch type.
    QList<CapacityProviderStrategyItem> capacityProviderStrategyOf(const Service &service) const;
    /// The launch type the service runs by when no strategy applies: its own, or EC2 when it
    /// names none; empty when a capacity provider strategy applies (CreateService's choice).
    QString launchTypeOf(const Service &service) const;
    /// "family:revision" for a reference: a family resolves, once, to its latest ACTIVE
    /// revision, as CreateService and UpdateService resolve it; unknown references stay.
    QString pinned(const QString &reference) const;
    /// Pins every service that names a bare family (older project files); returns how many.
    /// A service runs one revision: registering a newer one deploys nothing by itself.
    int pinServices();
    /// The latest ACTIVE revision of the service's family when it is newer than the one the
    /// service runs ("new revision available"), else nullptr.
    const TaskDefinition *newerRevisionFor(const Service &service) const;

    QString targetGroupArn(const QString &name) const;
    QString loadBalancerArn(const QString &name) const;
    /// The first target group of the service that an application load balancer forwards
    /// to (what ALBRequestCountPerTarget counts), or an empty string.
    QString requestCountTargetGroup(const Service &service) const;
    /// ALBRequestCountPerTarget's ResourceLabel for the service,
    /// app/LB/ID/targetgroup/TG/ID, or an empty string when no ALB sends it traffic.
    QString requestCountResourceLabel(const Service &service) const;
    QString clusterArn(const QString &name) const;

    bool operator==(const ProjectData &) const = default;
};

} // namespace Berth::Model

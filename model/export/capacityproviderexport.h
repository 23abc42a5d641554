#pragma once

#include "model/export/autoscalingexport.h"
#include "model/projectdata.h"

#include <QJsonObject>
#include <QList>

namespace Berth::Model {

/// A cluster's capacity providers as the AWS CLI's inputs (--cli-input-json):
/// `aws ecs create-capacity-provider` for each provider and `aws ecs
/// put-cluster-capacity-providers` for the cluster. The Auto Scaling group is named after
/// the provider (ECS takes a group's name or ARN); the group itself is the user's to create.
class CapacityProviderExport
{
public:
    static QJsonObject createCapacityProvider(const CapacityProvider &provider);
    static QJsonObject putClusterCapacityProviders(const ProjectData &project,
                                                   const Cluster &cluster);
    /// The names a cluster must have associated: its providers, then FARGATE and
    /// FARGATE_SPOT where its default strategy or a service of the cluster names them.
    static QStringList associatedProviders(const ProjectData &project, const Cluster &cluster);
    /// A capacity provider strategy as ECS takes and describes it (base and weight always).
    static QJsonArray strategy(const QList<CapacityProviderStrategyItem> &items);

    using File = AutoScalingExport::File;
    /// capacity-providers/NAME.json for each provider and clusters/CLUSTER.capacity-
    /// providers.json; none for a cluster with neither providers nor a default strategy.
    static QList<File> files(const ProjectData &project, const Cluster &cluster);
};

} // namespace Berth::Model

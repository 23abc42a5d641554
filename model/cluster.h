#pragma once

#include "model/capacityprovider.h"
#include "model/containerinstance.h"

#include <QList>
#include <QRectF>

#include <optional>

namespace Berth::Model {

/// Fargate capacity of a cluster. quota 0 means no limit on concurrent tasks.
struct FargateCapacity
{
    bool enabled = false;
    int quota = 0;
    bool operator==(const FargateCapacity &) const = default;
};

/// An ECS cluster: its container instances and its Fargate capacity.
struct Cluster
{
    QString name;
    QList<ContainerInstance> instances;
    FargateCapacity fargate;
    /// Auto Scaling group capacity providers (put-cluster-capacity-providers).
    QList<CapacityProvider> capacityProviders;
    /// The strategy of services and RunTask calls that name neither a launch type nor a
    /// strategy of their own (put-cluster-capacity-providers); empty: they run on EC2.
    QList<CapacityProviderStrategyItem> defaultCapacityProviderStrategy;
    QRectF frame{0, 0, 640, 360}; ///< on the canvas

    const ContainerInstance *instance(const QString &name) const;
    ContainerInstance *instance(const QString &name);
    const CapacityProvider *capacityProvider(const QString &name) const;

    QJsonObject toJson() const;
    static Cluster fromJson(const JsonReader &in);

    bool operator==(const Cluster &) const = default;
};

} // namespace Berth::Model

#pragma once

#include "model/jsonreader.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Berth::Model {

/// ECS's managedScaling of an Auto Scaling group capacity provider (CreateCapacityProvider).
struct ManagedScaling
{
    bool enabled = true;      ///< status ENABLED / DISABLED
    int targetCapacity = 100; ///< % of the group's instances ECS keeps in use, 1-100
    int minimumScalingStepSize = 1;
    int maximumScalingStepSize = 10000;
    int instanceWarmupPeriod = 300; ///< seconds
    bool operator==(const ManagedScaling &) const = default;
};

/// A cluster's capacity provider: an Auto Scaling group of virtual instances of one type,
/// spread over availability zones, that ECS grows when tasks wait for room (PROVISIONING)
/// and shrinks when instances run no task. The group's own settings (instance type, sizes,
/// zones) stand for what CreateAutoScalingGroup would hold.
struct CapacityProvider
{
    QString name;
    QString instanceType = QStringLiteral("t3.medium");
    int minSize = 0;
    int maxSize = 4;
    int desiredCapacity = 0;
    QStringList availabilityZones{QStringLiteral("us-east-1a"), QStringLiteral("us-east-1b")};
    ManagedScaling managedScaling;
    /// Instances that run tasks are protected from scale-in (ENABLED / DISABLED).
    bool managedTerminationProtection = true;

    /// The name an instance the group launched gets: NAME-1, NAME-2, ...
    QString instanceName(int ordinal) const;
    /// The zone of the group's n-th instance (0-based): round robin, as an Auto Scaling group
    /// balances its zones.
    QString zoneOf(int ordinal) const;

    QJsonObject toJson() const;
    static CapacityProvider fromJson(const JsonReader &in);
    bool operator==(const CapacityProvider &) const = default;
};

/// One item of a capacity provider strategy: a service's capacityProviderStrategy or a
/// cluster's defaultCapacityProviderStrategy.
struct CapacityProviderStrategyItem
{
    QString capacityProvider;
    int base = 0;
    int weight = 0;
    QJsonObject toJson() const;
    static CapacityProviderStrategyItem fromJson(const JsonReader &in);
    bool operator==(const CapacityProviderStrategyItem &) const = default;
};

} // namespace Berth::Model

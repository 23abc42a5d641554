#pragma once

#include "model/autoscaling.h"
#include "model/capacityprovider.h"
#include "model/jsonreader.h"
#include "model/placement.h"

#include <QJsonArray>
#include <QPointF>

#include <optional>

namespace Berth::Model {

/// A service's link to a target group: which container and port receive the traffic.
struct ServiceLoadBalancer
{
    QString targetGroup; ///< target group name in the project
    QString containerName;
    int containerPort = 0;
    bool operator==(const ServiceLoadBalancer &) const = default;
};

struct DeploymentConfiguration
{
    std::optional<int> minimumHealthyPercent;
    std::optional<int> maximumPercent;
    std::optional<bool> circuitBreakerEnable;
    bool circuitBreakerRollback = false;
    /// Members Berth keeps but does not act on (alarms, ...), written back as read.
    QJsonObject extra;
    bool operator==(const DeploymentConfiguration &) const = default;
};

/// An ECS service: what runs where and how many, as in CreateService.
struct Service
{
    QString name;
    QString cluster;
    QString taskDefinition; ///< "family" (latest revision) or "family:revision"
    int desiredCount = 1;
    /// EC2 or FARGATE; empty when the service names none (CreateService without launchType):
    /// then the cluster's defaultCapacityProviderStrategy places it, or without one, EC2.
    QString launchType = QStringLiteral("EC2");
    QString schedulingStrategy = QStringLiteral("REPLICA");
    QList<PlacementConstraint> placementConstraints;
    QList<PlacementStrategy> placementStrategy;
    QList<ServiceLoadBalancer> loadBalancers;
    /// Instead of a launch type: which capacity providers its tasks run on (base/weight).
    /// ProjectData::capacityProviderStrategyOf() gives the one that applies.
    QList<CapacityProviderStrategyItem> capacityProviderStrategy;
    std::optional<int> healthCheckGracePeriodSeconds;
    DeploymentConfiguration deploymentConfiguration;
    QJsonObject networkConfiguration; ///< awsvpcConfiguration as ECS has it
    bool enableExecuteCommand = false;
    QJsonArray tags;
    QJsonObject extra; ///< CreateService members Berth does not model, kept as they are
    QPointF position;
    /// Application Auto Scaling's scalable target and policies; project member "autoScaling",
    /// exported as its own inputs rather than as part of CreateService.
    std::optional<ServiceAutoScaling> autoScaling;

    /// The member of extra that a forced new deployment changes: a new value starts a new
    /// deployment of the same revision. ECS has no such member; export leaves it out.
    static constexpr const char *kDeploymentNonce = "deploymentNonce";

    bool isDaemon() const { return schedulingStrategy == QLatin1String("DAEMON"); }
    bool isFargate() const { return launchType == QLatin1String("FARGATE"); }
    /// Defaults as ECS applies them: REPLICA 100/200, DAEMON 0/100.
    int minimumHealthyPercent() const;
    int maximumPercent() const;
    /// The ECS task group of the service's tasks: "service:NAME".
    QString group() const { return QStringLiteral("service:") + name; }

    QJsonObject toJson() const;
    static Service fromJson(const JsonReader &in);

    bool operator==(const Service &) const = default;
};

} // namespace Berth::Model

#pragma once

#include "engine/scheduler/clusterstate.h"
#include "engine/scheduler/placementfailure.h"
#include "model/capacityprovider.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Berth::Engine {

/// A task the plan places.
struct PlannedTask
{
    QString task;     ///< "SERVICE-N", N from 1
    QString instance; ///< the container instance's name; empty on Fargate
    /// Where it is reached: the instance's 127.77.C.I, or its own 127.78.X.Y with an ENI.
    QString address;
    /// It waits in PROVISIONING for its instance, one a capacity provider's group launches.
    bool provisioning = false;
};

/// Where a service's tasks go, and the ones that go nowhere.
struct ServicePlan
{
    QString cluster;
    QString name;
    QString taskDefinition;       ///< "family:revision", empty when it does not resolve
    int desiredCount = 0;         ///< for DAEMON: the instances that satisfy the constraints
    bool daemon = false;
    bool fargate = false;
    QList<PlannedTask> placed;
    QList<PlacementFailure> unplaced;
    /// Of placed, the tasks that find no room yet and wait in PROVISIONING for this capacity
    /// provider's group to launch the instances they are planned on.
    int waitingForCapacity = 0;
    QString capacityProvider;
    /// The capacity provider strategy its tasks are placed by; empty: by launch type.
    QList<Model::CapacityProviderStrategyItem> capacityProviderStrategy;
    /// That strategy is the cluster's default: the service names neither a launch type nor
    /// a strategy of its own.
    bool defaultCapacityProviderStrategy = false;

    /// What places the tasks when it is the cluster's default capacity provider strategy
    /// ("by the default capacity provider strategy of cluster lab: asg (base 1, weight 1)"),
    /// else an empty string.
    QString defaultStrategyText() const;
};

/// One container instance after placement: registered and reserved resources, ports in use.
struct InstancePlan
{
    QString cluster;
    QString name;
    QString address;
    QString status;
    int cpuRegistered = 0;
    int cpuReserved = 0;
    int memoryRegistered = 0;
    int memoryReserved = 0;
    int enisUsed = 0;
    int eniLimit = 0;
    QList<ClusterState::PortUse> ports;
    QString capacityProvider; ///< the Auto Scaling group capacity provider it belongs to
    /// Not there when the run starts: managed scaling launches it (for PROVISIONING tasks, or
    /// to keep the group at its target capacity).
    bool launchedByScaling = false;
};

/// What the rolling-deployment preflight found for one service.
struct PreflightFinding
{
    QString service;
    QString cluster;
    bool stalls = false;
    /// The deployment configuration alone forbids both starting and stopping a task.
    bool configurationBlocks = false;
    QString ecsMessage; ///< the service event ECS would write when it stalls
    QString reason;
    QStringList fixes;  ///< each checked by simulating the deployment again with it
    int steps = 0;      ///< simulated steps (start a batch, stop a batch)
};

/// A whole project's placement: what `berth plan` prints and the plan view shows.
struct Plan
{
    quint64 seed = 0;
    QList<InstancePlan> instances;
    QList<ServicePlan> services;
    QList<PreflightFinding> preflight;

    int unplacedCount() const;
    int stallCount() const;
    /// Every task placed and no deployment stalls.
    bool isClean() const { return unplacedCount() == 0 && stallCount() == 0; }

    /// The stable JSON form (documented in engine/scheduler/PLAN-JSON.md):
    /// {"instances":[{"cluster","name","address","cpu":{"registered","reserved"},
    ///  "memory":{"registered","reserved"},"ports":[{"port","protocol","task"}]}],
    ///  "services":[{"cluster","name","desiredCount","placed":[{"task","instance"}],
    ///  "unplaced":[{"ecsMessage","reason","closestInstance"}]}],
    ///  (a service placed by capacity providers adds "capacityProviderStrategy":[{
    ///  "capacityProvider","base","weight"}], and "defaultCapacityProviderStrategy":true when
    ///  it is its cluster's default)
    ///  "preflight":[{"service","stalls","reason","fixes":[...]}]}
    QJsonObject toJson() const;
};

} // namespace Berth::Engine

#pragma once

#include "engine/runtime/deployment.h"
#include "engine/lb/loadbalancerstatus.h"
#include "engine/runtime/eventlog.h"
#include "engine/runtime/task.h"

#include <QList>
#include <QMetaType>

namespace Berth::Engine {

/// What one container instance has registered and what its tasks reserve.
struct InstanceUsage
{
    QString cluster;
    QString name;
    QString address;
    QString status; ///< ACTIVE, DRAINING
    int registeredCpu = 0;
    int registeredMemory = 0;
    int reservedCpu = 0;
    int reservedMemory = 0;
    int runningTasks = 0;
    double usedCpu = 0;    ///< CPU units in use by its containers (Docker stats)
    double usedMemory = 0; ///< MiB in use by its containers
    /// The capacity provider whose group launched it during the run; empty for the design's.
    QString capacityProvider;
    QString instanceType;
    QString availabilityZone;
    bool operator==(const InstanceUsage &) const = default;
};

/// A service's counts, as describe-services reports them.
struct ServiceStatus
{
    QString name;
    QString cluster;
    int desiredCount = 0;
    int runningCount = 0;
    int pendingCount = 0;
    QString taskDefinition;
    double cpuUtilization = 0;    ///< % of the CPU its running tasks reserve, in use
    double memoryUtilization = 0; ///< % of the memory its running tasks reserve, in use
    QList<Deployment> deployments; ///< PRIMARY first, then ACTIVE ones
    bool operator==(const ServiceStatus &) const = default;
};

/// The engine's observed state: what the window and the command line read. A value.
struct EngineSnapshot
{
    QList<Task> tasks; ///< active ones and recently stopped ones
    QList<ServiceStatus> services;
    QList<InstanceUsage> instances;
    QList<ServiceEvent> events; ///< newest first
    /// Where the task metadata endpoint is to listen (a host address containers reach), and
    /// its port; empty when the run has none.
    QString metadataAddress;
    quint16 metadataPort = 0;
    bool dockerReachable = false;
    QString dockerProblem;      ///< what was tried and what to do, when unreachable
    QList<LoadBalancerStatus> loadBalancers; ///< addresses, targets, one-second samples
    QString loadBalancerProblem; ///< why the load balancers do not run (HAProxy missing)
    QDateTime takenAt;

    const Task *task(const QString &id) const;
};

} // namespace Berth::Engine

Q_DECLARE_METATYPE(Berth::Engine::EngineSnapshot)

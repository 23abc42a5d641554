#pragma once

#include "engine/scheduler/placementfailure.h"
#include "engine/scheduler/taskrequirements.h"

#include "model/capacityprovider.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Berth::Engine {

class ClusterState;
class Placer;

/// How a service's tasks are placed on a cluster state: the one rule behind both the plan
/// (Planner) and the run (ServiceController), so the two cannot disagree. A DAEMON service
/// runs on each ACTIVE instance that meets its memberOf constraints, and its task there
/// either fits or is a failure naming that instance; REPLICA and Fargate tasks go one at a
/// time by the service's strategies and constraints. Failures carry ECS's service event.
class ServicePlacement
{
public:
    /// Names a task once its instance is chosen (-1: Fargate) and, in a run, launches it.
    /// An empty name holds the task back: nothing is recorded for it.
    using Launch = std::function<QString(int instance)>;

    struct Placed
    {
        QString task;
        int instance = -1; ///< -1 on Fargate
    };

    /// An instance a DAEMON task belongs on but does not fit (resources, ports, ENIs).
    struct Missed
    {
        int instance = -1;
        PlacementFailure failure; ///< names that instance as the closest match
    };

    struct DaemonResult
    {
        QList<Placed> placed;
        QList<Missed> missed;
    };

    struct ReplicaResult
    {
        QList<Placed> placed;
        /// Why the first task that could not be placed was not; every later one would fail
        /// the same way, so placing stopped there.
        std::optional<PlacementFailure> failure;
    };

    /// Places tasks of \a service through \a placer, on the state the placer works on.
    ServicePlacement(Placer &placer, const QString &service, const TaskRequirements &task);

    /// The instances a DAEMON service runs on, in order: ACTIVE and meeting every memberOf
    /// constraint. An instance left out is no failure: ECS places no daemon task there. The
    /// service's own tasks are left out of the judgement, so a constraint on task:group or
    /// runningTasksCount never pushes a daemon off the instance it already runs on.
    QList<int> daemonInstances() const;
    /// A task on each of \a instances (from daemonInstances()) where it fits now; the others
    /// are misses, each with ECS's event naming that instance.
    DaemonResult placeDaemon(const QList<int> &instances, const Launch &launch);
    /// Up to \a count tasks, one at a time, each seeing the ones before (Fargate tasks take
    /// the cluster's Fargate capacity). Stops at the first that cannot be placed.
    ReplicaResult placeReplicas(int count, const Launch &launch);

    /// The capacity provider an instance (by index) belongs to; empty for one of none.
    using ProviderOf = std::function<QString(int instance)>;
    /// Adds an instance to the state for \a provider (the plan: one its Auto Scaling group
    /// would launch) and returns its index, or -1 when the group cannot grow for the task.
    using Grow = std::function<int(const QString &provider)>;

    /// A task that finds no room on its provider's instances: it waits in PROVISIONING for
    /// the provider's group to grow.
    struct Waiting
    {
        QString provider;         ///< empty when the strategy takes no task (validation reports it)
        PlacementFailure failure; ///< why it finds no room there
    };

    struct ProviderResult
    {
        QList<Placed> placed;
        /// Of placed, those on instances \a grow added: they wait in PROVISIONING for them.
        QList<Placed> provisioning;
        /// The tasks that found no room, in launch order.
        QList<Waiting> waiting;
    };

    /// Up to \a count tasks of a service with a capacityProviderStrategy, one at a time: each
    /// goes to the provider base and weight pick for it (CapacityReservation::
    /// providerForNextTask; \a running counts the service's tasks per strategy item and is
    /// updated), on that provider's instances only, or when they have no room, on one \a grow
    /// adds. A task that still finds no room waits for its provider (as in ECS, it counts as
    /// that provider's), and the next task goes on.
    ProviderResult placeOnProviders(int count,
                                    const QList<Model::CapacityProviderStrategyItem> &strategy,
                                    QList<int> &running, const ProviderOf &providerOf,
                                    const Launch &launch, const Grow &grow = {});
    /// Runs \a f while the instances of other providers (and of none) are out of reach: they
    /// look DRAINING to the placer, as to ECS's scheduler for this provider's tasks.
    static void onProvider(ClusterState &state, const QString &provider,
                           const ProviderOf &providerOf, const std::function<void()> &f);

    /// Why the service's next task cannot be placed on \a state as it is now: ECS would
    /// refuse it, Fargate has no room, or no instance meets all of its requirements.
    static PlacementFailure failure(const ClusterState &state, const QString &service,
                                    const TaskRequirements &task);

private:
    Placer &m_placer;
    QString m_service;
    TaskRequirements m_task;
};

} // namespace Berth::Engine

#pragma once

#include "model/capacityprovider.h"
#include "model/containerinstance.h"

#include <QList>
#include <QString>

namespace Berth::Engine::CapacityReservation {

/// The \a ordinal-th instance (1-based) a provider's group launches: PROVIDER-N of its type,
/// the zones in turn, marked with the provider.
Model::ContainerInstance groupInstance(const Model::CapacityProvider &provider, int ordinal);
/// What the group launches when a run starts: its desired capacity, at least its min size.
int initialSize(const Model::CapacityProvider &provider);

/// What a capacity provider's Auto Scaling group holds now.
struct GroupState
{
    int instances = 0;          ///< N: instances in the group (running)
    int instancesWithTasks = 0; ///< of them, those that run at least one non-daemon task
    /// A lower bound on the new instances the PROVISIONING tasks need (instancesFor()).
    int instancesForProvisioning = 0;
};

/// M, the number of instances the group needs (ECS's cluster auto scaling): without tasks
/// waiting, the instances that run tasks; with tasks PROVISIONING for lack of room, N plus
/// what they need, at least minimumScalingStepSize and at most maximumScalingStepSize more.
int instancesNeeded(const GroupState &group, const Model::ManagedScaling &scaling);

/// CapacityProviderReservation = M / N x 100; with N = 0, 200 when tasks wait (M > 0) and
/// 100 when nothing does, as ECS publishes it.
double reservation(int needed, int instances);

/// The group's desired size target tracking keeps CapacityProviderReservation at
/// targetCapacity with: ceil(M x 100 / targetCapacity), within the group's min and max size.
int desiredSize(int needed, const Model::CapacityProvider &provider);

/// A task's reservation, for instancesFor().
struct TaskNeed
{
    int cpu = 0;
    int memory = 0;
};

/// How many new instances of \a cpu units and \a memory MiB at least hold \a tasks: the
/// larger of the two resources' sums divided by an instance's, and never fewer than the
/// instances a task that fits no partly filled one needs (first-fit decreasing).
int instancesFor(QList<TaskNeed> tasks, int cpu, int memory);

/// The capacity provider of a service's \a ordinal-th task (0-based, in launch order) under
/// \a strategy, given how many of its tasks each provider already runs (\a running, in the
/// strategy's order): the base first, then the weights' shares of the tasks beyond it.
/// Empty when no provider can take a task (no weight above 0 and the base is met).
QString providerForNextTask(const QList<Model::CapacityProviderStrategyItem> &strategy,
                            const QList<int> &running);

} // namespace Berth::Engine::CapacityReservation

#pragma once

#include "engine/scheduler/clusterstate.h"
#include "engine/scheduler/plan.h"
#include "engine/scheduler/taskrequirements.h"

#include "model/service.h"

#include <optional>

namespace Berth::Engine {

/// Simulates a rolling deployment of a service (a new revision replacing every running
/// task) from where its tasks run now, step by step as ECS's service scheduler does it:
/// start new tasks while RUNNING + PENDING stays within maximumPercent of desiredCount
/// (rounded down), stop old ones while the healthy tasks stay at or above
/// minimumHealthyPercent (rounded up). A step that can neither start nor stop a task is a
/// stall. New tasks count as healthy as soon as they are placed.
class DeploymentPreflight
{
public:
    /// The outcome of one simulated deployment.
    struct Simulation
    {
        bool completes = false;
        int steps = 0;
        int desired = 0;
        int newRunning = 0;
        int oldRemaining = 0;
        int minimumHealthy = 0; ///< tasks
        int maximum = 0;        ///< tasks
        /// Why the last new task could not be placed, when one could not.
        std::optional<PlacementFailure> blocked;
    };

    /// Checks the service's deployment on state, where the service's tasks (group
    /// service:NAME) run. Fixes in the finding are ones a second simulation confirmed. The
    /// state is simulated on in place and put back as it was (its tasks, resources and
    /// ports; a task's order among an instance's tasks may differ).
    static PreflightFinding check(ClusterState &state, const Model::Service &service,
                                  const TaskRequirements &task, quint64 seed = 0);

    /// One deployment under the given percentages, in place; state is put back after.
    static Simulation simulate(ClusterState &state, const Model::Service &service,
                               const TaskRequirements &task, int minimumHealthyPercent,
                               int maximumPercent, quint64 seed = 0);

    /// ECS's rounding: maximumPercent down, minimumHealthyPercent up.
    static int maximumTasks(int desired, int maximumPercent);
    static int minimumHealthyTasks(int desired, int minimumHealthyPercent);
};

} // namespace Berth::Engine

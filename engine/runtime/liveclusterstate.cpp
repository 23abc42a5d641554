#include "engine/runtime/liveclusterstate.h"

#include "engine/scheduler/taskrequirements.h"

namespace Berth::Engine {

ClusterState designClusterState(const Model::ProjectData &design, const QString &cluster,
                                int *clusterIndex)
{
    int index = 0;
    for (; index < design.clusters.size(); ++index) {
        if (design.clusters.at(index).name == cluster)
            break;
    }
    if (clusterIndex)
        *clusterIndex = index;
    if (index >= design.clusters.size())
        return ClusterState(cluster);
    return ClusterState::fromCluster(design.clusters.at(index), index);
}

void addLiveTask(ClusterState &state, const Model::ProjectData &design, const Task &task,
                 const Model::TaskDefinition &td)
{
    TaskRequirements r;
    const Model::Service *service = task.service.isEmpty() ? nullptr : design.service(task.service);
    if (service) {
        r = TaskRequirements::forService(*service, td);
    } else {
        r = TaskRequirements::fromTaskDefinition(td);
        r.group = task.group;
    }
    if (!task.isActive()) {
        // Being stopped (desiredStatus STOPPED, e.g. draining for the deregistration delay):
        // ECS no longer counts it for its group (distinctInstance, spread, task:group) nor
        // for CPU and memory. Its host ports and ENI stay taken until its containers are
        // gone: Docker cannot bind a port twice.
        r.group.clear();
        r.cpu = 0;
        r.memory = 0;
    }
    state.addTask(task.id, r, task.instance.isEmpty() ? -1 : state.indexOf(task.instance));
}

} // namespace Berth::Engine

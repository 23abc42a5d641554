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
    state.addTask(task.id, r, task.instance.isEmpty() ? -1 : state.indexOf(task.instance));
}

} // namespace Berth::Engine

#pragma once

#include "engine/runtime/task.h"
#include "engine/scheduler/clusterstate.h"

#include "model/projectdata.h"

namespace Berth::Engine {

/// A cluster's instances as the design has them (\a clusterIndex: its place in the design,
/// or the count of clusters when there is none such), before any task.
ClusterState designClusterState(const Model::ProjectData &design, const QString &cluster,
                                int *clusterIndex = nullptr);
/// Adds what a live task of \a td reserves where it runs: the state the scheduler places
/// against, in the engine and in the API's answer to RunTask alike.
void addLiveTask(ClusterState &state, const Model::ProjectData &design, const Task &task,
                 const Model::TaskDefinition &td);

} // namespace Berth::Engine

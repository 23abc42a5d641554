// The Engine's snapshot: tasks, service counts and utilization, instance reservations and
// use, as the window and the command line read them.
#include "engine/runtime/engine.h"

#include "engine/lb/loadbalancermanager.h"
#include "engine/scheduler/clusterstate.h"

#include <algorithm>

namespace Berth::Engine {

EngineSnapshot Engine::snapshot() const
{
    EngineSnapshot s;
    s.takenAt = QDateTime::currentDateTimeUtc();
    s.dockerReachable = m_dockerReachable;
    s.dockerProblem = m_dockerProblem;
    if (m_loadBalancers) {
        s.loadBalancers = m_loadBalancers->status();
        s.loadBalancerProblem = m_loadBalancers->problem();
    }
    s.metadataAddress = m_metadataAddress;
    s.metadataPort = m_metadataAddress.isEmpty() ? 0 : kMetadataPort;
    s.tasks = m_tasks.values();
    std::sort(s.tasks.begin(), s.tasks.end(),
              [](const Task &a, const Task &b) { return a.createdAt < b.createdAt; });
    s.events = m_log.events();
    for (const Model::Service &svc : m_project.services) {
        ServiceStatus st;
        st.name = svc.name;
        st.cluster = svc.cluster;
        st.desiredCount = svc.desiredCount;
        st.deployments = m_serviceController->deployments(svc.name);
        int reservedCpu = 0, reservedMemory = 0;
        double usedCpu = 0, usedMemory = 0;
        if (const Model::TaskDefinition *td = m_project.taskDefinitionOf(svc))
            st.taskDefinition = td->key();
        for (const Task &t : m_tasks) {
            if (t.service != svc.name || !t.isActive())
                continue;
            if (t.lastStatus == TaskStatus::Running)
                ++st.runningCount;
            else
                ++st.pendingCount;
            if (t.lastStatus == TaskStatus::Running) {
                reservedCpu += t.cpu;
                reservedMemory += t.memory;
                for (const ContainerState &c : t.containers) {
                    usedCpu += c.cpuPercent / 100.0 * 1024.0;
                    usedMemory += c.memoryMiB;
                }
            }
        }
        // ECSServiceAverageCPUUtilization / MemoryUtilization: used over reserved.
        st.cpuUtilization = reservedCpu > 0 ? usedCpu / reservedCpu * 100.0 : 0;
        st.memoryUtilization = reservedMemory > 0 ? usedMemory / reservedMemory * 100.0 : 0;
        s.services.append(st);
    }
    for (const Model::Cluster &c : m_project.clusters) {
        int clusterIndex = 0;
        const ClusterState state = clusterState(c.name, &clusterIndex);
        for (int i = 0; i < state.instanceCount(); ++i) {
            const ClusterState::Instance &in = state.instance(i);
            s.instances.append({c.name, in.name, in.address,
                                Model::ContainerInstance::statusName(in.status),
                                in.registeredCpu, in.registeredMemory,
                                in.registeredCpu - in.remainingCpu,
                                in.registeredMemory - in.remainingMemory,
                                int(state.tasksOn(i).size())});
            InstanceUsage &usage = s.instances.last();
            if (const Model::ContainerInstance *designed = c.instance(in.name)) {
                usage.capacityProvider = designed->capacityProviderName;
                usage.instanceType = designed->instanceType;
                usage.availabilityZone = designed->availabilityZone;
            }
            for (const Task &t : m_tasks) {
                if (t.cluster != c.name || t.instance != in.name || t.isStopped())
                    continue;
                for (const ContainerState &ct : t.containers) {
                    usage.usedCpu += ct.cpuPercent / 100.0 * 1024.0;
                    usage.usedMemory += ct.memoryMiB;
                }
            }
        }
    }
    return s;
}

const Task *EngineSnapshot::task(const QString &id) const
{
    for (const Task &t : tasks) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

} // namespace Berth::Engine

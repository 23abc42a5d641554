#include "engine/scheduler/planner.h"

#include "engine/scheduler/addressing.h"
#include "engine/scheduler/deploymentpreflight.h"

#include <QCoreApplication>

namespace Berth::Engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Berth::Engine::Planner", text);
}

QString taskId(const Model::Service &service, int index)
{
    return QStringLiteral("%1-%2").arg(service.name).arg(index + 1);
}

} // namespace

Planner::Planner(const Model::ProjectData &project, quint64 seed)
    : m_project(project)
    , m_seed(seed)
{
}

Plan Planner::plan()
{
    return run(nullptr);
}

std::optional<Explanation> Planner::explain(const QString &service, int taskIndex) const
{
    Planner replay(m_project, m_seed);
    StopAt stop{service, taskIndex, std::nullopt};
    replay.run(&stop);
    return stop.explanation;
}

Plan Planner::run(StopAt *stop)
{
    m_states.clear();
    m_placers.clear();
    m_enis = 0;
    m_states.reserve(size_t(m_project.clusters.size()));
    for (int c = 0; c < m_project.clusters.size(); ++c)
        m_states.push_back(ClusterState::fromCluster(m_project.clusters.at(c), c));
    for (int c = 0; c < int(m_states.size()); ++c) // one generator per cluster, all seeded
        m_placers.push_back(std::make_unique<Placer>(m_states[size_t(c)],
                                                     m_seed + 0x9e3779b97f4a7c15ull * c));

    Plan plan;
    plan.seed = m_seed;
    plan.services.resize(m_project.services.size());
    for (bool daemons : {true, false}) {
        for (int s = 0; s < m_project.services.size(); ++s) {
            const Model::Service &service = m_project.services.at(s);
            if (service.isDaemon() != daemons)
                continue;
            plan.services[s] = planService(service, stop);
            if (stop && stop->explanation)
                return plan;
        }
    }

    for (int c = 0; c < int(m_states.size()); ++c) {
        const ClusterState &state = m_states[size_t(c)];
        for (int i = 0; i < state.instanceCount(); ++i) {
            const ClusterState::Instance &in = state.instance(i);
            InstancePlan ip;
            ip.cluster = state.clusterName();
            ip.name = in.name;
            ip.address = in.address;
            ip.status = Model::ContainerInstance::statusName(in.status);
            ip.cpuRegistered = in.registeredCpu;
            ip.cpuReserved = in.registeredCpu - in.remainingCpu;
            ip.memoryRegistered = in.registeredMemory;
            ip.memoryReserved = in.registeredMemory - in.remainingMemory;
            ip.enisUsed = in.enisUsed;
            ip.eniLimit = in.eniLimit;
            ip.ports = state.ports(i);
            plan.instances.append(ip);
        }
    }

    for (const Model::Service &service : std::as_const(m_project.services)) {
        int c = 0;
        while (c < m_project.clusters.size() && m_project.clusters.at(c).name != service.cluster)
            ++c;
        const Model::TaskDefinition *definition = m_project.taskDefinitionOf(service);
        if (c == m_project.clusters.size() || !definition)
            continue;
        const TaskRequirements task = TaskRequirements::forService(service, *definition);
        if (!task.canBePlaced())
            continue;
        plan.preflight.append(
            DeploymentPreflight::check(m_states[size_t(c)], service, task, m_seed));
    }
    return plan;
}

ServicePlan Planner::planService(const Model::Service &service, StopAt *stop)
{
    ServicePlan out;
    out.cluster = service.cluster;
    out.name = service.name;
    out.daemon = service.isDaemon();
    out.fargate = service.isFargate();
    out.desiredCount = service.isDaemon() ? 0 : std::max(0, service.desiredCount);
    const int wanted = std::max(1, out.desiredCount); // a DAEMON fails at least once

    int cluster = 0;
    while (cluster < m_project.clusters.size()
           && m_project.clusters.at(cluster).name != service.cluster)
        ++cluster;
    if (cluster == m_project.clusters.size()) {
        const PlacementFailure f = PlacementFailure::invalid(
            QStringLiteral("ClusterNotFoundException: Cluster not found."),
            tr("Service %1 runs in cluster '%2', which the project does not have.")
                .arg(service.name, service.cluster));
        out.unplaced = QList<PlacementFailure>(wanted, f);
        return out;
    }
    const Model::TaskDefinition *definition = m_project.taskDefinitionOf(service);
    if (!definition) {
        const PlacementFailure f = PlacementFailure::invalid(
            QStringLiteral("ClientException: TaskDefinition not found."),
            tr("Service %1 runs task definition '%2', which the project does not have.")
                .arg(service.name, service.taskDefinition));
        out.unplaced = QList<PlacementFailure>(wanted, f);
        return out;
    }
    const TaskRequirements task = TaskRequirements::forService(service, *definition);
    out.taskDefinition = task.taskDefinition;
    if (!task.canBePlaced()) {
        const PlacementFailure f = PlacementFailure::invalid(
            QStringLiteral("InvalidParameterException: ") + task.errors.first(),
            tr("ECS would refuse service %1: %2.")
                .arg(service.name, task.errors.join(QStringLiteral("; "))));
        out.unplaced = QList<PlacementFailure>(wanted, f);
        return out;
    }
    if (task.fargate)
        planFargate(service, task, cluster, out);
    else if (service.isDaemon())
        planDaemon(service, task, cluster, out, stop);
    else
        planReplicas(service, task, cluster, out, stop);
    return out;
}

void Planner::planFargate(const Model::Service &service, const TaskRequirements &task,
                          int cluster, ServicePlan &out)
{
    Placer &placer = *m_placers[size_t(cluster)];
    for (int k = 0; k < out.desiredCount; ++k) {
        if (!placer.placeOnFargate(task, taskId(service, k))) {
            const ClusterState &state = placer.state();
            const PlacementFailure f
                = state.fargate().enabled
                      ? PlacementFailure::fargateQuota(service.name, state.clusterName(),
                                                       state.fargate().quota)
                      : PlacementFailure::fargateDisabled(service.name, state.clusterName());
            out.unplaced = QList<PlacementFailure>(out.desiredCount - k, f);
            return;
        }
        out.placed.append({taskId(service, k), QString(), Addressing::taskAddress(m_enis++)});
    }
}

void Planner::planDaemon(const Model::Service &service, const TaskRequirements &task,
                         int cluster, ServicePlan &out, StopAt *stop)
{
    Placer &placer = *m_placers[size_t(cluster)];
    ClusterState &state = placer.state();
    QList<int> missed;
    for (int i = 0; i < state.instanceCount(); ++i) {
        const ClusterState::Instance &in = state.instance(i);
        bool eligible = in.isActive();
        for (const MemberOfConstraint &c : task.memberOf)
            eligible = eligible && state.satisfies(c, i);
        if (!eligible)
            continue;
        const int k = out.desiredCount++;
        if (stop && stop->service == service.name && stop->task == k) {
            stop->explanation = Explanation::compute(state, task);
            return;
        }
        const QString id = taskId(service, k);
        if (placer.fits(task, i) && state.addTask(id, task, i)) {
            out.placed.append({id, in.name,
                               task.usesEni ? Addressing::taskAddress(m_enis++) : in.address});
        } else {
            missed.append(i);
        }
    }
    // One scan explains every miss: a DAEMON task only ever changes its own instance.
    if (!missed.isEmpty()) {
        const Explanation explanation = Explanation::compute(state, task);
        for (int i : std::as_const(missed))
            out.unplaced.append(explanation.failureOn(service.name, i));
    }
}

void Planner::planReplicas(const Model::Service &service, const TaskRequirements &task,
                           int cluster, ServicePlan &out, StopAt *stop)
{
    Placer &placer = *m_placers[size_t(cluster)];
    ClusterState &state = placer.state();
    const bool stopsInService = stop && stop->service == service.name;
    for (int k = 0; k < out.desiredCount; ++k) {
        if (stopsInService && stop->task == k) {
            stop->explanation = Explanation::compute(state, task);
            return;
        }
        const QString id = taskId(service, k);
        const int instance = placer.place(task, id);
        if (instance < 0) {
            // Nothing changed since, so every later task of the service fails the same way.
            if (stopsInService && stop->task > k && stop->task < out.desiredCount) {
                stop->explanation = Explanation::compute(state, task);
                return;
            }
            const PlacementFailure f = Explanation::compute(state, task).failure(service.name);
            out.unplaced = QList<PlacementFailure>(out.desiredCount - k, f);
            return;
        }
        const ClusterState::Instance &in = state.instance(instance);
        out.placed.append({id, in.name,
                           task.usesEni ? Addressing::taskAddress(m_enis++) : in.address});
    }
}

} // namespace Berth::Engine

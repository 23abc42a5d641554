#include "engine/scheduler/planner.h"
#include "engine/enginetr.h"

#include "engine/scheduler/addressing.h"
#include "engine/scheduler/capacityreservation.h"
#include "engine/scheduler/deploymentpreflight.h"
#include "engine/scheduler/serviceplacement.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace Berth::Engine {

namespace {

QString taskId(const Model::Service &service, int index)
{
    return QStringLiteral("%1-%2").arg(service.name).arg(index + 1);
}

QString groupKey(const QString &cluster, const QString &name)
{
    return cluster + u'/' + name;
}

} // namespace

Planner::Planner(const Model::ProjectData &project, quint64 seed)
    : m_project(project)
    , m_seed(seed)
{
    // A run starts each capacity provider's group at its desired capacity: plan on those.
    for (Model::Cluster &c : m_project.clusters) {
        for (const Model::CapacityProvider &p : std::as_const(c.capacityProviders)) {
            for (int n = 1; n <= CapacityReservation::initialSize(p); ++n) {
                const Model::ContainerInstance i = CapacityReservation::groupInstance(p, n);
                if (!c.instance(i.name))
                    c.instances << i;
            }
        }
    }
}

Plan Planner::plan()
{
    return run(nullptr);
}

std::optional<Explanation> Planner::explain(const QString &service, int taskIndex) const
{
    if (taskIndex < 0)
        return std::nullopt;
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
    m_providerOf.assign(size_t(m_project.clusters.size()), {});
    m_launched.clear();
    m_grown.clear();
    m_states.reserve(size_t(m_project.clusters.size()));
    for (int c = 0; c < m_project.clusters.size(); ++c) {
        const Model::Cluster &cluster = m_project.clusters.at(c);
        m_states.push_back(ClusterState::fromCluster(cluster, c));
        for (const Model::ContainerInstance &i : cluster.instances) {
            if (!i.capacityProviderName.isEmpty())
                m_providerOf[size_t(c)].insert(i.name, i.capacityProviderName);
        }
        for (const Model::CapacityProvider &p : cluster.capacityProviders)
            m_launched.insert(groupKey(cluster.name, p.name), CapacityReservation::initialSize(p));
    }
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
    addSpareInstances();

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
            ip.capacityProvider = m_providerOf[size_t(c)].value(in.name);
            ip.launchedByScaling = m_grown.contains(groupKey(ip.cluster, in.name));
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
            Tr::tr("Service %1 runs in cluster '%2', which the project does not have.")
                .arg(service.name, service.cluster));
        out.unplaced = QList<PlacementFailure>(wanted, f);
        return out;
    }
    const Model::TaskDefinition *definition = m_project.taskDefinitionOf(service);
    if (!definition) {
        const PlacementFailure f = PlacementFailure::invalid(
            QStringLiteral("ClientException: TaskDefinition not found."),
            Tr::tr("Service %1 runs task definition '%2', which the project does not have.")
                .arg(service.name, service.taskDefinition));
        out.unplaced = QList<PlacementFailure>(wanted, f);
        return out;
    }
    const TaskRequirements task = TaskRequirements::forService(service, *definition);
    out.taskDefinition = task.taskDefinition;
    if (!task.canBePlaced()) {
        const PlacementFailure f = ServicePlacement::failure(m_states[size_t(cluster)],
                                                             service.name, task);
        out.unplaced = QList<PlacementFailure>(wanted, f);
        return out;
    }
    out.capacityProviderStrategy = m_project.capacityProviderStrategyOf(service);
    out.defaultCapacityProviderStrategy = m_project.usesDefaultCapacityProviderStrategy(service);
    if (service.isDaemon() && !out.capacityProviderStrategy.isEmpty()) {
        // aws/containers-roadmap#692: CreateService refuses it, the cluster's default too.
        const PlacementFailure f = PlacementFailure::invalid(
            QStringLiteral("InvalidParameterException: Specifying a capacity provider strategy "
                           "is not supported when you create a service using the DAEMON "
                           "scheduling strategy."),
            out.defaultCapacityProviderStrategy
                ? Tr::tr("DAEMON service %1 names no launch type, so it takes the default "
                         "capacity provider strategy of cluster %2, which ECS refuses; set its "
                         "launch type to EC2.")
                      .arg(service.name, service.cluster)
                : Tr::tr("DAEMON service %1 has a capacity provider strategy, which ECS "
                         "refuses; use the EC2 launch type.")
                      .arg(service.name));
        out.unplaced = QList<PlacementFailure>(wanted, f);
        return out;
    }
    if (service.isDaemon() && !task.fargate)
        planDaemon(service, task, cluster, out, stop);
    else if (!out.capacityProviderStrategy.isEmpty() && !task.fargate)
        planOnProviders(service, task, cluster, out, stop);
    else
        planReplicas(service, task, cluster, out, stop);
    return out;
}

PlannedTask Planner::planned(const ServicePlacement::Placed &placed,
                             const TaskRequirements &task, const ClusterState &state)
{
    if (placed.instance < 0) // Fargate: its own ENI
        return {placed.task, QString(), Addressing::taskAddress(m_enis++)};
    const ClusterState::Instance &in = state.instance(placed.instance);
    return {placed.task, in.name,
            task.usesEni ? Addressing::taskAddress(m_enis++) : in.address};
}

void Planner::planDaemon(const Model::Service &service, const TaskRequirements &task,
                         int cluster, ServicePlan &out, StopAt *stop)
{
    Placer &placer = *m_placers[size_t(cluster)];
    ServicePlacement placement(placer, service.name, task);
    const QList<int> instances = placement.daemonInstances();
    out.desiredCount = int(instances.size());
    // Task SERVICE-N belongs on the N-th instance the service runs on, placed or not.
    std::vector<int> number(size_t(placer.state().instanceCount()), -1);
    for (int n = 0; n < instances.size(); ++n)
        number[size_t(instances.at(n))] = n;
    const ServicePlacement::Launch name = [&](int instance) {
        return taskId(service, number[size_t(instance)]);
    };
    if (stop && stop->service == service.name && stop->task < instances.size()) {
        placement.placeDaemon(instances.first(stop->task), name);
        stop->explanation = Explanation::compute(placer.state(), task);
        return;
    }
    const ServicePlacement::DaemonResult result = placement.placeDaemon(instances, name);
    for (const ServicePlacement::Placed &p : result.placed)
        out.placed.append(planned(p, task, placer.state()));
    for (const ServicePlacement::Missed &m : result.missed)
        out.unplaced.append(m.failure);
}

void Planner::planReplicas(const Model::Service &service, const TaskRequirements &task,
                           int cluster, ServicePlan &out, StopAt *stop)
{
    Placer &placer = *m_placers[size_t(cluster)];
    ServicePlacement placement(placer, service.name, task);
    int next = 0;
    const ServicePlacement::Launch name = [&](int) { return taskId(service, next++); };
    // Replaying for an explanation: place the tasks before the one asked about, then explain
    // on that state. When an earlier task failed, nothing changed since, so it is the same.
    if (stop && stop->service == service.name && !task.fargate) {
        placement.placeReplicas(std::min(stop->task, out.desiredCount), name);
        if (stop->task < out.desiredCount)
            stop->explanation = Explanation::compute(placer.state(), task);
        return;
    }
    const ServicePlacement::ReplicaResult result = placement.placeReplicas(out.desiredCount,
                                                                           name);
    for (const ServicePlacement::Placed &p : result.placed)
        out.placed.append(planned(p, task, placer.state()));
    if (result.failure) {
        // Every later task of the service fails the same way.
        out.unplaced = QList<PlacementFailure>(out.desiredCount - result.placed.size(),
                                               *result.failure);
    }
}

void Planner::planOnProviders(const Model::Service &service, const TaskRequirements &task,
                              int cluster, ServicePlan &out, StopAt *stop)
{
    Placer &placer = *m_placers[size_t(cluster)];
    ClusterState &state = placer.state();
    ServicePlacement placement(placer, service.name, task);
    int next = 0;
    const ServicePlacement::Launch name = [&](int) { return taskId(service, next++); };
    const ServicePlacement::ProviderOf providerOf = [&](int i) {
        return m_providerOf[size_t(cluster)].value(state.instance(i).name);
    };
    const ServicePlacement::Grow grow = [&](const QString &provider) {
        return this->grow(cluster, provider, &task);
    };
    const QList<Model::CapacityProviderStrategyItem> &strategy = out.capacityProviderStrategy;
    QList<int> running;
    if (stop && stop->service == service.name) {
        // Task k is the k-th placed one (0-based), or past them, the first that waits: each
        // explained on its provider's instances as they were just before it.
        int placed = 0;
        std::optional<Explanation> firstWaiting;
        for (int n = 0; n < out.desiredCount; ++n) {
            std::optional<Explanation> before;
            const QString provider = CapacityReservation::providerForNextTask(strategy, running);
            ServicePlacement::onProvider(state, provider, providerOf,
                                         [&] { before = Explanation::compute(state, task); });
            const ServicePlacement::ProviderResult one =
                placement.placeOnProviders(1, strategy, running, providerOf, name, grow);
            if (!one.placed.isEmpty() && placed++ == stop->task) {
                stop->explanation = before;
                return;
            }
            if (one.placed.isEmpty() && !firstWaiting)
                firstWaiting = before;
        }
        if (stop->task >= placed && stop->task < out.desiredCount)
            stop->explanation = firstWaiting;
        return;
    }
    const ServicePlacement::ProviderResult result =
        placement.placeOnProviders(out.desiredCount, strategy, running, providerOf, name, grow);
    QSet<QString> provisioning;
    for (const ServicePlacement::Placed &p : result.provisioning)
        provisioning.insert(p.task);
    for (const ServicePlacement::Placed &p : result.placed) {
        PlannedTask t = planned(p, task, state);
        t.provisioning = provisioning.contains(p.task);
        out.placed.append(t);
    }
    out.waitingForCapacity = int(result.provisioning.size());
    if (!result.provisioning.isEmpty())
        out.capacityProvider = providerOf(result.provisioning.first().instance);
    for (const ServicePlacement::Waiting &w : result.waiting) {
        PlacementFailure f = w.failure;
        const Model::CapacityProvider *p =
            m_project.clusters.at(cluster).capacityProvider(w.provider);
        if (p) {
            const QString why =
                p->managedScaling.enabled
                    ? Tr::tr("Capacity provider %1 cannot launch an instance for it: its group "
                             "is at its max size %2, or the task fits no empty %3.")
                          .arg(p->name)
                          .arg(p->maxSize)
                          .arg(p->instanceType)
                    : Tr::tr("Capacity provider %1 has managed scaling off, so its group "
                             "launches no instance for it.")
                          .arg(p->name);
            // Without an instance of the provider, the reason the placer gives (every
            // instance out of reach) says nothing more.
            const bool hasInstances = std::any_of(m_providerOf[size_t(cluster)].cbegin(),
                                                  m_providerOf[size_t(cluster)].cend(),
                                                  [&](const QString &of) { return of == p->name; });
            f.reason = hasInstances ? why + u' ' + f.reason : why;
        }
        if (out.defaultCapacityProviderStrategy && !w.provider.isEmpty())
            f.reason = Tr::tr("Service %1 names neither a launch type nor a capacity provider "
                              "strategy, so the default strategy of cluster %2 gives the task "
                              "to capacity provider %3.")
                           .arg(service.name, service.cluster, w.provider) +
                       u' ' + f.reason;
        out.unplaced.append(f);
    }
}

int Planner::grow(int cluster, const QString &provider, const TaskRequirements *task)
{
    const Model::Cluster &c = m_project.clusters.at(cluster);
    const Model::CapacityProvider *p = c.capacityProvider(provider);
    if (!p || !p->managedScaling.enabled)
        return -1;
    int size = 0;
    for (const QString &of : std::as_const(m_providerOf[size_t(cluster)]))
        size += of == provider;
    if (size >= p->maxSize)
        return -1;
    int &launched = m_launched[groupKey(c.name, p->name)];
    const Model::ContainerInstance added = CapacityReservation::groupInstance(*p, launched + 1);
    ClusterState &state = m_placers[size_t(cluster)]->state();
    const QString address = Addressing::instanceAddress(cluster, state.instanceCount());
    if (task) {
        // Only an instance the task fits on: a task no empty instance of the type holds (or
        // whose constraints rule the group out) launches nothing.
        ClusterState probe = state;
        const int at = probe.addInstance(added, address);
        if (!Placer(probe).fits(*task, at))
            return -1;
    }
    ++launched;
    m_providerOf[size_t(cluster)].insert(added.name, p->name);
    m_grown.insert(groupKey(c.name, added.name));
    return state.addInstance(added, address);
}

void Planner::addSpareInstances()
{
    for (int c = 0; c < m_project.clusters.size(); ++c) {
        const ClusterState &state = m_states[size_t(c)];
        for (const Model::CapacityProvider &p : m_project.clusters.at(c).capacityProviders) {
            if (!p.managedScaling.enabled)
                continue;
            int size = 0, withTasks = 0;
            for (int i = 0; i < state.instanceCount(); ++i) {
                if (m_providerOf[size_t(c)].value(state.instance(i).name) != p.name)
                    continue;
                ++size;
                withTasks += state.instance(i).facts.runningTasksCount > 0;
            }
            for (int n = size; n < CapacityReservation::desiredSize(withTasks, p); ++n) {
                if (grow(c, p.name, nullptr) < 0)
                    break;
            }
        }
    }
}

} // namespace Berth::Engine

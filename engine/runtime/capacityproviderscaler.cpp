#include "engine/runtime/capacityproviderscaler.h"

#include "engine/runtime/deployment.h"
#include "engine/scheduler/capacityreservation.h"
#include "engine/scheduler/taskrequirements.h"

#include "model/instancetypes.h"

namespace Berth::Engine {

QString CapacityProviderScaler::key(const QString &cluster, const QString &provider)
{
    return cluster + u'/' + provider;
}

Model::ContainerInstance CapacityProviderScaler::launch(const Model::CapacityProvider &provider,
                                                        Group &group) const
{
    Model::ContainerInstance i = CapacityReservation::groupInstance(provider, ++group.launched);
    i.registeredAt = QDateTime::currentDateTimeUtc();
    return i;
}

void CapacityProviderScaler::start(Model::ProjectData &design)
{
    m_groups.clear();
    for (const Model::Cluster &c : std::as_const(design.clusters)) {
        for (const Model::CapacityProvider &p : c.capacityProviders) {
            Group &g = m_groups[key(c.name, p.name)];
            for (int n = 0; n < CapacityReservation::initialSize(p); ++n)
                g.instances << launch(p, g);
        }
    }
    merge(design);
}

void CapacityProviderScaler::merge(Model::ProjectData &design) const
{
    for (Model::Cluster &c : design.clusters) {
        for (const Model::CapacityProvider &p : std::as_const(c.capacityProviders)) {
            const auto g = m_groups.constFind(key(c.name, p.name));
            if (g == m_groups.cend())
                continue;
            for (const Model::ContainerInstance &i : g->instances) {
                if (!c.instance(i.name))
                    c.instances << i;
            }
        }
    }
}

bool CapacityProviderScaler::scale(Model::ProjectData &design, const QHash<QString, Task> &tasks,
                                   const QDateTime &now, QStringList *notes)
{
    bool changed = false;
    for (Model::Cluster &c : design.clusters) {
        for (const Model::CapacityProvider &p : std::as_const(c.capacityProviders)) {
            Group &g = m_groups[key(c.name, p.name)];
            const std::optional<Model::InstanceType> type =
                Model::InstanceTypes::find(p.instanceType);
            if (!type || !p.managedScaling.enabled)
                continue;
            // What each of the group's instances holds now.
            QHash<QString, int> taskCount;
            QHash<QString, QPair<int, int>> room; // instance -> cpu, memory left
            for (const Model::ContainerInstance &i : std::as_const(g.instances))
                room.insert(i.name, {i.cpuUnits, i.memoryMiB});
            QHash<QString, QList<int>> byService; // active tasks per strategy item
            for (const Task &t : tasks) {
                if (t.cluster != c.name || t.isStopped())
                    continue;
                if (room.contains(t.instance)) {
                    ++taskCount[t.instance];
                    if (const Model::Service *s = design.service(t.service)) {
                        if (const Model::TaskDefinition *td = design.taskDefinitionOf(*s)) {
                            const TaskRequirements r = TaskRequirements::forService(*s, *td);
                            room[t.instance].first -= r.cpu;
                            room[t.instance].second -= r.memory;
                        }
                    }
                }
            }
            // The tasks of services on this provider that wait for room (PROVISIONING in
            // ECS): the desired count not yet running, past what fits in the room left.
            QList<CapacityReservation::TaskNeed> waiting;
            for (const Model::Service &s : std::as_const(design.services)) {
                const QList<Model::CapacityProviderStrategyItem> strategy =
                    design.capacityProviderStrategyOf(s);
                if (s.cluster != c.name || strategy.isEmpty() || s.isDaemon())
                    continue;
                QList<int> running(strategy.size(), 0);
                int active = 0;
                for (const Task &t : tasks) {
                    if (t.service != s.name || !t.isActive())
                        continue;
                    ++active;
                    const Model::ContainerInstance *on = c.instance(t.instance);
                    for (qsizetype k = 0; on && k < strategy.size(); ++k)
                        running[k] += strategy.at(k).capacityProvider == on->capacityProviderName;
                }
                const Model::TaskDefinition *td = design.taskDefinitionOf(s);
                if (!td)
                    continue;
                const TaskRequirements r = TaskRequirements::forService(s, *td);
                for (int n = active; n < s.desiredCount; ++n) {
                    const QString to = CapacityReservation::providerForNextTask(strategy, running);
                    for (qsizetype k = 0; k < strategy.size(); ++k)
                        running[k] += strategy.at(k).capacityProvider == to;
                    if (to != p.name)
                        continue;
                    bool fits = false;
                    for (auto it = room.begin(); it != room.end() && !fits; ++it) {
                        if (it->first >= r.cpu && it->second >= r.memory) {
                            it->first -= r.cpu;
                            it->second -= r.memory;
                            fits = true;
                        }
                    }
                    if (!fits)
                        waiting.append({r.cpu, r.memory});
                }
            }
            CapacityReservation::GroupState state;
            state.instances = int(g.instances.size());
            for (const Model::ContainerInstance &i : std::as_const(g.instances))
                state.instancesWithTasks += taskCount.value(i.name) > 0;
            state.instancesForProvisioning = CapacityReservation::instancesFor(
                waiting, type->cpuUnits(),
                Model::ContainerInstance::registeredMemoryFor(type->memoryMiB));
            const int needed = CapacityReservation::instancesNeeded(state, p.managedScaling);
            m_reservation.insert(key(c.name, p.name),
                                 CapacityReservation::reservation(needed, state.instances));
            const int desired = CapacityReservation::desiredSize(needed, p);
            // Scale out at once: tasks are waiting.
            for (int n = state.instances; n < desired; ++n) {
                const Model::ContainerInstance added = launch(p, g);
                g.instances << added;
                c.instances << added;
                changed = true;
                if (notes)
                    *notes << QStringLiteral("Launching a new EC2 instance: %1 (capacity "
                                             "provider %2, %3)")
                                  .arg(added.ec2InstanceId(c.name), p.name, added.name);
            }
            // Scale in: empty instances, the newest first, each once it has run nothing for
            // the low alarm's datapoints. A running task keeps the address it started with.
            for (const Model::ContainerInstance &i : std::as_const(g.instances)) {
                if (taskCount.value(i.name) > 0)
                    g.emptySince.remove(i.name);
                else if (!g.emptySince.contains(i.name))
                    g.emptySince.insert(i.name, now);
            }
            const qint64 waitMs = qint64(kScaleInSeconds * 1000.0 / Deployment::timeScale());
            for (qsizetype k = g.instances.size() - 1; k >= 0 && int(g.instances.size()) > desired;
                 --k) {
                const Model::ContainerInstance last = g.instances.at(k);
                const auto since = g.emptySince.constFind(last.name);
                if (taskCount.value(last.name) > 0 || since == g.emptySince.cend() ||
                    since->msecsTo(now) < waitMs)
                    continue;
                g.instances.removeAt(k);
                g.emptySince.remove(last.name);
                c.instances.removeIf(
                    [&](const Model::ContainerInstance &i) { return i.name == last.name; });
                changed = true;
                if (notes)
                    *notes << QStringLiteral("Terminating EC2 instance: %1 (capacity provider "
                                             "%2, %3)")
                                  .arg(last.ec2InstanceId(c.name), p.name, last.name);
            }
        }
    }
    return changed;
}

} // namespace Berth::Engine

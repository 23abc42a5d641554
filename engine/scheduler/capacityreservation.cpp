#include "engine/scheduler/capacityreservation.h"

#include <algorithm>
#include <cmath>

namespace Berth::Engine::CapacityReservation {

Model::ContainerInstance groupInstance(const Model::CapacityProvider &provider, int ordinal)
{
    Model::ContainerInstance i = Model::ContainerInstance::ofType(
        provider.instanceName(ordinal), provider.instanceType, provider.zoneOf(ordinal - 1));
    i.capacityProviderName = provider.name;
    return i;
}

int initialSize(const Model::CapacityProvider &provider)
{
    return std::max(provider.desiredCapacity, provider.minSize);
}

int instancesNeeded(const GroupState &group, const Model::ManagedScaling &scaling)
{
    if (group.instancesForProvisioning <= 0)
        return group.instancesWithTasks;
    const int step =
        std::clamp(group.instancesForProvisioning, scaling.minimumScalingStepSize,
                   std::max(scaling.minimumScalingStepSize, scaling.maximumScalingStepSize));
    return group.instances + step;
}

double reservation(int needed, int instances)
{
    if (instances <= 0)
        return needed > 0 ? 200.0 : 100.0;
    return double(needed) * 100.0 / double(instances);
}

int desiredSize(int needed, const Model::CapacityProvider &provider)
{
    const int target = std::clamp(provider.managedScaling.targetCapacity, 1, 100);
    const int wanted = int(std::ceil(double(needed) * 100.0 / double(target)));
    return std::clamp(wanted, provider.minSize, std::max(provider.minSize, provider.maxSize));
}

int instancesFor(QList<TaskNeed> tasks, int cpu, int memory)
{
    if (tasks.isEmpty() || cpu <= 0 || memory <= 0)
        return 0;
    // First-fit decreasing over the larger share of either resource.
    std::sort(tasks.begin(), tasks.end(), [&](const TaskNeed &a, const TaskNeed &b) {
        return std::max(double(a.cpu) / cpu, double(a.memory) / memory) >
               std::max(double(b.cpu) / cpu, double(b.memory) / memory);
    });
    struct Room
    {
        int cpu;
        int memory;
    };
    QList<Room> rooms;
    for (const TaskNeed &t : std::as_const(tasks)) {
        if (t.cpu > cpu || t.memory > memory)
            continue; // fits no instance of this type: more instances would not help
        auto it = std::find_if(rooms.begin(), rooms.end(), [&](const Room &r) {
            return r.cpu >= t.cpu && r.memory >= t.memory;
        });
        if (it == rooms.end()) {
            rooms.append({cpu, memory});
            it = rooms.end() - 1;
        }
        it->cpu -= t.cpu;
        it->memory -= t.memory;
    }
    return int(rooms.size());
}

QString providerForNextTask(const QList<Model::CapacityProviderStrategyItem> &strategy,
                            const QList<int> &running)
{
    int total = 0;
    for (int n : running)
        total += n;
    // The base first: only one item may have one (validation).
    for (qsizetype i = 0; i < strategy.size(); ++i) {
        if (strategy.at(i).base > 0 && running.value(i) < strategy.at(i).base)
            return strategy.at(i).capacityProvider;
    }
    // Beyond the base, each weighted provider's share: the one furthest below its share of
    // the tasks placed beyond the base takes the next (ties: the strategy's order).
    int baseTaken = 0;
    for (qsizetype i = 0; i < strategy.size(); ++i)
        baseTaken += std::min(running.value(i), strategy.at(i).base);
    int weights = 0;
    for (const Model::CapacityProviderStrategyItem &item : strategy)
        weights += std::max(0, item.weight);
    if (weights == 0)
        return {};
    const int beyond = total - baseTaken + 1; // counting the task being placed
    qsizetype best = -1;
    double bestDeficit = 0;
    for (qsizetype i = 0; i < strategy.size(); ++i) {
        const int weight = strategy.at(i).weight;
        if (weight <= 0)
            continue;
        const int mine = running.value(i) - std::min(running.value(i), strategy.at(i).base);
        const double deficit = double(beyond) * weight / weights - mine;
        if (best < 0 || deficit > bestDeficit + 1e-9) {
            best = i;
            bestDeficit = deficit;
        }
    }
    return strategy.at(best).capacityProvider;
}

} // namespace Berth::Engine::CapacityReservation

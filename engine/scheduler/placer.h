#pragma once

#include "engine/scheduler/clusterstate.h"
#include "engine/scheduler/taskrequirements.h"

#include <QHash>
#include <QRandomGenerator>

namespace Berth::Engine {

/// Places tasks on a cluster state in ECS's order: instances with the CPU, memory, ports
/// and ENIs the task needs, then those that satisfy its constraints (distinctInstance,
/// memberOf), then the strategies, each breaking the ties of the one before.
///
/// The placer walks the state's indexes (by remaining resource, by attribute value, by
/// group) instead of scanning every instance; it never explains. When it finds nothing,
/// Explanation says why. random draws from a generator seeded at construction, so the same
/// seed and the same sequence of calls give the same placements.
class Placer
{
public:
    explicit Placer(ClusterState &state, quint64 seed = 0);

    ClusterState &state() { return m_state; }

    /// The instance the task would go to, or -1 when no instance meets all of its
    /// requirements (or it is a Fargate task). Changes nothing but the random generator.
    int choose(const TaskRequirements &task);
    /// choose(), then records the task with that id there. Returns the instance or -1.
    int place(const TaskRequirements &task, const QString &taskId);
    /// Records a Fargate task when the cluster's Fargate capacity has room.
    bool placeOnFargate(const TaskRequirements &task, const QString &taskId);
    /// Whether the task fits on the instance now: ACTIVE, resources, ports, ENIs and
    /// constraints (strategies do not matter here).
    bool fits(const TaskRequirements &task, int instance) const;

private:
    struct Prepared;
    struct Best;

    Prepared prepare(const TaskRequirements &task) const;
    bool fits(const Prepared &p, int instance) const;
    qint64 keyOf(const Prepared &p, int strategy, int instance) const;
    qint64 minimalKey(const Prepared &p, int strategy) const;
    void scan(const Prepared &p, const std::vector<int> &bucket, int first, Best &best,
              bool countZeroOnly = false) const;
    int pick(const Prepared &p, Best &best);
    int chooseIndexed(const Prepared &p, int binpackAt, int spreadAt);
    int chooseSpreadThenBinpack(const Prepared &p);
    int chooseRandom(const Prepared &p);
    int chooseScanning(const Prepared &p, int first);

    ClusterState &m_state;
    QRandomGenerator m_random;
    QHash<int, int> m_lastInstance; // per group: where its last task went (scans start after)
};

} // namespace Berth::Engine

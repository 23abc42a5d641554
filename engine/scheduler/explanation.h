#pragma once

#include "engine/scheduler/clusterstate.h"
#include "engine/scheduler/placementfailure.h"
#include "engine/scheduler/taskrequirements.h"

#include <QList>
#include <QString>

namespace Berth::Engine {

/// One rule checked against one instance: a cell of the explanation table.
struct RuleCheck
{
    enum class Rule { Status, Cpu, Memory, Port, PortLimit, Eni, MemberOf, DistinctInstance };

    Rule rule = Rule::Status;
    QString name;    ///< "CPU", "port 80/tcp", a memberOf sub-expression, ...
    bool passed = false;
    QString detail;  ///< "512 of 1024 free, needs 256", "held by task web-1", "true", ...
    int depth = 0;   ///< memberOf sub-expressions: 1 per enclosing not/and/or
    /// Whether the row decides placement; a memberOf sub-expression only informs.
    bool decides = true;
};

/// Every rule for one instance.
struct InstanceVerdict
{
    int instance = -1;
    QString name;
    QList<RuleCheck> checks;

    bool passed() const { return failures() == 0; }
    int failures() const;
    /// The first deciding rule that fails, or nullptr.
    const RuleCheck *firstFailure() const;
};

/// An instance that passed every rule, with its key under each strategy (lower is better).
struct RankedInstance
{
    int instance = -1;
    QString name;
    QList<qint64> keys;
    QStringList keyTexts; ///< "1024 MiB left", "2 tasks in us-east-1a", ...
};

/// Why a task goes where it goes, or nowhere: the table of instances x rules (status, CPU,
/// memory, each port with the task holding it, ENIs, each memberOf sub-expression with its
/// value, distinctInstance) and the strategy ranking of the instances that passed. It is
/// computed on demand, by a full scan, and never on the placer's path.
class Explanation
{
public:
    static Explanation compute(const ClusterState &state, const TaskRequirements &task);

    const TaskRequirements &task() const { return m_task; }
    const QList<InstanceVerdict> &verdicts() const { return m_verdicts; }
    /// The instances that passed, best first by the task's strategies (random ties keep the
    /// instances' order).
    const QList<RankedInstance> &ranking() const { return m_ranking; }
    /// ECS's closest matching instance: among ACTIVE instances, the one that misses the
    /// fewest rules, then the smallest CPU and memory shortfall. -1 without ACTIVE instances.
    int closestInstance() const { return m_closest; }
    /// The ECS event text and Berth's fuller reason for a task of the service that could not
    /// be placed.
    PlacementFailure failure(const QString &service) const;
    /// The same, naming the given instance as the closest match (a DAEMON task that must
    /// go on that instance).
    PlacementFailure failureOn(const QString &service, int instance) const;
    /// The table as text, one line per instance, for logs and the command line.
    QString toText() const;

private:
    TaskRequirements m_task;
    QString m_cluster;
    QList<InstanceVerdict> m_verdicts;
    QList<RankedInstance> m_ranking;
    int m_closest = -1;
    int m_activeCount = 0;
    int m_mostCpu = 0;
    int m_mostMemory = 0;
    std::vector<int> m_shortfall;
    QStringList m_strategyNames;
};

} // namespace Berth::Engine

#include "engine/scheduler/serviceplacement.h"
#include "engine/enginetr.h"

#include "engine/enginelog.h"
#include "engine/scheduler/clusterstate.h"
#include "engine/scheduler/explanation.h"
#include "engine/scheduler/placer.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace Berth::Engine {

ServicePlacement::ServicePlacement(Placer &placer, const QString &service,
                                   const TaskRequirements &task)
    : m_placer(placer), m_service(service), m_task(task)
{
}

QList<int> ServicePlacement::daemonInstances() const
{
    const ClusterState &state = m_placer.state();
    const bool dynamic = std::any_of(m_task.memberOf.cbegin(), m_task.memberOf.cend(),
                                     [](const MemberOfConstraint &c) { return c.dynamic; });
    std::optional<ClusterState> withoutOwn;
    if (dynamic) {
        const QStringList own = state.tasksOfGroup(m_task.group);
        if (!own.isEmpty()) {
            withoutOwn = state;
            for (const QString &id : own)
                withoutOwn->removeTask(id);
        }
    }
    const ClusterState &view = withoutOwn ? *withoutOwn : state;
    QList<int> instances;
    for (int i = 0; i < view.instanceCount(); ++i) {
        if (!view.instance(i).isActive())
            continue;
        const bool member =
            std::all_of(m_task.memberOf.cbegin(), m_task.memberOf.cend(),
                        [&](const MemberOfConstraint &c) { return view.satisfies(c, i); });
        if (member)
            instances.append(i);
    }
    return instances;
}

ServicePlacement::DaemonResult ServicePlacement::placeDaemon(const QList<int> &instances,
                                                             const Launch &launch)
{
    ClusterState &state = m_placer.state();
    DaemonResult result;
    QList<int> missed;
    for (int i : instances) {
        if (!m_placer.fits(m_task, i)) {
            missed.append(i);
            continue;
        }
        const QString id = launch(i);
        if (id.isEmpty())
            continue;
        if (!state.addTask(id, m_task, i)) {
            qCWarning(lcScheduler) << "task id" << id << "is already in use";
            continue;
        }
        result.placed.append({id, i});
    }
    if (missed.isEmpty())
        return result;
    if (!m_task.canBePlaced()) {
        const PlacementFailure f = failure(state, m_service, m_task);
        for (int i : std::as_const(missed))
            result.missed.append({i, f});
        return result;
    }
    // One scan explains every miss: a DAEMON task only ever changes its own instance.
    const Explanation explanation = Explanation::compute(state, m_task);
    for (int i : std::as_const(missed))
        result.missed.append({i, explanation.failureOn(m_service, i)});
    return result;
}

ServicePlacement::ReplicaResult ServicePlacement::placeReplicas(int count, const Launch &launch)
{
    ClusterState &state = m_placer.state();
    ReplicaResult result;
    for (int k = 0; k < count; ++k) {
        int instance = -1;
        bool room = false;
        if (m_task.canBePlaced())
            room =
                m_task.fargate ? state.fargateHasRoom() : (instance = m_placer.choose(m_task)) >= 0;
        if (!room) {
            result.failure = failure(state, m_service, m_task);
            return result;
        }
        const QString id = launch(instance);
        if (id.isEmpty())
            return result;
        if (!state.addTask(id, m_task, instance)) {
            qCWarning(lcScheduler) << "task id" << id << "is already in use";
            return result;
        }
        result.placed.append({id, instance});
    }
    return result;
}

PlacementFailure ServicePlacement::failure(const ClusterState &state, const QString &service,
                                           const TaskRequirements &task)
{
    if (!task.canBePlaced()) {
        return PlacementFailure::invalid(QStringLiteral("InvalidParameterException: ") +
                                             task.errors.first(),
                                         Tr::tr("ECS would refuse service %1: %2.")
                                             .arg(service, task.errors.join(QStringLiteral("; "))));
    }
    if (task.fargate) {
        return state.fargate().enabled
                   ? PlacementFailure::fargateQuota(service, state.clusterName(),
                                                    state.fargate().quota)
                   : PlacementFailure::fargateDisabled(service, state.clusterName());
    }
    return Explanation::compute(state, task).failure(service);
}

} // namespace Berth::Engine

#include "engine/scheduler/serviceplacement.h"
#include "engine/enginetr.h"

#include "engine/enginelog.h"
#include "engine/scheduler/capacityreservation.h"
#include "engine/scheduler/clusterstate.h"
#include "engine/scheduler/explanation.h"
#include "engine/scheduler/placer.h"

#include <QCoreApplication>
#include <QHash>

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

void ServicePlacement::onProvider(ClusterState &state, const QString &provider,
                                  const ProviderOf &providerOf, const std::function<void()> &f)
{
    QList<QPair<int, Model::ContainerInstance::Status>> hidden;
    for (int i = 0; i < state.instanceCount(); ++i) {
        if (providerOf(i) != provider && state.instance(i).isActive()) {
            hidden.append({i, state.instance(i).status});
            state.setStatus(i, Model::ContainerInstance::Status::Draining);
        }
    }
    f();
    for (const auto &[i, status] : std::as_const(hidden))
        state.setStatus(i, status);
}

ServicePlacement::ProviderResult ServicePlacement::placeOnProviders(
    int count, const QList<Model::CapacityProviderStrategyItem> &strategy, QList<int> &running,
    const ProviderOf &providerOf, const Launch &launch, const Grow &grow)
{
    ProviderResult result;
    QList<int> grown; // instances grow added: their tasks wait until they are launched
    // A provider without room stays without: placing on the others does not change its
    // instances, so its later tasks wait for the same reason.
    QHash<QString, PlacementFailure> full;
    running.resize(strategy.size());
    for (int n = 0; n < count; ++n) {
        const QString provider = CapacityReservation::providerForNextTask(strategy, running);
        if (provider.isEmpty()) { // no weight above 0 and the base met: no task goes anywhere
            const PlacementFailure invalid = PlacementFailure::invalid(
                QStringLiteral("InvalidParameterException: Capacity provider strategy is "
                               "invalid."),
                Tr::tr("No capacity provider in the strategy of service %1 has a weight above "
                       "0 once the base is met.")
                    .arg(m_service));
            for (; n < count; ++n)
                result.waiting.append({QString(), invalid});
            return result;
        }
        ReplicaResult one;
        if (!full.contains(provider)) {
            for (;;) {
                onProvider(m_placer.state(), provider, providerOf,
                           [&] { one = placeReplicas(1, launch); });
                if (!one.placed.isEmpty() || !grow)
                    break;
                const int added = grow(provider);
                if (added < 0)
                    break;
                grown << added;
            }
        }
        if (one.placed.isEmpty()) {
            if (!one.failure && !full.contains(provider))
                return result; // the launch held the task back
            if (one.failure)
                full.insert(provider, *one.failure);
            result.waiting.append({provider, full.value(provider)});
        } else {
            result.placed += one.placed;
            if (grown.contains(one.placed.first().instance))
                result.provisioning += one.placed;
        }
        for (qsizetype k = 0; k < strategy.size(); ++k)
            running[k] += strategy.at(k).capacityProvider == provider;
    }
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

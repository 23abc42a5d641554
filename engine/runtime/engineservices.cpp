// The Engine's placement helpers: cluster state from the tasks, launching a placed task, and
// standalone run-task. Services are ServiceController's.
#include "engine/runtime/engine.h"

#include "engine/enginelog.h"
#include "engine/runtime/containerspec.h"
#include "engine/runtime/liveclusterstate.h"
#include "engine/scheduler/addressing.h"
#include "engine/scheduler/clusterstate.h"
#include "engine/scheduler/explanation.h"
#include "engine/scheduler/serviceplacement.h"
#include "engine/scheduler/placer.h"
#include "engine/scheduler/taskrequirements.h"

#include <QCoreApplication>
#include <QSet>

namespace Berth::Engine {

namespace {

QString taskList(const QStringList &ids)
{
    QStringList parts;
    for (const QString &id : ids)
        parts << QStringLiteral("task ") + id;
    return parts.join(u' ');
}

} // namespace

ClusterState Engine::clusterState(const QString &cluster, int *clusterIndex) const
{
    ClusterState state = designClusterState(m_project, cluster, clusterIndex);
    for (const Task &t : m_tasks) {
        if (t.cluster != cluster || t.isStopped())
            continue;
        // The revision the task was launched with, which the design may have dropped since.
        const auto runner = m_runners.constFind(t.id);
        if (runner != m_runners.cend())
            addLiveTask(state, m_project, t, runner->taskDefinition());
        else if (const Model::TaskDefinition *td = m_project.taskDefinition(t.taskDefinition))
            addLiveTask(state, m_project, t, *td);
    }
    return state;
}

QString Engine::freeTaskAddress() const
{
    QSet<QString> used;
    for (const Task &t : m_tasks) {
        if (!t.isStopped())
            used.insert(t.address);
    }
    for (int n = 0;; ++n) {
        const QString a = Addressing::taskAddress(n);
        if (a.isEmpty() || !used.contains(a))
            return a;
    }
}

QString Engine::launch(const Model::TaskDefinition &td, const QString &cluster,
                       const QString &service, const QString &group, int instance,
                       const ClusterState &state, const RunTaskRequest *overrides,
                       const QString &taskId)
{
    TaskContext c;
    c.project = m_label;
    c.cluster = cluster;
    c.service = service;
    c.group = group;
    c.taskId = taskId.isEmpty() ? Task::newId() : taskId;
    c.loadBalancerHosts = m_loadBalancerHosts;
    if (!m_metadataAddress.isEmpty()) {
        c.metadataEndpoint =
            QStringLiteral("http://%1:%2/v4").arg(m_metadataAddress).arg(kMetadataPort);
        for (const Model::ContainerDefinition &cd : td.containers())
            c.metadataTokens.insert(cd.name(), Task::newId());
    }
    if (instance >= 0) {
        c.instance = state.instance(instance).name;
        c.instanceAddress = state.instance(instance).address;
    }
    if (td.networkMode() == QLatin1String("awsvpc") || instance < 0)
        c.taskAddress = freeTaskAddress();
    if (overrides) {
        c.commandOverrides = overrides->commandOverrides;
        c.environmentOverrides = overrides->environmentOverrides;
    }
    Task task = TaskRunner::makeTask(td, c);
    task.launchType = instance < 0 ? QStringLiteral("FARGATE") : QStringLiteral("EC2");
    m_runners.insert(task.id, TaskRunner(td, c));
    m_tasks.insert(task.id, task);
    return task.id;
}

QString Engine::launchServiceTask(const Model::TaskDefinition &td, const Model::Service &service,
                                  int instance, const ClusterState &state,
                                  const QString &deploymentId)
{
    const QString id = launch(td, service.cluster, service.name, service.group(), instance, state);
    m_tasks[id].startedBy = deploymentId;
    return id;
}

void Engine::runTask(const RunTaskRequest &request)
{
    const Model::TaskDefinition *td = request.definitionOverride
                                          ? &*request.definitionOverride
                                          : m_project.taskDefinition(request.taskDefinition);
    if (!td) {
        Q_EMIT notice(tr("run-task: the design has no task definition %1")
                          .arg(request.taskDefinition));
        return;
    }
    const QString cluster = request.cluster.isEmpty() && !m_project.clusters.isEmpty()
                                ? m_project.clusters.first().name
                                : request.cluster;
    int clusterIndex = 0;
    ClusterState state = clusterState(cluster, &clusterIndex);
    Placer placer(state, m_seed++);
    const bool fargate = request.launchType == QLatin1String("FARGATE");
    TaskRequirements req = TaskRequirements::forRunTask(*td, request.placementConstraints,
                                                        request.placementStrategy, fargate);
    if (!request.group.isEmpty())
        req.group = request.group;
    QStringList started;
    if (!request.capacityProviderStrategy.isEmpty()) {
        // As the API placed them: each task on the instances of the provider base and weight
        // pick for it, counted from this call's first task.
        const Model::Cluster *designed = m_project.cluster(cluster);
        const ServicePlacement::ProviderOf providerOf = [&](int i) {
            const Model::ContainerInstance *on =
                designed ? designed->instance(state.instance(i).name) : nullptr;
            return on ? on->capacityProviderName : QString();
        };
        const ServicePlacement::Launch launchOne = [&](int instance) {
            const qsizetype n = started.size();
            const QString id = n < request.taskIds.size() ? request.taskIds.at(n) : Task::newId();
            const QString launched =
                launch(*td, cluster, {}, req.group, instance, state, &request, id);
            m_tasks[launched].startedBy = request.startedBy;
            started << launched;
            return launched;
        };
        QList<int> running;
        const ServicePlacement::ProviderResult result =
            ServicePlacement(placer, {}, req)
                .placeOnProviders(request.count, request.capacityProviderStrategy, running,
                                  providerOf, launchOne);
        if (!result.waiting.isEmpty())
            Q_EMIT notice(result.waiting.first().failure.reason);
    }
    for (int i = 0; request.capacityProviderStrategy.isEmpty() && i < request.count; ++i) {
        const QString id = i < request.taskIds.size() ? request.taskIds.at(i) : Task::newId();
        int instance = -1;
        if (fargate ? !placer.placeOnFargate(req, id) : (instance = placer.place(req, id)) < 0) {
            Q_EMIT notice(ServicePlacement::failure(state, {}, req).reason);
            break;
        }
        const QString launched =
            launch(*td, cluster, {}, req.group, instance, state, &request, id);
        m_tasks[launched].startedBy = request.startedBy;
        state.removeTask(id);
        state.addTask(launched, req, instance);
        started << launched;
    }
    if (!started.isEmpty())
        addEvent({}, tr("run-task started %n task(s) of %1: %2.", nullptr, int(started.size()))
                         .arg(td->key(), taskList(started)));
    scheduleReconcile();
}

} // namespace Berth::Engine

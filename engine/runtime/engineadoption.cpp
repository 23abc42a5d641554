// The Engine's adoption: after Berth or the daemon restarts, the containers a project's
// earlier run left are taken back by their labels, never started twice.
#include "engine/runtime/engine.h"

#include "engine/enginelog.h"
#include "engine/runtime/containerspec.h"

namespace Berth::Engine {

void Engine::adopt(const QString &taskId, const QList<Docker::ContainerSummary> &containers)
{
    const Docker::Labels labels = containers.first().labels;
    const QString key = labels.value(QLatin1String(ContainerSpec::kTaskDefinition));
    const Model::TaskDefinition *td = m_project.taskDefinition(key);
    const QString service = labels.value(QLatin1String(ContainerSpec::kService));
    if (!td || (!service.isEmpty() && !m_project.service(service))) {
        for (const Docker::ContainerSummary &c : containers)
            m_orphans << c.name;
        return;
    }
    TaskContext context;
    context.project = m_label;
    context.cluster = labels.value(QLatin1String(ContainerSpec::kCluster));
    context.instance = labels.value(QLatin1String(ContainerSpec::kInstance));
    context.service = service;
    context.taskId = taskId;
    context.group = labels.value(QLatin1String(ContainerSpec::kGroup));
    context.loadBalancerHosts = m_loadBalancerHosts;
    for (const Docker::ContainerSummary &c : containers) {
        const QString token = c.labels.value(QLatin1String(ContainerSpec::kMetadataToken));
        if (!token.isEmpty())
            context.metadataTokens.insert(c.labels.value(QLatin1String(ContainerSpec::kContainer)),
                                          token);
    }
    if (!m_metadataAddress.isEmpty())
        context.metadataEndpoint =
            QStringLiteral("http://%1:%2/v4").arg(m_metadataAddress).arg(kMetadataPort);
    const QString address = labels.value(QLatin1String(ContainerSpec::kAddress));
    if (td->networkMode() == QLatin1String("awsvpc"))
        context.taskAddress = address;
    else
        context.instanceAddress = address;
    Task task = TaskRunner::makeTask(*td, context);
    task.lastStatus = TaskStatus::Pending; // startReady() finds what already runs
    task.launchType = context.instance.isEmpty() ? QStringLiteral("FARGATE")
                                                 : QStringLiteral("EC2");
    if (!service.isEmpty())
        task.startedBy = m_serviceController->deploymentFor(service, key);
    m_runners.insert(taskId, TaskRunner(*td, context));
    m_tasks.insert(taskId, task);
    qCInfo(lcEngine) << "adopted task" << taskId << "of" << key;
}

} // namespace Berth::Engine

// The service scheduler part of the Engine: desired counts, replacement of stopped and
// unhealthy tasks, failed-start back-off, DAEMON services, standalone run-task.
#include "engine/runtime/engine.h"

#include "engine/docker/dockerclient.h"
#include "engine/enginelog.h"
#include "engine/runtime/containerspec.h"
#include "engine/scheduler/addressing.h"
#include "engine/scheduler/clusterstate.h"
#include "engine/scheduler/explanation.h"
#include "engine/scheduler/placer.h"
#include "engine/scheduler/taskrequirements.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

namespace Berth::Engine {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Berth::Engine::Engine", text, disambiguation, n);
}

QString taskList(const QStringList &ids)
{
    QStringList parts;
    for (const QString &id : ids)
        parts << QStringLiteral("task ") + id;
    return parts.join(u' ');
}

} // namespace

int Engine::desiredCountOf(const Model::Service &service) const
{
    return m_desiredOverrides.value(service.name, service.desiredCount);
}

QString Engine::deploymentIdOf(const Model::Service &service)
{
    ServiceRuntime &rt = m_services[service.name];
    if (rt.deploymentId.isEmpty()) {
        const QByteArray h = QCryptographicHash::hash(
            (m_label + u'/' + service.name).toUtf8(), QCryptographicHash::Sha1);
        quint64 n = 0;
        for (int i = 0; i < 8; ++i)
            n = (n << 8) | quint8(h.at(i));
        rt.deploymentId = QStringLiteral("ecs-svc/%1").arg(n % 10000000000000000000ULL, 19,
                                                           10, QLatin1Char('0'));
    }
    return rt.deploymentId;
}

ClusterState Engine::clusterState(const QString &cluster, int *clusterIndex) const
{
    int index = 0;
    for (; index < m_project.clusters.size(); ++index) {
        if (m_project.clusters.at(index).name == cluster)
            break;
    }
    if (clusterIndex)
        *clusterIndex = index;
    if (index >= m_project.clusters.size())
        return ClusterState(cluster);
    ClusterState state = ClusterState::fromCluster(m_project.clusters.at(index), index);
    for (const Task &t : m_tasks) {
        if (t.cluster != cluster || t.isStopped())
            continue;
        state.addTask(t.id, requirementsOf(t), t.instance.isEmpty() ? -1
                                                                   : state.indexOf(t.instance));
    }
    return state;
}

TaskRequirements Engine::requirementsOf(const Task &task) const
{
    const auto runner = m_runners.constFind(task.id);
    const Model::TaskDefinition td = runner != m_runners.cend()
                                         ? runner->taskDefinition()
                                         : *m_project.taskDefinition(task.taskDefinition);
    if (!task.service.isEmpty()) {
        if (const Model::Service *s = m_project.service(task.service))
            return TaskRequirements::forService(*s, td);
    }
    TaskRequirements r = TaskRequirements::fromTaskDefinition(td);
    r.group = task.group;
    return r;
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
                       const ClusterState &state, const RunTaskRequest *overrides)
{
    TaskContext c;
    c.project = m_label;
    c.cluster = cluster;
    c.service = service;
    c.group = group;
    c.taskId = Task::newId();
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
    if (const Model::Service *s = m_project.service(service))
        task.startedBy = deploymentIdOf(*s);
    m_runners.insert(task.id, TaskRunner(td, c));
    m_tasks.insert(task.id, task);
    return task.id;
}

void Engine::controlServices()
{
    for (const Model::Service &s : m_project.services) {
        if (!m_project.cluster(s.cluster) || !m_project.taskDefinitionOf(s))
            continue;
        if (s.isDaemon())
            controlDaemon(s);
        else
            controlService(s);
    }
}

void Engine::controlService(const Model::Service &s)
{
    ServiceRuntime &rt = m_services[s.name];
    const Model::TaskDefinition &td = *m_project.taskDefinitionOf(s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Task *> active;
    int running = 0;
    for (Task &t : m_tasks) {
        if (t.service != s.name)
            continue;
        if (t.isStopped() && t.stoppedAt.isValid() && t.stoppedAt.secsTo(now) < 2
            && !t.startedAt.isValid() && t.stopCode == QLatin1String("TaskFailedToStart")
            && !rt.countedFailures.contains(t.id)) {
            // A task that never ran: back off before the next try.
            rt.countedFailures.insert(t.id);
            ++rt.failedStarts;
            rt.retryAfter = now.addSecs(qMin(60, 1 << qMin(rt.failedStarts, 6)));
            if (rt.failedStarts >= 3)
                addEvent(s.name, tr("service %1 is unable to consistently start tasks "
                                    "successfully.")
                                     .arg(s.name));
        }
        if (!t.isActive())
            continue;
        if (t.lastStatus == TaskStatus::Running && t.health == QLatin1String("UNHEALTHY")) {
            TaskRunner::requestStop(t, QStringLiteral("ServiceSchedulerInitiated"),
                                    tr("Task failed container health checks"));
            addEvent(s.name, tr("service %1 (task %2) failed container health checks.")
                                 .arg(s.name, t.id));
            continue;
        }
        active << &t;
        if (t.lastStatus == TaskStatus::Running) {
            ++running;
            rt.failedStarts = 0;
        }
    }
    const int desired = desiredCountOf(s);
    if (active.size() > desired) {
        // Scale in: tasks that are not running yet first, then the newest.
        std::sort(active.begin(), active.end(), [](const Task *a, const Task *b) {
            const bool ar = a->lastStatus == TaskStatus::Running;
            const bool br = b->lastStatus == TaskStatus::Running;
            return ar != br ? !ar : a->createdAt > b->createdAt;
        });
        QStringList stopped;
        for (qsizetype i = 0; i < active.size() - desired; ++i) {
            TaskRunner::requestStop(*active[i], QStringLiteral("ServiceSchedulerInitiated"),
                                    tr("Scaling activity initiated by (deployment %1)")
                                        .arg(deploymentIdOf(s)));
            stopped << active[i]->id;
        }
        addEvent(s.name, tr("service %1 has stopped %n running tasks: %2.", nullptr,
                            int(stopped.size()))
                             .arg(s.name, taskList(stopped)));
        rt.steady = false;
        return;
    }
    if (active.size() < desired && (!rt.retryAfter.isValid() || now >= rt.retryAfter)) {
        int clusterIndex = 0;
        ClusterState state = clusterState(s.cluster, &clusterIndex);
        Placer placer(state, m_seed++);
        const TaskRequirements req = TaskRequirements::forService(s, td);
        QStringList started;
        for (qsizetype i = active.size(); i < desired; ++i) {
            const QString id = Task::newId();
            int instance = -1;
            if (req.fargate) {
                if (!placer.placeOnFargate(req, id)) {
                    addEvent(s.name, Explanation::compute(state, req).failure(s.name).ecsMessage);
                    break;
                }
            } else {
                instance = placer.place(req, id);
                if (instance < 0) {
                    addEvent(s.name, Explanation::compute(state, req).failure(s.name).ecsMessage);
                    break;
                }
            }
            const QString launched = launch(td, s.cluster, s.name, s.group(), instance, state);
            // The placer recorded the task under a provisional id; keep the state in step.
            state.removeTask(id);
            state.addTask(launched, req, instance);
            started << launched;
        }
        if (!started.isEmpty())
            addEvent(s.name, tr("service %1 has started %n tasks: %2.", nullptr,
                                int(started.size()))
                                 .arg(s.name, taskList(started)));
        rt.steady = false;
        return;
    }
    if (running == desired && active.size() == desired && !rt.steady) {
        rt.steady = true;
        addEvent(s.name, tr("service %1 has reached a steady state.").arg(s.name));
    }
}

void Engine::controlDaemon(const Model::Service &s)
{
    const Model::TaskDefinition &td = *m_project.taskDefinitionOf(s);
    int clusterIndex = 0;
    ClusterState state = clusterState(s.cluster, &clusterIndex);
    Placer placer(state, m_seed++);
    const TaskRequirements req = TaskRequirements::forService(s, td);
    QSet<QString> covered;
    for (Task &t : m_tasks) {
        if (t.service != s.name || !t.isActive())
            continue;
        const int i = state.indexOf(t.instance);
        if (i < 0 || !state.instance(i).isActive()) {
            TaskRunner::requestStop(t, QStringLiteral("ServiceSchedulerInitiated"),
                                    tr("Scaling activity initiated by (deployment %1)")
                                        .arg(deploymentIdOf(s)));
            continue;
        }
        covered.insert(t.instance);
    }
    QStringList started;
    for (int i = 0; i < state.instanceCount(); ++i) {
        const ClusterState::Instance &in = state.instance(i);
        if (covered.contains(in.name) || !in.isActive())
            continue;
        if (!placer.fits(req, i)) {
            addEvent(s.name, Explanation::compute(state, req).failureOn(s.name, i).ecsMessage);
            continue;
        }
        const QString id = launch(td, s.cluster, s.name, s.group(), i, state);
        state.addTask(id, req, i);
        started << id;
    }
    if (!started.isEmpty())
        addEvent(s.name, tr("service %1 has started %n tasks: %2.", nullptr, int(started.size()))
                             .arg(s.name, taskList(started)));
}

void Engine::runTask(const RunTaskRequest &request)
{
    const Model::TaskDefinition *td = m_project.taskDefinition(request.taskDefinition);
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
    TaskRequirements req = TaskRequirements::fromTaskDefinition(*td);
    if (!request.group.isEmpty())
        req.group = request.group;
    const bool fargate = request.launchType == QLatin1String("FARGATE");
    QStringList started;
    for (int i = 0; i < request.count; ++i) {
        const QString id = Task::newId();
        int instance = -1;
        if (fargate ? !placer.placeOnFargate(req, id) : (instance = placer.place(req, id)) < 0) {
            Q_EMIT notice(Explanation::compute(state, req).failure(QString()).reason);
            break;
        }
        const QString launched = launch(*td, cluster, {}, req.group, instance, state, &request);
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

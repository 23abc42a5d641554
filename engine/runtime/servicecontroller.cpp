#include "engine/runtime/servicecontroller.h"

#include "engine/enginelog.h"
#include "engine/scheduler/capacityreservation.h"
#include "engine/scheduler/ecsevents.h"
#include "engine/scheduler/clusterstate.h"
#include "engine/scheduler/placer.h"
#include "engine/scheduler/serviceplacement.h"
#include "engine/scheduler/taskrequirements.h"

#include <QCoreApplication>

#include <algorithm>

namespace Berth::Engine {

namespace {

QString nonceOf(const Model::Service &s)
{
    return s.extra.value(QLatin1String(ServiceController::kDeploymentNonce)).toVariant()
        .toString();
}

bool hasHealthCheck(const Task &t)
{
    for (const ContainerState &c : t.containers) {
        if (c.essential && !c.health.isEmpty())
            return true;
    }
    return false;
}

// A task that stopped on its own (it failed to start, exited, or failed its container or
// ELB health checks), not one the scheduler or a user stopped. The circuit breaker counts
// both stages: tasks that do not reach RUNNING and tasks that fail their health checks.
bool failedOnItsOwn(const Task &t)
{
    if (t.stopCode == QLatin1String("TaskFailedToStart")
        || t.stopCode == QLatin1String("EssentialContainerExited"))
        return true;
    return t.stopCode == QLatin1String("ServiceSchedulerInitiated")
           && (t.stoppedReason == EcsEvents::failedContainerHealthChecksReason()
               || EcsEvents::isFailedElbHealthChecks(t.stoppedReason));
}

} // namespace

ServiceController::ServiceController(ServiceHost &host) : m_engine(host) {}

bool ServiceController::countsHealthy(const Task &task, bool proving,
                                      const QDateTime &now) const
{
    if (task.lastStatus != TaskStatus::Running || !task.isActive())
        return false;
    // ecs-reference.md: container health checks pass and, with a load balancer, its targets
    // are healthy; with neither, 40 s after RUNNING.
    const Model::Service *service = m_engine.project().service(task.service);
    const bool balanced = service && !service->loadBalancers.isEmpty()
                          && m_engine.loadBalancersRunning();
    if (balanced && !m_engine.targetsHealthy(task))
        return false;
    if (hasHealthCheck(task))
        return task.health == QLatin1String("HEALTHY");
    if (!proving || balanced)
        return true;
    return task.startedAt.isValid()
           && task.startedAt.secsTo(now) >= Deployment::healthyAfterSeconds();
}

void ServiceController::apply(const Model::ProjectData &project)
{
    for (const Model::Service &s : project.services) {
        const Model::TaskDefinition *td = project.taskDefinitionOf(s);
        if (!td)
            continue;
        const QString key = td->key();
        const QString nonce = nonceOf(s);
        auto it = m_states.find(s.name);
        if (it == m_states.end()) {
            State &state = m_states[s.name];
            state.appliedTaskDefinition = key;
            state.appliedNonce = nonce;
            startDeployment(state, key,
                            Deployment::idFor(m_engine.runLabel() + u'/' + s.name + u'/' + key
                                              + u'/' + nonce));
            continue;
        }
        if (it->appliedTaskDefinition == key && it->appliedNonce == nonce)
            continue;
        it->appliedTaskDefinition = key;
        it->appliedNonce = nonce;
        const Deployment &d = startDeployment(*it, key, Deployment::newId());
        qCInfo(lcEngine) << "service" << s.name << "deployment" << d.id << "of" << key;
    }
}

Deployment &ServiceController::startDeployment(State &state, const QString &taskDefinition,
                                               const QString &id)
{
    for (Deployment &d : state.deployments) {
        if (d.isPrimary()) {
            d.status = QStringLiteral("ACTIVE");
            d.updatedAt = QDateTime::currentDateTimeUtc();
        }
    }
    Deployment d;
    d.id = id;
    d.status = QStringLiteral("PRIMARY");
    d.taskDefinition = taskDefinition;
    d.createdAt = d.updatedAt = QDateTime::currentDateTimeUtc();
    state.deployments.prepend(d);
    state.steady = false;
    state.failedStarts = 0;
    state.retryAfter = {};
    return state.deployments.first();
}

Deployment *ServiceController::deployment(State &state, const QString &id)
{
    for (Deployment &d : state.deployments) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QString ServiceController::deploymentFor(const QString &service,
                                         const QString &taskDefinition)
{
    State &state = m_states[service];
    for (const Deployment &d : state.deployments) {
        if (d.taskDefinition == taskDefinition)
            return d.id;
    }
    // A task of a revision the design no longer runs: an ACTIVE deployment to replace.
    Deployment d;
    d.id = Deployment::idFor(m_engine.runLabel() + u'/' + service + u'/' + taskDefinition);
    d.status = state.deployments.isEmpty() ? QStringLiteral("PRIMARY")
                                           : QStringLiteral("ACTIVE");
    d.taskDefinition = taskDefinition;
    d.createdAt = d.updatedAt = QDateTime::currentDateTimeUtc();
    state.deployments.append(d);
    return d.id;
}

QList<Deployment> ServiceController::deployments(const QString &service) const
{
    return m_states.value(service).deployments;
}

void ServiceController::addEvent(const QString &service, const QString &message)
{
    m_engine.addEvent(service, message);
}

void ServiceController::control()
{
    const Model::ProjectData &project = m_engine.project();
    for (const Model::Service &s : project.services) {
        if (!project.cluster(s.cluster) || !project.taskDefinitionOf(s))
            continue;
        auto it = m_states.find(s.name);
        if (it == m_states.end() || it->deployments.isEmpty())
            continue;
        if (s.isDaemon())
            controlDaemon(s, *it);
        else
            controlReplica(s, *it);
    }
}

bool ServiceController::misplaced(const Task &task, const ClusterState &cluster) const
{
    if (task.instance.isEmpty())
        return false; // Fargate
    const int i = cluster.indexOf(task.instance);
    return i < 0 || !cluster.instance(i).isActive();
}

void ServiceController::noteFailures(const Model::Service &s, State &state, const QDateTime &now)
{
    Deployment &primary = state.deployments.first();
    for (const Task &t : m_engine.tasks()) {
        if (t.service != s.name)
            continue;
        const bool proving = t.startedBy == primary.id;
        if (countsHealthy(t, proving, now) && !state.healthySeen.contains(t.id)) {
            state.healthySeen.insert(t.id);
            if (proving)
                primary.failedTasks = 0; // ECS resets the count on a healthy task
        }
        if (!t.isStopped() || state.countedFailures.contains(t.id) || !failedOnItsOwn(t))
            continue;
        state.countedFailures.insert(t.id);
        if (!t.stoppedAt.isValid() || t.stoppedAt.secsTo(now) > 10)
            continue; // from before this run
        if (t.stopCode == QLatin1String("TaskFailedToStart")) {
            ++state.failedStarts;
            state.retryAfter = now.addMSecs(Deployment::retryDelayMs(state.failedStarts));
            if (state.failedStarts >= 3)
                addEvent(s.name, EcsEvents::unableToConsistentlyStart(s.name));
        }
        if (state.healthySeen.contains(t.id))
            continue;
        if (Deployment *d = deployment(state, t.startedBy))
            ++d->failedTasks;
    }
    if (!s.deploymentConfiguration.circuitBreakerEnable.value_or(false)
        || primary.rolloutState != QLatin1String("IN_PROGRESS"))
        return;
    const int desired = s.isDaemon() ? qMax(1, primary.desiredCount)
                                     : s.desiredCount;
    if (primary.failedTasks < Deployment::circuitBreakerThreshold(desired))
        return;
    primary.rolloutState = QStringLiteral("FAILED");
    primary.rolloutStateReason = QStringLiteral("tasks failed to start");
    primary.updatedAt = now;
    addEvent(s.name, EcsEvents::deploymentFailed(s.name, primary.id));
    if (s.deploymentConfiguration.circuitBreakerRollback && state.lastCompleted) {
        const QString target = state.lastCompleted->taskDefinition;
        addEvent(s.name, EcsEvents::rollingBack(s.name, state.lastCompleted->id));
        startDeployment(state, target, Deployment::newId());
        qCInfo(lcEngine) << "service" << s.name << "rolls back to" << target;
    }
}

void ServiceController::stopUnhealthy(const Model::Service &s, const QDateTime &now)
{
    const int grace = s.healthCheckGracePeriodSeconds.value_or(0);
    QStringList unhealthy;
    for (const Task &t : m_engine.tasks()) {
        if (t.service != s.name || !t.isActive() || t.lastStatus != TaskStatus::Running
            || t.health != QLatin1String("UNHEALTHY"))
            continue;
        if (t.startedAt.isValid() && t.startedAt.secsTo(now) < grace)
            continue;
        unhealthy << t.id;
    }
    for (const QString &id : unhealthy) {
        m_engine.requestStop(id, QStringLiteral("ServiceSchedulerInitiated"),
                             EcsEvents::failedContainerHealthChecksReason());
        addEvent(s.name, EcsEvents::failedContainerHealthChecks(s.name, id));
    }
}

void ServiceController::stopTasks(const Model::Service &s, const State &state,
                                  const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    const QString reason = EcsEvents::scalingActivity(state.deployments.first().id);
    for (const QString &id : ids)
        m_engine.requestStop(id, QStringLiteral("ServiceSchedulerInitiated"), reason);
    addEvent(s.name, EcsEvents::stoppedTasks(s.name, ids));
}

int ServiceController::startTasks(const Model::Service &s, State &state, int count)
{
    const Deployment &primary = state.deployments.first();
    const Model::ProjectData &project = m_engine.project();
    const Model::TaskDefinition *td = project.taskDefinition(primary.taskDefinition);
    if (!td)
        td = project.taskDefinitionOf(s);
    ClusterState cluster = m_engine.clusterState(s.cluster, nullptr);
    Placer placer(cluster, m_engine.nextPlacementSeed());
    ServicePlacement placement(placer, s.name, TaskRequirements::forService(s, *td));
    const auto launch = [&](int instance) {
        return m_engine.launchServiceTask(*td, s, instance, cluster, primary.id);
    };
    ServicePlacement::ReplicaResult result;
    // Its own strategy, or the cluster's default when it names neither that nor a launch type.
    const QList<Model::CapacityProviderStrategyItem> strategy =
        project.capacityProviderStrategyOf(s);
    if (strategy.isEmpty()) {
        result = placement.placeReplicas(count, launch);
    } else {
        // One task at a time on the instances of the provider base/weight picks. One that
        // finds no room there waits for the group to grow (PROVISIONING in ECS), which is
        // not a placement failure: the capacity provider scaler launches its instance.
        const Model::Cluster *design = project.cluster(s.cluster);
        const auto providerOf = [&](const QString &instance) {
            const Model::ContainerInstance *i = design ? design->instance(instance) : nullptr;
            return i ? i->capacityProviderName : QString();
        };
        QList<int> running(strategy.size(), 0);
        for (const Task &t : m_engine.tasks()) {
            if (t.service != s.name || !t.isActive())
                continue;
            for (qsizetype k = 0; k < running.size(); ++k)
                running[k] += strategy.at(k).capacityProvider == providerOf(t.instance);
        }
        const ServicePlacement::ProviderOf providerAt = [&](int i) {
            return providerOf(cluster.instance(i).name);
        };
        result.placed =
            placement.placeOnProviders(count, strategy, running, providerAt, launch).placed;
    }
    if (result.failure)
        addEvent(s.name, result.failure->ecsMessage);
    QStringList started;
    for (const ServicePlacement::Placed &p : result.placed)
        started << p.task;
    if (!started.isEmpty())
        addEvent(s.name, EcsEvents::startedTasks(s.name, started));
    return int(started.size());
}

void ServiceController::controlReplica(const Model::Service &s, State &state)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    noteFailures(s, state, now);
    stopUnhealthy(s, now);
    const Deployment &primary = state.deployments.first();
    const ClusterState cluster = m_engine.clusterState(s.cluster, nullptr);
    QList<RollingTask> tasks;
    for (const Task &t : m_engine.tasks()) {
        if (t.service != s.name || !t.isActive())
            continue;
        RollingTask r;
        r.id = t.id;
        r.primary = t.startedBy == primary.id;
        r.misplaced = misplaced(t, cluster);
        r.running = t.lastStatus == TaskStatus::Running;
        r.healthy = countsHealthy(t, r.primary, now);
        r.createdAt = t.createdAt;
        r.instance = t.instance;
        if (const int i = cluster.indexOf(t.instance); i >= 0)
            r.zone = cluster.instance(i).facts.attributes.value(
                QStringLiteral("ecs.availability-zone"));
        tasks << r;
    }
    const int desired = s.desiredCount;
    RollingDecision d = decideRolling(desired, s.minimumHealthyPercent(), s.maximumPercent(),
                                      tasks);
    // A failed deployment without rollback launches nothing more.
    if (primary.rolloutState == QLatin1String("FAILED"))
        d.start = 0;
    stopTasks(s, state, d.stop);
    int started = 0;
    if (d.start > 0 && (!state.retryAfter.isValid() || now >= state.retryAfter))
        started = startTasks(s, state, d.start);
    if (d.blockedByConfiguration)
        addEvent(s.name, EcsEvents::blockedByDeploymentConfiguration(s.name));
    if (started > 0 || !d.stop.isEmpty())
        state.steady = false;
    updateDeployments(s, state, desired);
}

void ServiceController::controlDaemon(const Model::Service &s, State &state)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    noteFailures(s, state, now);
    stopUnhealthy(s, now);
    const Deployment &primary = state.deployments.first();
    const Model::ProjectData &project = m_engine.project();
    const Model::TaskDefinition *td = project.taskDefinition(primary.taskDefinition);
    if (!td)
        td = project.taskDefinitionOf(s);
    ClusterState cluster = m_engine.clusterState(s.cluster, nullptr);
    Placer placer(cluster, m_engine.nextPlacementSeed());
    ServicePlacement placement(placer, s.name, TaskRequirements::forService(s, *td));
    const QList<int> eligible = placement.daemonInstances();
    QSet<QString> runsOn;
    for (int i : eligible)
        runsOn.insert(cluster.instance(i).name);

    QStringList stop;
    QHash<QString, QString> byInstance; // instance -> a task that is not being stopped
    QStringList old;
    int healthy = 0;
    for (const Task &t : m_engine.tasks()) {
        if (t.service != s.name || !t.isActive())
            continue;
        // Draining, removed, or no longer meeting the constraints: ECS stops a DAEMON task
        // there and does not move it.
        if (!t.instance.isEmpty() && !runsOn.contains(t.instance)) {
            stop << t.id;
            continue;
        }
        byInstance.insert(t.instance, t.id);
        healthy += countsHealthy(t, false, now);
        if (t.startedBy != primary.id)
            old << t.id;
    }
    // Replace older deployments' tasks within minimumHealthyPercent (DAEMON default 0).
    int allowance = healthy - Deployment::minimumHealthy(int(byInstance.size()),
                                                         s.minimumHealthyPercent());
    for (const QString &id : std::as_const(old)) {
        const Task t = m_engine.tasks().value(id);
        if (countsHealthy(t, false, now) && allowance <= 0)
            continue;
        allowance -= countsHealthy(t, false, now);
        stop << id;
    }
    stopTasks(s, state, stop);
    for (const QString &id : std::as_const(stop))
        byInstance.remove(m_engine.tasks().value(id).instance);

    QList<int> vacant;
    if (primary.rolloutState != QLatin1String("FAILED")) { // a failed deployment adds none
        for (int i : eligible) {
            if (!byInstance.contains(cluster.instance(i).name))
                vacant << i;
        }
    }
    const bool waiting = state.retryAfter.isValid() && now < state.retryAfter;
    const ServicePlacement::DaemonResult result
        = placement.placeDaemon(vacant, [&](int instance) {
              return waiting ? QString()
                             : m_engine.launchServiceTask(*td, s, instance, cluster,
                                                          primary.id);
          });
    for (const ServicePlacement::Missed &m : result.missed) {
        // A task still stopping there holds its resources; wait for it quietly.
        const QString &name = cluster.instance(m.instance).name;
        const bool stopping = std::any_of(m_engine.tasks().cbegin(), m_engine.tasks().cend(),
                                          [&](const Task &t) {
                                              return t.service == s.name && t.instance == name
                                                     && !t.isStopped();
                                          });
        if (!stopping)
            addEvent(s.name, m.failure.ecsMessage);
    }
    QStringList started;
    for (const ServicePlacement::Placed &p : result.placed)
        started << p.task;
    if (!started.isEmpty())
        addEvent(s.name, EcsEvents::startedTasks(s.name, started));
    if (!started.isEmpty() || !stop.isEmpty())
        state.steady = false;
    // Like the plan's desiredCount: every instance the service runs on, room or not.
    updateDeployments(s, state, int(eligible.size()));
}

bool ServiceController::allServing(const Model::Service &s) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Task &t : m_engine.tasks()) {
        if (t.service == s.name && t.isActive() && !countsHealthy(t, false, now))
            return false;
    }
    return true;
}

void ServiceController::updateDeployments(const Model::Service &s, State &state, int desired)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int running = 0;
    int active = 0;
    int primaryHealthy = 0;
    int leaving = 0; // tasks of older deployments still on their way out (draining)
    QSet<QString> withLeavingTasks;
    for (Deployment &d : state.deployments) {
        d.runningCount = d.pendingCount = 0;
        for (const Task &t : m_engine.tasks()) {
            if (t.service != s.name || t.startedBy != d.id)
                continue;
            if (!t.isActive()) {
                if (!t.isStopped() && !d.isPrimary()) {
                    ++leaving;
                    withLeavingTasks.insert(d.id);
                }
                continue;
            }
            if (t.lastStatus == TaskStatus::Running)
                ++d.runningCount;
            else
                ++d.pendingCount;
            if (d.isPrimary() && countsHealthy(t, true, now))
                ++primaryHealthy;
        }
        running += d.runningCount;
        active += d.runningCount + d.pendingCount;
        if (!d.isPrimary())
            d.desiredCount = d.runningCount + d.pendingCount;
    }
    Deployment &primary = state.deployments.first();
    primary.desiredCount = desired;
    // Older deployments become INACTIVE and leave the list once their last task has stopped
    // (after draining from its load balancers).
    for (qsizetype i = state.deployments.size() - 1; i > 0; --i) {
        if (state.deployments.at(i).desiredCount == 0
            && !withLeavingTasks.contains(state.deployments.at(i).id))
            state.deployments.removeAt(i);
    }
    const bool alone = state.deployments.size() == 1;
    const int primaryActive = primary.runningCount + primary.pendingCount;
    if (alone && primary.rolloutState == QLatin1String("IN_PROGRESS")
        && primaryActive == desired && primaryHealthy >= desired) {
        primary.rolloutState = QStringLiteral("COMPLETED");
        primary.rolloutStateReason = QStringLiteral("ECS deployment %1 completed.").arg(primary.id);
        primary.updatedAt = now;
        state.lastCompleted = primary;
        addEvent(s.name, EcsEvents::deploymentCompleted(s.name, primary.id));
    }
    // Steady means every task serves: its container health checks pass and, behind a load
    // balancer, its targets are healthy (not just registered).
    if (alone && running == desired && active == desired && leaving == 0 && !state.steady
        && allServing(s)) {
        state.steady = true;
        addEvent(s.name, EcsEvents::steadyState(s.name));
    }
}

} // namespace Berth::Engine

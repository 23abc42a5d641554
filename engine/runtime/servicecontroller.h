#pragma once

#include "engine/runtime/deployment.h"
#include "engine/runtime/task.h"

#include "model/projectdata.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <optional>

namespace Berth::Engine {

class ClusterState;

/// What the service scheduler needs of the engine that runs it: the design, the tasks, and
/// the few acts it asks for. The engine implements it; a test may too.
class ServiceHost
{
public:
    virtual ~ServiceHost() = default;
    virtual const Model::ProjectData &project() const = 0;
    /// The label the run's containers carry; deployment ids of a run derive from it.
    virtual QString runLabel() const = 0;
    virtual const QHash<QString, Task> &tasks() const = 0;
    /// The cluster's instances with the resources the live tasks hold.
    virtual ClusterState clusterState(const QString &cluster, int *clusterIndex) const = 0;
    /// A seed for the next placement's random choices.
    virtual quint64 nextPlacementSeed() = 0;
    /// Launches a task of \a service's deployment \a deploymentId, placed on \a instance of
    /// \a state (-1: Fargate); returns its id.
    virtual QString launchServiceTask(const Model::TaskDefinition &td,
                                      const Model::Service &service, int instance,
                                      const ClusterState &state,
                                      const QString &deploymentId) = 0;
    /// Asks a task to stop with ECS's stop code and reason.
    virtual void requestStop(const QString &taskId, const QString &stopCode,
                             const QString &reason) = 0;
    virtual void addEvent(const QString &service, const QString &message) = 0;
    /// Whether the run's load balancers are up (a service behind one counts its targets).
    virtual bool loadBalancersRunning() const = 0;
    /// True when every load balancer target of the task is healthy, or it has none.
    virtual bool targetsHealthy(const Task &task) const = 0;
};

/// ECS's service scheduler, one pass per reconcile: keeps desiredCount tasks of the PRIMARY
/// deployment, rolls out new deployments within minimumHealthyPercent and maximumPercent,
/// replaces stopped and unhealthy tasks, moves tasks off draining instances, backs off
/// failed starts, trips the circuit breaker (with rollback) and writes ECS's service events.
/// DAEMON services keep one task on every instance that takes it. Owned by the Engine and
/// run on its thread.
class ServiceController
{
public:
    explicit ServiceController(ServiceHost &host);

    /// Takes an edited design: a new task definition revision of a service, or a new
    /// deploymentNonce (force new deployment), starts a deployment.
    void apply(const Model::ProjectData &project);
    /// One pass over every service.
    void control();
    /// The deployment an adopted task of that revision belongs to.
    QString deploymentFor(const QString &service, const QString &taskDefinition);
    /// PRIMARY first.
    QList<Deployment> deployments(const QString &service) const;

    /// Whether a task counts as healthy for minimumHealthyPercent: RUNNING, its essential
    /// containers' health checks pass and, when its service is behind a load balancer, its
    /// targets are healthy; with neither, `proving` tasks (those of the deployment being
    /// rolled out) must have run for Deployment::healthyAfterSeconds().
    bool countsHealthy(const Task &task, bool proving, const QDateTime &now) const;
    /// Every active task of the service counts healthy (health checks, load balancer targets).
    bool allServing(const Model::Service &s) const;
    /// The member of a service (Service::extra) that `berth service --force-new-deployment`
    /// changes; a new value starts a new deployment of the same revision.
    static constexpr const char *kDeploymentNonce = Model::Service::kDeploymentNonce;

private:
    struct State
    {
        QList<Deployment> deployments; // PRIMARY first
        std::optional<Deployment> lastCompleted;
        QString appliedTaskDefinition;
        QString appliedNonce;
        bool steady = false;
        int failedStarts = 0;
        QDateTime retryAfter;
        QSet<QString> countedFailures;
        QSet<QString> healthySeen;
    };

    void controlReplica(const Model::Service &service, State &state);
    void controlDaemon(const Model::Service &service, State &state);
    void noteFailures(const Model::Service &service, State &state, const QDateTime &now);
    void stopUnhealthy(const Model::Service &service, const QDateTime &now);
    void stopTasks(const Model::Service &service, const State &state, const QStringList &ids);
    int startTasks(const Model::Service &service, State &state, int count);
    void updateDeployments(const Model::Service &service, State &state, int desired);
    Deployment &startDeployment(State &state, const QString &taskDefinition, const QString &id);
    Deployment *deployment(State &state, const QString &id);
    bool misplaced(const Task &task, const ClusterState &cluster) const;
    void addEvent(const QString &service, const QString &message);

    ServiceHost &m_engine;
    QHash<QString, State> m_states;
};

} // namespace Berth::Engine

#pragma once

#include "engine/runtime/capacityproviderscaler.h"
#include "engine/runtime/containerruntime.h"
#include "engine/runtime/enginesnapshot.h"
#include "engine/runtime/eventlog.h"
#include "engine/runtime/servicecontroller.h"
#include "engine/runtime/taskrunner.h"

#include "model/projectdata.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Berth::Engine {

namespace Docker {
class DockerClient;
}

class ClusterState;
class LoadBalancerManager;
struct TaskRequirements;

/// A one-off task, as `aws ecs run-task` starts it.
struct RunTaskRequest
{
    QString cluster;        ///< empty: the first cluster
    QString taskDefinition; ///< family or family:revision
    int count = 1;
    QString group;          ///< empty: family:FAMILY
    QString launchType = QStringLiteral("EC2");
    /// Instead of the launch type: each task goes on the instances of the provider base and
    /// weight pick (RunTask's own strategy, or its cluster's default when it names neither).
    QList<Model::CapacityProviderStrategyItem> capacityProviderStrategy;
    QString startedBy;
    QList<Model::PlacementConstraint> placementConstraints;
    QList<Model::PlacementStrategy> placementStrategy;
    /// The tasks' ids, when the caller names them before they exist (the API answers with
    /// them at once); fresh ones otherwise.
    QStringList taskIds;
    /// The task definition with RunTask's cpu and memory overrides applied (same family and
    /// revision); empty: the design's.
    std::optional<Model::TaskDefinition> definitionOverride;
    QMap<QString, QStringList> commandOverrides;
    QMap<QString, QList<QPair<QString, QString>>> environmentOverrides;
};

/// Runs a design on a container runtime (the Docker engine) with ECS semantics.
/// Level-triggered: on every container event and on a 1 s tick it compares the desired state
/// (services, desired counts, tasks) with what the runtime reports, and acts. It lives on its
/// own thread (see EngineHost); call its slots there. It never blocks for long: stops are
/// signals plus a deadline, not waits. The design it was given is the one source of truth
/// for desired counts and revisions.
class Engine : public QObject, private ServiceHost
{
    Q_OBJECT
public:
    /// An engine on \a runtime (default: the Docker engine that DOCKER_HOST names).
    explicit Engine(std::shared_ptr<ContainerRuntime> runtime = {}, QObject *parent = nullptr);
    ~Engine() override;

    /// Removes every container (and the task volumes) a project started, whoever started
    /// them. Blocking; returns how many containers were removed, or -1 and an error.
    static int removeProjectResources(ContainerRuntime &runtime, const QString &project,
                                      QString *error);
    /// The same on the Docker engine \a docker talks to (tests and benchmarks hold one).
    static int removeProjectResources(Docker::DockerClient &docker, const QString &project,
                                      QString *error);
    /// The label value that marks a project's containers.
    static QString projectLabel(const Model::ProjectData &project);
    /// The task metadata endpoint's port on its network's gateway.
    static constexpr quint16 kMetadataPort = 51679;
    /// Where task `secrets` and registry credentials come from (default: the OS keychain).
    /// Set it before start().
    void setSecretStore(std::shared_ptr<SecretStore> store) { m_secrets = std::move(store); }
    /// True when every load balancer target of the task is healthy, or it has none: during a
    /// rolling deployment a new task counts as healthy only then (ServiceController).
    bool targetsHealthy(const Task &task) const override;

public Q_SLOTS:
    void start(const Berth::Model::ProjectData &project);
    /// An edited design: desired counts, revisions, instances (a snapshot; never shared).
    void applyProject(const Berth::Model::ProjectData &project);
    /// The same as an applied design in which \a service has \a count.
    void setDesiredCount(const QString &service, int count);
    void runTask(const Berth::Engine::RunTaskRequest &request);
    void stopTask(const QString &taskId, const QString &reason);
    /// A service event from outside the scheduler (Application Auto Scaling's activities).
    void addServiceEvent(const QString &service, const QString &message);
    /// Stops every task and keeps services from starting new ones; allStopped() follows.
    void stopAll();
    void reconcile();

Q_SIGNALS:
    void snapshotReady(const Berth::Engine::EngineSnapshot &snapshot);
    void taskChanged(const Berth::Engine::Task &task);
    void serviceEvent(const Berth::Engine::ServiceEvent &event);
    /// Something a user should know that is not a service event (Docker unreachable, a log
    /// driver that is not available locally, orphan containers).
    void notice(const QString &text);
    void allStopped();

private:
    // ServiceHost: what the service scheduler reads and asks for.
    const Model::ProjectData &project() const override { return m_project; }
    QString runLabel() const override { return m_label; }
    const QHash<QString, Task> &tasks() const override { return m_tasks; }
    ClusterState clusterState(const QString &cluster, int *clusterIndex) const override;
    quint64 nextPlacementSeed() override { return m_seed++; }
    QString launchServiceTask(const Model::TaskDefinition &td, const Model::Service &service,
                              int instance, const ClusterState &state,
                              const QString &deploymentId) override;
    void requestStop(const QString &taskId, const QString &stopCode,
                     const QString &reason) override;
    void addEvent(const QString &service, const QString &message) override;
    bool loadBalancersRunning() const override;

    void scheduleReconcile();
    void scheduleReconcileAt(int ms);
    /// Everything is stopped (or, without a daemon, given up on): allStopped() follows.
    void finishStopping(bool dockerReachable);
    bool checkDocker();
    void watchEvents();
    void observe();
    void sampleStats();
    static bool isStarting(const Task &task);
    /// Takes each task a few steps on; returns the tasks whose containers are to be started.
    QStringList stepTasks(bool provisioningOnly);
    /// Emits taskChanged for what differs from before, the new service events and a snapshot.
    void publish(const QHash<QString, Task> &before);
    bool statusChanged(const QHash<QString, Task> &before) const;
    void prepareLoadBalancerNetworks();
    void removeLoadBalancerNetworks();
    /// The network whose gateway the task metadata endpoint listens on for containers.
    void prepareMetadataNetwork();
    void removeMetadataNetwork();
    static constexpr const char *kMetadataLabel = "io.berth.metadata";
    /// The label of the Docker network through which tasks reach a load balancer.
    static constexpr const char *kLoadBalancerLabel = "io.berth.load-balancer";
    void startInParallel(const QStringList &taskIds);
    /// Docker events within this many milliseconds are handled in one pass.
    static constexpr int kCoalesceMs = 50;
    /// Tasks whose containers are created, and started, at most in one pass: one per core.
    /// The daemon's work for a start (namespaces, network, runc) is CPU-bound; more starts
    /// at once than cores finish no sooner and keep every core busy in the kernel, so the
    /// window waits for one (measured on two cores: 12 at once and 2 at once take the same
    /// 45 s for 100 tasks, the window's probe p99 48 ms and 5 ms).
    static int concurrentStarts();
    int m_provisionBudget = 2;
    void adopt(const QString &taskId, const QList<Docker::ContainerSummary> &containers);
    QString launch(const Model::TaskDefinition &td, const QString &cluster,
                   const QString &service, const QString &group, int instance,
                   const ClusterState &state, const RunTaskRequest *overrides = nullptr,
                   const QString &taskId = {});
    QString freeTaskAddress() const;
    void noteTaskChanges(const QHash<QString, Task> &before);
    void forgetOldTasks();
    EngineSnapshot snapshot() const;

    std::shared_ptr<ContainerRuntime> m_runtime;
    std::unique_ptr<EventStream> m_events;
    ContainerDeaths m_deaths; ///< what the event stream reported dead since the last pass
    QList<QPair<QString, QString>> m_loadBalancerHosts; ///< NAME.lb.berth -> address
    QString m_metadataAddress; ///< the metadata network's gateway, empty without one
    std::unique_ptr<UsageSampler> m_stats;
    Model::ProjectData m_project;
    QString m_label;
    QHash<QString, Task> m_tasks;
    QHash<QString, TaskRunner> m_runners;
    std::unique_ptr<ServiceController> m_serviceController;
    CapacityProviderScaler m_capacity;
    std::unique_ptr<LoadBalancerManager> m_loadBalancers;
    QStringList m_orphans;
    QSet<QString> m_noticed; ///< runner notices already told
    EventLog m_log;
    quint64 m_publishedEvents = 0;
    ImageCache m_images;
    std::shared_ptr<SecretStore> m_secrets;
    QTimer m_tick;
    QTimer m_soon;
    bool m_started = false;
    bool m_stopping = false;
    bool m_adopted = false;
    bool m_dockerReachable = false;
    QString m_dockerProblem;
    QDateTime m_nextDockerCheck;
    int m_dockerRetryMs = 0;
    /// An event stream that ended sooner than this was refused, not broken off.
    static constexpr int kStreamLivedMs = 2000;
    /// How long a stop waits for a daemon that does not answer before it gives up on it.
    static constexpr int kStopWithoutDockerMs = 10000;
    QDateTime m_stopRequested;
    QDateTime m_nextEventsWatch; ///< after streams that ended at once: not before then
    /// When the event stream broke off: the next one replays from a second before, so what
    /// happened in between (a container that died) is not waited for until the next tick.
    QDateTime m_eventsLostAt;
    static constexpr int kFirstDockerRetryMs = 250;
    static constexpr int kLastDockerRetryMs = 8000;
    quint64 m_seed = 1;
};

} // namespace Berth::Engine

Q_DECLARE_METATYPE(Berth::Engine::RunTaskRequest)

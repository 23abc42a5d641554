#pragma once

#include <utility>

#include "engine/runtime/containerspec.h"
#include "engine/runtime/task.h"

#include "model/taskdefinition.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <functional>

namespace Berth::Engine {

namespace Docker {
class RegistryAuth;
struct ContainerSummary;
} // namespace Docker

class ContainerRuntime;
class SecretStore;

/// Images checked or built during a run; shared by every task.
class ImageCache
{
public:
    /// Credentials for a pull; false (with *error) stops the task before it pulls.
    using PullAuth = std::function<bool(Docker::RegistryAuth *auth, QString *error)>;
    /// True when the image is there (building the demo image when it is missing);
    /// otherwise *error says why, in CannotPullContainerError terms. \a auth is asked only
    /// when the image must be pulled.
    bool ensure(ContainerRuntime &docker, const QString &image, QString *error,
                const PullAuth &auth = {});
    void forget() { m_ready.clear(); }

    /// Where an image named with the project's ECR host (ACCOUNT.dkr.ecr.REGION.amazonaws.com/
    /// REPO:TAG) comes from: the local registry's reference and credentials, or false and
    /// why not (the daemon's words that follow "CannotPullContainerError: ").
    using EcrSource = std::function<bool(const QString &image, QString *local,
                                         Docker::RegistryAuth *auth, QString *error)>;
    /// Images under \a ecrHost are pulled from where \a source says and tagged under their
    /// ECR name, so the daemon lists what ECS would have pulled.
    void setEcrSource(const QString &ecrHost, EcrSource source);

private:
    bool ensureFromEcr(ContainerRuntime &docker, const QString &image, QString *error);

    QSet<QString> m_ready;
    QString m_ecrHost;
    EcrSource m_ecrSource;
};

/// Drives one task through ECS's lifecycle on the Docker engine, one non-blocking step per
/// reconcile pass: PROVISIONING (images) -> PENDING (create, start in dependency order) ->
/// RUNNING -> DEACTIVATING -> STOPPING (SIGTERM, SIGKILL after stopTimeout) ->
/// DEPROVISIONING (remove) -> STOPPED.
/// Container deaths from the daemon's event stream, by container id.
struct ContainerDeaths
{
    QHash<QString, int> exitCodes; ///< "die" events
    QSet<QString> outOfMemory;     ///< "oom" events
};

class TaskRunner
{
public:
    /// What the runner did differently from ECS (a log driver that is not available
    /// locally, ...), since the last call; the engine tells the user once per text.
    QStringList takeNotices() { return std::exchange(m_notices, {}); }
    TaskRunner() = default;
    TaskRunner(const Model::TaskDefinition &td, const TaskContext &context);

    const Model::TaskDefinition &taskDefinition() const { return m_td; }
    const TaskContext &context() const { return m_context; }

    /// Applies what Docker reports about the task's containers (from one list call) and the
    /// deaths its event stream reported since (the daemon announces a death before its
    /// container list shows it).
    void observe(Task &task, const QList<Docker::ContainerSummary> &containers,
                 ContainerRuntime &docker, const ContainerDeaths &deaths = {});
    /// Advances the task; returns true when something changed. \a secrets gives the values
    /// of the task's `secrets` and registry credentials (read while PROVISIONING).
    bool step(Task &task, ContainerRuntime &docker, ImageCache &images,
              SecretStore *secrets = nullptr);

    /// Asks the task to stop (desiredStatus STOPPED) with ECS's stop code and reason.
    static void requestStop(Task &task, const QString &stopCode, const QString &reason);
    /// Called before STOPPING; returns false while the task must stay DEACTIVATING (e.g.
    /// load balancer draining).
    using DeactivateHook = std::function<bool(const Task &)>;
    void setDeactivateHook(DeactivateHook hook) { m_deactivate = std::move(hook); }

    /// A task of this definition, as it starts.
    static Task makeTask(const Model::TaskDefinition &td, const TaskContext &context);

private:
    bool provision(Task &task, ContainerRuntime &docker, ImageCache &images,
                   SecretStore *secrets);
    bool startReady(Task &task, ContainerRuntime &docker);
    bool dependenciesMet(const Task &task, const Model::ContainerDefinition &cd,
                         QString *failure) const;
    bool dependencyTimedOut(const ContainerState &dependency) const;
    /// ECS_CONTAINER_START_TIMEOUT's default on Linux: how long a dependency may take to
    /// reach its condition when its container sets no startTimeout.
    static constexpr int kDefaultStartTimeoutSeconds = 180;
    void readPorts(Task &task, ContainerRuntime &docker);
    bool watchRunning(Task &task);
    bool stopContainers(Task &task, ContainerRuntime &docker);
    bool deprovision(Task &task, ContainerRuntime &docker);
    void fail(Task &task, const QString &reason);
    int stopTimeoutOf(const QString &container) const;

    Model::TaskDefinition m_td;
    TaskContext m_context;
    QDateTime m_killAt;
    static QString outOfMemoryReason();
    bool m_killed = false;
    /// Containers whose death was taken from an event with exit code 137: whether the kernel
    /// killed them for memory is read from the daemon before they are removed.
    QSet<QString> m_checkOutOfMemory;
    DeactivateHook m_deactivate;
    QStringList m_notices;
    QHash<QString, QDateTime> m_startedAt; ///< container -> when this runner started it
};

} // namespace Berth::Engine

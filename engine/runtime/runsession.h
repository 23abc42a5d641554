#pragma once

#include "engine/api/apiserver.h"
#include "engine/api/metadataserver.h"
#include "engine/runtime/engine.h"
#include "engine/scaling/autoscaling.h"

#include "model/validation/diagnostic.h"
#include "model/validation/safetyreview.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

namespace Berth::Engine {

class ContainerRuntime;
class EngineHost;
class LogFollower;
class SecretStore;

/// How a run may start.
struct RunOptions
{
    /// The user has seen the safety review and agreed (the window's confirmation,
    /// `--allow-unsafe`); without it a design that reaches beyond its containers is refused.
    bool allowUnsafe = false;
    /// Build the demo image and pull the services' images, with progress, before the engine
    /// starts; off, the engine pulls what it lacks as tasks start.
    bool prepareImages = true;
    /// Serve ECS's API while the run is on (aws --endpoint-url ...).
    bool api = true;
    QHostAddress apiAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 apiPort = ApiServer::kDefaultPort;
    /// The lab clock: ECS's delays (alarm periods, cooldowns, the start-failure back-off,
    /// the deregistration delay) run this many times faster. 0: BERTH_TIME_SCALE, or 1.
    double timeScale = 0;
};

/// Why a start was refused, or that it began.
struct StartResult
{
    enum class Outcome { Started, Busy, DesignErrors, NothingToRun, NeedsConsent };
    Outcome outcome = Outcome::Started;
    Model::Diagnostics diagnostics;      ///< DesignErrors: what validation found
    QList<Model::SafetyFinding> unsafe;  ///< NeedsConsent (and Started with consent)
    bool ok() const { return outcome == Outcome::Started; }
    int errors() const { return Model::errorCount(diagnostics); }
};

/// What became of an edited design during a run.
enum class ApplyOutcome { NotRunning, Unchanged, Applied, DesignErrors };
struct ApplyResult
{
    ApplyOutcome outcome = ApplyOutcome::NotRunning;
    int errors = 0; ///< DesignErrors: how many
};

/**
 * The one face of a run: the window, `berth run`, `berth run-task`, `berth down` and the
 * network API all drive a run through it, and none of them talks to Docker. It validates the
 * design and applies the safety gate, prepares images with progress, starts the engine on its
 * thread, decides whether an edit reaches the engine (layout is no news), keeps the run's
 * project name across renames, stops, removes what a project started, follows logs, runs and
 * stops tasks, and keeps the history the charts read.
 */
class RunSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Preparing, Running, Stopping };
    Q_ENUM(State)

    /// A session on \a runtime (default: the Docker engine that DOCKER_HOST names).
    explicit RunSession(std::shared_ptr<ContainerRuntime> runtime = {},
                        QObject *parent = nullptr);
    ~RunSession() override;

    /// Where the API's credentials are kept (default: the OS keychain). Set before start().
    void setSecretStore(std::shared_ptr<SecretStore> store) { m_secrets = std::move(store); }
    /// The ECS API's address while it serves ("http://127.0.0.1:4080"), else empty.
    QString apiEndpoint() const;
    /// The credentials the API checks (read during the last start), invalid before.
    const ApiCredentials &apiCredentials() const { return m_credentials; }

    State state() const { return m_state; }
    bool isActive() const { return m_state != State::Idle; }
    /// The project name the run's containers are labelled with.
    QString runName() const { return m_runName; }
    const EngineSnapshot &snapshot() const { return m_snapshot; }
    /// The lab clock's time scale of the run (1: ECS's own times).
    double timeScale() const;
    /// Application Auto Scaling of the run: targets, alarms, activities; nullptr before the
    /// first run.
    const AutoScaling *autoScaling() const { return m_scaling.get(); }
    AutoScaling *autoScaling() { return m_scaling.get(); }
    /// The last 10 minutes of an instance's registered, reserved and used CPU and memory
    /// (key "cluster/instance"); empty without a run.
    QList<InstanceUsage> instanceHistory(const QString &key) const;

    /// What a run of \a project must be confirmed for: the design's settings that reach
    /// beyond its containers and a daemon reached without TLS.
    static QList<Model::SafetyFinding> safetyReview(const Model::ProjectData &project);
    /// The same for a one-off task of \a taskDefinition.
    static QList<Model::SafetyFinding> safetyReview(const Model::TaskDefinition &taskDefinition);
    /// The design as the engine compares it: without canvas positions.
    static Model::ProjectData withoutLayout(Model::ProjectData project);
    /// True for the image Berth builds itself (its tasks answer the demo's load requests).
    static bool isDemoImage(const QString &image);

    /// Validates \a project (named: the containers are labelled with its name), applies the
    /// safety gate, prepares images (preparing() reports) and starts the engine.
    StartResult start(const Model::ProjectData &project, const RunOptions &options = {});
    /// A run of one-off tasks only, as `aws ecs run-task` starts them: the design without its
    /// services; the tasks start once Docker answers. The safety gate covers the request's
    /// task definition.
    StartResult startTasks(Model::ProjectData project, const RunTaskRequest &request,
                           const RunOptions &options = {});
    /// An edited design during a run: applied when it differs from the last one in more than
    /// layout and has no errors. The run keeps its project name.
    ApplyResult apply(Model::ProjectData project);
    /// Stops every task; stopped() follows. While preparing, the run ends at once.
    void stop();
    /// Stops the run if one is on, then removes every container, volume and network
    /// \a project started (whichever run started them); removed() reports.
    void down(const Model::ProjectData &project);
    void runTask(const RunTaskRequest &request);
    void stopTask(const QString &taskId, const QString &reason = {});
    /// The design the run has (without layout), named as its containers are labelled.
    Model::ProjectData design() const;
    /// How a face edits its design for the run (the network API's changes): the window as an
    /// undoable edit, `berth run` in the project file. Returns what went wrong, or nothing.
    using DesignEditor = std::function<QString(
        const QString &description, const std::function<void(Model::ProjectData &)> &edit)>;
    void setDesignEditor(DesignEditor editor) { m_designEditor = std::move(editor); }
    /// Edits the run's design through the face's editor, or (without one) applies the edit to
    /// the run directly. Returns what went wrong (errors in the edited design), or nothing.
    QString editDesign(const QString &description,
                       const std::function<void(Model::ProjectData &)> &edit);
    /// Follows a container's output (the last \a tail lines first); nullptr without Docker.
    std::unique_ptr<LogFollower> followLogs(const QString &containerId, int tail = 500) const;

    /// Blocking: what down() does after the run, for a caller on a thread of its own.
    /// Returns how many containers went, or -1 and \a error.
    static int removeResources(ContainerRuntime &runtime, const Model::ProjectData &project,
                               QString *error);
    /// Blocking: puts the design's ECR repositories into the local registry (started when
    /// needed) with their settings, and applies their lifecycle rules. Returns what happened,
    /// a sentence each, for the user.
    static QStringList applyRepositories(SecretStore &secrets,
                                         const QList<Model::EcrRepository> &repositories,
                                         const QString &account, const QString &region);

Q_SIGNALS:
    void stateChanged(Berth::Engine::RunSession::State state);
    void snapshotReady(const Berth::Engine::EngineSnapshot &snapshot);
    void taskChanged(const Berth::Engine::Task &task);
    void serviceEvent(const Berth::Engine::ServiceEvent &event);
    /// Image preparation goes on: a line, value of maximum (0: unknown; -1: it is over).
    void preparing(const QString &text, int value, int maximum);
    /// Docker cannot be reached: what was tried, and what to do. Empty: it can again.
    void dockerProblem(const QString &problem);
    /// Something a user should know (a failed pull, an orphan, the run has stopped).
    void notice(const QString &text);
    /// Every task has stopped and the engine is gone.
    void stopped();
    /// down() is done: \a removed containers (-1 on failure, with \a error).
    void removed(int removed, const QString &error);
    /// The ECS API serves at \a endpoint (empty: it stopped).
    void apiServing(const QString &endpoint);
    /// A request to the API was answered.
    void apiCalled(const Berth::Engine::ApiCall &call);

private:
    void setState(State state);
    StartResult begin(const Model::ProjectData &project, QList<Model::SafetyFinding> unsafe,
                      const RunOptions &options);
    void launch(const QString &problem);
    void startApi();
    void endRun();
    void removeProjectResources(const Model::ProjectData &project);
    void runInThread(std::function<void()> work);
    /// Feeds Application Auto Scaling the snapshot and sets what it decides.
    void runScaling(const EngineSnapshot &snapshot);

    std::shared_ptr<ContainerRuntime> m_runtime;
    QPointer<EngineHost> m_host;
    EngineSnapshot m_snapshot;
    Model::ProjectData m_project; ///< the design the engine has, without layout
    QString m_runName;
    State m_state = State::Idle;
    bool m_lastReachable = true;
    std::optional<Model::ProjectData> m_downAfterStop;
    std::optional<RunTaskRequest> m_pendingTasks; ///< startTasks(): sent once Docker answers
    std::shared_ptr<std::atomic<bool>> m_cancelPreparation;
    DesignEditor m_designEditor;
    std::shared_ptr<SecretStore> m_secrets;
    RunOptions m_options;
    ApiCredentials m_credentials;
    QString m_registryPassword; ///< the local registry's, for the API's ECR operations
    QString m_credentialsProblem;
    bool m_credentialsRead = false;
    std::unique_ptr<AutoScaling> m_scaling;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<MetadataServer> m_metadata;
    QString m_metadataAddress; ///< where m_metadata listens, or was refused
};

} // namespace Berth::Engine

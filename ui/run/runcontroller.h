#pragma once

#include "engine/runtime/enginehost.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Berth::Engine::Docker {
class DockerClient;
}

namespace Berth::Gui {

class ProjectEditor;

/// Runs the window's design on the one engine the command line uses too (EngineHost). It
/// prepares the demo image off the GUI thread with progress, starts the engine, hands every
/// later edit of the design to it, and stops or removes what the run started. Actions while
/// running (scale, deploy, drain, add an instance) are edits of the design, undoable like
/// any other, that reach the engine the same way.
class RunController final : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Preparing, Running, Stopping };
    Q_ENUM(State)

    explicit RunController(ProjectEditor *editor, QObject *parent = nullptr);
    ~RunController() override;

    State state() const { return m_state; }
    bool isActive() const { return m_state != State::Idle; }
    /// The engine while a run is on, else nullptr.
    Engine::EngineHost *host() const { return m_host; }
    /// The client the engine uses; for log streams (which read on their own threads).
    std::shared_ptr<Engine::Docker::DockerClient> docker() const { return m_docker; }
    const Engine::EngineSnapshot &snapshot() const { return m_snapshot; }
    /// The design as the engine gets it: named after the file when it has no name.
    Model::ProjectData runData() const;

    /// Starts a run of the current design; false (and message()) when it has errors.
    bool start();
    /// Stops every task; the run ends when all have stopped.
    void stop();
    /// Stops the run if one is on, then removes every container the project started.
    void down();

    void scale(const QString &service, int desiredCount);
    /// Points the service at FAMILY:REV, or at the family's latest revision with FAMILY.
    void deploy(const QString &service, const QString &taskDefinition);
    void forceNewDeployment(const QString &service);
    void drainInstance(const QString &cluster, const QString &instance);
    void activateInstance(const QString &cluster, const QString &instance);
    void addInstance(const QString &cluster);
    void stopTask(const QString &taskId);
    void runTask(const Engine::RunTaskRequest &request);

Q_SIGNALS:
    void stateChanged(Berth::Gui::RunController::State state);
    void snapshotReady(const Berth::Engine::EngineSnapshot &snapshot);
    void serviceEvent(const Berth::Engine::ServiceEvent &event);
    /// A build of the demo image goes on: value of maximum (0: unknown) and a line of it.
    void preparing(const QString &text, int value, int maximum);
    /// Docker cannot be reached: what was tried, and what to do. Empty: it can again.
    void dockerProblem(const QString &problem);
    /// A sentence for the status bar.
    void message(const QString &text);

private:
    void setState(State state);
    void launch(const QString &problem);
    /// On a worker thread: pulls those of \a images the daemon lacks, with progress.
    void pullMissing(const std::shared_ptr<Engine::Docker::DockerClient> &docker,
                     const QStringList &images, int generation);
    void applyEdits();
    void removeResources();
    bool editService(const QString &text, const QString &service,
                     const std::function<void(Model::Service &)> &change);

    ProjectEditor *m_editor;
    std::shared_ptr<Engine::Docker::DockerClient> m_docker;
    QPointer<Engine::EngineHost> m_host;
    Engine::EngineSnapshot m_snapshot;
    Model::ProjectData m_applied;
    QString m_runName; ///< the project name the run's containers are labelled with
    QTimer m_applyTimer;
    State m_state = State::Idle;
    bool m_downAfterStop = false;
    bool m_lastReachable = true;
    std::atomic<int> m_generation{0}; ///< read by the preparing thread
};

} // namespace Berth::Gui

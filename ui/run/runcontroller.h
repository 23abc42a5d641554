#pragma once

#include "engine/runtime/runsession.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace Berth::Gui {

class ProjectEditor;

/// The window's adapter over the run session the command line uses too (RunSession): it hands
/// the open design to the session, every later edit of it, and says in the status bar what
/// became of each. Actions while running (scale, deploy, drain, add an instance) are edits of
/// the design, undoable like any other, that reach the engine the same way.
class RunController final : public QObject
{
    Q_OBJECT
public:
    using State = Engine::RunSession::State;

    explicit RunController(ProjectEditor *editor, QObject *parent = nullptr);
    ~RunController() override;

    State state() const { return m_session->state(); }
    bool isActive() const { return m_session->isActive(); }
    Engine::RunSession *session() const { return m_session; }
    const Engine::EngineSnapshot &snapshot() const { return m_session->snapshot(); }
    /// The design as the engine gets it: named after the file when it has no name.
    Model::ProjectData runData() const;

    /// Starts a run of the current design, whose safety review the user has confirmed;
    /// false (and message()) when it has errors.
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
    void stateChanged(Berth::Engine::RunSession::State state);
    void snapshotReady(const Berth::Engine::EngineSnapshot &snapshot);
    void serviceEvent(const Berth::Engine::ServiceEvent &event);
    /// Images are prepared: a line, value of maximum (0: unknown; -1: over).
    void preparing(const QString &text, int value, int maximum);
    /// Docker cannot be reached: what was tried, and what to do. Empty: it can again.
    void dockerProblem(const QString &problem);
    /// A sentence for the status bar.
    void message(const QString &text);
    /// The ECS API serves at \a endpoint (empty: it stopped).
    void apiServing(const QString &endpoint);
    /// A request to the ECS API was answered.
    void apiCalled(const Berth::Engine::ApiCall &call);

private:
    void applyEdits();
    // One undoable command through the design's own edits (Model::DesignEdits), which say
    // why when they refuse; then the run follows.
    bool editDesign(const QString &text,
                    const std::function<QString(Model::ProjectData &)> &change);

    ProjectEditor *m_editor;
    Engine::RunSession *m_session;
    QTimer m_applyTimer;
};

} // namespace Berth::Gui

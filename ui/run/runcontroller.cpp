#include "ui/run/runcontroller.h"

#include "model/designedits.h"
#include "model/project.h"
#include "model/validation/validator.h"
#include "ui/canvas/layoutedits.h"
#include "ui/commands/projecteditor.h"

#include <QFileInfo>

namespace Berth::Gui {

using Engine::RunSession;
using Model::DesignEdits;

RunController::RunController(ProjectEditor *editor, QObject *parent)
    : QObject(parent), m_editor(editor), m_session(new RunSession({}, this))
{
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(250);
    connect(&m_applyTimer, &QTimer::timeout, this, &RunController::applyEdits);
    connect(editor->project(), &Model::Project::changed, this, [this] {
        if (state() == State::Running)
            m_applyTimer.start();
    });
    connect(m_session, &RunSession::stateChanged, this, [this](State s) {
        if (s != State::Running)
            m_applyTimer.stop();
        Q_EMIT stateChanged(s);
    });
    connect(m_session, &RunSession::snapshotReady, this, &RunController::snapshotReady);
    connect(m_session, &RunSession::serviceEvent, this, &RunController::serviceEvent);
    connect(m_session, &RunSession::preparing, this, &RunController::preparing);
    connect(m_session, &RunSession::dockerProblem, this, &RunController::dockerProblem);
    connect(m_session, &RunSession::notice, this, &RunController::message);
    connect(m_session, &RunSession::stopped, this,
            [this] { Q_EMIT message(tr("The run has stopped.")); });
    connect(m_session, &RunSession::apiServing, this, &RunController::apiServing);
    connect(m_session, &RunSession::apiCalled, this, &RunController::apiCalled);
    // What the ECS API changes is an edit of the design like any other: undoable.
    m_session->setDesignEditor(
        [this](const QString &description,
               const std::function<void(Model::ProjectData &)> &change) -> QString {
            Model::ProjectData edited = runData();
            change(edited);
            const int errors = Model::errorCount(Model::Validator::validate(edited));
            if (errors > 0)
                return tr("the change gives the design %n error(s); nothing was changed",
                          nullptr, errors);
            m_editor->edit(tr("ECS API: %1").arg(description), change);
            applyEdits();
            return {};
        });
    connect(m_session, &RunSession::removed, this, [this](int removed, const QString &error) {
        if (removed < 0)
            Q_EMIT message(tr("Down: %1").arg(error));
        else
            Q_EMIT message(tr("Removed %n container(s) of %1.", nullptr, removed)
                               .arg(m_session->runName().isEmpty() ? runData().name
                                                                    : m_session->runName()));
    });
}

RunController::~RunController() = default;

Model::ProjectData RunController::runData() const
{
    Model::ProjectData d = m_editor->data();
    if (d.name.isEmpty()) {
        const QString file = m_editor->project()->fileName();
        d.name = file.isEmpty() ? QStringLiteral("untitled") : QFileInfo(file).completeBaseName();
    }
    return d;
}

bool RunController::start()
{
    // The window asks about the safety review before it calls this (RunMode::confirm).
    Engine::RunOptions options;
    options.allowUnsafe = true;
    const Engine::StartResult result = m_session->start(runData(), options);
    switch (result.outcome) {
    case Engine::StartResult::Outcome::Started:
        return true;
    case Engine::StartResult::Outcome::DesignErrors:
        Q_EMIT message(tr("The design has %n error(s); the Problems panel lists them. Fix "
                          "them to run it.",
                          nullptr, result.errors()));
        return false;
    case Engine::StartResult::Outcome::NothingToRun:
        Q_EMIT message(tr("Nothing to run: add a cluster, a task definition and a service."));
        return false;
    case Engine::StartResult::Outcome::Busy:
    case Engine::StartResult::Outcome::NeedsConsent:
        break;
    }
    return false;
}

void RunController::stop()
{
    m_applyTimer.stop();
    m_session->stop();
}

void RunController::down()
{
    m_applyTimer.stop();
    m_session->down(runData());
}

void RunController::applyEdits()
{
    const Engine::ApplyResult result = m_session->apply(runData());
    switch (result.outcome) {
    case Engine::ApplyOutcome::Applied:
        Q_EMIT message(tr("The run follows the edited design."));
        break;
    case Engine::ApplyOutcome::DesignErrors:
        Q_EMIT message(tr("The edit gives the design %n error(s); the run goes on with the "
                          "design it had.",
                          nullptr, result.errors));
        break;
    case Engine::ApplyOutcome::NotRunning:
    case Engine::ApplyOutcome::Unchanged:
        break;
    }
}

bool RunController::editDesign(const QString &text,
                               const std::function<QString(Model::ProjectData &)> &change)
{
    QString refusal;
    const bool changed = m_editor->edit(text, [&](Model::ProjectData &d) { refusal = change(d); });
    if (!refusal.isEmpty())
        Q_EMIT message(refusal);
    applyEdits();
    return changed;
}

void RunController::scale(const QString &service, int desiredCount)
{
    editDesign(tr("Scale %1 to %2").arg(service).arg(desiredCount), [&](Model::ProjectData &d) {
        return DesignEdits::setDesiredCount(d, service, desiredCount);
    });
}

void RunController::deploy(const QString &service, const QString &taskDefinition)
{
    editDesign(tr("Deploy %1 to %2").arg(taskDefinition, service), [&](Model::ProjectData &d) {
        return DesignEdits::setTaskDefinition(d, service, taskDefinition);
    });
}

void RunController::forceNewDeployment(const QString &service)
{
    editDesign(tr("Force a new deployment of %1").arg(service),
               [&](Model::ProjectData &d) { return DesignEdits::forceNewDeployment(d, service); });
}

void RunController::drainInstance(const QString &cluster, const QString &instance)
{
    editDesign(tr("Drain %1").arg(instance), [&](Model::ProjectData &d) {
        return DesignEdits::setInstanceStatus(d, Model::EntityRef::instance(cluster, instance),
                                              Model::ContainerInstance::Status::Draining);
    });
}

void RunController::activateInstance(const QString &cluster, const QString &instance)
{
    editDesign(tr("Activate %1").arg(instance), [&](Model::ProjectData &d) {
        return DesignEdits::setInstanceStatus(d, Model::EntityRef::instance(cluster, instance),
                                              Model::ContainerInstance::Status::Active);
    });
}

void RunController::addInstance(const QString &cluster)
{
    editDesign(tr("Add an instance to %1").arg(cluster), [&](Model::ProjectData &d) {
        // The design's edit names and registers it; the layout finds its card a place.
        return LayoutEdits::addInstance(d, cluster).isNull()
                   ? tr("There is no cluster %1.").arg(cluster)
                   : QString();
    });
}

void RunController::stopTask(const QString &taskId)
{
    m_session->stopTask(taskId);
}

void RunController::runTask(const Engine::RunTaskRequest &request)
{
    m_session->runTask(request);
}

} // namespace Berth::Gui

#include "ui/run/runcontroller.h"

#include "engine/docker/demoimage.h"
#include "engine/docker/dockerclient.h"
#include "engine/docker/pullprogress.h"
#include "engine/runtime/servicecontroller.h"
#include "model/project.h"
#include "model/validation/validator.h"
#include "ui/commands/projecteditor.h"
#include "ui/projectedits.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

namespace Berth::Gui {

using Engine::EngineHost;
using Engine::EngineSnapshot;

namespace {

/// The design without its canvas positions: moving a card is no news for the engine.
Model::ProjectData withoutLayout(Model::ProjectData d)
{
    for (Model::Cluster &c : d.clusters) {
        c.frame = {};
        for (Model::ContainerInstance &i : c.instances)
            i.position = {};
    }
    for (Model::Service &s : d.services)
        s.position = {};
    for (Model::TaskDefinition &td : d.taskDefinitions)
        td.setPosition({});
    for (Model::LoadBalancer &lb : d.loadBalancers)
        lb.position = {};
    for (Model::TargetGroup &tg : d.targetGroups)
        tg.position = {};
    return d;
}

bool usesDemoImage(const Model::ProjectData &d)
{
    for (const Model::TaskDefinition &td : d.taskDefinitions) {
        for (const Model::ContainerDefinition &c : td.containers()) {
            if (c.image() == Engine::demoImageReference())
                return true;
        }
    }
    return false;
}

/// Images the services' task definitions name, but the demo image and those behind
/// registry credentials (the engine pulls those with the secret it resolves).
QStringList imagesToPull(const Model::ProjectData &d)
{
    QStringList images;
    for (const Model::Service &s : d.services) {
        const Model::TaskDefinition *td = d.taskDefinitionOf(s);
        if (!td)
            continue;
        for (const Model::ContainerDefinition &c : td->containers()) {
            const QString image = c.image();
            if (image.isEmpty() || image == Engine::demoImageReference()
                || c.json().contains(QLatin1String("repositoryCredentials")))
                continue;
            if (!images.contains(image))
                images << image;
        }
    }
    return images;
}

/// Runs work on a thread of its own, parented to owner (whose destructor waits for it).
void runInThread(QObject *owner, std::function<void()> work)
{
    QThread *thread = QThread::create(std::move(work));
    thread->setObjectName(QStringLiteral("berth-run-worker"));
    thread->setParent(owner);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace

RunController::RunController(ProjectEditor *editor, QObject *parent)
    : QObject(parent), m_editor(editor), m_docker(std::make_shared<Engine::Docker::DockerClient>())
{
    qRegisterMetaType<Berth::Engine::EngineSnapshot>();
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(250);
    connect(&m_applyTimer, &QTimer::timeout, this, &RunController::applyEdits);
    connect(editor->project(), &Model::Project::changed, this, [this] {
        if (m_state == State::Running)
            m_applyTimer.start();
    });
}

RunController::~RunController()
{
    // Workers post back to this object: let them finish first.
    for (QThread *thread : findChildren<QThread *>(Qt::FindDirectChildrenOnly))
        thread->wait();
    delete m_host;
}

Model::ProjectData RunController::runData() const
{
    Model::ProjectData d = m_editor->data();
    if (d.name.isEmpty()) {
        const QString file = m_editor->project()->fileName();
        d.name = file.isEmpty() ? QStringLiteral("untitled") : QFileInfo(file).completeBaseName();
    }
    return d;
}

void RunController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool RunController::start()
{
    if (m_state != State::Idle)
        return false;
    const Model::ProjectData data = runData();
    const Model::Diagnostics diagnostics = Model::Validator::validate(data);
    if (Model::errorCount(diagnostics) > 0) {
        Q_EMIT message(tr("The design has %n error(s); the Problems panel lists them. Fix "
                          "them to run it.",
                          nullptr, Model::errorCount(diagnostics)));
        return false;
    }
    if (data.services.isEmpty() && data.clusters.isEmpty()) {
        Q_EMIT message(tr("Nothing to run: add a cluster, a task definition and a service."));
        return false;
    }
    setState(State::Preparing);
    m_downAfterStop = false;
    const int generation = ++m_generation;
    const bool demo = usesDemoImage(data);
    const QStringList pulls = imagesToPull(data);
    auto docker = m_docker;
    Q_EMIT preparing(tr("Connecting to Docker…"), 0, 0);
    runInThread(this, [this, docker, demo, pulls, generation] {
        QString problem;
        const auto ping = docker->ping();
        if (!ping.ok()) {
            problem = ping.error().message();
        } else if (demo) {
            QMetaObject::invokeMethod(this, [this] {
                Q_EMIT preparing(
                    tr("Building the demo image %1…").arg(Engine::demoImageReference()), 0, 0);
            });
            static const QRegularExpression step(QStringLiteral("Step (\\d+)/(\\d+)"));
            const auto built =
                Engine::ensureDemoImage(*docker, [this](const Engine::Docker::ProgressMessage &m) {
                    const QString line = m.text.trimmed();
                    const QRegularExpressionMatch match = step.match(line);
                    if (!match.hasMatch())
                        return;
                    const int value = match.captured(1).toInt();
                    const int maximum = match.captured(2).toInt();
                    QMetaObject::invokeMethod(this, [this, line, value, maximum] {
                        Q_EMIT preparing(tr("Building the demo image: %1").arg(line), value - 1,
                                         maximum);
                    });
                });
            // A failed build is not the end: the tasks report it as ECS would
            // (CannotPullContainerError) and the user sees why.
            if (!built.ok())
                QMetaObject::invokeMethod(
                    this, [this, e = built.error().message()] { Q_EMIT message(e); });
        }
        if (problem.isEmpty())
            pullMissing(docker, pulls, generation);
        QMetaObject::invokeMethod(this, [this, problem, generation] {
            if (generation == m_generation && m_state == State::Preparing)
                launch(problem);
        });
    });
    return true;
}

void RunController::pullMissing(const std::shared_ptr<Engine::Docker::DockerClient> &docker,
                                const QStringList &images, int generation)
{
    for (const QString &image : images) {
        if (generation != m_generation.load())
            return; // stopped while preparing
        const auto exists = docker->imageExists(image);
        if (!exists.ok() || exists.value())
            continue;
        QMetaObject::invokeMethod(this, [this, image] {
            Q_EMIT preparing(tr("Pulling %1…").arg(image), 0, 0);
        });
        Engine::Docker::PullProgress progress;
        QElapsedTimer shown;
        shown.start();
        const auto pulled =
            docker->pullImage(image, {}, [&](const Engine::Docker::ProgressMessage &m) {
                progress.add(m);
                if (shown.elapsed() < 100 && progress.doneBytes() < progress.totalBytes())
                    return; // a few updates a second are enough for a bar
                shown.restart();
                // In KiB: a progress bar counts in int.
                const int value = int(progress.doneBytes() / 1024);
                const int maximum = int(progress.totalBytes() / 1024);
                const QString text =
                    tr("Pulling %1: %2").arg(image, progress.summary());
                QMetaObject::invokeMethod(this, [this, text, value, maximum] {
                    Q_EMIT preparing(text, value, maximum);
                });
            });
        if (!pulled.ok()) {
            // The run goes on: the tasks of this image stop with CannotPullContainerError,
            // as on ECS, and say why.
            QMetaObject::invokeMethod(this, [this, image, e = pulled.error().message()] {
                Q_EMIT message(tr("Could not pull %1: %2. Tasks that use it will stop with "
                                  "CannotPullContainerError; check the image name and that the "
                                  "registry can be reached.")
                                   .arg(image, e));
            });
        }
    }
}

void RunController::launch(const QString &problem)
{
    m_lastReachable = problem.isEmpty();
    Q_EMIT dockerProblem(problem);
    Q_EMIT preparing({}, -1, -1);
    auto *host = new EngineHost(m_docker, this);
    m_host = host;
    connect(host, &EngineHost::snapshotReady, this, [this](const EngineSnapshot &s) {
        m_snapshot = s;
        if (s.dockerReachable != m_lastReachable) {
            m_lastReachable = s.dockerReachable;
            Q_EMIT dockerProblem(s.dockerReachable ? QString() : s.dockerProblem);
        }
        Q_EMIT snapshotReady(s);
    });
    connect(host, &EngineHost::serviceEvent, this, &RunController::serviceEvent);
    connect(host, &EngineHost::notice, this, &RunController::message);
    connect(host, &EngineHost::allStopped, this, [this, host] {
        host->deleteLater();
        m_host = nullptr;
        setState(State::Idle);
        Q_EMIT message(tr("The run has stopped."));
        if (m_downAfterStop)
            removeResources();
    });
    const Model::ProjectData data = runData();
    m_runName = data.name;
    m_applied = withoutLayout(data);
    host->start(data);
    setState(State::Running);
}

void RunController::stop()
{
    if (m_state == State::Preparing) {
        ++m_generation;
        Q_EMIT preparing({}, -1, -1);
        setState(State::Idle);
        if (m_downAfterStop)
            removeResources();
        return;
    }
    if (m_state != State::Running || !m_host)
        return;
    if (!m_lastReachable) {
        // Without the daemon nothing can be stopped; Down removes what runs once it is back.
        // The engine goes now, with the load balancers it started.
        delete m_host;
        m_host = nullptr;
        setState(State::Idle);
        Q_EMIT dockerProblem({});
        Q_EMIT message(tr("The run has ended without Docker; containers it started may still "
                          "run, and Down removes them once Docker answers."));
        if (m_downAfterStop)
            removeResources();
        return;
    }
    setState(State::Stopping);
    m_applyTimer.stop();
    Q_EMIT message(tr("Stopping every task…"));
    m_host->stopAll();
}

void RunController::down()
{
    m_downAfterStop = true;
    if (m_state == State::Idle)
        removeResources();
    else
        stop();
}

void RunController::removeResources()
{
    m_downAfterStop = false;
    const QString label = Engine::Engine::projectLabel(runData());
    auto docker = m_docker;
    Q_EMIT message(tr("Removing the containers of %1…").arg(label));
    runInThread(this, [this, docker, label] {
        QString error;
        const int removed = Engine::Engine::removeProjectResources(*docker, label, &error);
        QMetaObject::invokeMethod(this, [this, removed, error, label] {
            if (removed < 0)
                Q_EMIT message(tr("Down: %1").arg(error));
            else
                Q_EMIT message(tr("Removed %n container(s) of %1.", nullptr, removed).arg(label));
        });
    });
}

void RunController::applyEdits()
{
    if (m_state != State::Running || !m_host)
        return;
    Model::ProjectData data = runData();
    data.name = m_runName; // a renamed project keeps its run's containers
    const Model::ProjectData bare = withoutLayout(data);
    if (bare == m_applied)
        return;
    const Model::Diagnostics diagnostics = Model::Validator::validate(data);
    if (Model::errorCount(diagnostics) > 0) {
        Q_EMIT message(tr("The edit gives the design %n error(s); the run goes on with the "
                          "design it had.",
                          nullptr, Model::errorCount(diagnostics)));
        return;
    }
    m_applied = bare;
    m_host->applyProject(data);
    Q_EMIT message(tr("The run follows the edited design."));
}

bool RunController::editService(const QString &text, const QString &service,
                                const std::function<void(Model::Service &)> &change)
{
    return m_editor->edit(text, [&](Model::ProjectData &d) {
        if (Model::Service *s = d.service(service))
            change(*s);
    });
}

void RunController::scale(const QString &service, int desiredCount)
{
    editService(tr("Scale %1 to %2").arg(service).arg(desiredCount), service,
                [desiredCount](Model::Service &s) { s.desiredCount = qMax(0, desiredCount); });
    applyEdits();
}

void RunController::deploy(const QString &service, const QString &taskDefinition)
{
    editService(tr("Deploy %1 to %2").arg(taskDefinition, service), service,
                [taskDefinition](Model::Service &s) { s.taskDefinition = taskDefinition; });
    applyEdits();
}

void RunController::forceNewDeployment(const QString &service)
{
    editService(tr("Force a new deployment of %1").arg(service), service, [](Model::Service &s) {
        const QLatin1String key(Engine::ServiceController::kDeploymentNonce);
        s.extra.insert(key, s.extra.value(key).toInt() + 1);
    });
    applyEdits();
}

void RunController::drainInstance(const QString &cluster, const QString &instance)
{
    m_editor->edit(tr("Drain %1").arg(instance), [&](Model::ProjectData &d) {
        if (Model::Cluster *c = d.cluster(cluster)) {
            for (Model::ContainerInstance &i : c->instances) {
                if (i.name == instance)
                    i.status = Model::ContainerInstance::Status::Draining;
            }
        }
    });
    applyEdits();
}

void RunController::activateInstance(const QString &cluster, const QString &instance)
{
    m_editor->edit(tr("Activate %1").arg(instance), [&](Model::ProjectData &d) {
        if (Model::Cluster *c = d.cluster(cluster)) {
            for (Model::ContainerInstance &i : c->instances) {
                if (i.name == instance)
                    i.status = Model::ContainerInstance::Status::Active;
            }
        }
    });
    applyEdits();
}

void RunController::addInstance(const QString &cluster)
{
    m_editor->edit(tr("Add an instance to %1").arg(cluster), [&](Model::ProjectData &d) {
        Model::Cluster *c = d.cluster(cluster);
        if (!c)
            return;
        const Model::ContainerInstance *last =
            c->instances.isEmpty() ? nullptr : &c->instances.last();
        Model::ContainerInstance i = Model::ContainerInstance::ofType(
            ProjectEdits::uniqueName(d, EntityKind::ContainerInstance, QStringLiteral("instance-1"),
                                     cluster),
            last ? last->instanceType : QStringLiteral("t3.medium"),
            last ? last->availabilityZone : QStringLiteral("us-east-1a"));
        i.registeredAt = QDateTime::currentDateTimeUtc();
        i.position = ProjectEdits::freeInstanceSlot(d, cluster);
        c->instances.append(i);
        ProjectEdits::fitFrameMakingRoom(d, cluster);
    });
    applyEdits();
}

void RunController::stopTask(const QString &taskId)
{
    if (m_host)
        m_host->stopTask(taskId);
}

void RunController::runTask(const Engine::RunTaskRequest &request)
{
    if (m_host)
        m_host->runTask(request);
}

} // namespace Berth::Gui

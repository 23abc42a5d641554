#include "engine/runtime/runsession.h"

#include "engine/docker/demoimage.h"
#include "engine/docker/dockerruntime.h"
#include "engine/enginelog.h"
#include "engine/registry/ecrregistry.h"
#include "engine/registry/localregistry.h"
#include "engine/runtime/containerruntime.h"
#include "engine/runtime/enginehost.h"
#include "engine/runtime/imagepreparer.h"
#include "engine/scheduler/ecsevents.h"
#include "engine/safety/runsafety.h"
#include "engine/secrets/keychainsecretstore.h"
#include "model/designedits.h"
#include "model/validation/validator.h"

#include <QThread>

namespace Berth::Engine {

RunSession::RunSession(std::shared_ptr<ContainerRuntime> runtime, QObject *parent)
    : QObject(parent), m_runtime(runtime ? std::move(runtime)
                                         : std::make_shared<Docker::DockerRuntime>())
{
    qRegisterMetaType<Berth::Engine::EngineSnapshot>();
}

RunSession::~RunSession()
{
    if (m_cancelPreparation)
        *m_cancelPreparation = true;
    // Workers post back to this object: let them finish first.
    for (QThread *thread : findChildren<QThread *>(Qt::FindDirectChildrenOnly))
        thread->wait();
    delete m_host;
}

QList<InstanceUsage> RunSession::instanceHistory(const QString &key) const
{
    return m_host ? m_host->instanceHistory(key) : QList<InstanceUsage>();
}

QList<Model::SafetyFinding> RunSession::safetyReview(const Model::ProjectData &project)
{
    return RunSafety::review(project);
}

QList<Model::SafetyFinding> RunSession::safetyReview(const Model::TaskDefinition &taskDefinition)
{
    return RunSafety::review(taskDefinition);
}

Model::ProjectData RunSession::withoutLayout(Model::ProjectData d)
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

bool RunSession::isDemoImage(const QString &image)
{
    return image == demoImageReference();
}

void RunSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void RunSession::runInThread(std::function<void()> work)
{
    QThread *thread = QThread::create(std::move(work));
    thread->setObjectName(QStringLiteral("berth-run-worker"));
    thread->setParent(this);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

StartResult RunSession::start(const Model::ProjectData &project, const RunOptions &options)
{
    m_pendingTasks.reset();
    return begin(project, safetyReview(project), options);
}

StartResult RunSession::startTasks(Model::ProjectData project, const RunTaskRequest &request,
                                   const RunOptions &options)
{
    project.services.clear(); // only the one-off tasks run
    const Model::TaskDefinition *td = project.taskDefinition(request.taskDefinition);
    StartResult result =
        begin(project, td ? safetyReview(*td) : QList<Model::SafetyFinding>(), options);
    if (result.ok())
        m_pendingTasks = request;
    return result;
}

StartResult RunSession::begin(const Model::ProjectData &project,
                              QList<Model::SafetyFinding> unsafe, const RunOptions &options)
{
    StartResult result;
    if (m_state != State::Idle) {
        result.outcome = StartResult::Outcome::Busy;
        return result;
    }
    result.diagnostics = Model::Validator::validate(project);
    if (result.errors() > 0) {
        result.outcome = StartResult::Outcome::DesignErrors;
        return result;
    }
    if (project.services.isEmpty() && project.clusters.isEmpty()) {
        result.outcome = StartResult::Outcome::NothingToRun;
        return result;
    }
    // Access to Docker is root on the host: what reaches beyond the containers needs consent.
    result.unsafe = std::move(unsafe);
    if (!result.unsafe.isEmpty() && !options.allowUnsafe) {
        result.outcome = StartResult::Outcome::NeedsConsent;
        return result;
    }
    m_runName = project.name;
    m_project = withoutLayout(project);
    m_downAfterStop.reset();
    if (options.timeScale >= 1.0)
        Deployment::setTimeScale(options.timeScale);
    m_options = options;
    if (!m_secrets)
        m_secrets = std::make_shared<KeychainSecretStore>();
    setState(State::Preparing);
    auto post = [this](std::function<void()> f) {
        QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
    };
    m_credentialsRead = false;
    if (options.api) {
        // The keychain may take seconds to answer (or to time out): on a thread of its own,
        // beside the image preparation; the API starts once both are done.
        runInThread([this, post, secrets = m_secrets] {
            QString problem;
            const ApiCredentials credentials = ApiCredentials::loadOrCreate(*secrets, &problem);
            QString registryProblem;
            const QString registryPassword =
                LocalRegistry::loadOrCreatePassword(*secrets, &registryProblem);
            post([this, credentials, problem, registryPassword] {
                m_credentials = credentials;
                m_registryPassword = registryPassword;
                m_credentialsProblem = problem;
                m_credentialsRead = true;
                if (m_state == State::Running && !m_api)
                    startApi();
            });
        });
    }
    if (!project.repositories.isEmpty()) {
        // The design's ECR repositories in the local registry, with their mutability and
        // lifecycle rules; on a thread, as it starts a process and asks the keychain.
        runInThread([this, post, secrets = m_secrets, repositories = project.repositories,
                     account = project.accountId, region = project.region] {
            const QStringList notes = applyRepositories(*secrets, repositories, account, region);
            post([this, notes] {
                for (const QString &n : notes)
                    Q_EMIT notice(n);
            });
        });
    }
    if (!options.prepareImages) {
        launch({});
        return result;
    }
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancelPreparation = cancelled;
    runInThread([this, post, cancelled, project, runtime = m_runtime] {
        ImagePreparer preparer(
            runtime,
            [this, post](const QString &text, int value, int maximum) {
                post([=, this] { Q_EMIT preparing(text, value, maximum); });
            },
            [this, post](const QString &text) { post([=, this] { Q_EMIT notice(text); }); });
        const QString problem = preparer.prepare(project, *cancelled);
        post([this, problem, cancelled] {
            if (!*cancelled && m_cancelPreparation == cancelled && m_state == State::Preparing)
                launch(problem);
        });
    });
    return result;
}

QStringList RunSession::applyRepositories(SecretStore &secrets,
                                          const QList<Model::EcrRepository> &repositories,
                                          const QString &account, const QString &region)
{
    LocalRegistry registry;
    QString error;
    if (!registry.status().answering && !registry.start(secrets, &error))
        return {tr("The local registry for the design's ECR repositories did not start: %1")
                    .arg(error)};
    auto ecr = EcrRegistry::open(secrets, account, region, &error, registry);
    if (!ecr)
        return {error};
    QStringList notes;
    const EcrError applied = ecr->applyDesign(repositories, &notes);
    if (applied.isError())
        notes << tr("The design's ECR repositories are not all in the local registry: %1: %2")
                     .arg(applied.type, applied.message);
    return notes;
}

void RunSession::launch(const QString &problem)
{
    m_cancelPreparation.reset();
    m_lastReachable = problem.isEmpty();
    Q_EMIT dockerProblem(problem);
    Q_EMIT preparing({}, -1, -1);
    auto *host = new EngineHost(m_runtime, this);
    m_host = host;
    m_scaling = std::make_unique<AutoScaling>(timeScale());
    m_scaling->setDesign(m_project);
    connect(host, &EngineHost::snapshotReady, this, [this](const EngineSnapshot &s) {
        m_snapshot = s;
        runScaling(s);
        if (!s.metadataAddress.isEmpty() && s.metadataAddress != m_metadataAddress) {
            m_metadataAddress = s.metadataAddress;
            auto server = std::make_unique<MetadataServer>(*this);
            QString error;
            if (server->listen(QHostAddress(s.metadataAddress), s.metadataPort, &error))
                m_metadata = std::move(server);
            else
                Q_EMIT notice(tr("Tasks have no metadata endpoint in this run: %1.").arg(error));
        }
        if (s.dockerReachable && m_pendingTasks && m_host) {
            m_host->runTask(*m_pendingTasks);
            m_pendingTasks.reset();
        }
        if (s.dockerReachable != m_lastReachable) {
            m_lastReachable = s.dockerReachable;
            Q_EMIT dockerProblem(s.dockerReachable ? QString() : s.dockerProblem);
        }
        Q_EMIT snapshotReady(s);
    });
    connect(host, &EngineHost::taskChanged, this, &RunSession::taskChanged);
    connect(host, &EngineHost::serviceEvent, this, &RunSession::serviceEvent);
    connect(host, &EngineHost::notice, this, &RunSession::notice);
    connect(host, &EngineHost::allStopped, this, [this, host] {
        host->deleteLater();
        m_host = nullptr;
        endRun();
    });
    Model::ProjectData data = m_project;
    data.name = m_runName;
    host->start(data);
    setState(State::Running);
    startApi();
}

void RunSession::startApi()
{
    if (!m_options.api || !m_credentialsRead)
        return;
    if (!m_credentials.isValid()) {
        Q_EMIT notice(tr("The ECS API is off for this run: %1")
                          .arg(m_credentialsProblem.isEmpty()
                                   ? tr("it has no credentials")
                                   : m_credentialsProblem));
        return;
    }
    auto server = std::make_unique<ApiServer>(*this, m_credentials, m_registryPassword);
    QString error;
    if (!server->listen(m_options.apiAddress, m_options.apiPort, &error)) {
        Q_EMIT notice(tr("The ECS API is off for this run: %1").arg(error));
        return;
    }
    if (m_options.apiAddress != QHostAddress(QHostAddress::LocalHost)
        && m_options.apiAddress != QHostAddress(QHostAddress::LocalHostIPv6))
        Q_EMIT notice(tr("The ECS API listens on %1, beyond this machine: anyone who has its "
                         "credentials and reaches that address can change the run.")
                          .arg(server->endpoint()));
    connect(server.get(), &ApiServer::called, this, &RunSession::apiCalled);
    m_api = std::move(server);
    Q_EMIT apiServing(m_api->endpoint());
}

QString RunSession::apiEndpoint() const
{
    return m_api ? m_api->endpoint() : QString();
}

void RunSession::endRun()
{
    m_pendingTasks.reset();
    if (m_api) {
        m_api.reset();
        Q_EMIT apiServing({});
    }
    m_metadata.reset();
    m_metadataAddress.clear();
    setState(State::Idle);
    Q_EMIT stopped();
    if (m_downAfterStop) {
        const Model::ProjectData project = *m_downAfterStop;
        m_downAfterStop.reset();
        removeProjectResources(project);
    }
}

ApplyResult RunSession::apply(Model::ProjectData project)
{
    if (m_state != State::Running || !m_host)
        return {ApplyOutcome::NotRunning};
    project.name = m_runName; // a renamed project keeps its run's containers
    Model::ProjectData bare = withoutLayout(project);
    if (bare == m_project)
        return {ApplyOutcome::Unchanged};
    if (const int errors = Model::errorCount(Model::Validator::validate(project)); errors > 0)
        return {ApplyOutcome::DesignErrors, errors};
    m_project = std::move(bare);
    if (m_scaling)
        m_scaling->setDesign(m_project);
    m_host->applyProject(project);
    return {ApplyOutcome::Applied};
}

double RunSession::timeScale() const
{
    return Deployment::timeScale();
}

void RunSession::runScaling(const EngineSnapshot &snapshot)
{
    if (!m_scaling || m_state != State::Running)
        return;
    for (const AutoScaling::Change &c : m_scaling->observe(snapshot)) {
        // The path `berth service` and UpdateService take: an edit of the design.
        const QString error = editDesign(
            tr("Auto scaling: desired count of %1 to %2").arg(c.service).arg(c.desiredCount),
            [c](Model::ProjectData &d) {
                Model::DesignEdits::setDesiredCount(d, c.service, c.desiredCount);
            });
        if (!error.isEmpty())
            Q_EMIT notice(tr("Auto scaling could not set the desired count of %1 to %2: %3")
                              .arg(c.service)
                              .arg(c.desiredCount)
                              .arg(error));
    }
    for (const auto &[service, activity] : m_scaling->takeNewActivities()) {
        if (activity.scaled() && m_host)
            m_host->addServiceEvent(service, EcsEvents::autoScalingEvent(activity.statusMessage,
                                                                         activity.cause));
    }
}

void RunSession::stop()
{
    if (m_state == State::Preparing) {
        if (m_cancelPreparation)
            *m_cancelPreparation = true;
        m_cancelPreparation.reset();
        Q_EMIT preparing({}, -1, -1);
        endRun();
        return;
    }
    if (m_state != State::Running || !m_host)
        return;
    if (!m_lastReachable) {
        // Without the daemon nothing can be stopped; down() removes what runs once it is
        // back. The engine goes now, with the load balancers it started.
        delete m_host;
        m_host = nullptr;
        Q_EMIT dockerProblem({});
        Q_EMIT notice(tr("The run has ended without Docker; containers it started may still "
                         "run, and Down removes them once Docker answers."));
        endRun();
        return;
    }
    setState(State::Stopping);
    Q_EMIT notice(tr("Stopping every task…"));
    m_host->stopAll();
}

void RunSession::down(const Model::ProjectData &project)
{
    if (m_state == State::Idle) {
        removeProjectResources(project);
        return;
    }
    Model::ProjectData run = project;
    run.name = m_runName; // what the run labelled, whatever the design is called now
    m_downAfterStop = run;
    if (m_state != State::Stopping)
        stop();
}

int RunSession::removeResources(ContainerRuntime &runtime, const Model::ProjectData &project,
                                QString *error)
{
    return Engine::removeProjectResources(runtime, Engine::projectLabel(project), error);
}

void RunSession::removeProjectResources(const Model::ProjectData &project)
{
    Q_EMIT notice(tr("Removing the containers of %1…").arg(Engine::projectLabel(project)));
    runInThread([this, project, runtime = m_runtime] {
        QString error;
        const int count = removeResources(*runtime, project, &error);
        QMetaObject::invokeMethod(this, [this, count, error] { Q_EMIT removed(count, error); });
    });
}

void RunSession::runTask(const RunTaskRequest &request)
{
    if (m_host)
        m_host->runTask(request);
}

void RunSession::stopTask(const QString &taskId, const QString &reason)
{
    if (m_host)
        m_host->stopTask(taskId, reason);
}

Model::ProjectData RunSession::design() const
{
    Model::ProjectData d = m_project;
    d.name = m_runName;
    return d;
}

QString RunSession::editDesign(const QString &description,
                               const std::function<void(Model::ProjectData &)> &edit)
{
    if (m_designEditor)
        return m_designEditor(description, edit);
    Model::ProjectData d = design();
    edit(d);
    const ApplyResult applied = apply(d);
    if (applied.outcome == ApplyOutcome::DesignErrors)
        return tr("the edit gives the design %n error(s)", nullptr, applied.errors);
    return {};
}

std::unique_ptr<LogFollower> RunSession::followLogs(const QString &containerId, int tail) const
{
    if (containerId.isEmpty())
        return {};
    return m_runtime->followLogs(containerId, tail);
}

} // namespace Berth::Engine

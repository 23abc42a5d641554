#include "engine/runtime/engine.h"

#include "engine/docker/dockerclient.h"
#include "engine/enginelog.h"
#include "engine/lb/loadbalancermanager.h"
#include "engine/runtime/containerspec.h"
#include "engine/runtime/servicecontroller.h"
#include "engine/scheduler/clusterstate.h"
#include "engine/scheduler/taskrequirements.h"
#include "engine/secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <future>
#include <vector>

namespace Berth::Engine {

namespace {

constexpr int kKeepStoppedSeconds = 600;

/// Whether \a task is new since \a before or its statuses (and \a health) moved on.
bool changedSince(const QHash<QString, Task> &before, const Task &task, bool health)
{
    const auto old = before.constFind(task.id);
    return old == before.cend() || old->lastStatus != task.lastStatus
           || old->desiredStatus != task.desiredStatus || (health && old->health != task.health);
}

} // namespace

Engine::Engine(std::shared_ptr<Docker::DockerClient> docker, QObject *parent)
    : QObject(parent), m_docker(docker ? docker : std::make_shared<Docker::DockerClient>()),
      m_serviceController(std::make_unique<ServiceController>(*this))
{
    m_secrets = std::make_shared<KeychainSecretStore>();
    qRegisterMetaType<Berth::Engine::EngineSnapshot>();
    qRegisterMetaType<Berth::Engine::Task>();
    qRegisterMetaType<Berth::Engine::ServiceEvent>();
    qRegisterMetaType<Berth::Engine::RunTaskRequest>();
    qRegisterMetaType<Berth::Model::ProjectData>();
    // Parented, so that moveToThread() takes the timers along to the engine's thread.
    m_tick.setParent(this);
    m_soon.setParent(this);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &Engine::reconcile);
    m_soon.setSingleShot(true);
    m_soon.setInterval(kCoalesceMs);
    connect(&m_soon, &QTimer::timeout, this, &Engine::reconcile);
}

Engine::~Engine() = default;

bool Engine::targetsHealthy(const Task &task) const
{
    return !m_loadBalancers || m_loadBalancers->targetsHealthy(task);
}

QString Engine::projectLabel(const Model::ProjectData &project)
{
    static const QRegularExpression bad(QStringLiteral("[^a-zA-Z0-9_.-]+"));
    QString name = project.name.isEmpty() ? QStringLiteral("project") : project.name;
    return name.replace(bad, QStringLiteral("_"));
}

void Engine::start(const Model::ProjectData &project)
{
    m_project = project;
    m_label = projectLabel(project);
    m_started = true;
    m_stopping = false;
    m_serviceController->apply(m_project);
    if (!m_loadBalancers)
        m_loadBalancers = std::make_unique<LoadBalancerManager>(
            [this](const QString &service, const QString &message) { addEvent(service, message); },
            [this](const QString &text) { Q_EMIT notice(text); });
    m_loadBalancers->setShuttingDown(false);
    prepareLoadBalancerNetworks();
    m_loadBalancers->apply(m_project);
    m_tick.start();
    reconcile();
}

void Engine::applyProject(const Model::ProjectData &project)
{
    m_project = project;
    m_serviceController->apply(m_project);
    if (m_loadBalancers) {
        prepareLoadBalancerNetworks();
        m_loadBalancers->apply(m_project);
    }
    scheduleReconcile();
}

void Engine::setDesiredCount(const QString &service, int count)
{
    m_desiredOverrides.insert(service, qMax(0, count));
    if (Model::Service *s = m_project.service(service))
        s->desiredCount = qMax(0, count);
    scheduleReconcile();
}

void Engine::stopTask(const QString &taskId, const QString &reason)
{
    auto it = m_tasks.find(taskId);
    if (it == m_tasks.end())
        return;
    TaskRunner::requestStop(*it, QStringLiteral("UserInitiated"),
                            reason.isEmpty() ? tr("Task stopped by user") : reason);
    scheduleReconcile();
}

int Engine::concurrentStarts()
{
    static const int n = std::max(2, QThread::idealThreadCount());
    return n;
}

void Engine::stopAll()
{
    m_stopping = true;
    if (m_loadBalancers)
        m_loadBalancers->setShuttingDown(true);
    for (Task &t : m_tasks)
        TaskRunner::requestStop(t, QStringLiteral("UserInitiated"), tr("Task stopped by user"));
    scheduleReconcile();
}

void Engine::scheduleReconcile()
{
    if (!m_soon.isActive())
        m_soon.start(kCoalesceMs);
}

bool Engine::checkDocker()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_dockerReachable)
        return true;
    if (m_nextDockerCheck.isValid() && now < m_nextDockerCheck)
        return false;
    const auto ping = m_docker->ping();
    m_dockerReachable = ping.ok();
    if (!m_dockerReachable) {
        const QString problem = ping.error().message();
        if (problem != m_dockerProblem)
            Q_EMIT notice(problem);
        m_dockerProblem = problem;
        m_nextDockerCheck = now.addSecs(5);
        return false;
    }
    m_dockerProblem.clear();
    if (m_loadBalancers) {
        // A rootless daemon's networks live in a namespace the host cannot reach.
        const auto info = m_docker->info();
        const bool rootless =
            info.ok()
            && info->value(QLatin1String("SecurityOptions")).toVariant().toStringList().contains(
                QStringLiteral("name=rootless"));
        m_loadBalancers->setDirectRoutes(info.ok() && !rootless);
    }
    watchEvents();
    return true;
}

void Engine::watchEvents()
{
    Docker::Filters filters;
    filters.insert(QStringLiteral("type"), {QStringLiteral("container")});
    filters.insert(QStringLiteral("label"),
                   {QLatin1String(ContainerSpec::kProject) + u'=' + m_label});
    m_events = m_docker->events(filters);
    connect(m_events.get(), &Docker::DockerStream::objectReceived, this,
            [this](const QJsonObject &event) {
                // A container that died is noticed at once; other events are coalesced.
                const QString action = event.value(QStringLiteral("Action")).toString();
                const QString id = event.value(QStringLiteral("id")).toString();
                if (action == QLatin1String("die")) {
                    m_deaths.exitCodes.insert(id, event.value(QStringLiteral("Actor"))
                                                      .toObject()
                                                      .value(QStringLiteral("Attributes"))
                                                      .toObject()
                                                      .value(QStringLiteral("exitCode"))
                                                      .toString()
                                                      .toInt());
                    m_soon.start(0);
                } else if (action == QLatin1String("oom")) {
                    m_deaths.outOfMemory.insert(id);
                    scheduleReconcile();
                }
                else
                    scheduleReconcile();
            });
    connect(m_events.get(), &Docker::DockerStream::finished, this, [this] {
        // The daemon went away or restarted: check it again on the next pass.
        m_dockerReachable = false;
    });
    m_events->start();
}

void Engine::reconcile()
{
    if (!m_started)
        return;
    if (!checkDocker()) {
        Q_EMIT snapshotReady(snapshot());
        return;
    }
    QHash<QString, Task> before = m_tasks;
    m_provisionBudget = concurrentStarts();
    observe();
    sampleStats();
    QStringList starting = stepTasks(false);
    if (m_loadBalancers)
        m_loadBalancers->update(m_tasks);
    if (!m_stopping)
        m_serviceController->control();
    // What changed so far (a task that died, a launch) is published before the slower
    // container creations and starts, and tasks the controller just launched (a replacement,
    // a scale-up) are created in this pass, not a pass later.
    if (statusChanged(before)) {
        publish(before);
        before = m_tasks;
    }
    starting << stepTasks(true);
    if (!starting.isEmpty()) {
        publish(before);
        before = m_tasks;
        startInParallel(starting);
    }
    // A task just launched or on its way out moves on in the next pass, not a tick later.
    for (const Task &t : std::as_const(m_tasks)) {
        if (t.lastStatus == TaskStatus::Provisioning
            || (t.desiredStatus == TaskStatus::Stopped && !t.isStopped()
                && t.lastStatus != TaskStatus::Stopping)) {
            scheduleReconcile();
            break;
        }
    }
    forgetOldTasks();
    publish(before);
    if (m_stopping) {
        bool all = true;
        for (const Task &t : m_tasks)
            all = all && t.isStopped();
        if (all) {
            m_tick.stop();
            m_started = false;
            if (m_loadBalancers) {
                m_loadBalancers->stop();
                removeLoadBalancerNetworks();
            }
            if (m_events)
                m_events->cancel();
            Q_EMIT allStopped();
        }
    }
}

void Engine::observe()
{
    const auto listed = m_docker->listContainers(
        {QLatin1String(ContainerSpec::kProject) + u'=' + m_label}, true);
    if (!listed.ok()) {
        m_dockerReachable = false;
        return;
    }
    QHash<QString, QList<Docker::ContainerSummary>> byTask;
    for (const Docker::ContainerSummary &c : listed.value())
        byTask[c.labels.value(QLatin1String(ContainerSpec::kTask))].append(c);
    if (!m_adopted) {
        m_adopted = true;
        for (auto it = byTask.begin(); it != byTask.end(); ++it) {
            if (!m_tasks.contains(it.key()))
                adopt(it.key(), it.value());
        }
        if (!m_orphans.isEmpty())
            Q_EMIT notice(tr("%n container(s) from an earlier run do not belong to this "
                             "design and were left alone; 'berth down' removes them.",
                             nullptr, int(m_orphans.size())));
    }
    for (auto it = m_tasks.begin(); it != m_tasks.end(); ++it) {
        if (it->isStopped() || it->lastStatus == TaskStatus::Provisioning)
            continue;
        m_runners[it.key()].observe(*it, byTask.value(it.key()), *m_docker, m_deaths);
    }
    m_deaths = {};
}

QStringList Engine::stepTasks(bool provisioningOnly)
{
    QStringList starting;
    for (auto it = m_tasks.begin(); it != m_tasks.end(); ++it) {
        if (it->isStopped() || (provisioningOnly && it->lastStatus != TaskStatus::Provisioning))
            continue;
        // Creating containers takes a while: a batch per pass keeps snapshots coming while
        // a hundred tasks start. The others stay PROVISIONING for the next pass.
        if (it->lastStatus == TaskStatus::Provisioning && it->desiredStatus == TaskStatus::Running) {
            if (m_provisionBudget <= 0)
                continue;
            --m_provisionBudget;
        }
        auto runner = m_runners.find(it.key());
        if (runner == m_runners.end())
            continue;
        if (m_loadBalancers) {
            // Deregistration and draining keep a task DEACTIVATING.
            runner->setDeactivateHook(
                [lb = m_loadBalancers.get()](const Task &t) { return lb->deactivate(t); });
        }
        // A few steps per pass so a task goes from PROVISIONING to PENDING at once; starting
        // containers is left to the parallel pass.
        for (int i = 0; i < 4 && !isStarting(*it)
                        && runner->step(*it, *m_docker, m_images, m_secrets.get());
             ++i) {
        }
        if (isStarting(*it))
            starting << it.key();
    }
    return starting;
}

bool Engine::statusChanged(const QHash<QString, Task> &before) const
{
    if (before.size() != m_tasks.size())
        return true;
    return std::any_of(m_tasks.cbegin(), m_tasks.cend(),
                       [&](const Task &t) { return changedSince(before, t, false); });
}

void Engine::publish(const QHash<QString, Task> &before)
{
    noteTaskChanges(before);
    for (const ServiceEvent &e : m_log.since(m_publishedEvents))
        Q_EMIT serviceEvent(e);
    m_publishedEvents = m_log.sequence();
    Q_EMIT snapshotReady(snapshot());
}

bool Engine::isStarting(const Task &task)
{
    return task.desiredStatus == TaskStatus::Running
           && (task.lastStatus == TaskStatus::Pending
               || task.lastStatus == TaskStatus::Activating);
}

void Engine::startInParallel(const QStringList &taskIds)
{
    // No task is added while the starts run, so these pointers stay valid.
    QList<QPair<Task *, TaskRunner *>> tasks;
    for (const QString &id : taskIds) {
        auto task = m_tasks.find(id);
        auto runner = m_runners.find(id);
        if (task != m_tasks.end() && runner != m_runners.end())
            tasks.append({&*task, &*runner});
    }
    // Starting a container takes the daemon a while (network, port bindings); tasks are
    // independent, so their starts overlap. Only Docker calls happen here: no keychain, no
    // load balancer, no shared state but the thread-safe client.
    // One batch per pass: the rest start in the next pass, after a snapshot.
    if (tasks.size() > concurrentStarts()) {
        tasks.resize(concurrentStarts());
        scheduleReconcile();
    }
    {
        std::vector<std::future<void>> running;
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            Task *task = tasks.at(i).first;
            TaskRunner *runner = tasks.at(i).second;
            running.push_back(std::async(std::launch::async, [this, task, runner] {
                for (int n = 0; n < 2 && isStarting(*task)
                                && runner->step(*task, *m_docker, m_images, nullptr);
                     ++n) {
                }
            }));
        }
        for (auto &f : running)
            f.wait();
    }
}

void Engine::sampleStats()
{
    if (!m_stats)
        m_stats = std::make_unique<StatsSampler>(m_docker);
    QStringList running;
    for (Task &t : m_tasks) {
        for (ContainerState &c : t.containers) {
            if (c.lastStatus != QLatin1String("RUNNING") || c.dockerId.isEmpty())
                continue;
            running << c.dockerId;
            if (const auto sample = m_stats->latest(c.dockerId)) {
                c.cpuPercent = sample->cpuPercent;
                c.memoryMiB = sample->memoryMiB;
            }
        }
    }
    m_stats->sync(running);
}

void Engine::adopt(const QString &taskId, const QList<Docker::ContainerSummary> &containers)
{
    const Docker::Labels labels = containers.first().labels;
    const QString key = labels.value(QLatin1String(ContainerSpec::kTaskDefinition));
    const Model::TaskDefinition *td = m_project.taskDefinition(key);
    const QString service = labels.value(QLatin1String(ContainerSpec::kService));
    if (!td || (!service.isEmpty() && !m_project.service(service))) {
        for (const Docker::ContainerSummary &c : containers)
            m_orphans << c.name;
        return;
    }
    TaskContext context;
    context.project = m_label;
    context.cluster = labels.value(QLatin1String(ContainerSpec::kCluster));
    context.instance = labels.value(QLatin1String(ContainerSpec::kInstance));
    context.service = service;
    context.taskId = taskId;
    context.group = labels.value(QLatin1String(ContainerSpec::kGroup));
    context.loadBalancerHosts = m_loadBalancerHosts;
    const QString address = labels.value(QLatin1String(ContainerSpec::kAddress));
    if (td->networkMode() == QLatin1String("awsvpc"))
        context.taskAddress = address;
    else
        context.instanceAddress = address;
    Task task = TaskRunner::makeTask(*td, context);
    task.lastStatus = TaskStatus::Pending; // startReady() finds what already runs
    task.launchType = context.instance.isEmpty() ? QStringLiteral("FARGATE")
                                                 : QStringLiteral("EC2");
    if (!service.isEmpty())
        task.startedBy = m_serviceController->deploymentFor(service, key);
    m_runners.insert(taskId, TaskRunner(*td, context));
    m_tasks.insert(taskId, task);
    qCInfo(lcEngine) << "adopted task" << taskId << "of" << key;
}

void Engine::noteTaskChanges(const QHash<QString, Task> &before)
{
    for (const Task &t : m_tasks) {
        if (changedSince(before, t, true))
            Q_EMIT taskChanged(t);
    }
}

void Engine::forgetOldTasks()
{
    const QDateTime limit = QDateTime::currentDateTimeUtc().addSecs(-kKeepStoppedSeconds);
    for (auto it = m_tasks.begin(); it != m_tasks.end();) {
        if (it->isStopped() && it->stoppedAt < limit) {
            m_runners.remove(it.key());
            it = m_tasks.erase(it);
        } else {
            ++it;
        }
    }
}

void Engine::addEvent(const QString &service, const QString &message)
{
    m_log.add(service, message);
}

EngineSnapshot Engine::snapshot() const
{
    EngineSnapshot s;
    s.takenAt = QDateTime::currentDateTimeUtc();
    s.dockerReachable = m_dockerReachable;
    s.dockerProblem = m_dockerProblem;
    if (m_loadBalancers) {
        s.loadBalancers = m_loadBalancers->status();
        s.loadBalancerProblem = m_loadBalancers->problem();
    }
    s.tasks = m_tasks.values();
    std::sort(s.tasks.begin(), s.tasks.end(),
              [](const Task &a, const Task &b) { return a.createdAt < b.createdAt; });
    s.events = m_log.events();
    for (const Model::Service &svc : m_project.services) {
        ServiceStatus st;
        st.name = svc.name;
        st.cluster = svc.cluster;
        st.desiredCount = desiredCountOf(svc);
        st.deployments = m_serviceController->deployments(svc.name);
        int reservedCpu = 0, reservedMemory = 0;
        double usedCpu = 0, usedMemory = 0;
        if (const Model::TaskDefinition *td = m_project.taskDefinitionOf(svc))
            st.taskDefinition = td->key();
        for (const Task &t : m_tasks) {
            if (t.service != svc.name || !t.isActive())
                continue;
            if (t.lastStatus == TaskStatus::Running)
                ++st.runningCount;
            else
                ++st.pendingCount;
            if (t.lastStatus == TaskStatus::Running) {
                reservedCpu += t.cpu;
                reservedMemory += t.memory;
                for (const ContainerState &c : t.containers) {
                    usedCpu += c.cpuPercent / 100.0 * 1024.0;
                    usedMemory += c.memoryMiB;
                }
            }
        }
        // ECSServiceAverageCPUUtilization / MemoryUtilization: used over reserved.
        st.cpuUtilization = reservedCpu > 0 ? usedCpu / reservedCpu * 100.0 : 0;
        st.memoryUtilization = reservedMemory > 0 ? usedMemory / reservedMemory * 100.0 : 0;
        s.services.append(st);
    }
    for (const Model::Cluster &c : m_project.clusters) {
        int clusterIndex = 0;
        const ClusterState state = clusterState(c.name, &clusterIndex);
        for (int i = 0; i < state.instanceCount(); ++i) {
            const ClusterState::Instance &in = state.instance(i);
            s.instances.append({c.name, in.name, in.address,
                                Model::ContainerInstance::statusName(in.status),
                                in.registeredCpu, in.registeredMemory,
                                in.registeredCpu - in.remainingCpu,
                                in.registeredMemory - in.remainingMemory,
                                int(state.tasksOn(i).size())});
            InstanceUsage &usage = s.instances.last();
            for (const Task &t : m_tasks) {
                if (t.cluster != c.name || t.instance != in.name || t.isStopped())
                    continue;
                for (const ContainerState &ct : t.containers) {
                    usage.usedCpu += ct.cpuPercent / 100.0 * 1024.0;
                    usage.usedMemory += ct.memoryMiB;
                }
            }
        }
    }
    return s;
}

const Task *EngineSnapshot::task(const QString &id) const
{
    for (const Task &t : tasks) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

void Engine::prepareLoadBalancerNetworks()
{
    // Containers cannot reach the host's loopback addresses. Each load balancer gets a Docker
    // network of its own, with no container in it: its gateway is an address of the host
    // that every container can reach, and HAProxy listens there too.
    // Project edits while running come here too: nothing to ask Docker when every load
    // balancer has its network already.
    const bool known = std::all_of(
        m_project.loadBalancers.cbegin(), m_project.loadBalancers.cend(),
        [this](const Model::LoadBalancer &lb) {
            const QString host = LoadBalancerManager::hostName(lb.name);
            return std::any_of(m_loadBalancerHosts.cbegin(), m_loadBalancerHosts.cend(),
                               [&](const auto &h) { return h.first == host; });
        });
    if (known && m_loadBalancerHosts.size() == m_project.loadBalancers.size())
        return;
    QHash<QString, QString> inside;
    m_loadBalancerHosts.clear();
    if (m_project.loadBalancers.isEmpty() || !m_docker->ping().ok())
        return;
    const QString projectLabel = QLatin1String(ContainerSpec::kProject) + u'=' + m_label;
    const auto existing = m_docker->listNetworks({projectLabel});
    for (const Model::LoadBalancer &lb : m_project.loadBalancers) {
        const QString name = QStringLiteral("berth-%1-lb-%2").arg(m_label, lb.name.toLower());
        QString id;
        if (existing.ok()) {
            for (const QJsonObject &n : existing.value()) {
                if (n.value(QLatin1String("Name")).toString() == name)
                    id = n.value(QLatin1String("Id")).toString();
            }
        }
        if (id.isEmpty()) {
            const auto created = m_docker->createNetwork(
                name, {},
                {{QLatin1String(ContainerSpec::kProject), m_label},
                 {QLatin1String(kLoadBalancerLabel), lb.name}});
            if (!created.ok()) {
                Q_EMIT notice(tr("Load balancer %1 cannot be reached from tasks: the Docker "
                                 "network %2 could not be created (%3).")
                                  .arg(lb.name, name, created.error().message()));
                continue;
            }
            id = created.value();
        }
        const auto inspected = m_docker->inspectNetwork(id);
        const QString gateway = inspected.ok()
                                    ? inspected->value(QLatin1String("IPAM")).toObject()
                                          .value(QLatin1String("Config")).toArray()
                                          .at(0).toObject()
                                          .value(QLatin1String("Gateway")).toString()
                                    : QString();
        if (gateway.isEmpty())
            continue;
        inside.insert(lb.name, gateway);
        m_loadBalancerHosts.append({LoadBalancerManager::hostName(lb.name), gateway});
    }
    m_loadBalancers->setInsideAddresses(inside);
}

void Engine::removeLoadBalancerNetworks()
{
    const auto networks = m_docker->listNetworks(
        {QLatin1String(ContainerSpec::kProject) + u'=' + m_label,
         QLatin1String(kLoadBalancerLabel)});
    if (networks.ok()) {
        for (const QJsonObject &n : networks.value())
            m_docker->removeNetwork(n.value(QLatin1String("Id")).toString());
    }
    m_loadBalancerHosts.clear();
}

int Engine::removeProjectResources(Docker::DockerClient &docker, const QString &project,
                                   QString *error)
{
    const auto listed =
        docker.listContainers({QLatin1String(ContainerSpec::kProject) + u'=' + project}, true);
    if (!listed.ok()) {
        if (error)
            *error = listed.error().message();
        return -1;
    }
    int removed = 0;
    QStringList tasks;
    for (const Docker::ContainerSummary &c : listed.value()) {
        tasks << c.labels.value(QLatin1String(ContainerSpec::kTask)).left(12);
        if (docker.removeContainer(c.id, true, true).ok())
            ++removed;
    }
    const auto volumes = docker.listVolumes();
    if (volumes.ok()) {
        for (const QJsonObject &v : volumes.value()) {
            const QString name = v.value(QLatin1String("Name")).toString();
            const QString owner = name.section(u'-', 1, 1);
            if (name.startsWith(QLatin1String("berth-"))
                && (tasks.contains(owner) || name.startsWith(QStringLiteral("berth-%1-")
                                                                  .arg(project))))
                docker.removeVolume(name, true);
        }
    }
    const auto networks =
        docker.listNetworks({QLatin1String(ContainerSpec::kProject) + u'=' + project});
    if (networks.ok()) {
        for (const QJsonObject &n : networks.value())
            docker.removeNetwork(n.value(QLatin1String("Id")).toString());
    }
    return removed;
}

} // namespace Berth::Engine

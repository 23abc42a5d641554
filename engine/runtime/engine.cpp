#include "engine/runtime/engine.h"

#include "engine/docker/dockerruntime.h"
#include "engine/enginelog.h"
#include "engine/enginetr.h"
#include "engine/lb/loadbalancermanager.h"
#include "engine/registry/ecrpullsource.h"
#include "engine/runtime/containerspec.h"
#include "engine/runtime/servicecontroller.h"
#include "engine/scheduler/clusterstate.h"
#include "engine/scheduler/taskrequirements.h"
#include "engine/secrets/keychainsecretstore.h"
#include "model/ecrreference.h"

#include <QCoreApplication>
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

Engine::Engine(std::shared_ptr<ContainerRuntime> runtime, QObject *parent)
    : QObject(parent),
      m_runtime(runtime ? std::move(runtime) : std::make_shared<Docker::DockerRuntime>()),
      m_serviceController(
          std::make_unique<ServiceController>(static_cast<ServiceHost &>(*this)))
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

bool Engine::loadBalancersRunning() const
{
    return m_loadBalancers && m_loadBalancers->isRunning();
}

void Engine::start(const Model::ProjectData &project)
{
    m_project = project;
    m_capacity.start(m_project);
    m_label = projectLabel(project);
    m_images.setEcrSource(Model::EcrReference::registryHost(project.accountId, project.region),
                          localEcrPullSource(m_secrets));
    m_started = true;
    m_stopping = false;
    m_serviceController->apply(m_project);
    if (!m_loadBalancers)
        m_loadBalancers = std::make_unique<LoadBalancerManager>(
            [this](const QString &service, const QString &message) { addEvent(service, message); },
            [this](const QString &text) { Q_EMIT notice(text); });
    m_loadBalancers->setShuttingDown(false);
    prepareMetadataNetwork();
    prepareLoadBalancerNetworks();
    m_loadBalancers->apply(m_project);
    m_tick.start();
    reconcile();
}

void Engine::applyProject(const Model::ProjectData &project)
{
    m_project = project;
    m_capacity.merge(m_project);
    m_serviceController->apply(m_project);
    if (m_loadBalancers) {
        prepareLoadBalancerNetworks();
        m_loadBalancers->apply(m_project);
    }
    scheduleReconcile();
}

void Engine::setDesiredCount(const QString &service, int count)
{
    if (Model::Service *s = m_project.service(service))
        s->desiredCount = qMax(0, count);
    scheduleReconcile();
}

void Engine::stopTask(const QString &taskId, const QString &reason)
{
    requestStop(taskId, QStringLiteral("UserInitiated"),
                reason.isEmpty() ? QStringLiteral("Task stopped by user") : reason);
    scheduleReconcile();
}

void Engine::requestStop(const QString &taskId, const QString &stopCode, const QString &reason)
{
    auto it = m_tasks.find(taskId);
    if (it != m_tasks.end())
        TaskRunner::requestStop(*it, stopCode, reason);
}

int Engine::concurrentStarts()
{
    static const int n = std::max(2, QThread::idealThreadCount());
    return n;
}

void Engine::stopAll()
{
    m_stopping = true;
    m_stopRequested = QDateTime::currentDateTimeUtc();
    if (m_loadBalancers)
        m_loadBalancers->setShuttingDown(true);
    for (Task &t : m_tasks)
        TaskRunner::requestStop(t, QStringLiteral("UserInitiated"),
                                QStringLiteral("Task stopped by user"));
    scheduleReconcile();
}

void Engine::addServiceEvent(const QString &service, const QString &message)
{
    m_log.add(service, message);
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
    const auto ping = m_runtime->ping();
    m_dockerReachable = ping.ok();
    if (!m_dockerReachable) {
        const QString problem = ping.error().message();
        if (problem != m_dockerProblem)
            Q_EMIT notice(problem);
        m_dockerProblem = problem;
        // Back-off: a daemon that restarts answers within a few seconds, one that is gone
        // is not asked more than every 8 s.
        m_dockerRetryMs = qBound(kFirstDockerRetryMs, m_dockerRetryMs * 2, kLastDockerRetryMs);
        m_nextDockerCheck = now.addMSecs(m_dockerRetryMs);
        scheduleReconcileAt(m_dockerRetryMs);
        return false;
    }
    if (!m_dockerProblem.isEmpty())
        Q_EMIT notice(Tr::tr("The Docker daemon answers again; the run goes on from what it "
                             "holds now."));
    m_dockerProblem.clear();
    m_nextDockerCheck = {};
    if (m_loadBalancers) {
        const auto direct = m_runtime->directRoutes();
        m_loadBalancers->setDirectRoutes(direct.ok() && direct.value());
    }
    if (!m_nextEventsWatch.isValid() || now >= m_nextEventsWatch) {
        watchEvents();
    } else {
        m_events.reset();
        QTimer::singleShot(int(now.msecsTo(m_nextEventsWatch)), this, [this] {
            if (m_started && m_dockerReachable && !m_events)
                watchEvents();
        });
    }
    return true;
}

void Engine::scheduleReconcileAt(int ms)
{
    QTimer::singleShot(ms, this, &Engine::reconcile);
}

void Engine::watchEvents()
{
    const qint64 since = m_eventsLostAt.isValid() ? m_eventsLostAt.toSecsSinceEpoch() - 1 : 0;
    m_events = m_runtime->events({QLatin1String(ContainerSpec::kProject) + u'=' + m_label}, since);
    connect(m_events.get(), &EventStream::containerEvent, this,
            [this](const QString &action, const QString &id, int exitCode) {
                // A container that died is noticed at once; other events are coalesced.
                if (action == QLatin1String("die")) {
                    m_deaths.exitCodes.insert(id, exitCode);
                    m_soon.start(0);
                } else if (action == QLatin1String("oom")) {
                    m_deaths.outOfMemory.insert(id);
                    scheduleReconcile();
                }
                else
                    scheduleReconcile();
            });
    connect(m_events.get(), &EventStream::ended, this, [this, since = QDateTime::currentDateTimeUtc()] {
        // The daemon went away or restarted: check it again at once. A stream that ends as
        // soon as it began (a daemon that answers garbage) is asked for again with back-off,
        // not in a loop; the passes on the tick see the truth meanwhile.
        m_dockerReachable = false;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (since.msecsTo(now) >= kStreamLivedMs) {
            m_dockerRetryMs = 0;
            m_nextEventsWatch = {};
            m_eventsLostAt = now;
        } else {
            if (!m_eventsLostAt.isValid())
                m_eventsLostAt = now;
            m_dockerRetryMs =
                qBound(kFirstDockerRetryMs, m_dockerRetryMs * 2, kLastDockerRetryMs);
            m_nextEventsWatch = now.addMSecs(m_dockerRetryMs);
        }
        scheduleReconcile();
    });
    m_events->start();
}

void Engine::reconcile()
{
    if (!m_started)
        return;
    if (!checkDocker()) {
        if (m_stopping && m_stopRequested.isValid()
            && m_stopRequested.msecsTo(QDateTime::currentDateTimeUtc()) >= kStopWithoutDockerMs)
            finishStopping(false);
        Q_EMIT snapshotReady(snapshot());
        return;
    }
    QHash<QString, Task> before = m_tasks;
    m_provisionBudget = concurrentStarts();
    observe();
    sampleStats();
    QStringList starting = stepTasks(false);
    if (m_loadBalancers) {
        for (const StopRequest &stop : m_loadBalancers->update(m_tasks))
            requestStop(stop.taskId, stop.stopCode, stop.reason);
    }
    if (!m_stopping) {
        m_serviceController->control();
        QStringList notes;
        if (m_capacity.scale(m_project, m_tasks, QDateTime::currentDateTimeUtc(), &notes)) {
            for (const QString &n : std::as_const(notes))
                Q_EMIT notice(n);
            // New room: the waiting tasks are placed in the next pass, not a tick later.
            scheduleReconcile();
        }
    }
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
        if (all)
            finishStopping(true);
    }
}

void Engine::finishStopping(bool dockerReachable)
{
    m_tick.stop();
    m_started = false;
    m_stopRequested = {};
    if (m_loadBalancers) {
        m_loadBalancers->stop();
        if (dockerReachable)
            removeLoadBalancerNetworks();
    }
    if (dockerReachable)
        removeMetadataNetwork();
    else
        Q_EMIT notice(Tr::tr("The run stopped without the Docker daemon, which does not answer: "
                             "what the run started there may still be running. 'berth down' "
                             "removes it once the daemon answers again."));
    if (m_events)
        m_events->cancel();
    Q_EMIT allStopped();
}

void Engine::observe()
{
    const auto listed =
        m_runtime->listContainers({QLatin1String(ContainerSpec::kProject) + u'=' + m_label});
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
        m_runners[it.key()].observe(*it, byTask.value(it.key()), *m_runtime, m_deaths);
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
                        && runner->step(*it, *m_runtime, m_images, m_secrets.get());
             ++i) {
        }
        for (const QString &text : runner->takeNotices()) {
            if (!m_noticed.contains(text)) {
                m_noticed.insert(text);
                Q_EMIT notice(text);
            }
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
                                && runner->step(*task, *m_runtime, m_images, nullptr);
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
        m_stats = m_runtime->usageSampler();
    if (!m_stats)
        return;
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

} // namespace Berth::Engine

#include "engine/scheduler/deploymentpreflight.h"
#include "engine/enginetr.h"

#include "engine/scheduler/ecsevents.h"

#include "engine/enginelog.h"
#include "engine/scheduler/placer.h"
#include "engine/scheduler/serviceplacement.h"

#include <QCoreApplication>
#include <QSet>

namespace Berth::Engine {

namespace {

QString configurationText(const QString &service)
{
    return EcsEvents::blockedByDeploymentConfiguration(service);
}

int desiredOf(const ClusterState &state, const Model::Service &service,
              const TaskRequirements &task)
{
    return service.isDaemon() ? int(state.tasksOfGroup(task.group).size())
                              : std::max(0, service.desiredCount);
}

// A DAEMON task goes on an instance that satisfies the constraints and has no new task yet.
bool placeDaemon(Placer &placer, const TaskRequirements &task, const QString &id,
                 const QSet<int> &withNewTask, int *instance)
{
    ClusterState &state = placer.state();
    for (int i = 0; i < state.instanceCount(); ++i) {
        if (!withNewTask.contains(i) && placer.fits(task, i)) {
            *instance = i;
            return state.addTask(id, task, i);
        }
    }
    return false;
}

TaskRequirements requirementsOf(const ClusterState::Task &task)
{
    TaskRequirements r;
    r.group = task.group;
    r.cpu = task.cpu;
    r.memory = task.memory;
    r.hostPorts = task.ports;
    r.usesEni = task.usesEni;
    r.fargate = task.fargate;
    return r;
}

// Puts a simulated-on state back: removes the tasks the simulation started, then the old
// tasks that are left, and adds every old task again in its first order.
class Restore
{
public:
    Restore(ClusterState &state, const QStringList &old)
        : m_state(state)
    {
        for (const QString &id : old) {
            const ClusterState::Task *t = state.task(id);
            m_old.append({id, requirementsOf(*t), t->instance});
        }
    }
    ~Restore()
    {
        for (const QString &id : std::as_const(m_started))
            m_state.removeTask(id);
        for (const Old &o : std::as_const(m_old))
            m_state.removeTask(o.id);
        for (const Old &o : std::as_const(m_old))
            m_state.addTask(o.id, o.task, o.instance);
    }
    void started(const QString &id) { m_started.append(id); }

private:
    struct Old
    {
        QString id;
        TaskRequirements task;
        int instance;
    };
    ClusterState &m_state;
    QList<Old> m_old;
    QStringList m_started;
};

// Whether the task would have the resources and ports of the instance once the old task
// there stops (constraints aside): such old tasks are stopped first.
bool fitsOnceStopped(const ClusterState &state, const TaskRequirements &task, const QString &old)
{
    const ClusterState::Task *stopped = state.task(old);
    if (!stopped || stopped->instance < 0)
        return false;
    const ClusterState::Instance &in = state.instance(stopped->instance);
    if (in.remainingCpu + stopped->cpu < task.cpu
        || in.remainingMemory + stopped->memory < task.memory)
        return false;
    if (task.usesEni)
        return in.enisUsed - (stopped->usesEni ? 1 : 0) < in.eniLimit;
    for (const HostPort &port : task.hostPorts) {
        const std::optional<QString> holder = state.portHolder(stopped->instance, port);
        if (holder && *holder != old)
            return false;
    }
    return true;
}

} // namespace

int DeploymentPreflight::maximumTasks(int desired, int maximumPercent)
{
    return int(qint64(desired) * maximumPercent / 100);
}

int DeploymentPreflight::minimumHealthyTasks(int desired, int minimumHealthyPercent)
{
    return int((qint64(desired) * minimumHealthyPercent + 99) / 100);
}

namespace {

// explain: whether a stall should say why (a full scan of the instances); the fixes only
// need to know whether the deployment completes.
DeploymentPreflight::Simulation run(ClusterState &state, const Model::Service &service,
                                    const TaskRequirements &task, int minimumHealthyPercent,
                                    int maximumPercent, quint64 seed, bool explain)
{
    DeploymentPreflight::Simulation sim;
    QStringList old = state.tasksOfGroup(task.group);
    sim.desired = desiredOf(state, service, task);
    sim.maximum = DeploymentPreflight::maximumTasks(sim.desired, maximumPercent);
    sim.minimumHealthy = DeploymentPreflight::minimumHealthyTasks(sim.desired,
                                                                  minimumHealthyPercent);
    sim.oldRemaining = int(old.size());
    Restore restore(state, old);
    Placer placer(state, seed);
    QSet<int> withNewTask;
    const int guard = 4 * (sim.desired + sim.oldRemaining) + 8;
    while (sim.steps < guard) {
        if (sim.newRunning >= sim.desired && sim.oldRemaining == 0) {
            sim.completes = true;
            return sim;
        }
        ++sim.steps;
        bool progress = false;
        bool launchFailed = false;
        const int launch = std::min(sim.desired - sim.newRunning,
                                    sim.maximum - (sim.oldRemaining + sim.newRunning));
        for (int k = 0; k < launch; ++k) {
            const QString id = QStringLiteral("%1-next-%2").arg(service.name).arg(sim.newRunning
                                                                                  + 1);
            bool placed = false;
            int instance = -1;
            if (task.fargate)
                placed = placer.placeOnFargate(task, id);
            else if (service.isDaemon())
                placed = placeDaemon(placer, task, id, withNewTask, &instance);
            else
                placed = (instance = placer.place(task, id)) >= 0;
            if (!placed) {
                launchFailed = true;
                break;
            }
            restore.started(id);
            withNewTask.insert(instance);
            ++sim.newRunning;
            progress = true;
        }
        const int stop = std::min(sim.oldRemaining,
                                  sim.oldRemaining + sim.newRunning - sim.minimumHealthy);
        if (launchFailed && stop > 0) {
            std::stable_partition(old.begin(), old.end(), [&](const QString &id) {
                return fitsOnceStopped(state, task, id);
            });
        }
        // Explaining scans every instance: only for the stall itself.
        if (explain && launchFailed && !progress && stop <= 0)
            sim.blocked = ServicePlacement::failure(state, service.name, task);
        for (int k = 0; k < stop; ++k) {
            state.removeTask(old.takeFirst());
            --sim.oldRemaining;
            progress = true;
        }
        if (!progress)
            return sim;
    }
    qCWarning(lcScheduler) << "deployment simulation of" << service.name << "did not settle";
    return sim;
}

} // namespace

DeploymentPreflight::Simulation DeploymentPreflight::simulate(ClusterState &state,
                                                              const Model::Service &service,
                                                              const TaskRequirements &task,
                                                              int minimumHealthyPercent,
                                                              int maximumPercent, quint64 seed)
{
    return run(state, service, task, minimumHealthyPercent, maximumPercent, seed, true);
}

PreflightFinding DeploymentPreflight::check(ClusterState &state,
                                            const Model::Service &service,
                                            const TaskRequirements &task, quint64 seed)
{
    PreflightFinding f;
    f.service = service.name;
    f.cluster = state.clusterName();
    const int minPercent = service.minimumHealthyPercent();
    const int maxPercent = service.maximumPercent();
    const int desired = desiredOf(state, service, task);
    if (desired == 0) {
        f.reason = Tr::tr("No task runs, so a deployment has nothing to replace.");
        return f;
    }
    const int maximum = maximumTasks(desired, maxPercent);
    const int minimum = minimumHealthyTasks(desired, minPercent);
    if (maximum <= desired && minimum >= desired) {
        f.stalls = f.configurationBlocks = true;
        f.ecsMessage = configurationText(service.name);
        f.reason = f.ecsMessage + u' ' +
                   Tr::tr("With desiredCount %1, maximumPercent %2 allows %3 task(s), so no new "
                          "task can start before an old one stops, and minimumHealthyPercent %4 "
                          "keeps %5 running, so no old task can stop first.")
                       .arg(desired)
                       .arg(maxPercent)
                       .arg(maximum)
                       .arg(minPercent)
                       .arg(minimum);
        const int raise = int((100 * qint64(desired + 1) + desired - 1) / desired);
        const int lower = int(100 * qint64(desired - 1) / desired);
        if (!service.isDaemon())
            f.fixes << Tr::tr("Raise maximumPercent to %1 or more, so ECS can start a new task "
                              "before it stops an old one.")
                           .arg(raise);
        f.fixes << Tr::tr("Lower minimumHealthyPercent to %1 or less, so ECS can stop an old task "
                          "before it starts a new one.")
                       .arg(lower);
        return f;
    }

    const Simulation sim = simulate(state, service, task, minPercent, maxPercent, seed);
    f.steps = sim.steps;
    if (sim.completes) {
        f.reason = Tr::tr("A rolling deployment completes in %n step(s).", nullptr, sim.steps);
        return f;
    }
    f.stalls = true;
    f.ecsMessage = sim.blocked ? sim.blocked->ecsMessage : QString();
    const int running = int(state.tasksOfGroup(task.group).size());
    if (running < desired) {
        f.reason =
            Tr::tr("Only %1 of %2 task(s) can run now (see the tasks that cannot be placed). ")
                .arg(running)
                .arg(desired);
    }
    const QString blocked = sim.blocked ? sim.blocked->summary : QString();
    f.reason += Tr::tr("The deployment stalls after %n step(s): ", nullptr, sim.steps) +
                Tr::tr("%1 of %2 new task(s) run and %3 old task(s) remain. A new task cannot be "
                       "placed (%4), and minimumHealthyPercent %5 keeps %6 task(s) running, so "
                       "no old task can stop to make room.")
                    .arg(sim.newRunning)
                    .arg(sim.desired)
                    .arg(sim.oldRemaining)
                    .arg(blocked)
                    .arg(minPercent)
                    .arg(sim.minimumHealthy);

    // Fixes, each tried in a second simulation.
    QStringList tried;
    if (!task.hostPorts.isEmpty() && !task.usesEni) {
        TaskRequirements dynamic = task;
        dynamic.hostPorts.clear();
        QStringList ports;
        for (const HostPort &p : task.hostPorts)
            ports << p.toString();
        const QString text =
            task.networkMode == QLatin1String("host")
                ? Tr::tr("Use bridge network mode with a dynamic host port (hostPort 0) instead "
                         "of host port %1, and put the service behind a load balancer target "
                         "group (target type instance), so old and new tasks can share an "
                         "instance.")
                      .arg(ports.join(QStringLiteral(", ")))
                : Tr::tr("Use a dynamic host port (hostPort 0) instead of host port %1 and put "
                         "the service behind a load balancer target group (target type "
                         "instance), so old and new tasks can share an instance.")
                      .arg(ports.join(QStringLiteral(", ")));
        if (run(state, service, dynamic, minPercent, maxPercent, seed, false).completes)
            f.fixes << text;
        else
            tried << text;
    }
    if (!task.fargate && state.instanceCount() > 0) {
        int like = sim.blocked ? state.indexOf(sim.blocked->closestInstance) : -1;
        if (like < 0)
            like = 0;
        ClusterState bigger = state;
        bigger.addInstanceLike(like, state.instance(like).name + QStringLiteral("-extra"));
        const QString text = Tr::tr("Add another container instance like %1 to cluster %2, so the "
                                    "new task can start while the old one still runs.")
                                 .arg(state.instance(like).name, state.clusterName());
        if (run(bigger, service, task, minPercent, maxPercent, seed, false).completes)
            f.fixes << text;
        else
            tried << text;
    }
    const int oneLess = int(100 * qint64(sim.desired - 1) / std::max(1, sim.desired));
    QList<int> percents{oneLess};
    if (oneLess != 0)
        percents << 0;
    for (int percent : std::as_const(percents)) {
        if (percent >= minPercent)
            continue;
        const QString text = Tr::tr("Lower minimumHealthyPercent to %1, so ECS may stop an old "
                                    "task before it starts the new one (the service runs below its "
                                    "desired count during the deployment).")
                                 .arg(percent);
        if (run(state, service, task, percent, maxPercent, seed, false).completes) {
            f.fixes << text;
            break;
        }
        if (percent == 0)
            tried << text;
    }
    if (f.fixes.isEmpty()) {
        for (const QString &text : std::as_const(tried))
            f.fixes << text + Tr::tr(" (not enough on its own)");
    }
    return f;
}

} // namespace Berth::Engine

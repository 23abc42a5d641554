#include "engine/scheduler/deploymentpreflight.h"

#include "engine/enginelog.h"
#include "engine/scheduler/explanation.h"
#include "engine/scheduler/placer.h"

#include <QCoreApplication>
#include <QSet>

namespace Berth::Engine {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Berth::Engine::DeploymentPreflight", text, nullptr, n);
}

QString configurationText(const QString &service)
{
    // ECS's wording, untranslated.
    return QStringLiteral("service %1 was unable to stop or start tasks during a deployment "
                          "because of the service deployment configuration. Update the "
                          "minimumHealthyPercent or maximumPercent value and try again.")
        .arg(service);
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

PlacementFailure failureOf(const ClusterState &state, const Model::Service &service,
                           const TaskRequirements &task)
{
    if (task.fargate) {
        return state.fargate().enabled
                   ? PlacementFailure::fargateQuota(service.name, state.clusterName(),
                                                    state.fargate().quota)
                   : PlacementFailure::fargateDisabled(service.name, state.clusterName());
    }
    return Explanation::compute(state, task).failure(service.name);
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

DeploymentPreflight::Simulation DeploymentPreflight::simulate(ClusterState state,
                                                              const Model::Service &service,
                                                              const TaskRequirements &task,
                                                              int minimumHealthyPercent,
                                                              int maximumPercent, quint64 seed)
{
    Simulation sim;
    QStringList old = state.tasksOfGroup(task.group);
    sim.desired = desiredOf(state, service, task);
    sim.maximum = maximumTasks(sim.desired, maximumPercent);
    sim.minimumHealthy = minimumHealthyTasks(sim.desired, minimumHealthyPercent);
    sim.oldRemaining = int(old.size());
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
                sim.blocked = failureOf(state, service, task);
                break;
            }
            withNewTask.insert(instance);
            ++sim.newRunning;
            sim.blocked.reset();
            progress = true;
        }
        const int stop = std::min(sim.oldRemaining,
                                  sim.oldRemaining + sim.newRunning - sim.minimumHealthy);
        if (stop > 0 && sim.blocked && !sim.blocked->closestInstance.isEmpty()) {
            // Stop first where the new task came closest to fitting.
            const int closest = state.indexOf(sim.blocked->closestInstance);
            std::stable_partition(old.begin(), old.end(), [&](const QString &id) {
                return state.task(id)->instance == closest;
            });
        }
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

PreflightFinding DeploymentPreflight::check(const ClusterState &state,
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
        f.reason = tr("No task runs, so a deployment has nothing to replace.");
        return f;
    }
    const int maximum = maximumTasks(desired, maxPercent);
    const int minimum = minimumHealthyTasks(desired, minPercent);
    if (maximum <= desired && minimum >= desired) {
        f.stalls = f.configurationBlocks = true;
        f.ecsMessage = configurationText(service.name);
        f.reason = f.ecsMessage + u' '
                   + tr("With desiredCount %1, maximumPercent %2 allows %3 task(s), so no new "
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
            f.fixes << tr("Raise maximumPercent to %1 or more, so ECS can start a new task "
                          "before it stops an old one.")
                           .arg(raise);
        f.fixes << tr("Lower minimumHealthyPercent to %1 or less, so ECS can stop an old task "
                      "before it starts a new one.")
                       .arg(lower);
        return f;
    }

    const Simulation sim = simulate(state, service, task, minPercent, maxPercent, seed);
    f.steps = sim.steps;
    if (sim.completes) {
        f.reason = tr("A rolling deployment completes in %n step(s).", sim.steps);
        return f;
    }
    f.stalls = true;
    f.ecsMessage = sim.blocked ? sim.blocked->ecsMessage : QString();
    const QString blocked = sim.blocked ? sim.blocked->summary : QString();
    f.reason = tr("The deployment stalls after %n step(s): ", sim.steps)
               + tr("%1 of %2 new task(s) run and %3 old task(s) remain. A new task cannot be "
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
        const QString text
            = task.networkMode == QLatin1String("host")
                  ? tr("Use bridge network mode with a dynamic host port (hostPort 0) instead "
                       "of host port %1, and put the service behind a load balancer target "
                       "group (target type instance), so old and new tasks can share an "
                       "instance.")
                        .arg(ports.join(QStringLiteral(", ")))
                  : tr("Use a dynamic host port (hostPort 0) instead of host port %1 and put "
                       "the service behind a load balancer target group (target type "
                       "instance), so old and new tasks can share an instance.")
                        .arg(ports.join(QStringLiteral(", ")));
        if (simulate(state, service, dynamic, minPercent, maxPercent, seed).completes)
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
        const QString text = tr("Add another container instance like %1 to cluster %2, so the "
                                "new task can start while the old one still runs.")
                                 .arg(state.instance(like).name, state.clusterName());
        if (simulate(bigger, service, task, minPercent, maxPercent, seed).completes)
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
        const QString text = tr("Lower minimumHealthyPercent to %1, so ECS may stop an old "
                                "task before it starts the new one (the service runs below its "
                                "desired count during the deployment).")
                                 .arg(percent);
        if (simulate(state, service, task, percent, maxPercent, seed).completes) {
            f.fixes << text;
            break;
        }
        if (percent == 0)
            tried << text;
    }
    if (f.fixes.isEmpty()) {
        for (const QString &text : std::as_const(tried))
            f.fixes << text + tr(" (not enough on its own)");
    }
    return f;
}

} // namespace Berth::Engine

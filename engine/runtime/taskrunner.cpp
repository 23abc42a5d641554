#include "engine/runtime/taskrunner.h"
#include "engine/enginetr.h"

#include "engine/docker/demoimage.h"
#include "engine/runtime/containerruntime.h"
#include "engine/enginelog.h"
#include "engine/secrets/secretresolver.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Berth::Engine {


using Model::ContainerDefinition;

namespace {

QString daemonText(const Docker::DockerError &e)
{
    return e.daemonMessage().isEmpty() ? e.message() : e.daemonMessage();
}

bool isRunning(const ContainerState &c)
{
    return c.lastStatus == QLatin1String("RUNNING");
}

bool isStopped(const ContainerState &c)
{
    return c.lastStatus == QLatin1String("STOPPED");
}

} // namespace

bool ImageCache::ensure(ContainerRuntime &docker, const QString &image, QString *error,
                        const PullAuth &auth)
{
    if (m_ready.contains(image))
        return true;
    const QString demo = demoImageReference();
    if (image == demo) {
        const auto built = docker.ensureDemoImage();
        if (!built.ok()) {
            *error =
                QStringLiteral("CannotPullContainerError: the demo image %1 could not be built: %2")
                    .arg(image, built.error().message());
            return false;
        }
        m_ready.insert(image);
        return true;
    }
    if (m_ecrSource && image.startsWith(m_ecrHost + u'/'))
        return ensureFromEcr(docker, image, error);
    const auto exists = docker.imageExists(image);
    if (exists.ok() && exists.value()) {
        m_ready.insert(image);
        return true;
    }
    Docker::RegistryAuth credentials;
    if (auth && !auth(&credentials, error))
        return false;
    const auto pulled = docker.pullImage(image, credentials);
    if (!pulled.ok()) {
        *error = QStringLiteral("CannotPullContainerError: pull image %1: %2")
                     .arg(image, daemonText(pulled.error()));
        return false;
    }
    m_ready.insert(image);
    return true;
}

void ImageCache::setEcrSource(const QString &ecrHost, EcrSource source)
{
    m_ecrHost = ecrHost;
    m_ecrSource = std::move(source);
}

bool ImageCache::ensureFromEcr(ContainerRuntime &docker, const QString &image, QString *error)
{
    // Pulled once a run, as ECS pulls at every task start: a tag pushed again during a run is
    // seen by the next run.
    QString local;
    Docker::RegistryAuth auth;
    QString why;
    if (!m_ecrSource(image, &local, &auth, &why)) {
        *error = QStringLiteral("CannotPullContainerError: %1").arg(why);
        return false;
    }
    const auto pulled = docker.pullImage(local, auth);
    if (!pulled.ok()) {
        *error = QStringLiteral(
                     "CannotPullContainerError: pull image %1 (from the local registry as %2): "
                     "%3")
                     .arg(image, local, daemonText(pulled.error()));
        return false;
    }
    const auto tagged = docker.tagImage(local, image);
    if (!tagged.ok()) {
        *error = QStringLiteral(
                     "CannotPullContainerError: %1 was pulled as %2 but cannot be named so: %3")
                     .arg(image, local, daemonText(tagged.error()));
        return false;
    }
    qCInfo(lcEngine).noquote() << image << "pulled from the local registry as" << local;
    m_ready.insert(image);
    return true;
}

TaskRunner::TaskRunner(const Model::TaskDefinition &td, const TaskContext &context)
    : m_td(td), m_context(context)
{
}

Task TaskRunner::makeTask(const Model::TaskDefinition &td, const TaskContext &c)
{
    Task t;
    t.id = c.taskId;
    t.cluster = c.cluster;
    t.instance = c.instance;
    t.address = c.taskAddress.isEmpty() ? c.instanceAddress : c.taskAddress;
    t.service = c.service;
    t.group = c.group;
    t.taskDefinition = td.key();
    t.createdAt = QDateTime::currentDateTimeUtc();
    t.cpu = td.reservedCpu();
    t.memory = td.reservedMemory();
    for (const QString &name : ContainerSpec::startOrder(td)) {
        ContainerState cs;
        cs.name = name;
        cs.essential = td.container(name)->essential();
        cs.metadataToken = c.metadataTokens.value(name);
        cs.dockerName = c.dockerNames.value(name,
                                            ContainerSpec::dockerNameFor(c.project, c.taskId, name));
        if (td.container(name)->healthCheck())
            cs.health = QStringLiteral("UNKNOWN");
        t.containers.append(cs);
    }
    return t;
}

void TaskRunner::requestStop(Task &task, const QString &stopCode, const QString &reason)
{
    if (task.desiredStatus == TaskStatus::Stopped)
        return;
    task.desiredStatus = TaskStatus::Stopped;
    task.stopCode = stopCode;
    task.stoppedReason = reason;
}

void TaskRunner::fail(Task &task, const QString &reason)
{
    requestStop(task, QStringLiteral("TaskFailedToStart"), reason);
}

int TaskRunner::stopTimeoutOf(const QString &container) const
{
    const auto cd = m_td.container(container);
    // ECS's default stopTimeout is 30 s; the demo image stops at once on SIGTERM.
    return cd ? cd->json().value(QLatin1String("stopTimeout")).toInt(30) : 30;
}

void TaskRunner::observe(Task &task, const QList<Docker::ContainerSummary> &containers,
                         ContainerRuntime &docker, const ContainerDeaths &deaths)
{
    for (ContainerState &cs : task.containers) {
        const Docker::ContainerSummary *found = nullptr;
        for (const Docker::ContainerSummary &s : containers) {
            if (s.labels.value(QLatin1String(ContainerSpec::kContainer)) == cs.name)
                found = &s;
        }
        if (!found) {
            if (cs.created && !isStopped(cs)) {
                cs.lastStatus = QStringLiteral("STOPPED");
                cs.reason = Tr::tr("the container was removed outside Berth");
            }
            continue;
        }
        cs.dockerId = found->id;
        cs.created = true;
        const auto reported = deaths.exitCodes.constFind(found->id);
        const bool reportedDead = reported != deaths.exitCodes.cend();
        if (found->state == QLatin1String("running") && !reportedDead) {
            cs.lastStatus = QStringLiteral("RUNNING");
            cs.started = true;
            if (found->status.contains(QLatin1String("(healthy)")))
                cs.health = QStringLiteral("HEALTHY");
            else if (found->status.contains(QLatin1String("(unhealthy)")))
                cs.health = QStringLiteral("UNHEALTHY");
        } else if (found->state == QLatin1String("paused") && !reportedDead) {
            // Frozen, as a hung process is: still RUNNING for ECS, and its health check fails.
            // The list does not show a paused container's health; its inspection does.
            cs.lastStatus = QStringLiteral("RUNNING");
            cs.started = true;
            const auto inspected = docker.inspectContainer(found->id);
            if (inspected.ok() && inspected->health == QLatin1String("unhealthy"))
                cs.health = QStringLiteral("UNHEALTHY");
        } else if (reportedDead || found->state == QLatin1String("exited")
                   || found->state == QLatin1String("dead")) {
            if (isStopped(cs))
                continue;
            cs.lastStatus = QStringLiteral("STOPPED");
            if (reportedDead) {
                // Inspecting now would wait for the daemon to finish its bookkeeping.
                cs.exitCode = *reported;
                if (deaths.outOfMemory.contains(found->id))
                    cs.reason = outOfMemoryReason();
                else if (cs.exitCode == 137)
                    m_checkOutOfMemory.insert(found->id);
                continue;
            }
            const auto inspected = docker.inspectContainer(found->id);
            if (inspected.ok()) {
                cs.exitCode = inspected->exitCode;
                if (inspected->outOfMemory)
                    cs.reason = outOfMemoryReason();
            }
        }
    }
    // Task health: HEALTHY when every essential container with a health check is healthy.
    bool anyCheck = false, allHealthy = true, anyUnhealthy = false;
    for (const ContainerState &cs : task.containers) {
        if (!cs.essential || cs.health.isEmpty())
            continue;
        anyCheck = true;
        allHealthy = allHealthy && cs.health == QLatin1String("HEALTHY");
        anyUnhealthy = anyUnhealthy || cs.health == QLatin1String("UNHEALTHY");
    }
    task.health = anyUnhealthy                 ? QStringLiteral("UNHEALTHY")
                  : anyCheck && allHealthy     ? QStringLiteral("HEALTHY")
                                               : QStringLiteral("UNKNOWN");
}

QString TaskRunner::outOfMemoryReason()
{
    return QStringLiteral("OutOfMemoryError: Container killed due to memory usage");
}

bool TaskRunner::step(Task &task, ContainerRuntime &docker, ImageCache &images,
                      SecretStore *secrets)
{
    if (task.desiredStatus == TaskStatus::Stopped && task.lastStatus < TaskStatus::Deactivating) {
        task.lastStatus = TaskStatus::Deactivating;
        task.stoppingAt = QDateTime::currentDateTimeUtc();
        return true;
    }
    switch (task.lastStatus) {
    case TaskStatus::Provisioning:
        return provision(task, docker, images, secrets);
    case TaskStatus::Pending:
    case TaskStatus::Activating:
        return startReady(task, docker);
    case TaskStatus::Running:
        return watchRunning(task);
    case TaskStatus::Deactivating:
        if (m_deactivate && !m_deactivate(task))
            return false;
        task.lastStatus = TaskStatus::Stopping;
        stopContainers(task, docker);
        return true;
    case TaskStatus::Stopping:
        return stopContainers(task, docker);
    case TaskStatus::Deprovisioning:
        return deprovision(task, docker);
    case TaskStatus::Stopped:
        break;
    }
    return false;
}

bool TaskRunner::provision(Task &task, ContainerRuntime &docker, ImageCache &images,
                           SecretStore *secrets)
{
    const bool pause = ContainerSpec::usesPause(m_td);
    // As ECS: secrets and registry credentials first; a missing one stops the task.
    SecretResolver resolver(secrets);
    ResolvedSecrets resolved;
    QString secretError;
    if (!resolver.resolve(m_td, &resolved, &secretError)) {
        fail(task, secretError);
        return true;
    }
    m_context.secretValues = resolved.values;
    // The values are needed only to create the containers: do not keep them around.
    struct Forget
    {
        QMap<QString, QMap<QString, QString>> &values;
        ~Forget() { values.clear(); }
    } forget{m_context.secretValues};
    QList<QPair<QString, ImageCache::PullAuth>> needed;
    for (const ContainerDefinition &cd : m_td.containers()) {
        const auto own = resolved.registryAuth.constFind(cd.name());
        const Docker::RegistryAuth fixed = own != resolved.registryAuth.cend()
                                               ? *own : Docker::RegistryAuth();
        const QString image = cd.image();
        needed.append({image, [&resolver, fixed, image](Docker::RegistryAuth *a, QString *e) {
                           if (!fixed.isEmpty()) {
                               *a = fixed;
                               return true;
                           }
                           if (!resolver.registryAuthFor(image, a, e))
                               qCWarning(lcEngine).noquote() << *e << "(pulling anonymously)";
                           return true;
                       }});
    }
    if (pause)
        needed.append({demoImageReference(), {}});
    for (const auto &[image, auth] : needed) {
        QString error;
        if (!images.ensure(docker, image, &error, auth)) {
            fail(task, error);
            return true;
        }
    }
    QList<ContainerSpec> specs;
    if (pause)
        specs << ContainerSpec::buildPause(m_td, m_context, demoImageReference());
    for (const QString &name : ContainerSpec::startOrder(m_td)) {
        specs << ContainerSpec::build(m_td, *m_td.container(name), m_context);
        m_notices += specs.last().notices;
    }
    for (const ContainerSpec &spec : specs) {
        auto created = docker.createContainer(spec.body, spec.dockerName);
        if (!created.ok() && created.error().httpStatus() == 409) {
            // A leftover of an earlier run with the same name: it is ours, replace it.
            docker.removeContainer(spec.dockerName, true, true);
            created = docker.createContainer(spec.body, spec.dockerName);
        }
        if (!created.ok()) {
            fail(task,
                 QStringLiteral("CannotCreateContainerError: %1").arg(daemonText(created.error())));
            return true;
        }
        const QString container = spec.body.value(QLatin1String("Labels")).toObject()
                                      .value(QLatin1String(ContainerSpec::kContainer)).toString();
        if (ContainerState *cs = task.container(container)) {
            cs->dockerId = created->id;
            cs->created = true;
        } else if (pause) {
            const auto started = docker.startContainer(created->id);
            if (!started.ok()) {
                fail(task, QStringLiteral("CannotStartContainerError: %1")
                               .arg(daemonText(started.error())));
                return true;
            }
        }
    }
    task.lastStatus = TaskStatus::Pending;
    return true;
}

bool TaskRunner::dependenciesMet(const Task &task, const ContainerDefinition &cd,
                                 QString *failure) const
{
    QList<Model::ContainerDependency> deps = cd.dependsOn();
    for (const QString &link : cd.links())
        deps.append({link.section(u':', 0, 0), QStringLiteral("START")});
    for (const Model::ContainerDependency &d : deps) {
        const ContainerState *dep = task.container(d.containerName);
        if (!dep)
            continue;
        // As ECS's agent: a COMPLETE, SUCCESS or HEALTHY dependency that the dependency does not
        // reach within its startTimeout (else the agent's default) after it started fails the
        // task.
        if (d.condition != QLatin1String("START") && dep->started && !isStopped(*dep)
            && dependencyTimedOut(*dep)) {
            *failure = QStringLiteral("dependency graph: container ordering dependency [%1] for "
                                      "target [%2] has timed out.")
                           .arg(dep->name, cd.name());
            return false;
        }
        if (d.condition == QLatin1String("START")) {
            if (!dep->started)
                return false;
        } else if (d.condition == QLatin1String("COMPLETE")) {
            if (!isStopped(*dep))
                return false;
        } else if (d.condition == QLatin1String("SUCCESS")) {
            if (!isStopped(*dep))
                return false;
            if (dep->exitCode.value_or(-1) != 0) {
                *failure = Tr::tr("dependency %1 exited with code %2; %3 needed it to succeed")
                               .arg(dep->name)
                               .arg(dep->exitCode.value_or(-1))
                               .arg(cd.name());
                return false;
            }
        } else if (d.condition == QLatin1String("HEALTHY")) {
            if (dep->health != QLatin1String("HEALTHY")) {
                if (isStopped(*dep))
                    *failure =
                        Tr::tr("dependency %1 stopped before it became healthy").arg(dep->name);
                return false;
            }
        }
    }
    return true;
}

bool TaskRunner::dependencyTimedOut(const ContainerState &dependency) const
{
    const auto started = m_startedAt.constFind(dependency.name);
    if (started == m_startedAt.cend())
        return false; // adopted from an earlier run: its start time is not known
    const std::optional<Model::ContainerDefinition> cd = m_td.container(dependency.name);
    const QJsonValue timeout = cd ? cd->json().value(QLatin1String("startTimeout")) : QJsonValue();
    const int seconds = timeout.isDouble() ? timeout.toInt() : kDefaultStartTimeoutSeconds;
    return seconds > 0 && started->secsTo(QDateTime::currentDateTimeUtc()) >= seconds;
}

bool TaskRunner::startReady(Task &task, ContainerRuntime &docker)
{
    bool changed = false;
    for (ContainerState &cs : task.containers) {
        if (cs.started)
            continue;
        if (cs.created && isStopped(cs))
            continue;
        QString failure;
        if (!dependenciesMet(task, *m_td.container(cs.name), &failure)) {
            if (!failure.isEmpty()) {
                requestStop(task, QStringLiteral("TaskFailedToStart"),
                            QStringLiteral("CannotStartContainerError: %1").arg(failure));
                return true;
            }
            continue;
        }
        const auto started = docker.startContainer(cs.dockerId);
        if (!started.ok()) {
            fail(task,
                 QStringLiteral("CannotStartContainerError: %1").arg(daemonText(started.error())));
            return true;
        }
        cs.started = true;
        m_startedAt.insert(cs.name, QDateTime::currentDateTimeUtc());
        cs.lastStatus = QStringLiteral("RUNNING");
        changed = true;
    }
    // An essential container that stopped before the task ran stops the task.
    for (const ContainerState &cs : task.containers) {
        if (cs.essential && cs.started && isStopped(cs)) {
            requestStop(task, QStringLiteral("EssentialContainerExited"),
                        QStringLiteral("Essential container in task exited"));
            return true;
        }
    }
    bool ready = true;
    for (const ContainerState &cs : task.containers) {
        if (cs.essential ? !isRunning(cs) : !cs.started)
            ready = false;
    }
    if (ready) {
        readPorts(task, docker);
        task.lastStatus = TaskStatus::Running;
        task.startedAt = QDateTime::currentDateTimeUtc();
        return true;
    }
    if (changed && task.lastStatus == TaskStatus::Pending)
        task.lastStatus = TaskStatus::Activating;
    return changed;
}

void TaskRunner::readPorts(Task &task, ContainerRuntime &docker)
{
    const bool shared = ContainerSpec::usesPause(m_td);
    const QString pause = ContainerSpec::dockerNameFor(m_context.project, m_context.taskId,
                                                       QStringLiteral("pause"));
    QHash<QString, QList<ContainerDetails::Binding>> pausePorts;
    QString pauseAddress;
    if (shared) {
        const auto inspected = docker.inspectContainer(pause);
        if (inspected.ok()) {
            pausePorts = inspected->ports;
            pauseAddress = inspected->address;
        }
    }
    for (ContainerState &cs : task.containers) {
        QHash<QString, QList<ContainerDetails::Binding>> ports = pausePorts;
        // host mode: a load balancer may reach the task's namespace directly, as for bridge.
        if (m_td.networkMode() == QLatin1String("host"))
            cs.networkAddress = pauseAddress;
        if (!shared) {
            const auto inspected = docker.inspectContainer(cs.dockerId);
            if (!inspected.ok())
                continue;
            ports = inspected->ports;
            cs.networkAddress = inspected->address;
        }
        cs.ports.clear();
        for (const Model::PortMapping &p : m_td.container(cs.name)->portMappings()) {
            const QString key = QStringLiteral("%1/%2").arg(p.containerPort).arg(p.protocol);
            for (const ContainerDetails::Binding &b : ports.value(key))
                cs.ports.append({p.containerPort, p.protocol, b.hostIp, b.hostPort});
        }
    }
}

bool TaskRunner::watchRunning(Task &task)
{
    for (const ContainerState &cs : task.containers) {
        if (cs.essential && isStopped(cs)) {
            requestStop(task, QStringLiteral("EssentialContainerExited"),
                        QStringLiteral("Essential container in task exited"));
            return true;
        }
    }
    return false;
}

bool TaskRunner::stopContainers(Task &task, ContainerRuntime &docker)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_killAt.isValid()) {
        int timeout = 0;
        for (const ContainerState &cs : task.containers) {
            if (isRunning(cs)) {
                docker.killContainer(cs.dockerId, QStringLiteral("SIGTERM"));
                timeout = qMax(timeout, stopTimeoutOf(cs.name));
            }
        }
        m_killAt = now.addSecs(timeout);
        return true;
    }
    bool anyRunning = false;
    for (const ContainerState &cs : task.containers)
        anyRunning = anyRunning || isRunning(cs);
    if (anyRunning && now < m_killAt)
        return false;
    if (anyRunning && !m_killed) {
        for (const ContainerState &cs : task.containers) {
            if (isRunning(cs))
                docker.killContainer(cs.dockerId);
        }
        m_killed = true;
        return false;
    }
    task.lastStatus = TaskStatus::Deprovisioning;
    return true;
}

bool TaskRunner::deprovision(Task &task, ContainerRuntime &docker)
{
    for (ContainerState &cs : task.containers) {
        if (m_checkOutOfMemory.contains(cs.dockerId) && cs.reason.isEmpty()) {
            const auto inspected = docker.inspectContainer(cs.dockerId);
            if (inspected.ok() && inspected->outOfMemory)
                cs.reason = outOfMemoryReason();
        }
        if (!cs.dockerId.isEmpty())
            docker.removeContainer(cs.dockerId, true, true);
        if (!isStopped(cs) && cs.created)
            cs.lastStatus = QStringLiteral("STOPPED");
    }
    if (ContainerSpec::usesPause(m_td))
        docker.removeContainer(ContainerSpec::dockerNameFor(m_context.project, m_context.taskId,
                                                            QStringLiteral("pause")),
                               true, true);
    for (const QJsonValue v : m_td.json().value(QLatin1String("volumes")).toArray()) {
        const QJsonObject vol = v.toObject();
        const bool shared = vol.value(QLatin1String("dockerVolumeConfiguration")).toObject()
                                .value(QLatin1String("scope")).toString()
                            == QLatin1String("shared");
        if (!vol.contains(QLatin1String("host")) && !shared)
            docker.removeVolume(QStringLiteral("berth-%1-%2").arg(
                m_context.taskId.left(12), vol.value(QLatin1String("name")).toString()));
    }
    task.lastStatus = TaskStatus::Stopped;
    task.stoppedAt = QDateTime::currentDateTimeUtc();
    if (task.stopCode.isEmpty())
        task.stopCode = QStringLiteral("UserInitiated");
    return true;
}

} // namespace Berth::Engine

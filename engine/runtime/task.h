#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Berth::Engine {

/// ECS task lifecycle states, in order.
enum class TaskStatus {
    Provisioning,
    Pending,
    Activating,
    Running,
    Deactivating,
    Stopping,
    Deprovisioning,
    Stopped
};

QString taskStatusName(TaskStatus status);

/// A published port of a running container.
struct PortBinding
{
    int containerPort = 0;
    QString protocol;
    QString hostIp;
    int hostPort = 0;
    bool operator==(const PortBinding &) const = default;
};

/// One container of a task as Docker reports it.
struct ContainerState
{
    QString name;       ///< the container definition's name
    QString dockerId;
    QString dockerName;
    bool essential = true;
    QString lastStatus = QStringLiteral("PENDING"); ///< PENDING, RUNNING, STOPPED
    QString health;     ///< HEALTHY, UNHEALTHY, UNKNOWN ("" without a health check)
    std::optional<int> exitCode;
    QString reason;     ///< e.g. "OutOfMemoryError: Container killed due to memory usage"
    QList<PortBinding> ports;
    /// Its address on its Docker network (bridge mode): where the kernel's port mapping
    /// delivers, and where a load balancer connects (Docker's userland proxy left out).
    QString networkAddress;
    QString metadataToken; ///< its part of the task metadata endpoint's path
    bool created = false;
    bool started = false;
    double cpuPercent = 0; ///< latest stats sample: 100 = one core
    double memoryMiB = 0;  ///< latest stats sample
    bool operator==(const ContainerState &) const = default;
};

/// A task as ECS describes it.
struct Task
{
    QString id;             ///< 32 hex digits
    QString cluster;
    QString instance;       ///< empty on Fargate
    QString address;        ///< instance address, or the task's own for awsvpc/Fargate
    QString service;        ///< empty for a standalone task
    QString group;
    QString taskDefinition; ///< family:revision
    QString launchType = QStringLiteral("EC2");
    QString startedBy;      ///< "ecs-svc/..." for a service's tasks
    TaskStatus lastStatus = TaskStatus::Provisioning;
    TaskStatus desiredStatus = TaskStatus::Running;
    QString stopCode;       ///< TaskFailedToStart, EssentialContainerExited, UserInitiated,
                            ///< ServiceSchedulerInitiated
    QString stoppedReason;
    QString health = QStringLiteral("UNKNOWN"); ///< HEALTHY, UNHEALTHY, UNKNOWN
    QList<ContainerState> containers;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime stoppingAt;
    QDateTime stoppedAt;
    int cpu = 0;    ///< reserved CPU units
    int memory = 0; ///< reserved MiB

    bool isStopped() const { return lastStatus == TaskStatus::Stopped; }
    bool isActive() const { return desiredStatus == TaskStatus::Running; }
    ContainerState *container(const QString &name);
    const ContainerState *container(const QString &name) const;
    bool operator==(const Task &) const = default;

    static QString newId();
};

/// A request to stop a task with ECS's stop code and reason (a load balancer's failed health
/// checks): whoever owns the task carries it out.
struct StopRequest
{
    QString taskId;
    QString stopCode;
    QString reason;
};

} // namespace Berth::Engine

Q_DECLARE_METATYPE(Berth::Engine::Task)

#include "engine/scheduler/ecsevents.h"

namespace Berth::Engine::EcsEvents {

namespace {

const QLatin1String kMoreInformation(" For more information, see the Troubleshooting section "
                                     "of the Amazon ECS Developer Guide.");

QString service(const QString &name)
{
    return QStringLiteral("(service %1)").arg(name);
}

QString taskList(const QStringList &ids)
{
    QStringList parts;
    for (const QString &id : ids)
        parts << QStringLiteral("(task %1)").arg(id);
    return parts.join(u' ');
}

QString noInstanceMet(const QString &name)
{
    return service(name) + QStringLiteral(" was unable to place a task because no container "
                                          "instance met all of its requirements.");
}

} // namespace

QString steadyState(const QString &name)
{
    return service(name) + QStringLiteral(" has reached a steady state.");
}

// Counts are never made singular: ECS prints "1 tasks".
QString startedTasks(const QString &name, const QStringList &taskIds)
{
    return service(name) + QStringLiteral(" has started %1 tasks: %2.")
                               .arg(taskIds.size())
                               .arg(taskList(taskIds));
}

QString stoppedTasks(const QString &name, const QStringList &taskIds)
{
    return service(name) + QStringLiteral(" has stopped %1 running tasks: %2.")
                               .arg(taskIds.size())
                               .arg(taskList(taskIds));
}

QString beganDraining(const QString &name, int tasks)
{
    return service(name) + QStringLiteral(" has begun draining connections on %1 tasks.")
                               .arg(tasks);
}

QString registeredTargets(const QString &name, int targets, const QString &targetGroupArn)
{
    return service(name) + QStringLiteral(" registered %1 targets in (target-group %2)")
                               .arg(targets)
                               .arg(targetGroupArn);
}

QString deregisteredTargets(const QString &name, int targets, const QString &targetGroupArn)
{
    return service(name) + QStringLiteral(" deregistered %1 targets in (target-group %2)")
                               .arg(targets)
                               .arg(targetGroupArn);
}

QString targetUnhealthy(const QString &name, const QString &taskId, const QString &instanceId,
                        int port, const QString &targetGroupArn, const QString &reason)
{
    QString text = service(name) + QStringLiteral(" (task %1)").arg(taskId);
    if (!instanceId.isEmpty())
        text += QStringLiteral(" (instance %1)").arg(instanceId);
    return text + QStringLiteral(" (port %1) is unhealthy in (target-group %2) due to (reason %3)")
                      .arg(port)
                      .arg(targetGroupArn, reason);
}

QString failedContainerHealthChecks(const QString &name, const QString &taskId)
{
    return service(name) + QStringLiteral(" (task %1) failed container health checks.").arg(taskId);
}

QString deploymentCompleted(const QString &name, const QString &deploymentId)
{
    return service(name) + QStringLiteral(" (deployment %1) deployment completed.")
                               .arg(deploymentId);
}

QString deploymentFailed(const QString &name, const QString &deploymentId)
{
    return service(name)
           + QStringLiteral(" (deployment %1) deployment failed: tasks failed to start.")
                 .arg(deploymentId);
}

QString rollingBack(const QString &name, const QString &deploymentId)
{
    return service(name) + QStringLiteral(" rolling back to deployment %1.").arg(deploymentId);
}

QString unableToConsistentlyStart(const QString &name)
{
    return service(name) + QStringLiteral(" is unable to consistently start tasks successfully.");
}

QString blockedByDeploymentConfiguration(const QString &name)
{
    return service(name)
           + QStringLiteral(" was unable to stop or start tasks during a deployment because of "
                            "the service deployment configuration. Update the "
                            "minimumHealthyPercent or maximumPercent value and try again.");
}

QString unableToPlace(const QString &name, PlacementEnding ending,
                      const QString &containerInstanceId)
{
    QString end;
    switch (ending) {
    case PlacementEnding::Cpu:
        end = QStringLiteral("has insufficient CPU units available.");
        break;
    case PlacementEnding::Memory:
        end = QStringLiteral("has insufficient memory available.");
        break;
    case PlacementEnding::Port:
        end = QStringLiteral("is already using a port required by your task.");
        break;
    case PlacementEnding::PortLimit:
        end = QStringLiteral("encountered error \"RESOURCE:PORTS\".");
        break;
    case PlacementEnding::Eni:
        end = QStringLiteral("encountered error \"RESOURCE:ENI\".");
        break;
    }
    return noInstanceMet(name) +
           QStringLiteral(" The closest matching (container-instance %1) ")
               .arg(containerInstanceId) +
           end + kMoreInformation;
}

QString unableToPlaceNoInstances(const QString &name)
{
    return noInstanceMet(name)
           + QStringLiteral(" Reason: No Container Instances were found in your cluster.")
           + kMoreInformation;
}

QString unableToPlaceConstraint(const QString &name)
{
    return noInstanceMet(name) + kMoreInformation;
}

QString unableToPlaceReason(const QString &name, const QString &reason)
{
    return service(name) + QStringLiteral(" was unable to place a task. Reason: %1").arg(reason);
}

QString scalingActivity(const QString &deploymentId)
{
    return QStringLiteral("Scaling activity initiated by (deployment %1)").arg(deploymentId);
}

QString failedElbHealthChecks(const QString &targetGroupArn)
{
    return QStringLiteral("Task failed ELB health checks in (target-group %1)").arg(targetGroupArn);
}

bool isFailedElbHealthChecks(const QString &stoppedReason)
{
    return stoppedReason.startsWith(
        QLatin1String("Task failed ELB health checks in (target-group "));
}

QString failedContainerHealthChecksReason()
{
    return QStringLiteral("Task failed container health checks");
}

QString essentialContainerExited()
{
    return QStringLiteral("Essential container in task exited");
}

QString stoppedByUser()
{
    return QStringLiteral("Task stopped by user");
}

QString autoScalingDescription(int desiredCount)
{
    return QStringLiteral("Setting desired count to %1.").arg(desiredCount);
}

QString autoScalingSucceeded(int desiredCount)
{
    return QStringLiteral("Successfully set desired count to %1. Change successfully fulfilled "
                          "by ecs.")
        .arg(desiredCount);
}

QString autoScalingNotScaledDescription(int desiredCount)
{
    return QStringLiteral("Attempting to set desired count to %1.").arg(desiredCount);
}

QString autoScalingNotScaled(int desiredCount)
{
    return QStringLiteral("Failed to set desired count to %1.").arg(desiredCount);
}

QString autoScalingAlarmCause(const QString &alarmName, const QString &policyName)
{
    return QStringLiteral("monitor alarm %1 in state ALARM triggered policy %2")
        .arg(alarmName, policyName);
}

QString autoScalingScheduledCause(const QString &scheduledActionName)
{
    return QStringLiteral("scheduled action name %1 was triggered").arg(scheduledActionName);
}

QString autoScalingEvent(const QString &statusMessage, const QString &cause)
{
    return QStringLiteral("Message: %1 Cause: %2").arg(statusMessage, cause);
}

QString targetTrackingAlarmName(const QString &cluster, const QString &serviceName, bool high,
                                const QString &uuid)
{
    return QStringLiteral("TargetTracking-service/%1/%2-%3-%4")
        .arg(cluster, serviceName,
             high ? QStringLiteral("AlarmHigh") : QStringLiteral("AlarmLow"), uuid);
}

QList<Message> catalogue()
{
    const QString web = QStringLiteral("web");
    const QString task1 = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
    const QString task2 = QStringLiteral("f9e8d7c6b5a4938271605f4e3d2c1b0a");
    const QString instance = QStringLiteral("5d3c6e2b9f0a41c7a8e1b2d3c4f5a6b7");
    const QString tg = QStringLiteral("arn:aws:elasticloadbalancing:us-east-1:123456789012:"
                                      "targetgroup/web-tg/6d0ecf831eec9f09");
    const QString deployment = QStringLiteral("ecs-svc/1234567890123456789");
    return {
        {"steadyState", "G O", steadyState(web)},
        {"startedTasks", "O", startedTasks(web, {task1, task2})},
        {"stoppedTasks", "O", stoppedTasks(web, {task1})},
        {"beganDraining", "O", beganDraining(web, 1)},
        {"registeredTargets", "O", registeredTargets(web, 1, tg)},
        {"deregisteredTargets", "O", deregisteredTargets(web, 3, tg)},
        {"targetUnhealthy", "P O",
         targetUnhealthy(web, task1, QStringLiteral("i-0123456789abcdef0"), 32768, tg,
                         QStringLiteral("Health checks failed with these codes: [502]"))},
        {"targetUnhealthyAwsvpc", "P O",
         targetUnhealthy(web, task1, {}, 80, tg, QStringLiteral("Request timed out"))},
        {"failedContainerHealthChecks", "O", failedContainerHealthChecks(web, task1)},
        {"deploymentCompleted", "O", deploymentCompleted(web, deployment)},
        {"deploymentFailed", "O", deploymentFailed(web, deployment)},
        {"rollingBack", "O", rollingBack(web, deployment)},
        {"unableToConsistentlyStart", "P O", unableToConsistentlyStart(web)},
        {"blockedByDeploymentConfiguration", "G", blockedByDeploymentConfiguration(web)},
        {"unableToPlaceMemory", "G O", unableToPlace(web, PlacementEnding::Memory, instance)},
        {"unableToPlaceCpu", "G O", unableToPlace(web, PlacementEnding::Cpu, instance)},
        {"unableToPlacePort", "G O", unableToPlace(web, PlacementEnding::Port, instance)},
        {"unableToPlacePortLimit", "G", unableToPlace(web, PlacementEnding::PortLimit, instance)},
        {"unableToPlaceEni", "G", unableToPlace(web, PlacementEnding::Eni, instance)},
        {"unableToPlaceNoInstances", "O", unableToPlaceNoInstances(web)},
        {"unableToPlaceConstraint", "G", unableToPlaceConstraint(web)},
        {"unableToPlaceQuota", "G",
         unableToPlaceReason(web, QStringLiteral("You've reached the limit on the number of "
                                                 "tasks you can run concurrently"))},
        {"unableToPlaceCapacity", "G",
         unableToPlaceReason(web, QStringLiteral("Capacity is unavailable at this time."))},
        {"stopReasonScaling", "G", scalingActivity(deployment)},
        {"stopReasonElb", "G", failedElbHealthChecks(tg)},
        {"stopReasonHealth", "G", failedContainerHealthChecksReason()},
        {"stopReasonExited", "G", essentialContainerExited()},
        {"stopReasonUser", "G", stoppedByUser()},
        {"autoScalingDescription", "O", autoScalingDescription(3)},
        {"autoScalingSucceeded", "O", autoScalingSucceeded(3)},
        {"autoScalingNotScaledDescription", "B", autoScalingNotScaledDescription(4)},
        {"autoScalingNotScaled", "B", autoScalingNotScaled(4)},
        {"autoScalingAlarmCause", "O",
         autoScalingAlarmCause(
             targetTrackingAlarmName(QStringLiteral("default"), web, true,
                                     QStringLiteral("5b2d4c1e-7f3a-4b6c-9d8e-0a1b2c3d4e5f")),
             QStringLiteral("cpu70"))},
        {"autoScalingScheduledCause", "B", autoScalingScheduledCause(QStringLiteral("night"))},
        {"autoScalingEvent", "O",
         autoScalingEvent(autoScalingSucceeded(3),
                          autoScalingAlarmCause(QStringLiteral("web-cpu-high"),
                                                QStringLiteral("web-step")))},
    };
}

} // namespace Berth::Engine::EcsEvents

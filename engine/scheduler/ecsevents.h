#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// What ECS itself prints: service event messages and task stop reasons, in the form
/// DescribeServices and DescribeTasks return them today (../shared/ecs-reference.md,
/// "Service event wording"). Never translated: learners search for these words verbatim;
/// the window explains them beside the text.
namespace Berth::Engine::EcsEvents {

/// One message Berth emits, with where its wording was confirmed: "G" the developer guide's
/// "Service event messages" page, "P" another guide page, "O" published real output, "B"
/// Berth's own wording where AWS publishes none, modelled on its neighbouring texts.
struct Message
{
    const char *key;
    const char *source;
    QString sample; ///< the message formatted with sample arguments
};

/// Every message below, formatted with fixed sample arguments (service "web", task and
/// instance ids of 32 hex digits, a target group ARN, deployment ecs-svc/...).
QList<Message> catalogue();

QString steadyState(const QString &service);
QString startedTasks(const QString &service, const QStringList &taskIds);
QString stoppedTasks(const QString &service, const QStringList &taskIds);
QString beganDraining(const QString &service, int tasks);
QString registeredTargets(const QString &service, int targets, const QString &targetGroupArn);
QString deregisteredTargets(const QString &service, int targets, const QString &targetGroupArn);
/// `instanceId` is the EC2 instance id (i-...), empty for awsvpc and Fargate tasks.
QString targetUnhealthy(const QString &service, const QString &taskId, const QString &instanceId,
                        int port, const QString &targetGroupArn, const QString &reason);
QString failedContainerHealthChecks(const QString &service, const QString &taskId);
QString deploymentCompleted(const QString &service, const QString &deploymentId);
QString deploymentFailed(const QString &service, const QString &deploymentId);
QString rollingBack(const QString &service, const QString &deploymentId);
QString unableToConsistentlyStart(const QString &service);
QString blockedByDeploymentConfiguration(const QString &service);

enum class PlacementEnding { Cpu, Memory, Port, PortLimit, Eni };
QString unableToPlace(const QString &service, PlacementEnding ending,
                      const QString &containerInstanceId);
QString unableToPlaceNoInstances(const QString &service);
QString unableToPlaceReason(const QString &service, const QString &reason);
/// ECS's memberOf failure: no instance met the task's placement constraints.
QString unableToPlaceConstraint(const QString &service);

/// Stop reasons (Task.stoppedReason).
QString scalingActivity(const QString &deploymentId);
QString failedElbHealthChecks(const QString &targetGroupArn);
/// Whether a stop reason is failedElbHealthChecks() of some target group.
bool isFailedElbHealthChecks(const QString &stoppedReason);
QString failedContainerHealthChecksReason();
QString essentialContainerExited();
QString stoppedByUser();

/// Application Auto Scaling's words (ScalingActivity Description, Cause, StatusMessage), as
/// describe-scaling-activities returns them and the console's service events quote them.
QString autoScalingDescription(int desiredCount);
QString autoScalingSucceeded(int desiredCount);
/// A not scaled activity (with NotScaledReasons): Berth's wording, modelled on the above.
QString autoScalingNotScaledDescription(int desiredCount);
QString autoScalingNotScaled(int desiredCount);
QString autoScalingAlarmCause(const QString &alarmName, const QString &policyName);
QString autoScalingScheduledCause(const QString &scheduledActionName);
/// The service event the console shows for a scaling activity.
QString autoScalingEvent(const QString &statusMessage, const QString &cause);
/// TargetTracking-service/CLUSTER/SERVICE-AlarmHigh-UUID (or AlarmLow).
QString targetTrackingAlarmName(const QString &cluster, const QString &service, bool high,
                                const QString &uuid);

} // namespace Berth::Engine::EcsEvents

#include "engine/runtime/ecsmessages.h"

#include <QRegularExpression>

#include <functional>

namespace Berth::Engine {

namespace {

struct Pattern
{
    QRegularExpression text;
    std::function<QString(const QRegularExpressionMatch &)> explain;
};

QString cap(const QRegularExpressionMatch &m, int i)
{
    return m.captured(i);
}

// arn:aws:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/ID reads as NAME.
QString targetGroup(const QString &arn)
{
    const QStringList parts = arn.split(u'/');
    return parts.size() == 3 && parts.first().endsWith(QLatin1String(":targetgroup")) ? parts.at(1)
                                                                                      : arn;
}

// A task id of 32 hex digits reads as its first 12, as the Tasks panel shows it.
QString shortTask(const QString &id)
{
    return id.left(12);
}

// The texts EcsEvents, TaskRunner and SecretResolver print, in ECS's words; the first pattern
// that matches explains.
const QList<Pattern> &patterns()
{
    using M = const QRegularExpressionMatch &;
    const auto re = [](const char *pattern) { return QRegularExpression(QLatin1String(pattern)); };
    static const QList<Pattern> list{
        {re("^\\(service (\\S+)\\) has reached a steady state\\."),
         [](M m) {
             return EcsMessages::tr("Service %1 runs as many tasks as its desired count, all "
                                    "healthy, in one deployment: nothing is changing.")
                 .arg(cap(m, 1));
         }},
        {re("^\\(service (\\S+)\\) has started (\\d+) tasks:"),
         [](M m) {
             return EcsMessages::tr("ECS started %n task(s) of service %1 to reach its desired "
                                    "count.",
                                    nullptr, cap(m, 2).toInt())
                 .arg(cap(m, 1));
         }},
        {re("^\\(service (\\S+)\\) has stopped (\\d+) running tasks:"),
         [](M m) {
             return EcsMessages::tr("ECS stopped %n running task(s) of service %1: the desired "
                                    "count went down, or a deployment replaced them.",
                                    nullptr, cap(m, 2).toInt())
                 .arg(cap(m, 1));
         }},
        {re("^\\(service (\\S+)\\) has begun draining connections on (\\d+) tasks\\."),
         [](M m) {
             return EcsMessages::tr("The load balancer stops sending new requests to %n task(s) "
                                    "of service %1 and lets the open ones finish (the "
                                    "deregistration delay) before ECS stops them.",
                                    nullptr, cap(m, 2).toInt())
                 .arg(cap(m, 1));
         }},
        {re("^\\(service (\\S+)\\) registered (\\d+) targets in \\(target-group (\\S+)\\)"),
         [](M m) {
             return EcsMessages::tr("%n task(s) of service %1 were added to target group %2; the "
                                    "load balancer sends them traffic once their health checks "
                                    "pass.",
                                    nullptr, cap(m, 2).toInt())
                 .arg(cap(m, 1), targetGroup(cap(m, 3)));
         }},
        {re("^\\(service (\\S+)\\) deregistered (\\d+) targets in \\(target-group (\\S+)\\)"),
         [](M m) {
             return EcsMessages::tr("%n task(s) of service %1 were removed from target group %2; "
                                    "they get no new requests.",
                                    nullptr, cap(m, 2).toInt())
                 .arg(cap(m, 1), targetGroup(cap(m, 3)));
         }},
        {re("^\\(service (\\S+)\\) \\(task (\\S+)\\)(?: \\(instance \\S+\\))? \\(port (\\d+)\\) "
            "is unhealthy in \\(target-group (\\S+)\\) due to \\(reason (.*)\\)\\.?$"),
         [](M m) {
             const QString reason = EcsMessages::explain(cap(m, 5));
             return EcsMessages::tr("Task %2 of service %1 failed the health check of target "
                                    "group %4 on port %3: %5")
                 .arg(cap(m, 1), shortTask(cap(m, 2)), cap(m, 3), targetGroup(cap(m, 4)),
                      reason.isEmpty() ? cap(m, 5) : reason);
         }},
        {re("^\\(service (\\S+)\\) \\(task (\\S+)\\) failed container health checks\\."),
         [](M m) {
             return EcsMessages::tr("The container health check of task %2 of service %1 reports "
                                    "UNHEALTHY, so ECS stops it and starts a replacement.")
                 .arg(cap(m, 1), shortTask(cap(m, 2)));
         }},
        {re("^\\(service (\\S+)\\) \\(deployment (\\S+)\\) deployment completed\\."),
         [](M m) {
             return EcsMessages::tr("Deployment %2 of service %1 is complete: every task runs the "
                                    "new task definition and the old tasks are gone.")
                 .arg(cap(m, 1), cap(m, 2));
         }},
        {re("^\\(service (\\S+)\\) \\(deployment (\\S+)\\) deployment failed:"),
         [](M m) {
             return EcsMessages::tr("The deployment circuit breaker marked deployment %2 of "
                                    "service %1 as failed, because its tasks kept stopping "
                                    "before they ran.")
                 .arg(cap(m, 1), cap(m, 2));
         }},
        {re("^\\(service (\\S+)\\) rolling back to deployment (\\S+)\\."),
         [](M m) {
             return EcsMessages::tr("The deployment circuit breaker rolls service %1 back to "
                                    "deployment %2, the last one that completed.")
                 .arg(cap(m, 1), cap(m, 2));
         }},
        {re("^\\(service (\\S+)\\) is unable to consistently start tasks successfully\\."),
         [](M m) {
             return EcsMessages::tr("The tasks of service %1 keep stopping soon after they start, "
                                    "so ECS waits longer between attempts. The stopped tasks' "
                                    "stoppedReason says why.")
                 .arg(cap(m, 1));
         }},
        {re("^\\(service (\\S+)\\) was unable to place a task because no container instance "
            "met all of its requirements"),
         [](M m) {
             return EcsMessages::tr("No container instance of the cluster has the free CPU, "
                                    "memory, ports or attributes a task of service %1 needs, so "
                                    "it was not placed. Plan Placement shows each instance "
                                    "against each rule.")
                 .arg(cap(m, 1));
         }},
        {re("^\\(service (\\S+)\\) was unable to place a task\\. Reason: You've reached the "
            "limit"),
         [](M m) {
             return EcsMessages::tr("The cluster's Fargate task quota is used up: ECS did not "
                                    "start a task of service %1.")
                 .arg(cap(m, 1));
         }},
        {re("^\\(service (\\S+)\\) was unable to place a task\\. Reason: Capacity is "
            "unavailable"),
         [](M m) {
             return EcsMessages::tr("The cluster has no Fargate capacity, so a task of service "
                                    "%1 was not started.")
                 .arg(cap(m, 1));
         }},
        {re("^\\(service (\\S+)\\) was unable to stop or start tasks during a deployment"),
         [](M m) {
             return EcsMessages::tr("The deployment of service %1 cannot go on: "
                                    "minimumHealthyPercent forbids stopping an old task first "
                                    "and maximumPercent forbids starting a new one first.")
                 .arg(cap(m, 1));
         }},
        // Stopped reasons.
        {re("^Essential container in task exited"),
         [](M) {
             return EcsMessages::tr("An essential container exited, so ECS stopped the whole "
                                    "task. The container's exit code and logs say why.");
         }},
        {re("^Task failed ELB health checks in \\(target-group (\\S+)\\)"),
         [](M m) {
             return EcsMessages::tr("The task failed the load balancer's health checks in target "
                                    "group %1, so ECS stopped it.")
                 .arg(targetGroup(cap(m, 1)));
         }},
        {re("^Task failed container health checks"),
         [](M) {
             return EcsMessages::tr("A container's health check reported UNHEALTHY, so ECS "
                                    "stopped the task.");
         }},
        {re("^Scaling activity initiated by \\(deployment (\\S+)\\)"),
         [](M m) {
             return EcsMessages::tr("ECS stopped the task to scale the service in, or to replace "
                                    "it in deployment %1.")
                 .arg(cap(m, 1));
         }},
        {re("^Task stopped by user"),
         [](M) {
             return EcsMessages::tr("Someone stopped the task (StopTask, Stop Task, Stop or "
                                    "Down).");
         }},
        {re("^CannotPullContainerError"),
         [](M) {
             return EcsMessages::tr("The container's image could not be pulled: check the image "
                                    "name and tag, and that the registry can be reached.");
         }},
        {re("^CannotCreateContainerError"),
         [](M) {
             return EcsMessages::tr("Docker could not create the container; the text after the "
                                    "colon is Docker's reason.");
         }},
        {re("^CannotStartContainerError"),
         [](M) {
             return EcsMessages::tr("Docker could not start the container; the text after the "
                                    "colon is Docker's reason.");
         }},
        {re("^OutOfMemoryError"),
         [](M) {
             return EcsMessages::tr("A container used more memory than its hard limit (memory) "
                                    "and was killed.");
         }},
        {re("^ResourceInitializationError"),
         [](M) {
             return EcsMessages::tr("ECS could not prepare the task: a secret or registry "
                                    "credential it needs could not be read.");
         }},
        // The load balancer's reasons for an unhealthy target.
        {re("^Health checks failed with these codes: \\[(.*)\\]"),
         [](M m) {
             return EcsMessages::tr("the health check got HTTP %1 instead of a success code")
                 .arg(cap(m, 1));
         }},
        {re("^Request timed out$"),
         [](M) { return EcsMessages::tr("the health check got no answer within its timeout"); }},
        {re("^Connection refused$"),
         [](M) { return EcsMessages::tr("nothing listens on the target's port"); }},
        {re("^Health checks failed \\((.*)\\)$"),
         [](M m) { return EcsMessages::tr("the health check failed (%1)").arg(cap(m, 1)); }},
        // Application Auto Scaling's activities, shown in the service's events.
        {re("^Message: (.*) Cause: (.*)$"),
         [](M m) {
             const QString what = EcsMessages::explain(cap(m, 1));
             const QString why = EcsMessages::explain(cap(m, 2));
             return EcsMessages::tr("Auto scaling: %1 Why: %2")
                 .arg(what.isEmpty() ? cap(m, 1) : what, why.isEmpty() ? cap(m, 2) : why);
         }},
        {re("^Setting desired count to (\\d+)\\.$"),
         [](M m) {
             return EcsMessages::tr("Auto scaling is changing the service's desired count to %1.")
                 .arg(cap(m, 1));
         }},
        {re("^Successfully set desired count to (\\d+)\\."),
         [](M m) {
             return EcsMessages::tr("Auto scaling set the service's desired count to %1; ECS "
                                    "now starts or stops tasks to match it.")
                 .arg(cap(m, 1));
         }},
        {re("^Attempting to set desired count to (\\d+)\\.$"),
         [](M m) {
             return EcsMessages::tr("Auto scaling is trying to set the desired count to %1.")
                 .arg(cap(m, 1));
         }},
        {re("^Failed to set desired count to (\\d+)\\.$"),
         [](M m) {
             return EcsMessages::tr("Auto scaling could not set the desired count to %1; the "
                                    "activity's reason says why.")
                 .arg(cap(m, 1));
         }},
        {re("^monitor alarm (\\S+) in state ALARM triggered policy (\\S+)"),
         [](M m) {
             return EcsMessages::tr("the alarm %1 went off (its metric crossed the threshold for "
                                    "enough datapoints) and started the scaling policy %2.")
                 .arg(cap(m, 1), cap(m, 2));
         }},
        {re("^scheduled action name (\\S+) was triggered"),
         [](M m) {
             return EcsMessages::tr("the scheduled action %1 came due and set new minimum and "
                                    "maximum capacities.")
                 .arg(cap(m, 1));
         }},
    };
    return list;
}

} // namespace

QString EcsMessages::explain(const QString &ecsText)
{
    for (const Pattern &p : patterns()) {
        const QRegularExpressionMatch m = p.text.match(ecsText);
        if (m.hasMatch())
            return p.explain(m);
    }
    return {};
}

QString EcsMessages::explainStopCode(const QString &stopCode)
{
    if (stopCode == QLatin1String("EssentialContainerExited"))
        return tr("An essential container exited.");
    if (stopCode == QLatin1String("UserInitiated"))
        return tr("Someone asked for the task to stop.");
    if (stopCode == QLatin1String("ServiceSchedulerInitiated"))
        return tr("The service scheduler stopped the task (scale-in, deployment, failed health "
                  "checks).");
    if (stopCode == QLatin1String("TaskFailedToStart"))
        return tr("The task never reached RUNNING.");
    return {};
}

} // namespace Berth::Engine

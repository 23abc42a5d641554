#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Berth::Engine {

/// A service deployment as describe-services lists it: the task definition it rolls out,
/// its state (PRIMARY for the newest, ACTIVE for older ones that still have tasks) and
/// counts. The decision functions below are pure, so the rolling rules are testable
/// without Docker.
struct Deployment
{
    QString id;             ///< "ecs-svc/" and 19 digits
    QString status;         ///< PRIMARY, ACTIVE, INACTIVE
    QString taskDefinition; ///< family:revision
    int desiredCount = 0;
    int pendingCount = 0;
    int runningCount = 0;
    int failedTasks = 0;
    QString rolloutState = QStringLiteral("IN_PROGRESS"); ///< IN_PROGRESS, COMPLETED, FAILED
    QString rolloutStateReason;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool operator==(const Deployment &) const = default;

    bool isPrimary() const { return status == QLatin1String("PRIMARY"); }

    /// A fresh id, "ecs-svc/" and 19 random digits.
    static QString newId();
    /// The same id for the same seed (a service's first deployment survives a restart).
    static QString idFor(const QString &seed);

    /// Tasks that must stay healthy: desiredCount x minimumHealthyPercent, rounded up.
    static int minimumHealthy(int desired, int minimumHealthyPercent);
    /// Tasks allowed RUNNING or PENDING: desiredCount x maximumPercent, rounded down.
    static int maximumTasks(int desired, int maximumPercent);
    /// Failed tasks that trip the circuit breaker: 0.5 x desiredCount (rounded up),
    /// at least 3 and at most 200.
    static int circuitBreakerThreshold(int desired);

    /// Seconds after RUNNING at which a task without health checks (and without a load
    /// balancer) counts as healthy: 40, as in ECS. BERTH_HEALTHY_AFTER_SECONDS overrides it
    /// (tests shorten it), and so does setHealthyAfterSeconds().
    static int healthyAfterSeconds();
    /// ECS's service throttle: after the n-th failed start in a row the scheduler waits
    /// before it starts tasks again, 5 s doubling per failure up to 27 minutes (the guide's
    /// "service throttle logic"), divided by the lab clock's time scale.
    static qint64 retryDelayMs(int failedStarts);
    static constexpr int kMaxRetryDelaySeconds = 27 * 60;
    /// The lab clock: ECS's waits run this many times faster (BERTH_TIME_SCALE; 1 = real).
    static double timeScale();
    static void setTimeScale(double scale);
    static void setHealthyAfterSeconds(int seconds);
    static constexpr int kHealthyAfterSeconds = 40;
};

/// One of a REPLICA service's active tasks (desiredStatus RUNNING), as the rolling rules see
/// it.
struct RollingTask
{
    QString id;
    bool primary = false;   ///< belongs to the PRIMARY deployment
    bool misplaced = false; ///< on a DRAINING or removed instance: must move
    bool running = false;   ///< lastStatus RUNNING
    bool healthy = false;   ///< counts toward minimumHealthyPercent
    QDateTime createdAt;
    QString zone;     ///< availability zone of its instance (Fargate: empty)
    QString instance; ///< its container instance (Fargate: empty)
};

/// What one pass of a REPLICA service does.
struct RollingDecision
{
    int start = 0;     ///< new tasks of the PRIMARY deployment to place
    QStringList stop;  ///< tasks to stop (replaced, scaled in or moved)
    bool blockedByConfiguration = false; ///< neither a start nor a stop fits the limits
};

/// ECS's rolling update for one pass: start PRIMARY tasks up to desiredCount while RUNNING
/// plus PENDING stays within maximumPercent; stop tasks of older deployments (and tasks on
/// draining instances) while healthy tasks stay at or above minimumHealthyPercent; a
/// PRIMARY surplus (scale in) stops at once, tasks that are not running yet first.
RollingDecision decideRolling(int desired, int minimumHealthyPercent, int maximumPercent,
                              const QList<RollingTask> &tasks);

} // namespace Berth::Engine

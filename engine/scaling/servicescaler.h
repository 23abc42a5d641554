#pragma once

#include "engine/scaling/alarmevaluator.h"
#include "engine/scaling/scalingactivity.h"
#include "model/autoscaling.h"

#include <optional>

namespace Berth::Engine {

/// The metrics a policy can follow, as the run samples them.
enum class ScalingMetric { Cpu, Memory, RequestCountPerTarget };

/// The metric's name in CloudWatch: CPUUtilization, MemoryUtilization, RequestCountPerTarget.
QString cloudWatchMetricName(ScalingMetric metric);

/// One sample of a service's metrics: average CPU and memory utilisation of its running
/// tasks (percent of what the task definition reserves) and the requests each healthy
/// target received since the previous sample.
struct ScalingSample
{
    std::optional<double> cpu;
    std::optional<double> memory;
    std::optional<double> requestsPerTarget;
};

/// What the decision needs to know about the service at a tick.
struct ScalingInput
{
    int runningCount = 0;
    int desiredCount = 0;
    bool deploymentInProgress = false;
};

struct ScalingDecision
{
    std::optional<int> desiredCount; ///< set when the service's desired count changes
    QList<ScalingActivity> activities;
};

/// An alarm as the window and the API show it.
struct ScalingAlarmStatus
{
    QString alarmName;
    QString policyName;
    ScalingMetric metric = ScalingMetric::Cpu;
    AlarmState state = AlarmState::InsufficientData;
    double threshold = 0;
    std::optional<double> lastDatapoint;
    bool high = true; ///< the alarm scales out (a step alarm: breaches upward)
    QList<double> datapoints; ///< the newest, oldest first (as many as it evaluates)
    AlarmRule rule;           ///< what CloudWatch would describe: period, datapoints, ...
};

/// Application Auto Scaling for one service, as pure decisions on an injected clock: the run
/// (or a test) feeds samples and calls tick() with the time in milliseconds on the run's
/// clock, which runs ECS's minutes (the lab time scale is applied before). No timers, no
/// event loop.
///
/// What Berth does where AWS publishes no formula (README, "Auto scaling"):
/// - target tracking scales out to ceil(running x metric / target), at once;
/// - it scales in to the same figure but removes at most a tenth of the running tasks (at
///   least one) per activity, so a service steps down one scale-in cooldown at a time, and
///   never to a count where the metric spread over one task fewer would exceed the target;
/// - during a scale-out cooldown the next scale-out is computed from the running count the
///   cooldown started with, so the capacity just added counts toward it and only a larger
///   scale-out goes ahead (AWS's rule); a scale-out ends a scale-in cooldown;
/// - step scaling works from the running count too; percent changes below one task become
///   one task, larger ones are truncated toward zero, then MinAdjustmentMagnitude applies;
/// - a policy acts each time its alarm publishes a datapoint while in ALARM;
/// - a not scaled activity is recorded once until something else happens.
class ServiceScaler
{
public:
    ServiceScaler(const Model::ServiceAutoScaling &config, const QString &cluster,
                  const QString &service, qint64 originMs);

    const Model::ServiceAutoScaling &config() const { return m_config; }
    QString resourceId() const;
    int minCapacity() const { return m_min; }
    int maxCapacity() const { return m_max; }
    /// RegisterScalableTarget on a live target: new capacities, the desired count moved into
    /// them at the next tick.
    void setCapacity(int minCapacity, int maxCapacity);

    void addSample(qint64 atMs, const ScalingSample &sample);
    ScalingDecision tick(qint64 nowMs, const ScalingInput &input);

    QList<ScalingAlarmStatus> alarms() const;
    /// The first target tracking policy's target value, if any.
    std::optional<double> targetValue() const;

private:
    struct Policy
    {
        Model::ScalingPolicy config;
        ScalingMetric metric = ScalingMetric::Cpu;
        AlarmEvaluator high; ///< target tracking's AlarmHigh, or the step policy's alarm
        AlarmEvaluator low;  ///< target tracking's AlarmLow (unused for step scaling)
        bool highPublished = false;
        bool lowPublished = false;
    };
    struct Proposal
    {
        int desired;
        const Policy *policy;
        QString alarmName;
    };

    std::optional<Proposal> scaleOutProposal(const Policy &p, int base) const;
    std::optional<Proposal> stepProposal(const Policy &p, int base) const;
    int scaleInTarget(const Policy &p, int running) const;
    void runScheduledActions(qint64 nowMs, int &desired, ScalingDecision &out);
    void record(ScalingDecision &out, qint64 nowMs, int desired, const QString &cause,
                const QString &notScaledCode, int current);

    Model::ServiceAutoScaling m_config;
    QString m_cluster;
    QString m_service;
    qint64 m_originMs;
    qint64 m_lastTickMs;
    int m_min;
    int m_max;
    QList<Policy> m_policies;
    qint64 m_scaleOutCooldownEndMs = 0;
    int m_scaleOutBase = 0; ///< running count when the scale-out cooldown began
    qint64 m_scaleInCooldownEndMs = 0;
    QString m_lastNotScaled; ///< code of the last not scaled activity, until one scales
};

} // namespace Berth::Engine

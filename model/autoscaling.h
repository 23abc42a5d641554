#pragma once

#include "model/jsonreader.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Berth::Model {

/// The ECS defaults Application Auto Scaling applies to an unset cooldown (seconds).
inline constexpr int kDefaultScalingCooldown = 300;

/// TargetTrackingScalingPolicyConfiguration with a PredefinedMetricSpecification, in
/// Application Auto Scaling's member names.
struct TargetTrackingConfiguration
{
    double targetValue = 0;
    /// ECSServiceAverageCPUUtilization, ECSServiceAverageMemoryUtilization or
    /// ALBRequestCountPerTarget.
    QString predefinedMetricType = QStringLiteral("ECSServiceAverageCPUUtilization");
    /// app/LB/ID/targetgroup/TG/ID for ALBRequestCountPerTarget; empty: derived from the
    /// service's target group on export.
    QString resourceLabel;
    std::optional<int> scaleOutCooldown;
    std::optional<int> scaleInCooldown;
    bool disableScaleIn = false;

    int scaleOutCooldownSeconds() const
    {
        return scaleOutCooldown.value_or(kDefaultScalingCooldown);
    }
    int scaleInCooldownSeconds() const { return scaleInCooldown.value_or(kDefaultScalingCooldown); }
    bool operator==(const TargetTrackingConfiguration &) const = default;
};

/// One StepAdjustment: bounds relative to the alarm's threshold; a missing bound is
/// infinity (lower: minus infinity).
struct StepAdjustment
{
    std::optional<double> metricIntervalLowerBound;
    std::optional<double> metricIntervalUpperBound;
    int scalingAdjustment = 0;
    bool operator==(const StepAdjustment &) const = default;
};

/// The CloudWatch alarm a step scaling policy hangs on, in PutMetricAlarm's member names.
/// The metric is one Berth samples: the service's CPUUtilization or MemoryUtilization
/// (namespace AWS/ECS) or its target group's RequestCountPerTarget (AWS/ApplicationELB).
struct MetricAlarm
{
    QString alarmName;
    QString metricName = QStringLiteral("CPUUtilization");
    QString statistic = QStringLiteral("Average");
    int period = 60;
    int evaluationPeriods = 1;
    std::optional<int> datapointsToAlarm;
    double threshold = 0;
    /// GreaterThanThreshold, GreaterThanOrEqualToThreshold, LessThanThreshold,
    /// LessThanOrEqualToThreshold
    QString comparisonOperator = QStringLiteral("GreaterThanThreshold");

    int datapoints() const { return datapointsToAlarm.value_or(evaluationPeriods); }
    bool breaches(double value) const;
    bool operator==(const MetricAlarm &) const = default;
};

/// StepScalingPolicyConfiguration plus the alarm that triggers it.
struct StepScalingConfiguration
{
    /// ChangeInCapacity, PercentChangeInCapacity or ExactCapacity
    QString adjustmentType = QStringLiteral("ChangeInCapacity");
    QList<StepAdjustment> stepAdjustments;
    std::optional<int> minAdjustmentMagnitude;
    std::optional<int> cooldown;
    QString metricAggregationType; ///< Average, Minimum or Maximum; empty: Average
    MetricAlarm alarm;

    int cooldownSeconds() const { return cooldown.value_or(kDefaultScalingCooldown); }
    bool operator==(const StepScalingConfiguration &) const = default;
};

/// A scaling policy as PutScalingPolicy takes it (without the resource members).
struct ScalingPolicy
{
    QString policyName;
    QString policyType = QStringLiteral("TargetTrackingScaling"); ///< or StepScaling
    TargetTrackingConfiguration targetTracking;
    StepScalingConfiguration stepScaling;

    bool isTargetTracking() const { return policyType == QLatin1String("TargetTrackingScaling"); }
    bool isStepScaling() const { return policyType == QLatin1String("StepScaling"); }
    /// The member name of the configuration in PutScalingPolicy.
    static QString configurationKey(const QString &policyType);
    bool operator==(const ScalingPolicy &) const = default;
};

/// PutScheduledAction's members: at(...), rate(...) or cron(...) setting min and max.
struct ScheduledAction
{
    QString scheduledActionName;
    QString schedule;
    QString timezone;  ///< empty: UTC
    QString startTime; ///< ISO 8601, empty if none
    QString endTime;
    std::optional<int> minCapacity;
    std::optional<int> maxCapacity;
    bool operator==(const ScheduledAction &) const = default;
};

/// The values Berth runs, in Application Auto Scaling's and CloudWatch's names: what the
/// rules accept, the window offers and the API takes.
struct AutoScalingNames
{
    /// ECSServiceAverageCPUUtilization, ECSServiceAverageMemoryUtilization,
    /// ALBRequestCountPerTarget
    static const QStringList &predefinedMetricTypes();
    /// The metrics a step policy's alarm may watch: CPUUtilization, MemoryUtilization (AWS/ECS),
    /// RequestCountPerTarget (AWS/ApplicationELB)
    static const QStringList &alarmMetricNames();
    static const QStringList &comparisonOperators();
    static const QStringList &adjustmentTypes();
};

/// A service's scalable target (RegisterScalableTarget) and what scales it.
struct ServiceAutoScaling
{
    int minCapacity = 1;
    int maxCapacity = 1;
    QList<ScalingPolicy> policies;
    QList<ScheduledAction> scheduledActions;

    const ScalingPolicy *policy(const QString &name) const;

    /// The project-file form: {"MinCapacity", "MaxCapacity", "ScalingPolicies": [...],
    /// "ScheduledActions": [...]}, each policy PutScalingPolicy's members plus "Alarm"
    /// (PutMetricAlarm's) for step scaling.
    QJsonObject toJson() const;
    static ServiceAutoScaling fromJson(const JsonReader &in);

    static QJsonObject policyToJson(const ScalingPolicy &policy);
    static ScalingPolicy policyFromJson(const JsonReader &in);
    static QJsonObject alarmToJson(const MetricAlarm &alarm);
    static QJsonObject scheduledActionToJson(const ScheduledAction &action);
    static ScheduledAction scheduledActionFromJson(const JsonReader &in);

    bool operator==(const ServiceAutoScaling &) const = default;
};

} // namespace Berth::Model

#include "model/autoscaling.h"

namespace Berth::Model {

namespace {

void insertOptional(QJsonObject &o, const char *key, const std::optional<int> &value)
{
    if (value)
        o.insert(QLatin1String(key), *value);
}

void insertOptional(QJsonObject &o, const char *key, const std::optional<double> &value)
{
    if (value)
        o.insert(QLatin1String(key), *value);
}

std::optional<double> optionalNumber(const JsonReader &in, const QString &key)
{
    if (!in.has(key))
        return std::nullopt;
    return in.number(key);
}

} // namespace

const QStringList &AutoScalingNames::predefinedMetricTypes()
{
    static const QStringList names = {QStringLiteral("ECSServiceAverageCPUUtilization"),
                                      QStringLiteral("ECSServiceAverageMemoryUtilization"),
                                      QStringLiteral("ALBRequestCountPerTarget")};
    return names;
}

const QStringList &AutoScalingNames::alarmMetricNames()
{
    static const QStringList names = {QStringLiteral("CPUUtilization"),
                                      QStringLiteral("MemoryUtilization"),
                                      QStringLiteral("RequestCountPerTarget")};
    return names;
}

const QStringList &AutoScalingNames::comparisonOperators()
{
    static const QStringList names = {
        QStringLiteral("GreaterThanThreshold"), QStringLiteral("GreaterThanOrEqualToThreshold"),
        QStringLiteral("LessThanThreshold"), QStringLiteral("LessThanOrEqualToThreshold")};
    return names;
}

const QStringList &AutoScalingNames::adjustmentTypes()
{
    static const QStringList names = {QStringLiteral("ChangeInCapacity"),
                                      QStringLiteral("PercentChangeInCapacity"),
                                      QStringLiteral("ExactCapacity")};
    return names;
}

bool MetricAlarm::breaches(double value) const
{
    if (comparisonOperator == QLatin1String("GreaterThanOrEqualToThreshold"))
        return value >= threshold;
    if (comparisonOperator == QLatin1String("LessThanThreshold"))
        return value < threshold;
    if (comparisonOperator == QLatin1String("LessThanOrEqualToThreshold"))
        return value <= threshold;
    return value > threshold;
}

QString ScalingPolicy::configurationKey(const QString &policyType)
{
    return policyType == QLatin1String("StepScaling")
               ? QStringLiteral("StepScalingPolicyConfiguration")
               : QStringLiteral("TargetTrackingScalingPolicyConfiguration");
}

const ScalingPolicy *ServiceAutoScaling::policy(const QString &name) const
{
    for (const ScalingPolicy &p : policies) {
        if (p.policyName == name)
            return &p;
    }
    return nullptr;
}

QJsonObject ServiceAutoScaling::alarmToJson(const MetricAlarm &a)
{
    QJsonObject o{{QLatin1String("AlarmName"), a.alarmName},
                  {QLatin1String("MetricName"), a.metricName},
                  {QLatin1String("Statistic"), a.statistic},
                  {QLatin1String("Period"), a.period},
                  {QLatin1String("EvaluationPeriods"), a.evaluationPeriods},
                  {QLatin1String("Threshold"), a.threshold},
                  {QLatin1String("ComparisonOperator"), a.comparisonOperator}};
    insertOptional(o, "DatapointsToAlarm", a.datapointsToAlarm);
    return o;
}

QJsonObject ServiceAutoScaling::policyToJson(const ScalingPolicy &p)
{
    QJsonObject o{{QLatin1String("PolicyName"), p.policyName},
                  {QLatin1String("PolicyType"), p.policyType}};
    QJsonObject c;
    if (p.isStepScaling()) {
        const StepScalingConfiguration &s = p.stepScaling;
        c.insert(QLatin1String("AdjustmentType"), s.adjustmentType);
        QJsonArray steps;
        for (const StepAdjustment &step : s.stepAdjustments) {
            QJsonObject j{{QLatin1String("ScalingAdjustment"), step.scalingAdjustment}};
            insertOptional(j, "MetricIntervalLowerBound", step.metricIntervalLowerBound);
            insertOptional(j, "MetricIntervalUpperBound", step.metricIntervalUpperBound);
            steps.append(j);
        }
        c.insert(QLatin1String("StepAdjustments"), steps);
        insertOptional(c, "MinAdjustmentMagnitude", s.minAdjustmentMagnitude);
        insertOptional(c, "Cooldown", s.cooldown);
        if (!s.metricAggregationType.isEmpty())
            c.insert(QLatin1String("MetricAggregationType"), s.metricAggregationType);
        o.insert(QLatin1String("Alarm"), alarmToJson(s.alarm));
    } else {
        const TargetTrackingConfiguration &t = p.targetTracking;
        QJsonObject metric{{QLatin1String("PredefinedMetricType"), t.predefinedMetricType}};
        if (!t.resourceLabel.isEmpty())
            metric.insert(QLatin1String("ResourceLabel"), t.resourceLabel);
        c.insert(QLatin1String("TargetValue"), t.targetValue);
        c.insert(QLatin1String("PredefinedMetricSpecification"), metric);
        insertOptional(c, "ScaleOutCooldown", t.scaleOutCooldown);
        insertOptional(c, "ScaleInCooldown", t.scaleInCooldown);
        if (t.disableScaleIn)
            c.insert(QLatin1String("DisableScaleIn"), true);
    }
    o.insert(ScalingPolicy::configurationKey(p.policyType), c);
    return o;
}

ScalingPolicy ServiceAutoScaling::policyFromJson(const JsonReader &in)
{
    ScalingPolicy p;
    p.policyName = in.string(QStringLiteral("PolicyName"));
    p.policyType = in.string(QStringLiteral("PolicyType"), p.policyType);
    const JsonReader c = in.child(ScalingPolicy::configurationKey(p.policyType));
    if (p.isStepScaling()) {
        StepScalingConfiguration &s = p.stepScaling;
        s.adjustmentType = c.string(QStringLiteral("AdjustmentType"), s.adjustmentType);
        for (const JsonReader &step : c.children(QStringLiteral("StepAdjustments")))
            s.stepAdjustments.append(
                {optionalNumber(step, QStringLiteral("MetricIntervalLowerBound")),
                 optionalNumber(step, QStringLiteral("MetricIntervalUpperBound")),
                 step.integer(QStringLiteral("ScalingAdjustment"))});
        s.minAdjustmentMagnitude = c.optionalInteger(QStringLiteral("MinAdjustmentMagnitude"));
        s.cooldown = c.optionalInteger(QStringLiteral("Cooldown"));
        s.metricAggregationType = c.string(QStringLiteral("MetricAggregationType"));
        const JsonReader a = in.child(QStringLiteral("Alarm"));
        MetricAlarm &alarm = s.alarm;
        alarm.alarmName = a.string(QStringLiteral("AlarmName"));
        alarm.metricName = a.string(QStringLiteral("MetricName"), alarm.metricName);
        alarm.statistic = a.string(QStringLiteral("Statistic"), alarm.statistic);
        alarm.period = a.integer(QStringLiteral("Period"), alarm.period);
        alarm.evaluationPeriods =
            a.integer(QStringLiteral("EvaluationPeriods"), alarm.evaluationPeriods);
        alarm.datapointsToAlarm = a.optionalInteger(QStringLiteral("DatapointsToAlarm"));
        alarm.threshold = a.number(QStringLiteral("Threshold"));
        alarm.comparisonOperator =
            a.string(QStringLiteral("ComparisonOperator"), alarm.comparisonOperator);
    } else {
        TargetTrackingConfiguration &t = p.targetTracking;
        t.targetValue = c.number(QStringLiteral("TargetValue"));
        const JsonReader metric = c.child(QStringLiteral("PredefinedMetricSpecification"));
        t.predefinedMetricType =
            metric.string(QStringLiteral("PredefinedMetricType"), t.predefinedMetricType);
        t.resourceLabel = metric.string(QStringLiteral("ResourceLabel"));
        t.scaleOutCooldown = c.optionalInteger(QStringLiteral("ScaleOutCooldown"));
        t.scaleInCooldown = c.optionalInteger(QStringLiteral("ScaleInCooldown"));
        t.disableScaleIn = c.boolean(QStringLiteral("DisableScaleIn"));
    }
    return p;
}

QJsonObject ServiceAutoScaling::scheduledActionToJson(const ScheduledAction &a)
{
    QJsonObject target;
    insertOptional(target, "MinCapacity", a.minCapacity);
    insertOptional(target, "MaxCapacity", a.maxCapacity);
    QJsonObject o{{QLatin1String("ScheduledActionName"), a.scheduledActionName},
                  {QLatin1String("Schedule"), a.schedule},
                  {QLatin1String("ScalableTargetAction"), target}};
    if (!a.timezone.isEmpty())
        o.insert(QLatin1String("Timezone"), a.timezone);
    if (!a.startTime.isEmpty())
        o.insert(QLatin1String("StartTime"), a.startTime);
    if (!a.endTime.isEmpty())
        o.insert(QLatin1String("EndTime"), a.endTime);
    return o;
}

ScheduledAction ServiceAutoScaling::scheduledActionFromJson(const JsonReader &in)
{
    ScheduledAction a;
    a.scheduledActionName = in.string(QStringLiteral("ScheduledActionName"));
    a.schedule = in.string(QStringLiteral("Schedule"));
    a.timezone = in.string(QStringLiteral("Timezone"));
    a.startTime = in.string(QStringLiteral("StartTime"));
    a.endTime = in.string(QStringLiteral("EndTime"));
    const JsonReader target = in.child(QStringLiteral("ScalableTargetAction"));
    a.minCapacity = target.optionalInteger(QStringLiteral("MinCapacity"));
    a.maxCapacity = target.optionalInteger(QStringLiteral("MaxCapacity"));
    return a;
}

QJsonObject ServiceAutoScaling::toJson() const
{
    QJsonObject o{{QLatin1String("MinCapacity"), minCapacity},
                  {QLatin1String("MaxCapacity"), maxCapacity}};
    if (!policies.isEmpty()) {
        QJsonArray a;
        for (const ScalingPolicy &p : policies)
            a.append(policyToJson(p));
        o.insert(QLatin1String("ScalingPolicies"), a);
    }
    if (!scheduledActions.isEmpty()) {
        QJsonArray a;
        for (const ScheduledAction &s : scheduledActions)
            a.append(scheduledActionToJson(s));
        o.insert(QLatin1String("ScheduledActions"), a);
    }
    return o;
}

ServiceAutoScaling ServiceAutoScaling::fromJson(const JsonReader &in)
{
    ServiceAutoScaling s;
    s.minCapacity = in.integer(QStringLiteral("MinCapacity"), s.minCapacity);
    s.maxCapacity = in.integer(QStringLiteral("MaxCapacity"), s.maxCapacity);
    for (const JsonReader &p : in.children(QStringLiteral("ScalingPolicies")))
        s.policies.append(policyFromJson(p));
    for (const JsonReader &a : in.children(QStringLiteral("ScheduledActions")))
        s.scheduledActions.append(scheduledActionFromJson(a));
    return s;
}

} // namespace Berth::Model

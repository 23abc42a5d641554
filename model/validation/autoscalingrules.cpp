#include "model/validation/autoscalingrules.h"

#include "model/jsontext.h"
#include "model/scalingschedule.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <tuple>

namespace Berth::Model::Internal {

namespace {

QString member(const QString &path, const char *key)
{
    return JsonText::member(path, QLatin1String(key));
}

const QStringList &kPredefinedMetrics = AutoScalingNames::predefinedMetricTypes();
const QStringList &kAdjustmentTypes = AutoScalingNames::adjustmentTypes();
const QStringList &kAlarmMetrics = AutoScalingNames::alarmMetricNames();
const QStringList &kComparisons = AutoScalingNames::comparisonOperators();

} // namespace

void AutoScalingRules::check(const ProjectData &project, Diagnostics &out)
{
    for (qsizetype k = 0; k < project.services.size(); ++k) {
        const Service &s = project.services.at(k);
        if (!s.autoScaling)
            continue;
        const QString path =
            member(JsonText::index(QStringLiteral("$.services"), k), "autoScaling");
        AutoScalingRules(project, s, path, out).run();
    }
}

AutoScalingRules::AutoScalingRules(const ProjectData &project, const Service &service,
                                   const QString &path, Diagnostics &out)
    : m_project(project), m_service(service), m_scaling(*service.autoScaling), m_path(path),
      m_report(out, Diagnostic::EntityKind::Service, service.name)
{
}

void AutoScalingRules::run()
{
    if (m_service.isDaemon()) {
        m_report.error(QStringLiteral("autoscaling.daemon"), m_path,
                       tr("service %1 uses the DAEMON scheduling strategy, which runs one task "
                          "per instance and cannot be scaled")
                           .arg(m_service.name),
                       tr("Remove the Auto Scaling settings or use the REPLICA strategy."));
        return;
    }
    checkCapacity();
    const QString policies = member(m_path, "ScalingPolicies");
    for (qsizetype i = 0; i < m_scaling.policies.size(); ++i) {
        const ScalingPolicy &p = m_scaling.policies.at(i);
        const QString path = JsonText::index(policies, i);
        for (qsizetype j = 0; j < i; ++j) {
            if (m_scaling.policies.at(j).policyName == p.policyName && !p.policyName.isEmpty())
                m_report.error(QStringLiteral("autoscaling.policy.unique"),
                               member(path, "PolicyName"),
                               tr("another scaling policy of the service is already named "
                                  "\"%1\"")
                                   .arg(p.policyName),
                               tr("Give each policy its own name."));
        }
        checkPolicy(p, path);
    }
    const QString actions = member(m_path, "ScheduledActions");
    for (qsizetype i = 0; i < m_scaling.scheduledActions.size(); ++i)
        checkScheduledAction(m_scaling.scheduledActions.at(i), JsonText::index(actions, i));
}

void AutoScalingRules::checkCapacity()
{
    if (m_scaling.minCapacity < 0)
        m_report.error(QStringLiteral("autoscaling.minCapacity"), member(m_path, "MinCapacity"),
                       tr("MinCapacity is %1; it cannot be negative").arg(m_scaling.minCapacity),
                       tr("Set MinCapacity to 0 or more."));
    if (m_scaling.maxCapacity < m_scaling.minCapacity) {
        m_report.error(QStringLiteral("autoscaling.maxCapacity"), member(m_path, "MaxCapacity"),
                       tr("MaxCapacity (%1) is less than MinCapacity (%2)")
                           .arg(m_scaling.maxCapacity)
                           .arg(m_scaling.minCapacity),
                       tr("Set MaxCapacity to at least MinCapacity."));
        return;
    }
    const int desired = m_service.desiredCount;
    if (desired < m_scaling.minCapacity || desired > m_scaling.maxCapacity)
        m_report.error(
            QStringLiteral("autoscaling.desiredCount"),
            JsonText::member(m_path.section(u'.', 0, -2), QStringLiteral("desiredCount")),
            tr("desiredCount %1 is outside the scalable target's capacity %2-%3")
                .arg(desired)
                .arg(m_scaling.minCapacity)
                .arg(m_scaling.maxCapacity),
            tr("Set desiredCount between MinCapacity and MaxCapacity, or widen "
               "them."));
}

void AutoScalingRules::checkCooldown(const std::optional<int> &seconds, const QString &path)
{
    if (seconds && *seconds < 0)
        m_report.error(QStringLiteral("autoscaling.cooldown"), path,
                       tr("a cooldown of %1 seconds is not possible").arg(*seconds),
                       tr("Use 0 seconds or more (ECS's default is 300)."));
}

void AutoScalingRules::checkPolicy(const ScalingPolicy &p, const QString &path)
{
    if (p.policyName.isEmpty())
        m_report.error(QStringLiteral("autoscaling.policy.name"), member(path, "PolicyName"),
                       tr("the scaling policy has no PolicyName"),
                       tr("Name the policy; scaling activities quote its name."));
    if (p.isTargetTracking())
        checkTargetTracking(p.targetTracking,
                            member(path, "TargetTrackingScalingPolicyConfiguration"));
    else if (p.isStepScaling())
        checkStepScaling(p.stepScaling, path);
    else
        m_report.error(QStringLiteral("autoscaling.policy.type"), member(path, "PolicyType"),
                       tr("PolicyType \"%1\" is not one Berth runs").arg(p.policyType),
                       tr("Use TargetTrackingScaling or StepScaling."));
}

void AutoScalingRules::checkTargetTracking(const TargetTrackingConfiguration &c,
                                           const QString &path)
{
    if (!(c.targetValue > 0))
        m_report.error(QStringLiteral("autoscaling.targetValue"), member(path, "TargetValue"),
                       tr("TargetValue is %1; a target must be greater than 0").arg(c.targetValue),
                       tr("Set the value the metric should stay at, e.g. 70 (percent CPU)."));
    const QString metricPath =
        member(member(path, "PredefinedMetricSpecification"), "PredefinedMetricType");
    if (!kPredefinedMetrics.contains(c.predefinedMetricType))
        m_report.error(
            QStringLiteral("autoscaling.metric"), metricPath,
            tr("PredefinedMetricType \"%1\" is not one of ECS's").arg(c.predefinedMetricType),
            tr("Use one of %1.").arg(kPredefinedMetrics.join(QLatin1String(", "))));
    if (c.predefinedMetricType == QLatin1String("ALBRequestCountPerTarget")) {
        const QString label = m_project.requestCountResourceLabel(m_service);
        if (label.isEmpty())
            m_report.error(QStringLiteral("autoscaling.metric.targetGroup"), metricPath,
                           tr("ALBRequestCountPerTarget needs the service behind a target "
                              "group of an application load balancer; service %1 has none")
                               .arg(m_service.name),
                           tr("Connect the service to a target group that an application load "
                              "balancer's listener forwards to, or scale on CPU or memory."));
        else if (!c.resourceLabel.isEmpty() && c.resourceLabel != label)
            m_report.error(QStringLiteral("autoscaling.metric.resourceLabel"),
                           member(member(path, "PredefinedMetricSpecification"), "ResourceLabel"),
                           tr("ResourceLabel \"%1\" does not name the service's target group")
                               .arg(c.resourceLabel),
                           tr("Leave ResourceLabel empty (Berth fills it in on export) or use "
                              "%1.")
                               .arg(label));
    }
    checkCooldown(c.scaleOutCooldown, member(path, "ScaleOutCooldown"));
    checkCooldown(c.scaleInCooldown, member(path, "ScaleInCooldown"));
}

void AutoScalingRules::checkStepScaling(const StepScalingConfiguration &c,
                                        const QString &policyPath)
{
    const QString path = member(policyPath, "StepScalingPolicyConfiguration");
    if (!kAdjustmentTypes.contains(c.adjustmentType))
        m_report.error(QStringLiteral("autoscaling.step.adjustmentType"),
                       member(path, "AdjustmentType"),
                       tr("AdjustmentType \"%1\" is not known").arg(c.adjustmentType),
                       tr("Use one of %1.").arg(kAdjustmentTypes.join(QLatin1String(", "))));
    if (c.minAdjustmentMagnitude) {
        if (c.adjustmentType != QLatin1String("PercentChangeInCapacity"))
            m_report.error(QStringLiteral("autoscaling.step.minAdjustmentMagnitude"),
                           member(path, "MinAdjustmentMagnitude"),
                           tr("MinAdjustmentMagnitude applies only to "
                              "PercentChangeInCapacity"),
                           tr("Remove it or use AdjustmentType PercentChangeInCapacity."));
        else if (*c.minAdjustmentMagnitude < 1)
            m_report.error(QStringLiteral("autoscaling.step.minAdjustmentMagnitude"),
                           member(path, "MinAdjustmentMagnitude"),
                           tr("MinAdjustmentMagnitude must be 1 or more"),
                           tr("Set the smallest number of tasks a step may change."));
    }
    if (!c.metricAggregationType.isEmpty() &&
        !QStringList{QStringLiteral("Average"), QStringLiteral("Minimum"),
                     QStringLiteral("Maximum")}
             .contains(c.metricAggregationType))
        m_report.error(QStringLiteral("autoscaling.step.aggregation"),
                       member(path, "MetricAggregationType"),
                       tr("MetricAggregationType \"%1\" is not known").arg(c.metricAggregationType),
                       tr("Use Average, Minimum or Maximum."));
    checkCooldown(c.cooldown, member(path, "Cooldown"));
    checkSteps(c, path);
    // A policy put through the API has no alarm until PutMetricAlarm names it: it waits.
    if (c.alarm == MetricAlarm())
        m_report.warning(QStringLiteral("autoscaling.alarm.none"), member(policyPath, "Alarm"),
                         tr("the step scaling policy has no alarm yet, so nothing triggers it"),
                         tr("Create its alarm (aws cloudwatch put-metric-alarm with the "
                            "policy's ARN in --alarm-actions), or give it one here."));
    else
        checkAlarm(c.alarm, member(policyPath, "Alarm"));
}

void AutoScalingRules::checkSteps(const StepScalingConfiguration &c, const QString &path)
{
    const QString stepsPath = member(path, "StepAdjustments");
    if (c.stepAdjustments.isEmpty()) {
        m_report.error(QStringLiteral("autoscaling.step.none"), stepsPath,
                       tr("the step scaling policy has no StepAdjustments"),
                       tr("Add at least one step: bounds relative to the alarm's threshold "
                          "and a ScalingAdjustment."));
        return;
    }
    constexpr double inf = std::numeric_limits<double>::infinity();
    struct Range
    {
        double low, high;
        qsizetype index;
    };
    QList<Range> ranges;
    int openLow = 0;
    int openHigh = 0;
    for (qsizetype i = 0; i < c.stepAdjustments.size(); ++i) {
        const StepAdjustment &s = c.stepAdjustments.at(i);
        const QString sp = JsonText::index(stepsPath, i);
        if (!s.metricIntervalLowerBound && !s.metricIntervalUpperBound) {
            m_report.error(QStringLiteral("autoscaling.step.bounds"), sp,
                           tr("a step has neither MetricIntervalLowerBound nor "
                              "MetricIntervalUpperBound"),
                           tr("Give each step at least one bound."));
            return;
        }
        const double low = s.metricIntervalLowerBound.value_or(-inf);
        const double high = s.metricIntervalUpperBound.value_or(inf);
        if (!(low < high)) {
            m_report.error(
                QStringLiteral("autoscaling.step.bounds"), member(sp, "MetricIntervalUpperBound"),
                tr("the step's upper bound %1 is not above its lower bound %2").arg(high).arg(low),
                tr("Make MetricIntervalUpperBound greater than "
                   "MetricIntervalLowerBound."));
            return;
        }
        openLow += s.metricIntervalLowerBound ? 0 : 1;
        openHigh += s.metricIntervalUpperBound ? 0 : 1;
        ranges.append({low, high, i});
    }
    if (openLow > 1 || openHigh > 1) {
        m_report.error(QStringLiteral("autoscaling.step.open"), stepsPath,
                       tr("more than one step has no %1")
                           .arg(openLow > 1 ? QStringLiteral("MetricIntervalLowerBound")
                                            : QStringLiteral("MetricIntervalUpperBound")),
                       tr("Only one step may be open at each end."));
        return;
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const Range &a, const Range &b) { return a.low < b.low; });
    for (qsizetype i = 1; i < ranges.size(); ++i) {
        const Range &prev = ranges.at(i - 1);
        const Range &cur = ranges.at(i);
        if (prev.high == cur.low)
            continue;
        const QString sp =
            member(JsonText::index(stepsPath, cur.index), "MetricIntervalLowerBound");
        if (prev.high > cur.low)
            m_report.error(QStringLiteral("autoscaling.step.overlap"), sp,
                           tr("steps overlap: one ends at %1, the next starts at %2")
                               .arg(prev.high)
                               .arg(cur.low),
                           tr("Let each step start where the one below it ends."));
        else
            m_report.error(QStringLiteral("autoscaling.step.gap"), sp,
                           tr("steps leave a gap between %1 and %2").arg(prev.high).arg(cur.low),
                           tr("Let each step start where the one below it ends."));
        return;
    }
    // The steps must reach the alarm threshold from the side the alarm breaches on.
    const bool above = c.alarm.comparisonOperator.startsWith(QLatin1String("Greater"));
    if (above && ranges.last().high != inf)
        m_report.error(
            QStringLiteral("autoscaling.step.open"), stepsPath,
            tr("no step covers the metric above %1 over the threshold").arg(ranges.last().high),
            tr("Leave MetricIntervalUpperBound out of the highest step."));
    else if (!above && ranges.first().low != -inf)
        m_report.error(QStringLiteral("autoscaling.step.open"), stepsPath,
                       tr("no step covers the metric more than %1 under the threshold")
                           .arg(-ranges.first().low),
                       tr("Leave MetricIntervalLowerBound out of the lowest step."));
}

void AutoScalingRules::checkAlarm(const MetricAlarm &a, const QString &path)
{
    if (a.alarmName.isEmpty())
        m_report.error(QStringLiteral("autoscaling.alarm.name"), member(path, "AlarmName"),
                       tr("the step scaling policy's alarm has no AlarmName"),
                       tr("Name the alarm; scaling activities quote it."));
    if (!kAlarmMetrics.contains(a.metricName))
        m_report.error(QStringLiteral("autoscaling.alarm.metric"), member(path, "MetricName"),
                       tr("MetricName \"%1\" is not a metric Berth samples").arg(a.metricName),
                       tr("Use one of %1.").arg(kAlarmMetrics.join(QLatin1String(", "))));
    else if (a.metricName == QLatin1String("RequestCountPerTarget") &&
             m_project.requestCountTargetGroup(m_service).isEmpty())
        m_report.error(QStringLiteral("autoscaling.metric.targetGroup"), member(path, "MetricName"),
                       tr("RequestCountPerTarget needs the service behind a target group of "
                          "an application load balancer; service %1 has none")
                           .arg(m_service.name),
                       tr("Connect the service to a target group that an application load "
                          "balancer's listener forwards to, or alarm on CPU or memory."));
    if (!kComparisons.contains(a.comparisonOperator))
        m_report.error(QStringLiteral("autoscaling.alarm.comparison"),
                       member(path, "ComparisonOperator"),
                       tr("ComparisonOperator \"%1\" is not known").arg(a.comparisonOperator),
                       tr("Use one of %1.").arg(kComparisons.join(QLatin1String(", "))));
    if (!QStringList{QStringLiteral("Average"), QStringLiteral("Minimum"),
                     QStringLiteral("Maximum"), QStringLiteral("Sum")}
             .contains(a.statistic))
        m_report.error(QStringLiteral("autoscaling.alarm.statistic"), member(path, "Statistic"),
                       tr("Statistic \"%1\" is not one Berth computes").arg(a.statistic),
                       tr("Use Average, Minimum, Maximum or Sum."));
    if (a.period < 60 || a.period % 60 != 0)
        m_report.error(
            QStringLiteral("autoscaling.alarm.period"), member(path, "Period"),
            tr("Period %1 s: ECS publishes its service metrics once a minute").arg(a.period),
            tr("Use 60 seconds or a multiple of 60."));
    if (a.evaluationPeriods < 1)
        m_report.error(QStringLiteral("autoscaling.alarm.evaluationPeriods"),
                       member(path, "EvaluationPeriods"), tr("EvaluationPeriods must be 1 or more"),
                       tr("Set how many periods the alarm looks at."));
    else if (a.datapointsToAlarm &&
             (*a.datapointsToAlarm < 1 || *a.datapointsToAlarm > a.evaluationPeriods))
        m_report.error(QStringLiteral("autoscaling.alarm.datapoints"),
                       member(path, "DatapointsToAlarm"),
                       tr("DatapointsToAlarm %1 is not between 1 and EvaluationPeriods (%2)")
                           .arg(*a.datapointsToAlarm)
                           .arg(a.evaluationPeriods),
                       tr("Use at most as many datapoints as evaluation periods."));
}

void AutoScalingRules::checkScheduledAction(const ScheduledAction &a, const QString &path)
{
    if (a.scheduledActionName.isEmpty())
        m_report.error(QStringLiteral("autoscaling.schedule.name"),
                       member(path, "ScheduledActionName"),
                       tr("the scheduled action has no ScheduledActionName"),
                       tr("Name the scheduled action."));
    QString error;
    if (!ScalingSchedule::parse(a.schedule, &error))
        m_report.error(QStringLiteral("autoscaling.schedule"), member(path, "Schedule"), error,
                       tr("For example at(2026-12-24T18:00:00), rate(1 hour) or "
                          "cron(0 8 ? * MON-FRI *)."));
    if (!a.timezone.isEmpty() && !QTimeZone(a.timezone.toUtf8()).isValid())
        m_report.error(QStringLiteral("autoscaling.schedule.timezone"), member(path, "Timezone"),
                       tr("Timezone %1 is not a time zone Berth knows").arg(a.timezone),
                       tr("Use an IANA time zone name such as Asia/Tokyo, or leave it empty for "
                          "UTC."));
    // The action runs only between StartTime and EndTime.
    const QDateTime start = QDateTime::fromString(a.startTime, Qt::ISODate);
    const QDateTime end = QDateTime::fromString(a.endTime, Qt::ISODate);
    for (const auto &[key, text, time] : {std::tuple{"StartTime", a.startTime, start},
                                          std::tuple{"EndTime", a.endTime, end}}) {
        if (!text.isEmpty() && !time.isValid())
            m_report.error(QStringLiteral("autoscaling.schedule.time"), member(path, key),
                           tr("%1 \"%2\" is not a date and time").arg(QLatin1String(key), text),
                           tr("Write it as ISO 8601, e.g. 2026-12-24T08:00:00Z, or leave it "
                              "empty."));
    }
    if (start.isValid() && end.isValid() && end < start)
        m_report.error(QStringLiteral("autoscaling.schedule.time"), member(path, "EndTime"),
                       tr("EndTime (%1) is before StartTime (%2): the action would never run")
                           .arg(a.endTime, a.startTime),
                       tr("Set EndTime after StartTime."));
    const QString target = member(path, "ScalableTargetAction");
    if (!a.minCapacity && !a.maxCapacity)
        m_report.error(QStringLiteral("autoscaling.schedule.target"), target,
                       tr("the scheduled action sets neither MinCapacity nor MaxCapacity"),
                       tr("Set the capacity the action changes to."));
    else if (a.minCapacity && a.maxCapacity && *a.maxCapacity < *a.minCapacity)
        m_report.error(QStringLiteral("autoscaling.schedule.target"), member(target, "MaxCapacity"),
                       tr("MaxCapacity (%1) is less than MinCapacity (%2)")
                           .arg(*a.maxCapacity)
                           .arg(*a.minCapacity),
                       tr("Set MaxCapacity to at least MinCapacity."));
    else if ((a.minCapacity && *a.minCapacity < 0) || (a.maxCapacity && *a.maxCapacity < 0))
        m_report.error(QStringLiteral("autoscaling.schedule.target"), target,
                       tr("a capacity cannot be negative"), tr("Use 0 or more."));
}

} // namespace Berth::Model::Internal

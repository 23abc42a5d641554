#include "engine/scaling/servicescaler.h"

#include "engine/scheduler/ecsevents.h"
#include "model/scalingschedule.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace Berth::Engine {

namespace {

// Target tracking's two alarms (../shared/ecs-reference.md, "Service auto scaling").
constexpr int kHighDatapoints = 3;
constexpr int kLowDatapoints = 15;
constexpr double kLowFraction = 0.9;
// The most a target tracking scale-in removes at once: a tenth of the running tasks.
constexpr int kScaleInDivisor = 10;

ScalingMetric metricOfTargetTracking(const QString &type)
{
    if (type == QLatin1String("ECSServiceAverageMemoryUtilization"))
        return ScalingMetric::Memory;
    if (type == QLatin1String("ALBRequestCountPerTarget"))
        return ScalingMetric::RequestCountPerTarget;
    return ScalingMetric::Cpu;
}

ScalingMetric metricOfAlarm(const QString &metricName)
{
    if (metricName == QLatin1String("MemoryUtilization"))
        return ScalingMetric::Memory;
    if (metricName == QLatin1String("RequestCountPerTarget"))
        return ScalingMetric::RequestCountPerTarget;
    return ScalingMetric::Cpu;
}

std::optional<double> valueOf(const ScalingSample &s, ScalingMetric m)
{
    switch (m) {
    case ScalingMetric::Memory:
        return s.memory;
    case ScalingMetric::RequestCountPerTarget:
        return s.requestsPerTarget;
    case ScalingMetric::Cpu:
        break;
    }
    return s.cpu;
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

int ceilOf(double v)
{
    // A hair of tolerance so 2 x 35 / 70 stays 1, not 2 by a rounding error.
    return int(std::ceil(v - 1e-9));
}

} // namespace

ServiceScaler::ServiceScaler(const Model::ServiceAutoScaling &config, const QString &cluster,
                             const QString &service, qint64 originMs)
    : m_config(config), m_cluster(cluster), m_service(service), m_originMs(originMs),
      m_lastTickMs(originMs), m_min(config.minCapacity), m_max(config.maxCapacity)
{
    for (const Model::ScalingPolicy &p : config.policies) {
        Policy policy;
        policy.config = p;
        if (p.isStepScaling()) {
            const Model::MetricAlarm &a = p.stepScaling.alarm;
            if (a.alarmName.isEmpty())
                continue; // no alarm triggers it (yet)
            policy.metric = metricOfAlarm(a.metricName);
            AlarmRule rule;
            rule.name = a.alarmName;
            rule.periodSeconds = a.period;
            rule.evaluationPeriods = a.evaluationPeriods;
            rule.datapointsToAlarm = a.datapoints();
            rule.threshold = a.threshold;
            rule.comparison = AlarmRule::comparisonFrom(a.comparisonOperator);
            rule.statistic = AlarmRule::statisticFrom(a.statistic);
            policy.high = AlarmEvaluator(rule);
        } else if (p.isTargetTracking()) {
            const Model::TargetTrackingConfiguration &t = p.targetTracking;
            policy.metric = metricOfTargetTracking(t.predefinedMetricType);
            // RequestCountPerTarget is a Sum per minute; the service metrics an Average.
            const AlarmRule::Statistic statistic =
                policy.metric == ScalingMetric::RequestCountPerTarget
                    ? AlarmRule::Statistic::Sum
                    : AlarmRule::Statistic::Average;
            const QString id = uuid();
            AlarmRule high;
            high.name = EcsEvents::targetTrackingAlarmName(cluster, service, true, id);
            high.evaluationPeriods = high.datapointsToAlarm = kHighDatapoints;
            high.threshold = t.targetValue;
            high.statistic = statistic;
            AlarmRule low = high;
            low.name = EcsEvents::targetTrackingAlarmName(cluster, service, false, id);
            low.evaluationPeriods = low.datapointsToAlarm = kLowDatapoints;
            low.threshold = kLowFraction * t.targetValue;
            low.comparison = AlarmRule::Comparison::Less;
            policy.high = AlarmEvaluator(high);
            policy.low = AlarmEvaluator(low);
        } else {
            continue;
        }
        m_policies.append(policy);
    }
}

QString ServiceScaler::resourceId() const
{
    return QStringLiteral("service/%1/%2").arg(m_cluster, m_service);
}

void ServiceScaler::setCapacity(int minCapacity, int maxCapacity)
{
    m_min = minCapacity;
    m_max = maxCapacity;
}

void ServiceScaler::addSample(qint64 atMs, const ScalingSample &sample)
{
    for (Policy &p : m_policies) {
        const std::optional<double> v = valueOf(sample, p.metric);
        if (!v)
            continue;
        p.high.addSample(atMs, *v);
        if (p.config.isTargetTracking() && !p.config.targetTracking.disableScaleIn)
            p.low.addSample(atMs, *v);
    }
}

std::optional<ServiceScaler::Proposal> ServiceScaler::scaleOutProposal(const Policy &p,
                                                                       int base) const
{
    const std::optional<double> m = p.high.lastDatapoint();
    const double target = p.config.targetTracking.targetValue;
    if (!m || target <= 0)
        return std::nullopt;
    return Proposal{ceilOf(base * *m / target), &p, p.high.rule().name};
}

std::optional<ServiceScaler::Proposal> ServiceScaler::stepProposal(const Policy &p, int base) const
{
    const Model::StepScalingConfiguration &c = p.config.stepScaling;
    const std::optional<double> m = p.high.lastDatapoint();
    if (!m)
        return std::nullopt;
    // Bounds are relative to the threshold: above it the lower bound is inclusive, below it
    // the upper bound is (Application Auto Scaling's StepAdjustment).
    const double breach = *m - p.high.rule().threshold;
    const Model::StepAdjustment *step = nullptr;
    for (const Model::StepAdjustment &s : c.stepAdjustments) {
        const double low = s.metricIntervalLowerBound.value_or(-INFINITY);
        const double high = s.metricIntervalUpperBound.value_or(INFINITY);
        const bool inside =
            breach >= 0 ? (low <= breach && breach < high) : (low < breach && breach <= high);
        if (inside) {
            step = &s;
            break;
        }
    }
    if (!step)
        return std::nullopt;
    const int adjustment = step->scalingAdjustment;
    int desired = base;
    if (c.adjustmentType == QLatin1String("ExactCapacity")) {
        desired = adjustment;
    } else if (c.adjustmentType == QLatin1String("PercentChangeInCapacity")) {
        const double change = base * adjustment / 100.0;
        int delta = std::fabs(change) < 1 ? (change > 0   ? 1
                                             : change < 0 ? -1
                                                          : 0)
                                          : int(std::trunc(change));
        if (c.minAdjustmentMagnitude && delta != 0 && std::abs(delta) < *c.minAdjustmentMagnitude)
            delta = delta > 0 ? *c.minAdjustmentMagnitude : -*c.minAdjustmentMagnitude;
        desired = base + delta;
    } else {
        desired = base + adjustment;
    }
    return Proposal{std::max(0, desired), &p, p.high.rule().name};
}

int ServiceScaler::scaleInTarget(const Policy &p, int running) const
{
    const double m = p.low.lastDatapoint().value_or(0);
    const double target = p.config.targetTracking.targetValue;
    // The fewest tasks that keep the metric at or under the target, spread evenly.
    int desired = ceilOf(running * m / target);
    desired = std::max(desired, running - std::max(1, running / kScaleInDivisor));
    // The guard, stated as AWS states it: one task fewer must not push the metric over.
    while (desired < running && desired > 0 && running * m / desired > target + 1e-9)
        ++desired;
    return std::min(desired, running);
}

void ServiceScaler::record(ScalingDecision &out, qint64 nowMs, int desired, const QString &cause,
                           const QString &notScaledCode, int current)
{
    ScalingActivity a;
    a.activityId = uuid();
    a.resourceId = resourceId();
    a.cause = cause;
    a.startMs = a.endMs = nowMs;
    a.desiredCount = desired;
    if (notScaledCode.isEmpty()) {
        a.description = EcsEvents::autoScalingDescription(desired);
        a.statusCode = QStringLiteral("Successful");
        a.statusMessage = EcsEvents::autoScalingSucceeded(desired);
        m_lastNotScaled.clear();
    } else {
        if (m_lastNotScaled == notScaledCode)
            return;
        m_lastNotScaled = notScaledCode;
        a.description = EcsEvents::autoScalingNotScaledDescription(desired);
        a.statusCode = QStringLiteral("Failed");
        a.statusMessage = EcsEvents::autoScalingNotScaled(desired);
        a.notScaledReasons.append({notScaledCode, m_max, m_min, current});
    }
    out.activities.append(a);
}

void ServiceScaler::runScheduledActions(qint64 nowMs, int &desired, ScalingDecision &out)
{
    if (m_config.scheduledActions.isEmpty())
        return;
    const QDateTime origin = QDateTime::fromMSecsSinceEpoch(m_originMs, Qt::UTC);
    const QDateTime after = QDateTime::fromMSecsSinceEpoch(m_lastTickMs, Qt::UTC);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    for (const Model::ScheduledAction &a : m_config.scheduledActions) {
        const std::optional<Model::ScalingSchedule> schedule =
            Model::ScalingSchedule::parse(a.schedule, nullptr);
        if (!schedule)
            continue;
        const QDateTime start = QDateTime::fromString(a.startTime, Qt::ISODate);
        const QDateTime end = QDateTime::fromString(a.endTime, Qt::ISODate);
        bool ran = false;
        for (const QDateTime &run : schedule->runsBetween(after, now, origin, a.timezone)) {
            ran = ran || ((!start.isValid() || run >= start) && (!end.isValid() || run <= end));
        }
        if (!ran)
            continue;
        if (a.minCapacity)
            m_min = *a.minCapacity;
        if (a.maxCapacity)
            m_max = *a.maxCapacity;
        const int clamped = std::clamp(desired, m_min, std::max(m_min, m_max));
        if (clamped != desired) {
            desired = clamped;
            out.desiredCount = desired;
            record(out, nowMs, desired, EcsEvents::autoScalingScheduledCause(a.scheduledActionName),
                   {}, desired);
        }
    }
}

ScalingDecision ServiceScaler::tick(qint64 nowMs, const ScalingInput &input)
{
    ScalingDecision out;
    int desired = input.desiredCount;
    runScheduledActions(nowMs, desired, out);
    m_lastTickMs = nowMs;

    bool anyPublished = false;
    for (Policy &p : m_policies) {
        p.highPublished = p.high.advance(nowMs);
        p.lowPublished = p.config.isTargetTracking() && p.low.advance(nowMs);
        anyPublished = anyPublished || p.highPublished || p.lowPublished;
    }
    if (!anyPublished)
        return out;

    const int running = input.runningCount;
    const bool inScaleOutCooldown = nowMs < m_scaleOutCooldownEndMs;
    const int outBase = inScaleOutCooldown ? std::min(m_scaleOutBase, running) : running;

    // Scale out when any policy asks for more than the desired count: the largest wins.
    std::optional<Proposal> out_;
    QList<Proposal> ins;
    for (const Policy &p : m_policies) {
        if (!p.highPublished || p.high.state() != AlarmState::Alarm)
            continue;
        std::optional<Proposal> proposal;
        if (p.config.isTargetTracking())
            proposal = scaleOutProposal(p, outBase);
        else
            proposal = stepProposal(p, inScaleOutCooldown ? outBase : running);
        if (!proposal)
            continue;
        if (p.config.isStepScaling() && proposal->desired < desired) {
            // A step policy lowering the count computes from the running tasks, not the base.
            ins.append(*stepProposal(p, running));
            continue;
        }
        if (!out_ || proposal->desired > out_->desired)
            out_ = proposal;
    }
    if (out_ && out_->desired > desired) {
        const int target = std::clamp(out_->desired, m_min, std::max(m_min, m_max));
        const QString cause =
            EcsEvents::autoScalingAlarmCause(out_->alarmName, out_->policy->config.policyName);
        if (target > desired) {
            record(out, nowMs, target, cause, {}, desired);
            out.desiredCount = target;
            const int cooldown =
                out_->policy->config.isStepScaling()
                    ? out_->policy->config.stepScaling.cooldownSeconds()
                    : out_->policy->config.targetTracking.scaleOutCooldownSeconds();
            if (!inScaleOutCooldown)
                m_scaleOutBase = running;
            m_scaleOutCooldownEndMs = nowMs + qint64(cooldown) * 1000;
            m_scaleInCooldownEndMs = 0; // a scale-out ends a scale-in cooldown
        } else {
            record(out, nowMs, out_->desired, cause, QStringLiteral("AlreadyAtMaxCapacity"),
                   desired);
        }
        return out;
    }

    // Scale in only when every target tracking policy that may scale in agrees; step
    // policies that lower the count join; the largest count wins.
    bool lowPublished = !ins.isEmpty();
    bool allAgree = true;
    for (const Policy &p : m_policies) {
        if (!p.config.isTargetTracking() || p.config.targetTracking.disableScaleIn)
            continue;
        if (p.low.state() != AlarmState::Alarm) {
            allAgree = false;
            break;
        }
        lowPublished = lowPublished || p.lowPublished;
        ins.append({scaleInTarget(p, running), &p, p.low.rule().name});
    }
    if (!allAgree || !lowPublished || ins.isEmpty())
        return out;
    const Proposal in =
        *std::max_element(ins.cbegin(), ins.cend(), [](const Proposal &a, const Proposal &b) {
            return a.desired < b.desired;
        });
    if (input.deploymentInProgress || nowMs < m_scaleInCooldownEndMs || in.desired >= desired)
        return out;
    const QString cause =
        EcsEvents::autoScalingAlarmCause(in.alarmName, in.policy->config.policyName);
    const int target = std::clamp(in.desired, m_min, std::max(m_min, m_max));
    if (target >= desired) {
        record(out, nowMs, in.desired, cause, QStringLiteral("AlreadyAtMinCapacity"), desired);
        return out;
    }
    record(out, nowMs, target, cause, {}, desired);
    out.desiredCount = target;
    int cooldown = 0;
    for (const Proposal &p : ins)
        cooldown =
            std::max(cooldown, p.policy->config.isStepScaling()
                                   ? p.policy->config.stepScaling.cooldownSeconds()
                                   : p.policy->config.targetTracking.scaleInCooldownSeconds());
    m_scaleInCooldownEndMs = nowMs + qint64(cooldown) * 1000;
    return out;
}

QList<ScalingAlarmStatus> ServiceScaler::alarms() const
{
    QList<ScalingAlarmStatus> out;
    for (const Policy &p : m_policies) {
        const bool step = p.config.isStepScaling();
        const bool upward = !step || p.high.rule().comparison == AlarmRule::Comparison::Greater ||
                            p.high.rule().comparison == AlarmRule::Comparison::GreaterOrEqual;
        out.append({p.high.rule().name, p.config.policyName, p.metric, p.high.state(),
                    p.high.rule().threshold, p.high.lastDatapoint(), upward,
                    p.high.datapoints(), p.high.rule()});
        if (!step && !p.config.targetTracking.disableScaleIn)
            out.append({p.low.rule().name, p.config.policyName, p.metric, p.low.state(),
                        p.low.rule().threshold, p.low.lastDatapoint(), false,
                        p.low.datapoints(), p.low.rule()});
    }
    return out;
}

std::optional<double> ServiceScaler::targetValue() const
{
    for (const Policy &p : m_policies) {
        if (p.config.isTargetTracking())
            return p.config.targetTracking.targetValue;
    }
    return std::nullopt;
}

QString cloudWatchMetricName(ScalingMetric metric)
{
    switch (metric) {
    case ScalingMetric::Memory:
        return QStringLiteral("MemoryUtilization");
    case ScalingMetric::RequestCountPerTarget:
        return QStringLiteral("RequestCountPerTarget");
    case ScalingMetric::Cpu:
        break;
    }
    return QStringLiteral("CPUUtilization");
}

} // namespace Berth::Engine

#include "engine/scaling/autoscaling.h"

#include <QDateTime>

#include <algorithm>
#include <utility>

namespace Berth::Engine {

namespace {

qint64 realNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// Requests each healthy target of a target group received in the samples after `after`.
std::optional<double> requestsPerTarget(const LoadBalancerStatus &lb, const QString &targetGroup,
                                        const QDateTime &after)
{
    qint64 requests = 0;
    int healthy = 0;
    bool any = false;
    for (const LoadBalancerSample &s : lb.samples) {
        if (after.isValid() && s.at <= after)
            continue;
        int healthyNow = 0;
        for (const TargetSample &t : s.targets) {
            if (t.targetGroup != targetGroup)
                continue;
            any = true;
            requests += t.requests;
            healthyNow += t.state == QLatin1String("healthy") ? 1 : 0;
        }
        healthy = healthyNow;
    }
    if (!any || healthy == 0)
        return std::nullopt;
    return double(requests) / healthy;
}

} // namespace

AutoScaling::AutoScaling(double timeScale, Clock clock)
    : m_timeScale(timeScale >= 1.0 ? timeScale : 1.0), m_clock(clock ? std::move(clock) : realNow),
      m_realStartMs(m_clock())
{
}

qint64 AutoScaling::now() const
{
    const qint64 real = m_clock();
    return m_realStartMs + qint64(double(real - m_realStartMs) * m_timeScale);
}

void AutoScaling::setDesign(const Model::ProjectData &project)
{
    QHash<QString, Entry> next;
    for (const Model::Service &s : project.services) {
        if (!s.autoScaling || s.isDaemon())
            continue;
        const auto old = m_services.constFind(s.name);
        if (old != m_services.cend()) {
            // Only the capacities changed (RegisterScalableTarget): the alarms go on.
            Model::ServiceAutoScaling sameCapacity = *s.autoScaling;
            sameCapacity.minCapacity = old->config.minCapacity;
            sameCapacity.maxCapacity = old->config.maxCapacity;
            if (sameCapacity == old->config) {
                Entry kept = *old;
                kept.config = *s.autoScaling;
                kept.targetGroup = project.requestCountTargetGroup(s);
                if (kept.config.minCapacity != old->config.minCapacity ||
                    kept.config.maxCapacity != old->config.maxCapacity)
                    kept.scaler->setCapacity(kept.config.minCapacity, kept.config.maxCapacity);
                next.insert(s.name, kept);
                continue;
            }
        }
        Entry e;
        e.config = *s.autoScaling;
        e.scaler = std::make_shared<ServiceScaler>(e.config, s.cluster, s.name, now());
        e.targetGroup = project.requestCountTargetGroup(s);
        if (old != m_services.cend())
            e.activities = old->activities;
        next.insert(s.name, std::move(e));
    }
    m_services = std::move(next);
}

QList<AutoScaling::Change> AutoScaling::observe(const EngineSnapshot &snapshot)
{
    QList<Change> changes;
    if (m_services.isEmpty())
        return changes;
    const qint64 real = m_clock();
    // One sample a real second, as the engine samples; snapshots come more often.
    const bool feed = real - m_lastFeedMs >= 900;
    const qint64 ecsNow = now();
    QHash<QString, double> perTarget;
    if (feed) {
        m_lastFeedMs = real;
        for (const LoadBalancerStatus &lb : snapshot.loadBalancers) {
            const QDateTime after = m_lastLoadBalancerSample.value(lb.name);
            for (auto it = m_services.cbegin(); it != m_services.cend(); ++it) {
                if (it->targetGroup.isEmpty() || perTarget.contains(it->targetGroup))
                    continue;
                if (const auto v = requestsPerTarget(lb, it->targetGroup, after))
                    perTarget.insert(it->targetGroup, *v);
            }
            if (!lb.samples.isEmpty())
                m_lastLoadBalancerSample.insert(lb.name, lb.samples.last().at);
        }
    }
    for (const ServiceStatus &status : snapshot.services) {
        auto it = m_services.find(status.name);
        if (it == m_services.end())
            continue;
        // No RUNNING task, no datapoint: ECS publishes the service metrics only then.
        if (feed && status.runningCount > 0) {
            ScalingSample sample{status.cpuUtilization, status.memoryUtilization, std::nullopt};
            if (perTarget.contains(it->targetGroup))
                sample.requestsPerTarget = perTarget.value(it->targetGroup);
            it->scaler->addSample(ecsNow, sample);
        }
        const ScalingInput input{status.runningCount, status.desiredCount,
                                 status.deployments.size() > 1};
        const ScalingDecision decision = it->scaler->tick(ecsNow, input);
        for (const ScalingActivity &a : decision.activities) {
            it->activities.prepend(a);
            m_new.append({status.name, a});
        }
        while (it->activities.size() > kKeptActivities)
            it->activities.removeLast();
        if (decision.desiredCount && *decision.desiredCount != status.desiredCount)
            changes.append({status.name, *decision.desiredCount});
    }
    return changes;
}

QList<ServiceScalingStatus> AutoScaling::status() const
{
    QList<ServiceScalingStatus> out;
    for (auto it = m_services.cbegin(); it != m_services.cend(); ++it)
        out.append(*status(it.key()));
    std::sort(out.begin(), out.end(),
              [](const ServiceScalingStatus &a, const ServiceScalingStatus &b) {
                  return a.service < b.service;
              });
    return out;
}

std::optional<ServiceScalingStatus> AutoScaling::status(const QString &service) const
{
    const auto it = m_services.constFind(service);
    if (it == m_services.cend())
        return std::nullopt;
    const ServiceScaler &s = *it->scaler;
    return ServiceScalingStatus{service,         s.resourceId(),  s.minCapacity(),
                                s.maxCapacity(), s.targetValue(), s.alarms()};
}

QList<ScalingActivity> AutoScaling::activities(const QString &service) const
{
    if (!service.isEmpty()) {
        const auto it = m_services.constFind(service);
        return it == m_services.cend() ? QList<ScalingActivity>() : it->activities;
    }
    QList<ScalingActivity> all;
    for (const Entry &e : m_services)
        all += e.activities;
    std::sort(all.begin(), all.end(), [](const ScalingActivity &a, const ScalingActivity &b) {
        return a.startMs > b.startMs;
    });
    return all;
}

QList<QPair<QString, ScalingActivity>> AutoScaling::takeNewActivities()
{
    return std::exchange(m_new, {});
}

void AutoScaling::setCapacity(const QString &service, int minCapacity, int maxCapacity)
{
    const auto it = m_services.find(service);
    if (it != m_services.end())
        it->scaler->setCapacity(minCapacity, maxCapacity);
}

} // namespace Berth::Engine

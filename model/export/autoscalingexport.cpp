#include "model/export/autoscalingexport.h"

namespace Berth::Model {

namespace {

QJsonObject target(const Service &service)
{
    return {{QLatin1String("ServiceNamespace"), QLatin1String("ecs")},
            {QLatin1String("ResourceId"), AutoScalingExport::resourceId(service)},
            {QLatin1String("ScalableDimension"), QLatin1String("ecs:service:DesiredCount")}};
}

} // namespace

QString AutoScalingExport::resourceId(const Service &service)
{
    return QStringLiteral("service/%1/%2").arg(service.cluster, service.name);
}

QJsonObject AutoScalingExport::registerScalableTarget(const Service &service)
{
    QJsonObject o = target(service);
    if (service.autoScaling) {
        o.insert(QLatin1String("MinCapacity"), service.autoScaling->minCapacity);
        o.insert(QLatin1String("MaxCapacity"), service.autoScaling->maxCapacity);
    }
    return o;
}

QJsonObject AutoScalingExport::putScalingPolicy(const ProjectData &project, const Service &service,
                                                const ScalingPolicy &policy)
{
    QJsonObject o = ServiceAutoScaling::policyToJson(policy);
    o.remove(QLatin1String("Alarm")); // CloudWatch's, written on its own
    const QJsonObject resource = target(service);
    for (auto it = resource.begin(); it != resource.end(); ++it)
        o.insert(it.key(), it.value());
    const QString key = ScalingPolicy::configurationKey(policy.policyType);
    QJsonObject c = o.value(key).toObject();
    QJsonObject metric = c.value(QLatin1String("PredefinedMetricSpecification")).toObject();
    if (policy.isTargetTracking() &&
        policy.targetTracking.predefinedMetricType == QLatin1String("ALBRequestCountPerTarget") &&
        policy.targetTracking.resourceLabel.isEmpty()) {
        metric.insert(QLatin1String("ResourceLabel"), project.requestCountResourceLabel(service));
        c.insert(QLatin1String("PredefinedMetricSpecification"), metric);
        o.insert(key, c);
    }
    return o;
}

QJsonObject AutoScalingExport::putMetricAlarm(const ProjectData &project, const Service &service,
                                              const MetricAlarm &alarm)
{
    QJsonObject o = ServiceAutoScaling::alarmToJson(alarm);
    QJsonArray dimensions;
    auto dimension = [&](const char *name, const QString &value) {
        dimensions.append(QJsonObject{{QLatin1String("Name"), QLatin1String(name)},
                                      {QLatin1String("Value"), value}});
    };
    if (alarm.metricName == QLatin1String("RequestCountPerTarget")) {
        o.insert(QLatin1String("Namespace"), QLatin1String("AWS/ApplicationELB"));
        const QString label = project.requestCountResourceLabel(service);
        dimension("TargetGroup", label.mid(label.indexOf(QLatin1String("targetgroup/"))));
    } else {
        o.insert(QLatin1String("Namespace"), QLatin1String("AWS/ECS"));
        dimension("ClusterName", service.cluster);
        dimension("ServiceName", service.name);
    }
    o.insert(QLatin1String("Dimensions"), dimensions);
    return o;
}

QJsonObject AutoScalingExport::putScheduledAction(const Service &service,
                                                  const ScheduledAction &action)
{
    QJsonObject o = ServiceAutoScaling::scheduledActionToJson(action);
    const QJsonObject resource = target(service);
    for (auto it = resource.begin(); it != resource.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QList<AutoScalingExport::File> AutoScalingExport::files(const ProjectData &project,
                                                        const Service &service)
{
    QList<File> out;
    if (!service.autoScaling)
        return out;
    const QString base = QStringLiteral("services/%1.").arg(service.name);
    out.append({base + QStringLiteral("scalable-target.json"), registerScalableTarget(service)});
    for (const ScalingPolicy &p : service.autoScaling->policies) {
        out.append({base + QStringLiteral("policy.%1.json").arg(p.policyName),
                    putScalingPolicy(project, service, p)});
        if (p.isStepScaling() && !p.stepScaling.alarm.alarmName.isEmpty())
            out.append({base + QStringLiteral("alarm.%1.json").arg(p.stepScaling.alarm.alarmName),
                        putMetricAlarm(project, service, p.stepScaling.alarm)});
    }
    for (const ScheduledAction &a : service.autoScaling->scheduledActions)
        out.append({base + QStringLiteral("scheduled-action.%1.json").arg(a.scheduledActionName),
                    putScheduledAction(service, a)});
    return out;
}

} // namespace Berth::Model

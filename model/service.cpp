#include "model/service.h"

namespace Berth::Model {

namespace {
const QStringList kModelled = {
    QStringLiteral("serviceName"), QStringLiteral("cluster"), QStringLiteral("taskDefinition"),
    QStringLiteral("desiredCount"), QStringLiteral("launchType"),
    QStringLiteral("schedulingStrategy"), QStringLiteral("placementConstraints"),
    QStringLiteral("placementStrategy"), QStringLiteral("loadBalancers"),
    QStringLiteral("healthCheckGracePeriodSeconds"), QStringLiteral("deploymentConfiguration"),
    QStringLiteral("networkConfiguration"), QStringLiteral("enableExecuteCommand"),
    QStringLiteral("tags"), QStringLiteral("canvas"), QStringLiteral("autoScaling"),
    QStringLiteral("capacityProviderStrategy")};
}

int Service::minimumHealthyPercent() const
{
    return deploymentConfiguration.minimumHealthyPercent.value_or(isDaemon() ? 0 : 100);
}

int Service::maximumPercent() const
{
    return deploymentConfiguration.maximumPercent.value_or(isDaemon() ? 100 : 200);
}

QJsonObject Service::toJson() const
{
    QJsonObject o = extra;
    o.insert(QLatin1String("serviceName"), name);
    o.insert(QLatin1String("cluster"), cluster);
    o.insert(QLatin1String("taskDefinition"), taskDefinition);
    if (!isDaemon())
        o.insert(QLatin1String("desiredCount"), desiredCount);
    if (!launchType.isEmpty())
        o.insert(QLatin1String("launchType"), launchType);
    o.insert(QLatin1String("schedulingStrategy"), schedulingStrategy);
    if (!placementConstraints.isEmpty()) {
        QJsonArray a;
        for (const PlacementConstraint &c : placementConstraints)
            a.append(c.toJson());
        o.insert(QLatin1String("placementConstraints"), a);
    }
    if (!placementStrategy.isEmpty()) {
        QJsonArray a;
        for (const PlacementStrategy &s : placementStrategy)
            a.append(s.toJson());
        o.insert(QLatin1String("placementStrategy"), a);
    }
    if (!loadBalancers.isEmpty()) {
        QJsonArray a;
        for (const ServiceLoadBalancer &lb : loadBalancers)
            a.append(QJsonObject{{QLatin1String("targetGroup"), lb.targetGroup},
                                 {QLatin1String("containerName"), lb.containerName},
                                 {QLatin1String("containerPort"), lb.containerPort}});
        o.insert(QLatin1String("loadBalancers"), a);
    }
    if (!capacityProviderStrategy.isEmpty()) {
        QJsonArray a;
        for (const CapacityProviderStrategyItem &item : capacityProviderStrategy)
            a.append(item.toJson());
        o.insert(QLatin1String("capacityProviderStrategy"), a);
    }
    if (healthCheckGracePeriodSeconds)
        o.insert(QLatin1String("healthCheckGracePeriodSeconds"),
                 *healthCheckGracePeriodSeconds);
    const DeploymentConfiguration &d = deploymentConfiguration;
    QJsonObject dc = d.extra;
    if (d.minimumHealthyPercent)
        dc.insert(QLatin1String("minimumHealthyPercent"), *d.minimumHealthyPercent);
    if (d.maximumPercent)
        dc.insert(QLatin1String("maximumPercent"), *d.maximumPercent);
    if (d.circuitBreakerEnable)
        dc.insert(QLatin1String("deploymentCircuitBreaker"),
                  QJsonObject{{QLatin1String("enable"), *d.circuitBreakerEnable},
                              {QLatin1String("rollback"), d.circuitBreakerRollback}});
    if (!dc.isEmpty())
        o.insert(QLatin1String("deploymentConfiguration"), dc);
    if (!networkConfiguration.isEmpty())
        o.insert(QLatin1String("networkConfiguration"), networkConfiguration);
    if (enableExecuteCommand)
        o.insert(QLatin1String("enableExecuteCommand"), true);
    if (!tags.isEmpty())
        o.insert(QLatin1String("tags"), tags);
    o.insert(QLatin1String("canvas"),
             QJsonObject{{QLatin1String("x"), position.x()}, {QLatin1String("y"), position.y()}});
    if (autoScaling)
        o.insert(QLatin1String("autoScaling"), autoScaling->toJson());
    return o;
}

Service Service::fromJson(const JsonReader &in)
{
    Service s;
    s.name = in.string(QStringLiteral("serviceName"));
    s.cluster = in.string(QStringLiteral("cluster"));
    s.taskDefinition = in.string(QStringLiteral("taskDefinition"));
    s.desiredCount = in.integer(QStringLiteral("desiredCount"), s.desiredCount);
    // Left out, as in CreateService: the cluster's default capacity provider strategy, or EC2.
    s.launchType = in.string(QStringLiteral("launchType"));
    s.schedulingStrategy = in.string(QStringLiteral("schedulingStrategy"), s.schedulingStrategy);
    for (const JsonReader &c : in.children(QStringLiteral("placementConstraints")))
        s.placementConstraints.append({c.string(QStringLiteral("type")),
                                       c.string(QStringLiteral("expression"))});
    for (const JsonReader &c : in.children(QStringLiteral("placementStrategy")))
        s.placementStrategy.append(
            {c.string(QStringLiteral("type")), c.string(QStringLiteral("field"))});
    for (const JsonReader &lb : in.children(QStringLiteral("loadBalancers")))
        s.loadBalancers.append({lb.string(QStringLiteral("targetGroup")),
                                lb.string(QStringLiteral("containerName")),
                                lb.integer(QStringLiteral("containerPort"))});
    for (const JsonReader &item : in.children(QStringLiteral("capacityProviderStrategy")))
        s.capacityProviderStrategy.append(CapacityProviderStrategyItem::fromJson(item));
    s.healthCheckGracePeriodSeconds =
        in.optionalInteger(QStringLiteral("healthCheckGracePeriodSeconds"));
    const JsonReader dc = in.child(QStringLiteral("deploymentConfiguration"));
    s.deploymentConfiguration.minimumHealthyPercent =
        dc.optionalInteger(QStringLiteral("minimumHealthyPercent"));
    s.deploymentConfiguration.maximumPercent =
        dc.optionalInteger(QStringLiteral("maximumPercent"));
    QJsonObject dcExtra = in.rawObject(QStringLiteral("deploymentConfiguration"));
    for (const char *modelled : {"minimumHealthyPercent", "maximumPercent",
                                 "deploymentCircuitBreaker"})
        dcExtra.remove(QLatin1String(modelled));
    s.deploymentConfiguration.extra = dcExtra;
    if (dc.has(QStringLiteral("deploymentCircuitBreaker"))) {
        const JsonReader cb = dc.child(QStringLiteral("deploymentCircuitBreaker"));
        s.deploymentConfiguration.circuitBreakerEnable = cb.boolean(QStringLiteral("enable"));
        s.deploymentConfiguration.circuitBreakerRollback =
            cb.boolean(QStringLiteral("rollback"));
    }
    s.networkConfiguration = in.rawObject(QStringLiteral("networkConfiguration"));
    s.enableExecuteCommand = in.boolean(QStringLiteral("enableExecuteCommand"));
    s.tags = in.rawArray(QStringLiteral("tags"));
    const JsonReader canvas = in.child(QStringLiteral("canvas"));
    s.position = QPointF(canvas.number(QStringLiteral("x")), canvas.number(QStringLiteral("y")));
    if (in.has(QStringLiteral("autoScaling")))
        s.autoScaling = ServiceAutoScaling::fromJson(in.child(QStringLiteral("autoScaling")));
    for (auto it = in.object().begin(); it != in.object().end(); ++it) {
        if (!kModelled.contains(it.key()))
            s.extra.insert(it.key(), it.value());
    }
    return s;
}

} // namespace Berth::Model

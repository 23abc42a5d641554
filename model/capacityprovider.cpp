#include "model/capacityprovider.h"

#include <QJsonArray>

namespace Berth::Model {

QString CapacityProvider::instanceName(int ordinal) const
{
    return QStringLiteral("%1-%2").arg(name).arg(ordinal);
}

QString CapacityProvider::zoneOf(int ordinal) const
{
    if (availabilityZones.isEmpty())
        return QStringLiteral("us-east-1a");
    return availabilityZones.at(ordinal % availabilityZones.size());
}

QJsonObject CapacityProvider::toJson() const
{
    const ManagedScaling &m = managedScaling;
    return QJsonObject{
        {QLatin1String("name"), name},
        {QLatin1String("autoScalingGroup"),
         QJsonObject{
             {QLatin1String("instanceType"), instanceType},
             {QLatin1String("minSize"), minSize},
             {QLatin1String("maxSize"), maxSize},
             {QLatin1String("desiredCapacity"), desiredCapacity},
             {QLatin1String("availabilityZones"), QJsonArray::fromStringList(availabilityZones)}}},
        {QLatin1String("managedScaling"),
         QJsonObject{{QLatin1String("status"),
                      m.enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED")},
                     {QLatin1String("targetCapacity"), m.targetCapacity},
                     {QLatin1String("minimumScalingStepSize"), m.minimumScalingStepSize},
                     {QLatin1String("maximumScalingStepSize"), m.maximumScalingStepSize},
                     {QLatin1String("instanceWarmupPeriod"), m.instanceWarmupPeriod}}},
        {QLatin1String("managedTerminationProtection"),
         managedTerminationProtection ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED")}};
}

CapacityProvider CapacityProvider::fromJson(const JsonReader &in)
{
    CapacityProvider p;
    p.name = in.string(QStringLiteral("name"));
    const JsonReader group = in.child(QStringLiteral("autoScalingGroup"));
    p.instanceType = group.string(QStringLiteral("instanceType"), p.instanceType);
    p.minSize = group.integer(QStringLiteral("minSize"), p.minSize);
    p.maxSize = group.integer(QStringLiteral("maxSize"), p.maxSize);
    p.desiredCapacity = group.integer(QStringLiteral("desiredCapacity"), p.desiredCapacity);
    if (group.has(QStringLiteral("availabilityZones"))) {
        p.availabilityZones.clear();
        for (const QJsonValue z : group.rawArray(QStringLiteral("availabilityZones")))
            p.availabilityZones << z.toString();
    }
    const JsonReader m = in.child(QStringLiteral("managedScaling"));
    p.managedScaling.enabled =
        m.string(QStringLiteral("status"), QStringLiteral("ENABLED")) != QLatin1String("DISABLED");
    p.managedScaling.targetCapacity =
        m.integer(QStringLiteral("targetCapacity"), p.managedScaling.targetCapacity);
    p.managedScaling.minimumScalingStepSize = m.integer(QStringLiteral("minimumScalingStepSize"),
                                                        p.managedScaling.minimumScalingStepSize);
    p.managedScaling.maximumScalingStepSize = m.integer(QStringLiteral("maximumScalingStepSize"),
                                                        p.managedScaling.maximumScalingStepSize);
    p.managedScaling.instanceWarmupPeriod =
        m.integer(QStringLiteral("instanceWarmupPeriod"), p.managedScaling.instanceWarmupPeriod);
    p.managedTerminationProtection =
        in.string(QStringLiteral("managedTerminationProtection"), QStringLiteral("ENABLED")) !=
        QLatin1String("DISABLED");
    return p;
}

QJsonObject CapacityProviderStrategyItem::toJson() const
{
    // base and weight default to 0 in ECS: a file that leaves them out keeps leaving them out.
    QJsonObject o{{QLatin1String("capacityProvider"), capacityProvider}};
    if (base != 0)
        o.insert(QLatin1String("base"), base);
    if (weight != 0)
        o.insert(QLatin1String("weight"), weight);
    return o;
}

CapacityProviderStrategyItem CapacityProviderStrategyItem::fromJson(const JsonReader &in)
{
    return {in.string(QStringLiteral("capacityProvider")), in.integer(QStringLiteral("base")),
            in.integer(QStringLiteral("weight"))};
}

} // namespace Berth::Model

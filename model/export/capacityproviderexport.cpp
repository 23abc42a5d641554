#include "model/export/capacityproviderexport.h"

#include <QJsonArray>

#include <algorithm>

namespace Berth::Model {

namespace {

QString status(bool on)
{
    return on ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED");
}

} // namespace

QJsonObject CapacityProviderExport::createCapacityProvider(const CapacityProvider &provider)
{
    const ManagedScaling &m = provider.managedScaling;
    return QJsonObject{
        {QLatin1String("name"), provider.name},
        {QLatin1String("autoScalingGroupProvider"),
         QJsonObject{
             {QLatin1String("autoScalingGroupArn"), provider.name},
             {QLatin1String("managedScaling"),
              QJsonObject{{QLatin1String("status"), status(m.enabled)},
                          {QLatin1String("targetCapacity"), m.targetCapacity},
                          {QLatin1String("minimumScalingStepSize"), m.minimumScalingStepSize},
                          {QLatin1String("maximumScalingStepSize"), m.maximumScalingStepSize},
                          {QLatin1String("instanceWarmupPeriod"), m.instanceWarmupPeriod}}},
             {QLatin1String("managedTerminationProtection"),
              status(provider.managedTerminationProtection)}}}};
}

QStringList CapacityProviderExport::associatedProviders(const ProjectData &project,
                                                        const Cluster &cluster)
{
    QStringList names;
    for (const CapacityProvider &p : cluster.capacityProviders)
        names << p.name;
    const auto namedIn = [](const QList<CapacityProviderStrategyItem> &strategy,
                            const char *fargate) {
        return std::any_of(strategy.cbegin(), strategy.cend(),
                           [&](const CapacityProviderStrategyItem &i) {
                               return i.capacityProvider == QLatin1String(fargate);
                           });
    };
    for (const char *fargate : {"FARGATE", "FARGATE_SPOT"}) {
        bool named = namedIn(cluster.defaultCapacityProviderStrategy, fargate);
        for (const Service &s : project.services)
            named = named ||
                    (s.cluster == cluster.name && namedIn(s.capacityProviderStrategy, fargate));
        if (named)
            names << QLatin1String(fargate);
    }
    return names;
}

QJsonArray CapacityProviderExport::strategy(const QList<CapacityProviderStrategyItem> &items)
{
    QJsonArray out;
    for (const CapacityProviderStrategyItem &item : items)
        out.append(QJsonObject{{QLatin1String("capacityProvider"), item.capacityProvider},
                               {QLatin1String("base"), item.base},
                               {QLatin1String("weight"), item.weight}});
    return out;
}

QJsonObject CapacityProviderExport::putClusterCapacityProviders(const ProjectData &project,
                                                                const Cluster &cluster)
{
    // The default strategy is required even when empty ([]: services name their own).
    return QJsonObject{{QLatin1String("cluster"), cluster.name},
                       {QLatin1String("capacityProviders"),
                        QJsonArray::fromStringList(associatedProviders(project, cluster))},
                       {QLatin1String("defaultCapacityProviderStrategy"),
                        strategy(cluster.defaultCapacityProviderStrategy)}};
}

QList<CapacityProviderExport::File> CapacityProviderExport::files(const ProjectData &project,
                                                                  const Cluster &cluster)
{
    QList<File> files;
    if (cluster.capacityProviders.isEmpty() && cluster.defaultCapacityProviderStrategy.isEmpty())
        return files;
    for (const CapacityProvider &p : cluster.capacityProviders)
        files.append(
            {QStringLiteral("capacity-providers/%1.json").arg(p.name), createCapacityProvider(p)});
    files.append({QStringLiteral("clusters/%1.capacity-providers.json").arg(cluster.name),
                  putClusterCapacityProviders(project, cluster)});
    return files;
}

} // namespace Berth::Model

#include "model/cluster.h"

namespace Berth::Model {

const ContainerInstance *Cluster::instance(const QString &n) const
{
    for (const ContainerInstance &ci : instances) {
        if (ci.name == n)
            return &ci;
    }
    return nullptr;
}

ContainerInstance *Cluster::instance(const QString &n)
{
    for (ContainerInstance &ci : instances) {
        if (ci.name == n)
            return &ci;
    }
    return nullptr;
}

const CapacityProvider *Cluster::capacityProvider(const QString &n) const
{
    for (const CapacityProvider &p : capacityProviders) {
        if (p.name == n)
            return &p;
    }
    return nullptr;
}

QJsonObject Cluster::toJson() const
{
    QJsonArray list;
    for (const ContainerInstance &ci : instances)
        list.append(ci.toJson());
    QJsonObject o;
    o.insert(QLatin1String("name"), name);
    o.insert(QLatin1String("instances"), list);
    o.insert(QLatin1String("fargate"),
             QJsonObject{{QLatin1String("enabled"), fargate.enabled},
                         {QLatin1String("quota"), fargate.quota}});
    // Written only when there are some: designs without them stay byte for byte as before.
    if (!capacityProviders.isEmpty()) {
        QJsonArray providers;
        for (const CapacityProvider &p : capacityProviders)
            providers.append(p.toJson());
        o.insert(QLatin1String("capacityProviders"), providers);
    }
    if (!defaultCapacityProviderStrategy.isEmpty()) {
        QJsonArray strategy;
        for (const CapacityProviderStrategyItem &item : defaultCapacityProviderStrategy)
            strategy.append(item.toJson());
        o.insert(QLatin1String("defaultCapacityProviderStrategy"), strategy);
    }
    o.insert(QLatin1String("canvas"),
             QJsonObject{{QLatin1String("x"), frame.x()},
                         {QLatin1String("y"), frame.y()},
                         {QLatin1String("width"), frame.width()},
                         {QLatin1String("height"), frame.height()}});
    return o;
}

Cluster Cluster::fromJson(const JsonReader &in)
{
    Cluster c;
    c.name = in.string(QStringLiteral("name"));
    for (const JsonReader &ci : in.children(QStringLiteral("instances")))
        c.instances.append(ContainerInstance::fromJson(ci));
    const JsonReader f = in.child(QStringLiteral("fargate"));
    c.fargate.enabled = f.boolean(QStringLiteral("enabled"));
    c.fargate.quota = f.integer(QStringLiteral("quota"));
    for (const JsonReader &p : in.children(QStringLiteral("capacityProviders")))
        c.capacityProviders.append(CapacityProvider::fromJson(p));
    for (const JsonReader &item : in.children(QStringLiteral("defaultCapacityProviderStrategy")))
        c.defaultCapacityProviderStrategy.append(CapacityProviderStrategyItem::fromJson(item));
    const JsonReader canvas = in.child(QStringLiteral("canvas"));
    c.frame = QRectF(canvas.number(QStringLiteral("x")), canvas.number(QStringLiteral("y")),
                     canvas.number(QStringLiteral("width"), c.frame.width()),
                     canvas.number(QStringLiteral("height"), c.frame.height()));
    return c;
}

} // namespace Berth::Model

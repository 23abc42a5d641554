#include "ui/style/palette.h"

namespace Berth::Gui::Palette {

using Model::EntityKind;

QColor accent(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Cluster:
        return cluster;
    case EntityKind::ContainerInstance:
        return containerInstance;
    case EntityKind::FargateCapacity:
        return fargate;
    case EntityKind::TaskDefinition:
        return taskDefinition;
    case EntityKind::Service:
        return service;
    case EntityKind::LoadBalancer:
    case EntityKind::ApplicationLoadBalancer:
    case EntityKind::ListenerRule:
        return loadBalancer;
    case EntityKind::NetworkLoadBalancer:
        return networkLoadBalancer;
    case EntityKind::TargetGroup:
        return targetGroup;
    case EntityKind::Repository:
        return repository;
    default:
        return otherEntity;
    }
}

QColor serviceColour(int index)
{
    if (index < 0)
        return taskWithoutService;
    return services.at(std::size_t(index) % services.size());
}

QColor planService(int hue)
{
    return QColor::fromHsl(hue, 150, 120);
}

QString inColour(const QColor &colour, const QString &html)
{
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(colour.name(), html);
}

} // namespace Berth::Gui::Palette

#include "engine/scheduler/placementfailure.h"
#include "engine/enginetr.h"

#include "engine/scheduler/ecsevents.h"

#include <QCoreApplication>

namespace Berth::Engine {

// ECS's own wording is not translated: learners search for it verbatim.
QString PlacementFailure::ecsText(const QString &service, Kind kind,
                                  const QString &closestInstanceId)
{
    using EcsEvents::PlacementEnding;
    switch (kind) {
    case Kind::NoInstances:
        return EcsEvents::unableToPlaceNoInstances(service);
    case Kind::Cpu:
        return EcsEvents::unableToPlace(service, PlacementEnding::Cpu, closestInstanceId);
    case Kind::Memory:
        return EcsEvents::unableToPlace(service, PlacementEnding::Memory, closestInstanceId);
    case Kind::Port:
        return EcsEvents::unableToPlace(service, PlacementEnding::Port, closestInstanceId);
    case Kind::PortLimit:
        return EcsEvents::unableToPlace(service, PlacementEnding::PortLimit, closestInstanceId);
    case Kind::Eni:
        return EcsEvents::unableToPlace(service, PlacementEnding::Eni, closestInstanceId);
    case Kind::Attribute:
        return EcsEvents::unableToPlaceConstraint(service);
    case Kind::FargateQuota:
        return EcsEvents::unableToPlaceReason(service,
                                              QStringLiteral("You've reached the limit on the "
                                                             "number of tasks you can run "
                                                             "concurrently"));
    case Kind::FargateDisabled:
        return EcsEvents::unableToPlaceReason(service, QStringLiteral("Capacity is unavailable "
                                                                      "at this time."));
    case Kind::Invalid:
        break;
    }
    return {};
}

PlacementFailure PlacementFailure::noInstances(const QString &service, const QString &reason)
{
    return {Kind::NoInstances, ecsText(service, Kind::NoInstances, {}), reason, {}, reason};
}

PlacementFailure PlacementFailure::fargateDisabled(const QString &service, const QString &cluster)
{
    const QString reason = Tr::tr("Cluster %1 has no Fargate capacity: enable Fargate on the "
                                  "cluster, or run the service with launch type EC2.")
                               .arg(cluster);
    return {Kind::FargateDisabled, ecsText(service, Kind::FargateDisabled, {}), reason, {},
            reason};
}

PlacementFailure PlacementFailure::fargateQuota(const QString &service, const QString &cluster,
                                                int quota)
{
    const QString reason = Tr::tr("Cluster %1 allows %n concurrent Fargate task(s) and they are "
                                  "all in use; raise the quota or lower a desired count.",
                                  nullptr, quota)
                               .arg(cluster);
    return {Kind::FargateQuota, ecsText(service, Kind::FargateQuota, {}), reason, {}, reason};
}

PlacementFailure PlacementFailure::invalid(const QString &ecsMessage, const QString &reason)
{
    return {Kind::Invalid, ecsMessage, reason, {}, reason};
}

} // namespace Berth::Engine

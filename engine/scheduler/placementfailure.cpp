#include "engine/scheduler/placementfailure.h"

#include <QCoreApplication>

namespace Berth::Engine {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Berth::Engine::PlacementFailure", text, nullptr, n);
}

} // namespace

// ECS's own wording is not translated: learners search for it verbatim.
QString PlacementFailure::ecsText(const QString &service, Kind kind, const QString &closest)
{
    const QString head = QStringLiteral("service %1 was unable to place a task because no "
                                        "container instance met all of its requirements.")
                             .arg(service);
    const QString instance = QStringLiteral(" The closest matching container-instance %1 ")
                                 .arg(closest);
    switch (kind) {
    case Kind::NoInstances:
        return head + QStringLiteral(" Reason: No Container Instances were found in your "
                                     "cluster.");
    case Kind::Cpu:
        return head + instance + QStringLiteral("has insufficient CPU units available.");
    case Kind::Memory:
        return head + instance + QStringLiteral("has insufficient memory available.");
    case Kind::Port:
        return head + instance + QStringLiteral("is already using a port required by your "
                                                "task.");
    case Kind::PortLimit:
        return head + instance + QStringLiteral("encountered error \"RESOURCE:PORTS\".");
    case Kind::Eni:
        return head + instance + QStringLiteral("encountered error \"RESOURCE:ENI\".");
    case Kind::Attribute:
        return head + instance + QStringLiteral("is missing an attribute required by your "
                                                "task.");
    case Kind::FargateQuota:
        return QStringLiteral("service %1 was unable to place a task. Reason: You've reached "
                              "the limit on the number of tasks you can run concurrently")
            .arg(service);
    case Kind::FargateDisabled:
        return QStringLiteral("service %1 was unable to place a task. Reason: Capacity is "
                              "unavailable at this time.")
            .arg(service);
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
    const QString reason = tr("Cluster %1 has no Fargate capacity: enable Fargate on the "
                              "cluster, or run the service with launch type EC2.")
                               .arg(cluster);
    return {Kind::FargateDisabled, ecsText(service, Kind::FargateDisabled, {}), reason, {},
            reason};
}

PlacementFailure PlacementFailure::fargateQuota(const QString &service, const QString &cluster,
                                                int quota)
{
    const QString reason = tr("Cluster %1 allows %n concurrent Fargate task(s) and they are "
                              "all in use; raise the quota or lower a desired count.",
                              quota)
                               .arg(cluster);
    return {Kind::FargateQuota, ecsText(service, Kind::FargateQuota, {}), reason, {}, reason};
}

PlacementFailure PlacementFailure::invalid(const QString &ecsMessage, const QString &reason)
{
    return {Kind::Invalid, ecsMessage, reason, {}, reason};
}

} // namespace Berth::Engine

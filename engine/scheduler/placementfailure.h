#pragma once

#include <QString>
#include <QStringList>

namespace Berth::Engine {

/// Why a task could not be placed: the service event ECS would write, Berth's fuller reason
/// beside it, and the instance ECS calls the closest match (empty when there is none).
struct PlacementFailure
{
    /// The first requirement the closest instance misses, or what else went wrong.
    enum class Kind {
        NoInstances,   ///< no ACTIVE container instance in the cluster
        Cpu,
        Memory,
        Port,          ///< a static host port is taken
        PortLimit,     ///< the instance would pass 100 reserved ports
        Eni,           ///< no free ENI for an awsvpc task
        Attribute,     ///< a memberOf or distinctInstance constraint is not met
        FargateDisabled,
        FargateQuota,
        Invalid,       ///< ECS would refuse the service or task definition itself
    };

    Kind kind = Kind::NoInstances;
    QString ecsMessage;
    QString reason;
    QString closestInstance;
    /// One clause: what the closest instance misses ("i-1: port 80/tcp held by task
    /// web-1"), or the reason when no instance is named.
    QString summary;

    /// "(service NAME) was unable to place a task because no container instance met all of
    /// its requirements. The closest matching (container-instance ID) has insufficient
    /// memory available. ..." and its siblings (EcsEvents); `closestInstanceId` is ECS's
    /// 32-digit container instance id.
    static QString ecsText(const QString &service, Kind kind, const QString &closestInstanceId);

    static PlacementFailure noInstances(const QString &service, const QString &reason);
    static PlacementFailure fargateDisabled(const QString &service, const QString &cluster);
    static PlacementFailure fargateQuota(const QString &service, const QString &cluster,
                                         int quota);
    static PlacementFailure invalid(const QString &ecsMessage, const QString &reason);

    bool operator==(const PlacementFailure &) const = default;
};

} // namespace Berth::Engine

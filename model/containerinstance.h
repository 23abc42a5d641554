#pragma once

#include "model/jsonreader.h"

#include <QDateTime>
#include <QMap>
#include <QPointF>
#include <QString>

namespace Berth::Model {

/// An EC2-like container instance registered in a cluster.
struct ContainerInstance
{
    enum class Status { Active, Draining };

    QString name;           ///< unique within its cluster
    QString instanceType = QStringLiteral("t3.medium");
    int cpuUnits = 2048;    ///< registered CPU
    int memoryMiB = 3904;   ///< registered memory (the instance's memory less the agent's)
    QString availabilityZone = QStringLiteral("us-east-1a");
    QMap<QString, QString> attributes; ///< custom attributes
    Status status = Status::Active;
    QDateTime registeredAt;
    QString osType = QStringLiteral("linux");
    QString cpuArchitecture = QStringLiteral("x86_64");
    /// The ECS container agent's version the instance reports (agentVersion in queries).
    QString agentVersion = QString::fromLatin1(kDefaultAgentVersion);
    static constexpr const char *kDefaultAgentVersion = "1.89.0";
    QPointF position;       ///< on the canvas, relative to the cluster frame
    /// The capacity provider whose Auto Scaling group launched it (a run adds these); empty
    /// for an instance of the design.
    QString capacityProviderName;

    /// A stable "i-..." id derived from the cluster and instance names.
    QString ec2InstanceId(const QString &clusterName) const;
    /// ECS's container instance id (32 hex digits), stable for a cluster and instance name.
    static QString containerInstanceId(const QString &clusterName, const QString &name);
    /// Built-in attributes (ecs.availability-zone, ecs.instance-type, ecs.os-type,
    /// ecs.cpu-architecture, ecs.ami-id) merged with the custom ones.
    QMap<QString, QString> allAttributes() const;

    /// Memory ECS registers for a type: its memory less what the agent and OS keep.
    static int registeredMemoryFor(int physicalMiB);
    static ContainerInstance ofType(const QString &name, const QString &instanceType,
                                    const QString &availabilityZone);

    static QString statusName(Status s);
    QJsonObject toJson() const;
    static ContainerInstance fromJson(const JsonReader &in);

    bool operator==(const ContainerInstance &) const = default;
};

} // namespace Berth::Model

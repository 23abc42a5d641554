#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Berth::Model::Query {

/// What a cluster query expression can see of one container instance. Whoever evaluates an
/// expression (the placement engine, the editor's preview) fills one per candidate instance.
struct InstanceFacts
{
    QString ec2InstanceId;
    QMap<QString, QString> attributes; // ecs.availability-zone, ecs.instance-type, custom, ...
    QDateTime registeredAt;
    int runningTasksCount = 0;
    QStringList taskGroups;            // group of each task running there, e.g. "service:web"
    bool agentConnected = true;
    QString agentVersion;
};

} // namespace Berth::Model::Query

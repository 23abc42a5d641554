#include "engine/runtime/task.h"

#include <QUuid>

namespace Berth::Engine {

QString taskStatusName(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Provisioning:
        return QStringLiteral("PROVISIONING");
    case TaskStatus::Pending:
        return QStringLiteral("PENDING");
    case TaskStatus::Activating:
        return QStringLiteral("ACTIVATING");
    case TaskStatus::Running:
        return QStringLiteral("RUNNING");
    case TaskStatus::Deactivating:
        return QStringLiteral("DEACTIVATING");
    case TaskStatus::Stopping:
        return QStringLiteral("STOPPING");
    case TaskStatus::Deprovisioning:
        return QStringLiteral("DEPROVISIONING");
    case TaskStatus::Stopped:
        break;
    }
    return QStringLiteral("STOPPED");
}

ContainerState *Task::container(const QString &name)
{
    for (ContainerState &c : containers) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const ContainerState *Task::container(const QString &name) const
{
    for (const ContainerState &c : containers) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QString Task::newId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace Berth::Engine

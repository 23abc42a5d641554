#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Berth::Model {

/// An EC2 instance type as ECS registers it: 1 vCPU = 1024 CPU units.
struct InstanceType
{
    QString name;
    int vcpus = 0;
    int memoryMiB = 0;
    int maxEnis = 0; ///< network interfaces; awsvpc tasks get maxEnis - 1 (the primary is taken)
    int cpuUnits() const { return vcpus * 1024; }
    int awsvpcTaskLimit() const { return maxEnis > 0 ? maxEnis - 1 : 0; }
};

/// The built-in catalog of common instance types.
class InstanceTypes
{
public:
    static const QList<InstanceType> &all();
    static std::optional<InstanceType> find(const QString &name);
};

} // namespace Berth::Model

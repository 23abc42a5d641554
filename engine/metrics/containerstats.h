#pragma once

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Berth::Engine {

/// One sample of a container's resource use, from the daemon's stats.
struct ContainerStats
{
    QDateTime at;
    double cpuPercent = 0;   ///< of one CPU (100 = one core busy), as `docker stats` shows
    double memoryMiB = 0;    ///< in use, page cache not counted
    double memoryLimitMiB = 0;
    qint64 networkRxBytes = 0;
    qint64 networkTxBytes = 0;
    qint64 blockReadBytes = 0;
    qint64 blockWriteBytes = 0;

    /// CPU units in use (1024 = one vCPU), as ECS measures CPUUtilization.
    double cpuUnits() const { return cpuPercent / 100.0 * 1024.0; }

    /// Decodes one stats object. CPU comes from the delta to \a previous (the previous
    /// object of the same container) or, when absent, to the object's own precpu_stats.
    static std::optional<ContainerStats> fromJson(const QJsonObject &stats,
                                                  const QJsonObject &previous = {});
};

} // namespace Berth::Engine

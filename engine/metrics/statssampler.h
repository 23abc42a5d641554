#pragma once

#include "engine/metrics/containerstats.h"

#include <QHash>
#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace Berth::Engine {

namespace Docker {
class DockerClient;
class DockerStream;
} // namespace Docker

/// Samples running containers at the daemon's pace (1 Hz) through one persistent stats
/// stream each, computing CPU deltas from consecutive samples itself. A plain
/// `stats?stream=false` call waits about two seconds per container; streams do not.
/// Decoding happens on the streams' threads; latest() may be called from any thread.
class StatsSampler
{
public:
    explicit StatsSampler(std::shared_ptr<Docker::DockerClient> docker);
    ~StatsSampler();

    /// Follows exactly these containers: streams start for new ids and end for gone ones.
    void sync(const QStringList &containerIds);
    std::optional<ContainerStats> latest(const QString &containerId) const;
    /// Samples decoded since the sampler was made.
    quint64 samplesReceived() const { return m_samples.load(); }
    int followed() const;

private:
    void received(const QString &id, const QJsonObject &stats);

    std::shared_ptr<Docker::DockerClient> m_docker;
    QHash<QString, std::shared_ptr<Docker::DockerStream>> m_streams;
    mutable std::mutex m_mutex;
    QHash<QString, ContainerStats> m_latest;
    QHash<QString, QJsonObject> m_previous;
    std::atomic<quint64> m_samples{0};
};

} // namespace Berth::Engine

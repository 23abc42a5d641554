#pragma once

#include "engine/metrics/containerstats.h"

#include <QHash>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <thread>
#include <memory>
#include <mutex>
#include <optional>

namespace Berth::Engine {

namespace Docker {
class CancelToken;
class DockerClient;
class DockerStream;
} // namespace Docker

/// Samples running containers once a second, computing CPU deltas from consecutive samples
/// itself. With API 1.41 or newer one thread asks for one-shot stats of every container at
/// once each second, over connections it keeps (a plain `stats?stream=false` call waits about
/// two seconds per container). Older daemons get one persistent stats stream per container,
/// at the daemon's pace: its collector sleeps a second between rounds, so with many
/// containers the streams deliver less than once a second.
/// latest() may be called from any thread.
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
    void poll();
    void syncStreams(const QSet<QString> &wanted);

    std::shared_ptr<Docker::DockerClient> m_docker;
    QHash<QString, std::shared_ptr<Docker::DockerStream>> m_streams;
    mutable std::mutex m_mutex;
    QHash<QString, ContainerStats> m_latest;
    QHash<QString, QJsonObject> m_previous;
    std::atomic<quint64> m_samples{0};

    // Polling (API 1.41+)
    std::optional<bool> m_polling; ///< decided on the first sync()
    QStringList m_wanted;          ///< guarded by m_mutex
    std::thread m_poller;
    std::mutex m_stopMutex;
    std::condition_variable m_stopped;
    bool m_stop = false;
    std::unique_ptr<Docker::CancelToken> m_cancel;
};

} // namespace Berth::Engine

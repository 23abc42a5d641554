#pragma once

#include "engine/metrics/containerstats.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <thread>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace Berth::Engine {

namespace Docker {
class CancelToken;
class DockerClient;
class DockerStream;
} // namespace Docker

class KernelCounters;

/// Samples running containers once a second, computing CPU deltas from consecutive samples
/// itself. With API 1.41 or newer one thread samples every container once a second: a
/// container of a daemon on this machine is read from its control group and network
/// namespace (KernelCounters: at once, every second), any other through one-shot stats over
/// connections kept open. The daemon answers a one-shot request with its collector's next
/// round, and the collector sleeps a second after each round over every container, so with
/// many containers it delivers less than once a second (a plain `stats?stream=false` call
/// waits two of its rounds). Older daemons get one persistent stats stream per container, at
/// the collector's pace. latest() may be called from any thread.
class StatsSampler
{
public:
    enum class Source {
        Automatic,  ///< the kernel's counters for local containers, the daemon for the rest
        DaemonOnly, ///< always the daemon's stats
    };

    explicit StatsSampler(std::shared_ptr<Docker::DockerClient> docker,
                          Source source = Source::Automatic);
    ~StatsSampler();

    /// Follows exactly these containers: streams start for new ids and end for gone ones.
    void sync(const QStringList &containerIds);
    std::optional<ContainerStats> latest(const QString &containerId) const;
    /// Samples decoded since the sampler was made.
    quint64 samplesReceived() const { return m_samples.load(); }
    int followed() const;
    /// Containers whose samples come from the kernel's counters rather than the daemon.
    int readFromKernel() const { return m_fromKernel.load(); }

private:
    void received(const QString &id, const QJsonObject &stats);
    void store(const QString &id, const ContainerStats &sample);
    void poll();
    /// Samples what the kernel's counters can give; returns the ids left for the daemon.
    QStringList sampleFromKernel(const QStringList &ids);
    void syncStreams(const QSet<QString> &wanted);

    std::shared_ptr<Docker::DockerClient> m_docker;
    Source m_source;
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
    // Only the polling thread touches these.
    std::unordered_map<QString, std::unique_ptr<KernelCounters>> m_kernel;
    QSet<QString> m_notInKernel; ///< ids whose counters cannot be read here
    std::atomic<int> m_fromKernel{0};
};

} // namespace Berth::Engine

#include "engine/metrics/statssampler.h"

#include "engine/docker/dockerclient.h"

#include <QSet>

namespace Berth::Engine {

StatsSampler::StatsSampler(std::shared_ptr<Docker::DockerClient> docker)
    : m_docker(std::move(docker))
{
}

StatsSampler::~StatsSampler()
{
    for (const auto &stream : std::as_const(m_streams))
        stream->cancel();
    m_streams.clear(); // joins every stream's thread
}

void StatsSampler::sync(const QStringList &containerIds)
{
    const QSet<QString> wanted(containerIds.begin(), containerIds.end());
    for (auto it = m_streams.begin(); it != m_streams.end();) {
        if (!wanted.contains(it.key())) {
            it.value()->cancel();
            {
                std::lock_guard lock(m_mutex);
                m_latest.remove(it.key());
                m_previous.remove(it.key());
            }
            it = m_streams.erase(it);
        } else {
            ++it;
        }
    }
    for (const QString &id : wanted) {
        if (m_streams.contains(id))
            continue;
        std::shared_ptr<Docker::DockerStream> stream = m_docker->statsStream(id);
        stream->setObjectHandler([this, id](const QJsonObject &o) { received(id, o); });
        stream->start();
        m_streams.insert(id, stream);
    }
}

void StatsSampler::received(const QString &id, const QJsonObject &stats)
{
    std::lock_guard lock(m_mutex);
    const auto sample = ContainerStats::fromJson(stats, m_previous.value(id));
    m_previous.insert(id, stats);
    if (!sample)
        return;
    m_latest.insert(id, *sample);
    ++m_samples;
}

std::optional<ContainerStats> StatsSampler::latest(const QString &containerId) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_latest.constFind(containerId);
    if (it == m_latest.cend())
        return std::nullopt;
    return *it;
}

int StatsSampler::followed() const
{
    return int(m_streams.size());
}

} // namespace Berth::Engine

#include "engine/metrics/statssampler.h"

#include "engine/docker/canceltoken.h"
#include "engine/docker/dockerclient.h"
#include "engine/docker/transport.h"
#include "engine/metrics/kernelcounters.h"
#include "engine/metrics/metricslog.h"

#include <QSet>

#include <algorithm>
#include <chrono>

namespace Berth::Engine {

StatsSampler::StatsSampler(std::shared_ptr<Docker::DockerClient> docker, Source source)
    : m_docker(std::move(docker))
    , m_source(source)
{
}

StatsSampler::~StatsSampler()
{
    if (m_poller.joinable()) {
        {
            std::lock_guard lock(m_stopMutex);
            m_stop = true;
        }
        m_cancel->cancel();
        m_stopped.notify_all();
        m_poller.join();
    }
    for (const auto &stream : std::as_const(m_streams))
        stream->cancel();
    m_streams.clear(); // joins every stream's thread
}

void StatsSampler::sync(const QStringList &containerIds)
{
    const QSet<QString> wanted(containerIds.begin(), containerIds.end());
    if (!m_polling) {
        const auto version = m_docker->transport()->apiVersion();
        m_polling = version.ok()
                    && Docker::Transport::compareVersions(version.value(),
                                                          QStringLiteral("1.41"))
                           >= 0;
        if (!version.ok())
            qCWarning(lcMetrics).noquote()
                << "the daemon's API version is unknown (" << version.error().message()
                << "); following a stats stream per container";
        else
            qCInfo(lcMetrics).noquote()
                << "daemon API" << version.value() << "->"
                << (!*m_polling                       ? "a stats stream per container"
                    : m_source == Source::DaemonOnly ? "one-shot stats each second"
                                                     : "the kernel's counters where readable, "
                                                       "else one-shot stats each second");
        if (*m_polling) {
            m_cancel = std::make_unique<Docker::CancelToken>();
            m_poller = std::thread([this] { poll(); });
        }
    }
    if (!*m_polling) {
        syncStreams(wanted);
        return;
    }
    std::lock_guard lock(m_mutex);
    m_wanted = QStringList(wanted.begin(), wanted.end());
    for (auto it = m_latest.begin(); it != m_latest.end();) {
        if (!wanted.contains(it.key())) {
            m_previous.remove(it.key());
            it = m_latest.erase(it);
        } else {
            ++it;
        }
    }
}

void StatsSampler::poll()
{
    using Clock = std::chrono::steady_clock;
    auto next = Clock::now();
    for (;;) {
        {
            std::unique_lock lock(m_stopMutex);
            if (m_stopped.wait_until(lock, next, [this] { return m_stop; }))
                return;
        }
        // The daemon answers a one-shot request with the next round of its collector (a
        // second plus the time to collect every container): when a round took that long,
        // ask again at once rather than skip one.
        next = std::max(next + std::chrono::seconds(1), Clock::now());
        QStringList ids;
        {
            std::lock_guard lock(m_mutex);
            ids = m_wanted;
        }
        ids = sampleFromKernel(ids);
        if (ids.isEmpty())
            continue;
        const auto results = m_docker->containerStats(ids, m_cancel.get());
        for (qsizetype i = 0; i < ids.size() && i < results.size(); ++i) {
            if (results.at(i).ok())
                received(ids.at(i), results.at(i).value());
            else // a container that just stopped has no stats: news only when it lasts
                qCDebug(lcMetrics).noquote() << "no stats for" << ids.at(i).left(12) << ":"
                                             << results.at(i).error().message();
        }
    }
}

QStringList StatsSampler::sampleFromKernel(const QStringList &ids)
{
    if (m_source == Source::DaemonOnly)
        return ids;
    const QSet<QString> wanted(ids.begin(), ids.end());
    std::erase_if(m_kernel, [&](const auto &entry) { return !wanted.contains(entry.first); });
    m_notInKernel.intersect(wanted);

    QStringList left;
    for (const QString &id : ids) {
        auto it = m_kernel.find(id);
        if (it == m_kernel.end() && !m_notInKernel.contains(id)) {
            const auto inspected = m_docker->inspectContainer(id);
            if (!inspected.ok()) {
                left << id;
                continue;
            }
            const qint64 pid = qint64(inspected.value()
                                          .value(QLatin1String("State"))
                                          .toObject()
                                          .value(QLatin1String("Pid"))
                                          .toDouble());
            if (pid <= 0) {
                left << id; // not running yet: try again next round
                continue;
            }
            QString why;
            auto counters = KernelCounters::open(id, pid, &why);
            if (!counters) {
                qCInfo(lcMetrics).noquote() << "container" << id.left(12)
                                            << "is sampled through the daemon:" << why;
                m_notInKernel.insert(id);
                left << id;
                continue;
            }
            qCDebug(lcMetrics) << "container" << id.left(12) << "(pid" << pid
                               << ") is sampled from its control group";
            it = m_kernel.emplace(id, std::move(counters)).first;
        }
        if (it == m_kernel.end()) {
            left << id;
            continue;
        }
        if (const auto sample = it->second->read()) {
            store(id, *sample);
        } else {
            qCDebug(lcMetrics) << "container" << id.left(12)
                               << "left its control group; the daemon says what is left";
            m_kernel.erase(it); // stopped: the daemon says what is left
            m_notInKernel.insert(id);
            left << id;
        }
    }
    m_fromKernel = int(m_kernel.size());
    return left;
}

void StatsSampler::syncStreams(const QSet<QString> &wanted)
{
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
        qCDebug(lcMetrics) << "following the stats stream of" << id.left(12);
        m_streams.insert(id, stream);
    }
}

void StatsSampler::received(const QString &id, const QJsonObject &stats)
{
    std::lock_guard lock(m_mutex);
    if (m_polling.value_or(false) && !m_wanted.contains(id))
        return; // stopped following it while its answer was on the way
    const auto sample = ContainerStats::fromJson(stats, m_previous.value(id));
    m_previous.insert(id, stats);
    if (!sample)
        return;
    m_latest.insert(id, *sample);
    ++m_samples;
}

void StatsSampler::store(const QString &id, const ContainerStats &sample)
{
    std::lock_guard lock(m_mutex);
    if (!m_wanted.contains(id))
        return;
    m_latest.insert(id, sample);
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
    if (m_polling.value_or(false)) {
        std::lock_guard lock(m_mutex);
        return int(m_wanted.size());
    }
    return int(m_streams.size());
}

} // namespace Berth::Engine

#include "engine/docker/dockerruntime.h"

#include "engine/docker/demoimage.h"
#include "engine/docker/dockerclient.h"
#include "engine/docker/dockerstream.h"
#include "engine/metrics/statssampler.h"

#include <QJsonArray>

namespace Berth::Engine::Docker {

namespace {

/// Docker's event stream, read into container events.
class DockerEventStream final : public EventStream
{
public:
    explicit DockerEventStream(std::unique_ptr<DockerStream> stream) : m_stream(std::move(stream))
    {
        connect(m_stream.get(), &DockerStream::objectReceived, this,
                [this](const QJsonObject &event) {
                    const int exitCode = event.value(QLatin1String("Actor"))
                                             .toObject()
                                             .value(QLatin1String("Attributes"))
                                             .toObject()
                                             .value(QLatin1String("exitCode"))
                                             .toString()
                                             .toInt();
                    Q_EMIT containerEvent(event.value(QLatin1String("Action")).toString(),
                                          event.value(QLatin1String("id")).toString(), exitCode);
                });
        connect(m_stream.get(), &DockerStream::finished, this, [this] { Q_EMIT ended(); });
    }
    void start() override { m_stream->start(); }
    void cancel() override { m_stream->cancel(); }

private:
    std::unique_ptr<DockerStream> m_stream;
};

/// A followed log stream, its frames as text.
class DockerLogFollower final : public LogFollower
{
public:
    explicit DockerLogFollower(std::unique_ptr<DockerStream> stream) : m_stream(std::move(stream))
    {
        connect(m_stream.get(), &DockerStream::frameReceived, this,
                [this](const LogFrame &frame) { Q_EMIT output(QString::fromUtf8(frame.data)); });
        connect(m_stream.get(), &DockerStream::finished, this, [this](const DockerError &error) {
            Q_EMIT ended(error.isError() ? error.message() : QString());
        });
    }
    void start() override { m_stream->start(); }

private:
    std::unique_ptr<DockerStream> m_stream;
};

class DockerUsageSampler final : public UsageSampler
{
public:
    explicit DockerUsageSampler(std::shared_ptr<DockerClient> client) : m_sampler(std::move(client))
    {
    }
    void sync(const QStringList &ids) override { m_sampler.sync(ids); }
    std::optional<ContainerStats> latest(const QString &id) const override
    {
        return m_sampler.latest(id);
    }

private:
    StatsSampler m_sampler;
};

} // namespace

DockerRuntime::DockerRuntime() : m_client(std::make_shared<DockerClient>()) {}

DockerRuntime::DockerRuntime(std::shared_ptr<DockerClient> client)
    : m_client(client ? std::move(client) : std::make_shared<DockerClient>())
{
}

DockerRuntime::~DockerRuntime() = default;

ContainerRuntime::Result<void> DockerRuntime::ping()
{
    return m_client->ping();
}

ContainerRuntime::Result<bool> DockerRuntime::directRoutes()
{
    const auto info = m_client->info();
    if (!info.ok())
        return info.error();
    // A rootless daemon's networks live in a namespace the host cannot reach.
    return !info->value(QLatin1String("SecurityOptions"))
                .toVariant()
                .toStringList()
                .contains(QStringLiteral("name=rootless"));
}

ContainerRuntime::Result<bool> DockerRuntime::imageExists(const QString &reference)
{
    return m_client->imageExists(reference);
}

ContainerRuntime::Result<QString> DockerRuntime::ensureDemoImage(const ProgressCallback &progress)
{
    return Engine::ensureDemoImage(*m_client, progress);
}

ContainerRuntime::Result<void> DockerRuntime::pullImage(const QString &reference,
                                                        const RegistryAuth &auth,
                                                        const ProgressCallback &progress)
{
    return m_client->pullImage(reference, auth, progress);
}

ContainerRuntime::Result<void> DockerRuntime::tagImage(const QString &source,
                                                       const QString &target)
{
    return m_client->tagImage(source, target);
}

ContainerRuntime::Result<CreatedContainer> DockerRuntime::createContainer(const QJsonObject &config,
                                                                          const QString &name)
{
    return m_client->createContainer(config, name);
}

ContainerRuntime::Result<void> DockerRuntime::startContainer(const QString &id)
{
    return m_client->startContainer(id);
}

ContainerRuntime::Result<void> DockerRuntime::killContainer(const QString &id,
                                                            const QString &signal)
{
    return m_client->killContainer(id, signal);
}

ContainerRuntime::Result<void> DockerRuntime::removeContainer(const QString &id, bool force,
                                                              bool removeVolumes)
{
    return m_client->removeContainer(id, force, removeVolumes);
}

ContainerDetails DockerRuntime::detailsFromInspect(const QJsonObject &inspected)
{
    ContainerDetails d;
    d.id = inspected.value(QLatin1String("Id")).toString();
    const QJsonObject state = inspected.value(QLatin1String("State")).toObject();
    d.state = state.value(QLatin1String("Status")).toString();
    d.exitCode = state.value(QLatin1String("ExitCode")).toInt();
    d.outOfMemory = state.value(QLatin1String("OOMKilled")).toBool();
    d.health = state.value(QLatin1String("Health")).toObject().value(QLatin1String("Status"))
                   .toString();
    const QJsonObject settings = inspected.value(QLatin1String("NetworkSettings")).toObject();
    d.address = settings.value(QLatin1String("IPAddress")).toString();
    const QJsonObject networks = settings.value(QLatin1String("Networks")).toObject();
    for (auto n = networks.begin(); d.address.isEmpty() && n != networks.end(); ++n)
        d.address = n->toObject().value(QLatin1String("IPAddress")).toString();
    const QJsonObject ports = settings.value(QLatin1String("Ports")).toObject();
    for (auto p = ports.begin(); p != ports.end(); ++p) {
        QList<ContainerDetails::Binding> bindings;
        for (const QJsonValue b : p->toArray()) {
            const QJsonObject o = b.toObject();
            bindings.append({o.value(QLatin1String("HostIp")).toString(),
                             o.value(QLatin1String("HostPort")).toString().toInt()});
        }
        d.ports.insert(p.key(), bindings);
    }
    return d;
}

ContainerRuntime::Result<ContainerDetails> DockerRuntime::inspectContainer(const QString &id)
{
    const auto inspected = m_client->inspectContainer(id);
    if (!inspected.ok())
        return inspected.error();
    return detailsFromInspect(inspected.value());
}

ContainerRuntime::Result<QList<ContainerSummary>>
DockerRuntime::listContainers(const QStringList &labelFilters)
{
    return m_client->listContainers(labelFilters, true);
}

std::unique_ptr<EventStream> DockerRuntime::events(const QStringList &labelFilters,
                                                   qint64 sinceSecs)
{
    Filters filters;
    filters.insert(QStringLiteral("type"), {QStringLiteral("container")});
    filters.insert(QStringLiteral("label"), labelFilters);
    return std::make_unique<DockerEventStream>(m_client->events(filters, sinceSecs));
}

std::unique_ptr<LogFollower> DockerRuntime::followLogs(const QString &id, int tail)
{
    LogOptions options;
    options.tail = QString::number(tail);
    return std::make_unique<DockerLogFollower>(m_client->followLogs(id, options));
}

std::unique_ptr<UsageSampler> DockerRuntime::usageSampler()
{
    return std::make_unique<DockerUsageSampler>(m_client);
}

ContainerRuntime::Result<QString> DockerRuntime::createNetwork(const QString &name,
                                                               const Labels &labels)
{
    return m_client->createNetwork(name, {}, labels);
}

ContainerRuntime::Result<void> DockerRuntime::removeNetwork(const QString &id)
{
    return m_client->removeNetwork(id);
}

ContainerRuntime::Result<QList<NetworkSummary>>
DockerRuntime::listNetworks(const QStringList &labelFilters)
{
    const auto listed = m_client->listNetworks(labelFilters);
    if (!listed.ok())
        return listed.error();
    QList<NetworkSummary> networks;
    for (const QJsonObject &n : listed.value()) {
        NetworkSummary s;
        s.id = n.value(QLatin1String("Id")).toString();
        s.name = n.value(QLatin1String("Name")).toString();
        const QJsonObject labels = n.value(QLatin1String("Labels")).toObject();
        for (auto l = labels.begin(); l != labels.end(); ++l)
            s.labels.insert(l.key(), l->toString());
        networks.append(s);
    }
    return networks;
}

ContainerRuntime::Result<QString> DockerRuntime::networkGateway(const QString &id)
{
    const auto inspected = m_client->inspectNetwork(id);
    if (!inspected.ok())
        return inspected.error();
    return inspected->value(QLatin1String("IPAM"))
        .toObject()
        .value(QLatin1String("Config"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("Gateway"))
        .toString();
}

ContainerRuntime::Result<QStringList> DockerRuntime::listVolumes()
{
    const auto listed = m_client->listVolumes();
    if (!listed.ok())
        return listed.error();
    QStringList names;
    for (const QJsonObject &v : listed.value())
        names << v.value(QLatin1String("Name")).toString();
    return names;
}

ContainerRuntime::Result<void> DockerRuntime::removeVolume(const QString &name)
{
    return m_client->removeVolume(name, true);
}

} // namespace Berth::Engine::Docker

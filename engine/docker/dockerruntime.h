#pragma once

#include "engine/runtime/containerruntime.h"

namespace Berth::Engine::Docker {

class DockerClient;

/// The container runtime of a run on the Docker engine: each call is one or two Docker
/// Engine API calls through DockerClient, answers read into the runtime's types.
class DockerRuntime final : public ContainerRuntime
{
public:
    /// The daemon named by DOCKER_HOST (default: /var/run/docker.sock).
    DockerRuntime();
    explicit DockerRuntime(std::shared_ptr<DockerClient> client);
    ~DockerRuntime() override;

    const std::shared_ptr<DockerClient> &client() const { return m_client; }

    Result<void> ping() override;
    Result<bool> directRoutes() override;
    Result<bool> imageExists(const QString &reference) override;
    Result<QString> ensureDemoImage(const ProgressCallback &progress) override;
    Result<void> pullImage(const QString &reference, const RegistryAuth &auth,
                           const ProgressCallback &progress) override;
    Result<void> tagImage(const QString &source, const QString &target) override;
    Result<CreatedContainer> createContainer(const QJsonObject &config,
                                             const QString &name) override;
    Result<void> startContainer(const QString &id) override;
    Result<void> killContainer(const QString &id, const QString &signal) override;
    Result<void> removeContainer(const QString &id, bool force, bool removeVolumes) override;
    Result<ContainerDetails> inspectContainer(const QString &id) override;
    Result<QList<ContainerSummary>> listContainers(const QStringList &labelFilters) override;
    std::unique_ptr<EventStream> events(const QStringList &labelFilters,
                                        qint64 sinceSecs = 0) override;
    std::unique_ptr<LogFollower> followLogs(const QString &id, int tail) override;
    std::unique_ptr<UsageSampler> usageSampler() override;
    Result<QString> createNetwork(const QString &name, const Labels &labels) override;
    Result<void> removeNetwork(const QString &id) override;
    Result<QList<NetworkSummary>> listNetworks(const QStringList &labelFilters) override;
    Result<QString> networkGateway(const QString &id) override;
    Result<QStringList> listVolumes() override;
    Result<void> removeVolume(const QString &name) override;

    /// The runtime's reading of GET /containers/{id}/json.
    static ContainerDetails detailsFromInspect(const QJsonObject &inspected);

private:
    std::shared_ptr<DockerClient> m_client;
};

} // namespace Berth::Engine::Docker

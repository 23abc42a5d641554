#pragma once

#include "engine/docker/dockerresult.h"
#include "engine/docker/dockerstream.h"
#include "engine/docker/dockertypes.h"
#include "engine/docker/multiplexedstreamdecoder.h"
#include "engine/docker/registryauth.h"
#include "engine/docker/transportrequest.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace Berth::Engine::Docker {

class CancelToken;
class Transport;

/**
 * Typed calls to the Docker Engine API.
 *
 * Threading: every call blocks until the daemon answers or its timeout passes, so call it
 * from the engine's thread, never the GUI thread. The client is thread-safe. Long-lived
 * answers (events, streaming stats, followed logs) come back as DockerStream objects that
 * read on their own thread; they are returned unstarted so the caller can connect first.
 * Build and pull report progress through a callback on the calling thread and can be
 * cancelled from another thread with a CancelToken.
 */
class DockerClient
{
public:
    /** A client for the daemon named by DOCKER_HOST (default: /var/run/docker.sock). */
    DockerClient();
    explicit DockerClient(std::shared_ptr<Transport> transport);
    ~DockerClient();

    std::shared_ptr<Transport> transport() const { return m_transport; }
    /** Timeout of ordinary calls in ms (default 30 s). */
    void setTimeout(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeout() const { return m_timeoutMs; }

    // System
    DockerResult<void> ping();
    DockerResult<DockerVersion> version();
    DockerResult<QJsonObject> info();

    // Images
    DockerResult<QJsonObject> inspectImage(const QString &reference);
    DockerResult<bool> imageExists(const QString &reference);
    /** Builds from options.contextDir; returns the image id. Fails with the build's error. */
    DockerResult<QString> buildImage(const BuildOptions &options,
                                     const ProgressCallback &progress = {},
                                     CancelToken *cancel = nullptr);
    /** Builds from a tar archive of the context (see TarWriter). */
    DockerResult<QString> buildImageFromArchive(const QByteArray &context,
                                                const BuildOptions &options,
                                                const ProgressCallback &progress = {},
                                                CancelToken *cancel = nullptr);
    DockerResult<void> pullImage(const QString &reference, const RegistryAuth &auth = {},
                                 const ProgressCallback &progress = {},
                                 CancelToken *cancel = nullptr);
    DockerResult<void> removeImage(const QString &reference, bool force = false);
    /** POST /images/{name}/push with X-Registry-Auth; a failure inside the stream (after
     *  HTTP 200) is an error too. Returns the pushed manifest's digest when the daemon says. */
    DockerResult<QString> pushImage(const QString &reference, const RegistryAuth &auth,
                                    const ProgressCallback &progress = {},
                                    CancelToken *cancel = nullptr);
    /** Names \a source also \a target (REPO:TAG). */
    DockerResult<void> tagImage(const QString &source, const QString &target);

    // Containers
    /** POST /containers/create with \a config (Image, Env, HostConfig...); \a labels are
     *  merged into config.Labels. */
    DockerResult<CreatedContainer>
    createContainer(const QJsonObject &config, const QString &name = {}, const Labels &labels = {});
    DockerResult<void> startContainer(const QString &id);
    /** Stops with SIGTERM, then SIGKILL after \a timeoutSeconds. Already stopped is fine. */
    DockerResult<void> stopContainer(const QString &id, int timeoutSeconds = 10);
    DockerResult<void> killContainer(const QString &id,
                                     const QString &signal = QStringLiteral("SIGKILL"));
    DockerResult<void> removeContainer(const QString &id, bool force = false,
                                       bool removeVolumes = false);
    DockerResult<QJsonObject> inspectContainer(const QString &id);
    /** Containers with every label in \a labelFilters ("key" or "key=value"). */
    DockerResult<QList<ContainerSummary>> listContainers(const QStringList &labelFilters = {},
                                                         bool all = true);
    /** Waits for the container to stop; returns its exit code. */
    DockerResult<int> waitContainer(const QString &id, int timeoutMs,
                                    const QString &condition = QStringLiteral("not-running"));
    DockerResult<QList<LogFrame>> containerLogs(const QString &id, const LogOptions &options = {});
    std::unique_ptr<DockerStream> followLogs(const QString &id, const LogOptions &options = {});
    /** One sample, without precpu_stats (one-shot): compute CPU deltas between samples. */
    DockerResult<QJsonObject> containerStats(const QString &id);
    /// One-shot stats of many containers at once (API 1.41: no two-second wait); in order.
    QList<DockerResult<QJsonObject>> containerStats(const QStringList &ids,
                                                    CancelToken *cancel = nullptr);
    std::unique_ptr<DockerStream> statsStream(const QString &id);

    /** /events from \a since (Unix seconds; 0: from now) matching \a filters. */
    std::unique_ptr<DockerStream> events(const Filters &filters = {}, qint64 since = 0);

    // Networks
    /** Returns the network id. \a options may carry Driver, Internal, IPAM... */
    DockerResult<QString> createNetwork(const QString &name, const QJsonObject &options = {},
                                        const Labels &labels = {});
    DockerResult<void> removeNetwork(const QString &idOrName);
    DockerResult<QList<QJsonObject>> listNetworks(const QStringList &labelFilters = {});
    DockerResult<QJsonObject> inspectNetwork(const QString &idOrName);
    DockerResult<void> connectNetwork(const QString &network, const QString &container,
                                      const QJsonObject &endpointConfig = {});
    DockerResult<void> disconnectNetwork(const QString &network, const QString &container,
                                         bool force = false);

    // Volumes
    DockerResult<QJsonObject> createVolume(const QString &name, const Labels &labels = {},
                                           const QString &driver = QStringLiteral("local"));
    DockerResult<void> removeVolume(const QString &name, bool force = false);
    DockerResult<QList<QJsonObject>> listVolumes(const QStringList &labelFilters = {});

    // Swarm (the daemon must be a swarm manager)
    /** Makes the daemon a single-node swarm's manager; returns the node id. */
    DockerResult<QString> initSwarm(const QString &advertiseAddress);
    /** Leaves the swarm; \a force is needed for the last manager. */
    DockerResult<void> leaveSwarm(bool force);
    /** Services with every label in \a labelFilters. */
    DockerResult<QList<QJsonObject>> listServices(const QStringList &labelFilters = {});
    /** POST /services/create with a ServiceSpec; returns the service id. */
    DockerResult<QString> createService(const QJsonObject &spec);
    /** Replaces the spec of the service at \a version (its Version.Index). */
    DockerResult<void> updateService(const QString &id, qint64 version, const QJsonObject &spec);
    DockerResult<void> removeService(const QString &idOrName);
    /** Tasks matching \a filters ("service", "desired-state", "label", "node"...). */
    DockerResult<QList<QJsonObject>> listTasks(const Filters &filters = {});
    DockerResult<QList<QJsonObject>> listNodes();
    /** Replaces the spec (Role, Availability, Labels) of the node at \a version. */
    DockerResult<void> updateNode(const QString &id, qint64 version, const QJsonObject &spec);

    /** {"label": [...]} etc. as the JSON string the API's filters parameter wants. */
    static QString encodeFilters(const Filters &filters);

private:
    static QString pathSegment(const QString &value);
    TransportResponse call(TransportRequest request, CancelToken *cancel = nullptr);
    TransportRequest makeRequest(const QByteArray &method, const QString &path) const;
    DockerResult<QJsonObject> getObject(const QString &path);
    DockerResult<QList<QJsonObject>> getArray(TransportRequest request,
                                              const QStringList &labelFilters,
                                              const QString &arrayKey = {});
    DockerResult<void> postJson(const QString &path, const QJsonObject &body);
    /// POST PATH?version=N with a spec: how Swarm objects are updated.
    DockerResult<void> updateVersioned(const QString &path, qint64 version,
                                       const QJsonObject &spec);
    DockerResult<QString> streamProgress(TransportRequest request, const ProgressCallback &progress,
                                         CancelToken *cancel);
    std::unique_ptr<DockerStream> makeStream(TransportRequest request, DockerStream::Format format);

    std::shared_ptr<Transport> m_transport;
    int m_timeoutMs = 30000;
    static constexpr int kPingTimeoutMs = 5000;
};

} // namespace Berth::Engine::Docker

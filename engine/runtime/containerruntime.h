#pragma once

#include "engine/docker/dockerresult.h"
#include "engine/docker/dockertypes.h"
#include "engine/docker/registryauth.h"
#include "engine/metrics/containerstats.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Berth::Engine {

/// What the engine reads of one container beyond its summary.
struct ContainerDetails
{
    struct Binding
    {
        QString hostIp;
        int hostPort = 0;
    };
    QString id;
    QString state;            ///< created, running, paused, exited, dead
    QString health;           ///< starting, healthy, unhealthy; empty without a health check
    int exitCode = 0;
    bool outOfMemory = false; ///< the kernel killed it for memory
    QString address;          ///< its address on its first network
    /// Published ports by "PORT/PROTOCOL", as the container publishes them.
    QHash<QString, QList<Binding>> ports;
};

/// A network the runtime holds.
struct NetworkSummary
{
    QString id;
    QString name;
    Docker::Labels labels;
};

/// The runtime's container events (die, oom, start, ...), read on a thread of its own; the
/// signals reach receivers in other threads queued. Destroying it ends the stream.
class EventStream : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// Starts reading; connect first.
    virtual void start() = 0;
    /// Ends the stream; safe from any thread.
    virtual void cancel() = 0;

Q_SIGNALS:
    /// \a action: "die", "oom", ...; \a exitCode for "die".
    void containerEvent(const QString &action, const QString &containerId, int exitCode);
    /// The stream ended: the runtime went away or restarted.
    void ended();
};

/// A container's output as it comes, read on a thread of its own; signals reach the
/// receiver's thread queued. Destroying it ends the stream.
class LogFollower : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// Starts reading; connect first.
    virtual void start() = 0;

Q_SIGNALS:
    void output(const QString &text);
    /// The container stopped (\a error empty) or the stream failed (why).
    void ended(const QString &error);
};

/// Resource use of running containers, sampled in the background.
class UsageSampler
{
public:
    virtual ~UsageSampler() = default;
    /// Follows exactly these containers.
    virtual void sync(const QStringList &containerIds) = 0;
    virtual std::optional<ContainerStats> latest(const QString &containerId) const = 0;
};

/**
 * Where a run's containers live. The engine, the task runner and the run session reach
 * containers, images, networks and volumes only through it, so the reconcile rules can be
 * tested against a scripted fake; DockerRuntime is the real one (the Docker Engine API).
 * Calls block until the runtime answers: call them on the engine's thread or a worker,
 * never the GUI thread. Implementations are thread-safe.
 */
class ContainerRuntime
{
public:
    template<typename T>
    using Result = Docker::DockerResult<T>;

    virtual ~ContainerRuntime() = default;

    virtual Result<void> ping() = 0;
    /// Whether this host reaches containers on their own network addresses (false for a
    /// rootless or remote daemon, whose networks live elsewhere).
    virtual Result<bool> directRoutes() = 0;

    virtual Result<bool> imageExists(const QString &reference) = 0;
    /// Builds the demo image when it is missing or stale; returns its id.
    virtual Result<QString> ensureDemoImage(const Docker::ProgressCallback &progress = {}) = 0;
    virtual Result<void> pullImage(const QString &reference, const Docker::RegistryAuth &auth = {},
                                   const Docker::ProgressCallback &progress = {}) = 0;
    /// Names the image \a source also \a target (REPO:TAG).
    virtual Result<void> tagImage(const QString &source, const QString &target) = 0;

    /// Creates a container from Docker's create body (Image, Env, Labels, HostConfig...).
    virtual Result<Docker::CreatedContainer> createContainer(const QJsonObject &config,
                                                             const QString &name) = 0;
    virtual Result<void> startContainer(const QString &id) = 0;
    virtual Result<void> killContainer(const QString &id,
                                       const QString &signal = QStringLiteral("SIGKILL")) = 0;
    virtual Result<void> removeContainer(const QString &id, bool force = true,
                                         bool removeVolumes = true) = 0;
    virtual Result<ContainerDetails> inspectContainer(const QString &id) = 0;
    /// Containers, stopped ones too, with every label in \a labelFilters ("key" or
    /// "key=value").
    virtual Result<QList<Docker::ContainerSummary>>
    listContainers(const QStringList &labelFilters) = 0;
    /// Container events of those with every label in \a labelFilters; unstarted. With
    /// \a sinceSecs (Unix time), the events from then on that the daemon still holds come
    /// first.
    virtual std::unique_ptr<EventStream> events(const QStringList &labelFilters,
                                                qint64 sinceSecs = 0) = 0;
    /// The last \a tail lines of a container's output, then what it writes; unstarted.
    virtual std::unique_ptr<LogFollower> followLogs(const QString &id, int tail) = 0;
    virtual std::unique_ptr<UsageSampler> usageSampler() = 0;

    /// Creates a bridge network; returns its id.
    virtual Result<QString> createNetwork(const QString &name, const Docker::Labels &labels) = 0;
    virtual Result<void> removeNetwork(const QString &id) = 0;
    virtual Result<QList<NetworkSummary>> listNetworks(const QStringList &labelFilters) = 0;
    /// The host's address on the network (its gateway).
    virtual Result<QString> networkGateway(const QString &id) = 0;

    virtual Result<QStringList> listVolumes() = 0;
    virtual Result<void> removeVolume(const QString &name) = 0;
};

} // namespace Berth::Engine

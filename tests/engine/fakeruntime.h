#pragma once

#include "engine/runtime/containerruntime.h"

#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QSet>

#include <functional>

namespace Berth::Tests {

/// A container runtime in memory, scripted by a test: containers are created, started, killed
/// and removed at once and announce their deaths as the Docker engine does (a "die" event),
/// so the engine's reconcile rules run without a daemon. Thread-safe, as the engine starts
/// containers from several threads.
class FakeRuntime final : public Engine::ContainerRuntime
{
public:
    struct Container
    {
        QString id;
        QString name;
        QString image;
        Engine::Docker::Labels labels;
        QString state = QStringLiteral("created"); ///< created, running, exited
        int exitCode = 0;
        bool outOfMemory = false;
        QString health; ///< "", "healthy", "unhealthy" as Docker's status shows it
        QHash<QString, QList<Engine::ContainerDetails::Binding>> ports;
        QJsonObject config; ///< the create body, as the engine sent it
    };

    // Scripts
    /// The runtime cannot be reached (ping and every call fail) until set back.
    void setReachable(bool reachable);
    /// Containers of \a image exit with \a exitCode as soon as they start.
    void exitOnStart(const QString &image, int exitCode);
    /// Starting a container of \a image fails with \a message (as a port conflict does).
    void failStart(const QString &image, const QString &message);
    /// Containers of \a image report this health ("healthy", "unhealthy").
    void setHealth(const QString &image, const QString &health);
    /// Pulling \a image fails: it is not in any registry.
    void missingImage(const QString &image);
    /// Where new networks' gateways are (default: 172.30.N.1, which no test can bind).
    void setNetworkGateway(const QString &address) { m_gateway = address; }
    /// The container's process exits (a crash): a "die" event follows.
    void crash(const QString &id, int exitCode);

    // What happened
    QList<Container> containers() const;
    /// Running containers whose label \a key has \a value.
    int running(const QString &key, const QString &value) const;
    /// The most containers with label \a key = \a value that ran at once so far.
    int mostRunning(const QString &key, const QString &value) const;
    int created() const;

    // ContainerRuntime
    Result<void> ping() override;
    Result<bool> directRoutes() override { return true; }
    Result<bool> imageExists(const QString &reference) override;
    Result<QString> ensureDemoImage(const Engine::Docker::ProgressCallback &) override;
    Result<void> pullImage(const QString &reference, const Engine::Docker::RegistryAuth &,
                           const Engine::Docker::ProgressCallback &) override;
    Result<void> tagImage(const QString &source, const QString &target) override;
    Result<Engine::Docker::CreatedContainer> createContainer(const QJsonObject &config,
                                                             const QString &name) override;
    Result<void> startContainer(const QString &id) override;
    Result<void> killContainer(const QString &id, const QString &signal) override;
    Result<void> removeContainer(const QString &id, bool force, bool removeVolumes) override;
    Result<Engine::ContainerDetails> inspectContainer(const QString &id) override;
    Result<QList<Engine::Docker::ContainerSummary>>
    listContainers(const QStringList &labelFilters) override;
    std::unique_ptr<Engine::EventStream> events(const QStringList &labelFilters,
                                                qint64 sinceSecs = 0) override;
    std::unique_ptr<Engine::LogFollower> followLogs(const QString &, int) override { return {}; }
    std::unique_ptr<Engine::UsageSampler> usageSampler() override { return {}; }
    Result<QString> createNetwork(const QString &name,
                                  const Engine::Docker::Labels &labels) override;
    Result<void> removeNetwork(const QString &id) override;
    Result<QList<Engine::NetworkSummary>> listNetworks(const QStringList &labelFilters) override;
    Result<QString> networkGateway(const QString &id) override;
    Result<QStringList> listVolumes() override { return QStringList(); }
    Result<void> removeVolume(const QString &) override { return {}; }

private:
    class Events;
    Container *find(const QString &idOrName);
    const Container *find(const QString &idOrName) const;
    static bool matches(const Engine::Docker::Labels &labels, const QStringList &filters);
    static Engine::Docker::DockerError unreachable();
    static Engine::Docker::DockerError notFound(const QString &what);
    /// Marks a container exited and announces it; call with the lock held.
    void die(Container &c, int exitCode);
    /// Counts what runs now into mostRunning(); call with the lock held.
    void noteRunning();

    mutable QMutex m_mutex;
    bool m_reachable = true;
    QList<Container> m_containers;
    QHash<QString, int> m_exitOnStart;
    QHash<QString, QString> m_failStart;
    QHash<QString, QString> m_health;
    QSet<QString> m_missing;
    QList<Engine::NetworkSummary> m_networks;
    QList<QPointer<Events>> m_streams;
    QHash<QString, int> m_mostRunning; ///< "key=value" -> most at once
    int m_created = 0;
    int m_nextPort = 32768;
    QString m_gateway;
};

} // namespace Berth::Tests

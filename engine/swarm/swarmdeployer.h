#pragma once

#include "engine/docker/dockerresult.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <atomic>
#include <functional>
#include <memory>

namespace Berth::Model {
struct ProjectData;
}

namespace Berth::Engine {

class SecretStore;

namespace Docker {
class DockerClient;
}

/** How one Swarm service of a stack stands: tasks running the current spec of desired. */
struct SwarmServiceState
{
    QString name;     ///< STACK_NAME
    int running = 0;  ///< tasks of the current spec that run (healthy, when checked)
    int desired = 0;  ///< replicas, or the nodes a global service runs on
    int outdated = 0; ///< tasks of an older spec still meant to run
    QString update;   ///< UpdateStatus.State: updating, completed, rollback_completed...
    QString problem;  ///< the latest task error or pending reason, for the user
    bool converged() const;
    bool operator==(const SwarmServiceState &) const = default;
};

/**
 * Deploys a compose stack (see StackSpec) to a Swarm manager through the Engine API,
 * waits until every service has converged, and removes stacks. Blocks: call it off the GUI
 * thread. Progress comes back through a callback on the calling thread.
 */
class SwarmDeployer
{
public:
    using StatesCallback = std::function<void(const QList<SwarmServiceState> &)>;
    using LineCallback = std::function<void(const QString &)>;

    explicit SwarmDeployer(std::shared_ptr<Docker::DockerClient> client);
    ~SwarmDeployer();
    /**
     * A deployer for the daemon at \a dockerHost (unix://PATH, tcp://HOST:PORT,
     * https://HOST:PORT; empty: DOCKER_HOST, else the local socket), with TLS client
     * certificates as DOCKER_TLS_VERIFY and DOCKER_CERT_PATH say, as the docker CLI reads
     * them. Null with \a error set when the address cannot be used.
     */
    static std::unique_ptr<SwarmDeployer> forHost(const QString &dockerHost, QString *error);
    /**
     * Takes the TLS client set of a tcp:// manager from \a keychain instead (the keys of
     * SecretStore::dockerTlsKey() for its host and port), kept in an owner-only folder while
     * the deployer lives. Blocks on the keychain: call it before the first call, off the GUI
     * thread.
     */
    Docker::DockerResult<void> useTlsFromKeychain(SecretStore &keychain);
    /** Ends a wait (waitConverged, remove) from another thread; the stack stays as it is. */
    void cancel() { m_cancelled = true; }
    /** unix:///var/run/docker.sock or tcp://host:port, for messages. */
    QString endpointName() const;

    void onLine(LineCallback callback) { m_line = std::move(callback); }
    void onStates(StatesCallback callback) { m_states = std::move(callback); }

    /** Fails with what to do when the daemon is no swarm manager. */
    Docker::DockerResult<void> checkManager();
    /**
     * Creates the stack's network and services, updates those that exist (a rolling
     * update where the spec changed) and removes the stack's services the file no longer
     * has. Does not wait; see waitConverged().
     */
    Docker::DockerResult<void> deploy(const QString &stack, const QJsonObject &compose);
    /** Polls until every service of the stack has converged, an update failed, or timeout. */
    Docker::DockerResult<QList<SwarmServiceState>> waitConverged(const QString &stack,
                                                                 int timeoutMs);
    Docker::DockerResult<QList<SwarmServiceState>> states(const QString &stack);
    /** Removes the stack's services and networks and waits until its containers are gone. */
    Docker::DockerResult<void> remove(const QString &stack, int timeoutMs);
    /**
     * Labels the swarm's nodes with the attributes of the design's container instances
     * (ecs.availability-zone, ecs.instance-type and custom attributes), instance i on node i
     * in hostname order, so placement constraints and spread preferences have labels to use.
     * Returns one "node: labels" line per labelled node.
     */
    Docker::DockerResult<QStringList> labelNodes(const Model::ProjectData &project);

private:
    void line(const QString &text) const;

    std::shared_ptr<Docker::DockerClient> m_client;
    LineCallback m_line;
    StatesCallback m_states;
    std::atomic_bool m_cancelled{false};
    std::unique_ptr<QTemporaryDir> m_certificates; ///< TLS files read from the keychain
};

} // namespace Berth::Engine

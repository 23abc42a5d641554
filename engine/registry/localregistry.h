#pragma once

#include "engine/docker/registryauth.h"

#include <QString>

namespace Berth::Engine {

class SecretStore;

/**
 * Berth's local image registry, the offline stand-in for ECR: Debian's docker-registry
 * (Distribution 2.8) on a loopback address Berth reserves (127.80.0.1:5000), with a generated
 * configuration, filesystem storage and deletes under the state directory, and htpasswd
 * authentication (user AWS, as ECR's login; bcrypt) whose password lives in the OS keychain.
 *
 * The process outlives the command that starts it (`berth registry start` returns, pushes
 * and runs use it later), so it runs detached, and its pid is kept in the state directory;
 * stop() ends exactly that process. Blocking; not on the GUI thread.
 */
class LocalRegistry
{
public:
    struct Status
    {
        bool running = false;
        qint64 pid = 0;
        QString address;        ///< HOST:PORT
        bool answering = false; ///< its API answers (401 without credentials)
    };

    /// The defaults: $BERTH_REGISTRY_ADDRESS (HOST:PORT) or 127.80.0.1:5000;
    /// $BERTH_REGISTRY_DIR or the user's data directory + /registry.
    LocalRegistry();
    LocalRegistry(QString address, QString stateDir);

    static QString defaultAddress();
    static QString defaultStateDir();
    /// $BERTH_DOCKER_REGISTRY, else docker-registry in PATH or /usr/bin. Empty when missing.
    static QString findExecutable();

    /// ECR's login name, which the registry's htpasswd holds.
    static constexpr const char *kUser = "AWS";
    /// Where the password is kept in the secret store.
    static constexpr const char *kPasswordKey = "berth:registry-password";

    QString address() const { return m_address; }
    QString stateDir() const { return m_stateDir; }
    QString storageDir() const;
    QString configPath() const;
    QString htpasswdPath() const;
    QString logPath() const;
    /// The registry's configuration as Berth writes it.
    QString configText() const;

    /// The password from \a store, made and stored first when there is none; empty with
    /// *error when the keychain cannot be used.
    static QString loadOrCreatePassword(SecretStore &store, QString *error);
    /// The credentials for the daemon's X-Registry-Auth.
    Docker::RegistryAuth auth(const QString &password) const;

    /// Starts the registry unless it runs already; waits until its API answers.
    bool start(SecretStore &store, QString *error);
    /// Stops the registry this state directory started; true when none runs.
    bool stop(QString *error);
    Status status() const;

private:
    qint64 runningPid() const;
    bool writeFiles(const QString &password, QString *error) const;

    QString m_address;
    QString m_stateDir;
};

} // namespace Berth::Engine

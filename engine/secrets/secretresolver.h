#pragma once

#include "engine/docker/registryauth.h"
#include "engine/secrets/secretstore.h"

#include "model/projectdata.h"
#include "model/taskdefinition.h"

#include <QCoreApplication>
#include <QMap>

namespace Berth::Engine {

/// One value a design needs from the secret store, and what uses it.
struct SecretNeed
{
    QString key;           ///< valueFrom, or a repositoryCredentials.credentialsParameter
    QString taskDefinition; ///< family:revision
    QString container;
    QString variable;      ///< the environment variable; empty for registry credentials
    bool registryCredentials() const { return variable.isEmpty(); }
};

/// What a task's containers get from the store before they are created.
struct ResolvedSecrets
{
    /// container -> environment variable -> value (TaskContext::secretValues)
    QMap<QString, QMap<QString, QString>> values;
    /// container -> credentials from its repositoryCredentials, for pulls of its image
    QMap<QString, Docker::RegistryAuth> registryAuth;
};

/**
 * Reads a task's `secrets` and `repositoryCredentials` from a SecretStore, and the
 * credentials of a registry ("registry:HOST") for a pull. Failures are worded as ECS words
 * them ("ResourceInitializationError: unable to pull secrets or registry auth: ...") and name
 * the key, never a value.
 */
class SecretResolver
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Engine::SecretResolver)

public:
    explicit SecretResolver(SecretStore *store) : m_store(store) {}

    /// False when a value is missing or the store failed; *error says which key and why.
    bool resolve(const Model::TaskDefinition &td, ResolvedSecrets *out, QString *error);
    /// Credentials stored for the registry of \a image; an empty auth when none are set
    /// (an anonymous pull). False only when stored credentials cannot be read or parsed.
    bool registryAuthFor(const QString &image, Docker::RegistryAuth *auth, QString *error);

    /// Every value a task definition needs, in container order.
    static QList<SecretNeed> needs(const Model::TaskDefinition &td);
    /// Every value the project's task definitions (all revisions) need.
    static QList<SecretNeed> needs(const Model::ProjectData &project);
    /// "docker.io" for Docker Hub images, else the registry host[:port] of the reference.
    static QString registryHost(const QString &image);
    /// {"username": ..., "password": ...} (Secrets Manager's shape) or "USER:PASSWORD".
    static bool parseCredentials(const QString &value, const QString &server,
                                 Docker::RegistryAuth *auth);
    static QString errorPrefix();

private:
    SecretStore *m_store;
};

} // namespace Berth::Engine

#pragma once

#include "engine/docker/dockertypes.h"
#include "engine/registry/localregistry.h"
#include "engine/registry/registryclient.h"
#include "engine/registry/repositorystore.h"
#include "model/ecrrepository.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Berth::Engine {

namespace Docker {
class DockerClient;
}
class SecretStore;

/// An ECR error: the exception's name (RepositoryNotFoundException, ...) and ECR's message.
struct EcrError
{
    QString type;
    QString message;
    bool isError() const { return !type.isEmpty(); }
};

/// ECR's ImageIdentifier: a digest, a tag, or both.
struct EcrImageId
{
    QString digest;
    QString tag;
};

/**
 * ECR's operations over Berth's local registry, for one account and Region: repositories
 * (the registry's, with ECR's records beside them), images with tags, digest, size and
 * pushed-at, deletes, tag mutability, and pushes through the Docker daemon. The names and
 * messages are ECR's, so the CLI, the window and the API endpoint say what ECR says.
 * Blocking; not on the GUI thread.
 */
class EcrRegistry
{
public:
    struct Repository
    {
        RepositoryRecord record;
        QString uri; ///< ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME
        QString arn;
    };
    struct Image
    {
        QString repository;
        RegistryImage image;
        QDateTime pushedAt;
    };

    EcrRegistry(LocalRegistry registry, QString password, QString account, QString region);
    /// The registry of \a account and \a region with its password from \a store; nullopt
    /// (with *error) when the keychain cannot give one.
    static std::optional<EcrRegistry> open(SecretStore &store, const QString &account,
                                           const QString &region, QString *error,
                                           LocalRegistry registry = LocalRegistry());

    const LocalRegistry &local() const { return m_registry; }
    QString password() const { return m_password; }
    QString account() const { return m_account; }
    QString region() const { return m_region; }
    /// ACCOUNT.dkr.ecr.REGION.amazonaws.com
    QString ecrHost() const;
    /// REGISTRY-ADDRESS/REPO:TAG, where the daemon pushes and pulls the image.
    QString localReference(const QString &repository, const QString &tag) const;
    Docker::RegistryAuth auth() const { return m_registry.auth(m_password); }
    RegistryClient client() const;

    EcrError createRepository(const QString &name, const QString &mutability, bool scanOnPush,
                              Repository *created);
    /// Every repository when \a names is empty.
    EcrError describeRepositories(const QStringList &names, QList<Repository> *out);
    /// With \a force, a repository with images goes too.
    EcrError deleteRepository(const QString &name, bool force, Repository *deleted);
    EcrError putImageTagMutability(const QString &name, const QString &mutability);
    /// Every image of \a name when \a ids is empty.
    EcrError describeImages(const QString &name, const QList<EcrImageId> &ids, QList<Image> *out);
    /// Deletes the manifests \a ids name; what could not be deleted goes to \a failures as
    /// (id, failureCode, reason).
    struct Failure
    {
        EcrImageId id;
        QString code;
        QString reason;
    };
    EcrError batchDeleteImage(const QString &name, const QList<EcrImageId> &ids,
                              QList<EcrImageId> *deleted, QList<Failure> *failures);

    /// Tags \a source as REPO:TAG of the local registry and pushes it with the registry's
    /// credentials; an IMMUTABLE repository refuses a tag it has. Creates the repository
    /// (MUTABLE) when \a create and it is missing. The pushed digest goes to *digest.
    EcrError push(Docker::DockerClient &docker, const QString &source, const QString &repository,
                  const QString &tag, bool create, const Docker::ProgressCallback &progress,
                  QString *digest);
    /// Makes the registry hold the design's repositories: creates those missing, takes over
    /// their mutability, scan setting and lifecycle rule, and applies the rule. What it did
    /// goes to *notes (one sentence each).
    EcrError applyDesign(const QList<Model::EcrRepository> &repositories, QStringList *notes);
    /// The lifecycle rule "keep the last N images": deletes the images of \a name beyond the
    /// \a keep most recently pushed (images pushed outside Berth count as the oldest).
    /// Nothing happens for \a keep 0. The deleted images go to *expired.
    EcrError applyLifecycle(const QString &name, int keep, QList<Image> *expired);

    /// Why a task cannot pull REPO:TAG, in the daemon's words as ECS shows them after
    /// "CannotPullContainerError: "; empty when it can.
    QString pullProblem(const QString &repository, const QString &tag);

    /// ECR's messages.
    QString repositoryNotFound(const QString &name) const;

private:
    std::optional<Repository> find(const QString &name, EcrError *error);
    Repository describe(const RepositoryRecord &record) const;
    RepositoryStore store() const;

    LocalRegistry m_registry;
    QString m_password;
    QString m_account;
    QString m_region;
};

} // namespace Berth::Engine

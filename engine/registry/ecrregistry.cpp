#include "engine/registry/ecrregistry.h"
#include "engine/enginetr.h"

#include "engine/docker/dockerclient.h"
#include "engine/registry/registrylog.h"
#include "engine/secrets/secretstore.h"
#include "model/ecrreference.h"

#include <QCoreApplication>

namespace Berth::Engine {

using Model::EcrReference;

namespace {

bool validMutability(const QString &m)
{
    return m == QLatin1String("MUTABLE") || m == QLatin1String("IMMUTABLE");
}

EcrError serverError(const Docker::DockerError &e)
{
    return {QStringLiteral("ServerException"), e.message()};
}

} // namespace

EcrRegistry::EcrRegistry(LocalRegistry registry, QString password, QString account, QString region)
    : m_registry(std::move(registry)), m_password(std::move(password)),
      m_account(std::move(account)), m_region(std::move(region))
{
}

std::optional<EcrRegistry> EcrRegistry::open(SecretStore &store, const QString &account,
                                             const QString &region, QString *error,
                                             LocalRegistry registry)
{
    const QString password = LocalRegistry::loadOrCreatePassword(store, error);
    if (password.isEmpty())
        return std::nullopt;
    return EcrRegistry(std::move(registry), password, account, region);
}

QString EcrRegistry::ecrHost() const
{
    return EcrReference::registryHost(m_account, m_region);
}

QString EcrRegistry::localReference(const QString &repository, const QString &tag) const
{
    return m_registry.address() + u'/' + repository + u':' + tag;
}

RegistryClient EcrRegistry::client() const
{
    return RegistryClient(m_registry.address(), QLatin1String(LocalRegistry::kUser), m_password);
}

RepositoryStore EcrRegistry::store() const
{
    return RepositoryStore(m_registry.stateDir() + QStringLiteral("/repositories.json"));
}

QString EcrRegistry::repositoryNotFound(const QString &name) const
{
    return QStringLiteral(
               "The repository with name '%1' does not exist in the registry with id '%2'")
        .arg(name, m_account);
}

EcrRegistry::Repository EcrRegistry::describe(const RepositoryRecord &record) const
{
    return {record, ecrHost() + u'/' + record.name,
            EcrReference::repositoryArn(m_account, m_region, record.name)};
}

EcrError EcrRegistry::createRepository(const QString &name, const QString &mutability,
                                       bool scanOnPush, Repository *created)
{
    if (!EcrReference::isValidRepositoryName(name))
        return {QStringLiteral("InvalidParameterException"),
                QStringLiteral(
                    "Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must "
                    "satisfy regular expression '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/"
                    ")*[a-z0-9]+(?:[._-][a-z0-9]+)*''")};
    const QString m = mutability.isEmpty() ? QStringLiteral("MUTABLE") : mutability;
    if (!validMutability(m))
        return {QStringLiteral("InvalidParameterException"),
                QStringLiteral("Invalid parameter at 'imageTagMutability': MUTABLE or IMMUTABLE; "
                               "Berth does not model the exclusion filters")};
    EcrError lookup;
    if (find(name, &lookup))
        return {QStringLiteral("RepositoryAlreadyExistsException"),
                QStringLiteral(
                    "The repository with name '%1' already exists in the registry with id '%2'")
                    .arg(name, m_account)};
    if (lookup.type == QLatin1String("ServerException"))
        return lookup;
    RepositoryRecord record;
    record.name = name;
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.imageTagMutability = m;
    record.scanOnPush = scanOnPush;
    QString error;
    if (!store().put(record, &error))
        return {QStringLiteral("ServerException"), error};
    if (created)
        *created = describe(record);
    return {};
}

EcrError EcrRegistry::describeRepositories(const QStringList &names, QList<Repository> *out)
{
    if (!names.isEmpty()) {
        for (const QString &name : names) {
            EcrError error;
            const auto found = find(name, &error);
            if (!found)
                return error;
            out->append(*found);
        }
        return {};
    }
    RepositoryStore records = store();
    QHash<QString, RepositoryRecord> known = records.repositories();
    // Repositories a plain `docker push` made have no record yet: ECR would have refused the
    // push, the local registry took it. Adopt those that hold images.
    const auto catalog = client().repositories();
    if (catalog.ok()) {
        for (const QString &name : catalog.value()) {
            if (known.contains(name))
                continue;
            const auto tags = client().tags(name);
            if (!tags.ok() || tags->isEmpty())
                continue;
            RepositoryRecord adopted;
            adopted.name = name;
            adopted.createdAt = QDateTime::currentDateTimeUtc();
            QString ignored;
            records.put(adopted, &ignored);
            known.insert(name, adopted);
        }
    }
    QStringList sorted = known.keys();
    sorted.sort();
    for (const QString &name : sorted)
        out->append(describe(known.value(name)));
    return {};
}

std::optional<EcrRegistry::Repository> EcrRegistry::find(const QString &name, EcrError *error)
{
    // One lookup, not the catalog: every request to the registry costs a bcrypt check.
    RepositoryStore records = store();
    const QHash<QString, RepositoryRecord> known = records.repositories();
    if (known.contains(name))
        return describe(known.value(name));
    const auto tags = client().tags(name);
    if (tags.ok() && !tags->isEmpty()) {
        RepositoryRecord adopted;
        adopted.name = name;
        adopted.createdAt = QDateTime::currentDateTimeUtc();
        QString ignored;
        records.put(adopted, &ignored);
        return describe(adopted);
    }
    if (!tags.ok() && tags.error().kind() == Docker::DockerError::Kind::Connection) {
        *error = serverError(tags.error());
        return std::nullopt;
    }
    *error = {QStringLiteral("RepositoryNotFoundException"), repositoryNotFound(name)};
    return std::nullopt;
}

EcrError EcrRegistry::deleteRepository(const QString &name, bool force, Repository *deleted)
{
    EcrError error;
    const auto repo = find(name, &error);
    if (!repo)
        return error;
    QList<Image> images;
    error = describeImages(name, {}, &images);
    if (error.isError())
        return error;
    if (!images.isEmpty() && !force)
        return {QStringLiteral("RepositoryNotEmptyException"),
                QStringLiteral(
                    "The repository with name '%1' in registry with id '%2' cannot be deleted "
                    "because it still contains images")
                    .arg(name, m_account)};
    for (const Image &i : images) {
        const auto gone = client().deleteManifest(name, i.image.digest);
        if (!gone.ok() && gone.error().httpStatus() != 404)
            return serverError(gone.error());
    }
    QString ignored;
    store().remove(name, &ignored);
    if (deleted)
        *deleted = *repo;
    return {};
}

EcrError EcrRegistry::putImageTagMutability(const QString &name, const QString &mutability)
{
    if (!validMutability(mutability))
        return {QStringLiteral("InvalidParameterException"),
                QStringLiteral("Invalid parameter at 'imageTagMutability': MUTABLE or IMMUTABLE")};
    EcrError error;
    auto repo = find(name, &error);
    if (!repo)
        return error;
    repo->record.imageTagMutability = mutability;
    QString failed;
    if (!store().put(repo->record, &failed))
        return {QStringLiteral("ServerException"), failed};
    return {};
}

EcrError EcrRegistry::describeImages(const QString &name, const QList<EcrImageId> &ids,
                                     QList<Image> *out)
{
    EcrError error;
    if (!find(name, &error))
        return error;
    const auto listed = client().images(name);
    QList<RegistryImage> images;
    if (listed.ok())
        images = listed.value();
    else if (RegistryClient::errorCode(listed.error()) != QLatin1String("NAME_UNKNOWN"))
        return serverError(listed.error());
    const RepositoryStore records = store();
    for (const EcrImageId &id : ids) {
        const bool found = std::any_of(images.begin(), images.end(), [&](const RegistryImage &i) {
            return (id.digest.isEmpty() || i.digest == id.digest) &&
                   (id.tag.isEmpty() || i.tags.contains(id.tag));
        });
        if (!found)
            return {QStringLiteral("ImageNotFoundException"),
                    QStringLiteral(
                        "The image with imageId {imageDigest:'%1', imageTag:'%2'} does not exist "
                        "within the repository with name '%3' in the registry with id '%4'")
                        .arg(id.digest.isEmpty() ? QStringLiteral("null") : id.digest,
                             id.tag.isEmpty() ? QStringLiteral("null") : id.tag, name, m_account)};
    }
    for (const RegistryImage &i : images) {
        const bool wanted =
            ids.isEmpty() || std::any_of(ids.begin(), ids.end(), [&](const EcrImageId &id) {
                return (id.digest.isEmpty() || i.digest == id.digest) &&
                       (id.tag.isEmpty() || i.tags.contains(id.tag));
            });
        if (wanted)
            out->append({name, i, records.pushedAt(name, i.digest)});
    }
    return {};
}

EcrError EcrRegistry::batchDeleteImage(const QString &name, const QList<EcrImageId> &ids,
                                       QList<EcrImageId> *deleted, QList<Failure> *failures)
{
    EcrError error;
    if (!find(name, &error))
        return error;
    QList<Image> images;
    error = describeImages(name, {}, &images);
    if (error.isError())
        return error;
    for (const EcrImageId &id : ids) {
        const auto match = std::find_if(images.begin(), images.end(), [&](const Image &i) {
            return (id.digest.isEmpty() || i.image.digest == id.digest) &&
                   (id.tag.isEmpty() || i.image.tags.contains(id.tag));
        });
        if (match == images.end()) {
            failures->append(
                {id, QStringLiteral("ImageNotFound"), QStringLiteral("Requested image not found")});
            continue;
        }
        const auto gone = client().deleteManifest(name, match->image.digest);
        if (!gone.ok() && gone.error().httpStatus() != 404) {
            failures->append(
                {id, QStringLiteral("ImageReferencedByManifestList"), gone.error().message()});
            continue;
        }
        // A manifest goes with every tag that points to it, as in the registry.
        for (const QString &tag : match->image.tags)
            deleted->append({match->image.digest, tag});
        if (match->image.tags.isEmpty())
            deleted->append({match->image.digest, {}});
        images.erase(match);
    }
    return {};
}

EcrError EcrRegistry::push(Docker::DockerClient &docker, const QString &source,
                           const QString &repository, const QString &tag, bool create,
                           const Docker::ProgressCallback &progress, QString *digest)
{
    if (!EcrReference::isValidTag(tag))
        return {QStringLiteral("InvalidParameterException"),
                QStringLiteral("Invalid image tag '%1': 1-300 letters, digits, '_', '.' or '-'")
                    .arg(tag)};
    EcrError error;
    auto repo = find(repository, &error);
    if (!repo) {
        if (!create)
            return {QStringLiteral("RepositoryNotFoundException"),
                    QStringLiteral("name unknown: %1").arg(repositoryNotFound(repository))};
        Repository made;
        error = createRepository(repository, QStringLiteral("MUTABLE"), false, &made);
        if (error.isError())
            return error;
        repo = made;
    }
    if (repo->record.imageTagMutability == QLatin1String("IMMUTABLE")) {
        const auto tags = client().tags(repository);
        if (tags.ok() && tags->contains(tag))
            return {QStringLiteral("ImageTagAlreadyExistsException"),
                    QStringLiteral(
                        "tag invalid: The image tag '%1' already exists in the '%2' repository "
                        "and cannot be overwritten because the repository is immutable.")
                        .arg(tag, repository)};
    }
    const QString target = localReference(repository, tag);
    if (source != target) {
        const auto tagged = docker.tagImage(source, target);
        if (!tagged.ok())
            return {QStringLiteral("ImageNotFoundException"), tagged.error().message()};
    }
    const auto pushed = docker.pushImage(target, auth(), progress);
    if (!pushed.ok()) {
        const QString said = pushed.error().daemonMessage().isEmpty()
                                 ? pushed.error().message()
                                 : pushed.error().daemonMessage();
        return {QStringLiteral("ServerException"),
                Tr::tr("The push of %1 failed: %2").arg(target, said)};
    }
    QString pushedDigest = pushed.value();
    if (pushedDigest.isEmpty()) {
        const auto m = client().manifest(repository, tag);
        if (m.ok())
            pushedDigest = m->digest;
    }
    QString ignored;
    store().recordPush(repository, pushedDigest, QDateTime::currentDateTimeUtc(), &ignored);
    if (digest)
        *digest = pushedDigest;
    if (repo->record.keepLastImages > 0) {
        QList<Image> expired;
        applyLifecycle(repository, repo->record.keepLastImages, &expired);
        for (const Image &i : expired)
            qCDebug(lcRegistry).noquote()
                << "lifecycle rule of" << repository << "deleted" << i.image.digest;
    }
    qCDebug(lcRegistry).noquote() << "pushed" << target << pushedDigest;
    return {};
}

EcrError EcrRegistry::applyDesign(const QList<Model::EcrRepository> &repositories,
                                  QStringList *notes)
{
    for (const Model::EcrRepository &wanted : repositories) {
        EcrError error;
        std::optional<Repository> repo = find(wanted.name, &error);
        if (!repo) {
            if (error.type == QLatin1String("ServerException"))
                return error;
            Repository made;
            error =
                createRepository(wanted.name, wanted.imageTagMutability, wanted.scanOnPush, &made);
            if (error.isError())
                return error;
            repo = made;
            notes->append(
                Tr::tr("Created the repository %1 in the local registry.").arg(wanted.name));
        }
        RepositoryRecord record = repo->record;
        record.imageTagMutability = wanted.imageTagMutability;
        record.scanOnPush = wanted.scanOnPush;
        record.keepLastImages = wanted.keepLastImages;
        if (!(record.imageTagMutability == repo->record.imageTagMutability &&
              record.scanOnPush == repo->record.scanOnPush &&
              record.keepLastImages == repo->record.keepLastImages)) {
            QString failed;
            if (!store().put(record, &failed))
                return {QStringLiteral("ServerException"), failed};
        }
        QList<Image> expired;
        error = applyLifecycle(wanted.name, wanted.keepLastImages, &expired);
        if (error.isError())
            return error;
        for (const Image &i : expired)
            notes->append(Tr::tr("Lifecycle rule of %1 (keep the last %2): deleted %3 (%4).")
                              .arg(wanted.name)
                              .arg(wanted.keepLastImages)
                              .arg(i.image.digest.left(19), i.image.tags.isEmpty()
                                                                ? Tr::tr("untagged")
                                                                : i.image.tags.join(u',')));
    }
    return {};
}

EcrError EcrRegistry::applyLifecycle(const QString &name, int keep, QList<Image> *expired)
{
    if (keep <= 0)
        return {};
    QList<Image> images;
    const EcrError error = describeImages(name, {}, &images);
    if (error.isError())
        return error;
    // Newest first; pushed outside Berth (no time known) counts as oldest.
    std::stable_sort(images.begin(), images.end(), [](const Image &a, const Image &b) {
        if (a.pushedAt.isValid() != b.pushedAt.isValid())
            return a.pushedAt.isValid();
        return a.pushedAt > b.pushedAt;
    });
    for (qsizetype i = keep; i < images.size(); ++i) {
        const auto gone = client().deleteManifest(name, images.at(i).image.digest);
        if (!gone.ok() && gone.error().httpStatus() != 404)
            return serverError(gone.error());
        expired->append(images.at(i));
    }
    return {};
}

QString EcrRegistry::pullProblem(const QString &repository, const QString &tag)
{
    const QString uri = ecrHost() + u'/' + repository;
    const auto tags = client().tags(repository);
    if (!tags.ok()) {
        if (RegistryClient::errorCode(tags.error()) == QLatin1String("NAME_UNKNOWN"))
            return QStringLiteral(
                       "Error response from daemon: repository %1 not found: name unknown: %2")
                .arg(uri, repositoryNotFound(repository));
        return QStringLiteral("Error response from daemon: Get \"https://%1/v2/\": %2")
            .arg(ecrHost(), tags.error().message());
    }
    if (!tag.startsWith(QLatin1String("sha256:")) && !tags->contains(tag))
        return QStringLiteral("Error response from daemon: manifest for %1:%2 not found: manifest "
                              "unknown: Requested image not found")
            .arg(uri, tag);
    return {};
}

} // namespace Berth::Engine

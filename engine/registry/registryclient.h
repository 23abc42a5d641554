#pragma once

#include "engine/docker/dockerresult.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace Berth::Engine {

namespace Docker {
class Transport;
}

/// One image in a repository of the registry: a manifest and the tags that point to it.
struct RegistryImage
{
    QString digest;    ///< sha256:... of the manifest
    QString mediaType; ///< the manifest's
    qint64 size = 0;   ///< config and layers, as ECR's imageSizeInBytes
    QStringList tags;
};

/**
 * The Docker Registry HTTP API V2 of Berth's local registry, with basic authentication:
 * check credentials, list repositories and tags, read and delete manifests. Errors carry the
 * registry's code (NAME_UNKNOWN, MANIFEST_UNKNOWN, UNAUTHORIZED, ...) as daemonMessage().
 * Blocking; not on the GUI thread.
 */
class RegistryClient
{
public:
    /// \a address is HOST:PORT.
    RegistryClient(const QString &address, const QString &user, const QString &password);
    ~RegistryClient();

    /// GET /v2/: the HTTP status (200 with good credentials, 401 with others), 0 when the
    /// registry does not answer.
    int check() const;
    Docker::DockerResult<QStringList> repositories() const;
    /// An unknown repository fails with NAME_UNKNOWN (HTTP 404).
    Docker::DockerResult<QStringList> tags(const QString &repository) const;
    /// The manifest \a reference (tag or digest) names: its digest, type and size.
    Docker::DockerResult<RegistryImage> manifest(const QString &repository,
                                                 const QString &reference) const;
    /// Every image of \a repository, tags grouped by digest, in tag order.
    Docker::DockerResult<QList<RegistryImage>> images(const QString &repository) const;
    Docker::DockerResult<void> deleteManifest(const QString &repository,
                                              const QString &digest) const;

    /// The registry's error code in \a error ("MANIFEST_UNKNOWN"), or empty.
    static QString errorCode(const Docker::DockerError &error);

private:
    Docker::DockerResult<QByteArray> get(const QString &path, const QByteArray &method = "GET",
                                         bool manifests = false) const;

    QString m_address;
    QByteArray m_authorization;
    std::shared_ptr<Docker::Transport> m_transport;
};

} // namespace Berth::Engine

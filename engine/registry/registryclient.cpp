#include "engine/registry/registryclient.h"
#include "engine/enginetr.h"

#include "engine/docker/transport.h"
#include "engine/registry/registrylog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Engine {

using Docker::DockerError;
using Docker::DockerResult;

namespace {

// Without these the registry may answer with a converted schema-1 manifest whose digest is
// not the stored one, and a delete by that digest fails.
const QByteArray kManifestTypes = "application/vnd.docker.distribution.manifest.v2+json, "
                                  "application/vnd.docker.distribution.manifest.list.v2+json, "
                                  "application/vnd.oci.image.manifest.v1+json, "
                                  "application/vnd.oci.image.index.v1+json";

} // namespace

RegistryClient::RegistryClient(const QString &address, const QString &user, const QString &password)
    : m_address(address), m_authorization("Basic " + (user + u':' + password).toUtf8().toBase64())
{
    const qsizetype colon = address.lastIndexOf(u':');
    m_transport = std::make_shared<Docker::Transport>(
        Docker::DockerEndpoint::tcp(address.left(colon), address.mid(colon + 1).toInt()));
}

RegistryClient::~RegistryClient() = default;

QString RegistryClient::errorCode(const DockerError &error)
{
    return error.daemonMessage().section(u':', 0, 0);
}

DockerResult<QByteArray> RegistryClient::get(const QString &path, const QByteArray &method,
                                             bool manifests) const
{
    Docker::TransportRequest request;
    request.method = method;
    request.path = path;
    request.versioned = false;
    request.timeoutMs = 30000;
    request.connectTimeoutMs = 2000;
    request.headers.append({"Authorization", m_authorization});
    if (manifests)
        request.headers.append({"Accept", kManifestTypes});
    const Docker::TransportResponse response = m_transport->send(request);
    if (response.status == 0) {
        return DockerError(DockerError::Kind::Connection,
                           Tr::tr("The local registry at %1 does not answer. Start it with "
                                  "'berth registry start'.")
                               .arg(m_address));
    }
    if (response.status >= 400) {
        const QJsonArray errors = QJsonDocument::fromJson(response.body)
                                      .object()
                                      .value(QLatin1String("errors"))
                                      .toArray();
        const QJsonObject first = errors.first().toObject();
        const QString code = first.value(QLatin1String("code")).toString();
        const QString message = first.value(QLatin1String("message")).toString();
        qCDebug(lcRegistry).noquote() << method << path << response.status << code << message;
        return DockerError(DockerError::Kind::Http,
                           Tr::tr("The local registry answered %1 %2 to %3: %4")
                               .arg(response.status)
                               .arg(code, path, message),
                           response.status, code + QStringLiteral(": ") + message);
    }
    return response.body;
}

int RegistryClient::check() const
{
    const DockerResult<QByteArray> r = get(QStringLiteral("/v2/"));
    if (r.ok())
        return 200;
    return r.error().httpStatus();
}

DockerResult<QStringList> RegistryClient::repositories() const
{
    // The registry hands out at most 1000 names a page (more is PAGINATION_NUMBER_INVALID).
    constexpr int kPage = 1000;
    QStringList names;
    for (;;) {
        QString path = QStringLiteral("/v2/_catalog?n=%1").arg(kPage);
        if (!names.isEmpty())
            path += QStringLiteral("&last=") + names.last();
        const DockerResult<QByteArray> r = get(path);
        if (!r.ok())
            return r.error();
        const QJsonArray list = QJsonDocument::fromJson(r.value())
                                    .object()
                                    .value(QLatin1String("repositories"))
                                    .toArray();
        for (const QJsonValue &v : list)
            names << v.toString();
        if (list.size() < kPage)
            return names;
    }
}

DockerResult<QStringList> RegistryClient::tags(const QString &repository) const
{
    const DockerResult<QByteArray> r = get(QStringLiteral("/v2/%1/tags/list").arg(repository));
    if (!r.ok())
        return r.error();
    QStringList tags;
    const QJsonArray list =
        QJsonDocument::fromJson(r.value()).object().value(QLatin1String("tags")).toArray();
    for (const QJsonValue &v : list)
        tags << v.toString();
    tags.sort();
    return tags;
}

DockerResult<RegistryImage> RegistryClient::manifest(const QString &repository,
                                                     const QString &reference) const
{
    const DockerResult<QByteArray> r =
        get(QStringLiteral("/v2/%1/manifests/%2").arg(repository, reference), "GET", true);
    if (!r.ok())
        return r.error();
    // A manifest's digest is the SHA-256 of its bytes as served.
    RegistryImage image;
    image.digest = QStringLiteral("sha256:") +
                   QString::fromLatin1(
                       QCryptographicHash::hash(r.value(), QCryptographicHash::Sha256).toHex());
    const QJsonObject m = QJsonDocument::fromJson(r.value()).object();
    image.mediaType = m.value(QLatin1String("mediaType")).toString();
    image.size =
        qint64(m.value(QLatin1String("config")).toObject().value(QLatin1String("size")).toDouble());
    for (const QJsonValue &layer : m.value(QLatin1String("layers")).toArray())
        image.size += qint64(layer.toObject().value(QLatin1String("size")).toDouble());
    return image;
}

DockerResult<QList<RegistryImage>> RegistryClient::images(const QString &repository) const
{
    const DockerResult<QStringList> listed = tags(repository);
    if (!listed.ok())
        return listed.error();
    QList<RegistryImage> out;
    for (const QString &tag : listed.value()) {
        DockerResult<RegistryImage> m = manifest(repository, tag);
        if (!m.ok()) {
            if (m.error().httpStatus() == 404)
                continue; // deleted between the two calls
            return m.error();
        }
        auto same = std::find_if(out.begin(), out.end(),
                                 [&](const RegistryImage &i) { return i.digest == m->digest; });
        if (same != out.end()) {
            same->tags << tag;
        } else {
            RegistryImage image = m.value();
            image.tags = {tag};
            out << image;
        }
    }
    return out;
}

DockerResult<void> RegistryClient::deleteManifest(const QString &repository,
                                                  const QString &digest) const
{
    const DockerResult<QByteArray> r =
        get(QStringLiteral("/v2/%1/manifests/%2").arg(repository, digest), "DELETE", true);
    if (!r.ok())
        return r.error();
    return {};
}

} // namespace Berth::Engine

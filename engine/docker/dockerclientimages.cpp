// DockerClient: images (inspect, build, pull, remove).

#include "engine/docker/dockerclient.h"
#include "engine/enginetr.h"

#include "engine/docker/jsonstreamdecoder.h"
#include "engine/docker/tarwriter.h"
#include "engine/docker/transport.h"
#include "engine/enginelog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Berth::Engine::Docker {

namespace {

QString mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// "registry:5000/team/app:tag" -> ("registry:5000/team/app", "tag"); digests stay whole.
QPair<QString, QString> splitReference(const QString &reference)
{
    if (reference.contains(QLatin1Char('@')))
        return {reference, {}};
    const qsizetype colon = reference.lastIndexOf(QLatin1Char(':'));
    if (colon > reference.lastIndexOf(QLatin1Char('/')))
        return {reference.left(colon), reference.mid(colon + 1)};
    return {reference, QStringLiteral("latest")};
}

} // namespace

DockerResult<QJsonObject> DockerClient::inspectImage(const QString &reference)
{
    return getObject(QStringLiteral("/images/%1/json").arg(pathSegment(reference)));
}

DockerResult<bool> DockerClient::imageExists(const QString &reference)
{
    const DockerResult<QJsonObject> image = inspectImage(reference);
    if (image.ok())
        return true;
    if (image.error().kind() == DockerError::Kind::Http && image.error().httpStatus() == 404)
        return false;
    return image.error();
}

DockerResult<void> DockerClient::removeImage(const QString &reference, bool force)
{
    TransportRequest request =
        makeRequest("DELETE", QStringLiteral("/images/%1").arg(pathSegment(reference)));
    request.addQuery(QStringLiteral("force"), force ? QStringLiteral("1") : QStringLiteral("0"));
    const TransportResponse response = call(request);
    if (!response.ok())
        return response.error;
    return {};
}

DockerResult<QString> DockerClient::streamProgress(TransportRequest request,
                                                   const ProgressCallback &progress,
                                                   CancelToken *cancel)
{
    JsonStreamDecoder decoder;
    QString daemonError;
    QString imageId;
    request.onData = [&](QByteArrayView chunk) {
        for (const QJsonObject &object : decoder.feed(chunk)) {
            const ProgressMessage message = ProgressMessage::fromJson(object);
            if (!message.error.isEmpty() && daemonError.isEmpty())
                daemonError = message.error;
            const QJsonObject aux = object.value(QLatin1String("aux")).toObject();
            if (aux.contains(QLatin1String("ID")))
                imageId = aux.value(QLatin1String("ID")).toString();
            static const QRegularExpression built(QStringLiteral("^Successfully built (\\S+)"));
            const QRegularExpressionMatch match = built.match(message.text);
            if (imageId.isEmpty() && match.hasMatch())
                imageId = match.captured(1);
            if (progress)
                progress(message);
        }
        return true;
    };
    const TransportResponse response = call(request, cancel);
    if (!response.ok())
        return response.error;
    if (!daemonError.isEmpty()) {
        return DockerError(
            DockerError::Kind::Daemon,
            Tr::tr("%1 %2 failed: %3")
                .arg(QString::fromLatin1(request.method), request.path, daemonError.trimmed()),
            response.status, daemonError.trimmed());
    }
    return imageId;
}

DockerResult<QString> DockerClient::buildImage(const BuildOptions &options,
                                               const ProgressCallback &progress,
                                               CancelToken *cancel)
{
    QByteArray archive;
    QString error;
    if (!TarWriter::archiveDirectory(options.contextDir, &archive, &error))
        return DockerError(DockerError::Kind::Usage, error);
    return buildImageFromArchive(archive, options, progress, cancel);
}

DockerResult<QString> DockerClient::buildImageFromArchive(const QByteArray &context,
                                                          const BuildOptions &options,
                                                          const ProgressCallback &progress,
                                                          CancelToken *cancel)
{
    TransportRequest request = makeRequest("POST", QStringLiteral("/build"));
    for (const QString &tag : options.tags)
        request.addQuery(QStringLiteral("t"), tag);
    request.addQuery(QStringLiteral("dockerfile"), options.dockerfile);
    request.addQuery(QStringLiteral("rm"), QStringLiteral("1"));
    request.addQuery(QStringLiteral("forcerm"), QStringLiteral("1"));
    if (!options.labels.isEmpty())
        request.addQuery(QStringLiteral("labels"), mapToJson(options.labels));
    if (!options.buildArgs.isEmpty())
        request.addQuery(QStringLiteral("buildargs"), mapToJson(options.buildArgs));
    if (options.noCache)
        request.addQuery(QStringLiteral("nocache"), QStringLiteral("1"));
    if (options.pull)
        request.addQuery(QStringLiteral("pull"), QStringLiteral("1"));
    request.body = context;
    request.contentType = "application/x-tar";
    request.timeoutMs = options.timeoutMs;

    DockerResult<QString> built = streamProgress(request, progress, cancel);
    if (!built.ok() || !built.value().isEmpty() || options.tags.isEmpty())
        return built;
    // Older daemons report the id only in the text; ask for it by tag.
    const DockerResult<QJsonObject> image = inspectImage(options.tags.first());
    if (!image.ok())
        return image.error();
    return image.value().value(QLatin1String("Id")).toString();
}

DockerResult<void> DockerClient::pullImage(const QString &reference, const RegistryAuth &auth,
                                           const ProgressCallback &progress, CancelToken *cancel)
{
    const auto [image, tag] = splitReference(reference);
    TransportRequest request = makeRequest("POST", QStringLiteral("/images/create"));
    request.addQuery(QStringLiteral("fromImage"), image);
    if (!tag.isEmpty())
        request.addQuery(QStringLiteral("tag"), tag);
    if (!auth.isEmpty())
        request.headers.append({"X-Registry-Auth", auth.headerValue()});
    request.timeoutMs = 30 * 60 * 1000;
    request.headerTimeoutMs = 2 * m_timeoutMs;
    const DockerResult<QString> pulled = streamProgress(request, progress, cancel);
    if (!pulled.ok())
        return pulled.error();
    qCDebug(lcDocker) << "pulled" << reference;
    return {};
}

DockerResult<QString> DockerClient::pushImage(const QString &reference,
                                              const RegistryAuth &auth,
                                              const ProgressCallback &progress,
                                              CancelToken *cancel)
{
    const auto [image, tag] = splitReference(reference);
    TransportRequest request =
        makeRequest("POST", QStringLiteral("/images/%1/push").arg(pathSegment(image)));
    if (!tag.isEmpty())
        request.addQuery(QStringLiteral("tag"), tag);
    // The daemon refuses a push without the header, even to a registry without auth.
    request.headers.append({"X-Registry-Auth", auth.isEmpty()
                                                   ? QByteArray("e30=")
                                                   : auth.headerValue()});
    request.timeoutMs = 30 * 60 * 1000;
    request.headerTimeoutMs = 2 * m_timeoutMs;
    QString digest;
    static const QRegularExpression pushed(QStringLiteral("digest: (sha256:[0-9a-f]{64})"));
    const DockerResult<QString> done = streamProgress(
        request,
        [&](const ProgressMessage &m) {
            const QRegularExpressionMatch match = pushed.match(m.text);
            if (match.hasMatch())
                digest = match.captured(1);
            const QString aux = m.raw.value(QLatin1String("aux")).toObject()
                                    .value(QLatin1String("Digest")).toString();
            if (!aux.isEmpty())
                digest = aux;
            if (progress)
                progress(m);
        },
        cancel);
    if (!done.ok())
        return done.error();
    qCDebug(lcDocker) << "pushed" << reference << digest;
    return digest;
}

DockerResult<void> DockerClient::tagImage(const QString &source, const QString &target)
{
    const auto [repo, tag] = splitReference(target);
    TransportRequest request =
        makeRequest("POST", QStringLiteral("/images/%1/tag").arg(pathSegment(source)));
    request.addQuery(QStringLiteral("repo"), repo);
    if (!tag.isEmpty())
        request.addQuery(QStringLiteral("tag"), tag);
    const TransportResponse response = call(request);
    if (!response.ok())
        return response.error;
    return {};
}

} // namespace Berth::Engine::Docker

#include "engine/docker/dockertypes.h"

#include <QJsonArray>

namespace Berth::Engine::Docker {

DockerVersion DockerVersion::fromJson(const QJsonObject &object)
{
    DockerVersion version;
    version.version = object.value(QLatin1String("Version")).toString();
    version.apiVersion = object.value(QLatin1String("ApiVersion")).toString();
    version.minApiVersion = object.value(QLatin1String("MinAPIVersion")).toString();
    version.os = object.value(QLatin1String("Os")).toString();
    version.arch = object.value(QLatin1String("Arch")).toString();
    version.kernelVersion = object.value(QLatin1String("KernelVersion")).toString();
    version.raw = object;
    return version;
}

ContainerSummary ContainerSummary::fromJson(const QJsonObject &object)
{
    ContainerSummary summary;
    summary.id = object.value(QLatin1String("Id")).toString();
    const QJsonArray names = object.value(QLatin1String("Names")).toArray();
    if (!names.isEmpty()) {
        summary.name = names.first().toString();
        if (summary.name.startsWith(QLatin1Char('/')))
            summary.name.remove(0, 1);
    }
    summary.image = object.value(QLatin1String("Image")).toString();
    summary.state = object.value(QLatin1String("State")).toString();
    summary.status = object.value(QLatin1String("Status")).toString();
    const QJsonObject labels = object.value(QLatin1String("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        summary.labels.insert(it.key(), it.value().toString());
    summary.created = object.value(QLatin1String("Created")).toInteger();
    summary.raw = object;
    return summary;
}

ProgressMessage ProgressMessage::fromJson(const QJsonObject &object)
{
    ProgressMessage message;
    message.raw = object;
    message.id = object.value(QLatin1String("id")).toString();
    message.status = object.value(QLatin1String("status")).toString();
    const QJsonObject detail = object.value(QLatin1String("progressDetail")).toObject();
    message.current = detail.value(QLatin1String("current")).toInteger();
    message.total = detail.value(QLatin1String("total")).toInteger();
    if (object.contains(QLatin1String("error"))) {
        message.error = object.value(QLatin1String("error")).toString();
        if (message.error.isEmpty()) {
            message.error = object.value(QLatin1String("errorDetail"))
                                .toObject()
                                .value(QLatin1String("message"))
                                .toString();
        }
    }
    if (object.contains(QLatin1String("stream"))) {
        message.text = object.value(QLatin1String("stream")).toString();
    } else {
        message.text = message.status;
        const QString progress = object.value(QLatin1String("progress")).toString();
        if (!progress.isEmpty())
            message.text += QLatin1Char(' ') + progress;
    }
    return message;
}

} // namespace Berth::Engine::Docker

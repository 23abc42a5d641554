// DockerClient: networks and volumes.

#include "engine/docker/dockerclient.h"

#include "engine/docker/transport.h"

#include <QJsonDocument>
#include <QUrl>

namespace Berth::Engine::Docker {

namespace {

QJsonObject labelsObject(const Labels &labels)
{
    QJsonObject object;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

DockerResult<QString> DockerClient::createNetwork(const QString &name, const QJsonObject &options,
                                                  const Labels &labels)
{
    QJsonObject body = options;
    body.insert(QLatin1String("Name"), name);
    body.insert(QLatin1String("CheckDuplicate"), true);
    if (!body.contains(QLatin1String("Driver")))
        body.insert(QLatin1String("Driver"), QStringLiteral("bridge"));
    if (!labels.isEmpty()) {
        QJsonObject merged = body.value(QLatin1String("Labels")).toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            merged.insert(it.key(), it.value());
        body.insert(QLatin1String("Labels"), merged);
    }
    TransportRequest request = makeRequest("POST", QStringLiteral("/networks/create"));
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    const TransportResponse response = call(request);
    if (!response.ok())
        return response.error;
    return QJsonDocument::fromJson(response.body).object().value(QLatin1String("Id")).toString();
}

DockerResult<void> DockerClient::removeNetwork(const QString &idOrName)
{
    const TransportResponse response =
        call(makeRequest("DELETE", QStringLiteral("/networks/%1").arg(pathSegment(idOrName))));
    if (!response.ok())
        return response.error;
    return {};
}

DockerResult<QList<QJsonObject>> DockerClient::listNetworks(const QStringList &labelFilters)
{
    return getArray(makeRequest("GET", QStringLiteral("/networks")), labelFilters);
}

DockerResult<QJsonObject> DockerClient::inspectNetwork(const QString &idOrName)
{
    return getObject(QStringLiteral("/networks/%1").arg(pathSegment(idOrName)));
}

DockerResult<void> DockerClient::connectNetwork(const QString &network, const QString &container,
                                                const QJsonObject &endpointConfig)
{
    QJsonObject body{{QLatin1String("Container"), container}};
    if (!endpointConfig.isEmpty())
        body.insert(QLatin1String("EndpointConfig"), endpointConfig);
    return postJson(QStringLiteral("/networks/%1/connect").arg(pathSegment(network)), body);
}

DockerResult<void> DockerClient::disconnectNetwork(const QString &network, const QString &container,
                                                   bool force)
{
    const QJsonObject body{{QLatin1String("Container"), container},
                           {QLatin1String("Force"), force}};
    return postJson(QStringLiteral("/networks/%1/disconnect").arg(pathSegment(network)), body);
}

DockerResult<QJsonObject> DockerClient::createVolume(const QString &name, const Labels &labels,
                                                     const QString &driver)
{
    const QJsonObject body{{QLatin1String("Name"), name},
                           {QLatin1String("Driver"), driver},
                           {QLatin1String("Labels"), labelsObject(labels)}};
    TransportRequest request = makeRequest("POST", QStringLiteral("/volumes/create"));
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    const TransportResponse response = call(request);
    if (!response.ok())
        return response.error;
    return QJsonDocument::fromJson(response.body).object();
}

DockerResult<void> DockerClient::removeVolume(const QString &name, bool force)
{
    TransportRequest request =
        makeRequest("DELETE", QStringLiteral("/volumes/%1").arg(pathSegment(name)));
    request.addQuery(QStringLiteral("force"), force ? QStringLiteral("1") : QStringLiteral("0"));
    const TransportResponse response = call(request);
    if (!response.ok())
        return response.error;
    return {};
}

DockerResult<QList<QJsonObject>> DockerClient::listVolumes(const QStringList &labelFilters)
{
    return getArray(makeRequest("GET", QStringLiteral("/volumes")), labelFilters,
                    QStringLiteral("Volumes"));
}

} // namespace Berth::Engine::Docker

// DockerClient: Swarm services, tasks and nodes.

#include "engine/docker/dockerclient.h"

#include "engine/docker/transport.h"
#include "engine/enginelog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Berth::Engine::Docker {

DockerResult<QString> DockerClient::initSwarm(const QString &advertiseAddress)
{
    const QJsonObject body{{QLatin1String("ListenAddr"), QStringLiteral("0.0.0.0:2377")},
                           {QLatin1String("AdvertiseAddr"), advertiseAddress}};
    TransportRequest request = makeRequest("POST", QStringLiteral("/swarm/init"));
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    const TransportResponse response = call(request);
    if (!response.ok())
        return response.error;
    // The answer is the node id as a bare JSON string.
    return QJsonDocument::fromJson("[" + response.body + "]").array().first().toString();
}

DockerResult<void> DockerClient::leaveSwarm(bool force)
{
    TransportRequest request = makeRequest("POST", QStringLiteral("/swarm/leave"));
    request.addQuery(QStringLiteral("force"), force ? QStringLiteral("1") : QStringLiteral("0"));
    const TransportResponse response = call(request);
    if (!response.ok())
        return response.error;
    return {};
}

DockerResult<QList<QJsonObject>> DockerClient::listServices(const QStringList &labelFilters)
{
    return getArray(makeRequest("GET", QStringLiteral("/services")), labelFilters);
}

DockerResult<QString> DockerClient::createService(const QJsonObject &spec)
{
    TransportRequest request = makeRequest("POST", QStringLiteral("/services/create"));
    request.body = QJsonDocument(spec).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    const TransportResponse response = call(request);
    if (!response.ok())
        return response.error;
    const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
    for (const QJsonValue &warning : answer.value(QLatin1String("Warnings")).toArray())
        qCDebug(lcDocker).noquote()
            << "create service" << spec.value(QLatin1String("Name")) << ":" << warning.toString();
    return answer.value(QLatin1String("ID")).toString();
}

DockerResult<void> DockerClient::updateService(const QString &id, qint64 version,
                                               const QJsonObject &spec)
{
    return updateVersioned(QStringLiteral("/services/%1/update").arg(pathSegment(id)), version,
                           spec);
}

DockerResult<void> DockerClient::removeService(const QString &idOrName)
{
    const TransportResponse response =
        call(makeRequest("DELETE", QStringLiteral("/services/%1").arg(pathSegment(idOrName))));
    if (!response.ok())
        return response.error;
    return {};
}

DockerResult<QList<QJsonObject>> DockerClient::listTasks(const Filters &filters)
{
    TransportRequest request = makeRequest("GET", QStringLiteral("/tasks"));
    if (!filters.isEmpty())
        request.addQuery(QStringLiteral("filters"), encodeFilters(filters));
    return getArray(request, {});
}

DockerResult<QList<QJsonObject>> DockerClient::listNodes()
{
    return getArray(makeRequest("GET", QStringLiteral("/nodes")), {});
}

DockerResult<void> DockerClient::updateNode(const QString &id, qint64 version,
                                            const QJsonObject &spec)
{
    return updateVersioned(QStringLiteral("/nodes/%1/update").arg(pathSegment(id)), version, spec);
}

DockerResult<void> DockerClient::updateVersioned(const QString &path, qint64 version,
                                                 const QJsonObject &spec)
{
    TransportRequest request = makeRequest("POST", path);
    request.addQuery(QStringLiteral("version"), QString::number(version));
    request.body = QJsonDocument(spec).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    const TransportResponse response = call(request);
    if (!response.ok())
        return response.error;
    return {};
}

} // namespace Berth::Engine::Docker

#include "engine/docker/dockerclient.h"

#include "engine/docker/transport.h"
#include "engine/enginelog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>

namespace Berth::Engine::Docker {

namespace {

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

} // namespace

QString DockerClient::pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, ":@/"));
}

DockerClient::DockerClient() : m_transport(Transport::fromEnvironment())
{
}

DockerClient::DockerClient(std::shared_ptr<Transport> transport) : m_transport(std::move(transport))
{
}

DockerClient::~DockerClient() = default;

QString DockerClient::encodeFilters(const Filters &filters)
{
    QJsonObject object;
    for (auto it = filters.begin(); it != filters.end(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

TransportRequest DockerClient::makeRequest(const QByteArray &method, const QString &path) const
{
    TransportRequest request;
    request.method = method;
    request.path = path;
    request.timeoutMs = m_timeoutMs;
    return request;
}

TransportResponse DockerClient::call(TransportRequest request, CancelToken *cancel)
{
    return m_transport->send(request, cancel);
}

DockerResult<QJsonObject> DockerClient::getObject(const QString &path)
{
    const TransportResponse response = call(makeRequest("GET", path));
    if (!response.ok())
        return response.error;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (!document.isObject()) {
        return DockerError(DockerError::Kind::Protocol,
                           QCoreApplication::translate("Berth::Engine::Docker::DockerClient",
                                                       "GET %1: the daemon's answer is not a "
                                                       "JSON object (%2).")
                               .arg(path, parseError.errorString()));
    }
    return document.object();
}

DockerResult<QList<QJsonObject>> DockerClient::getArray(TransportRequest request,
                                                        const QStringList &labelFilters,
                                                        const QString &arrayKey)
{
    if (!labelFilters.isEmpty()) {
        request.addQuery(QStringLiteral("filters"),
                         encodeFilters({{QStringLiteral("label"), labelFilters}}));
    }
    const TransportResponse response = call(request);
    if (!response.ok())
        return response.error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    const QJsonArray array =
        arrayKey.isEmpty() ? document.array() : document.object().value(arrayKey).toArray();
    QList<QJsonObject> objects;
    objects.reserve(array.size());
    for (const QJsonValue &value : array)
        objects.append(value.toObject());
    return objects;
}

DockerResult<void> DockerClient::postJson(const QString &path, const QJsonObject &body)
{
    TransportRequest request = makeRequest("POST", path);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    const TransportResponse response = call(request);
    if (!response.ok())
        return response.error;
    return {};
}

std::unique_ptr<DockerStream> DockerClient::makeStream(TransportRequest request,
                                                       DockerStream::Format format)
{
    request.timeoutMs = 0;
    request.headerTimeoutMs = m_timeoutMs;
    return std::make_unique<DockerStream>(m_transport, std::move(request), format);
}

DockerResult<void> DockerClient::ping()
{
    TransportRequest request = makeRequest("GET", QStringLiteral("/_ping"));
    request.versioned = false;
    // A daemon answers /_ping at once even under load; one that does not within a few
    // seconds hangs, and whoever asks (the run's reconcile pass) should not wait longer.
    request.timeoutMs = qMin(m_timeoutMs, kPingTimeoutMs);
    const TransportResponse response = call(request);
    if (!response.ok())
        return response.error;
    return {};
}

DockerResult<DockerVersion> DockerClient::version()
{
    const DockerResult<QJsonObject> object = getObject(QStringLiteral("/version"));
    if (!object.ok())
        return object.error();
    return DockerVersion::fromJson(object.value());
}

DockerResult<QJsonObject> DockerClient::info()
{
    return getObject(QStringLiteral("/info"));
}

DockerResult<CreatedContainer>
DockerClient::createContainer(const QJsonObject &config, const QString &name, const Labels &labels)
{
    QJsonObject body = config;
    if (!labels.isEmpty()) {
        QJsonObject merged = body.value(QLatin1String("Labels")).toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            merged.insert(it.key(), it.value());
        body.insert(QLatin1String("Labels"), merged);
    }
    TransportRequest request = makeRequest("POST", QStringLiteral("/containers/create"));
    if (!name.isEmpty())
        request.addQuery(QStringLiteral("name"), name);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    const TransportResponse response = call(request);
    if (!response.ok())
        return response.error;
    const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
    CreatedContainer created;
    created.id = answer.value(QLatin1String("Id")).toString();
    for (const QJsonValue &warning : answer.value(QLatin1String("Warnings")).toArray())
        created.warnings.append(warning.toString());
    for (const QString &warning : std::as_const(created.warnings))
        qCWarning(lcDocker).noquote() << "create" << name << ":" << warning;
    return created;
}

DockerResult<void> DockerClient::startContainer(const QString &id)
{
    const TransportResponse response =
        call(makeRequest("POST", QStringLiteral("/containers/%1/start").arg(pathSegment(id))));
    if (!response.ok())
        return response.error;
    return {};
}

DockerResult<void> DockerClient::stopContainer(const QString &id, int timeoutSeconds)
{
    TransportRequest request =
        makeRequest("POST", QStringLiteral("/containers/%1/stop").arg(pathSegment(id)));
    request.addQuery(QStringLiteral("t"), QString::number(timeoutSeconds));
    request.timeoutMs = timeoutSeconds * 1000 + m_timeoutMs;
    const TransportResponse response = call(request);
    if (!response.ok())
        return response.error;
    return {};
}

DockerResult<void> DockerClient::killContainer(const QString &id, const QString &signal)
{
    TransportRequest request =
        makeRequest("POST", QStringLiteral("/containers/%1/kill").arg(pathSegment(id)));
    request.addQuery(QStringLiteral("signal"), signal);
    const TransportResponse response = call(request);
    if (!response.ok())
        return response.error;
    return {};
}

DockerResult<void> DockerClient::removeContainer(const QString &id, bool force, bool removeVolumes)
{
    TransportRequest request =
        makeRequest("DELETE", QStringLiteral("/containers/%1").arg(pathSegment(id)));
    request.addQuery(QStringLiteral("force"), flag(force));
    request.addQuery(QStringLiteral("v"), flag(removeVolumes));
    const TransportResponse response = call(request);
    if (!response.ok())
        return response.error;
    return {};
}

DockerResult<QJsonObject> DockerClient::inspectContainer(const QString &id)
{
    return getObject(QStringLiteral("/containers/%1/json").arg(pathSegment(id)));
}

DockerResult<QList<ContainerSummary>> DockerClient::listContainers(const QStringList &labelFilters,
                                                                   bool all)
{
    TransportRequest request = makeRequest("GET", QStringLiteral("/containers/json"));
    request.addQuery(QStringLiteral("all"), flag(all));
    const DockerResult<QList<QJsonObject>> objects = getArray(request, labelFilters);
    if (!objects.ok())
        return objects.error();
    QList<ContainerSummary> summaries;
    summaries.reserve(objects.value().size());
    for (const QJsonObject &object : objects.value())
        summaries.append(ContainerSummary::fromJson(object));
    return summaries;
}

DockerResult<int> DockerClient::waitContainer(const QString &id, int timeoutMs,
                                              const QString &condition)
{
    TransportRequest request =
        makeRequest("POST", QStringLiteral("/containers/%1/wait").arg(pathSegment(id)));
    request.addQuery(QStringLiteral("condition"), condition);
    request.timeoutMs = timeoutMs;
    const TransportResponse response = call(request);
    if (!response.ok())
        return response.error;
    const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
    const QString error =
        answer.value(QLatin1String("Error")).toObject().value(QLatin1String("Message")).toString();
    if (!error.isEmpty()) {
        return DockerError(DockerError::Kind::Daemon,
                           QCoreApplication::translate("Berth::Engine::Docker::DockerClient",
                                                       "Waiting for container %1 failed: %2")
                               .arg(id, error),
                           response.status, error);
    }
    return answer.value(QLatin1String("StatusCode")).toInt();
}

} // namespace Berth::Engine::Docker

// DockerClient: logs, stats and events.

#include "engine/docker/dockerclient.h"

#include "engine/docker/transport.h"

#include <QJsonDocument>
#include <QUrl>

namespace Berth::Engine::Docker {

namespace {

void addLogQuery(TransportRequest *request, const LogOptions &options, bool follow)
{
    const auto flag = [](bool value) { return value ? QStringLiteral("1") : QStringLiteral("0"); };
    request->addQuery(QStringLiteral("follow"), flag(follow));
    request->addQuery(QStringLiteral("stdout"), flag(options.stdoutStream));
    request->addQuery(QStringLiteral("stderr"), flag(options.stderrStream));
    request->addQuery(QStringLiteral("timestamps"), flag(options.timestamps));
    request->addQuery(QStringLiteral("tail"),
                      options.tail.isEmpty() ? QStringLiteral("all") : options.tail);
    if (options.since > 0)
        request->addQuery(QStringLiteral("since"), QString::number(options.since));
}

} // namespace

DockerResult<QList<LogFrame>> DockerClient::containerLogs(const QString &id,
                                                          const LogOptions &options)
{
    TransportRequest request =
        makeRequest("GET", QStringLiteral("/containers/%1/logs").arg(pathSegment(id)));
    addLogQuery(&request, options, false);
    QList<LogFrame> frames;
    MultiplexedStreamDecoder decoder;
    request.onData = [&](QByteArrayView chunk) {
        if (options.tty)
            frames.append({LogStreamKind::Stdout, chunk.toByteArray()});
        else
            frames.append(decoder.feed(chunk));
        return true;
    };
    const TransportResponse response = call(request);
    if (!response.ok())
        return response.error;
    return frames;
}

std::unique_ptr<DockerStream> DockerClient::followLogs(const QString &id, const LogOptions &options)
{
    TransportRequest request =
        makeRequest("GET", QStringLiteral("/containers/%1/logs").arg(pathSegment(id)));
    addLogQuery(&request, options, true);
    return makeStream(std::move(request),
                      options.tty ? DockerStream::Format::Raw : DockerStream::Format::Multiplexed);
}

DockerResult<QJsonObject> DockerClient::containerStats(const QString &id)
{
    return containerStats(QStringList{id}).first();
}

QList<DockerResult<QJsonObject>> DockerClient::containerStats(const QStringList &ids,
                                                              CancelToken *cancel)
{
    QList<TransportRequest> requests;
    for (const QString &id : ids) {
        TransportRequest request =
            makeRequest("GET", QStringLiteral("/containers/%1/stats").arg(pathSegment(id)));
        request.addQuery(QStringLiteral("stream"), QStringLiteral("false"));
        request.addQuery(QStringLiteral("one-shot"), QStringLiteral("true"));
        request.timeoutMs = 5000;
        requests << request;
    }
    QList<DockerResult<QJsonObject>> results;
    for (const TransportResponse &response : m_transport->sendAll(requests, cancel)) {
        if (response.ok())
            results << DockerResult<QJsonObject>(QJsonDocument::fromJson(response.body).object());
        else
            results << DockerResult<QJsonObject>(response.error);
    }
    return results;
}

std::unique_ptr<DockerStream> DockerClient::statsStream(const QString &id)
{
    TransportRequest request =
        makeRequest("GET", QStringLiteral("/containers/%1/stats").arg(pathSegment(id)));
    request.addQuery(QStringLiteral("stream"), QStringLiteral("true"));
    return makeStream(std::move(request), DockerStream::Format::JsonObjects);
}

std::unique_ptr<DockerStream> DockerClient::events(const Filters &filters, qint64 since)
{
    TransportRequest request = makeRequest("GET", QStringLiteral("/events"));
    if (!filters.isEmpty())
        request.addQuery(QStringLiteral("filters"), encodeFilters(filters));
    if (since > 0)
        request.addQuery(QStringLiteral("since"), QString::number(since));
    return makeStream(std::move(request), DockerStream::Format::JsonObjects);
}

} // namespace Berth::Engine::Docker

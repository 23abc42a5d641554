#include "engine/api/metadataserver.h"

#include "engine/enginelog.h"
#include "engine/runtime/runsession.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>

namespace Berth::Engine {

namespace {

QString rfc3339(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'000000Z'"))
                       : QString();
}

struct Found
{
    const Task *task = nullptr;
    const ContainerState *container = nullptr;
};

Found find(const EngineSnapshot &snapshot, const QString &token)
{
    if (token.isEmpty())
        return {};
    for (const Task &t : snapshot.tasks) {
        for (const ContainerState &c : t.containers) {
            if (c.metadataToken == token)
                return {&t, &c};
        }
    }
    return {};
}

QString knownStatus(const QString &containerStatus)
{
    return containerStatus == QLatin1String("PENDING") ? QStringLiteral("PENDING")
                                                       : containerStatus;
}

QJsonObject containerJson(const Model::ProjectData &d, const Task &t, const ContainerState &c)
{
    const QString taskArn = QStringLiteral("arn:aws:ecs:%1:%2:task/%3/%4")
                                .arg(d.region, d.accountId, t.cluster, t.id);
    const Model::TaskDefinition *td = d.taskDefinition(t.taskDefinition);
    const std::optional<Model::ContainerDefinition> def =
        td ? td->container(c.name) : std::nullopt;
    QJsonArray ports;
    for (const PortBinding &p : c.ports)
        ports.append(QJsonObject{{QLatin1String("ContainerPort"), p.containerPort},
                                 {QLatin1String("Protocol"), p.protocol},
                                 {QLatin1String("HostPort"), p.hostPort},
                                 {QLatin1String("HostIp"), p.hostIp}});
    const QString mode = td ? td->networkMode() : QStringLiteral("bridge");
    QJsonObject o{
        {QLatin1String("DockerId"), c.dockerId},
        {QLatin1String("Name"), c.name},
        {QLatin1String("DockerName"), c.dockerName},
        {QLatin1String("Image"), def ? def->image() : QString()},
        {QLatin1String("Labels"),
         QJsonObject{{QLatin1String("com.amazonaws.ecs.cluster"), t.cluster},
                     {QLatin1String("com.amazonaws.ecs.container-name"), c.name},
                     {QLatin1String("com.amazonaws.ecs.task-arn"), taskArn},
                     {QLatin1String("com.amazonaws.ecs.task-definition-family"),
                      t.taskDefinition.section(u':', 0, 0)},
                     {QLatin1String("com.amazonaws.ecs.task-definition-version"),
                      t.taskDefinition.section(u':', 1)}}},
        {QLatin1String("DesiredStatus"), taskStatusName(t.desiredStatus)},
        {QLatin1String("KnownStatus"), knownStatus(c.lastStatus)},
        {QLatin1String("Limits"),
         QJsonObject{{QLatin1String("CPU"), def ? def->json().value(QLatin1String("cpu")).toInt() : 0},
                     {QLatin1String("Memory"),
                      def ? def->json().value(QLatin1String("memory")).toInt() : 0}}},
        {QLatin1String("CreatedAt"), rfc3339(t.createdAt)},
        {QLatin1String("Type"), QStringLiteral("NORMAL")},
        {QLatin1String("ContainerARN"),
         QStringLiteral("arn:aws:ecs:%1:%2:container/%3/%4/%5")
             .arg(d.region, d.accountId, t.cluster, t.id, c.name)},
        {QLatin1String("Ports"), ports},
        {QLatin1String("Networks"),
         QJsonArray{QJsonObject{{QLatin1String("NetworkMode"), mode},
                                {QLatin1String("IPv4Addresses"),
                                 QJsonArray{mode == QLatin1String("awsvpc") ? t.address
                                                                            : c.networkAddress}}}}},
        {QLatin1String("RestartCount"), 0}};
    if (t.startedAt.isValid())
        o.insert(QLatin1String("StartedAt"), rfc3339(t.startedAt));
    if (c.exitCode)
        o.insert(QLatin1String("ExitCode"), *c.exitCode);
    if (!c.health.isEmpty())
        o.insert(QLatin1String("Health"),
                 QJsonObject{{QLatin1String("status"), c.health}});
    if (def) {
        const QJsonObject log = def->json().value(QLatin1String("logConfiguration")).toObject();
        if (!log.isEmpty()) {
            o.insert(QLatin1String("LogDriver"), log.value(QLatin1String("logDriver")));
            o.insert(QLatin1String("LogOptions"), log.value(QLatin1String("options")));
        }
    }
    return o;
}

QHttpServerResponse json(const QJsonObject &body)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QHttpServerResponse notFound(const QString &token)
{
    // The agent's wording for an id it does not know.
    // A JSON string, as the agent writes it; the token is a path segment without quotes.
    const QString message = QStringLiteral("V4 task metadata handler: unable to get task arn "
                                           "from request: unable to get container id %1")
                                .arg(token);
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               '"' + message.toUtf8().replace('"', "") + '"',
                               QHttpServerResponse::StatusCode::NotFound);
}

QJsonObject statsOf(const ContainerState &c)
{
    // What Berth samples of the container, in the Engine API's stats shape.
    return QJsonObject{
        {QLatin1String("read"), rfc3339(QDateTime::currentDateTimeUtc())},
        {QLatin1String("name"), c.dockerName},
        {QLatin1String("id"), c.dockerId},
        {QLatin1String("memory_stats"),
         QJsonObject{{QLatin1String("usage"), qint64(c.memoryMiB * 1024 * 1024)}}},
        {QLatin1String("cpu_stats"),
         QJsonObject{{QLatin1String("berth_cpu_percent"), c.cpuPercent}}}};
}

} // namespace

MetadataServer::MetadataServer(RunSession &session, QObject *parent)
    : QObject(parent), m_session(session), m_server(std::make_unique<QHttpServer>())
{
    m_server->route(QStringLiteral("/v4/<arg>"), [this](const QString &token) {
        const QJsonObject o = container(m_session, token);
        return o.isEmpty() ? notFound(token) : json(o);
    });
    for (const QString &path : {QStringLiteral("/v4/<arg>/task"),
                                QStringLiteral("/v4/<arg>/taskWithTags")}) {
        m_server->route(path, [this](const QString &token) {
            const QJsonObject o = task(m_session, token);
            return o.isEmpty() ? notFound(token) : json(o);
        });
    }
    m_server->route(QStringLiteral("/v4/<arg>/stats"), [this](const QString &token) {
        const Found f = find(m_session.snapshot(), token);
        return f.container ? json(statsOf(*f.container)) : notFound(token);
    });
    m_server->route(QStringLiteral("/v4/<arg>/task/stats"), [this](const QString &token) {
        const Found f = find(m_session.snapshot(), token);
        if (!f.task)
            return notFound(token);
        QJsonObject all;
        for (const ContainerState &c : f.task->containers)
            all.insert(c.dockerId, statsOf(c));
        return json(all);
    });
}

MetadataServer::~MetadataServer() = default;

bool MetadataServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server->listen(address, port) == 0) {
        if (error)
            *error = tr("the task metadata endpoint cannot listen on %1:%2")
                         .arg(address.toString())
                         .arg(port);
        return false;
    }
    qCInfo(lcEngine) << "task metadata endpoint on" << address.toString() << port;
    return true;
}

QJsonObject MetadataServer::container(const RunSession &session, const QString &token)
{
    const Found f = find(session.snapshot(), token);
    if (!f.container)
        return {};
    return containerJson(session.design(), *f.task, *f.container);
}

QJsonObject MetadataServer::task(const RunSession &session, const QString &token)
{
    const Found f = find(session.snapshot(), token);
    if (!f.task)
        return {};
    const Model::ProjectData d = session.design();
    const Task &t = *f.task;
    QJsonArray containers;
    for (const ContainerState &c : t.containers)
        containers.append(containerJson(d, t, c));
    QString zone;
    if (const Model::Cluster *c = d.cluster(t.cluster)) {
        for (const Model::ContainerInstance &i : c->instances) {
            if (i.name == t.instance)
                zone = i.availabilityZone;
        }
    }
    QJsonObject o{{QLatin1String("Cluster"), t.launchType == QLatin1String("FARGATE")
                                                 ? d.clusterArn(t.cluster)
                                                 : t.cluster},
                  {QLatin1String("TaskARN"), QStringLiteral("arn:aws:ecs:%1:%2:task/%3/%4")
                                                 .arg(d.region, d.accountId, t.cluster, t.id)},
                  {QLatin1String("Family"), t.taskDefinition.section(u':', 0, 0)},
                  {QLatin1String("Revision"), t.taskDefinition.section(u':', 1)},
                  {QLatin1String("DesiredStatus"), taskStatusName(t.desiredStatus)},
                  {QLatin1String("KnownStatus"), taskStatusName(t.lastStatus)},
                  {QLatin1String("Limits"),
                   QJsonObject{{QLatin1String("CPU"), t.cpu / 1024.0},
                               {QLatin1String("Memory"), t.memory}}},
                  {QLatin1String("PullStartedAt"), rfc3339(t.createdAt)},
                  {QLatin1String("PullStoppedAt"), rfc3339(t.createdAt)},
                  {QLatin1String("AvailabilityZone"), zone},
                  {QLatin1String("LaunchType"), t.launchType},
                  {QLatin1String("Containers"), containers}};
    if (!t.service.isEmpty())
        o.insert(QLatin1String("ServiceName"), t.service);
    return o;
}

} // namespace Berth::Engine

#include "engine/runtime/containerspec.h"
#include "engine/enginetr.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Berth::Engine {

using Model::ContainerDefinition;
using Model::TaskDefinition;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kSecond = 1000000000LL;

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject labelsFor(const TaskDefinition &td, const QString &container, const TaskContext &c)
{
    QJsonObject labels{{QLatin1String(ContainerSpec::kProject), c.project},
                       {QLatin1String(ContainerSpec::kCluster), c.cluster},
                       {QLatin1String(ContainerSpec::kTask), c.taskId},
                       {QLatin1String(ContainerSpec::kTaskDefinition), td.key()},
                       {QLatin1String(ContainerSpec::kContainer), container},
                       {QLatin1String(ContainerSpec::kGroup), c.group}};
    if (!c.instance.isEmpty())
        labels.insert(QLatin1String(ContainerSpec::kInstance), c.instance);
    if (!c.service.isEmpty())
        labels.insert(QLatin1String(ContainerSpec::kService), c.service);
    const QString address = c.taskAddress.isEmpty() ? c.instanceAddress : c.taskAddress;
    if (!address.isEmpty())
        labels.insert(QLatin1String(ContainerSpec::kAddress), address);
    if (const QString token = c.metadataTokens.value(container); !token.isEmpty())
        labels.insert(QLatin1String(ContainerSpec::kMetadataToken), token);
    return labels;
}

QJsonObject healthcheckFor(const Model::ContainerHealthCheck &h)
{
    QJsonObject o{{QLatin1String("Test"), toArray(h.command)},
                  {QLatin1String("Interval"), h.interval * kSecond},
                  {QLatin1String("Timeout"), h.timeout * kSecond},
                  {QLatin1String("Retries"), h.retries}};
    if (h.startPeriod)
        o.insert(QLatin1String("StartPeriod"), *h.startPeriod * kSecond);
    return o;
}

void addPorts(const ContainerDefinition &container, const QString &hostIp, bool hostFixed,
              QJsonObject &exposed, QJsonObject &bindings)
{
    for (const Model::PortMapping &p : container.portMappings()) {
        const QString key = QStringLiteral("%1/%2").arg(p.containerPort).arg(p.protocol);
        exposed.insert(key, QJsonObject());
        // bridge: the mapping's host port, "" for a dynamic one; awsvpc: containerPort.
        const QString hostPort = hostFixed ? QString::number(p.containerPort)
                                 : p.isDynamic() ? QString()
                                                 : QString::number(*p.hostPort);
        QJsonArray list = bindings.value(key).toArray();
        list.append(QJsonObject{{QLatin1String("HostIp"), hostIp},
                                {QLatin1String("HostPort"), hostPort}});
        bindings.insert(key, list);
    }
}

/// A container's extraHosts (after those given), dnsServers and dnsSearchDomains into a
/// HostConfig.
void addNameResolution(const QJsonObject &json, QJsonObject &host, QJsonArray &extraHosts)
{
    for (const QJsonValue h : json.value(QLatin1String("extraHosts")).toArray()) {
        const QJsonObject o = h.toObject();
        const QString entry = o.value(QLatin1String("hostname")).toString() + u':'
                              + o.value(QLatin1String("ipAddress")).toString();
        if (!extraHosts.contains(entry))
            extraHosts.append(entry);
    }
    if (!extraHosts.isEmpty())
        host.insert(QLatin1String("ExtraHosts"), extraHosts);
    if (json.contains(QLatin1String("dnsServers")))
        host.insert(QLatin1String("Dns"), json.value(QLatin1String("dnsServers")));
    if (json.contains(QLatin1String("dnsSearchDomains")))
        host.insert(QLatin1String("DnsSearch"), json.value(QLatin1String("dnsSearchDomains")));
}

QString hashOf(QJsonObject body)
{
    body.remove(QLatin1String("Env")); // secrets live there; the hash is stored in a label
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

} // namespace

QString ContainerSpec::dockerNameFor(const QString &project, const QString &taskId,
                                     const QString &container)
{
    static const QRegularExpression bad(QStringLiteral("[^a-zA-Z0-9_.-]+"));
    QString name = QStringLiteral("berth-%1-%2-%3")
                       .arg(QString(project).replace(bad, QStringLiteral("_")),
                            taskId.left(12), QString(container).replace(bad, QStringLiteral("_")));
    return name;
}

QStringList ContainerSpec::startOrder(const TaskDefinition &td)
{
    const QList<ContainerDefinition> containers = td.containers();
    QStringList order;
    QStringList visiting;
    std::function<void(const ContainerDefinition &)> visit = [&](const ContainerDefinition &c) {
        if (order.contains(c.name()) || visiting.contains(c.name()))
            return; // a cycle is a validation error; do not loop on it
        visiting << c.name();
        QStringList deps;
        for (const Model::ContainerDependency &d : c.dependsOn())
            deps << d.containerName;
        for (const QString &link : c.links())
            deps << link.section(u':', 0, 0);
        for (const QString &dep : deps) {
            for (const ContainerDefinition &other : containers) {
                if (other.name() == dep)
                    visit(other);
            }
        }
        visiting.removeAll(c.name());
        order << c.name();
    };
    for (const ContainerDefinition &c : containers)
        visit(c);
    return order;
}

ContainerSpec ContainerSpec::build(const TaskDefinition &td, const ContainerDefinition &cd,
                                   const TaskContext &c)
{
    ContainerSpec spec;
    spec.dockerName = c.dockerNames.value(cd.name(),
                                          dockerNameFor(c.project, c.taskId, cd.name()));
    const QJsonObject json = cd.json();
    const QString mode = td.networkMode();
    QJsonObject body;
    QJsonObject host;

    body.insert(QLatin1String("Image"), cd.image());
    const QStringList command = c.commandOverrides.contains(cd.name())
                                    ? c.commandOverrides.value(cd.name())
                                    : cd.command();
    if (!command.isEmpty())
        body.insert(QLatin1String("Cmd"), toArray(command));
    if (!cd.entryPoint().isEmpty())
        body.insert(QLatin1String("Entrypoint"), toArray(cd.entryPoint()));

    QStringList env;
    QList<QPair<QString, QString>> variables = cd.environment();
    variables += c.environmentOverrides.value(cd.name());
    variables += {{QStringLiteral("BERTH_TASK"), c.taskId},
                  {QStringLiteral("BERTH_SERVICE"), c.service},
                  {QStringLiteral("BERTH_CONTAINER"), cd.name()},
                  {QStringLiteral("BERTH_INSTANCE"), c.instance}};
    if (!c.metadataEndpoint.isEmpty() && c.metadataTokens.contains(cd.name()))
        variables.append({QStringLiteral("ECS_CONTAINER_METADATA_URI_V4"),
                          c.metadataEndpoint + u'/' + c.metadataTokens.value(cd.name())});
    const QMap<QString, QString> secrets = c.secretValues.value(cd.name());
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        variables.append({it.key(), it.value()});
    QStringList seen;
    for (auto it = variables.crbegin(); it != variables.crend(); ++it) { // later ones win
        if (seen.contains(it->first))
            continue;
        seen << it->first;
        env.prepend(it->first + u'=' + it->second);
    }
    body.insert(QLatin1String("Env"), toArray(env));

    for (const char *key : {"workingDirectory", "user", "hostname"}) {
        static const QMap<QString, QString> docker = {{QStringLiteral("workingDirectory"),
                                                       QStringLiteral("WorkingDir")},
                                                      {QStringLiteral("user"),
                                                       QStringLiteral("User")},
                                                      {QStringLiteral("hostname"),
                                                       QStringLiteral("Hostname")}};
        if (json.contains(QLatin1String(key)))
            body.insert(docker.value(QLatin1String(key)), json.value(QLatin1String(key)));
    }
    if (json.value(QLatin1String("pseudoTerminal")).toBool())
        body.insert(QLatin1String("Tty"), true);
    if (json.value(QLatin1String("interactive")).toBool())
        body.insert(QLatin1String("OpenStdin"), true);
    if (json.value(QLatin1String("disableNetworking")).toBool())
        body.insert(QLatin1String("NetworkDisabled"), true);
    if (const auto h = cd.healthCheck())
        body.insert(QLatin1String("Healthcheck"), healthcheckFor(*h));
    if (json.contains(QLatin1String("stopTimeout")))
        body.insert(QLatin1String("StopTimeout"), json.value(QLatin1String("stopTimeout")));

    QJsonObject labels = labelsFor(td, cd.name(), c);
    const QJsonObject dockerLabels = json.value(QLatin1String("dockerLabels")).toObject();
    for (auto it = dockerLabels.begin(); it != dockerLabels.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("io.berth.")))
            labels.insert(it.key(), it.value());
    }

    // Limits (design.md decision 8).
    const std::optional<int> taskMemory = td.memory();
    if (const auto m = cd.memory())
        host.insert(QLatin1String("Memory"), *m * kMiB);
    else if (taskMemory)
        host.insert(QLatin1String("Memory"), *taskMemory * kMiB);
    if (const auto r = cd.memoryReservation())
        host.insert(QLatin1String("MemoryReservation"), *r * kMiB);
    host.insert(QLatin1String("CpuShares"), qMax(2, cd.cpu()));
    if (const auto cpu = td.cpu())
        host.insert(QLatin1String("NanoCpus"), qint64(*cpu) * kSecond / 1024);

    // Network (design.md decision 2).
    QJsonObject exposed, bindings;
    if (usesPause(td)) {
        host.insert(QLatin1String("NetworkMode"),
                    QStringLiteral("container:") + dockerNameFor(c.project, c.taskId,
                                                                 QStringLiteral("pause")));
    } else if (mode == QLatin1String("none")) {
        host.insert(QLatin1String("NetworkMode"), QStringLiteral("none"));
    } else {
        host.insert(QLatin1String("NetworkMode"), QStringLiteral("bridge"));
        addPorts(cd, c.instanceAddress, false, exposed, bindings);
        QJsonArray links;
        for (const QString &link : cd.links()) {
            const QString target = link.section(u':', 0, 0);
            const QString alias = link.contains(u':') ? link.section(u':', 1) : target;
            links.append(c.dockerNames.value(target, dockerNameFor(c.project, c.taskId, target))
                         + u':' + alias);
        }
        if (!links.isEmpty())
            host.insert(QLatin1String("Links"), links);
    }
    if (!exposed.isEmpty()) {
        body.insert(QLatin1String("ExposedPorts"), exposed);
        host.insert(QLatin1String("PortBindings"), bindings);
    }

    // Volumes and mount points: host paths as binds, Docker volumes by name.
    QJsonArray binds;
    const QJsonArray volumes = td.json().value(QLatin1String("volumes")).toArray();
    for (const QJsonValue mp : json.value(QLatin1String("mountPoints")).toArray()) {
        const QJsonObject m = mp.toObject();
        const QString source = m.value(QLatin1String("sourceVolume")).toString();
        const QString target = m.value(QLatin1String("containerPath")).toString();
        const bool readOnly = m.value(QLatin1String("readOnly")).toBool();
        QString from;
        for (const QJsonValue v : volumes) {
            const QJsonObject vol = v.toObject();
            if (vol.value(QLatin1String("name")).toString() != source)
                continue;
            const QString path = vol.value(QLatin1String("host")).toObject()
                                     .value(QLatin1String("sourcePath")).toString();
            const bool shared = vol.value(QLatin1String("dockerVolumeConfiguration")).toObject()
                                    .value(QLatin1String("scope")).toString()
                                == QLatin1String("shared");
            from = !path.isEmpty() ? path
                   : shared ? QStringLiteral("berth-%1-%2").arg(c.project, source)
                            : QStringLiteral("berth-%1-%2").arg(c.taskId.left(12), source);
        }
        if (from.isEmpty()) {
            spec.notices << Tr::tr("mount point %1: the task definition has no volume named \"%2\"")
                                .arg(target, source);
            continue;
        }
        binds.append(from + u':' + target + (readOnly ? QStringLiteral(":ro") : QString()));
    }
    if (!binds.isEmpty())
        host.insert(QLatin1String("Binds"), binds);
    QJsonArray volumesFrom;
    for (const QJsonValue v : json.value(QLatin1String("volumesFrom")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString from = o.value(QLatin1String("sourceContainer")).toString();
        volumesFrom.append(c.dockerNames.value(from, dockerNameFor(c.project, c.taskId, from))
                           + (o.value(QLatin1String("readOnly")).toBool() ? QStringLiteral(":ro")
                                                                          : QStringLiteral(":rw")));
    }
    if (!volumesFrom.isEmpty())
        host.insert(QLatin1String("VolumesFrom"), volumesFrom);

    QJsonArray ulimits;
    for (const QJsonValue u : json.value(QLatin1String("ulimits")).toArray()) {
        const QJsonObject o = u.toObject();
        ulimits.append(QJsonObject{{QLatin1String("Name"), o.value(QLatin1String("name"))},
                                   {QLatin1String("Soft"), o.value(QLatin1String("softLimit"))},
                                   {QLatin1String("Hard"), o.value(QLatin1String("hardLimit"))}});
    }
    if (!ulimits.isEmpty())
        host.insert(QLatin1String("Ulimits"), ulimits);
    if (json.value(QLatin1String("readonlyRootFilesystem")).toBool())
        host.insert(QLatin1String("ReadonlyRootfs"), true);
    if (json.value(QLatin1String("privileged")).toBool())
        host.insert(QLatin1String("Privileged"), true);
    const QJsonObject linux = json.value(QLatin1String("linuxParameters")).toObject();
    const QJsonObject caps = linux.value(QLatin1String("capabilities")).toObject();
    if (caps.contains(QLatin1String("add")))
        host.insert(QLatin1String("CapAdd"), caps.value(QLatin1String("add")));
    if (caps.contains(QLatin1String("drop")))
        host.insert(QLatin1String("CapDrop"), caps.value(QLatin1String("drop")));
    if (linux.value(QLatin1String("initProcessEnabled")).toBool())
        host.insert(QLatin1String("Init"), true);
    if (json.contains(QLatin1String("dockerSecurityOptions")))
        host.insert(QLatin1String("SecurityOpt"),
                    json.value(QLatin1String("dockerSecurityOptions")));
    // A container in awsvpc or host mode shares the pause container's /etc/hosts and
    // resolver (Docker refuses both on a joined namespace): the pause container takes them.
    if (!usesPause(td)) {
        QJsonArray extraHosts;
        if (mode != QLatin1String("none")) {
            for (const auto &[name, address] : c.loadBalancerHosts)
                extraHosts.append(name + u':' + address);
        }
        addNameResolution(json, host, extraHosts);
    }
    QJsonObject sysctls;
    for (const QJsonValue s : json.value(QLatin1String("systemControls")).toArray()) {
        const QJsonObject o = s.toObject();
        sysctls.insert(o.value(QLatin1String("namespace")).toString(),
                       o.value(QLatin1String("value")).toString());
    }
    if (!sysctls.isEmpty() && !usesPause(td))
        host.insert(QLatin1String("Sysctls"), sysctls);
    const QString pidMode = td.json().value(QLatin1String("pidMode")).toString();
    if (pidMode == QLatin1String("host"))
        host.insert(QLatin1String("PidMode"), QStringLiteral("host"));
    const QString ipcMode = td.json().value(QLatin1String("ipcMode")).toString();
    if (ipcMode == QLatin1String("host") || ipcMode == QLatin1String("none"))
        host.insert(QLatin1String("IpcMode"), ipcMode);

    const QJsonObject log = json.value(QLatin1String("logConfiguration")).toObject();
    QJsonObject logConfig{{QLatin1String("Type"), QStringLiteral("json-file")}};
    const QString driver = log.value(QLatin1String("logDriver")).toString();
    if (driver == QLatin1String("json-file") && log.contains(QLatin1String("options")))
        logConfig.insert(QLatin1String("Config"), log.value(QLatin1String("options")));
    else if (!driver.isEmpty() && driver != QLatin1String("json-file"))
        spec.notices << Tr::tr("container %1: the log driver \"%2\" is not available locally; its "
                               "logs go to json-file")
                            .arg(cd.name(), driver);
    host.insert(QLatin1String("LogConfig"), logConfig);

    body.insert(QLatin1String("HostConfig"), host);
    spec.configHash = hashOf(body);
    labels.insert(QLatin1String(kConfigHash), spec.configHash);
    body.insert(QLatin1String("Labels"), labels);
    spec.body = body;
    return spec;
}

bool ContainerSpec::usesPause(const TaskDefinition &td)
{
    const QString mode = td.networkMode();
    return mode == QLatin1String("awsvpc") || mode == QLatin1String("host");
}

ContainerSpec ContainerSpec::buildPause(const TaskDefinition &td, const TaskContext &c,
                                        const QString &image)
{
    ContainerSpec spec;
    spec.dockerName = dockerNameFor(c.project, c.taskId, QStringLiteral("pause"));
    QJsonObject exposed, bindings;
    for (const ContainerDefinition &cd : td.containers())
        addPorts(cd, c.taskAddress.isEmpty() ? c.instanceAddress : c.taskAddress, true,
                 exposed, bindings);
    QJsonObject host{{QLatin1String("NetworkMode"), QStringLiteral("bridge")},
                     {QLatin1String("Memory"), 16 * kMiB}};
    QJsonArray extraHosts;
    for (const auto &[name, address] : c.loadBalancerHosts)
        extraHosts.append(name + u':' + address);
    if (td.networkMode() == QLatin1String("host")) { // awsvpc has neither (ECS refuses them)
        for (const ContainerDefinition &cd : td.containers())
            addNameResolution(cd.json(), host, extraHosts);
    } else if (!extraHosts.isEmpty()) {
        host.insert(QLatin1String("ExtraHosts"), extraHosts);
    }
    QJsonObject body{{QLatin1String("Image"), image},
                     {QLatin1String("Cmd"), QJsonArray{QStringLiteral("--pause")}}};
    if (!exposed.isEmpty()) {
        body.insert(QLatin1String("ExposedPorts"), exposed);
        host.insert(QLatin1String("PortBindings"), bindings);
    }
    body.insert(QLatin1String("HostConfig"), host);
    QJsonObject labels = labelsFor(td, QStringLiteral("~internal~ecs~pause"), c);
    labels.insert(QLatin1String(kPause), QStringLiteral("true"));
    spec.configHash = hashOf(body);
    labels.insert(QLatin1String(kConfigHash), spec.configHash);
    body.insert(QLatin1String("Labels"), labels);
    spec.body = body;
    return spec;
}

} // namespace Berth::Engine

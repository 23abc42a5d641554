#include "model/validation/containerrules.h"

#include "model/jsontext.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <functional>

namespace Berth::Model::Internal {

namespace {

QString member(const QString &path, const char *key)
{
    return JsonText::member(path, QLatin1String(key));
}

/// ECS treats a member set to null as absent.
bool has(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return !v.isUndefined() && !v.isNull();
}

// The lowest port of the range dynamic host ports are taken from
// (/proc/sys/net/ipv4/ip_local_port_range on Amazon Linux 2: 32768-60999; ECS caps at 65535).
constexpr int kEphemeralFirst = 32768;
constexpr int kMinimumMemory = 6; // MiB

const QList<int> &reservedPorts()
{
    static const QList<int> ports = {22, 2375, 2376, 51678, 51679, 51680};
    return ports;
}

} // namespace

ContainerRules::ContainerRules(const TaskDefinition &td, const QString &path, Reporter &report)
    : m_td(td), m_path(path), m_report(report), m_containers(td.containers()),
      m_networkMode(td.networkMode())
{
    for (qsizetype j = 0; j < m_containers.size(); ++j) {
        if (!m_index.contains(m_containers.at(j).name()))
            m_index.insert(m_containers.at(j).name(), j);
    }
}

bool ContainerRules::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,255}$"));
    return pattern.match(name).hasMatch();
}

void ContainerRules::check()
{
    const QString list = member(m_path, "containerDefinitions");
    for (qsizetype j = 0; j < m_containers.size(); ++j) {
        const ContainerDefinition &c = m_containers.at(j);
        const QString path = JsonText::index(list, j);
        checkName(c, path);
        if (c.image().trimmed().isEmpty())
            m_report.error(QStringLiteral("taskdef.container.image"), member(path, "image"),
                           tr("container \"%1\" has no image").arg(c.name()),
                           tr("Set image to a repository and tag, e.g. "
                              "public.ecr.aws/nginx/nginx:1.25."));
        checkMemory(c, path);
        checkPortMappings(c, path);
        checkLinks(c, path);
        checkDependsOn(c, path);
        checkHealthCheck(c, path);
    }
    checkDependencyCycles();
}

void ContainerRules::checkName(const ContainerDefinition &c, const QString &path)
{
    const QString rule = QStringLiteral("taskdef.container.name");
    if (c.name().isEmpty())
        m_report.error(rule, member(path, "name"), tr("a container definition needs a name"),
                       tr("Set name; dependsOn, links and load balancers refer to it."));
    else if (!isValidName(c.name()))
        m_report.error(rule, member(path, "name"),
                       tr("container name \"%1\" is not valid").arg(c.name()),
                       tr("Use up to 255 letters, digits, hyphens and underscores."));
}

void ContainerRules::checkMemory(const ContainerDefinition &c, const QString &path)
{
    const QJsonObject &o = c.json();
    const bool hasMemory = has(o, "memory");
    const bool hasReservation = has(o, "memoryReservation");
    const QString rule = QStringLiteral("taskdef.container.memory");
    if (!hasMemory && !hasReservation && !has(m_td.json(), "memory") && !m_td.requiresFargate()) {
        m_report.error(rule, member(path, "memory"),
                       tr("container \"%1\" sets neither memory nor memoryReservation, and the "
                          "task definition has no task-level memory")
                           .arg(c.name()),
                       tr("Set memory (hard limit, MiB) or memoryReservation (soft limit, MiB) "
                          "on the container, or memory on the task definition."));
        return;
    }
    const auto memory = c.memory();
    const auto reservation = c.memoryReservation();
    if (memory && *memory <= 0)
        m_report.error(rule, member(path, "memory"),
                       tr("memory must be a positive number of MiB, not %1").arg(*memory),
                       tr("Set the container's hard limit in MiB, e.g. 256."));
    if (reservation && *reservation <= 0)
        m_report.error(
            rule, member(path, "memoryReservation"),
            tr("memoryReservation must be a positive number of MiB, not %1").arg(*reservation),
            tr("Set the container's soft limit in MiB, e.g. 128."));
    // ECS: "don't specify fewer than 6 MiB of memory for your containers".
    if (memory && *memory > 0 && *memory < kMinimumMemory)
        m_report.error(rule, member(path, "memory"),
                       tr("container \"%1\" has a memory hard limit of %2 MiB; a container needs "
                          "at least %3 MiB")
                           .arg(c.name())
                           .arg(*memory)
                           .arg(kMinimumMemory),
                       tr("Set memory to %1 MiB or more.").arg(kMinimumMemory));
    if (reservation && *reservation > 0 && *reservation < kMinimumMemory)
        m_report.error(rule, member(path, "memoryReservation"),
                       tr("container \"%1\" reserves %2 MiB; a container needs at least %3 MiB")
                           .arg(c.name())
                           .arg(*reservation)
                           .arg(kMinimumMemory),
                       tr("Set memoryReservation to %1 MiB or more.").arg(kMinimumMemory));
    if (memory && reservation && *memory > 0 && *reservation >= *memory)
        m_report.error(QStringLiteral("taskdef.container.memoryReservation"),
                       member(path, "memoryReservation"),
                       tr("memoryReservation must be less than memory (hard limit): %1 MiB is "
                          "not less than %2 MiB")
                           .arg(*reservation)
                           .arg(*memory),
                       tr("Lower memoryReservation below %1 MiB, raise memory, or remove one "
                          "of them.")
                           .arg(*memory));
}

void ContainerRules::checkPortMappings(const ContainerDefinition &c, const QString &path)
{
    const QJsonArray mappings = c.json().value(QLatin1String("portMappings")).toArray();
    const QString list = member(path, "portMappings");
    const bool sharedNetwork =
        m_networkMode == QLatin1String("awsvpc") || m_networkMode == QLatin1String("host");
    for (qsizetype k = 0; k < mappings.size(); ++k) {
        const QJsonObject o = mappings.at(k).toObject();
        const QString pm = JsonText::index(list, k);
        if (m_networkMode == QLatin1String("none")) {
            m_report.error(QStringLiteral("taskdef.port.networkMode"), pm,
                           tr("port mappings are not allowed with networkMode none"),
                           tr("Remove the port mappings, or use bridge, host or awsvpc."));
            continue;
        }
        const QJsonValue containerPortValue = o.value(QLatin1String("containerPort"));
        const bool hasContainerPort = containerPortValue.isDouble();
        const int containerPort = containerPortValue.toInt();
        if (!has(o, "containerPort") && !has(o, "containerPortRange")) {
            m_report.error(QStringLiteral("taskdef.port.containerPort"),
                           member(pm, "containerPort"),
                           tr("a port mapping needs containerPort (or containerPortRange)"),
                           tr("Set containerPort to the port the container listens on."));
        } else if (hasContainerPort && (containerPort < 1 || containerPort > 65535)) {
            m_report.error(QStringLiteral("taskdef.port.containerPort"),
                           member(pm, "containerPort"),
                           tr("containerPort %1 is not a port number").arg(containerPort),
                           tr("Use a port from 1 to 65535."));
        }
        const QString protocol =
            o.value(QLatin1String("protocol")).toString(QStringLiteral("tcp"));
        if (protocol != QLatin1String("tcp") && protocol != QLatin1String("udp"))
            m_report.error(QStringLiteral("taskdef.port.protocol"), member(pm, "protocol"),
                           tr("protocol \"%1\" is not valid for a port mapping").arg(protocol),
                           tr("Use tcp or udp."));

        const QJsonValue hostPortValue = o.value(QLatin1String("hostPort"));
        const bool hasHostPort = hostPortValue.isDouble();
        const int hostPort = hostPortValue.toInt();
        if (hasHostPort && (hostPort < 0 || hostPort > 65535)) {
            m_report.error(QStringLiteral("taskdef.port.hostPort"), member(pm, "hostPort"),
                           tr("hostPort %1 is not a port number").arg(hostPort),
                           tr("Use a port from 1 to 65535, or 0 for a dynamic host port."));
            continue;
        }
        if (sharedNetwork && hasHostPort && hasContainerPort && hostPort != containerPort) {
            m_report.error(QStringLiteral("taskdef.port.hostPort"), member(pm, "hostPort"),
                           tr("in %1 network mode hostPort must be omitted or equal "
                              "containerPort (%2), not %3")
                               .arg(m_networkMode)
                               .arg(containerPort)
                               .arg(hostPort),
                           tr("Remove hostPort or set it to %1.").arg(containerPort));
            continue;
        }

        // The port the task takes on its host or ENI; dynamic ports take none.
        int staticPort = 0;
        if (sharedNetwork)
            staticPort = hasContainerPort ? containerPort : 0;
        else if (hasHostPort)
            staticPort = hostPort;
        if (staticPort <= 0)
            continue;
        const QString portPath = member(pm, hasHostPort ? "hostPort" : "containerPort");
        const QString key = protocol + u'/' + QString::number(staticPort);
        if (m_staticPorts.contains(key)) {
            m_report.error(QStringLiteral("taskdef.port.duplicate"), portPath,
                           tr("host port %1/%2 is mapped twice in the task definition")
                               .arg(staticPort)
                               .arg(protocol),
                           tr("Give each mapping its own host port, or use a dynamic host "
                              "port (hostPort 0) in bridge mode. First use: %1")
                               .arg(m_staticPorts.value(key)));
            continue;
        }
        m_staticPorts.insert(key, portPath);
        if (!sharedNetwork && staticPort >= kEphemeralFirst)
            m_report.warning(QStringLiteral("taskdef.port.ephemeral"), portPath,
                             tr("host port %1 is in the ephemeral range (%2-65535) from which "
                                "dynamic host ports are handed out: a task with a "
                                "dynamic port may already hold it")
                                 .arg(staticPort)
                                 .arg(kEphemeralFirst),
                             tr("Choose a static host port below %1, or 0 for a dynamic one.")
                                 .arg(kEphemeralFirst));
        // ECS reserves TCP ports only (PORTS); no UDP port is reserved by default.
        if (m_networkMode != QLatin1String("awsvpc") && protocol == QLatin1String("tcp")
            && reservedPorts().contains(staticPort))
            m_report.error(QStringLiteral("taskdef.port.reserved"), portPath,
                           tr("host port %1 is reserved by ECS on every container instance "
                              "(22, 2375, 2376, 51678, 51679, 51680)")
                               .arg(staticPort),
                           sharedNetwork ? tr("Listen on another port.")
                                         : tr("Choose another hostPort, or 0 for a dynamic "
                                              "host port."));
    }
}

void ContainerRules::checkLinks(const ContainerDefinition &c, const QString &path)
{
    const QStringList links = c.links();
    if (links.isEmpty())
        return;
    const QString list = member(path, "links");
    // Links on Fargate are reported with the rest of what Fargate does not allow.
    if (m_networkMode != QLatin1String("bridge") && !m_td.requiresFargate())
        m_report.error(
            QStringLiteral("taskdef.links.networkMode"), list,
            tr("links are only supported in bridge network mode, not %1").arg(m_networkMode),
            tr("Remove links; in %1 mode containers reach each other on "
               "localhost.")
                .arg(m_networkMode));
    for (qsizetype k = 0; k < links.size(); ++k) {
        const QString target = links.at(k).section(u':', 0, 0);
        if (target == c.name())
            m_report.error(QStringLiteral("taskdef.links.container"), JsonText::index(list, k),
                           tr("container \"%1\" links to itself").arg(c.name()),
                           tr("Remove the link."));
        else if (!m_index.contains(target))
            m_report.error(
                QStringLiteral("taskdef.links.container"), JsonText::index(list, k),
                tr("link \"%1\" names no container of the task definition").arg(links.at(k)),
                tr("Use the name of another container, optionally with an alias "
                   "(name:alias)."));
    }
}

void ContainerRules::checkDependsOn(const ContainerDefinition &c, const QString &path)
{
    static const QStringList conditions = {QStringLiteral("START"), QStringLiteral("COMPLETE"),
                                           QStringLiteral("SUCCESS"), QStringLiteral("HEALTHY")};
    const QList<ContainerDependency> deps = c.dependsOn();
    const QString list = member(path, "dependsOn");
    for (qsizetype k = 0; k < deps.size(); ++k) {
        const ContainerDependency &d = deps.at(k);
        const QString dp = JsonText::index(list, k);
        if (d.containerName == c.name()) {
            m_report.error(QStringLiteral("taskdef.dependsOn.container"),
                           member(dp, "containerName"),
                           tr("container \"%1\" depends on itself").arg(c.name()),
                           tr("Remove the dependency."));
            continue;
        }
        if (!m_index.contains(d.containerName)) {
            m_report.error(QStringLiteral("taskdef.dependsOn.container"),
                           member(dp, "containerName"),
                           tr("dependsOn names container \"%1\", which the task definition "
                              "does not have")
                               .arg(d.containerName),
                           tr("Use the name of another container in this task definition."));
            continue;
        }
        if (!conditions.contains(d.condition)) {
            m_report.error(QStringLiteral("taskdef.dependsOn.condition"), member(dp, "condition"),
                           tr("dependsOn condition \"%1\" is not valid").arg(d.condition),
                           tr("Use START, COMPLETE, SUCCESS or HEALTHY."));
            continue;
        }
        const ContainerDefinition &target = m_containers.at(m_index.value(d.containerName));
        if ((d.condition == QLatin1String("COMPLETE") ||
             d.condition == QLatin1String("SUCCESS")) &&
            target.essential())
            m_report.error(QStringLiteral("taskdef.dependsOn.essential"), member(dp, "condition"),
                           tr("condition %1 cannot be used on essential container \"%2\": the "
                              "task would stop when it exits")
                               .arg(d.condition, d.containerName),
                           tr("Set essential to false on \"%1\", or use START or HEALTHY.")
                               .arg(d.containerName));
        if (d.condition == QLatin1String("HEALTHY") && !target.healthCheck())
            m_report.error(QStringLiteral("taskdef.dependsOn.healthCheck"),
                           member(dp, "condition"),
                           tr("condition HEALTHY needs a healthCheck on container \"%1\", which "
                              "has none")
                               .arg(d.containerName),
                           tr("Add a healthCheck to \"%1\" in the task definition (ECS does not "
                              "use a HEALTHCHECK baked into the image), or use START.")
                               .arg(d.containerName));
    }
}

void ContainerRules::checkDependencyCycles()
{
    enum Mark { Unvisited, Active, Done };
    QList<Mark> marks(m_containers.size(), Unvisited);
    const QString list = member(m_path, "containerDefinitions");
    std::function<void(qsizetype)> visit = [&](qsizetype j) {
        marks[j] = Active;
        const QList<ContainerDependency> deps = m_containers.at(j).dependsOn();
        for (qsizetype k = 0; k < deps.size(); ++k) {
            const qsizetype next = m_index.value(deps.at(k).containerName, -1);
            if (next < 0 || next == j)
                continue;
            if (marks.at(next) == Active) {
                const QString dp =
                    JsonText::index(member(JsonText::index(list, j), "dependsOn"), k);
                m_report.error(QStringLiteral("taskdef.dependsOn.cycle"),
                               member(dp, "containerName"),
                               tr("dependsOn forms a cycle: \"%1\" and \"%2\" wait for each "
                                  "other")
                                   .arg(m_containers.at(j).name(), deps.at(k).containerName),
                               tr("Remove one of the dependencies so the containers can "
                                  "start."));
            } else if (marks.at(next) == Unvisited) {
                visit(next);
            }
        }
        marks[j] = Done;
    };
    for (qsizetype j = 0; j < m_containers.size(); ++j) {
        if (marks.at(j) == Unvisited && m_index.value(m_containers.at(j).name()) == j)
            visit(j);
    }
}

void ContainerRules::checkHealthCheck(const ContainerDefinition &c, const QString &path)
{
    const QJsonValue value = c.json().value(QLatin1String("healthCheck"));
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    const QString hc = member(path, "healthCheck");
    if (has(o, "command")) {
        const QJsonArray command = o.value(QLatin1String("command")).toArray();
        const QString first = command.isEmpty() ? QString() : command.at(0).toString();
        if (first != QLatin1String("CMD") && first != QLatin1String("CMD-SHELL"))
            m_report.error(QStringLiteral("taskdef.healthCheck.command"), member(hc, "command"),
                           command.isEmpty() ? tr("the healthCheck command is empty")
                                             : tr("the healthCheck command must start with CMD or "
                                                  "CMD-SHELL, not \"%1\"")
                                                   .arg(first),
                           tr("Write [\"CMD\", \"executable\", \"arg\"] to run a program, or "
                              "[\"CMD-SHELL\", \"curl -f http://localhost/ || exit 1\"] to "
                              "run it in a shell."));
    }
    checkRange(o, QStringLiteral("interval"), 5, 300, hc,
               QStringLiteral("taskdef.healthCheck.interval"));
    checkRange(o, QStringLiteral("timeout"), 2, 60, hc,
               QStringLiteral("taskdef.healthCheck.timeout"));
    checkRange(o, QStringLiteral("retries"), 1, 10, hc,
               QStringLiteral("taskdef.healthCheck.retries"));
    checkRange(o, QStringLiteral("startPeriod"), 0, 300, hc,
               QStringLiteral("taskdef.healthCheck.startPeriod"));
}

void ContainerRules::checkRange(const QJsonObject &o, const QString &key, int min, int max,
                                const QString &path, const QString &rule)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return;
    const double n = v.toDouble();
    if (n >= min && n <= max)
        return;
    m_report.error(rule, JsonText::member(path, key),
                   tr("healthCheck %1 is %2, outside %3 to %4").arg(key).arg(n).arg(min).arg(max),
                   tr("Set %1 to a value from %2 to %3.").arg(key).arg(min).arg(max));
}

} // namespace Berth::Model::Internal

#include "engine/swarm/swarmstack.h"
#include "engine/enginetr.h"

#include "engine/swarm/yamlwriter.h"
#include "model/jsontext.h"
#include "model/query/parseresult.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Berth::Engine {

using namespace Berth::Model;

namespace {

/// Where a rule sends requests: its target groups, or its action's ELB name.
QString ruleTarget(const ListenerRule &rule)
{
    if (rule.action != ListenerRule::Action::Forward)
        return ListenerRule::actionName(rule.action);
    QStringList names;
    for (const WeightedTargetGroup &g : rule.forwards())
        names << g.targetGroup;
    return names.join(QStringLiteral(", "));
}

QString seconds(int s)
{
    return QStringLiteral("%1s").arg(s);
}

QString mebibytes(int mib)
{
    return QStringLiteral("%1M").arg(mib);
}

QString cpus(int units)
{
    // 256 units are a quarter of a CPU; four decimals keep 1-unit steps apart.
    return QString::number(units / 1024.0, 'f', 4).remove(QRegularExpression("\\.?0+$"));
}

/// A memberOf comparison Swarm can express, as a constraint, or nothing.
std::optional<QString> swarmConstraint(const Query::Comparison &c)
{
    using Op = Query::ComparisonOperator;
    if (c.subject.kind != Query::SubjectKind::Attribute || c.arguments.size() != 1 || c.isList ||
        (c.op != Op::Equals && c.op != Op::NotEquals))
        return std::nullopt;
    const QString op = c.op == Op::Equals ? QStringLiteral("==") : QStringLiteral("!=");
    QString subject = QStringLiteral("node.labels.") + c.subject.attributeName;
    QString value = c.arguments.first().value;
    if (c.subject.attributeName == QLatin1String("ecs.os-type")) {
        subject = QStringLiteral("node.platform.os");
    } else if (c.subject.attributeName == QLatin1String("ecs.cpu-architecture")) {
        subject = QStringLiteral("node.platform.arch");
        if (value == QLatin1String("arm64"))
            value = QStringLiteral("aarch64"); // what Swarm nodes report
    }
    return QStringLiteral("%1 %2 %3").arg(subject, op, value);
}

/// The constraints of a memberOf expression when all of it translates (a comparison or an
/// and of comparisons), else nothing.
std::optional<QStringList> swarmConstraints(const QString &expression)
{
    const Query::ParseResult parsed = Query::Expression::parse(expression);
    if (!parsed.isValid())
        return std::nullopt;
    const Query::Node::Ptr root = parsed.expression().root();
    QList<Query::Node::Ptr> comparisons;
    if (root->kind() == Query::Node::Kind::Comparison)
        comparisons << root;
    else if (root->kind() == Query::Node::Kind::And)
        comparisons = root->operands();
    else
        return std::nullopt;
    QStringList out;
    for (const Query::Node::Ptr &node : std::as_const(comparisons)) {
        if (node->kind() != Query::Node::Kind::Comparison)
            return std::nullopt;
        const std::optional<QString> one = swarmConstraint(node->comparison());
        if (!one)
            return std::nullopt;
        out << *one;
    }
    return out;
}

/// update_config from ECS's deployment limits (see the export reference for the formulas).
QJsonObject updateConfig(const Service &service, int desired)
{
    const int max = service.maximumPercent();
    const int min = service.minimumHealthyPercent();
    QJsonObject c;
    int parallelism = 0;
    if (max > 100) {
        c.insert(QLatin1String("order"), QStringLiteral("start-first"));
        parallelism = desired * max / 100 - desired;
    } else {
        c.insert(QLatin1String("order"), QStringLiteral("stop-first"));
        parallelism = desired - static_cast<int>(std::ceil(desired * min / 100.0));
    }
    c.insert(QLatin1String("parallelism"), std::max(1, parallelism));
    return c;
}

class Builder
{
public:
    Builder(const ProjectData &project, const SwarmStack::Options &options)
        : m_project(project), m_options(options)
    {
    }

    SwarmStack::Result build()
    {
        QJsonObject services;
        for (qsizetype i = 0; i < m_project.services.size(); ++i)
            addService(i, services);
        for (qsizetype i = 0; i < m_project.loadBalancers.size(); ++i)
            warnLoadBalancer(i);
        m_result.compose = QJsonObject{{QLatin1String("version"), QStringLiteral("3.8")},
                                       {QLatin1String("services"), services}};
        return m_result;
    }

private:
    void warn(Diagnostic::EntityKind kind, const QString &entity, const QString &rule,
              const QString &path, const QString &message, const QString &hint)
    {
        m_result.warnings.append({Diagnostic::Severity::Warning, kind, entity, path, message, hint,
                                  QStringLiteral("swarm.") + rule});
    }

    QString taskDefinitionPath(const TaskDefinition *td) const
    {
        for (qsizetype i = 0; i < m_project.taskDefinitions.size(); ++i) {
            if (&m_project.taskDefinitions.at(i) == td)
                return JsonText::member(JsonText::index(QStringLiteral("$.taskDefinitions"), i),
                                        QStringLiteral("definition"));
        }
        return QStringLiteral("$");
    }

    void addService(qsizetype index, QJsonObject &services)
    {
        const Service &service = m_project.services.at(index);
        const QString path = JsonText::index(QStringLiteral("$.services"), index);
        const TaskDefinition *td = m_project.taskDefinitionOf(service);
        if (!td) {
            warn(Diagnostic::EntityKind::Service, service.name, QStringLiteral("no-task"),
                 JsonText::member(path, QStringLiteral("taskDefinition")),
                 Tr::tr("the service's task definition is not in the project; the service is "
                        "left out of the stack"),
                 Tr::tr("Run 'berth validate' and fix the service's taskDefinition."));
            return;
        }
        const QJsonObject deploy = deployOf(service, path, *td);
        const QString tdPath = taskDefinitionPath(td);
        const QList<ContainerDefinition> containers = td->containers();
        const QStringList names = SwarmStack::swarmServiceNames(m_project, service);
        if (containers.size() > 1)
            warn(Diagnostic::EntityKind::Service, service.name, QStringLiteral("containers"), path,
                 Tr::tr("the task has %1 containers; each becomes its own Swarm service (%2), "
                        "with no promise that they share a node, and links, dependsOn and "
                        "essential have no Swarm meaning")
                     .arg(containers.size())
                     .arg(names.join(QStringLiteral(", "))),
                 Tr::tr("Containers reach each other by those service names on the stack's "
                        "network; put containers that must share a host in one image."));
        if (td->networkMode() == QLatin1String("awsvpc"))
            warn(Diagnostic::EntityKind::TaskDefinition, td->key(), QStringLiteral("awsvpc"),
                 JsonText::member(tdPath, QStringLiteral("networkMode")),
                 Tr::tr("awsvpc networking has no Swarm counterpart; the services join the "
                        "stack's overlay network instead"),
                 Tr::tr("Nothing to do unless the design relies on ENI limits."));
        for (qsizetype c = 0; c < containers.size(); ++c) {
            const QString containerPath = JsonText::index(
                JsonText::member(tdPath, QStringLiteral("containerDefinitions")), c);
            QJsonObject composeService = containerOf(service, *td, containers.at(c), containerPath);
            QJsonObject containerDeploy = deploy;
            const QJsonObject resources =
                resourcesOf(*td, containers.at(c), containers.size() == 1);
            if (!resources.isEmpty())
                containerDeploy.insert(QLatin1String("resources"), resources);
            composeService.insert(QLatin1String("deploy"), containerDeploy);
            services.insert(names.at(c), composeService);
        }
    }

    QJsonObject deployOf(const Service &service, const QString &path, const TaskDefinition &td)
    {
        QJsonObject deploy;
        int desired = service.desiredCount;
        if (service.isDaemon()) {
            deploy.insert(QLatin1String("mode"), QStringLiteral("global"));
            const Cluster *cluster = m_project.cluster(service.cluster);
            desired = cluster ? int(cluster->instances.size()) : 1;
        } else {
            deploy.insert(QLatin1String("mode"), QStringLiteral("replicated"));
            deploy.insert(QLatin1String("replicas"), service.desiredCount);
        }
        QJsonObject placement;
        QStringList constraints;
        const auto addConstraints = [&](const QList<PlacementConstraint> &list,
                                        const QString &listPath) {
            for (qsizetype i = 0; i < list.size(); ++i) {
                const PlacementConstraint &c = list.at(i);
                if (c.type == QLatin1String("distinctInstance")) {
                    placement.insert(QLatin1String("max_replicas_per_node"), 1);
                    continue;
                }
                if (const auto translated = swarmConstraints(c.expression)) {
                    constraints << *translated;
                    continue;
                }
                warn(Diagnostic::EntityKind::Service, service.name, QStringLiteral("constraint"),
                     JsonText::member(JsonText::index(listPath, i), QStringLiteral("expression")),
                     Tr::tr("the constraint \"%1\" has no Swarm counterpart and is left out")
                         .arg(c.expression),
                     Tr::tr("Swarm takes only attribute == value and != value, all of which must "
                            "hold; label the nodes and use those."));
            }
        };
        addConstraints(service.placementConstraints,
                       JsonText::member(path, QStringLiteral("placementConstraints")));
        addConstraints(
            td.placementConstraints(),
            JsonText::member(taskDefinitionPath(&td), QStringLiteral("placementConstraints")));
        if (!constraints.isEmpty())
            placement.insert(QLatin1String("constraints"), QJsonArray::fromStringList(constraints));
        QJsonArray preferences;
        const QString strategyPath = JsonText::member(path, QStringLiteral("placementStrategy"));
        for (qsizetype i = 0; i < service.placementStrategy.size(); ++i) {
            const PlacementStrategy &s = service.placementStrategy.at(i);
            if (s.type == QLatin1String("spread")) {
                if (s.field.startsWith(QLatin1String("attribute:")))
                    preferences.append(
                        QJsonObject{{QLatin1String("spread"),
                                     QStringLiteral("node.labels.") + s.field.mid(10)}});
                continue; // instanceId and host: Swarm spreads over nodes anyway
            }
            warn(Diagnostic::EntityKind::Service, service.name, QStringLiteral("strategy"),
                 JsonText::index(strategyPath, i),
                 Tr::tr("the %1 strategy has no Swarm counterpart; Swarm only spreads").arg(s.type),
                 Tr::tr("Expect tasks spread over the nodes instead."));
        }
        if (!preferences.isEmpty())
            placement.insert(QLatin1String("preferences"), preferences);
        if (!placement.isEmpty())
            deploy.insert(QLatin1String("placement"), placement);

        QJsonObject update = updateConfig(service, desired);
        const DeploymentConfiguration &dc = service.deploymentConfiguration;
        if (dc.circuitBreakerEnable.value_or(false)) {
            update.insert(QLatin1String("failure_action"), dc.circuitBreakerRollback
                                                               ? QStringLiteral("rollback")
                                                               : QStringLiteral("pause"));
            // ECS stops after failures reach half the desired count (3 at least); Swarm
            // counts failures among the tasks updated, so a half is the nearest it says.
            update.insert(QLatin1String("max_failure_ratio"), 0.5);
            if (service.healthCheckGracePeriodSeconds.value_or(0) > 0)
                update.insert(QLatin1String("monitor"),
                              seconds(*service.healthCheckGracePeriodSeconds));
        } else {
            update.insert(QLatin1String("failure_action"), QStringLiteral("continue"));
        }
        deploy.insert(QLatin1String("update_config"), update);
        QJsonObject rollback = updateConfig(service, desired);
        deploy.insert(QLatin1String("rollback_config"), rollback);
        return deploy;
    }

    QJsonObject containerOf(const Service &service, const TaskDefinition &td,
                            const ContainerDefinition &container, const QString &path)
    {
        const QJsonObject json = container.json();
        QJsonObject out{{QLatin1String("image"), container.image()}};
        if (!container.entryPoint().isEmpty())
            out.insert(QLatin1String("entrypoint"),
                       QJsonArray::fromStringList(container.entryPoint()));
        if (!container.command().isEmpty())
            out.insert(QLatin1String("command"), QJsonArray::fromStringList(container.command()));
        QJsonObject environment;
        for (const auto &[name, value] : container.environment())
            environment.insert(name, value);
        if (!environment.isEmpty())
            out.insert(QLatin1String("environment"), environment);
        if (!container.secrets().isEmpty())
            warn(Diagnostic::EntityKind::TaskDefinition, td.key(), QStringLiteral("secrets"),
                 JsonText::member(path, QStringLiteral("secrets")),
                 Tr::tr("secrets from SSM or Secrets Manager are not exported; Swarm secrets are "
                        "files under /run/secrets, not environment variables"),
                 Tr::tr("Create them with 'docker secret create' and read them from files."));
        if (const auto hc = container.healthCheck()) {
            QJsonObject check{{QLatin1String("test"), QJsonArray::fromStringList(hc->command)},
                              {QLatin1String("interval"), seconds(hc->interval)},
                              {QLatin1String("timeout"), seconds(hc->timeout)},
                              {QLatin1String("retries"), hc->retries}};
            if (hc->startPeriod)
                check.insert(QLatin1String("start_period"), seconds(*hc->startPeriod));
            out.insert(QLatin1String("healthcheck"), check);
        }
        if (json.contains(QLatin1String("stopTimeout")))
            out.insert(QLatin1String("stop_grace_period"),
                       seconds(json.value(QLatin1String("stopTimeout")).toInt()));
        if (json.value(QLatin1String("dockerLabels")).isObject())
            out.insert(QLatin1String("labels"), json.value(QLatin1String("dockerLabels")));
        const QJsonObject log = json.value(QLatin1String("logConfiguration")).toObject();
        if (!log.isEmpty()) {
            QJsonObject logging{{QLatin1String("driver"), log.value(QLatin1String("logDriver"))}};
            if (log.value(QLatin1String("options")).isObject())
                logging.insert(QLatin1String("options"), log.value(QLatin1String("options")));
            out.insert(QLatin1String("logging"), logging);
        }
        QJsonObject ulimits;
        for (const QJsonValue &u : json.value(QLatin1String("ulimits")).toArray()) {
            const QJsonObject o = u.toObject();
            ulimits.insert(
                o.value(QLatin1String("name")).toString(),
                QJsonObject{{QLatin1String("soft"), o.value(QLatin1String("softLimit"))},
                            {QLatin1String("hard"), o.value(QLatin1String("hardLimit"))}});
        }
        if (!ulimits.isEmpty())
            out.insert(QLatin1String("ulimits"), ulimits);
        out.insert(QLatin1String("ports"), portsOf(service, td, container, path));
        if (out.value(QLatin1String("ports")).toArray().isEmpty())
            out.remove(QLatin1String("ports"));

        return out;
    }

    QJsonObject resourcesOf(const TaskDefinition &td, const ContainerDefinition &container,
                            bool only) const
    {
        // A task-level size is the only container's when the container sets none.
        const int cpu = container.cpu() > 0 ? container.cpu() : (only ? td.cpu().value_or(0) : 0);
        const std::optional<int> memory =
            container.memory() ? container.memory() : (only ? td.memory() : std::nullopt);
        QJsonObject limits, reservations;
        if (memory)
            limits.insert(QLatin1String("memory"), mebibytes(*memory));
        if (m_options.reservations) {
            if (cpu > 0)
                reservations.insert(QLatin1String("cpus"), cpus(cpu));
            if (container.memoryReservation())
                reservations.insert(QLatin1String("memory"),
                                    mebibytes(*container.memoryReservation()));
        }
        QJsonObject resources;
        if (!limits.isEmpty())
            resources.insert(QLatin1String("limits"), limits);
        if (!reservations.isEmpty())
            resources.insert(QLatin1String("reservations"), reservations);
        return resources;
    }

    QJsonArray portsOf(const Service &service, const TaskDefinition &td,
                       const ContainerDefinition &container, const QString &path)
    {
        QJsonArray ports;
        const QList<PortMapping> mappings = container.portMappings();
        for (qsizetype i = 0; i < mappings.size(); ++i) {
            const PortMapping &m = mappings.at(i);
            if (!m.isDynamic() || td.networkMode() == QLatin1String("host")) {
                const int published = m.hostPort.value_or(m.containerPort) > 0
                                          ? m.hostPort.value_or(m.containerPort)
                                          : m.containerPort;
                ports.append(QJsonObject{{QLatin1String("target"), m.containerPort},
                                         {QLatin1String("published"), published},
                                         {QLatin1String("protocol"), m.protocol},
                                         {QLatin1String("mode"), QStringLiteral("host")}});
                continue;
            }
            const bool behindLoadBalancer =
                std::any_of(service.loadBalancers.begin(), service.loadBalancers.end(),
                            [&](const ServiceLoadBalancer &lb) {
                                return lb.containerName == container.name() &&
                                       lb.containerPort == m.containerPort;
                            });
            if (!behindLoadBalancer)
                continue;
            warn(
                Diagnostic::EntityKind::TaskDefinition, td.key(), QStringLiteral("dynamic-port"),
                JsonText::index(JsonText::member(path, QStringLiteral("portMappings")), i),
                Tr::tr("container port %1 has a dynamic host port behind a load balancer; Swarm "
                       "has no target groups, so the port is not published")
                    .arg(m.containerPort),
                Tr::tr("Publish it through Swarm's routing mesh by adding ports: [\"LISTENER:%1\"] "
                       "to the service in the stack file.")
                    .arg(m.containerPort));
        }
        return ports;
    }

    void warnLoadBalancer(qsizetype index)
    {
        const LoadBalancer &lb = m_project.loadBalancers.at(index);
        const QString path = JsonText::index(QStringLiteral("$.loadBalancers"), index);
        warn(Diagnostic::EntityKind::LoadBalancer, lb.name, QStringLiteral("load-balancer"), path,
             Tr::tr("load balancer \"%1\" and its target groups' health checks have no Swarm "
                    "counterpart; Swarm routes with its own mesh")
                 .arg(lb.name),
             Tr::tr("Run a proxy service (HAProxy, Traefik) in the stack for path routing."));
        for (qsizetype l = 0; l < lb.listeners.size(); ++l) {
            const Listener &listener = lb.listeners.at(l);
            const QString listenerPath =
                JsonText::index(JsonText::member(path, QStringLiteral("listeners")), l);
            for (qsizetype r = 0; r < listener.rules.size(); ++r)
                warn(Diagnostic::EntityKind::LoadBalancer, lb.name, QStringLiteral("rule"),
                     JsonText::index(JsonText::member(listenerPath, QStringLiteral("rules")), r),
                     Tr::tr("the listener rule to \"%1\" (priority %2) is not exported; Swarm has "
                            "no path or host routing")
                         .arg(ruleTarget(listener.rules.at(r)))
                         .arg(listener.rules.at(r).priority),
                     Tr::tr("Route with a proxy service in the stack."));
        }
    }

    const ProjectData &m_project;
    SwarmStack::Options m_options;
    SwarmStack::Result m_result;
};

} // namespace

SwarmStack::Result SwarmStack::fromProject(const ProjectData &project, const Options &options)
{
    return Builder(project, options).build();
}

QStringList SwarmStack::swarmServiceNames(const ProjectData &project, const Service &service)
{
    const TaskDefinition *td = project.taskDefinitionOf(service);
    if (!td)
        return {};
    const QList<ContainerDefinition> containers = td->containers();
    QStringList names;
    for (const ContainerDefinition &c : containers)
        names << (containers.size() == 1 ? service.name
                                         : service.name + QLatin1Char('-') + c.name());
    return names;
}

QString SwarmStack::stackName(const QString &projectName)
{
    QString name = projectName.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_-]+")), QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^[-_]+|[-_]+$")));
    return name.isEmpty() ? QStringLiteral("berth") : name;
}

QString SwarmStack::write(const Result &result, const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = Tr::tr("cannot create the folder %1; check its parent's permissions").arg(dir);
        return {};
    }
    const QString path = QDir(dir).filePath(QStringLiteral("stack.yml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(YamlWriter::write(result.compose)) < 0) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return {};
    }
    return path;
}

} // namespace Berth::Engine

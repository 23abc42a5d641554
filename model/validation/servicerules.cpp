#include "model/validation/servicerules.h"

#include "model/instancetypes.h"
#include "model/jsontext.h"
#include "model/validation/containerrules.h"
#include "model/validation/placementrules.h"

#include <cmath>

namespace Berth::Model::Internal {

namespace {

bool isAwsvpcOnEc2(const ProjectData &project, const Service &s)
{
    const TaskDefinition *td = project.taskDefinitionOf(s);
    return td && !s.isFargate() && !s.isDaemon() && td->networkMode() == QLatin1String("awsvpc");
}

bool isAttachedToLoadBalancer(const ProjectData &project, const QString &targetGroup)
{
    for (const LoadBalancer &lb : project.loadBalancers) {
        for (const Listener &l : lb.listeners) {
            if (l.targetGroups().contains(targetGroup))
                return true;
        }
    }
    return false;
}

} // namespace

void ServiceRules::check(const ProjectData &project, Diagnostics &out)
{
    for (qsizetype k = 0; k < project.services.size(); ++k)
        ServiceRules(project, k, out).run();
}

ServiceRules::ServiceRules(const ProjectData &project, qsizetype index, Diagnostics &out)
    : m_project(project), m_index(index), m_service(project.services.at(index)),
      m_path(JsonText::index(QStringLiteral("$.services"), index)),
      m_report(out, Diagnostic::EntityKind::Service, m_service.name),
      m_cluster(project.cluster(m_service.cluster)), m_td(project.taskDefinitionOf(m_service))
{
}

QString ServiceRules::at(const char *key) const
{
    return JsonText::member(m_path, QLatin1String(key));
}

bool ServiceRules::usesAwsvpc() const
{
    return m_service.isFargate() || (m_td && m_td->networkMode() == QLatin1String("awsvpc"));
}

void ServiceRules::run()
{
    checkName();
    checkReferences();
    checkScheduling();
    if (m_service.isFargate())
        checkFargate();
    else if (m_project.launchTypeOf(m_service) != QLatin1String("EXTERNAL"))
        checkEc2(); // EC2, or the capacity providers' Auto Scaling groups of EC2 instances
    checkNetworkConfiguration();
    checkLoadBalancers();
    PlacementRules::checkConstraints(m_service.placementConstraints, at("placementConstraints"),
                                     PlacementRules::Owner::Service, m_report);
    PlacementRules::checkStrategies(m_service.placementStrategy, at("placementStrategy"),
                                    m_report);
    checkDeployment();
    checkEniCapacity();
}

void ServiceRules::checkName()
{
    const QString &name = m_service.name;
    if (name.isEmpty() || !ContainerRules::isValidName(name)) {
        m_report.error(QStringLiteral("service.name"), at("serviceName"),
                       name.isEmpty() ? tr("the service has no serviceName")
                                      : tr("serviceName \"%1\" is not valid").arg(name),
                       tr("Use up to 255 letters, digits, hyphens and underscores."));
        return;
    }
    for (qsizetype k = 0; k < m_index; ++k) {
        if (m_project.services.at(k).name == name) {
            m_report.error(QStringLiteral("service.name.unique"), at("serviceName"),
                           tr("another service is already named \"%1\"").arg(name),
                           tr("Give each service its own name."));
            return;
        }
    }
}

void ServiceRules::checkReferences()
{
    if (!m_cluster)
        m_report.error(QStringLiteral("service.cluster"), at("cluster"),
                       m_service.cluster.isEmpty()
                           ? tr("the service names no cluster")
                           : tr("cluster \"%1\" does not exist").arg(m_service.cluster),
                       tr("Pick one of the project's clusters: %1.")
                           .arg(clusterNames().join(QLatin1String(", "))));
    if (m_td)
        return;
    const QString &ref = m_service.taskDefinition;
    const QString family = ref.section(u':', 0, 0);
    QString message;
    if (ref.isEmpty())
        message = tr("the service names no task definition");
    else if (ref.contains(u':') && m_project.latestRevision(family))
        message = tr("task definition %1 does not exist; the latest revision of family %2 is "
                     "%3")
                      .arg(ref, family)
                      .arg(m_project.latestRevision(family)->revision());
    else if (!ref.contains(u':') && m_project.latestRevision(family))
        message = tr("every revision of task definition family \"%1\" is deregistered "
                     "(INACTIVE)")
                      .arg(family);
    else
        message = tr("task definition family \"%1\" does not exist").arg(family);
    m_report.error(QStringLiteral("service.taskDefinition"), at("taskDefinition"), message,
                   tr("Name a family (its latest revision) or family:revision; the project "
                      "has: %1.")
                       .arg(m_project.families().join(QLatin1String(", "))));
}

QStringList ServiceRules::clusterNames() const
{
    QStringList names;
    for (const Cluster &c : m_project.clusters)
        names << c.name;
    return names;
}

void ServiceRules::checkScheduling()
{
    // Empty: none named, as CreateService allows (the cluster's default strategy, or EC2).
    if (!m_service.launchType.isEmpty() && m_service.launchType != QLatin1String("EC2") &&
        !m_service.isFargate())
        m_report.error(QStringLiteral("service.launchType"), at("launchType"),
                       tr("launchType \"%1\" is not valid").arg(m_service.launchType),
                       tr("Use EC2 or FARGATE."));
    if (!m_service.isDaemon() && m_service.schedulingStrategy != QLatin1String("REPLICA")) {
        m_report.error(
            QStringLiteral("service.schedulingStrategy"), at("schedulingStrategy"),
            tr("schedulingStrategy \"%1\" is not valid").arg(m_service.schedulingStrategy),
            tr("Use REPLICA or DAEMON."));
        return;
    }
    if (!m_service.isDaemon()) {
        if (m_service.desiredCount < 0)
            m_report.error(QStringLiteral("service.desiredCount"), at("desiredCount"),
                           tr("desiredCount cannot be negative (%1)").arg(m_service.desiredCount),
                           tr("Set desiredCount to 0 or more."));
        return;
    }
    if (m_service.desiredCount < 0 || m_service.desiredCount > 1)
        m_report.warning(QStringLiteral("service.daemon.desiredCount"), at("desiredCount"),
                         tr("desiredCount is not used with the DAEMON scheduling strategy"),
                         tr("Leave desiredCount out: ECS runs one task on each container "
                            "instance that meets the placement constraints."));
    if (!m_service.placementStrategy.isEmpty())
        m_report.error(QStringLiteral("service.daemon.placementStrategy"), at("placementStrategy"),
                       tr("a DAEMON service cannot have a placementStrategy"),
                       tr("Remove placementStrategy, or use the REPLICA scheduling strategy."));
    if (m_service.isFargate())
        m_report.error(QStringLiteral("service.daemon.fargate"), at("schedulingStrategy"),
                       tr("the DAEMON scheduling strategy does not support the FARGATE launch "
                          "type"),
                       tr("Use the EC2 launch type or the REPLICA scheduling strategy."));
}

void ServiceRules::checkFargate()
{
    if (m_td && !m_td->requiresFargate())
        m_report.error(QStringLiteral("service.fargate.taskDefinition"), at("taskDefinition"),
                       tr("task definition %1 is not compatible with FARGATE: its "
                          "requiresCompatibilities does not include FARGATE")
                           .arg(m_td->key()),
                       tr("Add FARGATE to requiresCompatibilities of %1 (with networkMode "
                          "awsvpc and task-level cpu and memory), or use the EC2 launch type.")
                           .arg(m_td->family()));
    else if (m_td && m_td->networkMode() != QLatin1String("awsvpc"))
        m_report.error(QStringLiteral("service.fargate.taskDefinition"), at("taskDefinition"),
                       tr("task definition %1 uses networkMode %2; FARGATE needs awsvpc")
                           .arg(m_td->key(), m_td->networkMode()),
                       tr("Set networkMode to awsvpc in %1.").arg(m_td->family()));
    if (m_cluster && !m_cluster->fargate.enabled)
        m_report.error(
            QStringLiteral("service.fargate.capacity"), at("cluster"),
            tr("cluster %1 has no Fargate capacity").arg(m_cluster->name),
            tr("Enable Fargate on cluster %1, or use the EC2 launch type.").arg(m_cluster->name));
    if (!m_service.placementConstraints.isEmpty() || !m_service.placementStrategy.isEmpty())
        m_report.error(QStringLiteral("service.fargate.placement"),
                       at(m_service.placementConstraints.isEmpty() ? "placementStrategy"
                                                                   : "placementConstraints"),
                       tr("placement constraints and strategies are not supported with the "
                          "FARGATE launch type"),
                       tr("Remove them; Fargate places tasks itself."));
}

void ServiceRules::checkEc2()
{
    if (m_td && !m_td->requiresCompatibilities().isEmpty() &&
        !m_td->requiresCompatibilities().contains(QLatin1String("EC2")))
        m_report.error(QStringLiteral("service.ec2.taskDefinition"), at("taskDefinition"),
                       tr("task definition %1 is not compatible with EC2: its "
                          "requiresCompatibilities does not include EC2")
                           .arg(m_td->key()),
                       tr("Add EC2 to requiresCompatibilities of %1, or use the FARGATE launch "
                          "type.")
                           .arg(m_td->family()));
    if (!m_cluster)
        return;
    for (const ContainerInstance &ci : m_cluster->instances) {
        if (ci.status == ContainerInstance::Status::Active)
            return;
    }
    m_report.warning(QStringLiteral("service.ec2.instances"), at("cluster"),
                     tr("cluster %1 has no ACTIVE container instances for the EC2 launch type")
                         .arg(m_cluster->name),
                     tr("Add container instances to %1; until then no task can be placed.")
                         .arg(m_cluster->name));
}

void ServiceRules::checkNetworkConfiguration()
{
    if (!m_td)
        return;
    if (usesAwsvpc() && m_service.networkConfiguration.isEmpty())
        m_report.warning(QStringLiteral("service.networkConfiguration"),
                         at("networkConfiguration"),
                         tr("an awsvpc service has no networkConfiguration"),
                         tr("ECS needs awsvpcConfiguration (subnets, security groups); Berth "
                            "assigns addresses itself, but add it before exporting to AWS."));
    else if (!usesAwsvpc() && !m_service.networkConfiguration.isEmpty())
        m_report.error(QStringLiteral("service.networkConfiguration.mode"),
                       at("networkConfiguration"),
                       tr("networkConfiguration is not valid for networkMode %1 of task "
                          "definition %2")
                           .arg(m_td->networkMode(), m_td->key()),
                       tr("Remove networkConfiguration, or use networkMode awsvpc."));
}

void ServiceRules::checkLoadBalancers()
{
    const QString list = at("loadBalancers");
    for (qsizetype m = 0; m < m_service.loadBalancers.size(); ++m) {
        const ServiceLoadBalancer &link = m_service.loadBalancers.at(m);
        const QString lp = JsonText::index(list, m);
        const QString tgPath = JsonText::member(lp, QStringLiteral("targetGroup"));
        const TargetGroup *tg = m_project.targetGroup(link.targetGroup);
        if (!tg)
            m_report.error(QStringLiteral("service.loadBalancer.targetGroup"), tgPath,
                           tr("target group \"%1\" does not exist").arg(link.targetGroup),
                           tr("Create the target group or pick an existing one."));
        else if (!isAttachedToLoadBalancer(m_project, tg->name))
            m_report.error(
                QStringLiteral("service.loadBalancer.unattached"), tgPath,
                tr("target group %1 does not have an associated load balancer").arg(tg->name),
                tr("Forward to %1 from a listener's default action or a rule.").arg(tg->name));
        if (!m_td)
            continue;
        const auto container = m_td->container(link.containerName);
        if (!container) {
            m_report.error(QStringLiteral("service.loadBalancer.container"),
                           JsonText::member(lp, QStringLiteral("containerName")),
                           tr("task definition %1 has no container named \"%2\"")
                               .arg(m_td->key(), link.containerName),
                           tr("Name the container that receives the traffic."));
        } else {
            bool mapped = false;
            for (const PortMapping &p : container->portMappings())
                mapped = mapped || p.containerPort == link.containerPort;
            if (!mapped)
                m_report.error(QStringLiteral("service.loadBalancer.containerPort"),
                               JsonText::member(lp, QStringLiteral("containerPort")),
                               tr("container \"%1\" does not map containerPort %2")
                                   .arg(link.containerName)
                                   .arg(link.containerPort),
                               tr("Add a port mapping for %1 to the container, or use a port "
                                  "it maps.")
                                   .arg(link.containerPort));
        }
        if (!tg)
            continue;
        if (usesAwsvpc() && tg->targetType == QLatin1String("instance"))
            m_report.error(QStringLiteral("service.loadBalancer.targetType"), tgPath,
                           tr("target group %1 has target type instance, which is "
                              "incompatible with the awsvpc network mode")
                               .arg(tg->name),
                           tr("Use a target group with target type ip."));
        else if (!usesAwsvpc() && tg->targetType == QLatin1String("ip"))
            m_report.error(QStringLiteral("service.loadBalancer.targetType"), tgPath,
                           tr("target group %1 has target type ip, which is incompatible with "
                              "the %2 network mode")
                               .arg(tg->name, m_td->networkMode()),
                           tr("Use a target group with target type instance."));
    }
}

void ServiceRules::checkDeployment()
{
    const DeploymentConfiguration &dc = m_service.deploymentConfiguration;
    const QString path = at("deploymentConfiguration");
    bool valid = true;
    if (dc.minimumHealthyPercent &&
        (*dc.minimumHealthyPercent < 0 || *dc.minimumHealthyPercent > 100)) {
        valid = false;
        m_report.error(
            QStringLiteral("service.deployment.minimumHealthyPercent"),
            JsonText::member(path, QStringLiteral("minimumHealthyPercent")),
            tr("minimumHealthyPercent %1 is outside 0 to 100").arg(*dc.minimumHealthyPercent),
            tr("Set minimumHealthyPercent from 0 to 100."));
    }
    if (!m_service.isDaemon() && dc.maximumPercent && *dc.maximumPercent < 100) {
        valid = false;
        m_report.error(QStringLiteral("service.deployment.maximumPercent"),
                       JsonText::member(path, QStringLiteral("maximumPercent")),
                       tr("maximumPercent %1 is below 100, which the REPLICA scheduling "
                          "strategy does not allow")
                           .arg(*dc.maximumPercent),
                       tr("Set maximumPercent to 100 or more (200 is the default)."));
    }
    const int desired = m_service.desiredCount;
    if (!valid || m_service.isDaemon() || desired <= 0)
        return;
    // ECS rounds maximumPercent down and minimumHealthyPercent up.
    const int ceiling = desired * m_service.maximumPercent() / 100;
    const int floor = (desired * m_service.minimumHealthyPercent() + 99) / 100;
    if (ceiling <= desired && floor >= desired)
        m_report.warning(QStringLiteral("service.deployment.stuck"), path,
                         tr("with desiredCount %1, minimumHealthyPercent %2 and maximumPercent "
                            "%3 a deployment can neither start a new task nor stop an old one")
                             .arg(desired)
                             .arg(m_service.minimumHealthyPercent())
                             .arg(m_service.maximumPercent()),
                         tr("Lower minimumHealthyPercent or raise maximumPercent."));
}

void ServiceRules::checkEniCapacity()
{
    if (!m_cluster || !isAwsvpcOnEc2(m_project, m_service) || m_service.desiredCount <= 0)
        return;
    int capacity = 0;
    int instances = 0;
    for (const ContainerInstance &ci : m_cluster->instances) {
        if (ci.status != ContainerInstance::Status::Active)
            continue;
        const auto type = InstanceTypes::find(ci.instanceType);
        if (!type)
            return; // a custom size: its ENI limit is unknown
        capacity += type->awsvpcTaskLimit();
        ++instances;
    }
    if (instances == 0)
        return; // service.ec2.instances says so
    int others = 0;
    for (qsizetype k = 0; k < m_project.services.size(); ++k) {
        const Service &s = m_project.services.at(k);
        if (k != m_index && s.cluster == m_service.cluster && isAwsvpcOnEc2(m_project, s))
            others += std::max(0, s.desiredCount);
    }
    const QString rule = QStringLiteral("service.awsvpc.eniCapacity");
    const QString hint = tr("Each awsvpc task takes an elastic network interface; an instance "
                            "holds its type's ENI limit minus one. Add instances, use larger "
                            "instance types, or lower desiredCount.");
    if (m_service.desiredCount > capacity)
        m_report.warning(rule, at("desiredCount"),
                         tr("desiredCount is %1, but the instances of cluster %2 can hold only "
                            "%3 awsvpc tasks")
                             .arg(m_service.desiredCount)
                             .arg(m_cluster->name)
                             .arg(capacity),
                         hint);
    else if (m_service.desiredCount + others > capacity)
        m_report.warning(rule, at("desiredCount"),
                         tr("with the other awsvpc services of cluster %1 (%2 tasks), "
                            "desiredCount %3 exceeds the %4 awsvpc tasks its instances can "
                            "hold")
                             .arg(m_cluster->name)
                             .arg(others)
                             .arg(m_service.desiredCount)
                             .arg(capacity),
                         hint);
}

} // namespace Berth::Model::Internal

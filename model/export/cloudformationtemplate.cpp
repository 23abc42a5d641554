#include "model/export/cloudformationtemplate.h"
#include "model/modeltr.h"

#include "model/ecsjson.h"
#include "model/export/capacityproviderexport.h"
#include "model/jsontext.h"
#include "model/validation/reporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace Berth::Model {

namespace {

const QString kVpcParameter = QStringLiteral("VpcId");
const QString kSubnetsParameter = QStringLiteral("Subnets");
const QString kCertificateParameter = QStringLiteral("CertificateArn");

QJsonObject ref(const QString &logicalId)
{
    return QJsonObject{{QLatin1String("Ref"), logicalId}};
}

/// Whether \a value holds a Ref of \a logicalId anywhere.
bool refers(const QJsonValue &value, const QString &logicalId)
{
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        return std::any_of(a.begin(), a.end(),
                           [&](const QJsonValue &v) { return refers(v, logicalId); });
    }
    const QJsonObject o = value.toObject();
    if (o.value(QLatin1String("Ref")).toString() == logicalId)
        return true;
    return std::any_of(o.begin(), o.end(),
                       [&](const QJsonValue &v) { return refers(v, logicalId); });
}

QJsonObject getAtt(const QString &logicalId, const QString &attribute)
{
    return QJsonObject{{QLatin1String("Fn::GetAtt"), QJsonArray{logicalId, attribute}}};
}

/// ECS's camelCase members as CloudFormation's PascalCase, except inside maps whose keys are
/// the user's own (dockerLabels, log driver options).
QJsonValue pascalCase(const QJsonValue &value, bool userKeys = false)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(pascalCase(item));
        return out;
    }
    if (!value.isObject())
        return value;
    static const QSet<QString> maps{QStringLiteral("dockerLabels"), QStringLiteral("options"),
                                    QStringLiteral("driverOpts"), QStringLiteral("labels")};
    const QJsonObject in = value.toObject();
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (userKeys) {
            out.insert(it.key(), it.value());
            continue;
        }
        QString key = it.key();
        key[0] = key[0].toUpper();
        out.insert(key, pascalCase(it.value(), maps.contains(it.key())));
    }
    return out;
}

class Builder
{
public:
    explicit Builder(const ProjectData &project) : m_project(project) {}

    CloudFormationTemplate::Result build()
    {
        m_parameters.insert(
            kVpcParameter,
            QJsonObject{{QLatin1String("Type"), QStringLiteral("AWS::EC2::VPC::Id")},
                        {QLatin1String("Description"), Tr::tr("The VPC of the target groups.")}});
        m_parameters.insert(
            kSubnetsParameter,
            QJsonObject{{QLatin1String("Type"), QStringLiteral("List<AWS::EC2::Subnet::Id>")},
                        {QLatin1String("Description"),
                         Tr::tr("Subnets of the load balancers and of awsvpc tasks (two or more "
                                "availability zones for an application load balancer).")}});
        for (qsizetype i = 0; i < m_project.clusters.size(); ++i)
            addCluster(i);
        for (qsizetype i = 0; i < m_project.targetGroups.size(); ++i)
            addTargetGroup(i);
        for (qsizetype i = 0; i < m_project.loadBalancers.size(); ++i)
            addLoadBalancer(i);
        for (qsizetype i = 0; i < m_project.services.size(); ++i)
            addService(i);
        // A design without load balancers or awsvpc tasks asks for no VPC (cfn-lint W2001).
        for (const QString &parameter : {kVpcParameter, kSubnetsParameter}) {
            if (!refers(m_resources, parameter))
                m_parameters.remove(parameter);
        }
        QJsonObject document{
            {QLatin1String("AWSTemplateFormatVersion"), QStringLiteral("2010-09-09")},
            {QLatin1String("Description"), Tr::tr("%1, exported by Berth").arg(m_project.name)},
            {QLatin1String("Parameters"), m_parameters},
            {QLatin1String("Resources"), m_resources}};
        if (!m_outputs.isEmpty())
            document.insert(QLatin1String("Outputs"), m_outputs);
        m_result.document = document;
        return m_result;
    }

private:
    void warn(Diagnostic::EntityKind kind, const QString &entity, const QString &rule,
              const QString &path, const QString &message, const QString &hint)
    {
        Internal::Reporter(m_result.warnings, kind, entity)
            .warning(QStringLiteral("cloudformation.") + rule, path, message, hint);
    }

    static QString id(const QString &prefix, const QString &name)
    {
        return prefix + CloudFormationTemplate::logicalName(name);
    }

    void addCluster(qsizetype index)
    {
        const Cluster &c = m_project.clusters.at(index);
        m_resources.insert(id(QStringLiteral("Cluster"), c.name),
                           QJsonObject{{QLatin1String("Type"), QStringLiteral("AWS::ECS::Cluster")},
                                       {QLatin1String("Properties"),
                                        QJsonObject{{QLatin1String("ClusterName"), c.name}}}});
        if (!c.instances.isEmpty())
            warn(Diagnostic::EntityKind::Cluster, c.name, QStringLiteral("instances"),
                 JsonText::member(JsonText::index(QStringLiteral("$.clusters"), index),
                                  QStringLiteral("instances")),
                 Tr::tr("the cluster's %1 container instances are not in the template")
                     .arg(c.instances.size()),
                 Tr::tr("Register EC2 instances with it (an Auto Scaling group of ECS-optimized "
                        "AMIs with ECS_CLUSTER set) or run the services on Fargate."));
        addCapacityProviders(index);
    }

    /// Each capacity provider with its Auto Scaling group as a parameter, and the cluster's
    /// association with them and its default strategy (which the services that name them, or
    /// take the default, depend on).
    void addCapacityProviders(qsizetype index)
    {
        const Cluster &c = m_project.clusters.at(index);
        for (const CapacityProvider &p : c.capacityProviders) {
            const QString group = id(QStringLiteral("AutoScalingGroup"), p.name);
            m_parameters.insert(
                group,
                QJsonObject{
                    {QLatin1String("Type"), QStringLiteral("String")},
                    {QLatin1String("Description"),
                     Tr::tr("The name or ARN of the Auto Scaling group behind capacity provider "
                            "%1 (%2 instances, %3 to %4, in %5).")
                         .arg(p.name, p.instanceType)
                         .arg(p.minSize)
                         .arg(p.maxSize)
                         .arg(p.availabilityZones.join(QStringLiteral(", ")))}});
            const QJsonObject exported = CapacityProviderExport::createCapacityProvider(p)
                                             .value(QLatin1String("autoScalingGroupProvider"))
                                             .toObject();
            QJsonObject asg = pascalCase(exported).toObject();
            asg.insert(QLatin1String("AutoScalingGroupArn"), ref(group));
            m_resources.insert(
                id(QStringLiteral("CapacityProvider"), p.name),
                QJsonObject{{QLatin1String("Type"), QStringLiteral("AWS::ECS::CapacityProvider")},
                            {QLatin1String("Properties"),
                             QJsonObject{{QLatin1String("Name"), p.name},
                                         {QLatin1String("AutoScalingGroupProvider"), asg}}}});
        }
        if (!hasAssociations(c))
            return;
        QJsonArray providers;
        for (const QString &name : CapacityProviderExport::associatedProviders(m_project, c))
            providers.append(capacityProvider(c, name));
        m_resources.insert(
            id(QStringLiteral("CapacityProviders"), c.name),
            QJsonObject{
                {QLatin1String("Type"),
                 QStringLiteral("AWS::ECS::ClusterCapacityProviderAssociations")},
                {QLatin1String("Properties"),
                 QJsonObject{{QLatin1String("Cluster"), ref(id(QStringLiteral("Cluster"), c.name))},
                             {QLatin1String("CapacityProviders"), providers},
                             {QLatin1String("DefaultCapacityProviderStrategy"),
                              strategy(&c, c.defaultCapacityProviderStrategy)}}}});
        if (c.capacityProviders.isEmpty())
            return;
        warn(Diagnostic::EntityKind::Cluster, c.name, QStringLiteral("auto-scaling-group"),
             JsonText::member(JsonText::index(QStringLiteral("$.clusters"), index),
                              QStringLiteral("capacityProviders")),
             Tr::tr("the Auto Scaling groups of the cluster's %n capacity provider(s) are "
                    "template parameters, not resources",
                    nullptr, int(c.capacityProviders.size())),
             Tr::tr("Create each group (ECS-optimized AMI, ECS_CLUSTER=%1 in its user data, new "
                    "instances protected from scale-in) and give its name or ARN.")
                 .arg(c.name));
    }

    /// A provider as a template names it: Ref of its resource, or FARGATE / FARGATE_SPOT.
    static QJsonValue capacityProvider(const Cluster &c, const QString &name)
    {
        if (c.capacityProvider(name))
            return ref(id(QStringLiteral("CapacityProvider"), name));
        return name;
    }

    /// A strategy as the template's CapacityProviderStrategy items have it.
    static QJsonArray strategy(const Cluster *c, const QList<CapacityProviderStrategyItem> &items)
    {
        QJsonArray out;
        for (const CapacityProviderStrategyItem &item : items)
            out.append(QJsonObject{
                {QLatin1String("CapacityProvider"), c ? capacityProvider(*c, item.capacityProvider)
                                                      : QJsonValue(item.capacityProvider)},
                {QLatin1String("Base"), item.base},
                {QLatin1String("Weight"), item.weight}});
        return out;
    }

    /// Whether the template associates providers with the cluster: its own, Fargate's that a
    /// strategy names, and its default strategy, in one ClusterCapacityProviderAssociations.
    bool hasAssociations(const Cluster &c) const
    {
        return !CapacityProviderExport::associatedProviders(m_project, c).isEmpty();
    }

    /// A target group's health check port: traffic-port when a service reaches it through
    /// a dynamic host port (cfn-lint E3049), else the design's.
    bool reachedThroughDynamicPort(const QString &targetGroup) const
    {
        for (const Service &s : m_project.services) {
            const TaskDefinition *td = m_project.taskDefinitionOf(s);
            if (!td || td->networkMode() == QLatin1String("awsvpc"))
                continue;
            for (const ServiceLoadBalancer &lb : s.loadBalancers) {
                if (lb.targetGroup != targetGroup)
                    continue;
                const auto container = td->container(lb.containerName);
                if (!container)
                    continue;
                for (const PortMapping &m : container->portMappings())
                    if (m.containerPort == lb.containerPort && m.isDynamic())
                        return true;
            }
        }
        return false;
    }

    void addTargetGroup(qsizetype index)
    {
        const TargetGroup &tg = m_project.targetGroups.at(index);
        const TargetGroupHealthCheck &hc = tg.healthCheck;
        QJsonObject p{
            {QLatin1String("Name"), tg.name},
            {QLatin1String("Port"), tg.port},
            {QLatin1String("Protocol"), tg.protocol},
            {QLatin1String("VpcId"), ref(kVpcParameter)},
            {QLatin1String("TargetType"), tg.targetType},
            {QLatin1String("HealthCheckProtocol"), hc.protocol},
            {QLatin1String("HealthCheckPort"),
             reachedThroughDynamicPort(tg.name) ? QStringLiteral("traffic-port") : hc.port},
            {QLatin1String("HealthCheckIntervalSeconds"), hc.intervalSeconds},
            {QLatin1String("HealthCheckTimeoutSeconds"), hc.timeoutSeconds},
            {QLatin1String("HealthyThresholdCount"), hc.healthyThreshold},
            {QLatin1String("UnhealthyThresholdCount"), hc.unhealthyThreshold},
            {QLatin1String("TargetGroupAttributes"),
             QJsonArray{QJsonObject{
                 {QLatin1String("Key"), QStringLiteral("deregistration_delay.timeout_seconds")},
                 {QLatin1String("Value"), QString::number(tg.deregistrationDelaySeconds)}}}}};
        if (hc.protocol.startsWith(QLatin1String("HTTP"))) {
            p.insert(QLatin1String("HealthCheckPath"), hc.path);
            p.insert(QLatin1String("Matcher"),
                     QJsonObject{{QLatin1String("HttpCode"), hc.matcher}});
        }
        m_resources.insert(id(QStringLiteral("TargetGroup"), tg.name),
                           QJsonObject{{QLatin1String("Type"),
                                        QStringLiteral("AWS::ElasticLoadBalancingV2::TargetGroup")},
                                       {QLatin1String("Properties"), p}});
    }

    QJsonObject forward(const QString &targetGroup) const
    {
        return QJsonObject{
            {QLatin1String("Type"), QStringLiteral("forward")},
            {QLatin1String("TargetGroupArn"), ref(id(QStringLiteral("TargetGroup"), targetGroup))}};
    }

    void addLoadBalancer(qsizetype index)
    {
        const LoadBalancer &lb = m_project.loadBalancers.at(index);
        const QString path = JsonText::index(QStringLiteral("$.loadBalancers"), index);
        const QString lbId = id(QStringLiteral("LoadBalancer"), lb.name);
        const bool application = lb.type == LoadBalancer::Type::Application;
        m_resources.insert(
            lbId,
            QJsonObject{{QLatin1String("Type"),
                         QStringLiteral("AWS::ElasticLoadBalancingV2::LoadBalancer")},
                        {QLatin1String("Properties"),
                         QJsonObject{{QLatin1String("Name"), lb.name},
                                     {QLatin1String("Type"), LoadBalancer::typeName(lb.type)},
                                     {QLatin1String("Scheme"), QStringLiteral("internet-facing")},
                                     {QLatin1String("Subnets"), ref(kSubnetsParameter)}}}});
        m_outputs.insert(lbId + QStringLiteral("DnsName"),
                         QJsonObject{{QLatin1String("Value"), getAtt(lbId, "DNSName")}});
        if (application)
            warn(Diagnostic::EntityKind::LoadBalancer, lb.name, QStringLiteral("security-groups"),
                 path,
                 Tr::tr("the load balancer gets the VPC's default security group; the design has "
                        "no security groups"),
                 Tr::tr("Add SecurityGroups to %1 in the template that open the listener ports.")
                     .arg(lbId));
        for (qsizetype l = 0; l < lb.listeners.size(); ++l) {
            const Listener &listener = lb.listeners.at(l);
            const QString listenerId = lbId + QStringLiteral("Listener%1").arg(listener.port);
            QJsonObject p{{QLatin1String("LoadBalancerArn"), ref(lbId)},
                          {QLatin1String("Port"), listener.port},
                          {QLatin1String("Protocol"), listener.protocol},
                          {QLatin1String("DefaultActions"),
                           QJsonArray{action(listener.defaultRule())}}};
            if (listener.protocol == QLatin1String("HTTPS") ||
                listener.protocol == QLatin1String("TLS")) {
                m_parameters.insert(kCertificateParameter,
                                    QJsonObject{{QLatin1String("Type"), QStringLiteral("String")},
                                                {QLatin1String("Description"),
                                                 Tr::tr("The ACM certificate of the HTTPS and "
                                                        "TLS listeners.")}});
                p.insert(QLatin1String("Certificates"),
                         QJsonArray{QJsonObject{
                             {QLatin1String("CertificateArn"), ref(kCertificateParameter)}}});
            }
            m_resources.insert(
                listenerId, QJsonObject{{QLatin1String("Type"),
                                         QStringLiteral("AWS::ElasticLoadBalancingV2::Listener")},
                                        {QLatin1String("Properties"), p}});
            if (!listener.defaultForward().isEmpty())
                m_forwarders[listener.defaultForward()] << listenerId;
            for (const ListenerRule &rule : listener.rules)
                addRule(listenerId, rule);
        }
    }

    void addRule(const QString &listenerId, const ListenerRule &rule)
    {
        QJsonArray conditions;
        const auto condition = [&](const char *field, const char *config,
                                   const QStringList &values) {
            if (!values.isEmpty())
                conditions.append(QJsonObject{
                    {QLatin1String("Field"), QLatin1String(field)},
                    {QLatin1String(config),
                     QJsonObject{{QLatin1String("Values"), QJsonArray::fromStringList(values)}}}});
        };
        condition("path-pattern", "PathPatternConfig", rule.pathPatterns);
        condition("host-header", "HostHeaderConfig", rule.hostHeaders);
        condition("http-request-method", "HttpRequestMethodConfig", rule.httpRequestMethods);
        condition("source-ip", "SourceIpConfig", rule.sourceIps);
        if (!rule.queryStrings.isEmpty()) {
            QJsonArray pairs;
            for (const QString &q : rule.queryStrings) {
                const qsizetype eq = q.indexOf(u'=');
                pairs.append(eq > 0 ? QJsonObject{{QLatin1String("Key"), q.left(eq)},
                                                  {QLatin1String("Value"), q.mid(eq + 1)}}
                                    : QJsonObject{{QLatin1String("Value"), q}});
            }
            conditions.append(QJsonObject{
                {QLatin1String("Field"), QStringLiteral("query-string")},
                {QLatin1String("QueryStringConfig"), QJsonObject{{QLatin1String("Values"), pairs}}}});
        }
        if (!rule.httpHeaderName.isEmpty())
            conditions.append(QJsonObject{
                {QLatin1String("Field"), QStringLiteral("http-header")},
                {QLatin1String("HttpHeaderConfig"),
                 QJsonObject{{QLatin1String("HttpHeaderName"), rule.httpHeaderName},
                             {QLatin1String("Values"),
                              QJsonArray::fromStringList(rule.httpHeaderValues)}}}});
        const QString ruleId = listenerId + QStringLiteral("Rule%1").arg(rule.priority);
        m_resources.insert(
            ruleId, QJsonObject{{QLatin1String("Type"),
                                 QStringLiteral("AWS::ElasticLoadBalancingV2::ListenerRule")},
                                {QLatin1String("Properties"),
                                 QJsonObject{{QLatin1String("ListenerArn"), ref(listenerId)},
                                             {QLatin1String("Priority"), rule.priority},
                                             {QLatin1String("Conditions"), conditions},
                                             {QLatin1String("Actions"),
                                              QJsonArray{action(rule)}}}}});
        if (rule.action == ListenerRule::Action::Forward) {
            for (const WeightedTargetGroup &g : rule.forwards())
                m_forwarders[g.targetGroup] << ruleId;
        }
    }

    QJsonObject action(const ListenerRule &rule) const
    {
        if (rule.action == ListenerRule::Action::FixedResponse) {
            QJsonObject config{{QLatin1String("StatusCode"), rule.fixedResponse.statusCode},
                               {QLatin1String("ContentType"), rule.fixedResponse.contentType}};
            if (!rule.fixedResponse.messageBody.isEmpty())
                config.insert(QLatin1String("MessageBody"), rule.fixedResponse.messageBody);
            return QJsonObject{{QLatin1String("Type"), QStringLiteral("fixed-response")},
                               {QLatin1String("FixedResponseConfig"), config}};
        }
        if (rule.action == ListenerRule::Action::Redirect) {
            const Redirect &r = rule.redirect;
            return QJsonObject{{QLatin1String("Type"), QStringLiteral("redirect")},
                               {QLatin1String("RedirectConfig"),
                                QJsonObject{{QLatin1String("Protocol"), r.protocol},
                                            {QLatin1String("Host"), r.host},
                                            {QLatin1String("Port"), r.port},
                                            {QLatin1String("Path"), r.path},
                                            {QLatin1String("Query"), r.query},
                                            {QLatin1String("StatusCode"), r.statusCode}}}};
        }
        if (rule.targetGroups.isEmpty())
            return forward(rule.targetGroup);
        QJsonArray groups;
        for (const WeightedTargetGroup &g : rule.targetGroups)
            groups.append(QJsonObject{
                {QLatin1String("TargetGroupArn"), ref(id(QStringLiteral("TargetGroup"), g.targetGroup))},
                {QLatin1String("Weight"), g.weight}});
        QJsonObject config{{QLatin1String("TargetGroups"), groups}};
        if (rule.stickinessSeconds > 0)
            config.insert(QLatin1String("TargetGroupStickinessConfig"),
                          QJsonObject{{QLatin1String("Enabled"), true},
                                      {QLatin1String("DurationSeconds"), rule.stickinessSeconds}});
        return QJsonObject{{QLatin1String("Type"), QStringLiteral("forward")},
                           {QLatin1String("ForwardConfig"), config}};
    }

    QString addTaskDefinition(const TaskDefinition &td, const QString &servicePath)
    {
        const TaskDefinition *latest = m_project.latestRevision(td.family());
        QString tdId = id(QStringLiteral("TaskDefinition"), td.family());
        if (latest && latest->revision() != td.revision())
            tdId += QStringLiteral("Revision%1").arg(td.revision());
        if (m_resources.contains(tdId))
            return tdId;
        QJsonObject properties = pascalCase(EcsJson::exportTaskDefinition(td)).toObject();
        for (const char *size : {"Cpu", "Memory"}) {
            const QJsonValue v = properties.value(QLatin1String(size));
            if (v.isDouble())
                properties.insert(QLatin1String(size), QString::number(v.toInt()));
        }
        m_resources.insert(
            tdId, QJsonObject{{QLatin1String("Type"), QStringLiteral("AWS::ECS::TaskDefinition")},
                              {QLatin1String("Properties"), properties}});
        bool needsExecutionRole = td.requiresFargate();
        for (const ContainerDefinition &c : td.containers()) {
            needsExecutionRole =
                needsExecutionRole || !c.secrets().isEmpty() ||
                c.json().value(QLatin1String("logConfiguration"))
                        .toObject()
                        .value(QLatin1String("logDriver")) == QLatin1String("awslogs");
        }
        if (needsExecutionRole && !td.json().contains(QLatin1String("executionRoleArn")))
            warn(Diagnostic::EntityKind::TaskDefinition, td.key(), QStringLiteral("execution-role"),
                 servicePath,
                 Tr::tr("task definition %1 needs a task execution role (Fargate, secrets or "
                        "awslogs) and the design names none")
                     .arg(td.key()),
                 Tr::tr("Set ExecutionRoleArn of %1 to a role with "
                        "AmazonECSTaskExecutionRolePolicy.")
                     .arg(tdId));
        return tdId;
    }

    void addService(qsizetype index)
    {
        const Service &s = m_project.services.at(index);
        const QString path = JsonText::index(QStringLiteral("$.services"), index);
        const TaskDefinition *td = m_project.taskDefinitionOf(s);
        if (!td) {
            warn(Diagnostic::EntityKind::Service, s.name, QStringLiteral("no-task"),
                 JsonText::member(path, QStringLiteral("taskDefinition")),
                 Tr::tr("the service's task definition is not in the project; the service is "
                        "left out of the template"),
                 Tr::tr("Run 'berth validate' and fix the service's taskDefinition."));
            return;
        }
        const QString tdId = addTaskDefinition(*td, path);
        QJsonObject p{{QLatin1String("Cluster"), ref(id(QStringLiteral("Cluster"), s.cluster))},
                      {QLatin1String("ServiceName"), s.name},
                      {QLatin1String("TaskDefinition"), ref(tdId)},
                      {QLatin1String("SchedulingStrategy"), s.schedulingStrategy}};
        if (!s.isDaemon())
            p.insert(QLatin1String("DesiredCount"), s.desiredCount);
        QJsonArray dependsOn;
        const Cluster *c = m_project.cluster(s.cluster);
        if (!s.capacityProviderStrategy.isEmpty())
            p.insert(QLatin1String("CapacityProviderStrategy"),
                     strategy(c, s.capacityProviderStrategy));
        // A strategy replaces the launch type: the service's own, or with neither, the
        // cluster's default. Either way the providers (and the default) must be the cluster's
        // before the service is created.
        if (const QString launchType = m_project.launchTypeOf(s); !launchType.isEmpty())
            p.insert(QLatin1String("LaunchType"), launchType);
        else if (c && hasAssociations(*c))
            dependsOn.append(id(QStringLiteral("CapacityProviders"), c->name));
        QJsonObject dc{{QLatin1String("MaximumPercent"), s.maximumPercent()},
                       {QLatin1String("MinimumHealthyPercent"), s.minimumHealthyPercent()}};
        if (s.deploymentConfiguration.circuitBreakerEnable)
            dc.insert(
                QLatin1String("DeploymentCircuitBreaker"),
                QJsonObject{
                    {QLatin1String("Enable"), *s.deploymentConfiguration.circuitBreakerEnable},
                    {QLatin1String("Rollback"), s.deploymentConfiguration.circuitBreakerRollback}});
        p.insert(QLatin1String("DeploymentConfiguration"), dc);
        QJsonArray strategies, constraints, loadBalancers;
        for (const PlacementStrategy &st : s.placementStrategy) {
            QJsonObject o{{QLatin1String("Type"), st.type}};
            if (!st.field.isEmpty())
                o.insert(QLatin1String("Field"), st.field);
            strategies.append(o);
        }
        for (const PlacementConstraint &c : s.placementConstraints) {
            QJsonObject o{{QLatin1String("Type"), c.type}};
            if (!c.expression.isEmpty())
                o.insert(QLatin1String("Expression"), c.expression);
            constraints.append(o);
        }
        for (const ServiceLoadBalancer &lb : s.loadBalancers) {
            loadBalancers.append(
                QJsonObject{{QLatin1String("ContainerName"), lb.containerName},
                            {QLatin1String("ContainerPort"), lb.containerPort},
                            {QLatin1String("TargetGroupArn"),
                             ref(id(QStringLiteral("TargetGroup"), lb.targetGroup))}});
            for (const QString &forwarder : m_forwarders.value(lb.targetGroup))
                if (!dependsOn.contains(forwarder))
                    dependsOn.append(forwarder);
        }
        if (!strategies.isEmpty())
            p.insert(QLatin1String("PlacementStrategies"), strategies);
        if (!constraints.isEmpty())
            p.insert(QLatin1String("PlacementConstraints"), constraints);
        if (!loadBalancers.isEmpty()) {
            p.insert(QLatin1String("LoadBalancers"), loadBalancers);
            if (s.healthCheckGracePeriodSeconds)
                p.insert(QLatin1String("HealthCheckGracePeriodSeconds"),
                         *s.healthCheckGracePeriodSeconds);
        }
        if (td->networkMode() == QLatin1String("awsvpc"))
            p.insert(QLatin1String("NetworkConfiguration"), networkConfiguration(s, path));
        if (s.enableExecuteCommand)
            p.insert(QLatin1String("EnableExecuteCommand"), true);
        QJsonArray tags;
        for (const QJsonValue &t : s.tags)
            tags.append(QJsonObject{{QLatin1String("Key"), t[QLatin1String("key")]},
                                    {QLatin1String("Value"), t[QLatin1String("value")]}});
        if (!tags.isEmpty())
            p.insert(QLatin1String("Tags"), tags);
        QJsonObject resource{{QLatin1String("Type"), QStringLiteral("AWS::ECS::Service")},
                             {QLatin1String("Properties"), p}};
        // Without it CloudFormation may create the service before its target group has a
        // load balancer, and ECS refuses it (aws/aws-cdk#1160).
        if (!dependsOn.isEmpty())
            resource.insert(QLatin1String("DependsOn"), dependsOn);
        m_resources.insert(id(QStringLiteral("Service"), s.name), resource);
    }

    QJsonObject networkConfiguration(const Service &s, const QString &path)
    {
        const QJsonObject designed =
            s.networkConfiguration.value(QLatin1String("awsvpcConfiguration")).toObject();
        QJsonObject awsvpc{
            {QLatin1String("Subnets"), ref(kSubnetsParameter)},
            {QLatin1String("AssignPublicIp"),
             designed.value(QLatin1String("assignPublicIp")).toString(QStringLiteral("DISABLED"))}};
        const QJsonArray groups = designed.value(QLatin1String("securityGroups")).toArray();
        if (!groups.isEmpty())
            awsvpc.insert(QLatin1String("SecurityGroups"), groups);
        else
            warn(
                Diagnostic::EntityKind::Service, s.name, QStringLiteral("security-groups"), path,
                Tr::tr("the awsvpc tasks get the VPC's default security group; the design names "
                       "none"),
                Tr::tr("Add SecurityGroups to the service's AwsvpcConfiguration in the template."));
        return QJsonObject{{QLatin1String("AwsvpcConfiguration"), awsvpc}};
    }

    const ProjectData &m_project;
    CloudFormationTemplate::Result m_result;
    QJsonObject m_parameters;
    QJsonObject m_resources;
    QJsonObject m_outputs;
    QHash<QString, QStringList> m_forwarders; ///< target group -> listeners and rules
};

} // namespace

CloudFormationTemplate::Result CloudFormationTemplate::fromProject(const ProjectData &project)
{
    return Builder(project).build();
}

QString CloudFormationTemplate::logicalName(const QString &name)
{
    QString out;
    bool upper = true;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128)) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

QString CloudFormationTemplate::write(const Result &result, const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = Tr::tr("cannot create the folder %1; check its parent's permissions").arg(dir);
        return {};
    }
    const QString path = QDir(dir).filePath(QStringLiteral("cloudformation.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(result.document).toJson()) < 0) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return {};
    }
    return path;
}

} // namespace Berth::Model

#include "ui/canvas/linkrules.h"

#include "model/designedits.h"
#include "ui/canvas/layoutedits.h"

namespace Berth::Gui {

using Model::EntityKind;
using Model::EntityRef;
using Model::ProjectData;

namespace {

// ECS allows up to five target groups per service.
constexpr int kMaxTargetGroupsPerService = 5;

bool usesAwsvpc(const ProjectData &data, const Model::Service &s)
{
    const Model::TaskDefinition *td = data.taskDefinitionOf(s);
    return s.isFargate() || (td && td->networkMode() == QLatin1String("awsvpc"));
}

} // namespace

bool LinkRules::canStart(EntityKind kind)
{
    return kind == EntityKind::Service || kind == EntityKind::ListenerRule ||
           kind == EntityKind::LoadBalancer;
}

LinkRules::Verdict LinkRules::check(const ProjectData &data, const EntityRef &from,
                                    const EntityRef &to)
{
    if (from == to || to.isNull())
        return {false, {}};
    switch (from.kind) {
    case EntityKind::Service:
        if (const Model::Service *s = data.service(from.name))
            return checkService(data, *s, to);
        break;
    case EntityKind::ListenerRule: {
        const Model::LoadBalancer *lb = data.loadBalancer(from.parent);
        if (!lb || !Model::DesignEdits::exists(data, from))
            break;
        const auto &rule = lb->listeners.at(from.listener).rules.at(from.rule);
        return checkForward(data, *lb, to, rule.targetGroup);
    }
    case EntityKind::LoadBalancer: {
        const Model::LoadBalancer *lb = data.loadBalancer(from.name);
        if (!lb)
            break;
        const QString current =
            lb->listeners.isEmpty() ? QString() : lb->listeners.first().defaultTargetGroup;
        return checkForward(data, *lb, to, current);
    }
    default:
        return {false, tr("Links start at a service, a listener rule or a load balancer.")};
    }
    return {false, tr("The link's source no longer exists.")};
}

LinkRules::Verdict LinkRules::checkService(const ProjectData &data, const Model::Service &s,
                                           const EntityRef &to)
{
    switch (to.kind) {
    case EntityKind::TaskDefinition: {
        const Model::TaskDefinition *td = data.latestRevision(to.name);
        if (!td)
            return {false, tr("That task definition no longer exists.")};
        if (s.isFargate() && !td->requiresCompatibilities().contains(QLatin1String("FARGATE")))
            return {false, tr("Service %1 uses the FARGATE launch type, but task definition %2 "
                              "does not list FARGATE in requiresCompatibilities.")
                               .arg(s.name, to.name)};
        if (!s.isFargate() && td->requiresFargate() &&
            !td->requiresCompatibilities().contains(QLatin1String("EC2")))
            return {false, tr("Task definition %1 only runs on FARGATE; service %2 uses the EC2 "
                              "launch type.")
                               .arg(to.name, s.name)};
        if (s.taskDefinition == data.pinned(to.name))
            return {false, tr("Service %1 already runs %2.").arg(s.name, s.taskDefinition)};
        return {true, tr("Run task definition %1 in service %2").arg(to.name, s.name)};
    }
    case EntityKind::TargetGroup: {
        const Model::TargetGroup *tg = data.targetGroup(to.name);
        if (!tg)
            return {false, tr("That target group no longer exists.")};
        for (const Model::ServiceLoadBalancer &link : s.loadBalancers) {
            if (link.targetGroup == to.name)
                return {false, tr("Service %1 already registers with %2.").arg(s.name, to.name)};
        }
        if (s.loadBalancers.size() >= kMaxTargetGroupsPerService)
            return {false, tr("A service can register with at most %1 target groups.")
                               .arg(kMaxTargetGroupsPerService)};
        if (!data.taskDefinitionOf(s))
            return {false, tr("Link service %1 to a task definition first: the target group "
                              "needs one of its containers and ports.")
                               .arg(s.name)};
        if (portChoices(data, s.name).isEmpty())
            return {false, tr("No container of %1 maps a port; add a portMapping to receive "
                              "traffic from a target group.")
                               .arg(s.taskDefinition)};
        const bool awsvpc = usesAwsvpc(data, s);
        if (awsvpc && tg->targetType == QLatin1String("instance"))
            return {false, tr("Target group %1 has target type instance, which ECS does not "
                              "allow with the awsvpc network mode; use target type ip.")
                               .arg(to.name)};
        if (!awsvpc && tg->targetType == QLatin1String("ip"))
            return {false, tr("Target group %1 has target type ip, which needs tasks in the "
                              "awsvpc network mode; use target type instance.")
                               .arg(to.name)};
        return {true, tr("Register the tasks of %1 with %2").arg(s.name, to.name)};
    }
    case EntityKind::Cluster:
        if (s.cluster == to.name)
            return {false, tr("Service %1 is already in cluster %2.").arg(s.name, to.name)};
        return {true, tr("Move service %1 to cluster %2").arg(s.name, to.name)};
    case EntityKind::ContainerInstance:
        return {false, tr("ECS places a service's tasks on instances itself; link the service "
                          "to their cluster %1 instead.")
                           .arg(to.parent)};
    case EntityKind::Service:
        return {false, tr("A service does not link to another service; services reach each "
                          "other through a load balancer's target group.")};
    case EntityKind::LoadBalancer:
    case EntityKind::ListenerRule:
        return {false, tr("A load balancer forwards to target groups, not to services: link "
                          "the service to a target group, and the listener to that group.")};
    default:
        return {false, {}};
    }
}

LinkRules::Verdict LinkRules::checkForward(const ProjectData &data, const Model::LoadBalancer &lb,
                                           const EntityRef &to, const QString &current)
{
    if (to.kind != EntityKind::TargetGroup)
        return {false, tr("A listener forwards to a target group; drop the link on one.")};
    const Model::TargetGroup *tg = data.targetGroup(to.name);
    if (!tg)
        return {false, tr("That target group no longer exists.")};
    const bool application = lb.type == Model::LoadBalancer::Type::Application;
    const bool http = tg->protocol.startsWith(QLatin1String("HTTP"));
    if (application && !http)
        return {false, tr("An application load balancer forwards to HTTP or HTTPS target "
                          "groups; %1 uses %2.")
                           .arg(tg->name, tg->protocol)};
    if (!application && http)
        return {false, tr("A network load balancer forwards to TCP, UDP or TLS target groups; "
                          "%1 uses %2.")
                           .arg(tg->name, tg->protocol)};
    if (current == to.name)
        return {false, tr("It already forwards to %1.").arg(to.name)};
    return {true, tr("Forward to %1").arg(to.name)};
}

QList<LinkRules::PortChoice> LinkRules::portChoices(const ProjectData &data, const QString &service)
{
    QList<PortChoice> out;
    const Model::Service *s = data.service(service);
    const Model::TaskDefinition *td = s ? data.taskDefinitionOf(*s) : nullptr;
    if (!td)
        return out;
    for (const Model::ContainerDefinition &c : td->containers()) {
        for (const Model::PortMapping &m : c.portMappings())
            out << PortChoice{c.name(), m.containerPort};
    }
    return out;
}

void LinkRules::apply(ProjectData &data, const EntityRef &from, const EntityRef &to,
                      const PortChoice &choice)
{
    if (!check(data, from, to).allowed)
        return;
    if (from.kind == EntityKind::Service) {
        Model::Service *s = data.service(from.name);
        if (to.kind == EntityKind::TaskDefinition) {
            s->taskDefinition = data.pinned(to.name);
        } else if (to.kind == EntityKind::TargetGroup) {
            s->loadBalancers.append({to.name, choice.containerName, choice.containerPort});
        } else if (to.kind == EntityKind::Cluster) {
            const Model::Cluster *c = data.cluster(to.name);
            const QPointF at = c->frame.topLeft() + QPointF(20, c->frame.height() - 100);
            LayoutEdits::moveServiceToCluster(data, from.name, to.name, at);
        }
        return;
    }
    const QString lbName = from.kind == EntityKind::ListenerRule ? from.parent : from.name;
    for (Model::LoadBalancer &lb : data.loadBalancers) {
        if (lb.name != lbName)
            continue;
        if (from.kind == EntityKind::ListenerRule) {
            Model::ListenerRule &rule = lb.listeners[from.listener].rules[from.rule];
            rule.action = Model::ListenerRule::Action::Forward;
            rule.targetGroup = to.name;
            rule.targetGroups.clear();
        } else {
            if (lb.listeners.isEmpty())
                lb.listeners << Model::Listener{};
            lb.listeners.first().defaultTargetGroup = to.name;
        }
    }
}

QString LinkRules::describe(const EntityRef &from, const EntityRef &to)
{
    switch (to.kind) {
    case EntityKind::TaskDefinition:
        return tr("Link %1 to task definition %2").arg(from.name, to.name);
    case EntityKind::Cluster:
        return tr("Move %1 to cluster %2").arg(from.name, to.name);
    case EntityKind::TargetGroup:
        return tr("Link %1 to target group %2")
            .arg(from.kind == EntityKind::ListenerRule ? tr("rule of %1").arg(from.parent)
                                                       : from.name,
                 to.name);
    default:
        return tr("Link");
    }
}

} // namespace Berth::Gui

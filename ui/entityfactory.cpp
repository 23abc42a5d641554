#include "ui/entityfactory.h"

#include "model/designedits.h"
#include "ui/canvas/itemmetrics.h"
#include "ui/canvas/layoutedits.h"

#include <QJsonArray>

namespace Berth::Gui {

using Model::EntityKind;
using Model::EntityRef;
using Model::ProjectData;

namespace {

qreal loadBalancerHeight(const Model::LoadBalancer &lb)
{
    int rows = 0;
    for (const Model::Listener &l : lb.listeners)
        rows += 1 + int(l.rules.size());
    return Metrics::kHeaderHeight + Metrics::kLineHeight + rows * Metrics::kRuleHeight + 8;
}

} // namespace

const Model::Cluster *EntityFactory::clusterAt(const ProjectData &data, QPointF p)
{
    for (qsizetype i = data.clusters.size() - 1; i >= 0; --i) {
        if (data.clusters.at(i).frame.contains(p))
            return &data.clusters.at(i);
    }
    return nullptr;
}

const Model::LoadBalancer *EntityFactory::loadBalancerAt(const ProjectData &data, QPointF p)
{
    for (qsizetype i = data.loadBalancers.size() - 1; i >= 0; --i) {
        const Model::LoadBalancer &lb = data.loadBalancers.at(i);
        const QRectF rect(lb.position, QSizeF(Metrics::kLoadBalancerWidth, loadBalancerHeight(lb)));
        if (rect.contains(p))
            return &lb;
    }
    return nullptr;
}

QJsonObject EntityFactory::defaultTaskDefinition(const QString &family)
{
    const QJsonObject container{
        {QStringLiteral("name"), QStringLiteral("app")},
        {QStringLiteral("image"), QStringLiteral("berth/demo:1")},
        {QStringLiteral("cpu"), 256},
        {QStringLiteral("memory"), 512},
        {QStringLiteral("essential"), true},
        {QStringLiteral("portMappings"),
         QJsonArray{QJsonObject{{QStringLiteral("containerPort"), 8080},
                                {QStringLiteral("hostPort"), 0},
                                {QStringLiteral("protocol"), QStringLiteral("tcp")}}}}};
    return QJsonObject{
        {QStringLiteral("family"), family},
        {QStringLiteral("networkMode"), QStringLiteral("bridge")},
        {QStringLiteral("requiresCompatibilities"), QJsonArray{QStringLiteral("EC2")}},
        {QStringLiteral("containerDefinitions"), QJsonArray{container}}};
}

EntityFactory::Result EntityFactory::create(ProjectData &data, EntityKind kind, QPointF pos)
{
    const Model::Cluster *under = clusterAt(data, pos);
    switch (kind) {
    case EntityKind::Cluster: {
        Model::Cluster c;
        c.name = Model::DesignEdits::uniqueName(data, kind, QStringLiteral("cluster"));
        c.frame = QRectF(pos, QSizeF(640, 320));
        data.clusters.append(c);
        return {EntityRef::cluster(c.name), {}};
    }
    case EntityKind::ContainerInstance: {
        if (!under)
            return {{},
                    tr("Drop a container instance into a cluster: instances register "
                       "with one cluster.")};
        const QString cluster = under->name;
        const EntityRef added =
            Model::DesignEdits::addInstance(data, cluster, QStringLiteral("t3.medium"));
        Model::Cluster *c = data.cluster(cluster);
        Model::ContainerInstance *i = c->instance(added.name);
        i->registeredAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
        i->position = pos - c->frame.topLeft();
        LayoutEdits::fitFrameMakingRoom(data, cluster);
        return {added, {}};
    }
    case EntityKind::FargateCapacity: {
        if (!under)
            return {{},
                    tr("Drop Fargate capacity onto a cluster: it is a property of the "
                       "cluster.")};
        Model::Cluster *c = data.cluster(under->name);
        if (c->fargate.enabled)
            return {{}, tr("Cluster %1 already has Fargate capacity.").arg(c->name)};
        c->fargate.enabled = true;
        return {EntityRef::cluster(c->name), {}};
    }
    case EntityKind::TaskDefinition: {
        const QString family = Model::DesignEdits::uniqueName(data, kind, QStringLiteral("task"));
        data.registerTaskDefinition(defaultTaskDefinition(family));
        data.taskDefinitions.last().setPosition(pos);
        return {EntityRef::taskDefinition(family), {}};
    }
    case EntityKind::Service: {
        Model::Service s;
        s.name = Model::DesignEdits::uniqueName(data, kind, QStringLiteral("service"));
        data.services.append(s);
        if (under)
            LayoutEdits::moveServiceToCluster(data, s.name, under->name, pos);
        else
            data.services.last().position = pos;
        return {EntityRef::service(s.name), {}};
    }
    case EntityKind::ApplicationLoadBalancer:
    case EntityKind::NetworkLoadBalancer: {
        const bool network = kind == EntityKind::NetworkLoadBalancer;
        Model::LoadBalancer lb;
        lb.type =
            network ? Model::LoadBalancer::Type::Network : Model::LoadBalancer::Type::Application;
        lb.name =
            Model::DesignEdits::uniqueName(data, EntityKind::LoadBalancer,
                                           network ? QStringLiteral("nlb") : QStringLiteral("alb"));
        Model::Listener listener;
        listener.protocol = network ? QStringLiteral("TCP") : QStringLiteral("HTTP");
        lb.listeners << listener;
        lb.position = pos;
        data.loadBalancers.append(lb);
        return {EntityRef::loadBalancer(lb.name), {}};
    }
    case EntityKind::ListenerRule: {
        const Model::LoadBalancer *found = loadBalancerAt(data, pos);
        if (!found)
            return {{}, tr("Drop a listener rule onto an application load balancer.")};
        if (found->type == Model::LoadBalancer::Type::Network)
            return {{},
                    tr("%1 is a network load balancer: its listeners forward TCP without "
                       "rules. Use an application load balancer.")
                        .arg(found->name)};
        Model::LoadBalancer *lb = nullptr;
        for (Model::LoadBalancer &l : data.loadBalancers) {
            if (l.name == found->name)
                lb = &l;
        }
        if (lb->listeners.isEmpty())
            lb->listeners << Model::Listener{};
        Model::Listener &listener = lb->listeners.first();
        int priority = 0;
        for (const Model::ListenerRule &r : listener.rules)
            priority = std::max(priority, r.priority);
        Model::ListenerRule rule;
        rule.priority = (priority / 10 + 1) * 10;
        rule.pathPatterns << QStringLiteral("/path-%1/*").arg(rule.priority);
        listener.rules.append(rule);
        return {EntityRef::listenerRule(lb->name, 0, int(listener.rules.size() - 1)), {}};
    }
    case EntityKind::Repository: {
        Model::EcrRepository repository;
        repository.name = Model::DesignEdits::uniqueName(data, kind, QStringLiteral("app"));
        repository.position = pos;
        data.repositories.append(repository);
        return {EntityRef::repository(repository.name), {}};
    }
    case EntityKind::TargetGroup: {
        Model::TargetGroup tg;
        tg.name = Model::DesignEdits::uniqueName(data, kind, QStringLiteral("tg"));
        tg.port = 8080;
        tg.position = pos;
        data.targetGroups.append(tg);
        return {EntityRef::targetGroup(tg.name), {}};
    }
    default:
        break;
    }
    return {{}, tr("Nothing to place.")};
}

} // namespace Berth::Gui

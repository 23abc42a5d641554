#pragma once

#include "model/projectdata.h"

#include <QJsonArray>
#include <QJsonObject>

namespace BerthBench {

/// Demo tasks behind an ALB: \a tasks of the demo image on two t3.large instances, a target
/// group checking /health every second (healthy after 2), and a listener on \a port.
inline Berth::Model::ProjectData demoBehindLoadBalancer(const QString &name, int port, int tasks)
{
    using namespace Berth::Model;
    ProjectData p;
    p.name = name;
    Cluster c;
    c.name = QStringLiteral("bench");
    c.instances << ContainerInstance::ofType("i1", "t3.large", "us-east-1a")
                << ContainerInstance::ofType("i2", "t3.large", "us-east-1b");
    p.clusters << c;
    const QJsonObject portMapping{{"containerPort", 8080}, {"hostPort", 0}};
    const QJsonObject env{{"name", "PORT"}, {"value", "8080"}};
    const QJsonObject container{{"name", "web"},
                                {"image", "berth/demo:1"},
                                {"cpu", 128},
                                {"memory", 64},
                                {"essential", true},
                                {"portMappings", QJsonArray{portMapping}},
                                {"environment", QJsonArray{env}}};
    p.registerTaskDefinition(
        QJsonObject{{"family", "web"}, {"containerDefinitions", QJsonArray{container}}});
    TargetGroup tg;
    tg.name = QStringLiteral("web-tg");
    tg.healthCheck.path = QStringLiteral("/health");
    tg.healthCheck.intervalSeconds = 1;
    tg.healthCheck.healthyThreshold = 2;
    tg.deregistrationDelaySeconds = 1;
    p.targetGroups << tg;
    LoadBalancer lb;
    lb.name = QStringLiteral("web");
    Listener l;
    l.port = port;
    l.defaultTargetGroup = tg.name;
    lb.listeners << l;
    p.loadBalancers << lb;
    Service s;
    s.name = QStringLiteral("web");
    s.cluster = c.name;
    s.taskDefinition = QStringLiteral("web");
    s.desiredCount = tasks;
    s.loadBalancers << ServiceLoadBalancer{tg.name, QStringLiteral("web"), 8080};
    p.services << s;
    return p;
}

} // namespace BerthBench

#pragma once

// Builders shared by the scheduler tests: instances, task definitions, services, states.

#include "engine/scheduler/clusterstate.h"
#include "engine/scheduler/taskrequirements.h"

#include "model/projectdata.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Fixtures {

using namespace Berth;

struct Port
{
    int containerPort = 0;
    int hostPort = -1; // -1: absent
    QString protocol = QStringLiteral("tcp");
};

inline Model::ContainerInstance instance(const QString &name, int cpu, int memory,
                                         const QString &zone = QStringLiteral("us-east-1a"),
                                         const QString &type = QStringLiteral("t3.medium"))
{
    Model::ContainerInstance ci;
    ci.name = name;
    ci.cpuUnits = cpu;
    ci.memoryMiB = memory;
    ci.availabilityZone = zone;
    ci.instanceType = type;
    ci.registeredAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    return ci;
}

inline QJsonObject container(const QString &name, int cpu, int memory,
                             const QList<Port> &ports = {}, int reservation = 0)
{
    QJsonObject c{{QStringLiteral("name"), name},
                  {QStringLiteral("image"), QStringLiteral("berth/demo")},
                  {QStringLiteral("cpu"), cpu}};
    if (memory > 0)
        c.insert(QStringLiteral("memory"), memory);
    if (reservation > 0)
        c.insert(QStringLiteral("memoryReservation"), reservation);
    QJsonArray mappings;
    for (const Port &p : ports) {
        QJsonObject m{{QStringLiteral("containerPort"), p.containerPort},
                      {QStringLiteral("protocol"), p.protocol}};
        if (p.hostPort >= 0)
            m.insert(QStringLiteral("hostPort"), p.hostPort);
        mappings.append(m);
    }
    if (!mappings.isEmpty())
        c.insert(QStringLiteral("portMappings"), mappings);
    return c;
}

inline Model::TaskDefinition definition(const QString &family,
                                        const QList<QJsonObject> &containers,
                                        const QString &networkMode = QString(),
                                        const QJsonObject &extra = {})
{
    QJsonObject json = extra;
    json.insert(QStringLiteral("family"), family);
    if (!networkMode.isEmpty())
        json.insert(QStringLiteral("networkMode"), networkMode);
    QJsonArray list;
    for (const QJsonObject &c : containers)
        list.append(c);
    json.insert(QStringLiteral("containerDefinitions"), list);
    return Model::TaskDefinition(json, 1);
}

/// A one-container task definition.
inline Model::TaskDefinition simple(const QString &family, int cpu, int memory,
                                    const QList<Port> &ports = {},
                                    const QString &networkMode = QString())
{
    return definition(family, {container(QStringLiteral("app"), cpu, memory, ports)},
                      networkMode);
}

inline Model::Service service(const QString &name, const QString &family, int desired,
                              const QList<Model::PlacementStrategy> &strategies = {},
                              const QList<Model::PlacementConstraint> &constraints = {},
                              const QString &cluster = QStringLiteral("main"))
{
    Model::Service s;
    s.name = name;
    s.cluster = cluster;
    s.taskDefinition = family;
    s.desiredCount = desired;
    s.placementStrategy = strategies;
    s.placementConstraints = constraints;
    return s;
}

inline Model::PlacementStrategy strategy(const QString &type, const QString &field = QString())
{
    return {type, field};
}

inline Model::PlacementConstraint memberOf(const QString &expression)
{
    return {QStringLiteral("memberOf"), expression};
}

inline Model::PlacementConstraint distinctInstance()
{
    return {QStringLiteral("distinctInstance"), QString()};
}

inline Engine::ClusterState state(const QList<Model::ContainerInstance> &instances,
                                  const QString &name = QStringLiteral("main"))
{
    Model::Cluster c;
    c.name = name;
    c.instances = instances;
    return Engine::ClusterState::fromCluster(c, 0);
}

/// Requirements of a service's task with the given strategies (none: ECS's default).
inline Engine::TaskRequirements requirements(const Model::TaskDefinition &definition,
                                             const QList<Model::PlacementStrategy> &strategies
                                             = {},
                                             const QList<Model::PlacementConstraint> &constraints
                                             = {})
{
    return Engine::TaskRequirements::forService(
        service(QStringLiteral("svc"), definition.family(), 1, strategies, constraints),
        definition);
}

inline Model::ProjectData project(const QList<Model::ContainerInstance> &instances,
                                  const QList<Model::TaskDefinition> &definitions,
                                  const QList<Model::Service> &services)
{
    Model::ProjectData p;
    p.name = QStringLiteral("test");
    Model::Cluster c;
    c.name = QStringLiteral("main");
    c.instances = instances;
    p.clusters = {c};
    p.taskDefinitions = definitions;
    p.services = services;
    return p;
}

} // namespace Fixtures

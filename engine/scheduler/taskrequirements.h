#pragma once

#include "engine/scheduler/hostport.h"
#include "engine/scheduler/strategy.h"

#include "model/query/expression.h"
#include "model/service.h"
#include "model/taskdefinition.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Berth::Engine {

/// A memberOf placement constraint, parsed once.
struct MemberOfConstraint
{
    QString expression;
    Model::Query::Expression parsed;
    /// Reads task:group or runningTasksCount, so its value changes as tasks are placed.
    bool dynamic = false;
    /// "service" or "task definition": where the constraint was written.
    QString origin;

    /// Parses text; std::nullopt and a sentence with the column in error when it does not.
    static std::optional<MemberOfConstraint> parse(const QString &text, const QString &origin,
                                                   QString *error = nullptr);
};

/// What placing one task needs, derived once from its task definition (and its service):
/// the resources the scheduler reserves, the static host ports, whether it takes an ENI, the
/// task group, the constraints and the strategy chain.
struct TaskRequirements
{
    QString taskDefinition; ///< "family:revision"
    QString group;          ///< "service:NAME", or "family:FAMILY" for a standalone task
    int cpu = 0;            ///< CPU units: task-level cpu, else the sum over the containers
    int memory = 0;         ///< MiB: task-level memory, else the containers' reservations
    QString networkMode = QStringLiteral("bridge");
    bool fargate = false;
    /// awsvpc (or Fargate): the task gets its own ENI and reserves no instance ports.
    bool usesEni = false;
    /// Static host ports, sorted, each once. Dynamic ports (bridge, hostPort 0 or absent)
    /// are not listed: they never collide.
    QList<HostPort> hostPorts;
    bool distinctInstance = false;
    QList<MemberOfConstraint> memberOf;
    QList<Strategy> strategies;
    /// Why ECS would refuse to place this task at all (unparsable constraint, unknown
    /// strategy, a host port mapped twice). Empty when placement can be tried.
    QStringList errors;

    bool canBePlaced() const { return errors.isEmpty(); }

    /// A standalone task (RunTask): group family:FAMILY, the definition's constraints, the
    /// given strategies (none: ECS's RunTask default, random); on Fargate (launchType
    /// FARGATE) an awsvpc task with neither constraints nor strategies.
    static TaskRequirements fromTaskDefinition(const Model::TaskDefinition &definition,
                                               const QList<Strategy> &strategies = {},
                                               bool fargate = false);
    /// A standalone task as RunTask asks for it: the request's constraints beside the
    /// definition's, the request's strategies (none: random), or Fargate's neither.
    static TaskRequirements forRunTask(const Model::TaskDefinition &definition,
                                       const QList<Model::PlacementConstraint> &constraints,
                                       const QList<Model::PlacementStrategy> &strategies,
                                       bool fargate);
    /// A task of a service: group service:NAME, the service's and the definition's
    /// constraints, the service's strategies or ECS's default for services.
    static TaskRequirements forService(const Model::Service &service,
                                       const Model::TaskDefinition &definition);
};

} // namespace Berth::Engine

#include "engine/scheduler/taskrequirements.h"
#include "engine/enginetr.h"

#include "model/query/parseresult.h"

#include <QCoreApplication>

#include <algorithm>

namespace Berth::Engine {

namespace {

using Model::Query::Node;
using Model::Query::SubjectKind;

bool readsPlacementState(const Node &node)
{
    if (node.kind() == Node::Kind::Comparison) {
        const SubjectKind kind = node.comparison().subject.kind;
        return kind == SubjectKind::TaskGroup || kind == SubjectKind::RunningTasksCount;
    }
    return std::any_of(node.operands().cbegin(), node.operands().cend(),
                       [](const Node::Ptr &operand) { return readsPlacementState(*operand); });
}

void addConstraints(TaskRequirements &r, const QList<Model::PlacementConstraint> &constraints,
                    const QString &origin)
{
    for (const Model::PlacementConstraint &c : constraints) {
        if (c.type == QLatin1String("distinctInstance")) {
            r.distinctInstance = true;
        } else if (c.type == QLatin1String("memberOf")) {
            QString error;
            if (auto parsed = MemberOfConstraint::parse(c.expression, origin, &error))
                r.memberOf.append(*parsed);
            else
                r.errors << error;
        } else {
            r.errors << Tr::tr("unknown placement constraint type '%1' in the %2 (distinctInstance "
                               "or memberOf)")
                            .arg(c.type, origin);
        }
    }
}

void addPorts(TaskRequirements &r, const Model::TaskDefinition &definition)
{
    if (r.usesEni || r.networkMode == QLatin1String("none"))
        return;
    const bool host = r.networkMode == QLatin1String("host");
    for (const Model::ContainerDefinition &container : definition.containers()) {
        for (const Model::PortMapping &mapping : container.portMappings()) {
            if (!host && mapping.isDynamic())
                continue;
            HostPort port;
            port.port = host && mapping.isDynamic() ? mapping.containerPort : *mapping.hostPort;
            port.protocol = mapping.protocol.compare(QLatin1String("udp"), Qt::CaseInsensitive)
                                    == 0
                                ? HostPort::Protocol::Udp
                                : HostPort::Protocol::Tcp;
            if (r.hostPorts.contains(port)) {
                r.errors << Tr::tr("host port %1 is mapped twice in %2; two containers of one task "
                                   "cannot publish the same host port")
                                .arg(port.toString(), r.taskDefinition);
                continue;
            }
            r.hostPorts.append(port);
        }
    }
    std::sort(r.hostPorts.begin(), r.hostPorts.end());
}

TaskRequirements common(const Model::TaskDefinition &definition, bool fargate)
{
    TaskRequirements r;
    r.taskDefinition = definition.key();
    r.cpu = definition.reservedCpu();
    r.memory = definition.reservedMemory();
    r.fargate = fargate;
    r.networkMode = fargate ? QStringLiteral("awsvpc") : definition.networkMode();
    r.usesEni = fargate || r.networkMode == QLatin1String("awsvpc");
    addPorts(r, definition);
    return r;
}

} // namespace

std::optional<MemberOfConstraint> MemberOfConstraint::parse(const QString &text,
                                                            const QString &origin, QString *error)
{
    const Model::Query::ParseResult result = Model::Query::Expression::parse(text);
    if (!result.isValid()) {
        if (error) {
            *error = Tr::tr("the memberOf expression '%1' in the %2 does not parse: %3 (column %4)")
                         .arg(text, origin, result.error().message)
                         .arg(result.error().column);
        }
        return std::nullopt;
    }
    MemberOfConstraint c;
    c.expression = text;
    c.parsed = result.expression();
    c.dynamic = readsPlacementState(*c.parsed.root());
    c.origin = origin;
    return c;
}

TaskRequirements TaskRequirements::fromTaskDefinition(const Model::TaskDefinition &definition,
                                                      const QList<Strategy> &strategies,
                                                      bool fargate)
{
    TaskRequirements r = common(definition, fargate);
    r.group = QStringLiteral("family:") + definition.family();
    if (r.fargate)
        return r; // Fargate takes no constraints or strategies
    addConstraints(r, definition.placementConstraints(), Tr::tr("task definition"));
    r.strategies = strategies.isEmpty() ? QList<Strategy>{Strategy::random()} : strategies;
    return r;
}

TaskRequirements TaskRequirements::forRunTask(const Model::TaskDefinition &definition,
                                              const QList<Model::PlacementConstraint> &constraints,
                                              const QList<Model::PlacementStrategy> &strategies,
                                              bool fargate)
{
    TaskRequirements r = fromTaskDefinition(definition, {}, fargate);
    if (r.fargate)
        return r;
    addConstraints(r, constraints, Tr::tr("run-task request"));
    QList<Strategy> chosen;
    for (const Model::PlacementStrategy &s : strategies) {
        QString error;
        if (auto strategy = Strategy::fromModel(s, &error))
            chosen.append(*strategy);
        else
            r.errors << error;
    }
    if (!chosen.isEmpty())
        r.strategies = chosen;
    return r;
}

TaskRequirements TaskRequirements::forService(const Model::Service &service,
                                              const Model::TaskDefinition &definition)
{
    TaskRequirements r = common(definition, service.isFargate());
    r.group = service.group();
    if (r.fargate)
        return r; // Fargate takes no constraints or strategies; ECS spreads over zones itself
    addConstraints(r, service.placementConstraints, Tr::tr("service"));
    addConstraints(r, definition.placementConstraints(), Tr::tr("task definition"));
    for (const Model::PlacementStrategy &s : service.placementStrategy) {
        QString error;
        if (auto strategy = Strategy::fromModel(s, &error))
            r.strategies.append(*strategy);
        else
            r.errors << error;
    }
    if (service.placementStrategy.isEmpty())
        r.strategies = Strategy::serviceDefault();
    return r;
}

} // namespace Berth::Engine

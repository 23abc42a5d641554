#include "engine/scheduler/explanation.h"
#include "engine/enginetr.h"

#include "model/containerinstance.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Berth::Engine {

namespace {

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

PlacementFailure::Kind kindOf(RuleCheck::Rule rule)
{
    switch (rule) {
    case RuleCheck::Rule::Cpu:
        return PlacementFailure::Kind::Cpu;
    case RuleCheck::Rule::Memory:
        return PlacementFailure::Kind::Memory;
    case RuleCheck::Rule::Port:
        return PlacementFailure::Kind::Port;
    case RuleCheck::Rule::PortLimit:
        return PlacementFailure::Kind::PortLimit;
    case RuleCheck::Rule::Eni:
        return PlacementFailure::Kind::Eni;
    default:
        return PlacementFailure::Kind::Attribute;
    }
}

void checkResources(const ClusterState &state, const TaskRequirements &t, int i,
                    InstanceVerdict &v)
{
    const ClusterState::Instance &in = state.instance(i);
    v.checks.append({RuleCheck::Rule::Status, Tr::tr("status"), in.isActive(),
                     Model::ContainerInstance::statusName(in.status)});
    v.checks.append({RuleCheck::Rule::Cpu, Tr::tr("CPU"), in.remainingCpu >= t.cpu,
                     Tr::tr("%1 of %2 units free, needs %3")
                         .arg(in.remainingCpu)
                         .arg(in.registeredCpu)
                         .arg(t.cpu)});
    v.checks.append({RuleCheck::Rule::Memory, Tr::tr("memory"), in.remainingMemory >= t.memory,
                     Tr::tr("%1 of %2 MiB free, needs %3")
                         .arg(in.remainingMemory)
                         .arg(in.registeredMemory)
                         .arg(t.memory)});
    if (t.usesEni) {
        QString detail = Tr::tr("%1 of %2 in use").arg(in.enisUsed).arg(in.eniLimit);
        if (in.eniLimitAssumed)
            detail +=
                Tr::tr(" (assumed: %1 is not in the instance type catalog)").arg(in.instanceType);
        v.checks.append({RuleCheck::Rule::Eni, Tr::tr("ENIs"), in.enisUsed < in.eniLimit, detail});
        return;
    }
    for (const HostPort &port : t.hostPorts) {
        const std::optional<QString> holder = state.portHolder(i, port);
        QString detail = Tr::tr("free");
        if (holder)
            detail = holder->isEmpty() ? Tr::tr("reserved by ECS on every instance")
                                       : Tr::tr("held by task %1").arg(*holder);
        v.checks.append(
            {RuleCheck::Rule::Port, Tr::tr("port %1").arg(port.toString()), !holder, detail});
    }
    if (!t.hostPorts.isEmpty()) {
        const int after = in.reservedPorts + int(t.hostPorts.size());
        v.checks.append({RuleCheck::Rule::PortLimit, Tr::tr("reserved ports"),
                         after <= ClusterState::kMaxReservedPorts,
                         Tr::tr("%1 reserved, %2 with this task (at most %3)")
                             .arg(in.reservedPorts)
                             .arg(after)
                             .arg(ClusterState::kMaxReservedPorts)});
    }
}

void checkConstraints(const ClusterState &state, const TaskRequirements &t, int i,
                      InstanceVerdict &v)
{
    const ClusterState::Instance &in = state.instance(i);
    for (const MemberOfConstraint &c : t.memberOf) {
        const QList<Model::Query::SubResult> subs = c.parsed.explain(in.facts);
        for (const Model::Query::SubResult &sub : subs) {
            RuleCheck row{RuleCheck::Rule::MemberOf, sub.text, sub.value, yesNo(sub.value),
                          sub.depth, sub.depth == 0};
            if (sub.depth == 0) {
                row.name = QStringLiteral("memberOf(%1)").arg(c.expression);
                row.detail = Tr::tr("%1 (%2)").arg(yesNo(sub.value), c.origin);
            }
            v.checks.append(row);
        }
    }
    if (t.distinctInstance) {
        const QString holder = state.groupTaskOn(i, t.group);
        v.checks.append({RuleCheck::Rule::DistinctInstance, QStringLiteral("distinctInstance"),
                         holder.isEmpty(),
                         holder.isEmpty() ? Tr::tr("no task of %1 here").arg(t.group)
                                          : Tr::tr("runs task %1 of %2").arg(holder, t.group)});
    }
}

} // namespace

int InstanceVerdict::failures() const
{
    return int(std::count_if(checks.cbegin(), checks.cend(),
                             [](const RuleCheck &c) { return c.decides && !c.passed; }));
}

const RuleCheck *InstanceVerdict::firstFailure() const
{
    for (const RuleCheck &c : checks) {
        if (c.decides && !c.passed)
            return &c;
    }
    return nullptr;
}

Explanation Explanation::compute(const ClusterState &state, const TaskRequirements &task)
{
    Explanation e;
    e.m_task = task;
    e.m_cluster = state.clusterName();
    const int count = state.instanceCount();
    e.m_shortfall.assign(size_t(count), 0);
    for (int i = 0; i < count; ++i) {
        const ClusterState::Instance &in = state.instance(i);
        InstanceVerdict v;
        v.instance = i;
        v.name = in.name;
        checkResources(state, task, i, v);
        checkConstraints(state, task, i, v);
        e.m_shortfall[size_t(i)] = std::max(0, task.cpu - in.remainingCpu)
                                   + std::max(0, task.memory - in.remainingMemory);
        if (in.isActive()) {
            ++e.m_activeCount;
            e.m_mostCpu = std::max(e.m_mostCpu, in.remainingCpu);
            e.m_mostMemory = std::max(e.m_mostMemory, in.remainingMemory);
            const bool closer = e.m_closest < 0
                                || v.failures() < e.m_verdicts[e.m_closest].failures()
                                || (v.failures() == e.m_verdicts[e.m_closest].failures()
                                    && e.m_shortfall[size_t(i)]
                                           < e.m_shortfall[size_t(e.m_closest)]);
            if (closer)
                e.m_closest = i;
        }
        e.m_verdicts.append(v);
    }

    // Strategy keys, as the placer computes them, for the instances that passed.
    QList<QHash<QString, int>> perValue;
    for (const Strategy &s : task.strategies) {
        e.m_strategyNames << s.toString();
        QHash<QString, int> counts;
        if (s.isSpreadAttribute()) {
            for (int i = 0; i < count; ++i)
                counts[state.instance(i).facts.attributes.value(s.attribute())]
                    += state.groupCountOn(i, task.group);
        }
        perValue.append(counts);
    }
    for (const InstanceVerdict &v : std::as_const(e.m_verdicts)) {
        if (!v.passed())
            continue;
        const ClusterState::Instance &in = state.instance(v.instance);
        RankedInstance r{v.instance, v.name, {}, {}};
        for (int s = 0; s < task.strategies.size(); ++s) {
            const Strategy &strategy = task.strategies.at(s);
            if (strategy.type() == Strategy::Type::Random)
                break;
            if (strategy.isBinpack() && strategy.field() == Strategy::Field::Cpu) {
                r.keys << in.remainingCpu;
                r.keyTexts << Tr::tr("%1 CPU units left").arg(in.remainingCpu);
            } else if (strategy.isBinpack()) {
                r.keys << in.remainingMemory;
                r.keyTexts << Tr::tr("%1 MiB left").arg(in.remainingMemory);
            } else if (strategy.isSpreadInstances()) {
                const int n = state.groupCountOn(v.instance, task.group);
                r.keys << n;
                r.keyTexts << Tr::tr("%n task(s) of the group here", nullptr, n);
            } else {
                const QString value = in.facts.attributes.value(strategy.attribute());
                const int n = perValue.at(s).value(value);
                r.keys << n;
                r.keyTexts << Tr::tr("%n task(s) of the group in %1", nullptr, n)
                                  .arg(value.isEmpty() ? Tr::tr("(no value)") : value);
            }
        }
        e.m_ranking.append(r);
    }
    std::stable_sort(e.m_ranking.begin(), e.m_ranking.end(),
                     [](const RankedInstance &a, const RankedInstance &b) {
                         return a.keys < b.keys;
                     });
    return e;
}

PlacementFailure Explanation::failure(const QString &service) const
{
    return failureOn(service, m_closest);
}

PlacementFailure Explanation::failureOn(const QString &service, int instance) const
{
    if (m_activeCount == 0 || instance < 0 || instance >= m_verdicts.size()) {
        const QString reason =
            m_verdicts.isEmpty()
                ? Tr::tr("Cluster %1 has no container instances; add one, or run the service on "
                         "Fargate.")
                      .arg(m_cluster)
                : Tr::tr("All %n container instance(s) of cluster %1 are DRAINING, and ECS "
                         "places no new task on a draining instance.",
                         nullptr, int(m_verdicts.size()))
                      .arg(m_cluster);
        return PlacementFailure::noInstances(service, reason);
    }
    const InstanceVerdict &closest = m_verdicts.at(instance);
    const RuleCheck *first = closest.firstFailure();
    PlacementFailure f;
    f.closestInstance = closest.name;
    f.kind = first ? kindOf(first->rule) : PlacementFailure::Kind::Attribute;
    f.ecsMessage = PlacementFailure::ecsText(
        service, f.kind, Model::ContainerInstance::containerInstanceId(m_cluster, closest.name));

    // Tally each failing rule over the ACTIVE instances, in the order of the table.
    struct Tally
    {
        RuleCheck::Rule rule;
        QString name;
        int count;
    };
    QList<Tally> tallies;
    for (const InstanceVerdict &v : m_verdicts) {
        if (!v.checks.first().passed)
            continue; // DRAINING
        for (const RuleCheck &c : v.checks) {
            if (!c.decides || c.passed)
                continue;
            auto it = std::find_if(tallies.begin(), tallies.end(), [&c](const Tally &t) {
                return t.rule == c.rule && t.name == c.name;
            });
            if (it == tallies.end())
                tallies.append({c.rule, c.name, 1});
            else
                ++it->count;
        }
    }
    std::stable_sort(tallies.begin(), tallies.end(),
                     [](const Tally &a, const Tally &b) { return a.rule < b.rule; });
    QStringList parts;
    for (const Tally &t : std::as_const(tallies)) {
        switch (t.rule) {
        case RuleCheck::Rule::Cpu:
            parts << Tr::tr("not enough CPU units on %n (the most free is %1)", nullptr, t.count)
                         .arg(m_mostCpu);
            break;
        case RuleCheck::Rule::Memory:
            parts << Tr::tr("not enough memory on %n (the most free is %1 MiB)", nullptr, t.count)
                         .arg(m_mostMemory);
            break;
        case RuleCheck::Rule::Eni:
            parts << Tr::tr("no free ENI on %n", nullptr, t.count);
            break;
        case RuleCheck::Rule::PortLimit:
            parts << Tr::tr("more than %1 reserved ports on %n", nullptr, t.count)
                         .arg(ClusterState::kMaxReservedPorts);
            break;
        case RuleCheck::Rule::DistinctInstance:
            parts << Tr::tr("a task of %1 already runs on %n (distinctInstance)", nullptr, t.count)
                         .arg(m_task.group);
            break;
        case RuleCheck::Rule::MemberOf:
            parts << Tr::tr("%1 is false on %n", nullptr, t.count).arg(t.name);
            break;
        default:
            parts << Tr::tr("%1 is taken on %n", nullptr, t.count).arg(t.name);
            break;
        }
    }
    QStringList needs{Tr::tr("%1 CPU units").arg(m_task.cpu), Tr::tr("%1 MiB").arg(m_task.memory)};
    for (const HostPort &port : m_task.hostPorts)
        needs << Tr::tr("host port %1").arg(port.toString());
    if (m_task.usesEni)
        needs << Tr::tr("an ENI (awsvpc)");
    QStringList misses;
    for (const RuleCheck &c : closest.checks) {
        if (c.decides && !c.passed)
            misses << QStringLiteral("%1 %2").arg(c.name, c.detail);
    }
    f.reason = Tr::tr("A task of %1 needs %2. No ACTIVE instance of cluster %3 has all of it "
                      "(%n checked): ",
                      nullptr, m_activeCount)
                   .arg(m_task.taskDefinition, needs.join(QStringLiteral(", ")), m_cluster) +
               parts.join(QStringLiteral("; ")) +
               Tr::tr(". Closest: %1 (%2).").arg(closest.name, misses.join(QStringLiteral("; ")));
    f.summary = Tr::tr("closest is %1: %2").arg(closest.name, misses.join(QStringLiteral("; ")));
    return f;
}

QString Explanation::toText() const
{
    QString out;
    for (const InstanceVerdict &v : m_verdicts) {
        out += v.name + (v.passed() ? Tr::tr(": passes") : Tr::tr(": fails")) + u'\n';
        for (const RuleCheck &c : v.checks) {
            out += QString(2 + 2 * c.depth, u' ') + (c.passed ? QStringLiteral("ok  ")
                                                              : QStringLiteral("NO  "))
                   + c.name + QStringLiteral(": ") + c.detail + u'\n';
        }
    }
    if (!m_ranking.isEmpty()) {
        out += Tr::tr("ranking by %1:").arg(m_strategyNames.join(QStringLiteral(", "))) + u'\n';
        for (int r = 0; r < m_ranking.size(); ++r) {
            out += QStringLiteral("  %1. %2  %3\n")
                       .arg(r + 1)
                       .arg(m_ranking.at(r).name,
                            m_ranking.at(r).keyTexts.join(QStringLiteral("; ")));
        }
    }
    return out;
}

} // namespace Berth::Engine

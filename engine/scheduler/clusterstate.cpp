#include "engine/scheduler/clusterstate.h"

#include "engine/scheduler/addressing.h"
#include "engine/scheduler/constraintcache.h"
#include "engine/scheduler/partition.h"
#include "engine/scheduler/placementindex.h"
#include "engine/scheduler/taskrequirements.h"

#include "model/instancetypes.h"

#include <QHash>

#include <algorithm>

namespace Berth::Engine {

namespace Internal {

/// Everything the state derives lazily for the placer.
struct StateCaches
{
    QHash<QString, std::shared_ptr<ConstraintCache>> constraints;
    QHash<QString, std::shared_ptr<Partition>> partitions;
    QHash<QString, std::shared_ptr<PlacementIndex>> indexes;

    // A copy of the state keeps what it would derive the same way (expression values,
    // attribute partitions) and rebuilds its indexes, which point into its own caches.
    std::unique_ptr<StateCaches> clone() const
    {
        auto copy = std::make_unique<StateCaches>();
        for (auto it = constraints.cbegin(); it != constraints.cend(); ++it)
            copy->constraints.insert(it.key(), std::make_shared<ConstraintCache>(*it.value()));
        for (auto it = partitions.cbegin(); it != partitions.cend(); ++it)
            copy->partitions.insert(it.key(), std::make_shared<Partition>(*it.value()));
        return copy;
    }
};

} // namespace Internal

namespace {

constexpr size_t kChangeLogLimit = 1 << 16;

template<typename Pairs>
auto findKey(Pairs &pairs, quint32 key)
{
    return std::lower_bound(pairs.begin(), pairs.end(), key,
                            [](const auto &entry, quint32 k) { return entry.first < k; });
}

} // namespace

const QList<int> &ClusterState::defaultReservedPorts()
{
    static const QList<int> ports = {22, 2375, 2376, 51678, 51679, 51680};
    return ports;
}

ClusterState::ClusterState(const QString &clusterName)
    : m_clusterName(clusterName)
    , m_caches(std::make_unique<Internal::StateCaches>())
{
}

ClusterState::ClusterState(const ClusterState &other)
    : m_clusterName(other.m_clusterName)
    , m_instances(other.m_instances)
    , m_instanceIndex(other.m_instanceIndex)
    , m_ports(other.m_ports)
    , m_groupCounts(other.m_groupCounts)
    , m_instanceTasks(other.m_instanceTasks)
    , m_versions(other.m_versions)
    , m_tasks(other.m_tasks)
    , m_taskSlots(other.m_taskSlots)
    , m_groupIds(other.m_groupIds)
    , m_groupTasks(other.m_groupTasks)
    , m_fargate(other.m_fargate)
    , m_fargateTasks(other.m_fargateTasks)
    , m_caches(other.m_caches->clone())
{
}

ClusterState &ClusterState::operator=(const ClusterState &other)
{
    if (this != &other) {
        ClusterState copy(other);
        *this = std::move(copy);
    }
    return *this;
}

ClusterState::ClusterState(ClusterState &&other) noexcept = default;
ClusterState &ClusterState::operator=(ClusterState &&other) noexcept = default;
ClusterState::~ClusterState() = default;

ClusterState ClusterState::fromCluster(const Model::Cluster &cluster, int clusterIndex)
{
    ClusterState state(cluster.name);
    state.setFargate(cluster.fargate);
    for (int i = 0; i < cluster.instances.size(); ++i)
        state.addInstance(cluster.instances.at(i), Addressing::instanceAddress(clusterIndex, i));
    return state;
}

int ClusterState::addInstance(const Model::ContainerInstance &ci, const QString &address)
{
    Instance in;
    in.name = ci.name;
    in.ec2InstanceId = ci.ec2InstanceId(m_clusterName);
    in.address = address;
    in.instanceType = ci.instanceType;
    in.status = ci.status;
    in.registeredCpu = in.remainingCpu = ci.cpuUnits;
    in.registeredMemory = in.remainingMemory = ci.memoryMiB;
    if (const auto type = Model::InstanceTypes::find(ci.instanceType)) {
        in.eniLimit = type->awsvpcTaskLimit();
    } else {
        in.eniLimit = kAssumedAwsvpcTaskLimit;
        in.eniLimitAssumed = true;
    }
    in.reservedPorts = int(defaultReservedPorts().size());
    in.facts.ec2InstanceId = in.ec2InstanceId;
    in.facts.attributes = ci.allAttributes();
    in.facts.registeredAt = ci.registeredAt;
    in.facts.agentVersion = ci.agentVersion;
    return appendInstance(std::move(in));
}

int ClusterState::addInstanceLike(int index, const QString &name)
{
    Instance in = m_instances[size_t(index)];
    Model::ContainerInstance model;
    model.name = name;
    in.name = name;
    in.ec2InstanceId = in.facts.ec2InstanceId = model.ec2InstanceId(m_clusterName);
    in.address.clear();
    in.remainingCpu = in.registeredCpu;
    in.remainingMemory = in.registeredMemory;
    in.enisUsed = 0;
    in.reservedPorts = int(defaultReservedPorts().size());
    in.facts.runningTasksCount = 0;
    in.facts.taskGroups.clear();
    return appendInstance(std::move(in));
}

int ClusterState::appendInstance(Instance in)
{
    const QString name = in.name;
    m_instances.push_back(std::move(in));
    std::vector<std::pair<quint32, int>> ports;
    for (int port : defaultReservedPorts())
        ports.emplace_back(HostPort{port, HostPort::Protocol::Tcp}.key(), -1);
    std::sort(ports.begin(), ports.end());
    m_ports.push_back(std::move(ports));
    m_groupCounts.emplace_back();
    m_instanceTasks.emplace_back();
    m_versions.push_back(1);
    const int index = int(m_instances.size()) - 1;
    m_instanceIndex.insert(name, index);
    m_caches = std::make_unique<Internal::StateCaches>(); // every cache is sized per instance
    return index;
}

void ClusterState::setStatus(int index, Model::ContainerInstance::Status status)
{
    m_instances[size_t(index)].status = status;
    touch(index);
}

bool ClusterState::fargateHasRoom() const
{
    return m_fargate.enabled && (m_fargate.quota <= 0 || m_fargateTasks < m_fargate.quota);
}

int ClusterState::internGroup(const QString &group)
{
    const auto it = m_groupIds.constFind(group);
    if (it != m_groupIds.constEnd())
        return it.value();
    const int id = int(m_groupTasks.size());
    m_groupIds.insert(group, id);
    m_groupTasks.emplace_back();
    return id;
}

void ClusterState::touch(int instance)
{
    ++m_versions[size_t(instance)];
    if (m_changeLog.size() >= std::max(kChangeLogLimit, 8 * m_instances.size())) {
        m_changeLog.clear();
        ++m_changeLogEpoch; // indexes rebuild rather than replay a long log
    }
    m_changeLog.push_back(instance);
}

void ClusterState::countSpread(int instance, int groupId, int delta)
{
    for (const std::shared_ptr<Internal::Partition> &p : std::as_const(m_caches->partitions)) {
        const auto it = p->counts.find(groupId);
        if (it != p->counts.end())
            it->second[size_t(p->valueOf[size_t(instance)])] += delta;
    }
}

bool ClusterState::addTask(const QString &id, const TaskRequirements &task, int instance)
{
    if (m_taskSlots.contains(id) || instance >= instanceCount() || (instance < 0 && !task.fargate))
        return false;
    TaskSlot slot;
    slot.task = Task{id, task.group, instance, task.cpu, task.memory, {}, task.usesEni,
                     instance < 0};
    slot.groupId = internGroup(task.group);
    slot.alive = true;
    const int slotIndex = int(m_tasks.size());
    m_taskSlots.insert(id, slotIndex);
    m_groupTasks[size_t(slot.groupId)].push_back(slotIndex);
    if (instance < 0) {
        ++m_fargateTasks;
        m_tasks.push_back(std::move(slot));
        return true;
    }
    Instance &in = m_instances[size_t(instance)];
    in.remainingCpu -= task.cpu;
    in.remainingMemory -= task.memory;
    if (task.usesEni)
        ++in.enisUsed;
    else
        slot.task.ports = task.hostPorts;
    auto &ports = m_ports[size_t(instance)];
    for (const HostPort &port : std::as_const(slot.task.ports)) {
        ports.insert(findKey(ports, port.key()), {port.key(), slotIndex});
        ++in.reservedPorts;
    }
    auto &groups = m_groupCounts[size_t(instance)];
    const auto g = std::find_if(groups.begin(), groups.end(),
                                [&slot](const auto &e) { return e.first == slot.groupId; });
    if (g == groups.end())
        groups.emplace_back(slot.groupId, 1);
    else
        ++g->second;
    m_instanceTasks[size_t(instance)].push_back(slotIndex);
    ++in.facts.runningTasksCount;
    in.facts.taskGroups.append(task.group);
    countSpread(instance, slot.groupId, +1);
    m_tasks.push_back(std::move(slot));
    touch(instance);
    return true;
}

bool ClusterState::removeTask(const QString &id)
{
    const int slotIndex = m_taskSlots.value(id, -1);
    if (slotIndex < 0)
        return false;
    TaskSlot &slot = m_tasks[size_t(slotIndex)];
    slot.alive = false;
    m_taskSlots.remove(id);
    auto &groupTasks = m_groupTasks[size_t(slot.groupId)];
    groupTasks.erase(std::find(groupTasks.begin(), groupTasks.end(), slotIndex));
    const int instance = slot.task.instance;
    if (instance < 0) {
        --m_fargateTasks;
        return true;
    }
    Instance &in = m_instances[size_t(instance)];
    in.remainingCpu += slot.task.cpu;
    in.remainingMemory += slot.task.memory;
    if (slot.task.usesEni)
        --in.enisUsed;
    auto &ports = m_ports[size_t(instance)];
    for (const HostPort &port : std::as_const(slot.task.ports)) {
        const auto it = findKey(ports, port.key());
        if (it != ports.end() && it->first == port.key() && it->second == slotIndex) {
            ports.erase(it);
            --in.reservedPorts;
        }
    }
    auto &groups = m_groupCounts[size_t(instance)];
    const auto g = std::find_if(groups.begin(), groups.end(),
                                [&slot](const auto &e) { return e.first == slot.groupId; });
    if (g != groups.end() && --g->second == 0)
        groups.erase(g);
    auto &tasks = m_instanceTasks[size_t(instance)];
    tasks.erase(std::find(tasks.begin(), tasks.end(), slotIndex));
    --in.facts.runningTasksCount;
    in.facts.taskGroups.removeOne(slot.task.group);
    countSpread(instance, slot.groupId, -1);
    touch(instance);
    return true;
}

const ClusterState::Task *ClusterState::task(const QString &id) const
{
    const int slot = m_taskSlots.value(id, -1);
    return slot < 0 ? nullptr : &m_tasks[size_t(slot)].task;
}

QStringList ClusterState::tasksOfGroup(const QString &group) const
{
    QStringList out;
    const int id = groupId(group);
    if (id >= 0) {
        for (int slot : m_groupTasks[size_t(id)])
            out << m_tasks[size_t(slot)].task.id;
    }
    return out;
}

QStringList ClusterState::tasksOn(int instance) const
{
    QStringList out;
    for (int slot : m_instanceTasks[size_t(instance)])
        out << m_tasks[size_t(slot)].task.id;
    return out;
}

int ClusterState::groupCountOn(int instance, const QString &group) const
{
    const int id = groupId(group);
    return id < 0 ? 0 : groupCountOn(instance, id);
}

QString ClusterState::groupTaskOn(int instance, const QString &group) const
{
    const int id = groupId(group);
    if (id < 0 || groupCountOn(instance, id) == 0)
        return {};
    for (int slot : m_instanceTasks[size_t(instance)]) {
        if (m_tasks[size_t(slot)].groupId == id)
            return m_tasks[size_t(slot)].task.id;
    }
    return {};
}

int ClusterState::groupCountOn(int instance, int groupId) const
{
    for (const auto &entry : m_groupCounts[size_t(instance)]) {
        if (entry.first == groupId)
            return entry.second;
    }
    return 0;
}

bool ClusterState::portFree(int instance, quint32 portKey) const
{
    const auto &ports = m_ports[size_t(instance)];
    const auto it = findKey(ports, portKey);
    return it == ports.end() || it->first != portKey;
}

QList<ClusterState::PortUse> ClusterState::ports(int instance) const
{
    QList<PortUse> out;
    for (const auto &[key, slot] : m_ports[size_t(instance)])
        out.append({HostPort::fromKey(key), slot < 0 ? QString() : m_tasks[size_t(slot)].task.id});
    return out;
}

std::optional<QString> ClusterState::portHolder(int instance, HostPort port) const
{
    const auto &ports = m_ports[size_t(instance)];
    const auto it = findKey(ports, port.key());
    if (it == ports.end() || it->first != port.key())
        return std::nullopt;
    return it->second < 0 ? QString() : m_tasks[size_t(it->second)].task.id;
}

bool ClusterState::satisfies(const MemberOfConstraint &constraint, int instance) const
{
    return constraintCache(constraint).value(*this, instance);
}

Internal::ConstraintCache &ClusterState::constraintCache(const MemberOfConstraint &c) const
{
    std::shared_ptr<Internal::ConstraintCache> &cache = m_caches->constraints[c.expression];
    if (!cache)
        cache = std::make_shared<Internal::ConstraintCache>(c.parsed, c.dynamic, instanceCount());
    return *cache;
}

Internal::Partition &ClusterState::partition(const QString &attribute) const
{
    std::shared_ptr<Internal::Partition> &p = m_caches->partitions[attribute];
    if (!p) {
        p = std::make_shared<Internal::Partition>();
        p->attribute = attribute;
        QHash<QString, int> firstSeen;
        p->valueOf.reserve(m_instances.size());
        for (const Instance &in : m_instances) {
            const QString value = in.facts.attributes.value(attribute);
            auto it = firstSeen.constFind(value);
            if (it == firstSeen.constEnd())
                it = firstSeen.insert(value, int(firstSeen.size()));
            p->valueOf.push_back(it.value());
        }
        // Value ids follow the sorted values, so ties between values break alphabetically.
        p->values = firstSeen.keys();
        p->values.sort();
        std::vector<int> rank(size_t(firstSeen.size()));
        for (int v = 0; v < p->values.size(); ++v)
            rank[size_t(firstSeen.value(p->values.at(v)))] = v;
        for (int &v : p->valueOf)
            v = rank[size_t(v)];
    }
    return *p;
}

const std::vector<int> &ClusterState::spreadCounts(Internal::Partition &p, int groupId) const
{
    if (groupId < 0) {
        auto &zeros = p.counts[-1];
        zeros.assign(size_t(p.values.size()), 0);
        return zeros;
    }
    const auto it = p.counts.find(groupId);
    if (it != p.counts.end())
        return it->second;
    std::vector<int> counts(size_t(p.values.size()), 0);
    for (int slot : m_groupTasks[size_t(groupId)]) {
        const int instance = m_tasks[size_t(slot)].task.instance;
        if (instance >= 0)
            ++counts[size_t(p.valueOf[size_t(instance)])];
    }
    return p.counts.emplace(groupId, std::move(counts)).first->second;
}

Internal::PlacementIndex &ClusterState::index(Strategy::Field field, const QString &attribute,
                                              const QList<const MemberOfConstraint *> &filters)
    const
{
    QStringList texts;
    for (const MemberOfConstraint *c : filters)
        texts << c->expression;
    texts.sort();
    const QString key = QString::number(int(field)) + u'\x1f' + attribute + u'\x1f'
                        + texts.join(u'\x1f');
    std::shared_ptr<Internal::PlacementIndex> &ix = m_caches->indexes[key];
    if (!ix) {
        std::vector<Internal::ConstraintCache *> caches;
        for (const MemberOfConstraint *c : filters)
            caches.push_back(&constraintCache(*c));
        ix = std::make_shared<Internal::PlacementIndex>(
            field, attribute.isEmpty() ? nullptr : &partition(attribute), std::move(caches));
    }
    ix->sync(*this);
    return *ix;
}

} // namespace Berth::Engine

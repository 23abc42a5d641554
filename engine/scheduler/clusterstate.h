#pragma once

#include "engine/scheduler/hostport.h"
#include "engine/scheduler/strategy.h"

#include "model/cluster.h"
#include "model/query/instancefacts.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Berth::Engine {

struct MemberOfConstraint;
struct TaskRequirements;

namespace Internal {
class ConstraintCache;
class PlacementIndex;
struct Partition;
struct StateCaches;
} // namespace Internal

/// The scheduler's view of one cluster: its container instances with registered and
/// remaining CPU and memory, the host ports each task holds, ENIs, attributes and status,
/// the tasks running there with their groups, and the cluster's Fargate capacity.
///
/// A plain value: copying it gives an independent state (what-if simulations copy it). It
/// keeps indexes for the placer, built on first use and kept up to date as tasks come and go;
/// since even const calls may build them, one state belongs to one thread at a time.
class ClusterState
{
public:
    static constexpr int kMaxReservedPorts = 100;
    /// ENI capacity assumed for an instance type missing from the catalog.
    static constexpr int kAssumedAwsvpcTaskLimit = 2;
    /// TCP ports ECS reserves on every instance: 22, 2375, 2376, 51678, 51679, 51680. They
    /// count toward the 100 reserved ports.
    static const QList<int> &defaultReservedPorts();

    /// One container instance. remaining* and enisUsed change as tasks are placed.
    struct Instance
    {
        QString name;
        QString ec2InstanceId;
        QString address;
        QString instanceType;
        Model::ContainerInstance::Status status = Model::ContainerInstance::Status::Active;
        int registeredCpu = 0;
        int registeredMemory = 0;
        int remainingCpu = 0;
        int remainingMemory = 0;
        int eniLimit = 0;             ///< awsvpc tasks it can hold (its ENIs less the primary)
        bool eniLimitAssumed = false; ///< the type is not in the catalog
        int enisUsed = 0;
        int reservedPorts = 0;        ///< the default reserved ports plus tasks' static ports
        /// What memberOf expressions see; runningTasksCount and taskGroups follow the tasks.
        Model::Query::InstanceFacts facts;

        bool isActive() const { return status == Model::ContainerInstance::Status::Active; }
    };

    /// A host port in use. task is empty for the ports ECS reserves on every instance.
    struct PortUse
    {
        HostPort port;
        QString task;
    };

    struct Task
    {
        QString id;
        QString group;
        int instance = -1; ///< -1 for a Fargate task
        int cpu = 0;
        int memory = 0;
        QList<HostPort> ports;
        bool usesEni = false;
        bool fargate = false;
    };

    explicit ClusterState(const QString &clusterName = {});
    ClusterState(const ClusterState &other);
    ClusterState &operator=(const ClusterState &other);
    ClusterState(ClusterState &&other) noexcept;
    ClusterState &operator=(ClusterState &&other) noexcept;
    ~ClusterState();

    /// The instances of a model cluster, in order, with addresses 127.77.C.I.
    static ClusterState fromCluster(const Model::Cluster &cluster, int clusterIndex);

    QString clusterName() const { return m_clusterName; }

    /// Adds an instance with nothing running on it; returns its index.
    int addInstance(const Model::ContainerInstance &instance, const QString &address = {});
    /// Adds an instance registered like an existing one (type, capacity, attributes),
    /// with nothing running on it: what-if "one more instance". Returns its index.
    int addInstanceLike(int index, const QString &name);
    int instanceCount() const { return int(m_instances.size()); }
    const Instance &instance(int index) const { return m_instances[size_t(index)]; }
    /// The index of the instance with that name, or -1.
    int indexOf(const QString &name) const { return m_instanceIndex.value(name, -1); }
    void setStatus(int index, Model::ContainerInstance::Status status);

    void setFargate(const Model::FargateCapacity &capacity) { m_fargate = capacity; }
    Model::FargateCapacity fargate() const { return m_fargate; }
    int fargateTaskCount() const { return m_fargateTasks; }
    /// Enabled and, when a quota is set, under it.
    bool fargateHasRoom() const;

    /// Records a task on an instance (or on Fargate, instance -1) and reserves what it
    /// needs. It does not check that the task fits: the placer does that, and an observed
    /// state may be over-committed. False when the id is taken or the instance is unknown.
    bool addTask(const QString &id, const TaskRequirements &task, int instance);
    bool removeTask(const QString &id);
    const Task *task(const QString &id) const;
    int taskCount() const { return m_taskSlots.size(); }
    /// The tasks of a group (service:NAME, family:NAME), in the order they were added.
    QStringList tasksOfGroup(const QString &group) const;
    QStringList tasksOn(int instance) const;
    /// How many tasks of the group run on the instance.
    int groupCountOn(int instance, const QString &group) const;
    /// The first task of the group on the instance, or "".
    QString groupTaskOn(int instance, const QString &group) const;
    /// Ports in use on the instance, sorted by protocol then number.
    QList<PortUse> ports(int instance) const;
    /// The task holding the port, "" for a port ECS reserves; std::nullopt when it is free.
    std::optional<QString> portHolder(int instance, HostPort port) const;
    /// Evaluates a memberOf constraint against the instance as it is now (cached).
    bool satisfies(const MemberOfConstraint &constraint, int instance) const;

    // For the placer (engine/scheduler only).
    int groupId(const QString &group) const { return m_groupIds.value(group, -1); }
    int groupCountOn(int instance, int groupId) const;
    bool portFree(int instance, quint32 portKey) const;
    quint32 version(int instance) const { return m_versions[size_t(instance)]; }
    /// Instances whose tasks or status changed, oldest first; cleared when it grows long,
    /// and then the epoch changes.
    const std::vector<int> &changeLog() const { return m_changeLog; }
    quint64 changeLogEpoch() const { return m_changeLogEpoch; }
    Internal::ConstraintCache &constraintCache(const MemberOfConstraint &constraint) const;
    Internal::Partition &partition(const QString &attribute) const;
    /// Tasks of the group per value of the partition's attribute.
    const std::vector<int> &spreadCounts(Internal::Partition &partition, int groupId) const;
    Internal::PlacementIndex &index(Strategy::Field field, const QString &partitionAttribute,
                                    const QList<const MemberOfConstraint *> &filters) const;

private:
    struct TaskSlot
    {
        Task task;
        int groupId = -1;
        bool alive = false;
    };

    int appendInstance(Instance instance);
    int internGroup(const QString &group);
    void touch(int instance);
    void countSpread(int instance, int groupId, int delta);

    QString m_clusterName;
    std::vector<Instance> m_instances;
    QHash<QString, int> m_instanceIndex;
    // Per instance: (port key, task slot or -1 for a reserved port), sorted by key.
    std::vector<std::vector<std::pair<quint32, int>>> m_ports;
    // Per instance: (group id, task count).
    std::vector<std::vector<std::pair<int, int>>> m_groupCounts;
    std::vector<std::vector<int>> m_instanceTasks;
    std::vector<quint32> m_versions;
    std::vector<TaskSlot> m_tasks;
    QHash<QString, int> m_taskSlots;
    QHash<QString, int> m_groupIds;
    std::vector<std::vector<int>> m_groupTasks;
    std::vector<int> m_changeLog;
    quint64 m_changeLogEpoch = 0;
    Model::FargateCapacity m_fargate;
    int m_fargateTasks = 0;
    std::unique_ptr<Internal::StateCaches> m_caches;
};

} // namespace Berth::Engine

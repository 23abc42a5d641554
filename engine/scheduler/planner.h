#pragma once

#include "engine/scheduler/clusterstate.h"
#include "engine/scheduler/explanation.h"
#include "engine/scheduler/placer.h"
#include "engine/scheduler/plan.h"
#include "engine/scheduler/serviceplacement.h"

#include "model/projectdata.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

namespace Berth::Engine {

/// Plans a whole project: every cluster's instances (addresses 127.77.C.I), then each
/// service's tasks, DAEMON services first (one task on each instance that satisfies their
/// constraints), then REPLICA services in project order, one task at a time, each seeing
/// the ones before. Fargate tasks get their own ENI address (127.78.X.Y) and no instance.
/// Then the rolling-deployment preflight of every service on the planned state.
///
/// Planning is a pure function of the project and the seed. Explanations are not computed
/// while planning; explain() replays the plan up to one decision and explains it.
class Planner
{
public:
    explicit Planner(const Model::ProjectData &project, quint64 seed = 0);

    /// Plans; the states after planning are then available.
    Plan plan();
    /// Each cluster's state after plan(), in project order.
    const std::vector<ClusterState> &states() const { return m_states; }

    /// The instances x rules table of a service's task number taskIndex (0-based) as the
    /// scheduler saw it, whether it was placed or not. std::nullopt when the service does
    /// not exist, runs on Fargate, has no such task, or cannot be resolved.
    std::optional<Explanation> explain(const QString &service, int taskIndex) const;

private:
    struct StopAt
    {
        QString service;
        int task = 0;
        std::optional<Explanation> explanation;
    };

    Plan run(StopAt *stop);
    ServicePlan planService(const Model::Service &service, StopAt *stop);
    void planDaemon(const Model::Service &service, const TaskRequirements &task,
                    int cluster, ServicePlan &out, StopAt *stop);
    // REPLICA and Fargate tasks.
    void planReplicas(const Model::Service &service, const TaskRequirements &task,
                      int cluster, ServicePlan &out, StopAt *stop);
    // REPLICA tasks under a capacity provider strategy (out.capacityProviderStrategy).
    void planOnProviders(const Model::Service &service, const TaskRequirements &task, int cluster,
                         ServicePlan &out, StopAt *stop);
    /// Adds the next instance of a provider's group to the cluster's state when managed
    /// scaling would launch one the task fits on; its index, or -1.
    int grow(int cluster, const QString &provider, const TaskRequirements *task);
    /// The instances managed scaling adds beyond those with tasks to keep each group at its
    /// target capacity (ceil(M x 100 / targetCapacity)).
    void addSpareInstances();
    PlannedTask planned(const ServicePlacement::Placed &placed, const TaskRequirements &task,
                        const ClusterState &state);

    Model::ProjectData m_project;
    quint64 m_seed = 0;
    std::vector<ClusterState> m_states; // never reallocated while placers refer to them
    std::vector<std::unique_ptr<Placer>> m_placers;
    int m_enis = 0; // task ENIs handed out, for 127.78.X.Y
    std::vector<QHash<QString, QString>> m_providerOf; // per cluster: instance -> provider
    QHash<QString, int> m_launched;                    // "cluster/provider" -> ordinals used
    QSet<QString> m_grown;                             // "cluster/instance" scaling launches
};

} // namespace Berth::Engine

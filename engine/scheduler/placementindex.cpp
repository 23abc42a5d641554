#include "engine/scheduler/placementindex.h"

#include "engine/scheduler/clusterstate.h"
#include "engine/scheduler/constraintcache.h"
#include "engine/scheduler/partition.h"

#include <algorithm>

namespace Berth::Engine::Internal {

PlacementIndex::PlacementIndex(Strategy::Field field, Partition *partition,
                               std::vector<ConstraintCache *> filters)
    : m_field(field)
    , m_partition(partition)
    , m_filters(std::move(filters))
{
}

void PlacementIndex::sync(const ClusterState &state)
{
    const std::vector<int> &log = state.changeLog();
    if (m_epoch != state.changeLogEpoch() || m_in.size() != size_t(state.instanceCount())) {
        build(state);
        return;
    }
    for (; m_seen < log.size(); ++m_seen) {
        const int instance = log[m_seen];
        remove(instance);
        insert(state, instance);
    }
}

void PlacementIndex::build(const ClusterState &state)
{
    const int count = state.instanceCount();
    m_buckets.assign(m_partition ? std::max<size_t>(1, size_t(m_partition->values.size())) : 1,
                     Buckets());
    m_keys.assign(size_t(count), 0);
    m_in.assign(size_t(count), 0);
    for (int i = 0; i < count; ++i)
        insert(state, i);
    m_seen = state.changeLog().size();
    m_epoch = state.changeLogEpoch();
}

int PlacementIndex::keyOf(const ClusterState &state, int instance) const
{
    const ClusterState::Instance &in = state.instance(instance);
    switch (m_field) {
    case Strategy::Field::Cpu:
        return in.remainingCpu;
    case Strategy::Field::Memory:
        return in.remainingMemory;
    default:
        return 0;
    }
}

void PlacementIndex::insert(const ClusterState &state, int instance)
{
    if (!state.instance(instance).isActive())
        return;
    for (ConstraintCache *filter : m_filters) {
        if (!filter->value(state, instance))
            return;
    }
    const int key = keyOf(state, instance);
    const size_t value = m_partition ? size_t(m_partition->valueOf[size_t(instance)]) : 0;
    Bucket &bucket = m_buckets[value][key];
    bucket.insert(std::lower_bound(bucket.begin(), bucket.end(), instance), instance);
    m_keys[size_t(instance)] = key;
    m_in[size_t(instance)] = 1;
}

void PlacementIndex::remove(int instance)
{
    if (!m_in[size_t(instance)])
        return;
    const size_t value = m_partition ? size_t(m_partition->valueOf[size_t(instance)]) : 0;
    Buckets &buckets = m_buckets[value];
    const auto it = buckets.find(m_keys[size_t(instance)]);
    if (it != buckets.end()) {
        Bucket &bucket = it->second;
        const auto pos = std::lower_bound(bucket.begin(), bucket.end(), instance);
        if (pos != bucket.end() && *pos == instance)
            bucket.erase(pos);
        if (bucket.empty())
            buckets.erase(it);
    }
    m_in[size_t(instance)] = 0;
}

} // namespace Berth::Engine::Internal

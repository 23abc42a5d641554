#pragma once

#include "engine/scheduler/strategy.h"

#include <map>
#include <vector>

namespace Berth::Engine {
class ClusterState;
}

namespace Berth::Engine::Internal {

class ConstraintCache;
struct Partition;

/// The ACTIVE instances that pass a set of static memberOf expressions, split by the value
/// of one attribute (or not split) and, within a value, bucketed by remaining CPU or memory
/// (or one bucket). The placer walks buckets upward from what a task needs instead of
/// scanning every instance. The index follows the state's change log lazily.
class PlacementIndex
{
public:
    using Bucket = std::vector<int>;       // instance indexes, ascending
    using Buckets = std::map<int, Bucket>; // by remaining resource, ascending

    PlacementIndex(Strategy::Field field, Partition *partition,
                   std::vector<ConstraintCache *> filters);

    /// Brings the index up to date with the state's change log.
    void sync(const ClusterState &state);
    int valueCount() const { return int(m_buckets.size()); }
    const Buckets &buckets(int value) const { return m_buckets[size_t(value)]; }
    Strategy::Field field() const { return m_field; }

private:
    void build(const ClusterState &state);
    void insert(const ClusterState &state, int instance);
    void remove(int instance);
    int keyOf(const ClusterState &state, int instance) const;

    Strategy::Field m_field;
    Partition *m_partition;
    std::vector<ConstraintCache *> m_filters;
    std::vector<Buckets> m_buckets;
    std::vector<int> m_keys;   // per instance: its bucket key
    std::vector<char> m_in;    // per instance: in the index
    size_t m_seen = 0;         // change log entries applied
    quint64 m_epoch = ~0ull;   // the change log epoch m_seen refers to
};

} // namespace Berth::Engine::Internal

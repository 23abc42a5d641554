#include "engine/scheduler/placer.h"

#include "engine/enginelog.h"
#include "engine/scheduler/constraintcache.h"
#include "engine/scheduler/partition.h"
#include "engine/scheduler/placementindex.h"

#include <algorithm>
#include <array>

namespace Berth::Engine {

namespace {
constexpr int kMaxStrategies = 8; // ECS accepts five

using Key = std::array<qint64, kMaxStrategies>;

// Where a group's scan of an attribute value starts: after its last pick there. Only a
// hint (a collision costs time, never correctness), so a plain number serves as the key.
int cursorKey(int groupId, int value)
{
    return groupId * 4099 + value;
}
} // namespace

struct Placer::Prepared
{
    const TaskRequirements *task = nullptr;
    int groupId = -1; // -1 while the group has no task in this state
    int strategies = 0;
    std::vector<Internal::ConstraintCache *> constraints;
    QList<const MemberOfConstraint *> staticFilters;
    std::array<Internal::Partition *, kMaxStrategies> partitions{};
    std::array<const std::vector<int> *, kMaxStrategies> spreadCounts{};
    bool randomTies = false;
};

struct Placer::Best
{
    std::vector<int> ties;
    Key key{};
    int restFrom = 0;
    bool found = false;
};

Placer::Placer(ClusterState &state, quint64 seed)
    : m_state(state)
    , m_random(quint32(seed ^ (seed >> 32)))
{
}

Placer::Prepared Placer::prepare(const TaskRequirements &task) const
{
    Prepared p;
    p.task = &task;
    p.groupId = m_state.groupId(task.group);
    for (const MemberOfConstraint &c : task.memberOf) {
        p.constraints.push_back(&m_state.constraintCache(c));
        if (!c.dynamic)
            p.staticFilters.append(&c);
    }
    p.strategies = std::min<int>(int(task.strategies.size()), kMaxStrategies);
    for (int s = 0; s < p.strategies; ++s) {
        const Strategy &strategy = task.strategies.at(s);
        if (strategy.isSpreadAttribute()) {
            p.partitions[size_t(s)] = &m_state.partition(strategy.attribute());
            p.spreadCounts[size_t(s)] = &m_state.spreadCounts(*p.partitions[size_t(s)],
                                                              p.groupId);
        }
        // random only breaks ties, so whatever follows it never matters
        if (strategy.type() == Strategy::Type::Random) {
            p.randomTies = true;
            p.strategies = s;
            break;
        }
    }
    return p;
}

bool Placer::fits(const TaskRequirements &task, int instance) const
{
    if (!task.canBePlaced() || task.fargate)
        return false;
    return fits(prepare(task), instance);
}

bool Placer::fits(const Prepared &p, int instance) const
{
    const ClusterState::Instance &in = m_state.instance(instance);
    const TaskRequirements &t = *p.task;
    if (!in.isActive() || in.remainingCpu < t.cpu || in.remainingMemory < t.memory)
        return false;
    if (t.usesEni) {
        if (in.enisUsed >= in.eniLimit)
            return false;
    } else if (!t.hostPorts.isEmpty()) {
        if (in.reservedPorts + t.hostPorts.size() > ClusterState::kMaxReservedPorts)
            return false;
        for (const HostPort &port : t.hostPorts) {
            if (!m_state.portFree(instance, port.key()))
                return false;
        }
    }
    if (t.distinctInstance && p.groupId >= 0 && m_state.groupCountOn(instance, p.groupId) > 0)
        return false;
    for (Internal::ConstraintCache *c : p.constraints) {
        if (!c->value(m_state, instance))
            return false;
    }
    return true;
}

qint64 Placer::keyOf(const Prepared &p, int s, int instance) const
{
    const Strategy &strategy = p.task->strategies.at(s);
    const ClusterState::Instance &in = m_state.instance(instance);
    switch (strategy.type()) {
    case Strategy::Type::Binpack:
        return strategy.field() == Strategy::Field::Cpu ? in.remainingCpu : in.remainingMemory;
    case Strategy::Type::Spread:
        if (strategy.isSpreadInstances())
            return p.groupId < 0 ? 0 : m_state.groupCountOn(instance, p.groupId);
        return (*p.spreadCounts[size_t(s)])[size_t(
            p.partitions[size_t(s)]->valueOf[size_t(instance)])];
    case Strategy::Type::Random:
        break;
    }
    return 0;
}

qint64 Placer::minimalKey(const Prepared &p, int s) const
{
    const Strategy &strategy = p.task->strategies.at(s);
    if (strategy.isBinpack())
        return strategy.field() == Strategy::Field::Cpu ? p.task->cpu : p.task->memory;
    if (strategy.isSpreadAttribute()) {
        const std::vector<int> &counts = *p.spreadCounts[size_t(s)];
        return counts.empty() ? 0 : *std::min_element(counts.begin(), counts.end());
    }
    return 0;
}

void Placer::scan(const Prepared &p, const std::vector<int> &bucket, int first, Best &best,
                  bool countZeroOnly) const
{
    const size_t n = bucket.size();
    if (n == 0)
        return;
    Key minimal{};
    for (int s = best.restFrom; s < p.strategies; ++s)
        minimal[size_t(s)] = minimalKey(p, s);
    const size_t start = size_t(std::lower_bound(bucket.begin(), bucket.end(), first)
                                - bucket.begin());
    for (size_t k = 0; k < n; ++k) {
        const int instance = bucket[(start + k) % n];
        if (countZeroOnly && p.groupId >= 0 && m_state.groupCountOn(instance, p.groupId) > 0)
            continue;
        if (!fits(p, instance))
            continue;
        Key key{};
        for (int s = best.restFrom; s < p.strategies; ++s)
            key[size_t(s)] = keyOf(p, s, instance);
        if (!best.found || key < best.key) {
            best.key = key;
            best.ties.assign(1, instance);
            best.found = true;
        } else if (key == best.key) {
            best.ties.push_back(instance);
        }
        if (!p.randomTies && best.key == minimal)
            return; // nothing can beat it; ties are equally good
    }
}

int Placer::pick(const Prepared &p, Best &best)
{
    if (!best.found)
        return -1;
    if (p.randomTies && best.ties.size() > 1)
        return best.ties[size_t(m_random.bounded(quint32(best.ties.size())))];
    return best.ties.front();
}

int Placer::choose(const TaskRequirements &task)
{
    if (!task.canBePlaced() || task.fargate || m_state.instanceCount() == 0)
        return -1;
    const Prepared p = prepare(task);
    const QList<Strategy> &chain = task.strategies;
    if (p.strategies == 0)
        return p.randomTies ? chooseRandom(p) : chooseScanning(p, 0);
    const Strategy &first = chain.first();
    if (first.isSpreadInstances()) {
        if (p.strategies > 1 && chain.at(1).isBinpack())
            return chooseSpreadThenBinpack(p);
        return chooseScanning(p, 0);
    }
    int binpackAt = -1;
    int spreadAt = -1;
    if (first.isBinpack()) {
        binpackAt = 0;
        if (p.strategies > 1 && chain.at(1).isSpreadAttribute())
            spreadAt = 1;
    } else {
        spreadAt = 0;
        if (p.strategies > 1 && chain.at(1).isBinpack())
            binpackAt = 1;
    }
    return chooseIndexed(p, binpackAt, spreadAt);
}

int Placer::chooseIndexed(const Prepared &p, int binpackAt, int spreadAt)
{
    const TaskRequirements &t = *p.task;
    const Strategy::Field field = binpackAt >= 0 ? t.strategies.at(binpackAt).field()
                                                 : Strategy::Field::None;
    const int need = field == Strategy::Field::Cpu      ? t.cpu
                     : field == Strategy::Field::Memory ? t.memory
                                                        : 0;
    const QString attribute = spreadAt >= 0 ? t.strategies.at(spreadAt).attribute() : QString();
    Internal::PlacementIndex &index = m_state.index(field, attribute, p.staticFilters);
    const std::vector<int> *counts = spreadAt >= 0 ? p.spreadCounts[size_t(spreadAt)] : nullptr;
    const int restFrom = (binpackAt >= 0) + (spreadAt >= 0);

    std::vector<int> values(size_t(index.valueCount()));
    for (int v = 0; v < index.valueCount(); ++v)
        values[size_t(v)] = v;
    if (spreadAt == 0) {
        std::stable_sort(values.begin(), values.end(),
                         [counts](int a, int b) { return (*counts)[a] < (*counts)[b]; });
    }
    struct Found
    {
        int value;
        int bucketKey;
        Best best;
    };
    std::vector<Found> found;
    std::optional<int> lowestKey;
    for (int v : values) {
        if (spreadAt == 0 && !found.empty()
            && (*counts)[size_t(v)] > (*counts)[size_t(found.front().value)])
            break;
        const Internal::PlacementIndex::Buckets &buckets = index.buckets(v);
        const int first = m_lastInstance.value(cursorKey(p.groupId, v), -1) + 1;
        for (auto it = buckets.lower_bound(need); it != buckets.end(); ++it) {
            if (binpackAt == 0 && lowestKey && it->first > *lowestKey)
                break; // binpack comes first: a fuller instance elsewhere already wins
            Best best;
            best.restFrom = restFrom;
            scan(p, it->second, first, best);
            if (best.found) {
                if (!lowestKey || it->first < *lowestKey)
                    lowestKey = it->first;
                found.push_back({v, it->first, std::move(best)});
                break;
            }
        }
    }
    if (found.empty())
        return -1;
    auto prefix = [&](const Found &f) {
        std::array<qint64, 2> k{};
        if (binpackAt >= 0)
            k[size_t(binpackAt)] = f.bucketKey;
        if (spreadAt >= 0)
            k[size_t(spreadAt)] = (*counts)[size_t(f.value)];
        return k;
    };
    std::array<qint64, 2> bestPrefix = prefix(found.front());
    for (const Found &f : found)
        bestPrefix = std::min(bestPrefix, prefix(f));
    Best merged;
    merged.restFrom = restFrom;
    for (Found &f : found) {
        if (prefix(f) != bestPrefix)
            continue;
        if (!merged.found || f.best.key < merged.key) {
            merged = std::move(f.best);
        } else if (f.best.key == merged.key) {
            merged.ties.insert(merged.ties.end(), f.best.ties.begin(), f.best.ties.end());
        }
    }
    const int instance = pick(p, merged);
    if (instance >= 0) {
        const int value = attribute.isEmpty()
                              ? 0
                              : p.partitions[size_t(spreadAt)]->valueOf[size_t(instance)];
        m_lastInstance.insert(cursorKey(p.groupId, value), instance);
    }
    return instance;
}

int Placer::chooseSpreadThenBinpack(const Prepared &p)
{
    const TaskRequirements &t = *p.task;
    const Strategy::Field field = t.strategies.at(1).field();
    const int need = field == Strategy::Field::Cpu ? t.cpu : t.memory;
    Internal::PlacementIndex &index = m_state.index(field, QString(), p.staticFilters);
    const int first = m_lastInstance.value(cursorKey(p.groupId, 0), -1) + 1;
    const Internal::PlacementIndex::Buckets &buckets = index.buckets(0);
    for (auto it = buckets.lower_bound(need); it != buckets.end(); ++it) {
        Best best;
        best.restFrom = 2;
        scan(p, it->second, first, best, true);
        if (best.found) {
            const int instance = pick(p, best);
            m_lastInstance.insert(cursorKey(p.groupId, 0), instance);
            return instance;
        }
    }
    return chooseScanning(p, 0); // every candidate already runs a task of the group
}

int Placer::chooseRandom(const Prepared &p)
{
    Internal::PlacementIndex &index = m_state.index(Strategy::Field::None, QString(),
                                                    p.staticFilters);
    const Internal::PlacementIndex::Buckets &buckets = index.buckets(0);
    if (buckets.empty())
        return -1;
    const std::vector<int> &all = buckets.begin()->second;
    Best best;
    best.restFrom = p.strategies;
    Prepared once = p;
    once.randomTies = false; // the random start already chose; take the first that fits
    scan(once, all, all[size_t(m_random.bounded(quint32(all.size())))], best);
    return pick(once, best);
}

int Placer::chooseScanning(const Prepared &p, int restFrom)
{
    Internal::PlacementIndex &index = m_state.index(Strategy::Field::None, QString(),
                                                    p.staticFilters);
    const Internal::PlacementIndex::Buckets &buckets = index.buckets(0);
    if (buckets.empty())
        return -1;
    Best best;
    best.restFrom = restFrom;
    const int first = m_lastInstance.value(cursorKey(p.groupId, 0), -1) + 1;
    scan(p, buckets.begin()->second, first, best);
    const int instance = pick(p, best);
    m_lastInstance.insert(cursorKey(p.groupId, 0), instance);
    return instance;
}

int Placer::place(const TaskRequirements &task, const QString &taskId)
{
    const int instance = choose(task);
    if (instance >= 0 && !m_state.addTask(taskId, task, instance)) {
        qCWarning(lcScheduler) << "task id" << taskId << "is already in use";
        return -1;
    }
    return instance;
}

bool Placer::placeOnFargate(const TaskRequirements &task, const QString &taskId)
{
    if (!task.fargate || !m_state.fargateHasRoom())
        return false;
    return m_state.addTask(taskId, task, -1);
}

} // namespace Berth::Engine

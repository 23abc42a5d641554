#include "engine/scheduler/constraintcache.h"

#include "engine/scheduler/clusterstate.h"

namespace Berth::Engine::Internal {

ConstraintCache::ConstraintCache(const Model::Query::Expression &expression, bool dynamic,
                                 int instances)
    : m_expression(expression)
    , m_dynamic(dynamic)
    , m_values(size_t(instances), qint8(-1))
    , m_versions(dynamic ? size_t(instances) : 0, 0)
{
}

bool ConstraintCache::value(const ClusterState &state, int instance)
{
    const size_t i = size_t(instance);
    if (m_dynamic) {
        const quint32 version = state.version(instance);
        if (m_versions[i] != version) {
            m_versions[i] = version;
            m_values[i] = -1;
        }
    }
    if (m_values[i] < 0)
        m_values[i] = m_expression.evaluate(state.instance(instance).facts) ? 1 : 0;
    return m_values[i] == 1;
}

} // namespace Berth::Engine::Internal

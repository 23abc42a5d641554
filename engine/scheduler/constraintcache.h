#pragma once

#include "model/query/expression.h"

#include <QtGlobal>

#include <vector>

namespace Berth::Engine {
class ClusterState;
}

namespace Berth::Engine::Internal {

/// The value of one memberOf expression per instance. A static expression (attributes,
/// ids, registeredAt, agent) is evaluated once per instance; a dynamic one (task:group,
/// runningTasksCount) again whenever the instance's tasks change.
class ConstraintCache
{
public:
    ConstraintCache(const Model::Query::Expression &expression, bool dynamic, int instances);

    bool isDynamic() const { return m_dynamic; }
    bool value(const ClusterState &state, int instance);

private:
    Model::Query::Expression m_expression;
    bool m_dynamic = false;
    std::vector<qint8> m_values; // -1: not evaluated yet
    std::vector<quint32> m_versions;
};

} // namespace Berth::Engine::Internal

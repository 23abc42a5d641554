#pragma once

#include "node.h"

#include <QString>

namespace Berth::Model::Query {

/// The value one node of an expression took for one instance, for the placement explainer.
struct SubResult
{
    Node::Kind kind = Node::Kind::Comparison;
    QString text; // the node's source text
    int offset = 0;
    int length = 0;
    bool value = false;
    int depth = 0; // 0 for the whole expression, +1 per enclosing not/and/or
};

} // namespace Berth::Model::Query

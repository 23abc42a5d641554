#include "node.h"

#include <utility>

namespace Berth::Model::Query {

Node::Node(Kind kind, int offset, int length) : m_kind(kind), m_offset(offset), m_length(length)
{
}

Node::Ptr Node::makeComparison(Comparison comparison, int offset, int length)
{
    auto node = std::shared_ptr<Node>(new Node(Kind::Comparison, offset, length));
    node->m_comparison = std::move(comparison);
    return node;
}

Node::Ptr Node::makeNot(Ptr operand, int offset, int length)
{
    auto node = std::shared_ptr<Node>(new Node(Kind::Not, offset, length));
    node->m_operands.append(std::move(operand));
    return node;
}

Node::Ptr Node::makeLogical(Kind kind, QList<Ptr> operands, int offset, int length)
{
    Q_ASSERT(kind == Kind::And || kind == Kind::Or);
    auto node = std::shared_ptr<Node>(new Node(kind, offset, length));
    node->m_operands = std::move(operands);
    return node;
}

} // namespace Berth::Model::Query

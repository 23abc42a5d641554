#pragma once

#include "comparison.h"

#include <QList>

#include <memory>

namespace Berth::Model::Query {

/// A node of a parsed expression: a comparison, or a not/and/or over other nodes. Nodes are
/// immutable and shared; offset and length give the source text the node was parsed from
/// (a compound includes the parentheses around its first and last operands).
class Node final
{
public:
    enum class Kind { Comparison, Not, And, Or };
    using Ptr = std::shared_ptr<const Node>;

    static Ptr makeComparison(Comparison comparison, int offset, int length);
    static Ptr makeNot(Ptr operand, int offset, int length);
    /// kind is And or Or; a chain `a and b and c` is one node with three operands.
    static Ptr makeLogical(Kind kind, QList<Ptr> operands, int offset, int length);

    Kind kind() const { return m_kind; }
    int offset() const { return m_offset; }
    int length() const { return m_length; }
    /// Only meaningful for Kind::Comparison.
    const Comparison &comparison() const { return m_comparison; }
    /// One operand for Not, two or more for And and Or, none for a comparison.
    const QList<Ptr> &operands() const { return m_operands; }

private:
    Node(Kind kind, int offset, int length);

    Kind m_kind;
    int m_offset;
    int m_length;
    Comparison m_comparison;
    QList<Ptr> m_operands;
};

} // namespace Berth::Model::Query

#pragma once

#include "instancefacts.h"
#include "node.h"
#include "subresult.h"

#include <QList>
#include <QString>

namespace Berth::Model::Query::Internal {

/// Evaluates parsed expressions against one instance's facts.
///
/// Negated operators (!=, !exists, !in, !~) are exactly the negation of their positive
/// forms, so whatever makes `==` false (a missing attribute, an unreadable agent version)
/// makes `!=` true. task:group is a set: ==, in and =~ ask whether any running task's group
/// matches. Attributes order numerically when both sides are numbers, else as strings.
class Evaluator
{
public:
    explicit Evaluator(const InstanceFacts &facts);

    bool evaluate(const Node &node) const;
    /// Every node in pre-order (a compound before its operands), all evaluated, no
    /// short-circuit: the explainer shows every sub-expression's value.
    QList<SubResult> explain(const Node &root, const QString &source) const;

private:
    bool explainInto(const Node &node, const QString &source, int depth,
                     QList<SubResult> &results) const;
    bool compare(const Comparison &comparison) const;
    bool comparePositive(const Comparison &comparison, ComparisonOperator op) const;
    bool compareAttribute(const Comparison &comparison, ComparisonOperator op) const;
    bool compareAgentVersion(const Comparison &comparison, ComparisonOperator op) const;
    bool compareRegisteredAt(const Comparison &comparison, ComparisonOperator op) const;

    const InstanceFacts &m_facts;
};

} // namespace Berth::Model::Query::Internal

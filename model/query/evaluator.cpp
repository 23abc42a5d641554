#include "evaluator.h"

#include "valueparser.h"

#include <algorithm>

namespace Berth::Model::Query::Internal {

namespace {

template <typename T> int threeWay(const T &left, const T &right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}

// op is a positive operator; order is the fact compared with the argument.
bool ordered(ComparisonOperator op, int order)
{
    switch (op) {
    case ComparisonOperator::Equals:
        return order == 0;
    case ComparisonOperator::GreaterThan:
        return order > 0;
    case ComparisonOperator::GreaterThanEqual:
        return order >= 0;
    case ComparisonOperator::LessThan:
        return order < 0;
    case ComparisonOperator::LessThanEqual:
        return order <= 0;
    default:
        return false;
    }
}

// ==, in and =~ on one string value.
bool matchesString(const Comparison &comparison, ComparisonOperator op, const QString &value)
{
    if (op == ComparisonOperator::Matches)
        return comparison.regex.match(value).hasMatch();
    return std::any_of(comparison.arguments.cbegin(), comparison.arguments.cend(),
                       [&value](const Argument &argument) { return argument.value == value; });
}

int compareAttributeValues(const QString &fact, const QString &argument)
{
    bool factIsNumber = false;
    bool argumentIsNumber = false;
    const double factNumber = fact.toDouble(&factIsNumber);
    const double argumentNumber = argument.toDouble(&argumentIsNumber);
    if (factIsNumber && argumentIsNumber)
        return threeWay(factNumber, argumentNumber);
    return threeWay(QString::compare(fact, argument), 0);
}

} // namespace

Evaluator::Evaluator(const InstanceFacts &facts) : m_facts(facts)
{
}

bool Evaluator::evaluate(const Node &node) const
{
    const QList<Node::Ptr> &operands = node.operands();
    switch (node.kind()) {
    case Node::Kind::Comparison:
        return compare(node.comparison());
    case Node::Kind::Not:
        return !evaluate(*operands.constFirst());
    case Node::Kind::And:
        return std::all_of(operands.cbegin(), operands.cend(),
                           [this](const Node::Ptr &operand) { return evaluate(*operand); });
    case Node::Kind::Or:
        return std::any_of(operands.cbegin(), operands.cend(),
                           [this](const Node::Ptr &operand) { return evaluate(*operand); });
    }
    return false;
}

QList<SubResult> Evaluator::explain(const Node &root, const QString &source) const
{
    QList<SubResult> results;
    explainInto(root, source, 0, results);
    return results;
}

bool Evaluator::explainInto(const Node &node, const QString &source, int depth,
                            QList<SubResult> &results) const
{
    const qsizetype index = results.size();
    results.append(SubResult{node.kind(), source.mid(node.offset(), node.length()), node.offset(),
                             node.length(), false, depth});
    bool value = false;
    switch (node.kind()) {
    case Node::Kind::Comparison:
        value = compare(node.comparison());
        break;
    case Node::Kind::Not:
        value = !explainInto(*node.operands().constFirst(), source, depth + 1, results);
        break;
    case Node::Kind::And:
        value = true;
        for (const Node::Ptr &operand : node.operands())
            value = explainInto(*operand, source, depth + 1, results) && value;
        break;
    case Node::Kind::Or:
        for (const Node::Ptr &operand : node.operands())
            value = explainInto(*operand, source, depth + 1, results) || value;
        break;
    }
    results[index].value = value;
    return value;
}

bool Evaluator::compare(const Comparison &comparison) const
{
    const bool result = comparePositive(comparison, positiveOf(comparison.op));
    return isNegated(comparison.op) ? !result : result;
}

bool Evaluator::comparePositive(const Comparison &comparison, ComparisonOperator op) const
{
    switch (comparison.subject.kind) {
    case SubjectKind::AgentConnected:
        if (op == ComparisonOperator::Matches) {
            return matchesString(comparison, op,
                                 m_facts.agentConnected ? QStringLiteral("true")
                                                        : QStringLiteral("false"));
        }
        return std::any_of(comparison.arguments.cbegin(), comparison.arguments.cend(),
                           [this](const Argument &argument) {
                               return argument.boolean == m_facts.agentConnected;
                           });
    case SubjectKind::AgentVersion:
        return compareAgentVersion(comparison, op);
    case SubjectKind::Attribute:
        return compareAttribute(comparison, op);
    case SubjectKind::Ec2InstanceId:
        return matchesString(comparison, op, m_facts.ec2InstanceId);
    case SubjectKind::RegisteredAt:
        return compareRegisteredAt(comparison, op);
    case SubjectKind::RunningTasksCount:
        return ordered(op, threeWay(qint64(m_facts.runningTasksCount),
                                    comparison.arguments.constFirst().number));
    case SubjectKind::TaskGroup:
        if (op == ComparisonOperator::Exists)
            return !m_facts.taskGroups.isEmpty();
        return std::any_of(m_facts.taskGroups.cbegin(), m_facts.taskGroups.cend(),
                           [&comparison, op](const QString &group) {
                               return matchesString(comparison, op, group);
                           });
    }
    return false;
}

bool Evaluator::compareAttribute(const Comparison &comparison, ComparisonOperator op) const
{
    const auto it = m_facts.attributes.constFind(comparison.subject.attributeName);
    if (it == m_facts.attributes.cend())
        return false;
    if (op == ComparisonOperator::Exists)
        return true;
    if (op == ComparisonOperator::Equals || op == ComparisonOperator::In ||
        op == ComparisonOperator::Matches) {
        return matchesString(comparison, op, it.value());
    }
    const QString &argument = comparison.arguments.constFirst().value;
    return ordered(op, compareAttributeValues(it.value(), argument));
}

bool Evaluator::compareAgentVersion(const Comparison &comparison, ComparisonOperator op) const
{
    const QVersionNumber version = ValueParser::parseVersion(m_facts.agentVersion, true);
    if (version.isNull())
        return false;
    const QVersionNumber &argument = comparison.arguments.constFirst().version;
    return ordered(op, QVersionNumber::compare(version, argument));
}

bool Evaluator::compareRegisteredAt(const Comparison &comparison, ComparisonOperator op) const
{
    if (!m_facts.registeredAt.isValid())
        return false;
    const QDateTime registered = m_facts.registeredAt.toUTC();
    const Argument &argument = comparison.arguments.constFirst();
    if (argument.dateOnly)
        return ordered(op, threeWay(registered.date(), argument.dateTime.date()));
    // The formats ECS accepts stop at seconds.
    return ordered(op,
                   threeWay(registered.toSecsSinceEpoch(), argument.dateTime.toSecsSinceEpoch()));
}

} // namespace Berth::Model::Query::Internal

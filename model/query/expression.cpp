#include "expression.h"

#include "evaluator.h"
#include "parser.h"
#include "parseresult.h"

#include <utility>

namespace Berth::Model::Query {

Expression::Expression(const QString &text, Node::Ptr root) : m_text(text), m_root(std::move(root))
{
}

ParseResult Expression::parse(const QString &text)
{
    Internal::Parser parser(text);
    Node::Ptr root = parser.parse();
    if (!root)
        return ParseResult(*parser.error(), parser.tokens());
    return ParseResult(Expression(text, std::move(root)), parser.tokens());
}

QList<Token> Expression::tokenize(const QString &text)
{
    return parse(text).tokens();
}

bool Expression::evaluate(const InstanceFacts &facts) const
{
    return m_root && Internal::Evaluator(facts).evaluate(*m_root);
}

QList<SubResult> Expression::explain(const InstanceFacts &facts) const
{
    if (!m_root)
        return {};
    return Internal::Evaluator(facts).explain(*m_root, m_text);
}

} // namespace Berth::Model::Query

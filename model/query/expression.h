#pragma once

#include "instancefacts.h"
#include "node.h"
#include "subresult.h"
#include "token.h"

#include <QList>
#include <QString>

namespace Berth::Model::Query {

class ParseResult;

/// A parsed cluster query language expression, as used by memberOf placement constraints:
/// `attribute:ecs.instance-type =~ t2.* and not(task:group == database)`.
///
/// Parse with Expression::parse() (include parseresult.h), then evaluate it against the facts
/// of each candidate container instance. Copies are cheap and share the immutable tree.
class Expression
{
public:
    /// A null expression: evaluate() is false and explain() empty.
    Expression() = default;

    static ParseResult parse(const QString &text);
    /// The tokens of text, also when it does not parse, for syntax highlighting.
    static QList<Token> tokenize(const QString &text);

    bool isNull() const { return !m_root; }
    QString text() const { return m_text; }
    Node::Ptr root() const { return m_root; }

    bool evaluate(const InstanceFacts &facts) const;
    /// The value of every sub-expression, the whole expression first, then each operand
    /// after its compound (pre-order).
    QList<SubResult> explain(const InstanceFacts &facts) const;

private:
    Expression(const QString &text, Node::Ptr root);

    QString m_text;
    Node::Ptr m_root;
};

} // namespace Berth::Model::Query

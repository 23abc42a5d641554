#pragma once

#include "expression.h"
#include "parseerror.h"
#include "token.h"

#include <QList>

#include <variant>

namespace Berth::Model::Query {

/// What Expression::parse() returns: the expression or why it does not parse, and in either
/// case the tokens.
class ParseResult
{
public:
    ParseResult(Expression expression, QList<Token> tokens);
    ParseResult(ParseError error, QList<Token> tokens);

    bool isValid() const { return std::holds_alternative<Expression>(m_result); }
    /// A null Expression when the text did not parse.
    Expression expression() const;
    /// An empty error when the text parsed.
    ParseError error() const;
    const QList<Token> &tokens() const { return m_tokens; }

private:
    std::variant<Expression, ParseError> m_result;
    QList<Token> m_tokens;
};

} // namespace Berth::Model::Query

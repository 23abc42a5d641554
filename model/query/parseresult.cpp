#include "parseresult.h"

#include <utility>

namespace Berth::Model::Query {

ParseResult::ParseResult(Expression expression, QList<Token> tokens)
    : m_result(std::move(expression)), m_tokens(std::move(tokens))
{
}

ParseResult::ParseResult(ParseError error, QList<Token> tokens)
    : m_result(std::move(error)), m_tokens(std::move(tokens))
{
}

Expression ParseResult::expression() const
{
    if (const auto *expression = std::get_if<Expression>(&m_result))
        return *expression;
    return {};
}

ParseError ParseResult::error() const
{
    if (const auto *error = std::get_if<ParseError>(&m_result))
        return *error;
    return {};
}

} // namespace Berth::Model::Query

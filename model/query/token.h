#pragma once

#include "comparisonoperator.h"

#include <QString>

namespace Berth::Model::Query {

/// Lexical category of a token: what the parser reads and what an editor colours.
enum class TokenKind {
    Subject,      ///< agentConnected, attribute:NAME, task:group, ...
    Operator,     ///< ==, equals, !exists, in, =~, ...
    And,          ///< && or and
    Or,           ///< || or or
    Not,          ///< ! or not
    Value,        ///< an unquoted argument such as us-east-1a or g2.*
    QuotedValue,  ///< 'c' or "c"
    LeftParen,    ///< (
    RightParen,   ///< )
    LeftBracket,  ///< [
    RightBracket, ///< ]
    Comma,        ///< ,
    Invalid,      ///< a stray '=', '&' or '|', or a quote that is never closed
};

/// One token with its place in the source, counted in UTF-16 code units.
struct Token
{
    TokenKind kind = TokenKind::Invalid;
    int offset = 0;
    int length = 0;
    QString text;                                       // the source slice, quotes included
    ComparisonOperator op = ComparisonOperator::Equals; // only for TokenKind::Operator
};

} // namespace Berth::Model::Query

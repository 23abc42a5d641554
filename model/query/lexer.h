#pragma once

#include "token.h"

#include <QList>
#include <QString>

namespace Berth::Model::Query::Internal {

/// Splits an expression into tokens without looking at grammar. Never fails: characters that
/// make no token become Invalid tokens for the parser to report.
class Lexer
{
public:
    static QList<Token> tokenize(const QString &text);
};

} // namespace Berth::Model::Query::Internal

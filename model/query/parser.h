#pragma once

#include "node.h"
#include "parseerror.h"
#include "token.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Berth::Model::Query::Internal {

/// Recursive descent over the lexer's tokens; precedence is not > and > or:
///   or         := and (('||' | 'or') and)*
///   and        := unary (('&&' | 'and') unary)*
///   unary      := ('!' | 'not') unary | primary
///   primary    := '(' or ')' | comparison
///   comparison := SUBJECT OPERATOR [value | '[' value (',' value)* ']']
/// It also checks what ECS would only check when placing a task: operators against subjects,
/// numbers, versions, dates, booleans and regular expressions.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Model::Query)

public:
    static constexpr int MaxLength = 2000; // the ECS API's limit for an expression
    static constexpr int MaxDepth = 100;   // nested parentheses and nots

    explicit Parser(const QString &text);

    /// The expression's root, or null with error() set.
    Node::Ptr parse();
    const std::optional<ParseError> &error() const { return m_error; }
    /// All tokens; subject names written as arguments are re-marked as values.
    const QList<Token> &tokens() const { return m_tokens; }

private:
    Node::Ptr parseOr(int depth);
    Node::Ptr parseAnd(int depth);
    Node::Ptr parseUnary(int depth);
    Node::Ptr parsePrimary(int depth);
    Node::Ptr parseComparison();
    bool parseSubject(const Token &token, Subject &subject);
    bool parseOperator(const Token &subjectToken, Comparison &comparison);
    bool parseSingleArgument(const Token &opToken, Comparison &comparison);
    bool parseList(const Token &opToken, Comparison &comparison);
    bool checkArguments(Comparison &comparison);
    bool checkRegex(Comparison &comparison);
    Argument takeArgument();
    bool checkDepth(int depth, const Token &token);

    const Token *current() const;
    const Token *previous() const;
    const Token *peek(int ahead) const;
    void advance() { ++m_position; }
    int lastEnd() const;

    void fail(int offset, int length, const QString &message);
    void failAt(const Token *found, const QString &message);
    void failInvalid(const Token &token);
    void failExpectedExpression(const Token *found);
    void failAtArgument(const Argument &argument, const QString &message);
    QString describe(const Token *token) const;

    QString m_text;
    QList<Token> m_tokens;
    qsizetype m_position = 0;
    std::optional<ParseError> m_error;
};

} // namespace Berth::Model::Query::Internal

#include "parser.h"

#include "lexer.h"
#include "valueparser.h"

#include <QStringList>

#include <utility>

namespace Berth::Model::Query::Internal {

namespace {

constexpr int MaxAttributeNameLength = 128; // ECS's limit for attribute names

bool isValueToken(const Token &token)
{
    // A subject name written as an argument is just a value there.
    return token.kind == TokenKind::Value || token.kind == TokenKind::QuotedValue ||
           token.kind == TokenKind::Subject;
}

bool isKeyword(const Token &token)
{
    return token.kind == TokenKind::And || token.kind == TokenKind::Or ||
           token.kind == TokenKind::Not || token.kind == TokenKind::Operator;
}

// "AND", "Not", "EQUALS": the lowercase keyword the user probably meant, if any.
QString lowercaseKeyword(const QString &word)
{
    const QString lower = word.toLower();
    if (lower == word)
        return {};
    if (lower == u"and" || lower == u"or" || lower == u"not" || operatorFromWord(lower))
        return lower;
    return {};
}

QString suggestedSubject(const QString &word)
{
    static const QLatin1String prefix("attribute:");
    if (word.startsWith(prefix, Qt::CaseInsensitive))
        return prefix + word.mid(prefix.size());
    for (SubjectKind kind :
         {SubjectKind::AgentConnected, SubjectKind::AgentVersion, SubjectKind::Ec2InstanceId,
          SubjectKind::RegisteredAt, SubjectKind::RunningTasksCount, SubjectKind::TaskGroup}) {
        if (word.compare(subjectName(kind), Qt::CaseInsensitive) == 0)
            return subjectName(kind);
    }
    return {};
}

QString quoted(const QString &text)
{
    constexpr int maxShown = 40;
    if (text.size() > maxShown)
        return u'\'' + text.left(maxShown - 3) + QStringLiteral("...'");
    return u'\'' + text + u'\'';
}

} // namespace

Parser::Parser(const QString &text) : m_text(text)
{
}

Node::Ptr Parser::parse()
{
    m_tokens = Lexer::tokenize(m_text);
    m_position = 0;
    m_error.reset();
    if (m_text.size() > MaxLength) {
        fail(MaxLength, int(m_text.size()) - MaxLength,
             tr("the expression has %1 characters; ECS accepts at most %2")
                 .arg(m_text.size())
                 .arg(MaxLength));
        return nullptr;
    }
    Node::Ptr root = parseOr(0);
    if (!root)
        return nullptr;
    if (const Token *extra = current()) {
        if (extra->kind == TokenKind::RightParen) {
            fail(extra->offset, extra->length, tr("found ')' without a matching '('"));
            return nullptr;
        }
        QString message = tr("expected 'and', 'or' or end of expression after %1, found %2")
                              .arg(describe(previous()), describe(extra));
        if (isValueToken(*extra) && previous()->kind == TokenKind::Value &&
            lowercaseKeyword(extra->text).isEmpty()) {
            message += tr("; quote values that contain spaces");
        }
        failAt(extra, message);
        return nullptr;
    }
    return root;
}

Node::Ptr Parser::parseOr(int depth)
{
    const int start = current() ? current()->offset : lastEnd();
    Node::Ptr first = parseAnd(depth);
    if (!first)
        return nullptr;
    QList<Node::Ptr> operands{first};
    while (current() && current()->kind == TokenKind::Or) {
        advance();
        Node::Ptr next = parseAnd(depth);
        if (!next)
            return nullptr;
        operands.append(std::move(next));
    }
    if (operands.size() == 1)
        return first;
    return Node::makeLogical(Node::Kind::Or, std::move(operands), start, lastEnd() - start);
}

Node::Ptr Parser::parseAnd(int depth)
{
    const int start = current() ? current()->offset : lastEnd();
    Node::Ptr first = parseUnary(depth);
    if (!first)
        return nullptr;
    QList<Node::Ptr> operands{first};
    while (current() && current()->kind == TokenKind::And) {
        advance();
        Node::Ptr next = parseUnary(depth);
        if (!next)
            return nullptr;
        operands.append(std::move(next));
    }
    if (operands.size() == 1)
        return first;
    return Node::makeLogical(Node::Kind::And, std::move(operands), start, lastEnd() - start);
}

Node::Ptr Parser::parseUnary(int depth)
{
    const Token *token = current();
    if (!token || token->kind != TokenKind::Not)
        return parsePrimary(depth);
    if (!checkDepth(depth, *token))
        return nullptr;
    const int start = token->offset;
    advance();
    Node::Ptr operand = parseUnary(depth + 1);
    if (!operand)
        return nullptr;
    return Node::makeNot(std::move(operand), start, lastEnd() - start);
}

Node::Ptr Parser::parsePrimary(int depth)
{
    const Token *token = current();
    if (!token || token->kind != TokenKind::LeftParen)
        return parseComparison();
    if (!checkDepth(depth, *token))
        return nullptr;
    const int openColumn = token->offset + 1;
    advance();
    Node::Ptr inner = parseOr(depth + 1);
    if (!inner)
        return nullptr;
    const Token *close = current();
    if (!close) {
        failAt(nullptr, tr("expected ')' to close the '(' at column %1, found end of expression")
                            .arg(openColumn));
        return nullptr;
    }
    if (close->kind != TokenKind::RightParen) {
        failAt(close, tr("expected 'and', 'or' or ')' after %1, found %2")
                          .arg(describe(previous()), describe(close)));
        return nullptr;
    }
    advance();
    return inner;
}

Node::Ptr Parser::parseComparison()
{
    if (!current() || current()->kind != TokenKind::Subject) {
        failExpectedExpression(current());
        return nullptr;
    }
    const Token subjectToken = *current();
    Comparison comparison;
    if (!parseSubject(subjectToken, comparison.subject))
        return nullptr;
    advance();
    if (!parseOperator(subjectToken, comparison))
        return nullptr;
    const Token opToken = *previous();
    if (!takesArgument(comparison.op)) {
        const Token *next = current();
        if (next && (next->kind == TokenKind::Value || next->kind == TokenKind::QuotedValue ||
                     next->kind == TokenKind::LeftBracket)) {
            fail(next->offset, next->length,
                 tr("'%1' takes no argument, found %2").arg(opToken.text, describe(next)));
            return nullptr;
        }
    } else if (takesList(comparison.op)) {
        if (!parseList(opToken, comparison))
            return nullptr;
    } else if (!parseSingleArgument(opToken, comparison)) {
        return nullptr;
    }
    if (!checkArguments(comparison))
        return nullptr;
    const int start = subjectToken.offset;
    return Node::makeComparison(std::move(comparison), start, lastEnd() - start);
}

bool Parser::parseSubject(const Token &token, Subject &subject)
{
    subject.kind = *subjectKindFromText(token.text);
    subject.offset = token.offset;
    subject.length = token.length;
    if (subject.kind != SubjectKind::Attribute)
        return true;
    const int prefixLength = int(subjectName(SubjectKind::Attribute).size());
    const int nameOffset = token.offset + prefixLength;
    subject.attributeName = token.text.mid(prefixLength);
    if (subject.attributeName.isEmpty()) {
        fail(token.offset, token.length, tr("expected an attribute name after 'attribute:'"));
        return false;
    }
    if (subject.attributeName.size() > MaxAttributeNameLength) {
        fail(nameOffset, int(subject.attributeName.size()),
             tr("an attribute name has at most %1 characters; this one has %2")
                 .arg(MaxAttributeNameLength)
                 .arg(subject.attributeName.size()));
        return false;
    }
    const qsizetype bad = ValueParser::invalidAttributeNameCharacter(subject.attributeName);
    if (bad >= 0) {
        fail(nameOffset + int(bad), 1,
             tr("'%1' cannot appear in an attribute name; names may contain letters, digits, "
                "'-', '_', '.', '/' and '\\'")
                 .arg(subject.attributeName.at(bad)));
        return false;
    }
    return true;
}

bool Parser::parseOperator(const Token &subjectToken, Comparison &comparison)
{
    const Token *token = current();
    if (!token || token->kind != TokenKind::Operator) {
        QString message = tr("expected an operator after %1, found %2")
                              .arg(quoted(subjectToken.text), describe(token));
        const Token *next = peek(1);
        if (token && token->kind == TokenKind::Not && token->text == u"!" && next &&
            next->kind == TokenKind::Operator &&
            (next->op == ComparisonOperator::Exists || next->op == ComparisonOperator::In)) {
            message += tr("; write '!%1' without a space").arg(next->text);
        }
        failAt(token, message);
        return false;
    }
    const SubjectKind subject = *subjectKindFromText(subjectToken.text);
    const QList<ComparisonOperator> valid = validOperators(subject);
    if (!valid.contains(token->op)) {
        QStringList symbols;
        for (ComparisonOperator op : valid)
            symbols.append(operatorSymbol(op));
        fail(token->offset, token->length,
             tr("%1 cannot be used with %2; use one of %3")
                 .arg(quoted(token->text), subjectToken.text, symbols.join(QStringLiteral(", "))));
        return false;
    }
    comparison.op = token->op;
    comparison.operatorOffset = token->offset;
    comparison.operatorLength = token->length;
    advance();
    return true;
}

bool Parser::parseSingleArgument(const Token &opToken, Comparison &comparison)
{
    const Token *token = current();
    if (token && token->kind == TokenKind::LeftBracket) {
        fail(token->offset, token->length,
             tr("'%1' compares with one value; use 'in' for a list").arg(opToken.text));
        return false;
    }
    if (!token || !isValueToken(*token)) {
        QString message =
            tr("expected a value after '%1', found %2").arg(opToken.text, describe(token));
        if (token && isKeyword(*token))
            message += tr("; quote it to use it as a value");
        failAt(token, message);
        return false;
    }
    comparison.arguments.append(takeArgument());
    return true;
}

bool Parser::parseList(const Token &opToken, Comparison &comparison)
{
    comparison.isList = true;
    const Token *open = current();
    if (!open || open->kind != TokenKind::LeftBracket) {
        failAt(open, tr("expected a list such as [a, b] after '%1', found %2")
                         .arg(opToken.text, describe(open)));
        return false;
    }
    const int openColumn = open->offset + 1;
    advance();
    while (true) {
        const Token *item = current();
        if (!item || !isValueToken(*item)) {
            QString message = tr("expected a value in the list opened at column %1, found %2")
                                  .arg(openColumn)
                                  .arg(describe(item));
            if (item && isKeyword(*item))
                message += tr("; quote it to use it as a value");
            failAt(item, message);
            return false;
        }
        comparison.arguments.append(takeArgument());
        const Token *separator = current();
        if (separator && separator->kind == TokenKind::Comma) {
            advance();
            continue;
        }
        if (separator && separator->kind == TokenKind::RightBracket) {
            advance();
            return true;
        }
        QString message = tr("expected ',' or ']' to close the list opened at column %1, found %2")
                              .arg(openColumn)
                              .arg(describe(separator));
        if (separator && isValueToken(*separator))
            message += tr("; quote values that contain spaces");
        failAt(separator, message);
        return false;
    }
}

bool Parser::checkArguments(Comparison &comparison)
{
    if (positiveOf(comparison.op) == ComparisonOperator::Matches)
        return checkRegex(comparison);
    for (Argument &argument : comparison.arguments) {
        const QString found = quoted(argument.value);
        switch (comparison.subject.kind) {
        case SubjectKind::RunningTasksCount:
            if (const auto count = ValueParser::parseCount(argument.value)) {
                argument.number = *count;
                continue;
            }
            failAtArgument(argument, tr("expected a whole number for runningTasksCount, "
                                        "found %1")
                                         .arg(found));
            return false;
        case SubjectKind::AgentVersion:
            argument.version = ValueParser::parseVersion(argument.value);
            if (!argument.version.isNull())
                continue;
            failAtArgument(argument,
                           tr("expected an agent version such as 1.14.5, found %1").arg(found));
            return false;
        case SubjectKind::RegisteredAt:
            if (const auto date = ValueParser::parseDate(argument.value)) {
                argument.dateTime = date->utc;
                argument.dateOnly = date->dateOnly;
                continue;
            }
            failAtArgument(argument, tr("expected a date such as 2018-02-13 or "
                                        "2018-02-13T22:28:28Z for registeredAt, found %1")
                                         .arg(found));
            return false;
        case SubjectKind::AgentConnected:
            if (const auto connected = ValueParser::parseBoolean(argument.value)) {
                argument.boolean = *connected;
                continue;
            }
            failAtArgument(argument,
                           tr("expected true or false for agentConnected, found %1").arg(found));
            return false;
        case SubjectKind::Attribute:
        case SubjectKind::Ec2InstanceId:
        case SubjectKind::TaskGroup:
            continue;
        }
    }
    return true;
}

bool Parser::checkRegex(Comparison &comparison)
{
    const Argument &argument = comparison.arguments.constFirst();
    // Compile the pattern as written first so the error offset points into it.
    const QRegularExpression written(argument.value);
    if (!written.isValid()) {
        const qsizetype at = written.patternErrorOffset();
        const int offset = argument.offset + (argument.quoted ? 1 : 0) + int(at);
        fail(offset, at < argument.value.size() ? 1 : 0,
             tr("invalid regular expression: %1").arg(written.errorString()));
        return false;
    }
    // Java's matches() must match the whole value. The \E ends a \Q the pattern left open
    // (PCRE ignores it otherwise), which would swallow the closing anchor.
    comparison.regex =
        QRegularExpression(QStringLiteral("\\A(?:") + argument.value + QStringLiteral("\\E)\\z"));
    if (!comparison.regex.isValid()) {
        failAtArgument(argument,
                       tr("invalid regular expression: %1").arg(comparison.regex.errorString()));
        return false;
    }
    return true;
}

Argument Parser::takeArgument()
{
    Token &token = m_tokens[m_position];
    Argument argument;
    argument.offset = token.offset;
    argument.length = token.length;
    argument.quoted = token.kind == TokenKind::QuotedValue;
    argument.value = argument.quoted ? token.text.mid(1, token.length - 2) : token.text;
    if (token.kind == TokenKind::Subject)
        token.kind = TokenKind::Value;
    advance();
    return argument;
}

bool Parser::checkDepth(int depth, const Token &token)
{
    if (depth < MaxDepth)
        return true;
    fail(token.offset, token.length,
         tr("the expression nests more than %1 levels deep").arg(MaxDepth));
    return false;
}

const Token *Parser::current() const
{
    return peek(0);
}

const Token *Parser::previous() const
{
    return m_position > 0 ? &m_tokens.at(m_position - 1) : nullptr;
}

const Token *Parser::peek(int ahead) const
{
    const qsizetype at = m_position + ahead;
    return at < m_tokens.size() ? &m_tokens.at(at) : nullptr;
}

int Parser::lastEnd() const
{
    const Token *last = previous();
    return last ? last->offset + last->length : 0;
}

void Parser::fail(int offset, int length, const QString &message)
{
    m_error = ParseError{message, offset + 1, length};
}

void Parser::failAt(const Token *found, const QString &message)
{
    if (!found) {
        fail(lastEnd(), 0, message);
        return;
    }
    if (found->kind == TokenKind::Invalid) {
        failInvalid(*found);
        return;
    }
    QString text = message;
    if (found->kind == TokenKind::Value) {
        const QString keyword = lowercaseKeyword(found->text);
        if (!keyword.isEmpty())
            text += tr("; operator words are written in lowercase: '%1'").arg(keyword);
    }
    fail(found->offset, found->length, text);
}

void Parser::failInvalid(const Token &token)
{
    const QChar first = token.text.at(0);
    if (first == u'\'' || first == u'"') {
        fail(token.offset, token.length,
             tr("the quoted value starting at column %1 is never closed; add %2 at its end")
                 .arg(token.offset + 1)
                 .arg(first));
    } else if (first == u'=') {
        fail(token.offset, token.length, tr("unknown operator '='; did you mean '=='?"));
    } else {
        fail(token.offset, token.length,
             tr("unknown operator '%1'; did you mean '%1%1'?").arg(first));
    }
}

void Parser::failExpectedExpression(const Token *found)
{
    if (found && found->kind == TokenKind::Value) {
        QString message = tr("unknown subject %1").arg(quoted(found->text));
        const QString keyword = lowercaseKeyword(found->text);
        const QString subject = suggestedSubject(found->text);
        if (!keyword.isEmpty()) {
            message += tr("; operator words are written in lowercase: '%1'").arg(keyword);
        } else if (!subject.isEmpty()) {
            message += tr("; did you mean '%1'?").arg(subject);
        } else {
            message += tr("; subjects are agentConnected, agentVersion, attribute:NAME, "
                          "ec2InstanceId, registeredAt, runningTasksCount and task:group");
        }
        fail(found->offset, found->length, message);
        return;
    }
    if (const Token *before = previous()) {
        const QString message =
            tr("expected an expression after %1, found %2").arg(describe(before), describe(found));
        failAt(found, message);
    } else {
        failAt(found, tr("expected an expression, found %1").arg(describe(found)));
    }
}

void Parser::failAtArgument(const Argument &argument, const QString &message)
{
    fail(argument.offset, argument.length, message);
}

QString Parser::describe(const Token *token) const
{
    if (!token)
        return tr("end of expression");
    if (token->kind == TokenKind::QuotedValue)
        return token->text;
    return quoted(token->text);
}

} // namespace Berth::Model::Query::Internal

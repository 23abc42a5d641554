#include "lexer.h"

#include "subject.h"

namespace Berth::Model::Query::Internal {

namespace {

// An unquoted word runs until one of these. A single '&' or '|' stays inside the word so a
// pattern like a|b needs no quotes; '=', '!', '<' and '>' end it so `runningTasksCount>1`
// lexes as three tokens.
bool endsWord(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isSpace())
        return true;
    switch (c.unicode()) {
    case '(':
    case ')':
    case '[':
    case ']':
    case ',':
    case '\'':
    case '"':
    case '=':
    case '!':
    case '<':
    case '>':
        return true;
    case '&':
    case '|':
        return i + 1 < text.size() && text.at(i + 1) == c;
    default:
        return false;
    }
}

qsizetype wordEnd(const QString &text, qsizetype from)
{
    qsizetype i = from;
    while (i < text.size() && !endsWord(text, i))
        ++i;
    return i;
}

// After =~ or !~ an unquoted argument is a pattern: it keeps balanced parentheses, character
// classes and escapes, so `=~ (t2|m5).*` needs no quotes and `not(x =~ a.*)` still closes.
qsizetype patternEnd(const QString &text, qsizetype from)
{
    int depth = 0;
    bool inClass = false;
    qsizetype i = from;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace())
            break;
        if (c == u'\\') {
            i = qMin(i + 2, text.size());
            continue;
        }
        if (inClass) {
            inClass = c != u']';
        } else if (c == u'[') {
            inClass = true;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            if (depth == 0)
                break;
            --depth;
        } else if (depth == 0 && (c == u'&' || c == u'|') && i + 1 < text.size() &&
                   text.at(i + 1) == c) {
            break;
        }
        ++i;
    }
    return i;
}

bool isMatchOperator(const Token &token)
{
    if (token.kind != TokenKind::Operator)
        return false;
    return positiveOf(token.op) == ComparisonOperator::Matches;
}

Token makeToken(const QString &text, TokenKind kind, qsizetype offset, qsizetype length)
{
    Token token;
    token.kind = kind;
    token.offset = int(offset);
    token.length = int(length);
    token.text = text.mid(offset, length);
    return token;
}

Token makeOperator(const QString &text, ComparisonOperator op, qsizetype offset, qsizetype length)
{
    Token token = makeToken(text, TokenKind::Operator, offset, length);
    token.op = op;
    return token;
}

Token wordToken(const QString &text, qsizetype offset, qsizetype length)
{
    const QStringView word = QStringView(text).mid(offset, length);
    if (word == u"and")
        return makeToken(text, TokenKind::And, offset, length);
    if (word == u"or")
        return makeToken(text, TokenKind::Or, offset, length);
    if (word == u"not")
        return makeToken(text, TokenKind::Not, offset, length);
    if (const auto op = operatorFromWord(word))
        return makeOperator(text, *op, offset, length);
    if (subjectKindFromText(word))
        return makeToken(text, TokenKind::Subject, offset, length);
    return makeToken(text, TokenKind::Value, offset, length);
}

// At a '!': !=, !~, !exists and !in are operators, anything else is not.
Token bangToken(const QString &text, qsizetype i)
{
    const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
    if (next == u'=')
        return makeOperator(text, ComparisonOperator::NotEquals, i, 2);
    if (next == u'~')
        return makeOperator(text, ComparisonOperator::NotMatches, i, 2);
    const qsizetype end = wordEnd(text, i + 1);
    const QStringView word = QStringView(text).mid(i + 1, end - i - 1);
    if (word == u"exists")
        return makeOperator(text, ComparisonOperator::NotExists, i, end - i);
    if (word == u"in")
        return makeOperator(text, ComparisonOperator::NotIn, i, end - i);
    return makeToken(text, TokenKind::Not, i, 1);
}

Token nextToken(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
    switch (c.unicode()) {
    case '(':
        return makeToken(text, TokenKind::LeftParen, i, 1);
    case ')':
        return makeToken(text, TokenKind::RightParen, i, 1);
    case '[':
        return makeToken(text, TokenKind::LeftBracket, i, 1);
    case ']':
        return makeToken(text, TokenKind::RightBracket, i, 1);
    case ',':
        return makeToken(text, TokenKind::Comma, i, 1);
    case '\'':
    case '"': {
        // No escapes: ECS attribute values cannot hold quotes, and a backslash must reach a
        // regular expression unchanged.
        const qsizetype close = text.indexOf(c, i + 1);
        if (close < 0)
            return makeToken(text, TokenKind::Invalid, i, text.size() - i);
        return makeToken(text, TokenKind::QuotedValue, i, close - i + 1);
    }
    case '=':
        if (next == u'=')
            return makeOperator(text, ComparisonOperator::Equals, i, 2);
        if (next == u'~')
            return makeOperator(text, ComparisonOperator::Matches, i, 2);
        return makeToken(text, TokenKind::Invalid, i, 1);
    case '!':
        return bangToken(text, i);
    case '<':
        if (next == u'=')
            return makeOperator(text, ComparisonOperator::LessThanEqual, i, 2);
        return makeOperator(text, ComparisonOperator::LessThan, i, 1);
    case '>':
        if (next == u'=')
            return makeOperator(text, ComparisonOperator::GreaterThanEqual, i, 2);
        return makeOperator(text, ComparisonOperator::GreaterThan, i, 1);
    case '&':
    case '|':
        if (next == c)
            return makeToken(text, c == u'&' ? TokenKind::And : TokenKind::Or, i, 2);
        return makeToken(text, TokenKind::Invalid, i, 1);
    default:
        return wordToken(text, i, wordEnd(text, i) - i);
    }
}

} // namespace

QList<Token> Lexer::tokenize(const QString &text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (true) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        if (i >= text.size())
            break;
        const bool patternNext = !tokens.isEmpty() && isMatchOperator(tokens.constLast());
        const qsizetype end =
            patternNext && text.at(i) != u'\'' && text.at(i) != u'"' ? patternEnd(text, i) : i;
        Token token = end > i ? makeToken(text, TokenKind::Value, i, end - i) : nextToken(text, i);
        i += token.length;
        tokens.append(std::move(token));
    }
    return tokens;
}

} // namespace Berth::Model::Query::Internal

#include "comparisonoperator.h"

namespace Berth::Model::Query {

namespace {

struct Spelling
{
    ComparisonOperator op;
    const char *symbol;
    const char *word;
};

constexpr Spelling spellings[] = {
    {ComparisonOperator::Equals, "==", "equals"},
    {ComparisonOperator::NotEquals, "!=", "not_equals"},
    {ComparisonOperator::GreaterThan, ">", "greater_than"},
    {ComparisonOperator::GreaterThanEqual, ">=", "greater_than_equal"},
    {ComparisonOperator::LessThan, "<", "less_than"},
    {ComparisonOperator::LessThanEqual, "<=", "less_than_equal"},
    {ComparisonOperator::Exists, "exists", "exists"},
    {ComparisonOperator::NotExists, "!exists", "not_exists"},
    {ComparisonOperator::In, "in", "in"},
    {ComparisonOperator::NotIn, "!in", "not_in"},
    {ComparisonOperator::Matches, "=~", "matches"},
    {ComparisonOperator::NotMatches, "!~", "not_matches"},
};

const Spelling &spellingOf(ComparisonOperator op)
{
    for (const Spelling &spelling : spellings) {
        if (spelling.op == op)
            return spelling;
    }
    return spellings[0];
}

} // namespace

QString operatorSymbol(ComparisonOperator op)
{
    return QString::fromLatin1(spellingOf(op).symbol);
}

QString operatorWord(ComparisonOperator op)
{
    return QString::fromLatin1(spellingOf(op).word);
}

std::optional<ComparisonOperator> operatorFromWord(QStringView word)
{
    for (const Spelling &spelling : spellings) {
        if (word == QLatin1String(spelling.word))
            return spelling.op;
    }
    return std::nullopt;
}

bool isNegated(ComparisonOperator op)
{
    return positiveOf(op) != op;
}

ComparisonOperator positiveOf(ComparisonOperator op)
{
    switch (op) {
    case ComparisonOperator::NotEquals:
        return ComparisonOperator::Equals;
    case ComparisonOperator::NotExists:
        return ComparisonOperator::Exists;
    case ComparisonOperator::NotIn:
        return ComparisonOperator::In;
    case ComparisonOperator::NotMatches:
        return ComparisonOperator::Matches;
    default:
        return op;
    }
}

bool takesArgument(ComparisonOperator op)
{
    return op != ComparisonOperator::Exists && op != ComparisonOperator::NotExists;
}

bool takesList(ComparisonOperator op)
{
    return op == ComparisonOperator::In || op == ComparisonOperator::NotIn;
}

} // namespace Berth::Model::Query

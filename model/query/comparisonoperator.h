#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Berth::Model::Query {

/// The operator of a `subject operator [argument]` comparison.
enum class ComparisonOperator {
    Equals,           ///< ==, equals
    NotEquals,        ///< !=, not_equals
    GreaterThan,      ///< >, greater_than
    GreaterThanEqual, ///< >=, greater_than_equal
    LessThan,         ///< <, less_than
    LessThanEqual,    ///< <=, less_than_equal
    Exists,           ///< exists
    NotExists,        ///< !exists, not_exists
    In,               ///< in
    NotIn,            ///< !in, not_in
    Matches,          ///< =~, matches
    NotMatches,       ///< !~, not_matches
};

/// The short spelling: "==", ">=", "exists", "!exists", "in", "=~", ...
QString operatorSymbol(ComparisonOperator op);
/// The word spelling: "equals", "greater_than_equal", "not_exists", "not_matches", ...
QString operatorWord(ComparisonOperator op);
/// The operator spelled by a lowercase word ("equals", "in", "not_in", ...), if any.
std::optional<ComparisonOperator> operatorFromWord(QStringView word);

/// True for !=, !exists, !in and !~, the negations of ==, exists, in and =~.
bool isNegated(ComparisonOperator op);
/// The operator a negated operator negates; any other operator itself.
ComparisonOperator positiveOf(ComparisonOperator op);
bool takesArgument(ComparisonOperator op);
bool takesList(ComparisonOperator op);

} // namespace Berth::Model::Query

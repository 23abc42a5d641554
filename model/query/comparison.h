#pragma once

#include "argument.h"
#include "comparisonoperator.h"
#include "subject.h"

#include <QList>
#include <QRegularExpression>

namespace Berth::Model::Query {

/// `subject operator [argument]`, checked by the parser.
struct Comparison
{
    Subject subject;
    ComparisonOperator op = ComparisonOperator::Equals;
    int operatorOffset = 0;
    int operatorLength = 0;
    QList<Argument> arguments; // none for exists, the items for in and !in, else one
    bool isList = false;
    QRegularExpression regex; // for =~ and !~: the argument anchored to the whole value
};

} // namespace Berth::Model::Query

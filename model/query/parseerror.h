#pragma once

#include <QString>

namespace Berth::Model::Query {

/// Why an expression did not parse. Positions count UTF-16 code units, so column - 1 is the
/// offset in the QString; length may be 0 when something is missing at that point.
struct ParseError
{
    QString message;
    int column = 0; // 1-based
    int length = 0;
};

} // namespace Berth::Model::Query

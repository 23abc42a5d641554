#pragma once

#include <QString>
#include <QStringList>

#include <unordered_map>
#include <vector>

namespace Berth::Engine::Internal {

/// The instances of a cluster grouped by the value of one attribute (for
/// spread(attribute:NAME)); an instance without the attribute has the value "". Counts of
/// a group's tasks per value are kept for the groups asked about.
struct Partition
{
    QString attribute;
    QStringList values;                               // sorted
    std::vector<int> valueOf;                         // per instance, an index into values
    std::unordered_map<int, std::vector<int>> counts; // group id -> tasks per value
};

} // namespace Berth::Engine::Internal

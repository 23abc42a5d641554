#pragma once

#include "model/entityref.h"
#include "model/projectdata.h"

namespace Berth::Gui {

/// Arranges a design that has no layout yet (an import, a file written by a tool): clusters
/// with their instances and services on the left, then task definitions, load balancers
/// and target groups in columns.
class AutoLayout
{
public:
    static void arrange(Model::ProjectData &data);
    /// True when the design's items pile up on each other, as in a file without positions.
    static bool needsLayout(const Model::ProjectData &data);
    /// Puts a new task definition family below the others, clear of everything.
    static void placeTaskDefinition(Model::ProjectData &data, const QString &family);
};

} // namespace Berth::Gui

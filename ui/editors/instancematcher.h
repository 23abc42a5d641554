#pragma once

#include "model/entityref.h"
#include "model/projectdata.h"
#include "model/query/expression.h"

namespace Berth::Gui {

/// Which container instances a memberOf expression selects, as the editor previews it:
/// each instance with its attributes and no running tasks.
class InstanceMatcher
{
public:
    static Model::Query::InstanceFacts factsOf(const QString &cluster,
                                               const Model::ContainerInstance &instance);
    /// The instances of the cluster (of every cluster when it is empty) that match.
    static QList<Model::EntityRef> matches(const Model::ProjectData &data, const QString &cluster,
                                           const Model::Query::Expression &expression);
    /// How many instances there are to match in the cluster (every cluster when empty).
    static int candidates(const Model::ProjectData &data, const QString &cluster);
};

} // namespace Berth::Gui

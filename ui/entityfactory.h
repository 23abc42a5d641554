#pragma once

#include "model/entityref.h"
#include "model/projectdata.h"

#include <QCoreApplication>
#include <QPointF>

namespace Berth::Gui {

/// Creates the entities of the palette with sensible ECS defaults.
class EntityFactory
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Gui::EntityFactory)

public:
    struct Result
    {
        Model::EntityRef ref; ///< what was created (or changed, for Fargate capacity)
        QString refusal; ///< why nothing was created, for the status bar and tooltips
        bool ok() const { return refusal.isEmpty(); }
    };

    /// Places a new entity of the palette kind at a canvas position. Instances and Fargate
    /// capacity go into the cluster under the point, listener rules onto the application
    /// load balancer under it; services dropped into a cluster join it.
    static Result create(Model::ProjectData &data, Model::EntityKind kind, QPointF scenePos);

    /// The cluster whose frame contains the point, if any (the topmost, the last drawn).
    static const Model::Cluster *clusterAt(const Model::ProjectData &data, QPointF scenePos);
    static const Model::LoadBalancer *loadBalancerAt(const Model::ProjectData &data,
                                                     QPointF scenePos);
    /// A small task definition that runs the demo image.
    static QJsonObject defaultTaskDefinition(const QString &family);
};

} // namespace Berth::Gui

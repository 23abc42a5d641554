#pragma once

#include "model/entityref.h"
#include "model/projectdata.h"

#include <QPointF>

namespace Berth::Gui {

/// Where entities sit on the canvas: the edits of a design that depend on the cards' sizes.
/// Built on the design's own edits (Model::DesignEdits); commands apply both to a copy of
/// the design, and nothing here touches widgets.
class LayoutEdits
{
public:
    /// The position stored in the model: relative to the cluster frame for instances and
    /// for services in a cluster, absolute otherwise.
    static QPointF position(const Model::ProjectData &data, const Model::EntityRef &ref);
    static void setPosition(Model::ProjectData &data, const Model::EntityRef &ref,
                            QPointF position);
    /// Where the entity sits on the canvas.
    static QPointF scenePosition(const Model::ProjectData &data, const Model::EntityRef &ref);

    /// Moves a service into a cluster; its position becomes relative to the new frame.
    static void moveServiceToCluster(Model::ProjectData &data, const QString &service,
                                     const QString &cluster, QPointF scenePos);
    /// Moves an instance to another cluster; returns its new ref (renamed when needed).
    static Model::EntityRef moveInstanceToCluster(Model::ProjectData &data,
                                                  const Model::EntityRef &instance,
                                                  const QString &cluster, QPointF scenePos);
    /// Grows the cluster's frame so that its instances and services fit inside.
    static void fitFrame(Model::ProjectData &data, const QString &cluster);
    /// Where a new instance goes in a cluster (relative to its frame): the first free place
    /// in the frame, row by row, else right of the last instance.
    static QPointF freeInstanceSlot(const Model::ProjectData &data, const QString &cluster);
    /// fitFrame(), and what stood right of or below the frame moves by as much as the frame
    /// grew, so the frame never covers another card.
    static void fitFrameMakingRoom(Model::ProjectData &data, const QString &cluster);
    /// Adds an instance to a cluster (Model::DesignEdits::addInstance) at the cluster's first
    /// free place, and makes room for it. A null ref when there is no such cluster.
    static Model::EntityRef addInstance(Model::ProjectData &data, const QString &cluster,
                                        const QString &instanceType = {});
};

} // namespace Berth::Gui

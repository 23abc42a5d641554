#pragma once

#include "model/projectdata.h"
#include "ui/entityref.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>

namespace Berth::Gui {

/// Pure edits of a ProjectData that keep its references whole: rename, remove, move.
/// Commands apply them to a copy of the design; nothing here touches widgets.
class ProjectEdits
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Gui::ProjectEdits)

public:
    static bool exists(const Model::ProjectData &data, const EntityRef &ref);
    /// What a person calls the entity: "service front", "rule 10 of web", ...
    static QString displayName(const Model::ProjectData &data, const EntityRef &ref);
    static QString kindName(EntityKind kind);

    /// The position stored in the model: relative to the cluster frame for instances and
    /// for services in a cluster, absolute otherwise.
    static QPointF position(const Model::ProjectData &data, const EntityRef &ref);
    static void setPosition(Model::ProjectData &data, const EntityRef &ref, QPointF position);
    /// Where the entity sits on the canvas.
    static QPointF scenePosition(const Model::ProjectData &data, const EntityRef &ref);

    /// A name not taken by another entity of the kind ("web", "web-2", ...).
    static QString uniqueName(const Model::ProjectData &data, EntityKind kind, const QString &base,
                              const QString &parent = {});

    /// Renames and updates every reference to the entity. Empty error on success.
    static QString rename(Model::ProjectData &data, const EntityRef &ref, const QString &name);
    /// Removes the entities; a cluster takes its instances and services with it, a target
    /// group its links.
    static void remove(Model::ProjectData &data, const QList<EntityRef> &refs);

    /// Moves a service into a cluster; its position becomes relative to the new frame.
    static void moveServiceToCluster(Model::ProjectData &data, const QString &service,
                                     const QString &cluster, QPointF scenePos);
    /// Moves an instance to another cluster; returns its new ref (renamed when needed).
    static EntityRef moveInstanceToCluster(Model::ProjectData &data, const EntityRef &instance,
                                           const QString &cluster, QPointF scenePos);
    /// Grows the cluster's frame so that its instances and services fit inside.
    static void fitFrame(Model::ProjectData &data, const QString &cluster);
    /// Where a new instance goes in a cluster (relative to its frame): the first free place
    /// in the frame, row by row, else right of the last instance.
    static QPointF freeInstanceSlot(const Model::ProjectData &data, const QString &cluster);
    /// fitFrame(), and what stood right of or below the frame moves by as much as the frame
    /// grew, so the frame never covers another card.
    static void fitFrameMakingRoom(Model::ProjectData &data, const QString &cluster);
};

} // namespace Berth::Gui

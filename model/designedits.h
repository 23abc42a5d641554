#pragma once

#include "model/entityref.h"
#include "model/projectdata.h"

#include <QCoreApplication>
#include <QList>

namespace Berth::Model {

/// The editing vocabulary of a design: pure edits of a ProjectData that keep its references
/// whole. The window's commands, its run-mode actions and `berth service` all edit through
/// these, so that one change means the same thing whichever face makes it. Where an entity
/// sits on the canvas is the window's business, not these edits'.
///
/// Edits that can be refused return why, in a sentence; an empty string means done.
class DesignEdits
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Model::DesignEdits)

public:
    static bool exists(const ProjectData &data, const EntityRef &ref);
    /// What a person calls the entity: "service front", "rule 10 of web", ...
    static QString displayName(const ProjectData &data, const EntityRef &ref);
    static QString kindName(EntityKind kind);
    /// A name not taken by another entity of the kind ("web", "web-2", ...).
    static QString uniqueName(const ProjectData &data, EntityKind kind, const QString &base,
                              const QString &parent = {});

    /// Renames and updates every reference to the entity.
    static QString rename(ProjectData &data, const EntityRef &ref, const QString &name);
    /// Removes the entities; a cluster takes its instances and services with it, a target
    /// group its links.
    static void remove(ProjectData &data, const QList<EntityRef> &refs);

    /// Sets the number of tasks a service keeps running, as update-service does.
    static QString setDesiredCount(ProjectData &data, const QString &service, int count);
    /// Points a service at "family:revision", or at "family", which follows the family's
    /// latest revision. The reference must name a registered revision.
    static QString setTaskDefinition(ProjectData &data, const QString &service,
                                     const QString &reference);
    /// Asks for a new deployment of the revision the service already runs, as
    /// update-service --force-new-deployment does (Service::kDeploymentNonce).
    static QString forceNewDeployment(ProjectData &data, const QString &service);
    /// Marks FAMILY:REVISION INACTIVE, as deregister-task-definition does.
    static QString deregisterTaskDefinition(ProjectData &data, const QString &key);

    /// Drains (no new tasks; service tasks are replaced elsewhere) or activates an instance,
    /// as update-container-instances-state does.
    static QString setInstanceStatus(ProjectData &data, const EntityRef &instance,
                                     ContainerInstance::Status status);
    /// Registers a new instance in a cluster, named "instance-N", in the availability zone
    /// of the cluster's last instance. An empty type takes the last instance's type.
    /// Returns the new instance, or a null ref when there is no such cluster.
    static EntityRef addInstance(ProjectData &data, const QString &cluster,
                                 const QString &instanceType = {});
    /// Moves an instance to another cluster, renamed when its name is taken there; its
    /// position is left as it was. Returns its new ref (the old one when nothing moved).
    static EntityRef moveInstance(ProjectData &data, const EntityRef &instance,
                                  const QString &cluster);
};

} // namespace Berth::Model

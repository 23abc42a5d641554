#pragma once

#include "engine/runtime/task.h"

#include "model/projectdata.h"

#include <QDateTime>
#include <QHash>

namespace Berth::Engine {

/// ECS's managed scaling of a run's capacity providers: each provider's Auto Scaling group
/// launches virtual instances of its type (named PROVIDER-1, -2, ..., zones in turn, marked
/// with capacityProviderName) into the cluster the engine places on. Tasks of services whose
/// capacityProviderStrategy names the provider and that find no room make the group grow (M
/// and CapacityProviderReservation as CapacityReservation computes them); an instance that
/// has run no task for the low alarm's 15 minutes (on the run's clock) is terminated, newest
/// first, down to the group's min size. Instances that run tasks are never terminated (managed
/// termination protection, and without it Berth still waits for them to empty).
class CapacityProviderScaler
{
public:
    /// Launches each group's desired capacity (at least its min size) into \a design.
    void start(Model::ProjectData &design);
    /// Puts the groups' instances back into a freshly applied design.
    void merge(Model::ProjectData &design) const;
    /// One pass; true when instances were launched or terminated. \a notes receives a line
    /// per change, in Auto Scaling's words.
    bool scale(Model::ProjectData &design, const QHash<QString, Task> &tasks, const QDateTime &now,
               QStringList *notes);
    /// The last CapacityProviderReservation of each provider ("cluster/provider").
    QHash<QString, double> reservations() const { return m_reservation; }

    /// The low alarm's 15 one-minute datapoints before an empty instance goes.
    static constexpr int kScaleInSeconds = 15 * 60;

private:
    struct Group
    {
        int launched = 0; ///< ordinals handed out so far
        QList<Model::ContainerInstance> instances;
        QHash<QString, QDateTime> emptySince;
    };
    static QString key(const QString &cluster, const QString &provider);
    Model::ContainerInstance launch(const Model::CapacityProvider &provider, Group &group) const;

    QHash<QString, Group> m_groups;
    QHash<QString, double> m_reservation;
};

} // namespace Berth::Engine

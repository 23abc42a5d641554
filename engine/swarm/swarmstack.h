#pragma once

#include "model/projectdata.h"
#include "model/validation/diagnostic.h"

#include <QJsonObject>

namespace Berth::Engine {

/// A design as a Docker Swarm stack: the compose file (version 3.8) that `docker stack
/// deploy` reads, and a warning for everything in the design Swarm cannot say. Each service's
/// containers become Swarm services of their own (SERVICE, or SERVICE-CONTAINER when the task
/// has several). `berth deploy --swarm` deploys this same document through the Engine API
/// (StackSpec, SwarmDeployer).
class SwarmStack
{
public:
    struct Options
    {
        /// CPU and memory reservations from the containers' cpu and memoryReservation. Off
        /// for a swarm smaller than the design's cluster (one laptop): limits stay.
        bool reservations = true;
    };
    struct Result
    {
        QJsonObject compose;
        Model::Diagnostics warnings; ///< paths into the project file
    };

    static Result fromProject(const Model::ProjectData &project, const Options &options);
    /// The compose service names a design service becomes, in the order of its containers.
    static QStringList swarmServiceNames(const Model::ProjectData &project,
                                         const Model::Service &service);
    /// A stack name Docker accepts: lower case letters, digits, '-' and '_'.
    static QString stackName(const QString &projectName);
    /// Writes DIR/stack.yml; returns the file's path or sets error.
    static QString write(const Result &result, const QString &dir, QString *error);
};

} // namespace Berth::Engine

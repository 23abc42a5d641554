#pragma once

#include "model/entityref.h"
#include "model/projectdata.h"

#include <QCoreApplication>

namespace Berth::Gui {

/// What a link drawn from one entity to another means, and whether ECS allows it:
/// service -> task definition, service -> target group (a container and port),
/// service -> cluster, listener rule -> target group, load balancer -> target group (the
/// listener's default action).
class LinkRules
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Gui::LinkRules)

public:
    struct Verdict
    {
        bool allowed = false;
        QString reason; ///< why not, or what the link will do
    };

    /// A container port that a service can register with a target group.
    struct PortChoice
    {
        QString containerName;
        int containerPort = 0;
        bool operator==(const PortChoice &) const = default;
    };

    static bool canStart(Model::EntityKind kind);
    static Verdict check(const Model::ProjectData &data, const Model::EntityRef &from,
                         const Model::EntityRef &to);
    /// The container ports of the service's task definition, for a link to a target group.
    static QList<PortChoice> portChoices(const Model::ProjectData &data, const QString &service);
    /// Makes the link; for service -> target group, choice names the container and port.
    static void apply(Model::ProjectData &data, const Model::EntityRef &from,
                      const Model::EntityRef &to, const PortChoice &choice);
    /// A short command name: "Link front to task definition api".
    static QString describe(const Model::EntityRef &from, const Model::EntityRef &to);

private:
    static Verdict checkService(const Model::ProjectData &data, const Model::Service &service,
                                const Model::EntityRef &to);
    static Verdict checkForward(const Model::ProjectData &data, const Model::LoadBalancer &lb,
                                const Model::EntityRef &to, const QString &current);
};

} // namespace Berth::Gui

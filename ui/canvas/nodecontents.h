#pragma once

#include "model/projectdata.h"
#include "ui/canvas/nodeitem.h"

#include <QCoreApplication>

namespace Berth::Gui {

/// What each kind of card says, and how tall it is.
class NodeContents
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Gui::NodeContents)

public:
    static NodeContent cluster(const Model::ProjectData &data, const Model::Cluster &cluster);
    static NodeContent instance(const Model::ContainerInstance &instance);
    static NodeContent service(const Model::Service &service);
    /// The service card's Auto Scaling line: min-max tasks and the first target.
    static QString scalingBadge(const Model::ServiceAutoScaling &scaling);
    static NodeContent taskDefinition(const Model::TaskDefinition &td);
    static NodeContent loadBalancer(const Model::LoadBalancer &lb);
    static NodeContent rule(const Model::LoadBalancer &lb, int listener, int rule);
    /// What a listener does when no rule matches: its target group, "fixed response 404" or
    /// "redirect 301".
    static QString listenerDefault(const Model::Listener &listener);
    static NodeContent targetGroup(const Model::TargetGroup &tg);
    static NodeContent repository(const Model::ProjectData &data,
                                  const Model::EcrRepository &repository);

    static QSizeF taskDefinitionSize(const Model::TaskDefinition &td);
    static QSizeF loadBalancerSize(const Model::LoadBalancer &lb);
    /// Where a rule's row sits inside its load balancer's card.
    static QPointF rulePosition(const Model::LoadBalancer &lb, int listener, int rule);
};

} // namespace Berth::Gui

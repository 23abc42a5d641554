#include "ui/canvas/autolayout.h"

#include "ui/canvas/canvaslog.h"
#include "ui/canvas/itemmetrics.h"
#include "ui/canvas/layoutedits.h"
#include "ui/canvas/nodecontents.h"

#include <QSet>

#include <cmath>

namespace Berth::Gui {

using Model::EntityRef;
using Model::ProjectData;

namespace {

constexpr qreal kGap = 40;
constexpr qreal kColumnGap = 100;

qreal snap(qreal v)
{
    return std::ceil(v / Metrics::kGrid) * Metrics::kGrid;
}

int columnsFor(qsizetype n)
{
    return std::max(3, int(std::ceil(std::sqrt(double(n)))));
}

} // namespace

bool AutoLayout::needsLayout(const ProjectData &data)
{
    QSet<QPair<qreal, qreal>> seen;
    int items = 0;
    const auto add = [&](QPointF p) {
        ++items;
        seen.insert({p.x(), p.y()});
    };
    for (const Model::Cluster &c : data.clusters) {
        add(c.frame.topLeft());
        for (const Model::ContainerInstance &i : c.instances)
            add(c.frame.topLeft() + i.position + QPointF(0.5, 0.5));
    }
    for (const QString &family : data.families())
        add(data.latestRevision(family)->position());
    for (const Model::Service &s : data.services)
        add(LayoutEdits::scenePosition(data, EntityRef::service(s.name)) + QPointF(0.25, 0.25));
    for (const Model::LoadBalancer &lb : data.loadBalancers)
        add(lb.position);
    for (const Model::TargetGroup &tg : data.targetGroups)
        add(tg.position);
    // Two things on the same spot: somebody wrote this file without a layout.
    return items > 1 && seen.size() < items;
}

void AutoLayout::arrange(ProjectData &data)
{
    qCDebug(lcCanvas).noquote() << "laying out" << data.name << "from scratch";
    qreal y = 0;
    qreal right = 0;
    for (Model::Cluster &c : data.clusters) {
        const int columns = columnsFor(c.instances.size());
        for (qsizetype i = 0; i < c.instances.size(); ++i) {
            c.instances[i].position =
                QPointF(Metrics::kClusterMargin +
                            (i % columns) * (Metrics::kInstanceSize.width() + Metrics::kGrid),
                        Metrics::kClusterHeader + 20 +
                            (i / columns) * (Metrics::kInstanceSize.height() + Metrics::kGrid));
        }
        const qsizetype rows = (c.instances.size() + columns - 1) / columns;
        const qreal servicesTop =
            snap(Metrics::kClusterHeader + 20 +
                 rows * (Metrics::kInstanceSize.height() + Metrics::kGrid) + Metrics::kGrid);
        int n = 0;
        for (Model::Service &s : data.services) {
            if (s.cluster != c.name)
                continue;
            s.position = QPointF(
                Metrics::kClusterMargin +
                    (n % columns) * (Metrics::kServiceSize.width() + Metrics::kGrid),
                servicesTop + (n / columns) * (Metrics::kServiceSize.height() + Metrics::kGrid));
            ++n;
        }
        c.frame = QRectF(0, y, 0, 0);
        LayoutEdits::fitFrame(data, c.name);
        y = snap(c.frame.bottom() + kGap);
        right = std::max(right, c.frame.right());
    }
    for (Model::Service &s : data.services) {
        if (data.cluster(s.cluster))
            continue;
        s.position = QPointF(0, y);
        y += Metrics::kServiceSize.height() + Metrics::kGrid;
        right = std::max(right, Metrics::kServiceSize.width());
    }

    qreal x = snap(right + kColumnGap);
    qreal top = 0;
    for (const QString &family : data.families()) {
        LayoutEdits::setPosition(data, EntityRef::taskDefinition(family), QPointF(x, top));
        top = snap(top + NodeContents::taskDefinitionSize(*data.latestRevision(family)).height() +
                   Metrics::kGrid);
    }
    if (!data.taskDefinitions.isEmpty())
        x = snap(x + Metrics::kTaskDefinitionWidth + kColumnGap);
    top = 0;
    for (Model::LoadBalancer &lb : data.loadBalancers) {
        lb.position = QPointF(x, top);
        top = snap(top + NodeContents::loadBalancerSize(lb).height() + Metrics::kGrid);
    }
    if (!data.loadBalancers.isEmpty())
        x = snap(x + Metrics::kLoadBalancerWidth + kColumnGap);
    top = 0;
    for (Model::TargetGroup &tg : data.targetGroups) {
        tg.position = QPointF(x, top);
        top = snap(top + Metrics::kTargetGroupSize.height() + Metrics::kGrid);
    }
}

void AutoLayout::placeTaskDefinition(ProjectData &data, const QString &family)
{
    qreal right = 0;
    qreal bottom = -1;
    qreal column = -1;
    for (const Model::Cluster &c : data.clusters)
        right = std::max(right, c.frame.right());
    for (const QString &f : data.families()) {
        if (f == family)
            continue;
        const Model::TaskDefinition *td = data.latestRevision(f);
        column = std::max(column, td->position().x());
        bottom =
            std::max(bottom, td->position().y() + NodeContents::taskDefinitionSize(*td).height());
    }
    QPointF at;
    if (column >= 0)
        at = QPointF(column, snap(bottom + Metrics::kGrid));
    else
        at = QPointF(snap(right + kColumnGap), 0);
    LayoutEdits::setPosition(data, EntityRef::taskDefinition(family), at);
}

} // namespace Berth::Gui

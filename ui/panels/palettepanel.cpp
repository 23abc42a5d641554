#include "ui/panels/palettepanel.h"

#include "ui/canvas/canvasview.h"
#include "ui/icons.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>

namespace Berth::Gui {

using Model::EntityKind;

namespace {

QString labelFor(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Cluster:
        return PalettePanel::tr("Cluster");
    case EntityKind::ContainerInstance:
        return PalettePanel::tr("EC2 container instance");
    case EntityKind::FargateCapacity:
        return PalettePanel::tr("Fargate capacity");
    case EntityKind::TaskDefinition:
        return PalettePanel::tr("Task definition");
    case EntityKind::Service:
        return PalettePanel::tr("Service");
    case EntityKind::ApplicationLoadBalancer:
        return PalettePanel::tr("Application load balancer");
    case EntityKind::NetworkLoadBalancer:
        return PalettePanel::tr("Network load balancer");
    case EntityKind::ListenerRule:
        return PalettePanel::tr("Listener rule");
    case EntityKind::TargetGroup:
        return PalettePanel::tr("Target group");
    case EntityKind::Repository:
        return PalettePanel::tr("ECR repository");
    default:
        return {};
    }
}

QString hintFor(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Cluster:
        return PalettePanel::tr("A frame that holds container instances and services.");
    case EntityKind::ContainerInstance:
        return PalettePanel::tr("Drop into a cluster: an EC2 instance registered with it.");
    case EntityKind::FargateCapacity:
        return PalettePanel::tr("Drop onto a cluster to let it run FARGATE tasks.");
    case EntityKind::TaskDefinition:
        return PalettePanel::tr("Containers, their images, CPU, memory and ports.");
    case EntityKind::Service:
        return PalettePanel::tr("Keeps a number of tasks running; drop it into a cluster.");
    case EntityKind::ApplicationLoadBalancer:
        return PalettePanel::tr("HTTP listeners with path and host rules.");
    case EntityKind::NetworkLoadBalancer:
        return PalettePanel::tr("TCP listeners.");
    case EntityKind::ListenerRule:
        return PalettePanel::tr("Drop onto an application load balancer.");
    case EntityKind::TargetGroup:
        return PalettePanel::tr("Where a load balancer sends traffic: the tasks of services.");
    case EntityKind::Repository:
        return PalettePanel::tr("Images for the task definitions, served offline by Berth's "
                                "local registry.");
    default:
        return {};
    }
}

} // namespace

PalettePanel::PalettePanel(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("palette"));
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setSelectionMode(SingleSelection);
    setIconSize(QSize(24, 24));
    setSpacing(1);
    setUniformItemSizes(true);
    for (EntityKind kind : kinds()) {
        auto *item = new QListWidgetItem(Icons::entity(kind), labelFor(kind), this);
        item->setData(Qt::UserRole, int(kind));
        item->setToolTip(hintFor(kind) + QStringLiteral("\n") +
                         tr("Drag onto the canvas, or click here and then on the canvas."));
        item->setStatusTip(hintFor(kind));
    }
    // Every entry whole, also when the dock is short enough to need a scroll bar (Japanese
    // names run longer than English ones).
    setMinimumWidth(sizeHintForColumn(0) + verticalScrollBar()->sizeHint().width() +
                    2 * frameWidth() + 4 * spacing());
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT placementRequested(EntityKind(item->data(Qt::UserRole).toInt()));
    });
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT placeRequested(EntityKind(item->data(Qt::UserRole).toInt()));
        clearPlacement();
    });
}

QList<EntityKind> PalettePanel::kinds()
{
    return {EntityKind::Cluster,
            EntityKind::ContainerInstance,
            EntityKind::FargateCapacity,
            EntityKind::TaskDefinition,
            EntityKind::Service,
            EntityKind::ApplicationLoadBalancer,
            EntityKind::NetworkLoadBalancer,
            EntityKind::ListenerRule,
            EntityKind::TargetGroup,
            EntityKind::Repository};
}

void PalettePanel::clearPlacement()
{
    clearSelection();
    setCurrentItem(nullptr);
}

QStringList PalettePanel::mimeTypes() const
{
    return {CanvasView::paletteMimeType()};
}

QMimeData *PalettePanel::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(CanvasView::paletteMimeType(),
                  QByteArray::number(items.first()->data(Qt::UserRole).toInt()));
    return mime;
}

void PalettePanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        clearPlacement();
        Q_EMIT placementRequested(EntityKind::None);
        return;
    }
    QListWidget::keyPressEvent(event);
}

} // namespace Berth::Gui

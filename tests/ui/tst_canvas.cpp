// The canvas: palette drops and click-to-place, links drawn with the mouse (and refused),
// moves, nudges, delete, copy and paste, snapping and the automatic layout.

#include "testsupport.h"

#include "model/designedits.h"
#include "model/entityref.h"
#include "ui/canvas/autolayout.h"
#include "ui/canvas/clusteritem.h"
#include "ui/canvas/layoutedits.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/linklayer.h"
#include "ui/panels/palettepanel.h"
#include "ui/windowactions.h"

#include <QAction>
#include <QJsonArray>
#include <QMimeData>
#include <QSignalSpy>

using namespace Berth;
using namespace Berth::Gui;
using namespace BerthTest;
using Model::EntityKind;
using Model::EntityRef;

class TestCanvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initApplication(); }
    void sampleIsMirrored();
    void paletteDropCreatesEntity_data();
    void paletteDropCreatesEntity();
    void dropOutsideClusterIsRefused();
    void clickToPlace();
    void drawLink_data();
    void drawLink();
    void refusedLinkSaysWhy_data();
    void refusedLinkSaysWhy();
    void moveWithMouseIsOneUndoStep();
    void serviceDraggedIntoAnotherCluster();
    void nudgesMerge();
    void deleteAndUndo();
    void clickSelectsALink();
    void copyPaste();
    void snapToGrid();
    void autoLayoutOfImport();
    void zoomAndFit();
    void addedInstanceMakesRoom();

private:
    static int count(const Model::ProjectData &d, EntityKind kind);
    static void drop(MainWindow *w, EntityKind kind, QPointF scenePos);
};

int TestCanvas::count(const Model::ProjectData &d, EntityKind kind)
{
    switch (kind) {
    case EntityKind::Cluster:
        return int(d.clusters.size());
    case EntityKind::ContainerInstance:
        return int(d.clusters.first().instances.size());
    case EntityKind::FargateCapacity:
        return d.clusters.first().fargate.enabled ? 1 : 0;
    case EntityKind::TaskDefinition:
        return int(d.families().size());
    case EntityKind::Service:
        return int(d.services.size());
    case EntityKind::ApplicationLoadBalancer:
    case EntityKind::NetworkLoadBalancer:
        return int(d.loadBalancers.size());
    case EntityKind::ListenerRule:
        return int(d.loadBalancers.first().listeners.first().rules.size());
    case EntityKind::TargetGroup:
        return int(d.targetGroups.size());
    default:
        return -1;
    }
}

void TestCanvas::drop(MainWindow *w, EntityKind kind, QPointF scenePos)
{
    // The MIME data the palette itself produces for a drag of that entry.
    PalettePanel *palette = w->palette();
    QListWidgetItem *entry = nullptr;
    for (int i = 0; i < palette->count(); ++i) {
        if (palette->item(i)->data(Qt::UserRole).toInt() == int(kind))
            entry = palette->item(i);
    }
    QVERIFY(entry);
    QMimeData *mime = palette->model()->mimeData({palette->indexFromItem(entry)});
    QVERIFY(mime);
    QWidget *viewport = w->canvas()->viewport();
    const QPoint at = viewportPoint(w, scenePos);
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &move);
    QDropEvent dropEvent(at, Qt::CopyAction, mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
    delete mime;
}

void TestCanvas::sampleIsMirrored()
{
    auto w = sampleWindow();
    ProjectScene *scene = w->scene();
    QVERIFY(scene->itemFor(EntityRef::cluster(QStringLiteral("production"))));
    QVERIFY(
        scene->itemFor(EntityRef::instance(QStringLiteral("production"), QStringLiteral("web-3"))));
    QVERIFY(scene->itemFor(EntityRef::service(QStringLiteral("api"))));
    QVERIFY(scene->itemFor(EntityRef::taskDefinition(QStringLiteral("front"))));
    QVERIFY(scene->itemFor(EntityRef::listenerRule(QStringLiteral("web"), 0, 0)));
    QVERIFY(scene->itemFor(EntityRef::targetGroup(QStringLiteral("api-tg"))));
    // Instances and services sit inside their cluster's frame.
    NodeItem *frame = scene->itemFor(EntityRef::cluster(QStringLiteral("production")));
    NodeItem *service = scene->itemFor(EntityRef::service(QStringLiteral("front")));
    QCOMPARE(service->parentItem(), frame);
    QCOMPARE(service->scenePos(), QPointF(40, 200));
    // Two services to task definitions, two to target groups, a default action and a rule.
    QCOMPARE(scene->links().size(), 6);
}

void TestCanvas::paletteDropCreatesEntity_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QPointF>("at");
    QTest::newRow("cluster") << int(EntityKind::Cluster) << QPointF(100, 600);
    QTest::newRow("instance") << int(EntityKind::ContainerInstance) << QPointF(600, 200);
    QTest::newRow("fargate") << int(EntityKind::FargateCapacity) << QPointF(600, 250);
    QTest::newRow("task definition") << int(EntityKind::TaskDefinition) << QPointF(760, 560);
    QTest::newRow("service") << int(EntityKind::Service) << QPointF(560, 220);
    QTest::newRow("alb") << int(EntityKind::ApplicationLoadBalancer) << QPointF(400, 600);
    QTest::newRow("nlb") << int(EntityKind::NetworkLoadBalancer) << QPointF(400, 700);
    QTest::newRow("listener rule") << int(EntityKind::ListenerRule) << QPointF(800, 375);
    QTest::newRow("target group") << int(EntityKind::TargetGroup) << QPointF(1000, 560);
}

void TestCanvas::paletteDropCreatesEntity()
{
    QFETCH(int, kind);
    QFETCH(QPointF, at);
    auto w = sampleWindow();
    const Model::ProjectData before = w->project()->data();
    drop(w.get(), EntityKind(kind), at);
    const Model::ProjectData &after = w->project()->data();
    QCOMPARE(count(after, EntityKind(kind)), count(before, EntityKind(kind)) + 1);
    QVERIFY(w->project()->isModified());
    // The new entity is selected and has its item.
    const QList<EntityRef> selected = w->scene()->selectedRefs();
    QCOMPARE(selected.size(), 1);
    QVERIFY(Model::DesignEdits::exists(after, selected.first()));
    QVERIFY(w->scene()->itemFor(selected.first()));
    if (EntityKind(kind) == EntityKind::Service)
        QCOMPARE(after.services.last().cluster, QStringLiteral("production"));
    // One undo step takes it away again.
    w->editor()->undoStack()->undo();
    QCOMPARE(w->project()->data(), before);
    QVERIFY(!w->project()->isModified());
}

void TestCanvas::dropOutsideClusterIsRefused()
{
    auto w = sampleWindow();
    QSignalSpy messages(w->scene(), &ProjectScene::message);
    const Model::ProjectData before = w->project()->data();
    drop(w.get(), EntityKind::ContainerInstance, QPointF(300, 700));
    QCOMPARE(w->project()->data(), before);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().contains(QLatin1String("cluster")));
    drop(w.get(), EntityKind::ListenerRule, QPointF(300, 700));
    QCOMPARE(w->project()->data(), before);
}

void TestCanvas::clickToPlace()
{
    auto w = sampleWindow();
    PalettePanel *palette = w->palette();
    const QRect entry = palette->visualItemRect(palette->item(8)); // target group
    QTest::mouseClick(palette->viewport(), Qt::LeftButton, {}, entry.center());
    QCOMPARE(w->canvas()->placementKind(), EntityKind::TargetGroup);
    QTest::mouseClick(w->canvas()->viewport(), Qt::LeftButton, {},
                      viewportPoint(w.get(), QPointF(1000, 600)));
    QCOMPARE(w->project()->data().targetGroups.size(), 3);
    QCOMPARE(w->project()->data().targetGroups.last().position, QPointF(1000, 600));
    QCOMPARE(w->canvas()->placementKind(), EntityKind::None);
}

void TestCanvas::drawLink_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("service to task definition") << QStringLiteral("td");
    QTest::newRow("service to target group") << QStringLiteral("tg");
    QTest::newRow("listener rule to target group") << QStringLiteral("rule");
    QTest::newRow("service to cluster") << QStringLiteral("cluster");
    QTest::newRow("load balancer default to target group") << QStringLiteral("lb");
}

void TestCanvas::drawLink()
{
    QFETCH(QString, kind);
    auto w = sampleWindow();
    ProjectScene *scene = w->scene();
    ProjectEditor *editor = w->editor();
    // Something for each link to change: a second family, a cluster and a target group.
    editor->edit(QStringLiteral("setup"), [](Model::ProjectData &d) {
        d.registerTaskDefinition(QJsonObject{
            {QStringLiteral("family"), QStringLiteral("worker")},
            {QStringLiteral("containerDefinitions"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("w")},
                                    {QStringLiteral("image"), QStringLiteral("berth/demo:1")},
                                    {QStringLiteral("memory"), 128}}}}});
        d.taskDefinitions.last().setPosition(QPointF(760, 560));
        Model::Cluster staging;
        staging.name = QStringLiteral("staging");
        staging.frame = QRectF(0, 600, 500, 260);
        d.clusters << staging;
        Model::TargetGroup tg;
        tg.name = QStringLiteral("admin-tg");
        tg.port = 9000;
        tg.position = QPointF(1000, 560);
        d.targetGroups << tg;
    });
    int chooserCalls = 0;
    scene->setPortChooser(
        [&](const QList<LinkRules::PortChoice> &choices, const QString &, const QString &) {
            ++chooserCalls;
            return std::optional<LinkRules::PortChoice>(choices.last());
        });
    const int before = editor->undoStack()->count();
    const Model::ProjectData snapshot = w->project()->data();

    EntityRef from;
    EntityRef to;
    if (kind == QLatin1String("td")) {
        from = EntityRef::service(QStringLiteral("api"));
        to = EntityRef::taskDefinition(QStringLiteral("worker"));
    } else if (kind == QLatin1String("tg")) {
        from = EntityRef::service(QStringLiteral("front"));
        to = EntityRef::targetGroup(QStringLiteral("admin-tg"));
    } else if (kind == QLatin1String("rule")) {
        from = EntityRef::listenerRule(QStringLiteral("web"), 0, 0);
        to = EntityRef::targetGroup(QStringLiteral("admin-tg"));
    } else if (kind == QLatin1String("cluster")) {
        from = EntityRef::service(QStringLiteral("api"));
        to = EntityRef::cluster(QStringLiteral("staging"));
    } else {
        from = EntityRef::loadBalancer(QStringLiteral("web"));
        to = EntityRef::targetGroup(QStringLiteral("admin-tg"));
    }
    NodeItem *source = scene->itemFor(from);
    NodeItem *target = scene->itemFor(to);
    QVERIFY(source && target);
    const QPointF dropAt = to.kind == EntityKind::Cluster
                               ? target->mapToScene(QPointF(250, 150)) // the frame's empty inside
                               : centerOf(target);
    w->canvas()->ensureVisible(QRectF(handleOf(source), dropAt).normalized(), 10, 10);
    dragOnCanvas(w.get(), handleOf(source), dropAt);

    const Model::ProjectData &d = w->project()->data();
    QCOMPARE(editor->undoStack()->count(), before + 1);
    if (kind == QLatin1String("td")) {
        QCOMPARE(d.service(QStringLiteral("api"))->taskDefinition, QStringLiteral("worker:1"));
    } else if (kind == QLatin1String("tg")) {
        const auto &links = d.service(QStringLiteral("front"))->loadBalancers;
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.last().targetGroup, QStringLiteral("admin-tg"));
        // front runs two containers but only proxy maps a port: nothing to choose.
        QCOMPARE(links.last().containerName, QStringLiteral("proxy"));
        QCOMPARE(links.last().containerPort, 8080);
        QCOMPARE(chooserCalls, 0);
    } else if (kind == QLatin1String("rule")) {
        QCOMPARE(d.loadBalancer(QStringLiteral("web"))->listeners.first().rules.first().targetGroup,
                 QStringLiteral("admin-tg"));
    } else if (kind == QLatin1String("cluster")) {
        QCOMPARE(d.service(QStringLiteral("api"))->cluster, QStringLiteral("staging"));
        NodeItem *moved = scene->itemFor(from);
        QCOMPARE(moved->parentItem(), scene->itemFor(to));
    } else {
        QCOMPARE(d.loadBalancer(QStringLiteral("web"))->listeners.first().defaultTargetGroup,
                 QStringLiteral("admin-tg"));
    }
    // The link is drawn, and undo takes it back.
    editor->undoStack()->undo();
    QCOMPARE(w->project()->data(), snapshot);
    editor->undoStack()->redo();
    QVERIFY(!(w->project()->data() == snapshot));
}

void TestCanvas::refusedLinkSaysWhy_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("words");
    QTest::newRow("service to instance") << QStringLiteral("instance") << QStringLiteral("cluster");
    QTest::newRow("service to service") << QStringLiteral("service") << QStringLiteral("service");
    QTest::newRow("service to load balancer")
        << QStringLiteral("lb") << QStringLiteral("target group");
    QTest::newRow("already linked") << QStringLiteral("td") << QStringLiteral("already");
}

void TestCanvas::refusedLinkSaysWhy()
{
    QFETCH(QString, target);
    QFETCH(QString, words);
    auto w = sampleWindow();
    ProjectScene *scene = w->scene();
    QSignalSpy refused(scene, &ProjectScene::linkRefused);
    const Model::ProjectData before = w->project()->data();
    EntityRef to;
    if (target == QLatin1String("instance"))
        to = EntityRef::instance(QStringLiteral("production"), QStringLiteral("web-2"));
    else if (target == QLatin1String("service"))
        to = EntityRef::service(QStringLiteral("api"));
    else if (target == QLatin1String("lb"))
        to = EntityRef::loadBalancer(QStringLiteral("web"));
    else
        to = EntityRef::taskDefinition(QStringLiteral("front"));
    NodeItem *source = scene->itemFor(EntityRef::service(QStringLiteral("front")));
    NodeItem *item = scene->itemFor(to);
    // While the pointer is over the target, the target shows that it refuses.
    QWidget *viewport = w->canvas()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, viewportPoint(w.get(), handleOf(source)));
    QTest::mouseMove(viewport, viewportPoint(w.get(), centerOf(item) + QPointF(-30, 0)));
    QTest::mouseMove(viewport, viewportPoint(w.get(), centerOf(item)));
    QVERIFY(item->scene());
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, viewportPoint(w.get(), centerOf(item)));
    QCOMPARE(w->project()->data(), before);
    QCOMPARE(refused.size(), 1);
    const QString reason = refused.first().first().toString();
    QVERIFY2(reason.contains(words, Qt::CaseInsensitive), qPrintable(reason));
    QCOMPARE(LinkRules::check(before, EntityRef::service(QStringLiteral("front")), to).reason,
             reason);
}

void TestCanvas::moveWithMouseIsOneUndoStep()
{
    auto w = sampleWindow();
    NodeItem *tg = w->scene()->itemFor(EntityRef::targetGroup(QStringLiteral("api-tg")));
    const QPointF grab = tg->mapToScene(QPointF(60, 50));
    const int steps = w->editor()->undoStack()->count();
    dragOnCanvas(w.get(), grab, grab + QPointF(123, 61));
    const Model::TargetGroup *moved = w->project()->data().targetGroup(QStringLiteral("api-tg"));
    // Snapped to the 20-pixel grid: 1000+123 -> 1120, 420+61 -> 480.
    QCOMPARE(moved->position, QPointF(1120, 480));
    QCOMPARE(w->editor()->undoStack()->count(), steps + 1);
    w->editor()->undoStack()->undo();
    QCOMPARE(w->project()->data().targetGroup(QStringLiteral("api-tg"))->position,
             QPointF(1000, 420));
    QCOMPARE(tg->pos(), QPointF(1000, 420));
}

void TestCanvas::serviceDraggedIntoAnotherCluster()
{
    auto w = sampleWindow();
    w->editor()->edit(QStringLiteral("setup"), [](Model::ProjectData &d) {
        Model::Cluster c;
        c.name = QStringLiteral("staging");
        c.frame = QRectF(0, 400, 600, 300);
        d.clusters << c;
    });
    NodeItem *service = w->scene()->itemFor(EntityRef::service(QStringLiteral("api")));
    const QPointF grab = service->mapToScene(QPointF(100, 50));
    w->canvas()->ensureVisible(QRectF(grab, QSizeF(10, 300)));
    dragOnCanvas(w.get(), grab, grab + QPointF(-200, 300));
    QCOMPARE(w->project()->data().service(QStringLiteral("api"))->cluster,
             QStringLiteral("staging"));
    // An instance let go outside every cluster goes back into its own frame.
    NodeItem *instance = w->scene()->itemFor(
        EntityRef::instance(QStringLiteral("production"), QStringLiteral("web-1")));
    const QPointF at = instance->mapToScene(QPointF(90, 50));
    dragOnCanvas(w.get(), at, at + QPointF(0, -300));
    const QPointF p = w->project()
                          ->data()
                          .cluster(QStringLiteral("production"))
                          ->instance(QStringLiteral("web-1"))
                          ->position;
    QVERIFY2(p.y() >= 40, qPrintable(QString::number(p.y())));
}

void TestCanvas::nudgesMerge()
{
    auto w = sampleWindow();
    w->scene()->selectRefs({EntityRef::taskDefinition(QStringLiteral("api"))});
    w->canvas()->setFocus();
    const int steps = w->editor()->undoStack()->count();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(w->canvas(), Qt::Key_Right);
    QTest::keyClick(w->canvas(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(w->project()->data().latestRevision(QStringLiteral("api"))->position(),
             QPointF(820, 201));
    QCOMPARE(w->editor()->undoStack()->count(), steps + 1);
    w->editor()->undoStack()->undo();
    QCOMPARE(w->project()->data().latestRevision(QStringLiteral("api"))->position(),
             QPointF(760, 200));
}

void TestCanvas::deleteAndUndo()
{
    auto w = sampleWindow();
    const Model::ProjectData before = w->project()->data();
    w->scene()->selectRefs(
        {EntityRef::targetGroup(QStringLiteral("api-tg")),
         EntityRef::instance(QStringLiteral("production"), QStringLiteral("web-2"))});
    w->canvas()->setFocus();
    QTest::keyClick(w->canvas(), Qt::Key_Delete);
    const Model::ProjectData &d = w->project()->data();
    QVERIFY(!d.targetGroup(QStringLiteral("api-tg")));
    QCOMPARE(d.clusters.first().instances.size(), 2);
    // Links to the deleted target group go with it.
    QVERIFY(d.service(QStringLiteral("api"))->loadBalancers.isEmpty());
    QVERIFY(d.loadBalancer(QStringLiteral("web"))
                ->listeners.first()
                .rules.first()
                .targetGroup.isEmpty());
    w->editor()->undoStack()->undo();
    QCOMPARE(w->project()->data(), before);
    // A selected link is deleted on its own.
    for (LinkItem *link : w->scene()->links()) {
        if (link->kind() == LinkItem::Kind::TaskDefinition &&
            link->from()->ref().name == QLatin1String("api"))
            link->setSelected(true);
    }
    w->scene()->deleteSelection();
    QVERIFY(w->project()->data().service(QStringLiteral("api"))->taskDefinition.isEmpty());
    QVERIFY(w->project()->data().latestRevision(QStringLiteral("api")));
}

void TestCanvas::clickSelectsALink()
{
    auto w = sampleWindow();
    LinkItem *link = nullptr;
    for (LinkItem *l : w->scene()->links()) {
        if (l->kind() == LinkItem::Kind::TaskDefinition &&
            l->from()->ref().name == QLatin1String("api"))
            link = l;
    }
    QVERIFY(link);
    QVERIFY(!link->path().isEmpty());
    // A point of the curve with no card under it.
    QPointF at;
    for (qreal t = 0.3; t < 0.9; t += 0.05) {
        const QPointF p = link->path().pointAtPercent(t);
        bool onCard = false;
        for (QGraphicsItem *item : w->scene()->items(p))
            onCard |= item->type() == NodeItem::Type;
        if (!onCard) {
            at = p;
            break;
        }
    }
    QVERIFY(!at.isNull());
    QCOMPARE(w->scene()->linkLayer()->linkAt(at), link);
    QTest::mouseClick(w->canvas()->viewport(), Qt::LeftButton, {}, viewportPoint(w.get(), at));
    QVERIFY(link->isSelected());
    QVERIFY(w->scene()->selectedRefs().isEmpty());
    w->canvas()->setFocus();
    QTest::keyClick(w->canvas(), Qt::Key_Delete);
    QVERIFY(w->project()->data().service(QStringLiteral("api"))->taskDefinition.isEmpty());
}

void TestCanvas::copyPaste()
{
    auto w = sampleWindow();
    w->scene()->selectRefs({EntityRef::cluster(QStringLiteral("production")),
                            EntityRef::taskDefinition(QStringLiteral("api"))});
    w->copySelection();
    QVERIFY(w->pasteClipboard());
    const Model::ProjectData &d = w->project()->data();
    QCOMPARE(d.clusters.size(), 2);
    QCOMPARE(d.clusters.last().name, QStringLiteral("production-2"));
    QCOMPARE(d.clusters.last().instances.size(), 3);
    QCOMPARE(d.clusters.last().frame.topLeft(), QPointF(40, 40));
    // The copied cluster's services come along, renamed, in the copy.
    QCOMPARE(d.services.size(), 4);
    QCOMPARE(d.service(QStringLiteral("api-2"))->cluster, QStringLiteral("production-2"));
    QCOMPARE(d.service(QStringLiteral("api-2"))->taskDefinition, QStringLiteral("api-2:1"));
    QCOMPARE(d.service(QStringLiteral("front-2"))->taskDefinition, QStringLiteral("front:1"));
    QVERIFY(d.latestRevision(QStringLiteral("api-2")));
    // The pasted family, cluster and services are selected.
    QCOMPARE(w->scene()->selectedRefs().size(), 4);
}

void TestCanvas::snapToGrid()
{
    auto w = sampleWindow();
    QVERIFY(w->scene()->snapToGrid());
    w->actions()->snap->setChecked(false);
    QVERIFY(!w->scene()->snapToGrid());
    NodeItem *tg = w->scene()->itemFor(EntityRef::targetGroup(QStringLiteral("front-tg")));
    const QPointF grab = tg->mapToScene(QPointF(60, 50));
    dragOnCanvas(w.get(), grab, grab + QPointF(7, 3));
    QCOMPARE(w->project()->data().targetGroup(QStringLiteral("front-tg"))->position,
             QPointF(1007, 323));
    w->actions()->snap->setChecked(true);
}

void TestCanvas::autoLayoutOfImport()
{
    Model::ProjectData d = sampleData();
    for (Model::TaskDefinition &td : d.taskDefinitions)
        td.setPosition({});
    for (Model::TargetGroup &tg : d.targetGroups)
        tg.position = {};
    QVERIFY(AutoLayout::needsLayout(d));
    AutoLayout::arrange(d);
    QVERIFY(!AutoLayout::needsLayout(d));
    // Nothing overlaps any more.
    auto w = sampleWindow();
    w->editor()->replace(QStringLiteral("layout"), d);
    QList<QRectF> rects;
    for (NodeItem *item : w->scene()->nodeItems()) {
        if (!item->parentItem())
            rects << item->sceneBoundingRect().adjusted(5, 10, -11, -5);
    }
    for (int i = 0; i < rects.size(); ++i) {
        for (int j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects.at(i).intersects(rects.at(j)),
                     qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
    }
}

void TestCanvas::zoomAndFit()
{
    auto w = sampleWindow();
    QCOMPARE(w->canvas()->zoom(), 1.0);
    w->actions()->zoomIn->trigger();
    QVERIFY(w->canvas()->zoom() > 1.0);
    w->actions()->zoomReset->trigger();
    QCOMPARE(w->canvas()->zoom(), 1.0);
    w->resize(700, 500);
    QCoreApplication::processEvents();
    w->actions()->fit->trigger();
    QVERIFY(w->canvas()->zoom() < 1.0);
    const QRectF visible = w->canvas()->mapToScene(w->canvas()->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(w->scene()->contentRect().adjusted(10, 10, -10, -10)));
}

// An instance added to a full cluster (as Run mode's "Add instance" does) takes a free place
// in the frame when there is one; else the frame grows and the cards beside it move along.
void TestCanvas::addedInstanceMakesRoom()
{
    Model::ProjectData d;
    Model::Cluster c;
    c.name = QStringLiteral("prod");
    c.frame = QRectF(0, 0, 440, 200);
    c.instances << Model::ContainerInstance::ofType(QStringLiteral("a"), QStringLiteral("t3.medium"),
                                                    QStringLiteral("us-east-1a"));
    c.instances.last().position = QPointF(20, 40);
    d.clusters << c;
    Model::Cluster other;
    other.name = QStringLiteral("next");
    other.frame = QRectF(480, 0, 300, 200);
    d.clusters << other;
    Model::TargetGroup below;
    below.name = QStringLiteral("tg");
    below.position = QPointF(100, 260);
    d.targetGroups << below;

    // A free place beside the first instance: nothing moves.
    QCOMPARE(LayoutEdits::freeInstanceSlot(d, QStringLiteral("prod")), QPointF(220, 40));
    Model::ContainerInstance second = c.instances.first();
    second.name = QStringLiteral("b");
    second.position = LayoutEdits::freeInstanceSlot(d, QStringLiteral("prod"));
    d.cluster(QStringLiteral("prod"))->instances << second;
    LayoutEdits::fitFrameMakingRoom(d, QStringLiteral("prod"));
    QCOMPARE(d.cluster(QStringLiteral("next"))->frame.topLeft(), QPointF(480, 0));

    // The frame is full: the third goes right of the last, the frame widens, and the cluster
    // to its right moves by as much; the target group below stays where it was.
    const QPointF third = LayoutEdits::freeInstanceSlot(d, QStringLiteral("prod"));
    QCOMPARE(third, QPointF(420, 40));
    Model::ContainerInstance i3 = second;
    i3.name = QStringLiteral("c");
    i3.position = third;
    d.cluster(QStringLiteral("prod"))->instances << i3;
    LayoutEdits::fitFrameMakingRoom(d, QStringLiteral("prod"));
    const QRectF grown = d.cluster(QStringLiteral("prod"))->frame;
    QVERIFY(grown.right() >= 420 + 180);
    const QRectF next = d.cluster(QStringLiteral("next"))->frame;
    QCOMPARE(next.left(), 480 + (grown.right() - 440));
    QVERIFY(!next.intersects(grown));
    QCOMPARE(d.targetGroups.first().position, QPointF(100, 260));
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"

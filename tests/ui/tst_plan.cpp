// The plan view: the planner's placement of the design as instance boxes with task chips,
// the tasks that cannot be placed with the scheduler's table, deployment warnings.

#include "testsupport.h"

#include "ui/plan/planboard.h"
#include "ui/plan/planview.h"
#include "ui/windowactions.h"

#include <QAction>
#include <QLabel>
#include <QTableWidget>
#include <QTreeWidget>

using namespace Berth;
using namespace Berth::Gui;
using namespace BerthTest;
using Model::EntityRef;

class TestPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initApplication(); }
    void sampleIsPlacedEverywhere();
    void unplaceableTasksAreExplained();
    void followsTheDesign();
};

void TestPlan::sampleIsPlacedEverywhere()
{
    auto w = sampleWindow();
    w->actions()->plan->trigger();
    QVERIFY(w->planView()->isVisible());
    const Engine::Plan &plan = w->planView()->plan();
    QCOMPARE(plan.instances.size(), 3);
    QCOMPARE(plan.unplacedCount(), 0);
    // Seven tasks (front 3, api 4), each a chip in its instance's box.
    int chips = 0;
    for (const Engine::ServicePlan &s : plan.services) {
        for (const Engine::PlannedTask &t : s.placed) {
            ++chips;
            const QRect box = w->planView()->board()->boxOf(s.cluster, t.instance);
            QVERIFY(!box.isEmpty());
            QCOMPARE(w->planView()->board()->taskAt(box.center()).isEmpty(), true);
        }
    }
    QCOMPARE(chips, 7);
    QCOMPARE(w->planView()->services()->topLevelItemCount(), 2);
    QVERIFY(w->planView()
                ->findChild<QLabel *>(QStringLiteral("planSummary"))
                ->text()
                .startsWith(QStringLiteral("7 of 7")));
}

void TestPlan::unplaceableTasksAreExplained()
{
    auto w = sampleWindow();
    w->editor()->edit(QStringLiteral("too many"), [](Model::ProjectData &d) {
        d.service(QStringLiteral("api"))->desiredCount = 40;
    });
    w->showPlan();
    const Engine::Plan &plan = w->planView()->plan();
    QVERIFY(plan.unplacedCount() > 0);
    QTreeWidget *tree = w->planView()->services();
    QTreeWidgetItem *api = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == QLatin1String("api"))
            api = tree->topLevelItem(i);
    }
    QVERIFY(api);
    QVERIFY(api->childCount() >= 1);
    QVERIFY(api->child(0)->text(1).contains(QLatin1String("unable to place")));
    // Selecting the service shows the table of instances and rules for its first miss.
    tree->setCurrentItem(api);
    QTableWidget *table = w->planView()->explanation();
    QCOMPARE(table->rowCount(), 3);
    QVERIFY(table->columnCount() >= 3);
    bool failed = false;
    for (int r = 0; r < table->rowCount(); ++r) {
        for (int c = 0; c < table->columnCount(); ++c)
            failed |=
                table->item(r, c) && table->item(r, c)->text().startsWith(QStringLiteral("✗"));
    }
    QVERIFY(failed);
}

void TestPlan::followsTheDesign()
{
    auto w = sampleWindow();
    w->showPlan();
    QCOMPARE(w->planView()->plan().instances.size(), 3);
    w->editor()->edit(QStringLiteral("fewer"),
                      [](Model::ProjectData &d) { d.clusters.first().instances.removeLast(); });
    QTRY_COMPARE(w->planView()->plan().instances.size(), 2);
    // A capacity provider with no instance to start: the api service's tasks go on the
    // instances its group would launch, which the board shows with them.
    w->editor()->edit(QStringLiteral("provider"), [](Model::ProjectData &d) {
        Model::CapacityProvider p;
        p.name = QStringLiteral("asg");
        d.clusters.first().capacityProviders << p;
        d.service(QStringLiteral("api"))->capacityProviderStrategy = {{p.name, 0, 1}};
    });
    QTRY_VERIFY(!w->planView()->board()->boxOf(QStringLiteral("production"), QStringLiteral("asg-1"))
                     .isEmpty());
    int waiting = 0;
    for (const Engine::ServicePlan &s : w->planView()->plan().services)
        waiting += s.name == QLatin1String("api") ? s.waitingForCapacity : 0;
    QCOMPARE(waiting, 4); // the group starts empty: all four of api's tasks wait
    // Back to the design when a service is opened from the plan.
    Q_EMIT w->planView()->serviceActivated(QStringLiteral("front"));
    QVERIFY(w->canvas()->isVisible());
    QCOMPARE(w->scene()->selectedRefs(),
             QList<EntityRef>{EntityRef::service(QStringLiteral("front"))});
}

QTEST_MAIN(TestPlan)
#include "tst_plan.moc"

// Undo and redo of every kind of edit: each one is a single step that undo takes back to
// the design before it (and to "not modified"), and redo brings back exactly.

#include "testsupport.h"

#include "ui/canvas/clusteritem.h"
#include "ui/editors/constrainteditor.h"
#include "ui/editors/queryeditor.h"
#include "ui/editors/serviceform.h"
#include "ui/editors/taskdefinitionform.h"
#include "ui/editors/taskdefinitionjsoneditor.h"
#include "ui/panels/propertypanel.h"

#include <QClipboard>
#include <QPushButton>
#include <QSpinBox>

#include <functional>

using namespace Berth;
using namespace Berth::Gui;
using namespace BerthTest;
using Model::EntityKind;
using Model::EntityRef;

using Edit = std::function<void(MainWindow *)>;
Q_DECLARE_METATYPE(Edit)

class TestUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initApplication(); }
    void undoRedo_data();
    void undoRedo();
    void modifiedFollowsTheStack();
};

void TestUndo::undoRedo_data()
{
    QTest::addColumn<Edit>("setup");
    QTest::addColumn<Edit>("edit");
    QTest::newRow("place") << Edit() << Edit([](MainWindow *w) {
        w->scene()->place(EntityKind::Service, QPointF(500, 220));
    });
    QTest::newRow("move") << Edit() << Edit([](MainWindow *w) {
        NodeItem *tg = w->scene()->itemFor(EntityRef::targetGroup(QStringLiteral("api-tg")));
        const QPointF at = tg->mapToScene(QPointF(60, 50));
        dragOnCanvas(w, at, at + QPointF(80, 40));
    });
    QTest::newRow("nudge") << Edit() << Edit([](MainWindow *w) {
        w->scene()->selectRefs({EntityRef::cluster(QStringLiteral("production"))});
        w->scene()->nudgeSelection({20, 0});
        w->scene()->nudgeSelection({20, 0});
    });
    QTest::newRow("resize cluster") << Edit() << Edit([](MainWindow *w) {
        auto *frame = static_cast<ClusterItem *>(
            w->scene()->itemFor(EntityRef::cluster(QStringLiteral("production"))));
        frame->setSize(frame->size() + QSizeF(100, 60));
        w->scene()->commitResize(frame);
    });
    QTest::newRow("link") << Edit() << Edit([](MainWindow *w) {
        w->scene()->link(EntityRef::service(QStringLiteral("api")),
                         EntityRef::taskDefinition(QStringLiteral("front")));
    });
    QTest::newRow("delete") << Edit() << Edit([](MainWindow *w) {
        w->scene()->selectRefs({EntityRef::cluster(QStringLiteral("production"))});
        w->scene()->deleteSelection();
    });
    QTest::newRow("paste") << Edit() << Edit([](MainWindow *w) {
        w->scene()->selectRefs({EntityRef::loadBalancer(QStringLiteral("web"))});
        w->copySelection();
        w->pasteClipboard();
    });
    QTest::newRow("rename") << Edit() << Edit([](MainWindow *w) {
        w->editor()->rename(EntityRef::cluster(QStringLiteral("production")),
                            QStringLiteral("prod"));
    });
    QTest::newRow("property") << Edit() << Edit([](MainWindow *w) {
        w->scene()->selectRefs({EntityRef::service(QStringLiteral("api"))});
        w->properties()
            ->currentForm()
            ->findChild<QSpinBox *>(QStringLiteral("desiredCount"))
            ->setValue(9);
    });
    QTest::newRow("add placement constraint") << Edit() << Edit([](MainWindow *w) {
        w->scene()->selectRefs({EntityRef::service(QStringLiteral("api"))});
        auto *form = static_cast<ServiceForm *>(w->properties()->currentForm());
        form->findChild<QPushButton *>(QStringLiteral("addDistinctInstance"))->click();
    });
    QTest::newRow("constraint expression") << Edit([](MainWindow *w) {
        w->editor()->edit(QStringLiteral("setup"), [](Model::ProjectData &d) {
            d.service(QStringLiteral("api"))->placementConstraints
                << Model::PlacementConstraint{QStringLiteral("memberOf"), {}};
        });
    }) << Edit([](MainWindow *w) {
        w->scene()->selectRefs({EntityRef::service(QStringLiteral("api"))});
        auto *form = static_cast<ServiceForm *>(w->properties()->currentForm());
        form->constraints()->queryEditor()->setText(
            QStringLiteral("attribute:ecs.availability-zone == us-east-1a"));
        Q_EMIT form->constraints()->queryEditor()->submitted();
    });
    QTest::newRow("new revision") << Edit() << Edit([](MainWindow *w) {
        w->scene()->selectRefs({EntityRef::taskDefinition(QStringLiteral("api"))});
        auto *form = static_cast<TaskDefinitionForm *>(w->properties()->currentForm());
        CodeEditor *code = form->jsonEditor()->codeEditor();
        code->setPlainText(
            code->toPlainText().replace(QStringLiteral("384"), QStringLiteral("512")));
        QVERIFY(form->jsonEditor()->saveAsNewRevision());
    });
    QTest::newRow("import") << Edit() << Edit([](MainWindow *w) {
        w->documents()->importTaskDefinitionText(
            R"({"family": "worker", "containerDefinitions": [{"name": "w",
                "image": "berth/demo:1", "memory": 128, "essential": true}]})",
            QStringLiteral("test"));
    });
    QTest::newRow("auto layout") << Edit() << Edit([](MainWindow *w) { w->arrange(); });
}

void TestUndo::undoRedo()
{
    QFETCH(Edit, edit);
    auto w = sampleWindow();
    QUndoStack *stack = w->editor()->undoStack();
    QFETCH(Edit, setup);
    if (setup) {
        setup(w.get());
        stack->clear(); // the set-up is not the edit under test
        w->editor()->markSaved();
    }
    const Model::ProjectData before = w->project()->data();
    const int steps = stack->count();
    edit(w.get());
    const Model::ProjectData after = w->project()->data();
    QVERIFY(!(after == before));
    QCOMPARE(stack->count(), steps + 1);
    QVERIFY(w->project()->isModified());
    QVERIFY(w->isWindowModified());
    QVERIFY(!stack->undoText().isEmpty());

    stack->undo();
    QCOMPARE(w->project()->data(), before);
    QVERIFY(!w->project()->isModified());
    QVERIFY(!w->isWindowModified());
    stack->redo();
    QCOMPARE(w->project()->data(), after);
    QVERIFY(w->project()->isModified());
    // The canvas mirrors the redone design: every entity has its item.
    for (const Model::Service &s : after.services)
        QVERIFY(w->scene()->itemFor(EntityRef::service(s.name)));
}

void TestUndo::modifiedFollowsTheStack()
{
    auto w = sampleWindow();
    QUndoStack *stack = w->editor()->undoStack();
    w->scene()->place(EntityKind::TargetGroup, QPointF(1200, 600));
    const QString path = QDir::temp().filePath(QStringLiteral("berth-undo-test.berth"));
    QVERIFY(w->documents()->saveTo(path));
    QVERIFY(!w->project()->isModified());
    stack->undo();
    QVERIFY(w->project()->isModified()); // the saved file has the target group
    stack->redo();
    QVERIFY(!w->project()->isModified());
    QFile::remove(path);
}

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"

// The problems panel follows validation as the design changes; a double-click selects the
// entity the diagnostic names and puts the cursor on its field.

#include "testsupport.h"

#include "ui/editors/codeeditor.h"
#include "ui/editors/entityform.h"
#include "ui/editors/taskdefinitionform.h"
#include "ui/editors/taskdefinitionjsoneditor.h"
#include "ui/panels/problemspanel.h"
#include "ui/panels/propertypanel.h"

#include <QComboBox>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBlock>

using namespace Berth;
using namespace Berth::Gui;
using namespace BerthTest;
using Model::EntityRef;

class TestProblems : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initApplication(); }
    void followsValidation();
    void activationSelectsEntityAndField();
    void taskDefinitionDiagnosticOpensTheJson();

private:
    static int rowOf(ProblemsPanel *panel, const QString &rule);
};

int TestProblems::rowOf(ProblemsPanel *panel, const QString &rule)
{
    for (int i = 0; i < panel->diagnostics().size(); ++i) {
        if (panel->diagnostics().at(i).rule == rule)
            return i;
    }
    return -1;
}

void TestProblems::followsValidation()
{
    auto w = sampleWindow();
    ProblemsPanel *panel = w->problems();
    QCOMPARE(Model::errorCount(panel->diagnostics()), 0);
    QSignalSpy counts(panel, &ProblemsPanel::countsChanged);
    w->editor()->edit(QStringLiteral("break"), [](Model::ProjectData &d) {
        d.service(QStringLiteral("api"))->taskDefinition = QStringLiteral("missing");
    });
    // Validation runs shortly after the change, not inside it.
    QTRY_VERIFY(Model::errorCount(panel->diagnostics()) > 0);
    const int row = rowOf(panel, QStringLiteral("service.taskDefinition"));
    QVERIFY(row >= 0);
    QCOMPARE(panel->topLevelItemCount(), panel->diagnostics().size());
    QCOMPARE(panel->topLevelItem(row)->text(1), QStringLiteral("api"));
    QVERIFY(!counts.isEmpty());
    QVERIFY(counts.last().at(0).toInt() > 0);
    // The card on the canvas carries the count.
    QVERIFY(w->scene()->itemFor(EntityRef::service(QStringLiteral("api")))->errorCount() > 0);
    QCOMPARE(w->scene()->itemFor(EntityRef::service(QStringLiteral("front")))->errorCount(), 0);

    w->editor()->undoStack()->undo();
    QTRY_COMPARE(Model::errorCount(panel->diagnostics()), 0);
    QCOMPARE(rowOf(panel, QStringLiteral("service.taskDefinition")), -1);
    QCOMPARE(w->scene()->itemFor(EntityRef::service(QStringLiteral("api")))->errorCount(), 0);
}

void TestProblems::activationSelectsEntityAndField()
{
    auto w = sampleWindow();
    QApplication::setActiveWindow(w.get());
    w->editor()->edit(QStringLiteral("break"), [](Model::ProjectData &d) {
        d.service(QStringLiteral("api"))->taskDefinition = QStringLiteral("missing");
    });
    ProblemsPanel *panel = w->problems();
    panel->refreshNow();
    const int row = rowOf(panel, QStringLiteral("service.taskDefinition"));
    QVERIFY(row >= 0);
    Q_EMIT panel->itemActivated(panel->topLevelItem(row), 0);
    QCOMPARE(w->scene()->selectedRefs(),
             QList<EntityRef>{EntityRef::service(QStringLiteral("api"))});
    QCOMPARE(w->properties()->entity(), EntityRef::service(QStringLiteral("api")));
    auto *combo =
        w->properties()->currentForm()->findChild<QComboBox *>(QStringLiteral("taskDefinition"));
    QVERIFY(combo);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY2(focus == combo || focus->parentWidget() == combo, qPrintable(focus->objectName()));
}

void TestProblems::taskDefinitionDiagnosticOpensTheJson()
{
    auto w = sampleWindow();
    w->editor()->edit(QStringLiteral("break"), [](Model::ProjectData &d) {
        Model::TaskDefinition &td = d.taskDefinitions[1]; // api:1
        QList<Model::ContainerDefinition> containers = td.containers();
        containers[0].setImage(QString());
        td.setContainers(containers);
    });
    ProblemsPanel *panel = w->problems();
    panel->refreshNow();
    const int row = rowOf(panel, QStringLiteral("taskdef.container.image"));
    QVERIFY2(row >= 0, "an empty image is an error");
    Q_EMIT panel->itemActivated(panel->topLevelItem(row), 0);
    QCOMPARE(w->properties()->entity(), EntityRef::taskDefinition(QStringLiteral("api")));
    auto *form = qobject_cast<TaskDefinitionForm *>(w->properties()->currentForm());
    QVERIFY(form);
    QCOMPARE(form->tabs()->currentWidget(), form->jsonEditor());
    CodeEditor *code = form->jsonEditor()->codeEditor();
    QVERIFY2(code->textCursor().block().text().contains(QLatin1String("\"image\"")),
             qPrintable(code->textCursor().block().text()));
    // The JSON editor underlines the same finding.
    QVERIFY(!code->markers().isEmpty());
}

QTEST_MAIN(TestProblems)
#include "tst_problems.moc"

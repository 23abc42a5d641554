// The task definition JSON editor (live validation, new revisions, diffs between them), the
// placement constraint editor (errors at their column, matching instances outlined), a
// service's Auto Scaling section (validation as you type, undo, the card's badge; every
// policy, the step table and the scheduled actions), and a cluster's capacity providers with
// a service's strategy over them (the same), and the cluster's default strategy, which a
// service naming no launch type takes.

#include "testsupport.h"

#include "ui/canvas/nodecontents.h"
#include "ui/editors/autoscalingform.h"
#include "ui/editors/capacityproviderform.h"
#include "ui/editors/capacityproviderstrategyeditor.h"
#include "ui/editors/clusterform.h"
#include "ui/editors/codeeditor.h"
#include "ui/editors/constrainteditor.h"
#include "ui/editors/queryeditor.h"
#include "ui/editors/revisionhistory.h"
#include "ui/editors/scalingpolicyform.h"
#include "ui/editors/scheduledactionform.h"
#include "ui/editors/serviceform.h"
#include "ui/editors/stepadjustmentsdialog.h"
#include "ui/editors/taskdefinitionform.h"
#include "ui/editors/taskdefinitionjsoneditor.h"
#include "ui/editors/textdiff.h"
#include "ui/panels/propertypanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace Berth;
using namespace Berth::Gui;
using namespace BerthTest;
using Model::EntityRef;

class TestEditors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initApplication(); }
    void jsonSyntaxErrorIsUnderlinedWhereItIs();
    void jsonRuleErrorIsUnderlinedWithItsMessage();
    void savingRegistersANewRevision();
    void revisionsDiff();
    void textDiff();
    void queryErrorAtItsColumnAsYouType();
    void matchingInstancesAreOutlined();
    void autoScalingSectionValidatesAndUndoes();
    void autoScalingEditsEveryPolicyAndAction();
    void stepTableValidatesAsYouType();
    void capacityProvidersValidateAndUndo();
    void clusterDefaultStrategyEditsAndUndoes();

private:
    static TaskDefinitionForm *showTaskDefinition(MainWindow *w, const QString &family);
    static ConstraintEditor *showConstraints(MainWindow *w);
};

TaskDefinitionForm *TestEditors::showTaskDefinition(MainWindow *w, const QString &family)
{
    w->scene()->selectRefs({EntityRef::taskDefinition(family)});
    return qobject_cast<TaskDefinitionForm *>(w->properties()->currentForm());
}

ConstraintEditor *TestEditors::showConstraints(MainWindow *w)
{
    w->editor()->edit(QStringLiteral("setup"), [](Model::ProjectData &d) {
        Model::ContainerInstance &i = d.clusters.first().instances[2];
        i.attributes.insert(QStringLiteral("stack"), QStringLiteral("blue"));
        d.service(QStringLiteral("api"))->placementConstraints
            << Model::PlacementConstraint{QStringLiteral("memberOf"), {}};
    });
    w->scene()->selectRefs({EntityRef::service(QStringLiteral("api"))});
    auto *form = qobject_cast<ServiceForm *>(w->properties()->currentForm());
    return form ? form->constraints() : nullptr;
}

void TestEditors::jsonSyntaxErrorIsUnderlinedWhereItIs()
{
    auto w = sampleWindow();
    TaskDefinitionForm *form = showTaskDefinition(w.get(), QStringLiteral("api"));
    QVERIFY(form);
    TaskDefinitionJsonEditor *json = form->jsonEditor();
    CodeEditor *code = json->codeEditor();
    QVERIFY(code->markers().isEmpty());
    QVERIFY(!json->hasErrors());
    // Type a stray comma after the family, as a user would.
    QTextCursor cursor = code->document()->find(QStringLiteral("\"family\": \"api\""));
    QVERIFY(!cursor.isNull());
    const int line = cursor.blockNumber() + 1;
    cursor.clearSelection();
    code->setTextCursor(cursor);
    QTest::keyClicks(code, QStringLiteral(",,"));
    // Checked shortly after typing stops.
    QTRY_VERIFY(json->hasErrors());
    QCOMPARE(code->markers().size(), 1);
    QCOMPARE(code->markers().first().line, line);
    QVERIFY(code->markers().first().column > 1);
    QVERIFY(!code->extraSelections().isEmpty());
    QVERIFY(
        !code->markerMessageAt(code->extraSelections().first().cursor.selectionStart()).isEmpty());
    auto *save = json->findChild<QPushButton *>(QStringLiteral("saveRevision"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!json->saveAsNewRevision());
    QCOMPARE(w->project()->data().taskDefinitions.size(), 2);
}

void TestEditors::jsonRuleErrorIsUnderlinedWithItsMessage()
{
    auto w = sampleWindow();
    TaskDefinitionJsonEditor *json =
        showTaskDefinition(w.get(), QStringLiteral("api"))->jsonEditor();
    CodeEditor *code = json->codeEditor();
    // Valid JSON that ECS refuses: a memory reservation above the hard limit.
    QString text = code->toPlainText();
    text.replace(QStringLiteral("\"memory\": 384"),
                 QStringLiteral("\"memory\": 384,\n            \"memoryReservation\": 1024"));
    code->setPlainText(text);
    json->validateNow();
    QVERIFY(json->hasErrors());
    const CodeEditor::Marker &m = code->markers().first();
    QVERIFY2(code->document()
                 ->findBlockByNumber(m.line - 1)
                 .text()
                 .contains(QLatin1String("memoryReservation")),
             qPrintable(code->document()->findBlockByNumber(m.line - 1).text()));
    QVERIFY(m.message.contains(QLatin1String("memoryReservation")));
    auto *findings = json->findChild<QListWidget *>(QStringLiteral("jsonFindings"));
    QVERIFY(findings->count() >= 1);
    QVERIFY(findings->item(0)->text().startsWith(QStringLiteral("%1:").arg(m.line)));
}

void TestEditors::savingRegistersANewRevision()
{
    auto w = sampleWindow();
    TaskDefinitionForm *form = showTaskDefinition(w.get(), QStringLiteral("api"));
    TaskDefinitionJsonEditor *json = form->jsonEditor();
    CodeEditor *code = json->codeEditor();
    code->setPlainText(
        code->toPlainText().replace(QStringLiteral("api-1"), QStringLiteral("api-2")));
    json->validateNow();
    QVERIFY(json->isDirty());
    auto *save = json->findChild<QPushButton *>(QStringLiteral("saveRevision"));
    QVERIFY(save->isEnabled());
    QCOMPARE(save->text(), QStringLiteral("Save as revision 2"));
    save->click();
    const Model::ProjectData &d = w->project()->data();
    QCOMPARE(d.latestRevision(QStringLiteral("api"))->revision(), 2);
    QVERIFY(d.taskDefinition(QStringLiteral("api:1")));
    // Revision 1 is unchanged: revisions are immutable, as in ECS.
    QVERIFY(QJsonDocument(d.taskDefinition(QStringLiteral("api:1"))->json())
                .toJson()
                .contains("api-1"));
    QVERIFY(!json->isDirty());
    QCOMPARE(json->revision(), 2);
    // The service that runs "api" (no revision) now runs revision 2; its card says so.
    const NodeItem *card = w->scene()->itemFor(EntityRef::taskDefinition(QStringLiteral("api")));
    QCOMPARE(card->content().chip, QStringLiteral("rev 2"));
}

void TestEditors::revisionsDiff()
{
    auto w = sampleWindow();
    TaskDefinitionForm *form = showTaskDefinition(w.get(), QStringLiteral("api"));
    CodeEditor *code = form->jsonEditor()->codeEditor();
    code->setPlainText(code->toPlainText().replace(QStringLiteral("\"cpu\": 256"),
                                                   QStringLiteral("\"cpu\": 512")));
    QVERIFY(form->jsonEditor()->saveAsNewRevision());
    RevisionHistory *history = form->history();
    QCOMPARE(history->revisions()->count(), 2);
    history->compare(1, 2);
    const QStringList lines = history->diffText().split(u'\n');
    QVERIFY(lines.contains(QStringLiteral("-             \"cpu\": 256,")));
    QVERIFY(lines.contains(QStringLiteral("+             \"cpu\": 512,")));
    int changed = 0;
    for (const QString &line : lines)
        changed += line.startsWith(u'+') || line.startsWith(u'-') ? 1 : 0;
    QCOMPARE(changed, 2);
    // Choosing an old revision shows it in the JSON editor.
    Q_EMIT history->revisions()->itemActivated(history->revisions()->item(0));
    QCOMPARE(form->jsonEditor()->revision(), 1);
    QVERIFY(
        form->jsonEditor()->codeEditor()->toPlainText().contains(QLatin1String("\"cpu\": 256")));
}

void TestEditors::textDiff()
{
    using Op = TextDiff::Op;
    const QList<TextDiff::Line> diff = TextDiff::lines(
        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")},
        {QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("x"), QStringLiteral("d")});
    const QList<TextDiff::Line> expected{{Op::Same, QStringLiteral("a")},
                                         {Op::Removed, QStringLiteral("b")},
                                         {Op::Same, QStringLiteral("c")},
                                         {Op::Added, QStringLiteral("x")},
                                         {Op::Same, QStringLiteral("d")}};
    QCOMPARE(diff, expected);
}

void TestEditors::queryErrorAtItsColumnAsYouType()
{
    auto w = sampleWindow();
    ConstraintEditor *constraints = showConstraints(w.get());
    QVERIFY(constraints);
    QueryEditor *query = constraints->queryEditor();
    QVERIFY(query->isEnabled());
    query->setFocus();
    QTest::keyClicks(query, QStringLiteral("attribute:ecs.instance-type =="));
    // Nothing after the operator yet: the error is at the end, column 31.
    QVERIFY(!query->isValid());
    QCOMPARE(query->errorColumn(), 31);
    auto *status = constraints->findChild<QLabel *>(QStringLiteral("constraintStatus"));
    QVERIFY2(status->text().contains(QLatin1String("Column 31")), qPrintable(status->text()));
    QCOMPARE(query->extraSelections().size(), 1);
    QTest::keyClicks(query, QStringLiteral(" t3.medium and bogus == 1"));
    QVERIFY(!query->isValid());
    QCOMPARE(query->errorColumn(), 46); // "bogus" is no subject
    // Fixing it clears the underline.
    for (int i = 0; i < 15; ++i)
        QTest::keyClick(query, Qt::Key_Backspace);
    QVERIFY(query->isValid());
    QVERIFY(query->extraSelections().isEmpty());
}

void TestEditors::matchingInstancesAreOutlined()
{
    auto w = sampleWindow();
    ConstraintEditor *constraints = showConstraints(w.get());
    QueryEditor *query = constraints->queryEditor();
    const EntityRef web1 =
        EntityRef::instance(QStringLiteral("production"), QStringLiteral("web-1"));
    const EntityRef web2 =
        EntityRef::instance(QStringLiteral("production"), QStringLiteral("web-2"));
    const EntityRef web3 =
        EntityRef::instance(QStringLiteral("production"), QStringLiteral("web-3"));
    query->setText(QStringLiteral("attribute:ecs.availability-zone == us-east-1a"));
    QCOMPARE(w->scene()->highlighted(), (QSet<EntityRef>{web1, web2}));
    QVERIFY(w->scene()->itemFor(web1)->isHighlighted());
    QVERIFY(!w->scene()->itemFor(web3)->isHighlighted());
    query->setText(QStringLiteral("attribute:stack == blue"));
    QCOMPARE(w->scene()->highlighted(), QSet<EntityRef>{web3});
    auto *status = constraints->findChild<QLabel *>(QStringLiteral("constraintStatus"));
    QVERIFY2(status->text().contains(QLatin1String("1 of 3")), qPrintable(status->text()));
    // Enter stores the expression in the service.
    QTest::keyClick(query, Qt::Key_Return);
    QCOMPARE(w->project()
                 ->data()
                 .service(QStringLiteral("api"))
                 ->placementConstraints.first()
                 .expression,
             QStringLiteral("attribute:stack == blue"));
    // Another selection clears the outline.
    w->scene()->selectRefs({EntityRef::targetGroup(QStringLiteral("api-tg"))});
    QVERIFY(w->scene()->highlighted().isEmpty());
    QVERIFY(!w->scene()->itemFor(web3)->isHighlighted());
}

void TestEditors::autoScalingSectionValidatesAndUndoes()
{
    auto w = sampleWindow();
    w->scene()->selectRefs({EntityRef::service(QStringLiteral("front"))});
    auto *form = qobject_cast<ServiceForm *>(w->properties()->currentForm());
    QVERIFY(form);
    auto *enable = form->findChild<QCheckBox *>(QStringLiteral("autoScaling"));
    auto *max = form->findChild<QSpinBox *>(QStringLiteral("MaxCapacity"));
    auto *problems = form->findChild<QLabel *>(QStringLiteral("autoScalingProblems"));
    QVERIFY(enable && max && problems);
    QVERIFY(!enable->isChecked());
    QVERIFY(!max->isEnabled());
    const auto scaling = [&] {
        return w->editor()->data().service(QStringLiteral("front"))->autoScaling;
    };

    enable->click();
    QVERIFY(scaling());
    QCOMPARE(scaling()->minCapacity, 3); // the sample's desired count
    QCOMPARE(scaling()->maxCapacity, 6);
    QCOMPARE(scaling()->policies.first().targetTracking.targetValue, 70.0);
    QVERIFY(max->isEnabled());
    QVERIFY(problems->text().isEmpty());
    QCOMPARE(NodeContents::scalingBadge(*scaling()), QStringLiteral("⇅ 3–6 · CPU 70 %"));

    max->setValue(1);
    QCOMPARE(scaling()->maxCapacity, 1);
    QVERIFY2(problems->text().contains(QLatin1String("MaxCapacity (1) is less than MinCapacity (3)")),
             qPrintable(problems->text()));

    QUndoStack *stack = w->editor()->undoStack();
    stack->undo();
    QCOMPARE(scaling()->maxCapacity, 6);
    QCOMPARE(max->value(), 6);
    QVERIFY(problems->text().isEmpty());
    stack->undo();
    QVERIFY(!scaling());
    QVERIFY(!enable->isChecked());
}

void TestEditors::autoScalingEditsEveryPolicyAndAction()
{
    auto w = sampleWindow();
    w->scene()->selectRefs({EntityRef::service(QStringLiteral("front"))});
    auto *form = w->properties()->currentForm()->findChild<AutoScalingForm *>();
    QVERIFY(form);
    const auto scaling = [&] {
        return w->editor()->data().service(QStringLiteral("front"))->autoScaling;
    };
    QVERIFY(!form->policies()->isEnabled());
    form->findChild<QCheckBox *>(QStringLiteral("autoScaling"))->click();
    QCOMPARE(form->policies()->count(), 1);
    QCOMPARE(form->policies()->currentRow(), 0);
    QVERIFY(form->policyForm()->isVisibleTo(form));
    auto *target = form->policyForm()->findChild<QDoubleSpinBox *>(QStringLiteral("TargetValue"));
    QCOMPARE(target->value(), 70.0);

    // A second policy, turned into step scaling: it gets an alarm and a step to start from.
    form->findChild<QPushButton *>(QStringLiteral("ScalingPolicies.add"))->click();
    QCOMPARE(scaling()->policies.size(), 2);
    QCOMPARE(form->policies()->currentRow(), 1);
    QCOMPARE(scaling()->policies.at(1).policyName, QStringLiteral("policy1"));
    auto *type = form->policyForm()->findChild<QComboBox *>(QStringLiteral("PolicyType"));
    type->setCurrentIndex(type->findText(QStringLiteral("StepScaling")));
    Q_EMIT type->activated(type->currentIndex());
    QVERIFY(scaling()->policies.at(1).isStepScaling());
    QCOMPARE(scaling()->policies.at(1).stepScaling.alarm.alarmName,
             QStringLiteral("front-policy1"));
    QCOMPARE(scaling()->policies.at(1).stepScaling.stepAdjustments.size(), 1);
    QCOMPARE(form->policies()->item(1)->text(), QStringLiteral("policy1 (step scaling)"));
    auto *alarmName = form->policyForm()->findChild<QLineEdit *>(QStringLiteral("AlarmName"));
    QCOMPARE(alarmName->text(), QStringLiteral("front-policy1"));
    alarmName->setText(QStringLiteral("front-cpu-high"));
    Q_EMIT alarmName->editingFinished();
    QCOMPARE(scaling()->policies.at(1).stepScaling.alarm.alarmName,
             QStringLiteral("front-cpu-high"));
    auto *threshold = form->policyForm()->findChild<QDoubleSpinBox *>(QStringLiteral("Threshold"));
    QVERIFY(threshold->isVisibleTo(form));
    QVERIFY(!target->isVisibleTo(form));
    threshold->setValue(85);
    QCOMPARE(scaling()->policies.at(1).stepScaling.alarm.threshold, 85.0);
    auto *magnitude =
        form->policyForm()->findChild<QSpinBox *>(QStringLiteral("MinAdjustmentMagnitude"));
    magnitude->setValue(2);
    // MinAdjustmentMagnitude goes with PercentChangeInCapacity only: said as you type.
    auto *problems = form->findChild<QLabel *>(QStringLiteral("autoScalingProblems"));
    QVERIFY2(problems->text().contains(QLatin1String("MinAdjustmentMagnitude")),
             qPrintable(problems->text()));

    // The first policy again: its own fields, its own undo steps.
    form->policies()->setCurrentRow(0);
    QVERIFY(target->isVisibleTo(form));
    target->setValue(55);
    QCOMPARE(scaling()->policies.at(0).targetTracking.targetValue, 55.0);
    QCOMPARE(scaling()->policies.at(1).stepScaling.alarm.threshold, 85.0);
    QUndoStack *stack = w->editor()->undoStack();
    stack->undo();
    QCOMPARE(scaling()->policies.at(0).targetTracking.targetValue, 70.0);
    QCOMPARE(scaling()->policies.at(1).stepScaling.minAdjustmentMagnitude, std::optional<int>(2));
    stack->undo();
    QCOMPARE(scaling()->policies.at(1).stepScaling.minAdjustmentMagnitude, std::nullopt);
    QCOMPARE(scaling()->policies.at(1).stepScaling.alarm.threshold, 85.0);

    // The step table opens in a dialog; what it holds comes back as one edit.
    form->policies()->setCurrentRow(1);
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<StepAdjustmentsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QPushButton *>(QStringLiteral("addStep"))->click();
        dialog->table()->item(0, 1)->setText(QStringLiteral("20"));
        dialog->table()->item(1, 0)->setText(QStringLiteral("20"));
        dialog->table()->item(1, 2)->setText(QStringLiteral("3"));
        QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems()));
        dialog->accept();
    });
    form->policyForm()->findChild<QPushButton *>(QStringLiteral("StepAdjustments"))->click();
    const QList<Model::StepAdjustment> steps =
        scaling()->policies.at(1).stepScaling.stepAdjustments;
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).metricIntervalUpperBound, std::optional<double>(20));
    QCOMPARE(steps.at(1).scalingAdjustment, 3);
    QVERIFY2(form->policyForm()
                 ->findChild<QLabel *>(QStringLiteral("stepsSummary"))
                 ->text()
                 .contains(QStringLiteral("20 to +∞: +3")),
             "steps summary");
    stack->undo();
    QCOMPARE(scaling()->policies.at(1).stepScaling.stepAdjustments.size(), 1);

    // Scheduled actions: added, the schedule read as you type, the capacity set, removed.
    QVERIFY(!form->scheduledActionForm()->isVisibleTo(form));
    form->findChild<QPushButton *>(QStringLiteral("ScheduledActions.add"))->click();
    QCOMPARE(scaling()->scheduledActions.size(), 1);
    QVERIFY(form->scheduledActionForm()->isVisibleTo(form));
    auto *schedule =
        form->scheduledActionForm()->findChild<QLineEdit *>(QStringLiteral("Schedule"));
    auto *scheduleProblem =
        form->scheduledActionForm()->findChild<QLabel *>(QStringLiteral("scheduleProblem"));
    schedule->clear();
    QTest::keyClicks(schedule, QStringLiteral("rate(5 minute)"));
    QVERIFY(scheduleProblem->isVisibleTo(form));
    QVERIFY2(scheduleProblem->text().contains(QLatin1String("rate(5 minute)")),
             qPrintable(scheduleProblem->text()));
    QTest::keyClick(schedule, Qt::Key_Backspace);
    QTest::keyClicks(schedule, QStringLiteral("s)"));
    QVERIFY(!scheduleProblem->isVisibleTo(form));
    Q_EMIT schedule->editingFinished();
    QCOMPARE(scaling()->scheduledActions.first().schedule, QStringLiteral("rate(5 minutes)"));
    // From and to: an end before the start is said in the section, undo takes it back.
    auto *start = form->scheduledActionForm()->findChild<QLineEdit *>(QStringLiteral("StartTime"));
    auto *end = form->scheduledActionForm()->findChild<QLineEdit *>(QStringLiteral("EndTime"));
    QVERIFY(start && end);
    QTest::keyClicks(start, QStringLiteral("2026-12-24T08:00:00Z"));
    Q_EMIT start->editingFinished();
    QTest::keyClicks(end, QStringLiteral("2026-12-01T08:00:00Z"));
    Q_EMIT end->editingFinished();
    QCOMPARE(scaling()->scheduledActions.first().startTime, QStringLiteral("2026-12-24T08:00:00Z"));
    QVERIFY2(problems->text().contains(QLatin1String("is before StartTime")),
             qPrintable(problems->text()));
    stack->undo();
    QVERIFY(scaling()->scheduledActions.first().endTime.isEmpty());
    QVERIFY(!problems->text().contains(QLatin1String("is before StartTime")));
    QCOMPARE(end->text(), QString());
    auto *actionMax =
        form->scheduledActionForm()->findChild<QSpinBox *>(QStringLiteral("MaxCapacity"));
    actionMax->setValue(2); // below the action's own minimum (3)
    QCOMPARE(scaling()->scheduledActions.first().maxCapacity, std::optional<int>(2));
    QVERIFY2(
        problems->text().contains(QLatin1String("MaxCapacity (2) is less than MinCapacity (3)")),
        qPrintable(problems->text()));
    QVERIFY(form->focusPath(QStringLiteral(
        "$.autoScaling.ScalingPolicies[0].TargetTrackingScalingPolicyConfiguration.TargetValue")));
    QCOMPARE(form->policies()->currentRow(), 0);
    form->scheduledActions()->setCurrentRow(0);
    form->findChild<QPushButton *>(QStringLiteral("ScheduledActions.remove"))->click();
    QVERIFY(scaling()->scheduledActions.isEmpty());
    stack->undo();
    QCOMPARE(scaling()->scheduledActions.size(), 1);
    // From the keyboard: Insert adds to the focused list, Delete removes its selection.
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    form->scheduledActions()->setFocus();
    QTest::keyClick(form->scheduledActions(), Qt::Key_Insert);
    QCOMPARE(scaling()->scheduledActions.size(), 2);
    QCOMPARE(scaling()->scheduledActions.at(1).scheduledActionName, QStringLiteral("action2"));
    QCOMPARE(form->scheduledActions()->currentRow(), 1);
    form->scheduledActions()->setFocus();
    QTest::keyClick(form->scheduledActions(), Qt::Key_Delete);
    QCOMPARE(scaling()->scheduledActions.size(), 1);
    form->findChild<QPushButton *>(QStringLiteral("ScalingPolicies.remove"))->click();
    QCOMPARE(scaling()->policies.size(), 1);
    QCOMPARE(scaling()->policies.first().policyName, QStringLiteral("policy1"));
}

void TestEditors::stepTableValidatesAsYouType()
{
    Model::ProjectData d = sampleData();
    Model::Service *front = d.service(QStringLiteral("front"));
    front->autoScaling = AutoScalingForm::defaults(front->desiredCount);
    Model::ScalingPolicy step;
    step.policyName = QStringLiteral("out");
    step.policyType = QStringLiteral("StepScaling");
    step.stepScaling = ScalingPolicyForm::stepDefaults(QStringLiteral("front"), step.policyName);
    front->autoScaling->policies << step;
    StepAdjustmentsDialog dialog(d, QStringLiteral("front"), 1);
    QCOMPARE(dialog.table()->rowCount(), 1);
    QVERIFY(dialog.problems().isEmpty());
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog.table()->item(0, 0)->setText(QStringLiteral("ten"));
    QVERIFY2(dialog.problems().contains(QLatin1String("\"ten\" is not a number")),
             qPrintable(dialog.problems()));
    QVERIFY(!ok->isEnabled());
    dialog.table()->item(0, 0)->setText(QStringLiteral("0"));
    dialog.table()->item(0, 1)->setText(QStringLiteral("10"));
    QVERIFY(ok->isEnabled());
    // The design's rules: the highest step must stay open above the threshold.
    QVERIFY2(dialog.problems().contains(QLatin1String("no step covers the metric above 10")),
             qPrintable(dialog.problems()));
    dialog.findChild<QPushButton *>(QStringLiteral("addStep"))->click(); // from 10 up
    QCOMPARE(dialog.table()->item(1, 0)->text(), QStringLiteral("10"));
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems()));
    dialog.table()->item(1, 0)->setText(QStringLiteral("15"));
    QVERIFY2(dialog.problems().contains(QLatin1String("steps leave a gap between 10 and 15")),
             qPrintable(dialog.problems()));
    QCOMPARE(dialog.steps().size(), 2);
}

void TestEditors::capacityProvidersValidateAndUndo()
{
    auto w = sampleWindow();
    const QString cluster = QStringLiteral("production");
    w->scene()->selectRefs({EntityRef::cluster(cluster)});
    auto *form = qobject_cast<ClusterForm *>(w->properties()->currentForm());
    QVERIFY(form);
    CapacityProviderForm *providers = form->capacityProviders();
    auto *add = providers->findChild<QPushButton *>(QStringLiteral("addCapacityProvider"));
    auto *desired = providers->findChild<QSpinBox *>(QStringLiteral("desiredCapacity"));
    auto *scaling = providers->findChild<QCheckBox *>(QStringLiteral("managedScaling"));
    auto *target = providers->findChild<QSpinBox *>(QStringLiteral("targetCapacity"));
    auto *problems = providers->findChild<QLabel *>(QStringLiteral("capacityProviderProblems"));
    QVERIFY(add && desired && scaling && target && problems);
    QVERIFY(!desired->isEnabled()); // the sample's cluster has none
    const auto list = [&] { return w->editor()->data().cluster(cluster)->capacityProviders; };

    add->click();
    QCOMPARE(list().size(), 1);
    QCOMPARE(list().first().name, QStringLiteral("production-asg-1"));
    QVERIFY(desired->isEnabled());
    QVERIFY2(problems->text().isEmpty(), qPrintable(problems->text()));

    desired->setValue(9);
    QCOMPARE(list().first().desiredCapacity, 9);
    QVERIFY2(problems->text().contains(QLatin1String("desired capacity 9 is outside 0-4")),
             qPrintable(problems->text()));
    scaling->click();
    QVERIFY(!list().first().managedScaling.enabled);
    QVERIFY(!target->isEnabled());
    QVERIFY2(problems->text().contains(QLatin1String("needs managed scaling")),
             qPrintable(problems->text()));
    // A diagnostic's path selects the provider and its field.
    QVERIFY(form->focusPath(QStringLiteral("$.capacityProviders[0].autoScalingGroup."
                                           "desiredCapacity")));
    QCOMPARE(providers->current(), 0);

    QUndoStack *stack = w->editor()->undoStack();
    stack->undo();
    QVERIFY(list().first().managedScaling.enabled);
    QVERIFY(target->isEnabled());
    stack->undo();
    QCOMPARE(desired->value(), 0);
    QVERIFY(problems->text().isEmpty());

    // The service's strategy names it; a weight of 0 everywhere is reported, and undone.
    w->scene()->selectRefs({EntityRef::service(QStringLiteral("api"))});
    auto *service = qobject_cast<ServiceForm *>(w->properties()->currentForm());
    QVERIFY(service);
    auto *addItem = service->findChild<QPushButton *>(QStringLiteral("addStrategyItem"));
    auto *strategyProblems = service->findChild<QLabel *>(QStringLiteral("strategyProblems"));
    QVERIFY(addItem && strategyProblems);
    const auto strategy = [&] {
        return w->editor()->data().service(QStringLiteral("api"))->capacityProviderStrategy;
    };
    addItem->click();
    QCOMPARE(strategy(), (QList<Model::CapacityProviderStrategyItem>{
                             {QStringLiteral("production-asg-1"), 0, 1}}));
    auto *weight = service->findChild<QSpinBox *>(QStringLiteral("weight"));
    QVERIFY(weight);
    QCOMPARE(weight->value(), 1);
    QCOMPARE(weight->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
    weight->setValue(0);
    QCOMPARE(strategy().first().weight, 0);
    QVERIFY2(strategyProblems->text().contains(QLatin1String("weight above 0")),
             qPrintable(strategyProblems->text()));
    stack->undo();
    QCOMPARE(strategy().first().weight, 1);
    QVERIFY(strategyProblems->text().isEmpty());
    // Renaming the provider renames it in the strategy too.
    w->scene()->selectRefs({EntityRef::cluster(cluster)});
    auto *name = providers->findChild<QLineEdit *>(QStringLiteral("name"));
    QVERIFY(name);
    name->setText(QStringLiteral("spot"));
    QVERIFY(QMetaObject::invokeMethod(name, "editingFinished"));
    QCOMPARE(list().first().name, QStringLiteral("spot"));
    QCOMPARE(strategy().first().capacityProvider, QStringLiteral("spot"));
    // Removing the row leaves the service without a strategy; undo brings it back.
    w->scene()->selectRefs({EntityRef::service(QStringLiteral("api"))});
    auto *remove = service->findChild<QToolButton *>(QStringLiteral("removeStrategyItem"));
    QVERIFY(remove);
    remove->click();
    QVERIFY(strategy().isEmpty());
    stack->undo();
    QCOMPARE(strategy().size(), 1);
}

void TestEditors::clusterDefaultStrategyEditsAndUndoes()
{
    auto w = sampleWindow();
    const QString cluster = QStringLiteral("production");
    w->scene()->selectRefs({EntityRef::cluster(cluster)});
    auto *form = qobject_cast<ClusterForm *>(w->properties()->currentForm());
    QVERIFY(form);
    form->capacityProviders()
        ->findChild<QPushButton *>(QStringLiteral("addCapacityProvider"))
        ->click();
    // The service form's strategy rows, here editing the cluster's default.
    CapacityProviderStrategyEditor *editor = form->defaultStrategy();
    auto *add = editor->findChild<QPushButton *>(QStringLiteral("addStrategyItem"));
    auto *problems = editor->findChild<QLabel *>(QStringLiteral("strategyProblems"));
    QVERIFY(add && problems);
    const auto strategy = [&] {
        return w->editor()->data().cluster(cluster)->defaultCapacityProviderStrategy;
    };
    const auto rows = [&](const char *name) {
        // Rows built again are deleted later: gone before counting.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return editor->findChildren<QSpinBox *>(QLatin1String(name));
    };
    add->click();
    add->click();
    QCOMPARE(strategy(),
             (QList<Model::CapacityProviderStrategyItem>{{QStringLiteral("production-asg-1"), 0, 1},
                                                         {QStringLiteral("FARGATE"), 0, 1}}));
    QCOMPARE(rows("base").size(), 2);
    rows("base").at(0)->setValue(1);
    rows("base").at(1)->setValue(2);
    QCOMPARE(strategy().at(1).base, 2);
    QVERIFY2(problems->text().contains(QLatin1String("gives a base to 2 capacity providers")),
             qPrintable(problems->text()));
    QUndoStack *stack = w->editor()->undoStack();
    stack->undo();
    QCOMPARE(strategy().at(1).base, 0);
    QCOMPARE(rows("base").at(1)->value(), 0);
    QVERIFY2(problems->text().isEmpty(), qPrintable(problems->text()));

    // A service set to no launch type takes the default; its own strategy section says so.
    w->scene()->selectRefs({EntityRef::service(QStringLiteral("api"))});
    auto *service = qobject_cast<ServiceForm *>(w->properties()->currentForm());
    QVERIFY(service);
    auto *launchType = service->findChild<QComboBox *>(QStringLiteral("launchType"));
    QVERIFY(launchType);
    QCOMPARE(launchType->currentText(), QStringLiteral("EC2"));
    launchType->setCurrentIndex(0);
    Q_EMIT launchType->activated(0);
    const Model::ProjectData &d = w->editor()->data();
    QVERIFY(d.service(QStringLiteral("api"))->launchType.isEmpty());
    QVERIFY(d.usesDefaultCapacityProviderStrategy(*d.service(QStringLiteral("api"))));
    bool said = false;
    for (const QLabel *label : service->findChildren<QLabel *>())
        said = said || (label->isVisibleTo(service) &&
                        label->text().contains(QLatin1String("default strategy of cluster "
                                                             "production")));
    QVERIFY(said);
    stack->undo();
    QCOMPARE(w->editor()->data().service(QStringLiteral("api"))->launchType, QStringLiteral("EC2"));
    QCOMPARE(launchType->currentText(), QStringLiteral("EC2"));
    // Undo takes the rows back out, one step at a time.
    stack->undo();
    stack->undo();
    QCOMPARE(strategy().size(), 1);
    stack->undo();
    QVERIFY(strategy().isEmpty());
    w->scene()->selectRefs({EntityRef::cluster(cluster)});
    QCOMPARE(w->properties()->currentForm(), form);
    QVERIFY(rows("base").isEmpty());
}

QTEST_MAIN(TestEditors)
#include "tst_editors.moc"

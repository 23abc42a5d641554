// The property panel: each kind of field of each entity's form reaches the model as one
// undoable command, renames keep references and the selection, bad names are refused.

#include "testsupport.h"

#include "ui/editors/entityform.h"
#include "ui/editors/taskdefinitionform.h"
#include "ui/panels/outlinepanel.h"
#include "ui/panels/propertypanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>

using namespace Berth;
using namespace Berth::Gui;
using namespace BerthTest;
using Model::EntityKind;
using Model::EntityRef;

class TestProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initApplication(); }
    void selectionShowsItsForm();
    void numberField();
    void textField();
    void choiceField();
    void checkField();
    void instanceTypeSetsCapacity();
    void renameKeepsReferencesAndSelection();
    void duplicateNameIsRefused();
    void containerTable();
    void listenerTable();
    void ruleAndTargetGroupFields();
    void projectFields();

private:
    template <typename T> static T *field(MainWindow *w, const char *name)
    {
        EntityForm *form = w->properties()->currentForm();
        return form ? form->findChild<T *>(QLatin1String(name)) : nullptr;
    }
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    static void choose(QComboBox *combo, const QString &text)
    {
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }
};

void TestProperties::selectionShowsItsForm()
{
    auto w = sampleWindow();
    QCOMPARE(w->properties()->entity().kind, EntityKind::Project);
    w->scene()->selectRefs({EntityRef::service(QStringLiteral("front"))});
    QCOMPARE(w->properties()->entity(), EntityRef::service(QStringLiteral("front")));
    QCOMPARE(field<QLineEdit>(w.get(), "name")->text(), QStringLiteral("front"));
    QCOMPARE(field<QSpinBox>(w.get(), "desiredCount")->value(), 3);
    // The outline follows the canvas, and the canvas the outline.
    QCOMPARE(w->outline()->selectedRefs(),
             QList<EntityRef>{EntityRef::service(QStringLiteral("front"))});
    const EntityRef tg = EntityRef::targetGroup(QStringLiteral("api-tg"));
    w->outline()->itemFor(tg)->setSelected(true);
    w->outline()->setCurrentItem(w->outline()->itemFor(tg));
    QVERIFY(w->scene()->selectedRefs().contains(tg));
}

void TestProperties::numberField()
{
    auto w = sampleWindow();
    w->scene()->selectRefs({EntityRef::service(QStringLiteral("front"))});
    QSpinBox *count = field<QSpinBox>(w.get(), "desiredCount");
    QVERIFY(count);
    const int steps = w->editor()->undoStack()->count();
    count->setValue(5);
    count->setValue(6); // arrows pressed twice: one undo step
    QCOMPARE(w->project()->data().service(QStringLiteral("front"))->desiredCount, 6);
    QCOMPARE(w->editor()->undoStack()->count(), steps + 1);
    QVERIFY(w->project()->isModified());
    w->editor()->undoStack()->undo();
    QCOMPARE(w->project()->data().service(QStringLiteral("front"))->desiredCount, 3);
    QCOMPARE(count->value(), 3); // the form follows the undo
}

void TestProperties::textField()
{
    auto w = sampleWindow();
    w->scene()->selectRefs({EntityRef::service(QStringLiteral("api"))});
    QLineEdit *strategy = field<QLineEdit>(w.get(), "placementStrategy");
    QVERIFY(strategy);
    QCOMPARE(strategy->text(),
             QStringLiteral("spread(attribute:ecs.availability-zone), spread(instanceId)"));
    type(strategy, QStringLiteral("binpack(memory)"));
    const auto &s = w->project()->data().service(QStringLiteral("api"))->placementStrategy;
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.first().type, QStringLiteral("binpack"));
    QCOMPARE(s.first().field, QStringLiteral("memory"));
}

void TestProperties::choiceField()
{
    auto w = sampleWindow();
    w->scene()->selectRefs({EntityRef::service(QStringLiteral("api"))});
    choose(field<QComboBox>(w.get(), "schedulingStrategy"), QStringLiteral("DAEMON"));
    QVERIFY(w->project()->data().service(QStringLiteral("api"))->isDaemon());
    choose(field<QComboBox>(w.get(), "taskDefinition"), QStringLiteral("front:1"));
    QCOMPARE(w->project()->data().service(QStringLiteral("api"))->taskDefinition,
             QStringLiteral("front:1"));
}

void TestProperties::checkField()
{
    auto w = sampleWindow();
    w->scene()->selectRefs({EntityRef::cluster(QStringLiteral("production"))});
    QCheckBox *fargate = field<QCheckBox>(w.get(), "fargate");
    QVERIFY(fargate && !fargate->isChecked());
    fargate->click();
    QVERIFY(w->project()->data().clusters.first().fargate.enabled);
    QSpinBox *quota = field<QSpinBox>(w.get(), "quota");
    QVERIFY(quota->isEnabled());
    quota->setValue(4);
    QCOMPARE(w->project()->data().clusters.first().fargate.quota, 4);
}

void TestProperties::instanceTypeSetsCapacity()
{
    auto w = sampleWindow();
    const EntityRef ref =
        EntityRef::instance(QStringLiteral("production"), QStringLiteral("web-1"));
    w->scene()->selectRefs({ref});
    choose(field<QComboBox>(w.get(), "instanceType"), QStringLiteral("m5.xlarge"));
    const Model::ContainerInstance *i = w->project()
                                            ->data()
                                            .cluster(QStringLiteral("production"))
                                            ->instance(QStringLiteral("web-1"));
    QCOMPARE(i->instanceType, QStringLiteral("m5.xlarge"));
    QCOMPARE(i->cpuUnits, 4096);
    QVERIFY(i->memoryMiB > 15000);
    type(field<QLineEdit>(w.get(), "attributes"), QStringLiteral("stack=prod, gpu=none"));
    QCOMPARE(w->project()
                 ->data()
                 .cluster(QStringLiteral("production"))
                 ->instance(QStringLiteral("web-1"))
                 ->attributes.value(QStringLiteral("stack")),
             QStringLiteral("prod"));
}

void TestProperties::renameKeepsReferencesAndSelection()
{
    auto w = sampleWindow();
    w->scene()->selectRefs({EntityRef::targetGroup(QStringLiteral("api-tg"))});
    type(field<QLineEdit>(w.get(), "name"), QStringLiteral("backend-tg"));
    const Model::ProjectData &d = w->project()->data();
    QVERIFY(d.targetGroup(QStringLiteral("backend-tg")));
    QCOMPARE(d.service(QStringLiteral("api"))->loadBalancers.first().targetGroup,
             QStringLiteral("backend-tg"));
    QCOMPARE(d.loadBalancer(QStringLiteral("web"))->listeners.first().rules.first().targetGroup,
             QStringLiteral("backend-tg"));
    QCOMPARE(w->scene()->selectedRefs(),
             QList<EntityRef>{EntityRef::targetGroup(QStringLiteral("backend-tg"))});
    QCOMPARE(w->properties()->entity(), EntityRef::targetGroup(QStringLiteral("backend-tg")));

    // A family rename reaches the services that run it.
    w->scene()->selectRefs({EntityRef::taskDefinition(QStringLiteral("api"))});
    type(field<QLineEdit>(w.get(), "name"), QStringLiteral("backend"));
    QCOMPARE(w->project()->data().service(QStringLiteral("api"))->taskDefinition,
             QStringLiteral("backend:1"));
    w->editor()->undoStack()->undo();
    w->editor()->undoStack()->undo();
    QCOMPARE(w->project()->data(), sampleData());
}

void TestProperties::duplicateNameIsRefused()
{
    auto w = sampleWindow();
    w->scene()->selectRefs({EntityRef::service(QStringLiteral("api"))});
    QLineEdit *name = field<QLineEdit>(w.get(), "name");
    type(name, QStringLiteral("front"));
    QCOMPARE(w->project()->data(), sampleData());
    QCOMPARE(name->text(), QStringLiteral("api"));
    QVERIFY(!w->project()->isModified());
}

void TestProperties::containerTable()
{
    auto w = sampleWindow();
    w->scene()->selectRefs({EntityRef::taskDefinition(QStringLiteral("front"))});
    auto *form = qobject_cast<TaskDefinitionForm *>(w->properties()->currentForm());
    QVERIFY(form);
    QTableWidget *table = form->containers();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("proxy"));
    table->item(1, 3)->setText(QStringLiteral("512"));
    table->item(0, 6)->setText(QStringLiteral("8080:0, 9090"));
    const QList<Model::ContainerDefinition> c =
        w->project()->data().latestRevision(QStringLiteral("front"))->containers();
    QCOMPARE(c.at(1).memory(), std::optional<int>(512));
    QCOMPARE(c.at(0).portMappings().size(), 2);
    QCOMPARE(c.at(0).portMappings().at(1).containerPort, 9090);
    // Members the form does not show survive: the health check, the links.
    QVERIFY(c.at(0).healthCheck().has_value());
    QCOMPARE(c.at(0).links(), QStringList{QStringLiteral("app")});
    choose(form->findChild<QComboBox *>(QStringLiteral("networkMode")), QStringLiteral("awsvpc"));
    QCOMPARE(w->project()->data().latestRevision(QStringLiteral("front"))->networkMode(),
             QStringLiteral("awsvpc"));
    // Revisions are immutable: service front runs front:1, so the first edit registered
    // front:2 and the later ones changed front:2 (which no service runs) in place.
    QCOMPARE(w->project()->data().latestRevision(QStringLiteral("front"))->revision(), 2);
    QCOMPARE(w->project()->data().taskDefinition(QStringLiteral("front:1"))->networkMode(),
             QStringLiteral("bridge"));
    QVERIFY(w->project()->data().taskDefinition(QStringLiteral("front:1"))
                ->containers().at(1).memory() != std::optional<int>(512));
    QCOMPARE(w->project()->data().service(QStringLiteral("front"))->taskDefinition,
             QStringLiteral("front:1"));
    auto *note = form->findChild<QLabel *>(QStringLiteral("immutableNote"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(QLatin1String("in place")), qPrintable(note->text()));
    form->showRevision(1);
    QVERIFY2(note->text().contains(QLatin1String("immutable")), qPrintable(note->text()));
}

void TestProperties::listenerTable()
{
    auto w = sampleWindow();
    w->scene()->selectRefs({EntityRef::loadBalancer(QStringLiteral("web"))});
    auto *table = field<QTableWidget>(w.get(), "listeners");
    QVERIFY(table);
    table->item(0, 1)->setText(QStringLiteral("8081"));
    QCOMPARE(w->project()->data().loadBalancer(QStringLiteral("web"))->listeners.first().port,
             8081);

    // The selected listener's default action: answered by the load balancer, then undone.
    const auto listener = [&w]() -> const Model::Listener & {
        return w->project()->data().loadBalancer(QStringLiteral("web"))->listeners.first();
    };
    table->setCurrentCell(0, 0);
    QVERIFY(!field<QLineEdit>(w.get(), "fixedResponse")->isEnabled());
    choose(field<QComboBox>(w.get(), "defaultAction"), QStringLiteral("fixed-response"));
    QCOMPARE(listener().defaultAction, Model::ListenerRule::Action::FixedResponse);
    QVERIFY(field<QLineEdit>(w.get(), "fixedResponse")->isEnabled());
    type(field<QLineEdit>(w.get(), "fixedResponse"), QStringLiteral("404"));
    QCOMPARE(listener().defaultFixedResponse.statusCode, QStringLiteral("404"));
    QCOMPARE(listener().defaultForward(), QString()); // the target group is kept, not used
    QVERIFY(!listener().defaultTargetGroup.isEmpty());
    w->editor()->undoStack()->undo();
    w->editor()->undoStack()->undo();
    QCOMPARE(listener().defaultAction, Model::ListenerRule::Action::Forward);
    QCOMPARE(field<QComboBox>(w.get(), "defaultAction")->currentText(), QStringLiteral("forward"));
}

void TestProperties::ruleAndTargetGroupFields()
{
    auto w = sampleWindow();
    w->scene()->selectRefs({EntityRef::listenerRule(QStringLiteral("web"), 0, 0)});
    field<QSpinBox>(w.get(), "priority")->setValue(20);
    type(field<QLineEdit>(w.get(), "pathPatterns"), QStringLiteral("/api/*, /v2/*"));
    const Model::ListenerRule &rule =
        w->project()->data().loadBalancer(QStringLiteral("web"))->listeners.first().rules.first();
    QCOMPARE(rule.priority, 20);
    QCOMPARE(rule.pathPatterns, (QStringList{QStringLiteral("/api/*"), QStringLiteral("/v2/*")}));

    // The action: only the chosen one's fields are open; a weighted forward is typed as
    // name=weight pairs.
    const auto now = [&w]() -> const Model::ListenerRule & {
        return w->project()->data().loadBalancer(QStringLiteral("web"))->listeners.first()
            .rules.first();
    };
    type(field<QLineEdit>(w.get(), "targetGroups"), QStringLiteral("front-tg=80, api-tg=20"));
    QCOMPARE(now().targetGroups,
             (QList<Model::WeightedTargetGroup>{{QStringLiteral("front-tg"), 80},
                                                {QStringLiteral("api-tg"), 20}}));
    QVERIFY(!field<QLineEdit>(w.get(), "redirectPort")->isEnabled());
    choose(field<QComboBox>(w.get(), "action"), QStringLiteral("redirect"));
    QCOMPARE(now().action, Model::ListenerRule::Action::Redirect);
    QVERIFY(field<QLineEdit>(w.get(), "redirectPort")->isEnabled());
    QVERIFY(!field<QLineEdit>(w.get(), "targetGroups")->isEnabled());
    type(field<QLineEdit>(w.get(), "redirectPort"), QStringLiteral("443"));
    choose(field<QComboBox>(w.get(), "redirect"), QStringLiteral("HTTP_302"));
    QCOMPARE(now().redirect.port, QStringLiteral("443"));
    QCOMPARE(now().redirect.statusCode, QStringLiteral("HTTP_302"));
    choose(field<QComboBox>(w.get(), "action"), QStringLiteral("fixed-response"));
    type(field<QLineEdit>(w.get(), "fixedResponse"), QStringLiteral("503"));
    type(field<QLineEdit>(w.get(), "messageBody"), QStringLiteral("back soon"));
    QCOMPARE(now().fixedResponse.statusCode, QStringLiteral("503"));
    QCOMPARE(now().fixedResponse.messageBody, QStringLiteral("back soon"));
    // The design keeps the other actions' values for a switch back.
    QCOMPARE(now().redirect.port, QStringLiteral("443"));

    w->scene()->selectRefs({EntityRef::targetGroup(QStringLiteral("front-tg"))});
    type(field<QLineEdit>(w.get(), "path"), QStringLiteral("/ready"));
    field<QSpinBox>(w.get(), "intervalSeconds")->setValue(15);
    const Model::TargetGroup *tg = w->project()->data().targetGroup(QStringLiteral("front-tg"));
    QCOMPARE(tg->healthCheck.path, QStringLiteral("/ready"));
    QCOMPARE(tg->healthCheck.intervalSeconds, 15);
}

void TestProperties::projectFields()
{
    auto w = sampleWindow();
    w->scene()->selectRefs({});
    type(field<QLineEdit>(w.get(), "region"), QStringLiteral("eu-west-1"));
    QCOMPARE(w->project()->data().region, QStringLiteral("eu-west-1"));
}

QTEST_MAIN(TestProperties)
#include "tst_properties.moc"

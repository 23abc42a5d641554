// The safety review of a design and the warnings validation shows for it (what depends on
// where the design runs: tests/engine/tst_runsafety.cpp).
#include "model/validation/safetyreview.h"
#include "model/validation/validator.h"

#include <QJsonArray>
#include <QTest>

using namespace Berth::Model;

namespace {

TaskDefinition taskWith(const QJsonObject &task, const QJsonObject &container = {})
{
    QJsonObject c{{"name", "app"}, {"image", "berth/demo:1"}, {"memory", 64},
                  {"essential", true}};
    for (auto it = container.begin(); it != container.end(); ++it)
        c.insert(it.key(), it.value());
    QJsonObject td{{"family", "t"}, {"containerDefinitions", QJsonArray{c}}};
    for (auto it = task.begin(); it != task.end(); ++it)
        td.insert(it.key(), it.value());
    return TaskDefinition(td);
}

QJsonObject hostVolume(const QString &path)
{
    return {{"volumes", QJsonArray{QJsonObject{{"name", "v"},
                                               {"host", QJsonObject{{"sourcePath", path}}}}}}};
}

} // namespace

class tst_Safety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QJsonObject>("task");
        QTest::addColumn<QJsonObject>("container");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("allows");

        QTest::newRow("privileged") << QJsonObject() << QJsonObject{{"privileged", true}}
                                    << "safety.privileged"
                                    << "$.containerDefinitions[0].privileged"
                                    << "root on the host";
        QTest::newRow("root mount") << hostVolume("/") << QJsonObject() << "safety.host-mount"
                                    << "$.volumes[0].host.sourcePath" << "every file of the host";
        QTest::newRow("other mount") << hostVolume("/srv/data/") << QJsonObject()
                                     << "safety.host-mount" << "$.volumes[0].host.sourcePath"
                                     << "/srv/data on the host";
        QTest::newRow("pid host") << QJsonObject{{"pidMode", "host"}} << QJsonObject()
                                  << "safety.host-pid" << "$.pidMode" << "every process";
        QTest::newRow("ipc host") << QJsonObject{{"ipcMode", "host"}} << QJsonObject()
                                  << "safety.host-ipc" << "$.ipcMode" << "shared memory";
        QTest::newRow("capability")
            << QJsonObject()
            << QJsonObject{{"linuxParameters",
                            QJsonObject{{"capabilities",
                                         QJsonObject{{"add", QJsonArray{"SYS_ADMIN"}}}}}}}
            << "safety.capabilities" << "$.containerDefinitions[0].linuxParameters.capabilities"
                                        ".add[0]"
            << "mounting file systems";
    }

    void findings()
    {
        QFETCH(QJsonObject, task);
        QFETCH(QJsonObject, container);
        QFETCH(QString, rule);
        QFETCH(QString, path);
        QFETCH(QString, allows);
        const TaskDefinition td = taskWith(task, container);
        const QList<SafetyFinding> found = SafetyReview::ofTaskDefinition(td);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().rule, rule);
        QCOMPARE(found.first().path, path);
        QCOMPARE(found.first().taskDefinition, QStringLiteral("t:1"));
        QVERIFY2(found.first().allows.contains(allows), qPrintable(found.first().allows));
        QVERIFY(SafetyReview::describe(found).contains(found.first().what));

        // Validation shows the same finding as a warning, never an error.
        const Diagnostics diagnostics = Validator::validateTaskDefinition(td, QStringLiteral("$"));
        QCOMPARE(errorCount(diagnostics), 0);
        bool warned = false;
        for (const Diagnostic &d : diagnostics)
            warned = warned
                     || (d.rule == rule && d.severity == Diagnostic::Severity::Warning
                         && d.path == path && d.hint.contains(QLatin1String("--allow-unsafe")));
        QVERIFY(warned);
    }

    void plainTaskHasNone()
    {
        const TaskDefinition td = taskWith(
            {{"networkMode", "bridge"},
             {"volumes", QJsonArray{QJsonObject{{"name", "scratch"}}}}},
            {{"linuxParameters",
              QJsonObject{{"capabilities", QJsonObject{{"drop", QJsonArray{"ALL"}}}}}}});
        QVERIFY(SafetyReview::ofTaskDefinition(td).isEmpty());
        // host mode stays inside its virtual instance's own network namespace.
        QVERIFY(SafetyReview::ofTaskDefinition(taskWith({{"networkMode", "host"}}, {}))
                    .isEmpty());
    }

    void projectPathsNameTheDefinition()
    {
        ProjectData p;
        p.taskDefinitions << taskWith({}) << taskWith({{"pidMode", "host"}});
        const QList<SafetyFinding> found = SafetyReview::ofProject(p);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().path, QStringLiteral("$.taskDefinitions[1].definition.pidMode"));
    }
};

QTEST_GUILESS_MAIN(tst_Safety)
#include "tst_safety.moc"

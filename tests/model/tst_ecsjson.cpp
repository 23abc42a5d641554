#include "model/ecsjson.h"
#include "model/export/capacityproviderexport.h"
#include "model/jsonreader.h"
#include "model/projectfile.h"
#include "model/service.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth::Model;

class tst_EcsJson : public QObject
{
    Q_OBJECT

private:
    static QString source(const QString &relative)
    {
        return qEnvironmentVariable("BERTH_SOURCE_DIR") + u'/' + relative;
    }
    static QByteArray read(const QString &relative)
    {
        QFile f(source(relative));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", qPrintable(relative));
        return f.readAll();
    }
    /// Runs botocore's ParamValidator over files; returns its exit code and output.
    static int checkWithBotocore(const QString &operation, const QStringList &files,
                                 QString *output)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("python3"),
                QStringList{source(QStringLiteral("tests/model/check_ecs_model.py")),
                            operation}
                    + files);
        if (!p.waitForFinished(60000))
            return -1;
        *output = QString::fromUtf8(p.readAll());
        return p.exitCode();
    }

private Q_SLOTS:
    void importRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("inner");
        QTest::newRow("register input") << "tests/model/data/rich-register.json" << "";
        QTest::newRow("describe output") << "tests/model/data/rich-describe.json"
                                         << "taskDefinition";
        QTest::newRow("fargate") << "tests/model/data/fargate-register.json" << "";
    }

    void importRoundTrip()
    {
        QFETCH(QString, file);
        QFETCH(QString, inner);
        const QByteArray text = read(file);
        const EcsJson::ImportResult imported = EcsJson::parseTaskDefinition(text);
        QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
        for (const JsonIssue &i : imported.issues)
            qWarning() << i.path << i.message;
        QVERIFY(imported.issues.isEmpty());

        QJsonObject expected = QJsonDocument::fromJson(text).object();
        if (!inner.isEmpty())
            expected = expected.value(inner).toObject();
        for (const QString &member : EcsJson::readOnlyMembers()) {
            QCOMPARE(imported.dropped.contains(member), expected.contains(member));
            expected.remove(member);
        }
        // Through a project, a save and a load, and out again: every field comes back.
        ProjectData data;
        const QString key = data.registerTaskDefinition(imported.definition);
        const ProjectData reloaded = *ProjectFile::parse(ProjectFile::serialize(data)).data;
        const QJsonObject exported =
            EcsJson::exportTaskDefinition(*reloaded.taskDefinition(key));
        QCOMPARE(exported, expected);
    }

    void existingFamilyGetsNewRevision()
    {
        ProjectData data;
        const QJsonObject def = EcsJson::parseTaskDefinition(
                                    read("tests/model/data/fargate-register.json"))
                                    .definition;
        QCOMPARE(data.registerTaskDefinition(def), QStringLiteral("api-fargate:1"));
        QCOMPARE(data.registerTaskDefinition(def), QStringLiteral("api-fargate:2"));
        QCOMPARE(data.latestRevision(QStringLiteral("api-fargate"))->revision(), 2);
        QCOMPARE(data.taskDefinition(QStringLiteral("api-fargate:1"))->revision(), 1);
        QCOMPARE(data.families(), QStringList{QStringLiteral("api-fargate")});
    }

    void wrongShapes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        const QByteArray head = "{\"family\": \"f\", \"containerDefinitions\": [{\"name\": \"a\", "
                                "\"image\": \"i\", ";
        QTest::newRow("memory as string") << head + "\"memory\": \"512\"}]}"
                                          << "$.containerDefinitions[0].memory" << "integer";
        QTest::newRow("task cpu as number")
            << QByteArray("{\"family\": \"f\", \"cpu\": 256, \"containerDefinitions\": []}")
            << "$.cpu" << "string";
        QTest::newRow("unknown member") << head + "\"memroy\": 512}]}"
                                        << "$.containerDefinitions[0].memroy" << "unknown";
        QTest::newRow("bad enum")
            << QByteArray("{\"family\": \"f\", \"networkMode\": \"overlay\", "
                          "\"containerDefinitions\": []}")
            << "$.networkMode" << "awsvpc";
        QTest::newRow("essential not bool") << head + "\"essential\": \"yes\"}]}"
                                            << "$.containerDefinitions[0].essential"
                                            << "true or false";
        QTest::newRow("env not list") << head + "\"environment\": {\"A\": \"1\"}}]}"
                                      << "$.containerDefinitions[0].environment" << "array";
        QTest::newRow("port fraction")
            << head + "\"portMappings\": [{\"containerPort\": 80.5}]}]}"
            << "$.containerDefinitions[0].portMappings[0].containerPort" << "integer";
        QTest::newRow("describe wrapper path")
            << QByteArray("{\"taskDefinition\": {\"family\": \"f\", \"revision\": 2, "
                          "\"containerDefinitions\": [{\"name\": 1, \"image\": \"i\"}]}}")
            << "$.taskDefinition.containerDefinitions[0].name" << "string";
    }

    void wrongShapes()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        const EcsJson::ImportResult r = EcsJson::parseTaskDefinition(text);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(!r.ok());
        bool found = false;
        for (const JsonIssue &i : r.issues) {
            if (i.path == path && (i.message + i.hint).contains(fragment))
                found = true;
        }
        if (!found) {
            for (const JsonIssue &i : r.issues)
                qWarning() << i.path << i.message << i.hint;
        }
        QVERIFY(found);
    }

    void unreadable_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("typographic quotes")
            << QByteArray("{\n  \xE2\x80\x9C" "family\xE2\x80\x9D: \"web\"\n}")
            << "typographic quotes" << 2 << 3;
        QTest::newRow("missing comma")
            << QByteArray("{\n  \"family\": \"web\"\n  \"cpu\": \"256\"\n}") << "expected ','"
            << 3 << 3;
        QTest::newRow("trailing text") << QByteArray("{} x") << "after the end" << 1 << 4;
        QTest::newRow("not a task definition") << QByteArray("{\"name\": \"x\"}")
                                               << "not an ECS task definition" << 0 << 0;
        QTest::newRow("array") << QByteArray("[1]") << "object" << 1 << 1;
    }

    void unreadable()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, fragment);
        QFETCH(int, line);
        QFETCH(int, column);
        const EcsJson::ImportResult r = EcsJson::parseTaskDefinition(text);
        QVERIFY2(r.error.contains(fragment), qPrintable(r.error));
        QCOMPARE(r.position.line, line);
        QCOMPARE(r.position.column, column);
    }

    void exportPassesEcsModel()
    {
        ProjectData data = *ProjectFile::load(source("resources/samples/web-api.berth")).data;
        data.registerTaskDefinition(
            EcsJson::parseTaskDefinition(read("tests/model/data/rich-register.json")).definition);
        // A service pinned to an older revision exports that revision too.
        data.registerTaskDefinition(data.latestRevision(QStringLiteral("api"))->json());
        data.service(QStringLiteral("api"))->taskDefinition = QStringLiteral("api:1");
        // Berth's own marker of a forced deployment stays out of create-service input.
        data.service(QStringLiteral("api"))->extra.insert(QStringLiteral("deploymentNonce"), 2);

        QTemporaryDir dir;
        QStringList written;
        QString error;
        QVERIFY2(EcsJson::writeExport(data, dir.path(), &written, &error), qPrintable(error));
        QStringList taskDefinitions, services;
        for (const QString &f : written)
            (f.contains(QStringLiteral("/services/")) ? services : taskDefinitions) << f;
        QCOMPARE(services.size(), 2);
        QCOMPARE(taskDefinitions.size(), 4); // front, api (latest), shop-web, api-1
        QVERIFY(written.contains(dir.filePath(QStringLiteral("task-definitions/api-1.json"))));

        QFile svc(dir.filePath(QStringLiteral("services/api.json")));
        QVERIFY(svc.open(QIODevice::ReadOnly));
        const QJsonObject api = QJsonDocument::fromJson(svc.readAll()).object();
        QCOMPARE(api.value("taskDefinition").toString(), QStringLiteral("api:1"));
        QVERIFY(api.value("loadBalancers").toArray().at(0).toObject().value("targetGroupArn")
                    .toString()
                    .startsWith(QStringLiteral("arn:aws:elasticloadbalancing:us-east-1:")));
        QVERIFY(!api.contains(QStringLiteral("canvas")));
        QVERIFY(!api.contains(QStringLiteral("deploymentNonce")));

        QString output;
        QCOMPARE(checkWithBotocore(QStringLiteral("RegisterTaskDefinition"), taskDefinitions,
                                   &output),
                 0);
        QVERIFY2(!output.contains(QStringLiteral("REJECTED")), qPrintable(output));
        QCOMPARE(checkWithBotocore(QStringLiteral("CreateService"), services, &output), 0);
    }

    // Capacity providers: create-capacity-provider input per provider and put-cluster-
    // capacity-providers per cluster next to create-service, all accepted by ECS's model.
    void exportCapacityProviders()
    {
        ProjectData data =
            *ProjectFile::load(source("tests/export/data/capacity-providers.berth")).data;
        QTemporaryDir dir;
        QStringList written;
        QString error;
        QVERIFY2(EcsJson::writeExport(data, dir.path(), &written, &error), qPrintable(error));
        const auto json = [&](const QString &file) {
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                return QJsonObject();
            return QJsonDocument::fromJson(f.readAll()).object();
        };
        const QJsonObject onDemand = json("capacity-providers/asg-on-demand.json");
        QCOMPARE(onDemand["name"].toString(), QStringLiteral("asg-on-demand"));
        const QJsonObject asg = onDemand["autoScalingGroupProvider"].toObject();
        QCOMPARE(asg["autoScalingGroupArn"].toString(), QStringLiteral("asg-on-demand"));
        QCOMPARE(asg["managedTerminationProtection"].toString(), QStringLiteral("ENABLED"));
        QCOMPARE(asg["managedScaling"]["targetCapacity"].toInt(), 90);
        QCOMPARE(asg["managedScaling"]["minimumScalingStepSize"].toInt(), 1);
        QCOMPARE(asg["managedScaling"]["maximumScalingStepSize"].toInt(), 3);
        QCOMPARE(asg["managedScaling"]["instanceWarmupPeriod"].toInt(), 120);
        const QJsonObject spot = json("capacity-providers/asg-spot.json");
        QCOMPARE(spot["autoScalingGroupProvider"]["managedScaling"]["status"].toString(),
                 QStringLiteral("DISABLED"));
        const QJsonObject cluster = json("clusters/batch.capacity-providers.json");
        QCOMPARE(cluster["cluster"].toString(), QStringLiteral("batch"));
        QCOMPARE(cluster["capacityProviders"].toArray(),
                 (QJsonArray{QStringLiteral("asg-on-demand"), QStringLiteral("asg-spot")}));
        // The cluster's default strategy, base and weight written out as ECS describes them.
        const QJsonArray byDefault = cluster["defaultCapacityProviderStrategy"].toArray();
        QCOMPARE(byDefault.size(), 2);
        QCOMPARE(byDefault[0]["capacityProvider"].toString(), QStringLiteral("asg-on-demand"));
        QCOMPARE(byDefault[0]["base"].toInt(), 1);
        QCOMPARE(byDefault[1]["base"].toInt(), 0);
        QCOMPARE(byDefault[1]["weight"].toInt(), 2);
        const QJsonObject worker = json("services/worker.json");
        QVERIFY(!worker.contains(QStringLiteral("launchType")));
        QCOMPARE(worker["capacityProviderStrategy"][0]["base"].toInt(), 1);
        QCOMPARE(worker["capacityProviderStrategy"][1]["weight"].toInt(), 3);
        // A service naming neither: create-service gets neither, so ECS takes the default.
        const QJsonObject nightly = json("services/nightly.json");
        QCOMPARE(nightly["serviceName"].toString(), QStringLiteral("nightly"));
        QVERIFY(!nightly.contains(QStringLiteral("launchType")));
        QVERIFY(!nightly.contains(QStringLiteral("capacityProviderStrategy")));
        QCOMPARE(json("services/reports.json")["launchType"].toString(), QStringLiteral("EC2"));

        QString output;
        QCOMPARE(checkWithBotocore(QStringLiteral("CreateCapacityProvider"),
                                   {dir.filePath("capacity-providers/asg-on-demand.json"),
                                    dir.filePath("capacity-providers/asg-spot.json")},
                                   &output),
                 0);
        QCOMPARE(checkWithBotocore(QStringLiteral("PutClusterCapacityProviders"),
                                   {dir.filePath("clusters/batch.capacity-providers.json")},
                                   &output),
                 0);
        QCOMPARE(checkWithBotocore(QStringLiteral("CreateService"),
                                   {dir.filePath("services/worker.json"),
                                    dir.filePath("services/reports.json"),
                                    dir.filePath("services/nightly.json")},
                                   &output),
                 0);

        // A strategy naming FARGATE needs it among the cluster's providers too.
        Service burst;
        burst.name = QStringLiteral("burst");
        burst.cluster = QStringLiteral("batch");
        burst.capacityProviderStrategy = {{QStringLiteral("FARGATE_SPOT"), 0, 1}};
        data.services << burst;
        QCOMPARE(CapacityProviderExport::associatedProviders(data, data.clusters.first()),
                 (QStringList{"asg-on-demand", "asg-spot", "FARGATE_SPOT"}));
        // A cluster without providers writes neither file; without providers but with a
        // default strategy (on Fargate's), the cluster's, which associates those it names.
        QVERIFY(CapacityProviderExport::files(data, Cluster()).isEmpty());
        Cluster fargate;
        fargate.name = QStringLiteral("burst");
        fargate.defaultCapacityProviderStrategy = {{QStringLiteral("FARGATE"), 0, 1}};
        const QList<CapacityProviderExport::File> files =
            CapacityProviderExport::files(data, fargate);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().json["capacityProviders"].toArray(), QJsonArray{"FARGATE"});
        // A service with no launch type in a cluster without a default runs on EC2, as planned.
        Service plain;
        plain.name = QStringLiteral("plain");
        plain.cluster = QStringLiteral("burst");
        plain.launchType.clear();
        QCOMPARE(EcsJson::exportService(data, plain)["launchType"].toString(),
                 QStringLiteral("EC2"));
    }

    void serviceKeepsWhatBerthDoesNotActOn()
    {
        // Deployment alarms survive a save; a capacity provider strategy is exported without
        // launchType (CreateService refuses both).
        const QJsonObject in = QJsonDocument::fromJson(R"({
            "serviceName": "web", "cluster": "lab", "taskDefinition": "web:1",
            "desiredCount": 2, "launchType": "EC2",
            "capacityProviderStrategy": [{"capacityProvider": "asg", "weight": 1}],
            "deploymentConfiguration": {"maximumPercent": 150,
                "alarms": {"alarmNames": ["web-5xx"], "enable": true, "rollback": true}}
        })").object();
        QList<JsonIssue> issues;
        const Service s = Service::fromJson(JsonReader(in, QStringLiteral("$"), &issues));
        QCOMPARE(s.deploymentConfiguration.maximumPercent, std::optional<int>(150));
        const QJsonObject saved =
            Service::fromJson(JsonReader(s.toJson(), QStringLiteral("$"), &issues)).toJson();
        const QJsonObject alarms = saved.value("deploymentConfiguration").toObject()
                                       .value("alarms").toObject();
        QCOMPARE(alarms.value("alarmNames").toArray(), QJsonArray{QStringLiteral("web-5xx")});
        QCOMPARE(alarms.value("rollback").toBool(), true);
        QCOMPARE(saved.value("deploymentConfiguration").toObject().value("maximumPercent").toInt(),
                 150);
        ProjectData project;
        const QJsonObject exported = EcsJson::exportService(project, s);
        QVERIFY(!exported.contains(QStringLiteral("launchType")));
        QCOMPARE(exported.value("capacityProviderStrategy").toArray().size(), 1);
        Service ec2 = s;
        ec2.capacityProviderStrategy.clear();
        QCOMPARE(EcsJson::exportService(project, ec2).value("launchType").toString(),
                 QStringLiteral("EC2"));
    }

    void botocoreCheckCanFail()
    {
        // The check above is only worth something if the validator rejects a bad file.
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"family\": \"f\", \"cpu\": 256, \"containerDefinitions\": "
                "[{\"name\": \"a\", \"memroy\": 1}]}");
        f.close();
        QString output;
        QCOMPARE(checkWithBotocore(QStringLiteral("RegisterTaskDefinition"), {f.fileName()},
                                   &output),
                 1);
        QVERIFY(output.contains(QStringLiteral("memroy")));
    }
};

QTEST_GUILESS_MAIN(tst_EcsJson)
#include "tst_ecsjson.moc"

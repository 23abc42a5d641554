// The Swarm export: the compose document a design becomes (modes, placement, resources,
// update_config from the deployment limits), a warning with a project path for everything
// Swarm cannot say, the YAML it is written in, and the Engine API specs the deploy makes of
// it. The exported files are checked by `docker stack config` where the Docker CLI has it and
// by Debian's compose JSON schema.
#include "engine/swarm/stackspec.h"
#include "engine/swarm/swarmstack.h"
#include "engine/swarm/yamlwriter.h"
#include "tests/export/exportdesigns.h"
#include "tests/skiporfail.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth::Engine;
using namespace Berth::Model;

using namespace BerthTest;

namespace {

QStringList rules(const Diagnostics &warnings)
{
    QStringList out;
    for (const Diagnostic &d : warnings)
        out << d.rule + QLatin1Char(' ') + d.path;
    return out;
}

const QJsonObject service(const SwarmStack::Result &r, const QString &name)
{
    return r.compose[QLatin1String("services")][name].toObject();
}

} // namespace

/// Validates compose files against Debian's compose schema (docker-compose's
/// compose_spec.json) with python3-jsonschema: the exit code, with what it printed in
/// \a output; -1 when the schema or the module is not here.
static int checkWithComposeSchema(const QStringList &files, QByteArray *output)
{
    const QString schema =
        QStringLiteral("/usr/lib/python3/dist-packages/compose/config/compose_spec.json");
    const QString python = QStandardPaths::findExecutable("python3");
    if (python.isEmpty() || !QFile::exists(schema))
        return -1;
    QProcess hasSchema;
    hasSchema.start(python, {"-c", "import jsonschema, yaml"});
    hasSchema.waitForFinished(20000);
    if (hasSchema.exitCode() != 0)
        return -1;
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(python, QStringList{"-c",
                                    "import json, sys, yaml, jsonschema\n"
                                    "schema = json.load(open(sys.argv[1]))\n"
                                    "for f in sys.argv[2:]:\n"
                                    "    jsonschema.validate(yaml.safe_load(open(f)), schema)\n"
                                    "print('valid', len(sys.argv) - 2)\n",
                                    schema} +
                            files);
    if (!check.waitForFinished(60000))
        return 1;
    *output = check.readAll();
    return check.exitCode();
}

class TestSwarmStack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(!sourceDir().isEmpty(), "BERTH_SOURCE_DIR is not set"); }

    void sampleBecomesOneServicePerContainer()
    {
        const SwarmStack::Result r = SwarmStack::fromProject(loadDesign(exportDesigns().at(0)), {});
        QCOMPARE(r.compose["version"].toString(), QStringLiteral("3.8"));
        QStringList names = r.compose["services"].toObject().keys();
        QCOMPARE(names, (QStringList{"api", "front-app", "front-proxy"}));
        const QJsonObject api = service(r, "api");
        QCOMPARE(api["image"].toString(), QStringLiteral("berth/demo:1"));
        QCOMPARE(api["environment"]["VERSION"].toString(), QStringLiteral("api-1"));
        const QJsonObject deploy = api["deploy"].toObject();
        QCOMPARE(deploy["mode"].toString(), QStringLiteral("replicated"));
        QCOMPARE(deploy["replicas"].toInt(), 4);
        QCOMPARE(deploy["resources"]["reservations"]["cpus"].toString(), QStringLiteral("0.25"));
        QCOMPARE(deploy["resources"]["limits"]["memory"].toString(), QStringLiteral("384M"));
        QCOMPARE(deploy["placement"]["preferences"][0]["spread"].toString(),
                 QStringLiteral("node.labels.ecs.availability-zone"));
        // Circuit breaker with rollback; the grace period is what Swarm watches.
        QCOMPARE(deploy["update_config"]["failure_action"].toString(), QStringLiteral("rollback"));
        QCOMPARE(deploy["update_config"]["monitor"].toString(), QStringLiteral("30s"));
        const QJsonObject proxy = service(r, "front-proxy");
        QCOMPARE(proxy["healthcheck"]["interval"].toString(), QStringLiteral("10s"));
        QCOMPARE(proxy["healthcheck"]["start_period"].toString(), QStringLiteral("5s"));
        QCOMPARE(proxy["healthcheck"]["test"][0].toString(), QStringLiteral("CMD"));
        QVERIFY(!proxy.contains("ports")); // dynamic and behind the ALB: not published
        QCOMPARE(proxy["deploy"]["resources"]["reservations"]["cpus"].toString(),
                 QStringLiteral("0.125"));
    }

    void sampleWarnsWhatSwarmCannotSay()
    {
        const SwarmStack::Result r = SwarmStack::fromProject(loadDesign(exportDesigns().at(0)), {});
        const QStringList found = rules(r.warnings);
        for (const char *expected :
             {"swarm.strategy $.services[0].placementStrategy[1]", "swarm.containers $.services[0]",
              "swarm.dynamic-port $.taskDefinitions[0].definition.containerDefinitions[0]."
              "portMappings[0]",
              "swarm.load-balancer $.loadBalancers[0]",
              "swarm.rule $.loadBalancers[0].listeners[0].rules[0]"})
            QVERIFY2(found.contains(QLatin1String(expected)), qPrintable(found.join('\n')));
        QCOMPARE(found.size(), 6); // the api's dynamic port too
        for (const Diagnostic &d : r.warnings) {
            QCOMPARE(d.severity, Diagnostic::Severity::Warning);
            QVERIFY(!d.hint.isEmpty());
        }
    }

    void placementAndDaemon()
    {
        const SwarmStack::Result r = SwarmStack::fromProject(loadDesign(exportDesigns().at(1)), {});
        const QJsonObject agent = service(r, "agent")["deploy"].toObject();
        QCOMPARE(agent["mode"].toString(), QStringLiteral("global"));
        QVERIFY(!agent.contains("replicas"));
        const QJsonObject gateway = service(r, "gateway");
        const QJsonObject placement = gateway["deploy"]["placement"].toObject();
        QCOMPARE(placement["max_replicas_per_node"].toInt(), 1);
        QCOMPARE(placement["constraints"].toArray(),
                 (QJsonArray{"node.labels.tier == edge", "node.platform.os == linux"}));
        QCOMPARE(
            gateway["ports"][0].toObject(),
            (QJsonObject{
                {"target", 8080}, {"published", 7443}, {"protocol", "tcp"}, {"mode", "host"}}));
        QCOMPARE(gateway["deploy"]["resources"]["reservations"]["memory"].toString(),
                 QStringLiteral("128M"));
        QCOMPARE(gateway["deploy"]["update_config"]["failure_action"].toString(),
                 QStringLiteral("pause"));
        const QJsonObject agentService = service(r, "agent");
        QCOMPARE(agentService["stop_grace_period"].toString(), QStringLiteral("5s"));
        QCOMPARE(agentService["ulimits"]["nofile"]["hard"].toInt(), 2048);
        QCOMPARE(agentService["labels"]["team"].toString(), QStringLiteral("ops"));
        QCOMPARE(agentService["logging"]["options"]["max-size"].toString(), QStringLiteral("1m"));
        const QStringList found = rules(r.warnings);
        for (const char *expected :
             {"swarm.constraint $.services[1].placementConstraints[2].expression",
              "swarm.constraint $.services[1].placementConstraints[3].expression",
              "swarm.strategy $.services[1].placementStrategy[1]"})
            QVERIFY2(found.contains(QLatin1String(expected)), qPrintable(found.join('\n')));
        // A fixed host port needs no warning; the == constraints translate.
        QVERIFY(!found.join('\n').contains("placementConstraints[1]"));
        QVERIFY(!found.join('\n').contains("dynamic-port"));
    }

    // ECS's limits as Swarm's batch: start-first adds max% - 100% of the tasks at a time,
    // stop-first stops what minimumHealthyPercent allows.
    void updateConfigFromDeploymentLimits_data()
    {
        QTest::addColumn<int>("desired");
        QTest::addColumn<int>("minimum");
        QTest::addColumn<int>("maximum");
        QTest::addColumn<QString>("order");
        QTest::addColumn<int>("parallelism");
        QTest::newRow("200% of 4") << 4 << 100 << 200 << "start-first" << 4;
        QTest::newRow("150% of 4") << 4 << 100 << 150 << "start-first" << 2;
        QTest::newRow("120% of 3 rounds to 1") << 3 << 100 << 120 << "start-first" << 1;
        QTest::newRow("100%, 50% of 4") << 4 << 50 << 100 << "stop-first" << 2;
        QTest::newRow("100%, 50% of 3") << 3 << 50 << 100 << "stop-first" << 1;
        QTest::newRow("100%, 100%: one at a time") << 2 << 100 << 100 << "stop-first" << 1;
    }

    void updateConfigFromDeploymentLimits()
    {
        QFETCH(int, desired);
        QFETCH(int, minimum);
        QFETCH(int, maximum);
        QFETCH(QString, order);
        QFETCH(int, parallelism);
        ProjectData p = loadDesign(exportDesigns().at(3));
        Service *web = p.service("web");
        web->desiredCount = desired;
        web->deploymentConfiguration.minimumHealthyPercent = minimum;
        web->deploymentConfiguration.maximumPercent = maximum;
        const QJsonObject update =
            service(SwarmStack::fromProject(p, {}), "web")["deploy"]["update_config"].toObject();
        QCOMPARE(update["order"].toString(), order);
        QCOMPARE(update["parallelism"].toInt(), parallelism);
        QCOMPARE(update["failure_action"].toString(), QStringLiteral("continue"));
    }

    void withoutReservations()
    {
        const SwarmStack::Result r =
            SwarmStack::fromProject(loadDesign(exportDesigns().at(1)), {false});
        const QJsonObject resources = service(r, "gateway")["deploy"]["resources"].toObject();
        QVERIFY(!resources.contains("reservations"));
        QCOMPARE(resources["limits"]["memory"].toString(), QStringLiteral("256M"));
    }

    void yaml()
    {
        const QJsonObject doc{
            {"version", "3.8"},
            {"services",
             QJsonObject{
                 {"web",
                  QJsonObject{{"command", QJsonArray{"a b", "say \"hi\""}},
                              {"deploy", QJsonObject{{"replicas", 2}}},
                              {"labels", QJsonObject{{"yes", "no"}, {"a.b-c", true}}},
                              {"ports", QJsonArray{QJsonObject{{"target", 80}, {"mode", "host"}}}},
                              {"empty", QJsonObject{}}}}}}};
        const QByteArray expected = "services:\n"
                                    "  web:\n"
                                    "    command:\n"
                                    "      - \"a b\"\n"
                                    "      - \"say \\\"hi\\\"\"\n"
                                    "    deploy:\n"
                                    "      replicas: 2\n"
                                    "    empty: {}\n"
                                    "    labels:\n"
                                    "      a.b-c: true\n"
                                    "      \"yes\": \"no\"\n"
                                    "    ports:\n"
                                    "      - mode: \"host\"\n"
                                    "        target: 80\n"
                                    "version: \"3.8\"\n";
        QCOMPARE(YamlWriter::write(doc), expected);
    }

    void stackSpecNamesAndLabelsAsDockerStackDeploy()
    {
        const SwarmStack::Result r = SwarmStack::fromProject(loadDesign(exportDesigns().at(1)), {});
        QString error;
        const QList<StackSpec::ServiceSpec> specs = StackSpec::services("lab", r.compose, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(specs.size(), 2);
        const QJsonObject gateway = specs.at(1).spec;
        QCOMPARE(gateway["Name"].toString(), QStringLiteral("lab_gateway"));
        QCOMPARE(gateway["Labels"]["com.docker.stack.namespace"].toString(), QStringLiteral("lab"));
        QCOMPARE(gateway["Labels"]["com.docker.stack.image"].toString(),
                 QStringLiteral("berth/demo:1"));
        const QJsonObject task = gateway["TaskTemplate"].toObject();
        QCOMPARE(task["ContainerSpec"]["Labels"]["com.docker.stack.namespace"].toString(),
                 QStringLiteral("lab"));
        QCOMPARE(task["Networks"][0]["Target"].toString(), QStringLiteral("lab_default"));
        QCOMPARE(task["Networks"][0]["Aliases"][0].toString(), QStringLiteral("gateway"));
        QCOMPARE(task["Resources"]["Reservations"]["NanoCPUs"].toDouble(), 5e8);
        QCOMPARE(task["Resources"]["Limits"]["MemoryBytes"].toDouble(), 256.0 * 1024 * 1024);
        QCOMPARE(task["Placement"]["MaxReplicas"].toInt(), 1);
        QCOMPARE(task["Placement"]["Preferences"][0]["Spread"]["SpreadDescriptor"].toString(),
                 QStringLiteral("node.labels.ecs.availability-zone"));
        QCOMPARE(gateway["Mode"]["Replicated"]["Replicas"].toInt(), 2);
        QCOMPARE(gateway["UpdateConfig"]["Order"].toString(), QStringLiteral("stop-first"));
        QCOMPARE(gateway["EndpointSpec"]["Ports"][0]["PublishedPort"].toInt(), 7443);
        QCOMPARE(gateway["EndpointSpec"]["Ports"][0]["PublishMode"].toString(),
                 QStringLiteral("host"));
        const QJsonObject agent = specs.at(0).spec;
        QVERIFY(agent["Mode"].toObject().contains("Global"));
        QCOMPARE(agent["TaskTemplate"]["ContainerSpec"]["StopGracePeriod"].toDouble(), 5e9);
        QCOMPARE(agent["TaskTemplate"]["ContainerSpec"]["Ulimits"][0]["Soft"].toInt(), 1024);
        QCOMPARE(agent["TaskTemplate"]["LogDriver"]["Name"].toString(),
                 QStringLiteral("json-file"));
    }

    void stackSpecRefusesWhatItCannotRead()
    {
        QString error;
        const QJsonObject compose{
            {"services",
             QJsonObject{{"web", QJsonObject{{"image", "x"},
                                             {"healthcheck", QJsonObject{{"interval", "ten"}}}}}}}};
        QVERIFY(StackSpec::services("s", compose, &error).isEmpty());
        QVERIFY2(error.contains("services.web.healthcheck.interval") && error.contains("30s"),
                 qPrintable(error));
    }

    void durationsAndSizes()
    {
        QCOMPARE(StackSpec::durationNanoseconds("1m30s"), std::optional<qint64>(90'000'000'000));
        QCOMPARE(StackSpec::durationNanoseconds("500ms"), std::optional<qint64>(500'000'000));
        QCOMPARE(StackSpec::durationNanoseconds("10"), std::nullopt);
        QCOMPARE(StackSpec::durationNanoseconds("5s "), std::nullopt);
        QCOMPARE(StackSpec::bytes("128M"), std::optional<qint64>(128LL * 1024 * 1024));
        QCOMPARE(StackSpec::bytes("1g"), std::optional<qint64>(1024LL * 1024 * 1024));
        QCOMPARE(StackSpec::bytes("lots"), std::nullopt);
    }

    // The oracles: the Docker CLI's own parser and schema check, and Debian's compose schema.
    void exportedFilesPassTheOracles()
    {
        QTemporaryDir dir;
        QStringList files;
        for (const QString &design : exportDesigns()) {
            QString error;
            const QString file =
                SwarmStack::write(SwarmStack::fromProject(loadDesign(design), {}),
                                  dir.filePath(QFileInfo(design).baseName()), &error);
            QVERIFY2(!file.isEmpty(), qPrintable(error));
            files << file;
        }
        int oracles = 0;
        const QString docker = QStandardPaths::findExecutable("docker");
        QProcess probe;
        if (!docker.isEmpty()) {
            probe.start(docker, {"stack", "config", "--help"});
            probe.waitForFinished(10000);
        }
        if (!docker.isEmpty() && probe.exitCode() == 0) {
            ++oracles;
            for (const QString &file : std::as_const(files)) {
                QProcess config;
                config.start(docker, {"stack", "config", "-c", file});
                QVERIFY(config.waitForFinished(30000));
                QVERIFY2(config.exitCode() == 0,
                         qPrintable(file + ": " + config.readAllStandardError()));
                QVERIFY(config.readAllStandardOutput().contains("services:"));
            }
        }
        QByteArray output;
        const int schemaExit = checkWithComposeSchema(files, &output);
        if (schemaExit >= 0) {
            ++oracles;
            QVERIFY2(schemaExit == 0, output.constData());
            QCOMPARE(output.trimmed(), QByteArray("valid 4"));
        }
        if (oracles == 0)
            BERTH_SKIP_OR_FAIL("neither 'docker stack config' (Docker CLI 23+) nor the compose "
                               "schema with python3-jsonschema and python3-yaml (packages "
                               "docker-compose, python3-jsonschema, python3-yaml) is here");
    }

    // The oracles catch what they should: a misspelt deploy key fails each one present.
    void theOraclesRejectAMistake()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("stack.yml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("version: \"3.8\"\nservices:\n  web:\n    image: x\n    deploy:\n"
                "      replica: 2\n");
        f.close();
        int oracles = 0;
        const QString docker = QStandardPaths::findExecutable("docker");
        QProcess probe;
        if (!docker.isEmpty()) {
            probe.start(docker, {"stack", "config", "--help"});
            probe.waitForFinished(10000);
        }
        if (!docker.isEmpty() && probe.exitCode() == 0) {
            ++oracles;
            QProcess config;
            config.start(docker, {"stack", "config", "-c", f.fileName()});
            QVERIFY(config.waitForFinished(30000));
            QVERIFY(config.exitCode() != 0);
            QVERIFY(config.readAllStandardError().contains("replica"));
        }
        QByteArray output;
        const int schemaExit = checkWithComposeSchema({f.fileName()}, &output);
        if (schemaExit >= 0) {
            ++oracles;
            QVERIFY(schemaExit != 0);
            QVERIFY2(output.contains("replica"), output.constData());
        }
        if (oracles == 0)
            BERTH_SKIP_OR_FAIL("neither 'docker stack config' nor the compose schema with "
                               "python3-jsonschema is here");
    }
};

QTEST_GUILESS_MAIN(TestSwarmStack)
#include "tst_swarmstack.moc"

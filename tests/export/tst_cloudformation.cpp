// The CloudFormation export: the resources a design becomes, the two gotchas (the service
// waits for the listener and rule that forward to its target group; a dynamic host port is
// health-checked on traffic-port), the warnings for what the design does not hold; and the
// oracles: cfn-lint finds nothing in the templates of the sample and four other designs (one
// with capacity providers and a default strategy), and moto's CloudFormation creates the
// first four (CREATE_COMPLETE; moto has no capacity providers).
#include "model/export/cloudformationtemplate.h"
#include "tests/export/exportdesigns.h"
#include "tests/skiporfail.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth::Model;

using namespace BerthTest;

namespace {

const QJsonObject resource(const CloudFormationTemplate::Result &r, const QString &id)
{
    return r.document["Resources"][id].toObject();
}

QStringList warningRules(const CloudFormationTemplate::Result &r)
{
    QStringList out;
    for (const Diagnostic &d : r.warnings)
        out << d.rule + QLatin1Char(' ') + d.path;
    return out;
}

} // namespace

class TestCloudFormation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_templates;
    QString m_capacityTemplate;

    static QString capacityDesign()
    {
        return sourceDir() + QStringLiteral("/tests/export/data/capacity-providers.berth");
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!sourceDir().isEmpty(), "BERTH_SOURCE_DIR is not set");
        for (const QString &design : exportDesigns()) {
            QString error;
            const QString file = CloudFormationTemplate::write(
                CloudFormationTemplate::fromProject(loadDesign(design)),
                m_dir.filePath(QFileInfo(design).baseName()), &error);
            QVERIFY2(!file.isEmpty(), qPrintable(error));
            m_templates << file;
        }
        QString error;
        m_capacityTemplate = CloudFormationTemplate::write(
            CloudFormationTemplate::fromProject(loadDesign(capacityDesign())),
            m_dir.filePath(QStringLiteral("capacity-providers")), &error);
        QVERIFY2(!m_capacityTemplate.isEmpty(), qPrintable(error));
    }

    // Each provider with its Auto Scaling group as a parameter, the cluster's association,
    // and the service's strategy instead of a launch type, created after the association.
    void capacityProviders()
    {
        const CloudFormationTemplate::Result r =
            CloudFormationTemplate::fromProject(loadDesign(capacityDesign()));
        const QJsonObject parameter =
            r.document["Parameters"]["AutoScalingGroupAsgOnDemand"].toObject();
        QCOMPARE(parameter["Type"].toString(), QStringLiteral("String"));
        QVERIFY(parameter["Description"].toString().contains(QStringLiteral("m5.large")));
        const QJsonObject provider = resource(r, "CapacityProviderAsgOnDemand");
        QCOMPARE(provider["Type"].toString(), QStringLiteral("AWS::ECS::CapacityProvider"));
        const QJsonObject asg = provider["Properties"]["AutoScalingGroupProvider"].toObject();
        QCOMPARE(asg["AutoScalingGroupArn"]["Ref"].toString(),
                 QStringLiteral("AutoScalingGroupAsgOnDemand"));
        QCOMPARE(asg["ManagedTerminationProtection"].toString(), QStringLiteral("ENABLED"));
        const QJsonObject scaling = asg["ManagedScaling"].toObject();
        QCOMPARE(scaling["Status"].toString(), QStringLiteral("ENABLED"));
        QCOMPARE(scaling["TargetCapacity"].toInt(), 90);
        QCOMPARE(scaling["MaximumScalingStepSize"].toInt(), 3);
        QCOMPARE(scaling["InstanceWarmupPeriod"].toInt(), 120);
        QCOMPARE(resource(r, "CapacityProviderAsgSpot")["Properties"]["AutoScalingGroupProvider"]
                                                       ["ManagedScaling"]["Status"]
                                                           .toString(),
                 QStringLiteral("DISABLED"));
        const QJsonObject association = resource(r, "CapacityProvidersBatch");
        QCOMPARE(association["Type"].toString(),
                 QStringLiteral("AWS::ECS::ClusterCapacityProviderAssociations"));
        QCOMPARE(association["Properties"]["Cluster"]["Ref"].toString(),
                 QStringLiteral("ClusterBatch"));
        QCOMPARE(association["Properties"]["CapacityProviders"].toArray().size(), 2);
        const QJsonObject worker = resource(r, "ServiceWorker");
        QVERIFY(!worker["Properties"].toObject().contains("LaunchType"));
        const QJsonArray strategy = worker["Properties"]["CapacityProviderStrategy"].toArray();
        QCOMPARE(strategy.size(), 2);
        QCOMPARE(strategy[0]["CapacityProvider"]["Ref"].toString(),
                 QStringLiteral("CapacityProviderAsgOnDemand"));
        QCOMPARE(strategy[0]["Base"].toInt(), 1);
        QCOMPARE(strategy[1]["Weight"].toInt(), 3);
        QCOMPARE(worker["DependsOn"].toArray(),
                 QJsonArray{QStringLiteral("CapacityProvidersBatch")});
        // A service without a strategy keeps its launch type and waits for nothing.
        const QJsonObject reports = resource(r, "ServiceReports");
        QCOMPARE(reports["Properties"]["LaunchType"].toString(), QStringLiteral("EC2"));
        QVERIFY(!reports.contains("DependsOn"));
        // The cluster's default strategy is the association's; a service naming neither a
        // launch type nor a strategy gets neither and is created after the association.
        const QJsonArray byDefault =
            association["Properties"]["DefaultCapacityProviderStrategy"].toArray();
        QCOMPARE(byDefault.size(), 2);
        QCOMPARE(byDefault[0]["CapacityProvider"]["Ref"].toString(),
                 QStringLiteral("CapacityProviderAsgOnDemand"));
        QCOMPARE(byDefault[0]["Base"].toInt(), 1);
        QCOMPARE(byDefault[1]["Weight"].toInt(), 2);
        const QJsonObject nightly = resource(r, "ServiceNightly");
        QVERIFY(!nightly["Properties"].toObject().contains("LaunchType"));
        QVERIFY(!nightly["Properties"].toObject().contains("CapacityProviderStrategy"));
        QCOMPARE(nightly["DependsOn"].toArray(),
                 QJsonArray{QStringLiteral("CapacityProvidersBatch")});
        QVERIFY(warningRules(r).contains(
            "cloudformation.auto-scaling-group $.clusters[0].capacityProviders"));
    }

    void sample()
    {
        const CloudFormationTemplate::Result r =
            CloudFormationTemplate::fromProject(loadDesign(exportDesigns().at(0)));
        const QJsonObject parameters = r.document["Parameters"].toObject();
        QCOMPARE(parameters["VpcId"]["Type"].toString(), QStringLiteral("AWS::EC2::VPC::Id"));
        QCOMPARE(parameters["Subnets"]["Type"].toString(),
                 QStringLiteral("List<AWS::EC2::Subnet::Id>"));
        QCOMPARE(resource(r, "ClusterProduction")["Properties"]["ClusterName"].toString(),
                 QStringLiteral("production"));
        const QJsonObject front = resource(r, "ServiceFront");
        QCOMPARE(front["Type"].toString(), QStringLiteral("AWS::ECS::Service"));
        const QJsonObject p = front["Properties"].toObject();
        QCOMPARE(p["DesiredCount"].toInt(), 3);
        QCOMPARE(p["TaskDefinition"]["Ref"].toString(), QStringLiteral("TaskDefinitionFront"));
        QCOMPARE(p["DeploymentConfiguration"]["MinimumHealthyPercent"].toInt(), 100);
        QCOMPARE(p["DeploymentConfiguration"]["DeploymentCircuitBreaker"]["Rollback"].toBool(),
                 true);
        QCOMPARE(p["PlacementStrategies"][1]["Type"].toString(), QStringLiteral("binpack"));
        QCOMPARE(p["LoadBalancers"][0]["TargetGroupArn"]["Ref"].toString(),
                 QStringLiteral("TargetGroupFrontTg"));
        // The gotchas: each service waits for what forwards to its target group.
        QCOMPARE(front["DependsOn"].toArray(), QJsonArray{"LoadBalancerWebListener80"});
        QCOMPARE(resource(r, "ServiceApi")["DependsOn"].toArray(),
                 QJsonArray{"LoadBalancerWebListener80Rule10"});
        QCOMPARE(resource(r, "TargetGroupApiTg")["Properties"]["HealthCheckPort"].toString(),
                 QStringLiteral("traffic-port"));
        const QJsonObject rule =
            resource(r, "LoadBalancerWebListener80Rule10")["Properties"].toObject();
        QCOMPARE(rule["Conditions"][0]["PathPatternConfig"]["Values"][0].toString(),
                 QStringLiteral("/api/*"));
        const QJsonObject td = resource(r, "TaskDefinitionFront")["Properties"].toObject();
        QCOMPARE(td["Family"].toString(), QStringLiteral("front"));
        QCOMPARE(td["ContainerDefinitions"][0]["PortMappings"][0]["ContainerPort"].toInt(), 8080);
        QCOMPARE(td["ContainerDefinitions"][0]["DependsOn"][0]["Condition"].toString(),
                 QStringLiteral("HEALTHY"));
        QCOMPARE(td["ContainerDefinitions"][0]["HealthCheck"]["StartPeriod"].toInt(), 5);
        QVERIFY(warningRules(r).contains("cloudformation.security-groups $.loadBalancers[0]"));
        QVERIFY(warningRules(r).contains("cloudformation.instances $.clusters[0].instances"));
    }

    void otherDesigns()
    {
        const CloudFormationTemplate::Result fargate =
            CloudFormationTemplate::fromProject(loadDesign(exportDesigns().at(2)));
        const QJsonObject td = resource(fargate, "TaskDefinitionShop")["Properties"].toObject();
        QCOMPARE(td["Cpu"], QJsonValue("512")); // strings, as CloudFormation wants
        QCOMPARE(td["ContainerDefinitions"][0]["Secrets"][0]["ValueFrom"].toString().left(12),
                 QStringLiteral("arn:aws:ssm:"));
        const QJsonObject shop = resource(fargate, "ServiceShop")["Properties"].toObject();
        QCOMPARE(shop["NetworkConfiguration"]["AwsvpcConfiguration"]["Subnets"]["Ref"].toString(),
                 QStringLiteral("Subnets"));
        QCOMPARE(shop["NetworkConfiguration"]["AwsvpcConfiguration"]["AssignPublicIp"].toString(),
                 QStringLiteral("ENABLED"));
        QCOMPARE(shop["HealthCheckGracePeriodSeconds"].toInt(), 60);
        QCOMPARE(
            resource(fargate, "LoadBalancerPublicListener80Rule5")["Properties"]["Conditions"][0]
                                                                  ["HostHeaderConfig"]["Values"][0]
                                                                      .toString(),
            QStringLiteral("blog.example.com"));
        const QStringList rules = warningRules(fargate);
        // shop needs an execution role for its secret; blog names one.
        QVERIFY(rules.contains("cloudformation.execution-role $.services[0]"));
        QVERIFY(!rules.contains("cloudformation.execution-role $.services[1]"));
        QVERIFY(rules.contains("cloudformation.security-groups $.services[0]"));

        const CloudFormationTemplate::Result daemon =
            CloudFormationTemplate::fromProject(loadDesign(exportDesigns().at(1)));
        const QJsonObject agent = resource(daemon, "ServiceAgent")["Properties"].toObject();
        QCOMPARE(agent["SchedulingStrategy"].toString(), QStringLiteral("DAEMON"));
        QVERIFY(!agent.contains("DesiredCount"));
        const QJsonObject nlb = resource(daemon, "LoadBalancerEdgeNlb")["Properties"].toObject();
        QCOMPARE(nlb["Type"].toString(), QStringLiteral("network"));
        const QJsonObject tcp = resource(daemon, "TargetGroupGatewayTg")["Properties"].toObject();
        QCOMPARE(tcp["HealthCheckPort"].toString(), QStringLiteral("7443")); // fixed host port
        QVERIFY(!tcp.contains("HealthCheckPath"));

        // A pinned older revision is a task definition of its own.
        const CloudFormationTemplate::Result two =
            CloudFormationTemplate::fromProject(loadDesign(exportDesigns().at(3)));
        QCOMPARE(resource(two, "ServiceWebOld")["Properties"]["TaskDefinition"]["Ref"].toString(),
                 QStringLiteral("TaskDefinitionWebRevision1"));
        QCOMPARE(resource(two, "ServiceWeb")["Properties"]["TaskDefinition"]["Ref"].toString(),
                 QStringLiteral("TaskDefinitionWeb"));
        // web-tg is forwarded to by a listener, its weighted rule and the other balancer's rule.
        QCOMPARE(resource(two, "ServiceWeb")["DependsOn"].toArray().size(), 3);
        // Rule actions and the newer conditions, in ELBv2's shapes.
        const QJsonObject fixed = resource(two, "LoadBalancerPublicListener80Rule10")["Properties"]
                                      .toObject();
        QCOMPARE(fixed["Actions"][0]["Type"].toString(), QStringLiteral("fixed-response"));
        QCOMPARE(fixed["Actions"][0]["FixedResponseConfig"]["StatusCode"].toString(),
                 QStringLiteral("503"));
        // A listener's default action that answers by itself, in DefaultActions.
        ProjectData answering = loadDesign(exportDesigns().at(3));
        Listener &listener = answering.loadBalancers[0].listeners[0];
        listener.defaultAction = ListenerRule::Action::FixedResponse;
        listener.defaultFixedResponse.statusCode = QStringLiteral("404");
        const QJsonObject defaults =
            resource(CloudFormationTemplate::fromProject(answering), "LoadBalancerPublicListener80")
                ["Properties"]
                    .toObject();
        QCOMPARE(defaults["DefaultActions"][0]["Type"].toString(), QStringLiteral("fixed-response"));
        QCOMPARE(defaults["DefaultActions"][0]["FixedResponseConfig"]["StatusCode"].toString(),
                 QStringLiteral("404"));
        QVERIFY(!defaults["DefaultActions"][0].toObject().contains("TargetGroupArn"));
        const QJsonObject moved = resource(two, "LoadBalancerPublicListener80Rule20")["Properties"]
                                      .toObject();
        QCOMPARE(moved["Actions"][0]["RedirectConfig"]["Path"].toString(),
                 QStringLiteral("/new/#{path}"));
        QCOMPARE(moved["Actions"][0]["RedirectConfig"]["Host"].toString(),
                 QStringLiteral("#{host}"));
        const QJsonObject shopRule = resource(two, "LoadBalancerPublicListener80Rule30")["Properties"]
                                     .toObject();
        const QJsonObject forward = shopRule["Actions"][0]["ForwardConfig"].toObject();
        QCOMPARE(forward["TargetGroups"][1]["Weight"].toInt(), 20);
        QCOMPARE(forward["TargetGroupStickinessConfig"]["DurationSeconds"].toInt(), 3600);
        QCOMPARE(shopRule["Conditions"].toArray().size(), 4);
        QCOMPARE(shopRule["Conditions"][2]["QueryStringConfig"]["Values"][0]["Key"].toString(),
                 QStringLiteral("version"));
        QCOMPARE(shopRule["Conditions"][3]["HttpHeaderConfig"]["HttpHeaderName"].toString(),
                 QStringLiteral("X-Canary"));
        // The design says port 8080, but the tasks' host ports are dynamic.
        QCOMPARE(resource(two, "TargetGroupWebTg")["Properties"]["HealthCheckPort"].toString(),
                 QStringLiteral("traffic-port"));
    }

    void logicalNames()
    {
        QCOMPARE(CloudFormationTemplate::logicalName("front-tg"), QStringLiteral("FrontTg"));
        QCOMPARE(CloudFormationTemplate::logicalName("web_api.v2"), QStringLiteral("WebApiV2"));
    }

    void cfnLintFindsNothing()
    {
        const QString lint = QStandardPaths::findExecutable("cfn-lint");
        if (lint.isEmpty())
            BERTH_SKIP_OR_FAIL("cfn-lint is not installed (pip install cfn-lint; Debian 12 does "
                               "not package it)");
        QProcess p;
        p.start(lint, QStringList{"--format", "parseable"} + m_templates +
                          QStringList{m_capacityTemplate});
        QVERIFY(p.waitForFinished(120000));
        const QByteArray findings = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, findings.constData());
        QVERIFY2(findings.trimmed().isEmpty(), findings.constData());
    }

    void motoCreatesEveryStack()
    {
        const QString python = QStandardPaths::findExecutable("python3");
        QProcess probe;
        if (!python.isEmpty()) {
            probe.start(python, {"-c", "import moto, boto3"});
            probe.waitForFinished(30000);
        }
        if (python.isEmpty() || probe.exitCode() != 0)
            BERTH_SKIP_OR_FAIL("moto and boto3 are not installed for python3 (pip install "
                               "moto boto3)");
        QProcess p;
        p.start(python,
                QStringList{sourceDir() + "/tests/export/check_cloudformation.py"} + m_templates);
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(out + p.readAllStandardError()));
        QCOMPARE(out.count("CREATE_COMPLETE"), 4);
        QVERIFY2(out.contains("web-api/cloudformation.json: CREATE_COMPLETE services=2"),
                 qPrintable(out));
        QVERIFY2(out.contains("two-balancers/cloudformation.json: CREATE_COMPLETE services=3"),
                 qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCloudFormation)
#include "tst_cloudformation.moc"

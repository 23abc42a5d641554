// ECS's API as the aws CLI a user installs (Debian's awscli, /usr/bin/aws) calls it, against
// a run session on a scripted container runtime: listing and describing, scaling and
// deploying a registered revision with update-service (and `aws ecs wait services-stable`),
// run-task with the seed-style container overrides, describe-tasks with an exit code,
// stop-task, draining an instance; and the requests ECS refuses: a wrong secret, no
// signature, a six-minute-old signature, JSON that does not parse, a cluster that is not there.
// Application Auto Scaling's operations on the same endpoint (aws application-autoscaling),
// scheduled actions included: one put through the API runs in the run's scaler; a step
// scaling policy with its alarm from CloudWatch's query API (aws cloudwatch); and Elastic
// Load Balancing's target groups and target health (aws elbv2).
// Capacity providers: describe-capacity-providers, a cluster's providers in describe-clusters,
// and the instance a group launches for a scale-out listed and described while it runs; the
// cluster's default strategy put and described, and a service and a task that take it.

#include "fakeruntime.h"

#include "engine/api/apiclient.h"
#include "engine/api/ecsapi.h"
#include "engine/api/runregistry.h"
#include "engine/api/sigv4.h"
#include "engine/runtime/containerspec.h"
#include "engine/runtime/deployment.h"
#include "engine/runtime/runsession.h"
#include "engine/scaling/autoscaling.h"
#include "engine/secrets/memorysecretstore.h"
#include "model/projectfile.h"
#include "tests/skiporfail.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Berth::Engine;
using namespace Berth::Model;
using Berth::Tests::FakeRuntime;

namespace {

const QString kAws = QStringLiteral("/usr/bin/aws");

QJsonObject definition(const QString &image)
{
    const QJsonObject c{{"name", "web"},
                        {"image", image},
                        {"cpu", 128},
                        {"memory", 128},
                        {"essential", true},
                        {"portMappings", QJsonArray{QJsonObject{{"containerPort", 8080},
                                                                {"hostPort", 0}}}}};
    return QJsonObject{{"family", "web"}, {"containerDefinitions", QJsonArray{c}}};
}

ProjectData project()
{
    ProjectData p;
    p.name = QStringLiteral("api");
    Cluster c;
    c.name = QStringLiteral("lab");
    for (int i = 1; i <= 3; ++i)
        c.instances << ContainerInstance::ofType(QStringLiteral("i%1").arg(i), "t3.small",
                                                 "us-east-1a");
    c.fargate.enabled = true;
    p.clusters << c;
    p.registerTaskDefinition(definition("example/web:v1"));
    // A Fargate-ready one-off job.
    p.registerTaskDefinition(QJsonObject{
        {"family", "job"},
        {"networkMode", "awsvpc"},
        {"requiresCompatibilities", QJsonArray{"FARGATE"}},
        {"cpu", "256"},
        {"memory", "512"},
        {"containerDefinitions",
         QJsonArray{QJsonObject{{"name", "job"}, {"image", "example/job:v1"}, {"essential", true}}}}});
    // A target group for Elastic Load Balancing's operations; no load balancer uses it yet.
    TargetGroup tg;
    tg.name = QStringLiteral("web-tg");
    tg.port = 8080;
    tg.healthCheck.path = QStringLiteral("/health");
    p.targetGroups << tg;
    Service s;
    s.name = QStringLiteral("web");
    s.cluster = QStringLiteral("lab");
    s.taskDefinition = QStringLiteral("web:1");
    s.desiredCount = 2;
    p.services << s;
    // Cluster scaled has no instance of its own: one Auto Scaling group (t3.small, 2048 CPU
    // units, one instance to start), and batch's two tasks of 1024 fill it.
    Cluster scaled;
    scaled.name = QStringLiteral("scaled");
    CapacityProvider asg;
    asg.name = QStringLiteral("asg");
    asg.instanceType = QStringLiteral("t3.small");
    asg.minSize = 1;
    asg.desiredCapacity = 1;
    asg.maxSize = 2;
    asg.managedScaling.targetCapacity = 100;
    scaled.capacityProviders << asg;
    p.clusters << scaled;
    QJsonObject batchDefinition = definition("example/batch:v1");
    batchDefinition["family"] = "batch";
    QJsonArray containers = batchDefinition["containerDefinitions"].toArray();
    QJsonObject container = containers.first().toObject();
    container["cpu"] = 1024;
    containers[0] = container;
    batchDefinition["containerDefinitions"] = containers;
    p.registerTaskDefinition(batchDefinition);
    Service batch;
    batch.name = QStringLiteral("batch");
    batch.cluster = scaled.name;
    batch.taskDefinition = QStringLiteral("batch:1");
    batch.desiredCount = 2;
    batch.capacityProviderStrategy = {{asg.name, 0, 1}};
    p.services << batch;
    return p;
}

struct AwsResult
{
    int exitCode = -1;
    QJsonObject json;
    QString err;
};

/// The command the container of task \a id was created with.
QJsonArray commandOf(const FakeRuntime &runtime, const QString &id)
{
    for (const FakeRuntime::Container &c : runtime.containers()) {
        if (c.labels.value(QLatin1String(ContainerSpec::kTask)) == id)
            return c.config.value("Cmd").toArray();
    }
    return {};
}

/// The hard memory limit (bytes) the container of task \a id was created with.
qint64 memoryOf(const FakeRuntime &runtime, const QString &id)
{
    for (const FakeRuntime::Container &c : runtime.containers()) {
        if (c.labels.value(QLatin1String(ContainerSpec::kTask)) == id)
            return qint64(c.config.value("HostConfig").toObject().value("Memory").toDouble());
    }
    return -1;
}

/// No service task runs on \a instance (draining leaves standalone tasks alone, as in ECS).
bool noTaskOn(const EngineSnapshot &snapshot, const QString &instance)
{
    for (const Task &t : snapshot.tasks) {
        if (t.instance == instance && !t.isStopped() && !t.service.isEmpty())
            return false;
    }
    return true;
}

QString drainingInstance(const ProjectData &design)
{
    for (const ContainerInstance &ci : design.cluster("lab")->instances) {
        if (ci.status == ContainerInstance::Status::Draining)
            return ci.name;
    }
    return {};
}

} // namespace

class tst_EcsApi : public QObject
{
    Q_OBJECT

    std::shared_ptr<FakeRuntime> m_runtime = std::make_shared<FakeRuntime>();
    std::unique_ptr<RunSession> m_session;
    QTemporaryDir m_home;
    QString m_endpoint;

    /// Runs the aws CLI with the session's credentials while the event loop goes on (the
    /// API answers on this thread).
    AwsResult aws(const QStringList &arguments, const QString &secret = {})
    {
        return awsOf(QStringLiteral("ecs"), arguments, secret);
    }
    /// The same for another service's commands (application-autoscaling).
    AwsResult awsOf(const QString &service, const QStringList &arguments,
                    const QString &secret = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"),
                   m_session->apiCredentials().accessKeyId);
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                   secret.isEmpty() ? m_session->apiCredentials().secretAccessKey : secret);
        env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
        env.insert(QStringLiteral("AWS_PAGER"), QString());
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(kAws, QStringList{QStringLiteral("--endpoint-url"), m_endpoint,
                                  QStringLiteral("--output"), QStringLiteral("json"), service}
                          + arguments);
        if (!done.wait(60000))
            return {};
        AwsResult r;
        r.exitCode = p.exitCode();
        r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// Starts Berth's own command line with the session's keys in the environment, as
    /// 'berth api env' sets them.
    void startBerth(QProcess &p, const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), m_session->apiCredentials().accessKeyId);
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                   m_session->apiCredentials().secretAccessKey);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BERTH_EXECUTABLE), arguments);
    }
    /// Waits for \a p with the event loop running (the API answers on this thread).
    static bool waitFor(QProcess &p, int ms)
    {
        if (p.state() == QProcess::NotRunning)
            return true;
        QSignalSpy done(&p, &QProcess::finished);
        return done.wait(ms);
    }
    QString standaloneRunning(const QString &group) const
    {
        for (const Task &t : m_session->snapshot().tasks) {
            if (t.group == group && t.service.isEmpty() && t.lastStatus == TaskStatus::Running)
                return t.id;
        }
        return {};
    }

    /// A request signed (or not) by hand, for what the CLI would never send.
    QPair<int, QJsonObject> raw(const QByteArray &operation, const QByteArray &body,
                                bool sign = true, int ageSeconds = 0,
                                const QByteArray &target = "AmazonEC2ContainerServiceV20141113",
                                const QString &signingName = QStringLiteral("ecs"))
    {
        SignedRequest r;
        const QUrl url(m_endpoint + u'/');
        r.body = body;
        r.headers = {{"Host", QStringLiteral("%1:%2").arg(url.host()).arg(url.port()).toLatin1()},
                     {"Content-Type", "application/x-amz-json-1.1"},
                     {"X-Amz-Target", target + '.' + operation}};
        if (sign)
            SigV4::sign(r, m_session->apiCredentials().accessKeyId,
                        m_session->apiCredentials().secretAccessKey, QStringLiteral("us-east-1"),
                        signingName, QDateTime::currentDateTimeUtc().addSecs(-ageSeconds));
        QNetworkAccessManager network;
        QNetworkRequest request(url);
        for (const auto &[name, value] : r.headers) {
            if (name != "Host")
                request.setRawHeader(name, value);
        }
        QNetworkReply *reply = network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return {status, json};
    }

    /// What botocore's model finds wrong with the answers saved in \a dir
    /// (check_ecs_responses.py); empty when every one matches.
    static QString shapeProblems(const QString &dir)
    {
        QProcess check;
        check.start(QStringLiteral("python3"),
                    {QStringLiteral(BERTH_SOURCE_DIR "/tests/engine/check_ecs_responses.py"), dir});
        if (!check.waitForFinished(60000))
            return QStringLiteral("check_ecs_responses.py did not finish");
        return check.exitCode() == 0 ? QString() : QString::fromUtf8(check.readAll());
    }

    /// The id of a running task of \a service, or an empty string.
    QString taskOfService(const QString &service) const
    {
        for (const Task &t : m_session->snapshot().tasks) {
            if (t.service == service && t.lastStatus == TaskStatus::Running)
                return t.id;
        }
        return {};
    }

    int running(const QString &taskDefinition) const
    {
        return m_runtime->running(QLatin1String(ContainerSpec::kTaskDefinition), taskDefinition);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(kAws))
            BERTH_SKIP_OR_FAIL("Debian's aws CLI (/usr/bin/aws, package awscli) is not "
                               "installed; scripts/test.sh installs it");
        Deployment::setHealthyAfterSeconds(0);
        // The metadata network's gateway: an address this test can listen on and reach.
        m_runtime->setNetworkGateway(QStringLiteral("127.0.0.1"));
        m_session = std::make_unique<RunSession>(m_runtime);
        m_session->setSecretStore(std::make_shared<MemorySecretStore>());
        QSignalSpy serving(m_session.get(), &RunSession::apiServing);
        RunOptions options;
        options.apiPort = 0; // any free port
        QVERIFY(m_session->start(project(), options).ok());
        QVERIFY(serving.wait(10000));
        m_endpoint = serving.first().first().toString();
        QVERIFY(m_endpoint.startsWith(QLatin1String("http://127.0.0.1:")));
        QTRY_COMPARE_WITH_TIMEOUT(running(QStringLiteral("web:1")), 2, 10000);
    }

    void cleanupTestCase()
    {
        if (!m_session)
            return;
        QSignalSpy stopped(m_session.get(), &RunSession::stopped);
        m_session->stop();
        QVERIFY(stopped.wait(10000));
    }

    void listsAndDescribes()
    {
        const AwsResult clusters = aws({"list-clusters"});
        QCOMPARE(clusters.exitCode, 0);
        QCOMPARE(clusters.json.value("clusterArns").toArray().first().toString(),
                 QStringLiteral("arn:aws:ecs:us-east-1:123456789012:cluster/lab"));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->snapshot().services.value(0).runningCount == 2, 10000);
        const AwsResult services =
            aws({"describe-services", "--cluster", "lab", "--services", "web"});
        QCOMPARE(services.exitCode, 0);
        const QJsonObject web = services.json.value("services").toArray().first().toObject();
        QCOMPARE(web.value("serviceArn").toString(),
                 QStringLiteral("arn:aws:ecs:us-east-1:123456789012:service/lab/web"));
        QCOMPARE(web.value("desiredCount").toInt(), 2);
        QCOMPARE(web.value("runningCount").toInt(), 2);
        QCOMPARE(web.value("taskDefinition").toString(),
                 QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task-definition/web:1"));
        const QJsonObject deployment = web.value("deployments").toArray().first().toObject();
        QVERIFY(deployment.value("id").toString().startsWith(QLatin1String("ecs-svc/")));
        // Epoch seconds on the wire; botocore reads them as a time and the CLI prints ISO 8601.
        QVERIFY2(QDateTime::fromString(deployment.value("createdAt").toString(), Qt::ISODateWithMs)
                     .isValid(),
                 qPrintable(deployment.value("createdAt").toString()));
        const AwsResult instances = aws({"list-container-instances", "--cluster", "lab"});
        QCOMPARE(instances.json.value("containerInstanceArns").toArray().size(), 3);
        const AwsResult tasks = aws({"list-tasks", "--cluster", "lab", "--service-name", "web"});
        QCOMPARE(tasks.json.value("taskArns").toArray().size(), 2);
        const QString id = tasks.json.value("taskArns").toArray().first().toString().section('/', -1);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(id).hasMatch());
    }

    void containersReadTheirMetadata()
    {
        QString uri, dockerId, taskId;
        for (const FakeRuntime::Container &c : m_runtime->containers()) {
            if (c.state != QLatin1String("running") ||
                c.labels.value(QLatin1String(ContainerSpec::kService)) != QLatin1String("web"))
                continue;
            for (const QJsonValue v : c.config.value("Env").toArray()) {
                if (v.toString().startsWith("ECS_CONTAINER_METADATA_URI_V4="))
                    uri = v.toString().section(u'=', 1);
            }
            dockerId = c.id;
            taskId = c.labels.value(QLatin1String(ContainerSpec::kTask));
            break;
        }
        QVERIFY2(uri.startsWith(QLatin1String("http://127.0.0.1:51679/v4/")), qPrintable(uri));
        const auto get = [](const QString &url) {
            QNetworkAccessManager network;
            QNetworkReply *reply = network.get(QNetworkRequest(QUrl(url)));
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(10000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            reply->deleteLater();
            return qMakePair(status, body);
        };
        const auto mine = get(uri);
        QCOMPARE(mine.first, 200);
        const QJsonObject container = QJsonDocument::fromJson(mine.second).object();
        QCOMPARE(container.value("DockerId").toString(), dockerId);
        QCOMPARE(container.value("Name").toString(), QStringLiteral("web"));
        QCOMPARE(container.value("KnownStatus").toString(), QStringLiteral("RUNNING"));
        QCOMPARE(container.value("Labels").toObject().value("com.amazonaws.ecs.task-arn").toString(),
                 QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task/lab/") + taskId);
        const auto task = get(uri + QStringLiteral("/task"));
        QCOMPARE(task.first, 200);
        const QJsonObject t = QJsonDocument::fromJson(task.second).object();
        QCOMPARE(t.value("TaskARN").toString(),
                 QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task/lab/") + taskId);
        QCOMPARE(t.value("Family").toString(), QStringLiteral("web"));
        QCOMPARE(t.value("Revision").toString(), QStringLiteral("1"));
        QCOMPARE(t.value("LaunchType").toString(), QStringLiteral("EC2"));
        QCOMPARE(t.value("ServiceName").toString(), QStringLiteral("web"));
        QCOMPARE(t.value("Containers").toArray().size(), 1);
        const auto stats = get(uri + QStringLiteral("/task/stats"));
        QCOMPARE(stats.first, 200);
        QVERIFY(QJsonDocument::fromJson(stats.second).object().contains(dockerId));
        const auto stranger = get(uri.section(u'/', 0, -2) + QStringLiteral("/0123456789abcdef"));
        QCOMPARE(stranger.first, 404);
        QVERIFY(stranger.second.contains("V4 task metadata handler"));
    }

    void scalesWithUpdateService()
    {
        const AwsResult updated = aws({"update-service", "--cluster", "lab", "--service", "web",
                                       "--desired-count", "3"});
        QCOMPARE(updated.exitCode, 0);
        QCOMPARE(updated.json.value("service").toObject().value("desiredCount").toInt(), 3);
        QCOMPARE(m_session->design().service(QStringLiteral("web"))->desiredCount, 3);
        QTRY_COMPARE_WITH_TIMEOUT(running(QStringLiteral("web:1")), 3, 10000);
    }

    void deploysARegisteredRevision()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath("web.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(definition("example/web:v2")).toJson());
        file.close();
        const AwsResult registered = aws({"register-task-definition", "--cli-input-json",
                                          "file://" + file.fileName()});
        QCOMPARE(registered.exitCode, 0);
        const QJsonObject td = registered.json.value("taskDefinition").toObject();
        QCOMPARE(td.value("revision").toInt(), 2);
        QCOMPARE(td.value("taskDefinitionArn").toString(),
                 QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task-definition/web:2"));
        // Registering deploys nothing by itself.
        QCOMPARE(running(QStringLiteral("web:2")), 0);
        QCOMPARE(aws({"update-service", "--cluster", "lab", "--service", "web",
                      "--task-definition", "web:2"})
                     .exitCode,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(running(QStringLiteral("web:2")), 3, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(running(QStringLiteral("web:1")), 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->snapshot().services.value(0).deployments.size() == 1,
                                 15000);
        const AwsResult stable =
            aws({"wait", "services-stable", "--cluster", "lab", "--services", "web"});
        QCOMPARE(stable.exitCode, 0);
        const AwsResult families = aws({"list-task-definitions", "--family-prefix", "web"});
        QCOMPARE(families.json.value("taskDefinitionArns").toArray().size(), 2);

        // The old revision is deregistered: still describable, no longer listed as ACTIVE.
        const AwsResult gone = aws({"deregister-task-definition", "--task-definition", "web:1"});
        QCOMPARE(gone.exitCode, 0);
        QCOMPARE(gone.json.value("taskDefinition").toObject().value("status").toString(),
                 QStringLiteral("INACTIVE"));
        QVERIFY(!m_session->design().taskDefinition(QStringLiteral("web:1"))->isActive());
        QCOMPARE(aws({"list-task-definitions", "--family-prefix", "web"})
                     .json.value("taskDefinitionArns").toArray().size(),
                 1);
        QCOMPARE(aws({"list-task-definitions", "--status", "INACTIVE"})
                     .json.value("taskDefinitionArns").toArray().first().toString(),
                 QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task-definition/web:1"));
        const AwsResult family = aws({"deregister-task-definition", "--task-definition", "web"});
        QVERIFY2(family.err.contains("ClientException"), qPrintable(family.err));
    }

    void runsATaskWithOverrides()
    {
        const AwsResult started = aws(
            {"run-task", "--cluster", "lab", "--task-definition", "web:2", "--started-by",
             "lab-1", "--overrides",
             "{\"containerOverrides\":[{\"name\":\"web\",\"command\":[\"/demo\",\"--version\"],"
             "\"memory\":200}]}"});
        QCOMPARE(started.exitCode, 0);
        const QJsonObject task = started.json.value("tasks").toArray().first().toObject();
        const QString arn = task.value("taskArn").toString();
        const QString id = arn.section('/', -1);
        QCOMPARE(task.value("lastStatus").toString(), QStringLiteral("PROVISIONING"));
        QCOMPARE(task.value("startedBy").toString(), QStringLiteral("lab-1"));
        QCOMPARE(task.value("memory").toString(), QStringLiteral("200")); // the override
        QTRY_COMPARE_WITH_TIMEOUT(commandOf(*m_runtime, id),
                                  (QJsonArray{"/demo", "--version"}), 10000);
        QCOMPARE(memoryOf(*m_runtime, id), 200LL * 1024 * 1024);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->snapshot().task(id)
                                     && m_session->snapshot().task(id)->lastStatus
                                            == TaskStatus::Running,
                                 10000);
        QString docker = m_session->snapshot().task(id)->containers.first().dockerId;
        m_runtime->crash(docker, 3);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->snapshot().task(id)->isStopped(), 10000);
        const AwsResult described = aws({"describe-tasks", "--cluster", "lab", "--tasks", arn});
        QCOMPARE(described.exitCode, 0);
        const QJsonObject d = described.json.value("tasks").toArray().first().toObject();
        QCOMPARE(d.value("lastStatus").toString(), QStringLiteral("STOPPED"));
        QCOMPARE(d.value("stopCode").toString(), QStringLiteral("EssentialContainerExited"));
        QCOMPARE(d.value("containers").toArray().first().toObject().value("exitCode").toInt(), 3);
    }

    void runsOnFargateAndWaits()
    {
        const AwsResult started =
            aws({"run-task", "--cluster", "lab", "--task-definition", "job", "--launch-type",
                 "FARGATE", "--network-configuration",
                 "awsvpcConfiguration={subnets=[subnet-12345678],assignPublicIp=ENABLED}"});
        QCOMPARE(started.exitCode, 0);
        QVERIFY2(started.json.value("failures").toArray().isEmpty(),
                 QJsonDocument(started.json).toJson().constData());
        const QJsonObject task = started.json.value("tasks").toArray().first().toObject();
        QCOMPARE(task.value("launchType").toString(), QStringLiteral("FARGATE"));
        const QString arn = task.value("taskArn").toString();
        const QString id = arn.section(u'/', -1);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->snapshot().task(id)
                                     && m_session->snapshot().task(id)->lastStatus
                                            == TaskStatus::Running,
                                 10000);
        QCOMPARE(aws({"wait", "tasks-running", "--cluster", "lab", "--tasks", arn}).exitCode, 0);
        QVERIFY(m_session->snapshot().task(id)->instance.isEmpty()); // no instance: Fargate
        m_runtime->crash(m_session->snapshot().task(id)->containers.first().dockerId, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->snapshot().task(id)->isStopped(), 10000);
        QCOMPARE(aws({"wait", "tasks-stopped", "--cluster", "lab", "--tasks", arn}).exitCode, 0);
    }

    void runTaskThatCannotBePlacedFails()
    {
        // More memory than any t3.small has: ECS answers with a failure, not a task.
        QCOMPARE(aws({"register-task-definition", "--family", "huge", "--container-definitions",
                      "[{\"name\":\"web\",\"image\":\"example/web:v1\",\"memory\":60000}]"})
                     .exitCode,
                 0);
        const int before = m_runtime->created();
        const AwsResult r =
            aws({"run-task", "--cluster", "lab", "--task-definition", "huge", "--count", "2"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value("tasks").toArray().size(), 0);
        const QJsonArray failures = r.json.value("failures").toArray();
        QCOMPARE(failures.size(), 2);
        QCOMPARE(failures.first().toObject().value("reason").toString(),
                 QStringLiteral("RESOURCE:MEMORY"));
        QVERIFY(failures.first().toObject().value("arn").toString().contains(
            QLatin1String(":container-instance/lab/")));
        QTest::qWait(300);
        QCOMPARE(m_runtime->created(), before);

        // A placement constraint no instance meets.
        const AwsResult constrained = aws(
            {"run-task", "--cluster", "lab", "--task-definition", "web:2",
             "--placement-constraints",
             "type=memberOf,expression=attribute:ecs.instance-type == m5.large"});
        QCOMPARE(constrained.exitCode, 0);
        QCOMPARE(constrained.json.value("tasks").toArray().size(), 0);
        QCOMPARE(constrained.json.value("failures").toArray().first().toObject().value("reason")
                     .toString(),
                 QStringLiteral("ATTRIBUTE"));
        // And the same request without it runs where the strategy says.
        const AwsResult packed = aws({"run-task", "--cluster", "lab", "--task-definition",
                                      "web:2", "--placement-strategy", "type=binpack,field=memory"});
        QCOMPARE(packed.json.value("tasks").toArray().size(), 1);

        QCOMPARE(aws({"update-service", "--cluster", "lab", "--service", "web",
                      "--placement-strategy", "type=spread,field=instanceId"})
                     .exitCode,
                 0);
        const QList<PlacementStrategy> strategy =
            m_session->design().service(QStringLiteral("web"))->placementStrategy;
        QCOMPARE(strategy.size(), 1);
        QCOMPARE(strategy.first().type, QStringLiteral("spread"));
        QCOMPARE(strategy.first().field, QStringLiteral("instanceId"));
    }

    void berthCommandLineUsesTheLiveRun()
    {
        // berth run-task and stop-task on a project that runs act on that run (through its
        // API), not on an engine of their own: the task appears in this session.
        const QString file = m_home.filePath(QStringLiteral("lab.berth"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(ProjectFile::serialize(m_session->design()));
        out.close();
        QVERIFY(RunRegistry::publish(file, m_endpoint));
        QCOMPARE(RunRegistry::endpointOf(file), std::optional<QString>(m_endpoint));

        // A one-off Fargate job that exits 0: run-task waits for it and exits 0.
        m_runtime->exitOnStart(QStringLiteral("example/job:v1"), 0);
        const int before = int(m_session->snapshot().tasks.size());
        QProcess job;
        startBerth(job, {"run-task", file, "job", "--launch-type", "FARGATE"});
        QVERIFY(waitFor(job, 60000));
        QVERIFY2(job.exitCode() == 0, qPrintable(job.readAllStandardError()));
        const QString jobOut = QString::fromUtf8(job.readAllStandardOutput());
        QVERIFY2(jobOut.contains(QLatin1String("in the running design")), qPrintable(jobOut));
        QVERIFY2(jobOut.contains(QLatin1String(": STOPPED")), qPrintable(jobOut));
        QVERIFY(m_session->snapshot().tasks.size() > before);

        // A long-running one: stop-task stops it, and the waiting run-task ends.
        QProcess web;
        startBerth(web, {"run-task", file, "web:1"});
        QString id;
        QTRY_VERIFY_WITH_TIMEOUT(!(id = standaloneRunning(QStringLiteral("family:web"))).isEmpty(),
                                 20000);
        QProcess stop;
        startBerth(stop, {"stop-task", file, id, "--reason", "lab step 4"});
        QVERIFY(waitFor(stop, 60000));
        QVERIFY2(stop.exitCode() == 0, qPrintable(stop.readAllStandardError()));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->snapshot().task(id)->isStopped(), 10000);
        QCOMPARE(m_session->snapshot().task(id)->stoppedReason, QStringLiteral("lab step 4"));
        QCOMPARE(m_session->snapshot().task(id)->stopCode, QStringLiteral("UserInitiated"));
        QVERIFY(waitFor(web, 30000));

        // No run: stop-task says so.
        RunRegistry::withdraw(file);
        QProcess none;
        startBerth(none, {"stop-task", file, id});
        QVERIFY(waitFor(none, 30000));
        QCOMPARE(none.exitCode(), 2);
        QVERIFY(QString::fromUtf8(none.readAllStandardError()).contains(QLatin1String("is not running")));
    }

    void stopsATask()
    {
        const AwsResult tasks = aws({"list-tasks", "--cluster", "lab", "--service-name", "web"});
        const QString arn = tasks.json.value("taskArns").toArray().first().toString();
        const AwsResult stopped =
            aws({"stop-task", "--cluster", "lab", "--task", arn, "--reason", "lab step 3"});
        QCOMPARE(stopped.exitCode, 0);
        const QJsonObject t = stopped.json.value("task").toObject();
        QCOMPARE(t.value("desiredStatus").toString(), QStringLiteral("STOPPED"));
        QCOMPARE(t.value("stoppedReason").toString(), QStringLiteral("lab step 3"));
        const QString id = arn.section('/', -1);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->snapshot().task(id)->isStopped(), 10000);
        QCOMPARE(m_session->snapshot().task(id)->stoppedReason, QStringLiteral("lab step 3"));
    }

    void drainsAnInstance()
    {
        const AwsResult listed = aws({"list-container-instances", "--cluster", "lab"});
        const QString first = listed.json.value("containerInstanceArns").toArray().first().toString();
        const AwsResult drained = aws({"update-container-instances-state", "--cluster", "lab",
                                       "--container-instances", first, "--status", "DRAINING"});
        QCOMPARE(drained.exitCode, 0);
        const QJsonObject i = drained.json.value("containerInstances").toArray().first().toObject();
        QCOMPARE(i.value("status").toString(), QStringLiteral("DRAINING"));
        const QString name = drainingInstance(m_session->design());
        QVERIFY(!name.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(noTaskOn(m_session->snapshot(), name), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_runtime->running(QLatin1String(ContainerSpec::kService), QStringLiteral("web")), 3,
            15000);
    }

    void createsPagesAndDeletesServices()
    {
        const AwsResult created = aws({"create-service", "--cluster", "lab", "--service-name",
                                       "worker", "--task-definition", "web:1", "--desired-count",
                                       "1"});
        QCOMPARE(created.exitCode, 0);
        QCOMPARE(created.json.value("service").toObject().value("serviceArn").toString(),
                 QStringLiteral("arn:aws:ecs:us-east-1:123456789012:service/lab/worker"));
        QVERIFY(m_session->design().service(QStringLiteral("worker")));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_runtime->running(QLatin1String(ContainerSpec::kService), "worker"), 1, 10000);
        // The CLI follows nextToken page by page: one service a page, both come back.
        const AwsResult listed = aws({"list-services", "--cluster", "lab", "--page-size", "1"});
        QCOMPARE(listed.json.value("serviceArns").toArray().size(), 2);
        const auto first = raw("ListServices", "{\"cluster\": \"lab\", \"maxResults\": 1}");
        QCOMPARE(first.second.value("serviceArns").toArray().size(), 1);
        QVERIFY(!first.second.value("nextToken").toString().isEmpty());

        const AwsResult refused = aws({"delete-service", "--cluster", "lab", "--service", "worker"});
        QVERIFY2(refused.err.contains("InvalidParameterException"), qPrintable(refused.err));
        QCOMPARE(aws({"update-service", "--cluster", "lab", "--service", "worker",
                      "--desired-count", "0"})
                     .exitCode,
                 0);
        const AwsResult deleted = aws({"delete-service", "--cluster", "lab", "--service", "worker"});
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(deleted.json.value("service").toObject().value("status").toString(),
                 QStringLiteral("DRAINING"));
        QVERIFY(!m_session->design().service(QStringLiteral("worker")));
        // As ECS: the deleted service is INACTIVE, and updating it is refused as such.
        const AwsResult inactive =
            aws({"describe-services", "--cluster", "lab", "--services", "worker"});
        QCOMPARE(inactive.json.value("services").toArray().first().toObject().value("status")
                     .toString(),
                 QStringLiteral("INACTIVE"));
        const AwsResult notActive = aws({"update-service", "--cluster", "lab", "--service",
                                         "worker", "--desired-count", "1"});
        QVERIFY2(notActive.err.contains("ServiceNotActiveException"), qPrintable(notActive.err));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_runtime->running(QLatin1String(ContainerSpec::kService), "worker"), 0, 10000);
    }

    void responsesMatchTheModel()
    {
        // Every operation's answer, checked member by member against botocore's ECS model.
        QTemporaryDir dir;
        const QString task = aws({"list-tasks", "--cluster", "lab"})
                                 .json.value("taskArns").toArray().first().toString();
        const QString instance = aws({"list-container-instances", "--cluster", "lab"})
                                     .json.value("containerInstanceArns").toArray().first()
                                     .toString();
        const QList<QPair<QByteArray, QJsonObject>> calls = {
            {"ListClusters", {}},
            {"DescribeClusters", {{"clusters", QJsonArray{"lab"}}}},
            {"ListServices", {{"cluster", "lab"}}},
            {"DescribeServices", {{"cluster", "lab"}, {"services", QJsonArray{"web"}}}},
            {"UpdateService", {{"cluster", "lab"}, {"service", "web"}, {"desiredCount", 3}}},
            {"CreateService",
             {{"cluster", "lab"},
              {"serviceName", "shape"},
              {"taskDefinition", "web:1"},
              {"desiredCount", 0}}},
            {"DeleteService", {{"cluster", "lab"}, {"service", "shape"}}},
            {"RegisterTaskDefinition", definition("example/web:v2")},
            {"DescribeTaskDefinition", {{"taskDefinition", "web:2"}}},
            {"DeregisterTaskDefinition", {{"taskDefinition", "huge:1"}}},
            {"ListTaskDefinitions", {}},
            {"ListTaskDefinitionFamilies", {}},
            {"RunTask", {{"cluster", "lab"}, {"taskDefinition", "web:2"}}},
            {"ListTasks", {{"cluster", "lab"}}},
            {"DescribeTasks", {{"cluster", "lab"}, {"tasks", QJsonArray{task, "0123"}}}},
            {"StopTask", {{"cluster", "lab"}, {"task", task}}},
            {"ListContainerInstances", {{"cluster", "lab"}}},
            {"DescribeContainerInstances",
             {{"cluster", "lab"}, {"containerInstances", QJsonArray{instance}}}},
            {"UpdateContainerInstancesState",
             {{"cluster", "lab"},
              {"containerInstances", QJsonArray{instance}},
              {"status", "ACTIVE"}}},
            {"DescribeCapacityProviders", {}},
            {"PutClusterCapacityProviders",
             {{"cluster", "lab"},
              {"capacityProviders", QJsonArray()},
              {"defaultCapacityProviderStrategy", QJsonArray()}}},
        };
        for (const auto &[operation, input] : calls) {
            const auto answer = raw(operation, QJsonDocument(input).toJson());
            QVERIFY2(answer.first == 200, operation.constData());
            QFile out(dir.filePath(QString::fromLatin1(operation) + ".json"));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(answer.second).toJson());
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), int(calls.size()));
        QCOMPARE(int(calls.size()), int(EcsApi::operations().size()));
        const QString report = shapeProblems(dir.path());
        QVERIFY2(report.isEmpty(), qPrintable(report));
    }

    void capacityProviders()
    {
        const AwsResult providers = aws({"describe-capacity-providers"});
        QCOMPARE(providers.exitCode, 0);
        QStringList names;
        QJsonObject asg;
        for (const QJsonValue p : providers.json["capacityProviders"].toArray()) {
            names << p["name"].toString();
            if (p["name"] == QLatin1String("asg"))
                asg = p.toObject();
        }
        QCOMPARE(names, (QStringList{"FARGATE", "FARGATE_SPOT", "asg"}));
        QCOMPARE(asg["capacityProviderArn"].toString(),
                 QStringLiteral("arn:aws:ecs:us-east-1:123456789012:capacity-provider/asg"));
        // Debian's aws CLI 2.9 predates the member "type": read it off the wire.
        const auto wire = raw("DescribeCapacityProviders", R"({"capacityProviders": ["asg"]})");
        QCOMPARE(wire.second["capacityProviders"][0]["type"].toString(),
                 QStringLiteral("EC2_AUTOSCALING"));
        const QJsonObject group = asg["autoScalingGroupProvider"].toObject();
        QVERIFY(group["autoScalingGroupArn"].toString().endsWith(":autoScalingGroupName/asg"));
        QCOMPARE(group["managedScaling"]["status"].toString(), QStringLiteral("ENABLED"));
        QCOMPARE(group["managedScaling"]["targetCapacity"].toInt(), 100);
        QCOMPARE(group["managedTerminationProtection"].toString(), QStringLiteral("ENABLED"));
        const AwsResult missing =
            aws({"describe-capacity-providers", "--capacity-providers", "asg", "nope"});
        QCOMPARE(missing.json["capacityProviders"].toArray().size(), 1);
        QCOMPARE(missing.json["failures"][0]["reason"].toString(), QStringLiteral("MISSING"));

        const auto cluster = [this] {
            return aws({"describe-clusters", "--clusters", "scaled"})
                .json["clusters"][0]
                .toObject();
        };
        QTRY_COMPARE_WITH_TIMEOUT(running(QStringLiteral("batch:1")), 2, 10000);
        const QJsonObject before = cluster();
        QCOMPARE(before["capacityProviders"].toArray(), QJsonArray{"asg"});
        QCOMPARE(before["defaultCapacityProviderStrategy"].toArray(), QJsonArray());
        QCOMPARE(before["registeredContainerInstancesCount"].toInt(), 1);

        // A third task finds no room: the group launches asg-2, which the API lists while
        // it runs, with what an instance of its type registers.
        QCOMPARE(aws({"update-service", "--cluster", "scaled", "--service", "batch",
                      "--desired-count", "3"})
                     .exitCode,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(running(QStringLiteral("batch:1")), 3, 10000);
        QJsonArray arns;
        QTRY_COMPARE_WITH_TIMEOUT((arns = aws({"list-container-instances", "--cluster", "scaled"})
                                              .json["containerInstanceArns"]
                                              .toArray())
                                      .size(),
                                  2, 10000);
        QCOMPARE(cluster()["registeredContainerInstancesCount"].toInt(), 2);
        const AwsResult described =
            aws({"describe-container-instances", "--cluster", "scaled", "--container-instances",
                 arns[0].toString(), arns[1].toString()});
        QCOMPARE(described.exitCode, 0);
        const QJsonArray both = described.json["containerInstances"].toArray();
        QCOMPARE(both.size(), 2);
        QJsonObject launched;
        for (const QJsonValue i : both) {
            QCOMPARE(i["capacityProviderName"].toString(), QStringLiteral("asg"));
            if (i["runningTasksCount"].toInt() == 1)
                launched = i.toObject();
        }
        QVERIFY2(!launched.isEmpty(), qPrintable(QJsonDocument(both).toJson()));
        QCOMPARE(launched["status"].toString(), QStringLiteral("ACTIVE"));
        QVERIFY(launched["ec2InstanceId"].toString().startsWith(QLatin1String("i-")));
        int registeredCpu = 0, remainingCpu = 0;
        for (const QJsonValue r : launched["registeredResources"].toArray())
            registeredCpu += r["name"] == QLatin1String("CPU") ? r["integerValue"].toInt() : 0;
        for (const QJsonValue r : launched["remainingResources"].toArray())
            remainingCpu += r["name"] == QLatin1String("CPU") ? r["integerValue"].toInt() : 0;
        QCOMPARE(registeredCpu, 2048);
        QCOMPARE(remainingCpu, 1024);
        QStringList attributes;
        for (const QJsonValue a : launched["attributes"].toArray())
            attributes << a["name"].toString() + u'=' + a["value"].toString();
        QVERIFY2(attributes.contains(QStringLiteral("ecs.instance-type=t3.small")),
                 qPrintable(attributes.join(u' ')));
        // Draining is for the design's instances; the group's come and go with the run.
        const AwsResult drain =
            aws({"update-container-instances-state", "--cluster", "scaled",
                 "--container-instances", launched["containerInstanceArn"].toString(),
                 "--status", "DRAINING"});
        QVERIFY2(drain.err.contains("InvalidParameterException"), qPrintable(drain.err));
        // Back to two tasks, so the later checks see the cluster as it started.
        QCOMPARE(aws({"update-service", "--cluster", "scaled", "--service", "batch",
                      "--desired-count", "2"})
                     .exitCode,
                 0);
    }

    // The cluster's default capacity provider strategy: put-cluster-capacity-providers sets
    // it and describe-clusters shows it; create-service and run-task naming neither a launch
    // type nor a strategy run by it (on asg's instances); what ECS refuses is refused.
    void defaultCapacityProviderStrategy()
    {
        QJsonObject family = definition("example/nightly:v1");
        family["family"] = "nightly";
        QCOMPARE(raw("RegisterTaskDefinition", QJsonDocument(family).toJson()).first, 200);
        const AwsResult put =
            aws({"put-cluster-capacity-providers", "--cluster", "scaled", "--capacity-providers",
                 "asg", "--default-capacity-provider-strategy", "capacityProvider=asg,weight=1"});
        QVERIFY2(put.exitCode == 0, qPrintable(put.err));
        QCOMPARE(put.json["cluster"]["defaultCapacityProviderStrategy"][0]["capacityProvider"]
                     .toString(),
                 QStringLiteral("asg"));
        QCOMPARE(m_session->design().cluster("scaled")->defaultCapacityProviderStrategy,
                 (QList<CapacityProviderStrategyItem>{{"asg", 0, 1}}));
        const QJsonObject scaled =
            aws({"describe-clusters", "--clusters", "scaled"}).json["clusters"][0].toObject();
        QCOMPARE(scaled["defaultCapacityProviderStrategy"][0]["weight"].toInt(), 1);
        QCOMPARE(scaled["capacityProviders"].toArray(), QJsonArray{"asg"});

        const AwsResult created =
            aws({"create-service", "--cluster", "scaled", "--service-name", "nightly",
                 "--task-definition", "nightly:1", "--desired-count", "1"});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QVERIFY(!created.json["service"].toObject().contains("launchType"));
        QCOMPARE(
            created.json["service"]["capacityProviderStrategy"][0]["capacityProvider"].toString(),
            QStringLiteral("asg"));
        QVERIFY(m_session->design().service("nightly")->launchType.isEmpty());
        // Its task runs on an instance of asg's group (asg-1 is full: the group launches one),
        // which describe-tasks names; then a one-off task goes there too.
        const auto providerOf = [this](const QString &taskArn) {
            const auto described = raw(
                "DescribeTasks",
                QJsonDocument(QJsonObject{{"cluster", "scaled"}, {"tasks", QJsonArray{taskArn}}})
                    .toJson());
            const QJsonObject t = described.second["tasks"][0].toObject();
            return t["lastStatus"] == QLatin1String("RUNNING")
                       ? t["capacityProviderName"].toString()
                       : QString();
        };
        QString nightly;
        QTRY_VERIFY_WITH_TIMEOUT(!(nightly = taskOfService("nightly")).isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            providerOf(QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task/scaled/") + nightly),
            QStringLiteral("asg"), 10000);
        const AwsResult ran = aws({"run-task", "--cluster", "scaled", "--task-definition",
                                   "nightly:1", "--started-by", "default-strategy"});
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        QCOMPARE(ran.json["failures"].toArray().size(), 0);
        const QString oneOff = ran.json["tasks"][0]["taskArn"].toString();
        QTRY_COMPARE_WITH_TIMEOUT(providerOf(oneOff), QStringLiteral("asg"), 10000);

        // What ECS refuses (the raw API: what the aws CLI would send).
        const auto call = [this](const QByteArray &operation, const char *json) {
            const auto answer = raw(operation, json);
            return answer.second["__type"].toString() + u' ' + answer.second["message"].toString();
        };
        QVERIFY(call("PutClusterCapacityProviders",
                     R"({"cluster": "scaled", "capacityProviders": ["asg"],
                         "defaultCapacityProviderStrategy": [{"capacityProvider": "nope"}]})")
                    .contains("not associated with the cluster"));
        QVERIFY(call("PutClusterCapacityProviders",
                     R"({"cluster": "scaled", "capacityProviders": ["asg", "FARGATE"],
                         "defaultCapacityProviderStrategy": [
                             {"capacityProvider": "asg", "base": 1, "weight": 1},
                             {"capacityProvider": "FARGATE", "base": 1}]})")
                    .contains("Only one capacity provider"));
        QVERIFY(call("PutClusterCapacityProviders",
                     R"({"cluster": "scaled", "capacityProviders": [],
                         "defaultCapacityProviderStrategy": []})")
                    .startsWith("ResourceInUseException")); // batch's strategy names asg
        QVERIFY(call("CreateService",
                     R"({"cluster": "scaled", "serviceName": "both", "taskDefinition": "nightly:1",
                         "launchType": "EC2",
                         "capacityProviderStrategy": [{"capacityProvider": "asg"}]})")
                    .contains("Specifying both a launch type and capacity provider strategy"));
        QVERIFY(call("CreateService",
                     R"({"cluster": "scaled", "serviceName": "agent", "taskDefinition": "nightly:1",
                         "schedulingStrategy": "DAEMON"})")
                    .contains("DAEMON scheduling strategy"));
        QVERIFY(!m_session->design().service("agent"));

        // As the cluster started, for the cases after this one.
        QVERIFY(call("DeleteService", R"({"cluster": "scaled", "service": "nightly",
                                          "force": true})")
                    .trimmed()
                    .isEmpty());
        QVERIFY(call("StopTask", qPrintable(QStringLiteral(R"({"cluster": "scaled",
                                                               "task": "%1"})")
                                                .arg(oneOff)))
                    .trimmed()
                    .isEmpty());
        QVERIFY(call("PutClusterCapacityProviders",
                     R"({"cluster": "scaled", "capacityProviders": ["asg"],
                         "defaultCapacityProviderStrategy": []})")
                    .trimmed()
                    .isEmpty());
        QVERIFY(m_session->design().cluster("scaled")->defaultCapacityProviderStrategy.isEmpty());
    }

    void refusesWhatECSRefuses()
    {
        const AwsResult wrong = aws({"list-clusters"}, QStringLiteral("not-the-secret"));
        QCOMPARE(wrong.exitCode, 254);
        QVERIFY2(wrong.err.contains("InvalidSignatureException"), qPrintable(wrong.err));
        const AwsResult missing = aws({"describe-services", "--cluster", "nowhere",
                                       "--services", "web"});
        QVERIFY2(missing.err.contains("ClusterNotFoundException"), qPrintable(missing.err));

        const auto unsigned_ = raw("ListClusters", "{}", false);
        QCOMPARE(unsigned_.first, 403);
        QCOMPARE(unsigned_.second.value("__type").toString(),
                 QStringLiteral("MissingAuthenticationTokenException"));
        const auto old = raw("ListClusters", "{}", true, 360);
        QCOMPARE(old.first, 400);
        QCOMPARE(old.second.value("__type").toString(), QStringLiteral("InvalidSignatureException"));
        QVERIFY(old.second.value("message").toString().startsWith("Signature expired"));
        const auto garbage = raw("DescribeServices", "{\"cluster\": ");
        QCOMPARE(garbage.first, 400);
        QCOMPARE(garbage.second.value("__type").toString(),
                 QStringLiteral("SerializationException"));
        const auto unknown = raw("DeleteCluster", "{}");
        QCOMPARE(unknown.second.value("__type").toString(),
                 QStringLiteral("UnknownOperationException"));
    }

    // Elastic Load Balancing's query protocol on the same endpoint, as `aws elbv2` calls it
    // (a signed form, XML back), and as Berth's own client (the lab checks) calls it.
    void elasticLoadBalancing()
    {
        const QString arn = m_session->design().targetGroupArn(QStringLiteral("web-tg"));
        const AwsResult groups = awsOf("elbv2", {"describe-target-groups", "--names", "web-tg"});
        QVERIFY2(groups.exitCode == 0, qPrintable(groups.err));
        const QJsonObject tg = groups.json["TargetGroups"][0].toObject();
        QCOMPARE(tg["TargetGroupArn"].toString(), arn);
        QCOMPARE(tg["Port"].toInt(), 8080);
        QCOMPARE(tg["HealthCheckPath"].toString(), QStringLiteral("/health"));
        QCOMPARE(tg["Matcher"]["HttpCode"].toString(), QStringLiteral("200"));
        QCOMPARE(tg["TargetType"].toString(), QStringLiteral("instance"));

        const AwsResult health =
            awsOf("elbv2", {"describe-target-health", "--target-group-arn", arn});
        QVERIFY2(health.exitCode == 0, qPrintable(health.err));
        QVERIFY(health.json.contains("TargetHealthDescriptions"));
        QVERIFY(health.json["TargetHealthDescriptions"].toArray().isEmpty());
        // A target asked for by id that is not registered, as ELB answers it.
        const AwsResult asked = awsOf("elbv2", {"describe-target-health", "--target-group-arn", arn,
                                                "--targets", "Id=i-0123456789abcdef0"});
        QVERIFY2(asked.exitCode == 0, qPrintable(asked.err));
        QCOMPARE(asked.json["TargetHealthDescriptions"][0]["TargetHealth"]["State"].toString(),
                 QStringLiteral("unused"));
        QCOMPARE(asked.json["TargetHealthDescriptions"][0]["TargetHealth"]["Reason"].toString(),
                 QStringLiteral("Target.NotRegistered"));

        const AwsResult missing = awsOf(
            "elbv2", {"describe-target-health", "--target-group-arn", arn + QStringLiteral("0")});
        QCOMPARE(missing.exitCode, 254);
        QVERIFY2(missing.err.contains("TargetGroupNotFound"), qPrintable(missing.err));
        const AwsResult unsigned_ =
            awsOf("elbv2", {"describe-target-groups"}, QStringLiteral("not-the-secret"));
        QVERIFY2(unsigned_.err.contains("SignatureDoesNotMatch"), qPrintable(unsigned_.err));
        const AwsResult other = awsOf("elbv2", {"describe-load-balancers"});
        QVERIFY2(other.err.contains("InvalidAction"), qPrintable(other.err));

        // Berth's own client: the form out, the XML's result back as JSON.
        const ApiCredentials &keys = m_session->apiCredentials();
        const ApiCallResult own =
            callEcsApi(m_endpoint, QStringLiteral("elasticloadbalancing:DescribeTargetGroups"),
                       QJsonObject{{"Names", QJsonArray{"web-tg"}}}, keys.accessKeyId,
                       keys.secretAccessKey, QStringLiteral("us-east-1"));
        QVERIFY2(own.ok, qPrintable(own.errorMessage));
        QCOMPARE(own.body["TargetGroups"][0]["TargetGroupName"].toString(),
                 QStringLiteral("web-tg"));
        QCOMPARE(own.body["TargetGroups"][0]["HealthCheckIntervalSeconds"].toString(),
                 QStringLiteral("30"));
        const ApiCallResult notFound =
            callEcsApi(m_endpoint, QStringLiteral("elasticloadbalancing:DescribeTargetGroups"),
                       QJsonObject{{"Names", QJsonArray{"web-tg", "nope"}}}, keys.accessKeyId,
                       keys.secretAccessKey, QStringLiteral("us-east-1"));
        QCOMPARE(notFound.errorType, QStringLiteral("TargetGroupNotFound"));
        const ApiCallResult scaling = callEcsApi(
            m_endpoint, QStringLiteral("application-autoscaling:DescribeScalingActivities"),
            QJsonObject{{"ServiceNamespace", "ecs"}}, keys.accessKeyId, keys.secretAccessKey,
            QStringLiteral("us-east-1"));
        QVERIFY2(scaling.ok, qPrintable(scaling.errorMessage));
        QVERIFY(scaling.body.contains("ScalingActivities"));
    }

    // Application Auto Scaling on the same endpoint, as `aws application-autoscaling` calls it.
    void applicationAutoScaling()
    {
        const QStringList web{"--service-namespace", "ecs", "--resource-id", "service/lab/web",
                              "--scalable-dimension", "ecs:service:DesiredCount"};
        const AwsResult noTarget = awsOf("application-autoscaling",
                                         QStringList{"put-scaling-policy", "--policy-name", "x",
                                                     "--policy-type", "TargetTrackingScaling",
                                                     "--target-tracking-scaling-policy-configuration",
                                                     R"({"TargetValue": 50})"} + web);
        QVERIFY2(noTarget.err.contains("ObjectNotFoundException"), qPrintable(noTarget.err));
        const AwsResult registered = awsOf(
            "application-autoscaling",
            QStringList{"register-scalable-target", "--min-capacity", "1", "--max-capacity", "4"}
                + web);
        QVERIFY2(registered.exitCode == 0, qPrintable(registered.err));
        QVERIFY(m_session->design().service("web")->autoScaling);
        QCOMPARE(m_session->design().service("web")->autoScaling->maxCapacity, 4);

        const AwsResult put = awsOf(
            "application-autoscaling",
            QStringList{"put-scaling-policy", "--policy-name", "cpu50", "--policy-type",
                        "TargetTrackingScaling", "--target-tracking-scaling-policy-configuration",
                        R"({"TargetValue": 50, "PredefinedMetricSpecification":
                            {"PredefinedMetricType": "ECSServiceAverageCPUUtilization"},
                            "ScaleInCooldown": 60})"}
                + web);
        QVERIFY2(put.exitCode == 0, qPrintable(put.err));
        QVERIFY(put.json.value("PolicyARN").toString().contains(
            ":scalingPolicy:"));
        QVERIFY(put.json.value("PolicyARN").toString().endsWith(
            ":resource/ecs/service/lab/web:policyName/cpu50"));
        const QJsonArray alarms = put.json.value("Alarms").toArray();
        QCOMPARE(alarms.size(), 2);
        QVERIFY(alarms.at(0)["AlarmName"].toString().startsWith(
            "TargetTracking-service/lab/web-AlarmHigh-"));
        QCOMPARE(m_session->design()
                     .service("web")
                     ->autoScaling->policy("cpu50")
                     ->targetTracking.scaleInCooldown,
                 std::optional<int>(60));

        const AwsResult targets = awsOf("application-autoscaling",
                                        {"describe-scalable-targets", "--service-namespace", "ecs"});
        QCOMPARE(targets.json["ScalableTargets"].toArray().size(), 1);
        QCOMPARE(targets.json["ScalableTargets"][0]["MaxCapacity"].toInt(), 4);
        const AwsResult policies = awsOf("application-autoscaling",
                                         {"describe-scaling-policies", "--service-namespace", "ecs"});
        QCOMPARE(policies.json["ScalingPolicies"][0]["TargetTrackingScalingPolicyConfiguration"]
                     ["TargetValue"]
                         .toDouble(),
                 50.0);
        const AwsResult activities = awsOf(
            "application-autoscaling",
            {"describe-scaling-activities", "--service-namespace", "ecs", "--resource-id",
             "service/lab/web", "--include-not-scaled-activities"});
        QVERIFY2(activities.exitCode == 0, qPrintable(activities.err));
        QVERIFY(activities.json.contains("ScalingActivities"));

        // Responses member for member against botocore's model.
        QTemporaryDir dir;
        const QByteArray target = "AnyScaleFrontendService";
        const QString signing = QStringLiteral("application-autoscaling");
        const QList<QPair<QByteArray, QJsonObject>> calls = {
            {"DescribeScalableTargets", {{"ServiceNamespace", "ecs"}}},
            {"DescribeScalingPolicies", {{"ServiceNamespace", "ecs"}}},
            {"DescribeScalingActivities",
             {{"ServiceNamespace", "ecs"}, {"IncludeNotScaledActivities", true}}},
            {"RegisterScalableTarget",
             {{"ServiceNamespace", "ecs"}, {"ResourceId", "service/lab/web"},
              {"ScalableDimension", "ecs:service:DesiredCount"}, {"MaxCapacity", 5}}},
        };
        for (const auto &[operation, input] : calls) {
            const auto answer = raw(operation, QJsonDocument(input).toJson(), true, 0, target,
                                    signing);
            QVERIFY2(answer.first == 200, operation.constData());
            // Debian's aws CLI predates ScalableTargetARN in the answer; the wire has it.
            if (operation == "RegisterScalableTarget")
                QVERIFY(answer.second.value("ScalableTargetARN").toString().startsWith(
                    "arn:aws:application-autoscaling:us-east-1:123456789012:scalable-target/"));
            QFile out(dir.filePath("application-autoscaling@" + QString::fromLatin1(operation)
                                   + ".json"));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(answer.second).toJson());
        }
        const QString report = shapeProblems(dir.path());
        QVERIFY2(report.isEmpty(), qPrintable(report));

        const AwsResult elsewhere = awsOf(
            "application-autoscaling",
            {"register-scalable-target", "--service-namespace", "ecs", "--resource-id",
             "service/lab/nothing", "--scalable-dimension", "ecs:service:DesiredCount",
             "--min-capacity", "1", "--max-capacity", "2"});
        QVERIFY2(elsewhere.err.contains("ValidationException"), qPrintable(elsewhere.err));

        // The policy's two alarms in CloudWatch, as AWS makes them, under the names the policy
        // answered.
        const QStringList trackingPrefix{"describe-alarms", "--alarm-name-prefix",
                                         "TargetTracking-service/lab/web-"};
        const AwsResult tracking = awsOf("cloudwatch", trackingPrefix);
        QVERIFY2(tracking.exitCode == 0, qPrintable(tracking.err));
        const QJsonArray described = tracking.json["MetricAlarms"].toArray();
        QCOMPARE(described.size(), 2);
        QJsonObject high, low;
        for (const QJsonValue v : described)
            (v["AlarmName"].toString().contains("-AlarmHigh-") ? high : low) = v.toObject();
        QCOMPARE(high["AlarmName"].toString(), alarms.at(0)["AlarmName"].toString());
        QCOMPARE(low["AlarmName"].toString(), alarms.at(1)["AlarmName"].toString());
        QCOMPARE(high["Threshold"].toDouble(), 50.0);
        QCOMPARE(low["Threshold"].toDouble(), 45.0);
        QCOMPARE(high["ComparisonOperator"].toString(), QStringLiteral("GreaterThanThreshold"));
        QCOMPARE(low["ComparisonOperator"].toString(), QStringLiteral("LessThanThreshold"));
        QCOMPARE(high["EvaluationPeriods"].toInt(), 3);
        QCOMPARE(low["DatapointsToAlarm"].toInt(), 15);
        QCOMPARE(high["MetricName"].toString(), QStringLiteral("CPUUtilization"));
        QCOMPARE(high["Statistic"].toString(), QStringLiteral("Average"));
        QCOMPARE(high["Period"].toInt(), 60);
        QCOMPARE(high["AlarmActions"][0].toString(), put.json.value("PolicyARN").toString());
        QCOMPARE(high["AlarmDescription"].toString(),
                 "DO NOT EDIT OR DELETE. For TargetTrackingScaling policy "
                     + put.json.value("PolicyARN").toString() + ".");
        QCOMPARE(high["StateValue"].toString(), QStringLiteral("INSUFFICIENT_DATA"));
        QCOMPARE(awsOf("cloudwatch", trackingPrefix + QStringList{"--state-value", "ALARM"})
                     .json["MetricAlarms"].toArray().size(),
                 0);
        const AwsResult kept = awsOf("cloudwatch", {"delete-alarms", "--alarm-names",
                                                    high["AlarmName"].toString()});
        QVERIFY2(kept.err.contains("ValidationError") && kept.err.contains("policy cpu50"),
                 qPrintable(kept.err));

        const AwsResult deleted = awsOf("application-autoscaling",
                                        QStringList{"delete-scaling-policy", "--policy-name",
                                                    "cpu50"} + web);
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
        QCOMPARE(awsOf("cloudwatch", trackingPrefix).json["MetricAlarms"].toArray().size(), 0);
        QVERIFY(m_session->design().service("web")->autoScaling->policies.isEmpty());
        const AwsResult again = awsOf("application-autoscaling",
                                      QStringList{"delete-scaling-policy", "--policy-name",
                                                  "cpu50"} + web);
        QVERIFY2(again.err.contains("ObjectNotFoundException"), qPrintable(again.err));
        const AwsResult deregistered =
            awsOf("application-autoscaling", QStringList{"deregister-scalable-target"} + web);
        QVERIFY2(deregistered.exitCode == 0, qPrintable(deregistered.err));
        QVERIFY(!m_session->design().service("web")->autoScaling);
    }

    // PutScheduledAction, DescribeScheduledActions, DeleteScheduledAction: an edit of the
    // design that the running scaler follows.
    void scheduledActions()
    {
        const QStringList web{"--service-namespace",  "ecs",
                              "--resource-id",        "service/lab/web",
                              "--scalable-dimension", "ecs:service:DesiredCount"};
        const QString aas = QStringLiteral("application-autoscaling");
        const AwsResult noTarget = awsOf(
            aas, QStringList{"put-scheduled-action", "--scheduled-action-name", "x", "--schedule",
                             "rate(1 hour)", "--scalable-target-action", "MinCapacity=1"} +
                     web);
        QVERIFY2(noTarget.err.contains("ObjectNotFoundException"), qPrintable(noTarget.err));
        QVERIFY2(awsOf(aas, QStringList{"register-scalable-target", "--min-capacity", "1",
                                        "--max-capacity", "4"} +
                                web)
                         .exitCode == 0,
                 "register-scalable-target");
        QVERIFY(m_session->design().service("web")->desiredCount < 4);

        const AwsResult badSchedule = awsOf(
            aas, QStringList{"put-scheduled-action", "--scheduled-action-name", "x", "--schedule",
                             "every(5 minutes)", "--scalable-target-action", "MinCapacity=1"} +
                     web);
        QVERIFY2(badSchedule.err.contains("ValidationException") &&
                     badSchedule.err.contains("every(5 minutes)"),
                 qPrintable(badSchedule.err));
        const AwsResult inverted =
            awsOf(aas, QStringList{"put-scheduled-action", "--scheduled-action-name", "x",
                                   "--schedule", "rate(1 hour)", "--scalable-target-action",
                                   "MinCapacity=3,MaxCapacity=2"} +
                           web);
        QVERIFY2(inverted.err.contains("ValidationException"), qPrintable(inverted.err));
        const AwsResult badZone =
            awsOf(aas, QStringList{"put-scheduled-action", "--scheduled-action-name", "x",
                                   "--schedule", "rate(1 hour)", "--timezone", "Mars/Olympus",
                                   "--scalable-target-action", "MinCapacity=1"} +
                           web);
        QVERIFY2(badZone.err.contains("ValidationException"), qPrintable(badZone.err));
        QVERIFY(m_session->design().service("web")->autoScaling->scheduledActions.isEmpty());

        // Three seconds from now (ECS time runs at 1x here): the run's scaler raises the
        // desired count to the new minimum.
        const QString at = QDateTime::currentDateTimeUtc().addSecs(3).toString(
            QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        const AwsResult put =
            awsOf(aas, QStringList{"put-scheduled-action", "--scheduled-action-name", "rush",
                                   "--schedule", "at(" + at + ")", "--scalable-target-action",
                                   "MinCapacity=4,MaxCapacity=4"} +
                           web);
        QVERIFY2(put.exitCode == 0, qPrintable(put.err));
        const QList<ScheduledAction> actions =
            m_session->design().service("web")->autoScaling->scheduledActions;
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first().schedule, "at(" + at + ")");
        QCOMPARE(actions.first().minCapacity, std::optional<int>(4));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->design().service("web")->desiredCount, 4, 15000);
        const AwsResult activities =
            awsOf(aas, {"describe-scaling-activities", "--service-namespace", "ecs",
                        "--resource-id", "service/lab/web"});
        QCOMPARE(activities.json["ScalingActivities"][0]["Cause"].toString(),
                 QStringLiteral("scheduled action name rush was triggered"));
        QCOMPARE(activities.json["ScalingActivities"][0]["Description"].toString(),
                 QStringLiteral("Setting desired count to 4."));

        // An update names what changes; the start and end times it leaves out are deleted.
        const AwsResult updated =
            awsOf(aas, QStringList{"put-scheduled-action", "--scheduled-action-name", "rush",
                                   "--schedule", "cron(0 8 ? * MON-FRI *)", "--timezone",
                                   "Asia/Tokyo", "--start-time", "2026-12-24T09:00:00Z"} +
                           web);
        QVERIFY2(updated.exitCode == 0, qPrintable(updated.err));
        const ScheduledAction rush =
            m_session->design().service("web")->autoScaling->scheduledActions.first();
        QCOMPARE(rush.schedule, QStringLiteral("cron(0 8 ? * MON-FRI *)"));
        QCOMPARE(rush.timezone, QStringLiteral("Asia/Tokyo"));
        QCOMPARE(rush.maxCapacity, std::optional<int>(4));
        QCOMPARE(QDateTime::fromString(rush.startTime, Qt::ISODate),
                 QDateTime(QDate(2026, 12, 24), QTime(9, 0), Qt::UTC));
        const AwsResult described =
            awsOf(aas, QStringList{"describe-scheduled-actions", "--service-namespace", "ecs",
                                   "--resource-id", "service/lab/web"});
        QVERIFY2(described.exitCode == 0, qPrintable(described.err));
        const QJsonObject shown = described.json["ScheduledActions"][0].toObject();
        QCOMPARE(shown["ScheduledActionName"].toString(), QStringLiteral("rush"));
        QCOMPARE(shown["ScalableTargetAction"]["MinCapacity"].toInt(), 4);
        QVERIFY(shown["StartTime"].toString().startsWith("2026-12-24T09:00:00"));
        QVERIFY(shown["ScheduledActionARN"].toString().endsWith(
            ":resource/ecs/service/lab/web:scheduledActionName/rush"));
        QCOMPARE(awsOf(aas, {"describe-scheduled-actions", "--service-namespace", "ecs",
                             "--scheduled-action-names", "other"})
                     .json["ScheduledActions"]
                     .toArray()
                     .size(),
                 0);

        // The wire, member for member against botocore's model.
        QTemporaryDir dir;
        const QJsonObject resource{{"ServiceNamespace", "ecs"},
                                   {"ResourceId", "service/lab/web"},
                                   {"ScalableDimension", "ecs:service:DesiredCount"}};
        QJsonObject night = resource;
        night.insert("ScheduledActionName", "night");
        QJsonObject nightPut = night;
        nightPut.insert("Schedule", "rate(1 day)");
        nightPut.insert("StartTime", 1798099200.0);
        nightPut.insert("ScalableTargetAction", QJsonObject{{"MaxCapacity", 2}});
        const QList<QPair<QByteArray, QJsonObject>> calls = {
            {"PutScheduledAction", nightPut},
            {"DescribeScheduledActions", {{"ServiceNamespace", "ecs"}}},
            {"DeleteScheduledAction", night},
        };
        for (const auto &[operation, input] : calls) {
            const auto answer = raw(operation, QJsonDocument(input).toJson(), true, 0,
                                    "AnyScaleFrontendService", aas);
            QVERIFY2(answer.first == 200, operation.constData());
            if (operation == "DescribeScheduledActions") {
                QCOMPARE(answer.second["ScheduledActions"].toArray().size(), 2);
                QCOMPARE(answer.second["ScheduledActions"][1]["StartTime"].toDouble(),
                         1798099200.0);
            }
            QFile out(dir.filePath(aas + '@' + QString::fromLatin1(operation) + ".json"));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(answer.second).toJson());
        }
        const QString report = shapeProblems(dir.path());
        QVERIFY2(report.isEmpty(), qPrintable(report));

        const AwsResult deleted = awsOf(
            aas, QStringList{"delete-scheduled-action", "--scheduled-action-name", "rush"} + web);
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
        QVERIFY(m_session->design().service("web")->autoScaling->scheduledActions.isEmpty());
        const AwsResult again = awsOf(
            aas, QStringList{"delete-scheduled-action", "--scheduled-action-name", "rush"} + web);
        QVERIFY2(again.err.contains("ObjectNotFoundException"), qPrintable(again.err));
        QCOMPARE(awsOf(aas, QStringList{"deregister-scalable-target"} + web).exitCode, 0);
    }

    // PutScalingPolicy StepScaling stores the policy; `aws cloudwatch put-metric-alarm` with
    // the policy's ARN in --alarm-actions gives it its alarm, in the design.
    void stepScalingWithCloudWatch()
    {
        const QStringList web{"--service-namespace",  "ecs",
                              "--resource-id",        "service/lab/web",
                              "--scalable-dimension", "ecs:service:DesiredCount"};
        const QString aas = QStringLiteral("application-autoscaling");
        QCOMPARE(awsOf(aas, QStringList{"register-scalable-target", "--min-capacity", "1",
                                        "--max-capacity", "4"} +
                                web)
                     .exitCode,
                 0);
        const AwsResult put = awsOf(
            aas, QStringList{"put-scaling-policy", "--policy-name", "cpu-steps", "--policy-type",
                             "StepScaling", "--step-scaling-policy-configuration",
                             R"({"AdjustmentType": "ChangeInCapacity", "Cooldown": 120,
                                 "StepAdjustments": [
                                   {"MetricIntervalLowerBound": 0, "MetricIntervalUpperBound": 20,
                                    "ScalingAdjustment": 1},
                                   {"MetricIntervalLowerBound": 20, "ScalingAdjustment": 2}]})"} +
                     web);
        QVERIFY2(put.exitCode == 0, qPrintable(put.err));
        const QString arn = put.json["PolicyARN"].toString();
        QVERIFY(arn.endsWith(":resource/ecs/service/lab/web:policyName/cpu-steps"));
        const auto policy = [&] {
            return *m_session->design().service("web")->autoScaling->policy("cpu-steps");
        };
        QVERIFY(policy().isStepScaling());
        QCOMPARE(policy().stepScaling.stepAdjustments.size(), 2);
        QCOMPARE(policy().stepScaling.cooldown, std::optional<int>(120));
        QVERIFY(policy().stepScaling.alarm.alarmName.isEmpty()); // nothing triggers it yet

        // put-metric-alarm's arguments: the alarm \a name on the service's CPU, \a period
        // seconds, with the policy's ARN as its action (unless \a action is empty).
        const auto alarm = [](const QString &name, const QString &period, const QString &action,
                              const QString &service = QStringLiteral("web")) {
            QStringList args =
                QStringLiteral("put-metric-alarm --metric-name CPUUtilization --namespace AWS/ECS "
                               "--statistic Average --evaluation-periods 3 "
                               "--datapoints-to-alarm 2 --threshold 60 --comparison-operator "
                               "GreaterThanOrEqualToThreshold --dimensions "
                               "Name=ClusterName,Value=lab")
                    .split(u' ');
            args << "Name=ServiceName,Value=" + service << "--alarm-name" << name << "--period"
                 << period;
            if (!action.isEmpty())
                args << "--alarm-actions" << action;
            return args;
        };
        const AwsResult noAction = awsOf("cloudwatch", alarm("web-cpu-high", "60", {}));
        QVERIFY2(noAction.err.contains("ValidationError"), qPrintable(noAction.err));
        const AwsResult elsewhere =
            awsOf("cloudwatch", alarm("web-cpu-high", "60", arn, QStringLiteral("other")));
        QVERIFY2(elsewhere.err.contains("InvalidParameterValue") &&
                     elsewhere.err.contains("ServiceName=web"),
                 qPrintable(elsewhere.err));
        const AwsResult created = awsOf("cloudwatch", alarm("web-cpu-high", "60", arn));
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const MetricAlarm stored = policy().stepScaling.alarm;
        QCOMPARE(stored.alarmName, QStringLiteral("web-cpu-high"));
        QCOMPARE(stored.threshold, 60.0);
        QCOMPARE(stored.evaluationPeriods, 3);
        QCOMPARE(stored.datapointsToAlarm, std::optional<int>(2));
        QCOMPARE(stored.comparisonOperator, QStringLiteral("GreaterThanOrEqualToThreshold"));
        // The run's scaler evaluates it now.
        const auto status = m_session->autoScaling()->status("web");
        QVERIFY(status);
        QVERIFY(std::any_of(
            status->alarms.cbegin(), status->alarms.cend(), [](const ScalingAlarmStatus &a) {
                return a.alarmName == QLatin1String("web-cpu-high") && a.threshold == 60.0;
            }));
        const AwsResult badPeriod = awsOf("cloudwatch", alarm("web-cpu-fast", "30", arn));
        QVERIFY2(badPeriod.err.contains("ValidationError") && badPeriod.err.contains("Period 30"),
                 qPrintable(badPeriod.err));
        QCOMPARE(policy().stepScaling.alarm.alarmName, QStringLiteral("web-cpu-high"));

        const AwsResult described =
            awsOf("cloudwatch", {"describe-alarms", "--alarm-names", "web-cpu-high"});
        QVERIFY2(described.exitCode == 0, qPrintable(described.err));
        const QJsonObject shown = described.json["MetricAlarms"][0].toObject();
        QCOMPARE(shown["AlarmActions"][0].toString(), arn);
        QCOMPARE(shown["Threshold"].toDouble(), 60.0);
        QCOMPARE(shown["Namespace"].toString(), QStringLiteral("AWS/ECS"));
        QCOMPARE(shown["Dimensions"].toArray().size(), 2);
        QCOMPARE(shown["StateValue"].toString(), QStringLiteral("INSUFFICIENT_DATA"));
        QCOMPARE(shown["AlarmArn"].toString(),
                 QStringLiteral("arn:aws:cloudwatch:us-east-1:123456789012:alarm:web-cpu-high"));
        const AwsResult policies =
            awsOf(aas, QStringList{"describe-scaling-policies", "--service-namespace", "ecs",
                                   "--policy-names", "cpu-steps"});
        QCOMPARE(policies.json["ScalingPolicies"][0]["Alarms"][0]["AlarmName"].toString(),
                 QStringLiteral("web-cpu-high"));
        // A step policy put again keeps its alarm.
        QCOMPARE(awsOf(aas, QStringList{"put-scaling-policy", "--policy-name", "cpu-steps",
                                        "--policy-type", "StepScaling",
                                        "--step-scaling-policy-configuration",
                                        R"({"AdjustmentType": "ExactCapacity", "StepAdjustments":
                                            [{"MetricIntervalLowerBound": 0,
                                              "ScalingAdjustment": 4}]})"} +
                                web)
                     .exitCode,
                 0);
        QCOMPARE(policy().stepScaling.adjustmentType, QStringLiteral("ExactCapacity"));
        QCOMPARE(policy().stepScaling.alarm.alarmName, QStringLiteral("web-cpu-high"));

        const AwsResult missing = awsOf("cloudwatch", {"delete-alarms", "--alarm-names", "nope"});
        QVERIFY2(missing.err.contains("ResourceNotFound"), qPrintable(missing.err));
        const AwsResult deleted =
            awsOf("cloudwatch", {"delete-alarms", "--alarm-names", "web-cpu-high"});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
        QVERIFY(policy().stepScaling.alarm.alarmName.isEmpty());
        QCOMPARE(awsOf("cloudwatch", {"describe-alarms"}).json["MetricAlarms"].toArray().size(), 0);
        const AwsResult wrongKey =
            awsOf("cloudwatch", {"describe-alarms"}, QStringLiteral("not-the-secret"));
        QVERIFY2(wrongKey.err.contains("SignatureDoesNotMatch"), qPrintable(wrongKey.err));
        QCOMPARE(awsOf(aas, QStringList{"deregister-scalable-target"} + web).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(tst_EcsApi)
#include "tst_ecsapi.moc"

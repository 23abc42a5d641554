// Run mode in the window on a real Docker daemon: the sample runs from the window until its
// services reach a steady state; the canvas has one chip per task on the right instance, the
// charts have points, the events panel has ECS's steady-state event; a container killed
// through the engine's Docker client turns its chip STOPPED and a new task comes; a
// screenshot of the running sample goes to the build folder; Down removes everything.
// Tasks count healthy 2 s after RUNNING here (not 40 s).

#include "testsupport.h"

#include "engine/docker/demoimage.h"
#include "engine/docker/dockerclient.h"
#include "engine/api/sigv4.h"
#include "engine/runtime/deployment.h"
#include "engine/runtime/engine.h"
#include "tests/skiporfail.h"
#include "ui/canvas/autolayout.h"
#include "ui/canvas/clusteritem.h"
#include "ui/canvas/layoutedits.h"
#include "ui/canvas/nodeitem.h"
#include "ui/run/demoload.h"
#include "ui/run/eventspanel.h"
#include "ui/run/loaddialog.h"
#include "ui/run/logspanel.h"
#include "ui/run/runbadgeitem.h"
#include "ui/run/runbanner.h"
#include "ui/run/runcharts.h"
#include "ui/run/runcontroller.h"
#include "ui/run/runmode.h"
#include "ui/run/runoverlay.h"
#include "ui/run/runtaskdialog.h"
#include "ui/run/taskchipitem.h"
#include "ui/run/taskdetailview.h"
#include "ui/run/taskspanel.h"
#include "ui/run/taskstablemodel.h"
#include "ui/windowactions.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QJsonArray>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QToolButton>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>

using namespace Berth;
using namespace Berth::Gui;
using namespace BerthTest;
using Engine::EngineSnapshot;
using Engine::Task;
using Engine::TaskStatus;
using Model::EntityRef;

namespace {

// The sample under a name of this test's own: its containers carry it as their project
// label, so a concurrent run of the sample (or of this test) is left alone.
const QString kProject = QStringLiteral("web-api-test-%1").arg(QCoreApplication::applicationPid());

QMap<QString, int> activeByService(const EngineSnapshot &s, const QString &instance = {})
{
    QMap<QString, int> counts;
    for (const Task &t : s.tasks) {
        if (t.isStopped() || (!instance.isEmpty() && t.instance != instance))
            continue;
        ++counts[t.service];
    }
    return counts;
}

QMap<QString, int> chipsByService(RunOverlay *overlay, const EntityRef &instance)
{
    QMap<QString, int> counts;
    for (TaskChipItem *chip : overlay->chipsOn(instance)) {
        if (!chip->chip().stopped())
            ++counts[chip->chip().service];
    }
    return counts;
}

int runningOf(const EngineSnapshot &s, const QString &service)
{
    int n = 0;
    for (const Task &t : s.tasks)
        n += t.service == service && t.lastStatus == TaskStatus::Running && t.isActive();
    return n;
}

} // namespace

class TestRunMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bannerWhenDockerIsUnreachable();
    void runsTheSampleToASteadyState();
    void chipsMatchTheSnapshot();
    void logsAndLoadReachTheTask();
    void tasksReadTheirMetadata();
    void scaleAndUndoReachTheRun();
    void apiEditsAreUndoable();
    void awsCliDescribesTheRun();
    void deployANewRevision();
    void standaloneTaskWithOverrides();
    void drainAndAddInstances();
    void fargateTasksHaveChips();
    void chartsHavePoints();
    void generateLoadFromTheWindow();
    void killedContainerIsReplaced();
    void screenshot();
    void downRemovesEverything();

private:
    RunMode *run() const { return m_window->runMode(); }
    const EngineSnapshot &snapshot() const { return run()->controller()->snapshot(); }
    /// A RUNNING task of the service (the last one in the snapshot), or nullptr.
    const Task *runningTaskOf(const QString &service) const
    {
        const Task *found = nullptr;
        for (const Task &t : snapshot().tasks) {
            if (t.service == service && t.lastStatus == TaskStatus::Running)
                found = &t;
        }
        return found;
    }
    bool steady() const;

    std::unique_ptr<MainWindow> m_window;
    Engine::Docker::DockerClient m_docker;
};

void TestRunMode::initTestCase()
{
    initApplication();
    const auto ping = m_docker.ping();
    if (!ping.ok()) {
        const QByteArray reason = "no Docker daemon: " + ping.error().message().toUtf8();
        BERTH_SKIP_OR_FAIL(reason.constData());
    }
    Engine::Deployment::setHealthyAfterSeconds(2);
    // Whatever an earlier, interrupted run left behind.
    Engine::Engine::removeProjectResources(m_docker, kProject, nullptr);
    m_window = sampleWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->editor()->edit(QStringLiteral("name"),
                             [](Model::ProjectData &d) { d.name = kProject; });
    m_window->editor()->undoStack()->clear();
    m_window->editor()->markSaved();
    QCOMPARE(run()->controller()->runData().name, kProject);
}

void TestRunMode::cleanupTestCase()
{
    if (m_window && run()->isActive()) {
        run()->down();
        QTRY_VERIFY_WITH_TIMEOUT(!run()->isActive(), 90000);
    }
    m_window.reset();
    Engine::Engine::removeProjectResources(m_docker, kProject, nullptr);
}

void TestRunMode::bannerWhenDockerIsUnreachable()
{
    // A window whose Docker client looks for a daemon where none is.
    const QByteArray before = qgetenv("DOCKER_HOST");
    qputenv("DOCKER_HOST", "unix:///nonexistent/berth-test/docker.sock");
    auto window = sampleWindow();
    if (before.isEmpty())
        qunsetenv("DOCKER_HOST");
    else
        qputenv("DOCKER_HOST", before);
    RunMode *mode = window->runMode();
    mode->setConfirmation([](const Model::ProjectData &) { return true; });
    QVERIFY(mode->start());
    QTRY_VERIFY_WITH_TIMEOUT(mode->banner()->showsProblem(), 20000);
    QVERIFY(mode->banner()->isVisible());
    QVERIFY2(mode->banner()->text().contains(QStringLiteral("nonexistent")),
             qPrintable(mode->banner()->text()));
    // Designing goes on.
    QVERIFY(window->editor()->edit(QStringLiteral("scale"), [](Model::ProjectData &d) {
        d.service(QStringLiteral("api"))->desiredCount = 5;
    }));
    window->showPlan();
    window->showDesign();
    mode->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!mode->isActive(), 30000);
    QVERIFY(!mode->banner()->showsProblem());
    window->documents()->setInteractive(false);
    window->editor()->markSaved();
}

void TestRunMode::tasksReadTheirMetadata()
{
    // The demo's /metadata asks ECS_CONTAINER_METADATA_URI_V4 from inside its container.
    const Task *api = runningTaskOf(QStringLiteral("api"));
    QVERIFY(api);
    const QString id = api->id;
    const QUrl base = DemoLoad::baseUrl(run()->controller()->runData(), *api);
    QVERIFY(base.isValid());
    QNetworkAccessManager network;
    QNetworkReply *reply =
        network.get(QNetworkRequest(base.resolved(QUrl(QStringLiteral("/metadata?path=task")))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    const QJsonObject task = QJsonDocument::fromJson(body).object();
    QVERIFY2(task.value("TaskARN").toString().endsWith(QStringLiteral("/production/") + id),
             body.constData());
    QCOMPARE(task.value("Family").toString(), QStringLiteral("api"));
    QCOMPARE(task.value("KnownStatus").toString(), QStringLiteral("RUNNING"));
    QCOMPARE(task.value("Containers").toArray().first().toObject().value("DockerId").toString(),
             api->containers.first().dockerId);
}

void TestRunMode::logsAndLoadReachTheTask()
{
    const Task *api = runningTaskOf(QStringLiteral("api"));
    QVERIFY(api);
    const QString id = api->id;
    run()->showTask(id);
    QSignalSpy results(run()->load(), &DemoLoad::result);
    run()->sendLoad(id, QStringLiteral("/cpu?ms=50"));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QList<QVariant> &r : results) {
                if (r.first().toString().contains(QStringLiteral("HTTP 200")))
                    return true;
            }
            return false;
        }(),
        20000);
    // The demo logs every request it serves: the followed log shows the one just sent.
    QTRY_VERIFY_WITH_TIMEOUT(run()->logs()->text().contains(QStringLiteral("/cpu")), 20000);
}

void TestRunMode::scaleAndUndoReachTheRun()
{
    run()->controller()->scale(QStringLiteral("api"), 5);
    QCOMPARE(m_window->editor()->data().service(QStringLiteral("api"))->desiredCount, 5);
    QTRY_COMPARE_WITH_TIMEOUT(runningOf(snapshot(), QStringLiteral("api")), 5, 60000);
    // Undo is an edit like any other: the run follows it.
    m_window->editor()->undoStack()->undo();
    QCOMPARE(m_window->editor()->data().service(QStringLiteral("api"))->desiredCount, 4);
    QTRY_COMPARE_WITH_TIMEOUT(activeByService(snapshot()).value(QStringLiteral("api")), 4, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(runningOf(snapshot(), QStringLiteral("api")), 4, 60000);
}

void TestRunMode::apiEditsAreUndoable()
{
    Engine::RunSession *session = run()->controller()->session();
    QTRY_VERIFY_WITH_TIMEOUT(!session->apiEndpoint().isEmpty(), 30000);
    auto *indicator = m_window->findChild<QToolButton *>(QStringLiteral("apiIndicator"));
    QVERIFY(indicator && indicator->isVisible());
    QVERIFY(indicator->text().contains(session->apiEndpoint()));

    // update-service --desired-count 2, signed as the aws CLI signs it.
    Engine::SignedRequest r;
    const QUrl url(session->apiEndpoint() + u'/');
    r.body = QJsonDocument(QJsonObject{{"cluster", "production"},
                                       {"service", "api"},
                                       {"desiredCount", 2}})
                 .toJson(QJsonDocument::Compact);
    r.headers = {{"Host", QStringLiteral("%1:%2").arg(url.host()).arg(url.port()).toLatin1()},
                 {"Content-Type", "application/x-amz-json-1.1"},
                 {"X-Amz-Target", "AmazonEC2ContainerServiceV20141113.UpdateService"}};
    Engine::SigV4::sign(r, session->apiCredentials().accessKeyId,
                        session->apiCredentials().secretAccessKey, QStringLiteral("us-east-1"),
                        QStringLiteral("ecs"), QDateTime::currentDateTimeUtc());
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    for (const auto &[name, value] : r.headers) {
        if (name != "Host")
            request.setRawHeader(name, value);
    }
    QNetworkReply *reply = network.post(request, r.body);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    // An edit of the design like any other: on the canvas, in the run, undoable.
    QCOMPARE(m_window->editor()->data().service(QStringLiteral("api"))->desiredCount, 2);
    QVERIFY(m_window->editor()->undoStack()->undoText().contains(QStringLiteral("UpdateService")));
    QTRY_COMPARE_WITH_TIMEOUT(activeByService(snapshot()).value(QStringLiteral("api")), 2, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(run()->events()->messages().join(u'\n').contains(
                                 QStringLiteral("ecs:UpdateService by ")
                                 + session->apiCredentials().accessKeyId),
                             10000);
    m_window->editor()->undoStack()->undo();
    QCOMPARE(m_window->editor()->data().service(QStringLiteral("api"))->desiredCount, 4);
    QTRY_COMPARE_WITH_TIMEOUT(runningOf(snapshot(), QStringLiteral("api")), 4, 60000);
}

void TestRunMode::awsCliDescribesTheRun()
{
    // Debian's aws CLI against the window's real run of the sample.
    const QString aws = QStringLiteral("/usr/bin/aws");
    if (!QFile::exists(aws))
        BERTH_SKIP_OR_FAIL("Debian's aws CLI (/usr/bin/aws) is not installed");
    Engine::RunSession *session = run()->controller()->session();
    QTRY_VERIFY_WITH_TIMEOUT(!session->apiEndpoint().isEmpty(), 30000);
    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), session->apiCredentials().accessKeyId);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
               session->apiCredentials().secretAccessKey);
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
    p.setProcessEnvironment(env);
    p.start(aws, {QStringLiteral("--endpoint-url"), session->apiEndpoint(),
                  QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("ecs"),
                  QStringLiteral("describe-services"), QStringLiteral("--cluster"),
                  QStringLiteral("production"), QStringLiteral("--services"),
                  QStringLiteral("api"), QStringLiteral("front")});
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000);
    QCOMPARE(p.exitCode(), 0);
    const QJsonArray services =
        QJsonDocument::fromJson(p.readAllStandardOutput()).object().value("services").toArray();
    QCOMPARE(services.size(), 2);
    for (const QJsonValue v : services) {
        const QJsonObject s = v.toObject();
        const QString name = s.value("serviceName").toString();
        QCOMPARE(s.value("runningCount").toInt(), runningOf(snapshot(), name));
        QCOMPARE(s.value("desiredCount").toInt(),
                 m_window->editor()->data().service(name)->desiredCount);
        QVERIFY(s.value("deployments").toArray().size() >= 1);
    }

    // Each call in the run's events under its own service's name, as IAM names the action.
    p.start(aws, {QStringLiteral("--endpoint-url"), session->apiEndpoint(),
                  QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("elbv2"),
                  QStringLiteral("describe-target-groups")});
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000);
    QCOMPARE(p.exitCode(), 0);
    const QString key = session->apiCredentials().accessKeyId;
    QTRY_VERIFY_WITH_TIMEOUT(run()->events()->messages().join(u'\n').contains(
                                 QStringLiteral("elasticloadbalancing:DescribeTargetGroups by ")
                                 + key),
                             10000);
    QVERIFY(run()->events()->messages().join(u'\n').contains(
        QStringLiteral("ecs:DescribeServices by ") + key));
}

void TestRunMode::deployANewRevision()
{
    // A new revision of api's task definition, as the JSON editor saves one, deployed to api.
    QVERIFY(m_window->editor()->edit(QStringLiteral("revision"), [](Model::ProjectData &d) {
        QJsonObject json = d.taskDefinition(QStringLiteral("api:1"))->json();
        QJsonArray containers = json.value(QLatin1String("containerDefinitions")).toArray();
        QJsonObject api = containers.first().toObject();
        api.insert(QLatin1String("environment"),
                   QJsonArray{QJsonObject{{"name", "PORT"}, {"value", "8080"}},
                              QJsonObject{{"name", "VERSION"}, {"value", "api-2"}}});
        containers[0] = api;
        json.insert(QLatin1String("containerDefinitions"), containers);
        d.registerTaskDefinition(json);
    }));
    bool sawRollout = false;
    const QMetaObject::Connection watch =
        connect(run()->controller(), &RunController::snapshotReady, this, [&] {
            RunBadgeItem *badge = run()->overlay()->badge(EntityRef::service("api"));
            sawRollout = sawRollout ||
                         (badge && badge->badge().lines.join(u' ').contains("deploying api:2"));
        });
    run()->controller()->deploy(QStringLiteral("api"), QStringLiteral("api:2"));
    const auto completed = [&] {
        for (const Engine::ServiceStatus &st : snapshot().services) {
            if (st.name == QLatin1String("api"))
                return st.deployments.size() == 1 &&
                       st.deployments.first().taskDefinition == QLatin1String("api:2") &&
                       st.deployments.first().rolloutState == QLatin1String("COMPLETED");
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(completed(), 180000);
    disconnect(watch);
    QVERIFY(sawRollout);
    QTRY_COMPARE_WITH_TIMEOUT(runningOf(snapshot(), QStringLiteral("api")), 4, 60000);
    const QStringList events = run()->events()->messages();
    QVERIFY2(events.filter(QStringLiteral("deployment completed")).size() > 0,
             qPrintable(events.join(u'\n')));
}

void TestRunMode::standaloneTaskWithOverrides()
{
    // What the Run Task dialog asks for: api:1 with its command and environment overridden.
    RunTaskDialog dialog(run()->controller()->runData(), m_window.get());
    dialog.taskDefinition()->setCurrentIndex(dialog.taskDefinition()->findData("api:1"));
    dialog.command()->setText(QStringLiteral("--check http://127.0.0.1:1/"));
    dialog.environment()->setPlainText(QStringLiteral("GREETING=hello"));
    const Engine::RunTaskRequest request = dialog.request();
    QCOMPARE(request.commandOverrides.value(QStringLiteral("api")),
             QStringList({QStringLiteral("--check"), QStringLiteral("http://127.0.0.1:1/")}));
    QCOMPARE(request.environmentOverrides.value(QStringLiteral("api")).value(0).first,
             QStringLiteral("GREETING"));
    QSet<QString> before;
    for (const Task &t : snapshot().tasks)
        before.insert(t.id);
    run()->controller()->runTask(request);
    // The demo checks a port where nothing listens and exits 1: the override took effect.
    const auto exited = [&] {
        for (const Task &t : snapshot().tasks) {
            if (before.contains(t.id) || !t.service.isEmpty() || !t.isStopped())
                continue;
            return !t.containers.isEmpty() && t.containers.first().exitCode == 1;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(exited(), 60000);
    QVERIFY(run()->tasks()->model()->rowCount() > 7);
}

void TestRunMode::drainAndAddInstances()
{
    const QString cluster = QStringLiteral("production");
    run()->controller()->addInstance(cluster);
    QTRY_COMPARE_WITH_TIMEOUT(snapshot().instances.size(), qsizetype(4), 10000);
    const QString added = snapshot().instances.last().name;
    QVERIFY(m_window->scene()->itemFor(EntityRef::instance(cluster, added)));
    // The frame made room for it: it covers no card outside it.
    const Model::ProjectData &d = m_window->editor()->data();
    const QRectF frame = d.cluster(cluster)->frame;
    for (const Model::TargetGroup &tg : d.targetGroups)
        QVERIFY2(!frame.contains(tg.position), qPrintable(tg.name));
    for (const Model::LoadBalancer &lb : d.loadBalancers)
        QVERIFY2(!frame.contains(lb.position), qPrintable(lb.name));
    for (const Model::TaskDefinition &td : d.taskDefinitions)
        QVERIFY2(!frame.contains(td.position()), qPrintable(td.family()));
    run()->controller()->drainInstance(cluster, QStringLiteral("web-3"));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const Engine::InstanceUsage &u : snapshot().instances) {
                if (u.name == QLatin1String("web-3"))
                    return u.status == QLatin1String("DRAINING");
            }
            return false;
        }(),
        10000);
    // Its service tasks move elsewhere; the services keep their counts.
    QTRY_VERIFY_WITH_TIMEOUT(activeByService(snapshot(), QStringLiteral("web-3")).isEmpty() &&
                                 runningOf(snapshot(), QStringLiteral("api")) == 4 &&
                                 runningOf(snapshot(), QStringLiteral("front")) == 3,
                             180000);
    QVERIFY(chipsByService(run()->overlay(), EntityRef::instance(cluster, QStringLiteral("web-3")))
                .isEmpty());
}

// Fargate tasks run on no instance: their chips sit in their cluster's frame.
void TestRunMode::fargateTasksHaveChips()
{
    const QString cluster = QStringLiteral("production");
    QVERIFY(m_window->editor()->edit(QStringLiteral("fargate"), [&](Model::ProjectData &d) {
        d.cluster(cluster)->fargate.enabled = true;
        const QJsonObject container{{"name", "edge"},
                                    {"image", Engine::demoImageReference()},
                                    {"essential", true},
                                    {"portMappings", QJsonArray{QJsonObject{{"containerPort", 8080}}}}};
        d.registerTaskDefinition(QJsonObject{{"family", "edge"},
                                             {"networkMode", "awsvpc"},
                                             {"requiresCompatibilities", QJsonArray{"FARGATE"}},
                                             {"cpu", "256"},
                                             {"memory", "512"},
                                             {"containerDefinitions", QJsonArray{container}}});
        Model::Service edge;
        edge.name = QStringLiteral("edge");
        edge.cluster = cluster;
        edge.taskDefinition = QStringLiteral("edge");
        edge.launchType = QStringLiteral("FARGATE");
        edge.desiredCount = 2;
        edge.position = QPointF(560, 200); // beside api, in the frame's second row
        d.services << edge;
        AutoLayout::placeTaskDefinition(d, QStringLiteral("edge"));
        LayoutEdits::fitFrameMakingRoom(d, cluster);
    }));
    ClusterItem *frame =
        qgraphicsitem_cast<ClusterItem *>(m_window->scene()->itemFor(EntityRef::cluster(cluster)));
    QVERIFY(frame);
    const auto fargateChips = [&] {
        QList<TaskChipItem *> chips;
        for (const Task &t : snapshot().tasks) {
            if (t.service != QLatin1String("edge") || t.isStopped())
                continue;
            TaskChipItem *chip = run()->overlay()->chip(t.id);
            if (chip && chip->parentItem() == frame)
                chips << chip;
        }
        return chips;
    };
    QTRY_VERIFY_WITH_TIMEOUT(runningOf(snapshot(), QStringLiteral("edge")) == 2 &&
                                 fargateChips().size() == 2,
                             120000);
    for (TaskChipItem *chip : fargateChips()) {
        QCOMPARE(chip->chip().status, QStringLiteral("RUNNING"));
        QVERIFY(chip->toolTip().contains(QStringLiteral("edge")));
        // Inside the frame, in its bottom margin: under no card.
        const QRectF r = chip->mapRectToScene(chip->boundingRect());
        QVERIFY(frame->sceneBoundingRect().contains(r));
        for (QGraphicsItem *item : m_window->scene()->items(r)) {
            if (item != frame && item->parentItem() != frame)
                QVERIFY2(item->type() != NodeItem::Type, "a Fargate chip under a card");
        }
    }
    // Scaled to nothing, the chips go (stopped ones stay a while, greyed).
    QVERIFY(m_window->editor()->edit(QStringLiteral("edge 0"), [](Model::ProjectData &d) {
        d.service(QStringLiteral("edge"))->desiredCount = 0;
    }));
    QTRY_VERIFY_WITH_TIMEOUT(runningOf(snapshot(), QStringLiteral("edge")) == 0, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const Task &t : snapshot().tasks) {
                if (t.service == QLatin1String("edge") && !t.isStopped())
                    return false;
            }
            return true;
        }(),
        60000);
}

bool TestRunMode::steady() const
{
    const QStringList messages = run()->events()->messages();
    for (const char *service : {"front", "api"}) {
        const QString event =
            QStringLiteral("(service %1) has reached a steady state.").arg(QLatin1String(service));
        if (!messages.contains(event))
            return false;
    }
    return runningOf(snapshot(), QStringLiteral("front")) == 3 &&
           runningOf(snapshot(), QStringLiteral("api")) == 4;
}

void TestRunMode::runsTheSampleToASteadyState()
{
    WindowActions *a = m_window->actions();
    QVERIFY(a->run->isEnabled());
    QVERIFY(!a->stopRun->isEnabled());
    // The sample needs neither secrets nor consent: the confirmation before the run lets it
    // go without a dialog. Should one come up anyway, it is closed and the test fails.
    bool dialog = false;
    QTimer guard; // goes with this function
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, this, [&dialog] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            dialog = true;
            modal->close();
        }
    });
    guard.start(15000);
    a->run->trigger(); // as F5 does
    QVERIFY2(!dialog, "the run confirmation asked about the sample");
    QVERIFY(run()->isActive());
    QVERIFY(!a->run->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(run()->controller()->state() == RunController::State::Running, 120000);
    QTRY_VERIFY_WITH_TIMEOUT(snapshot().dockerReachable, 30000);
    QVERIFY(!run()->banner()->showsProblem());
    QElapsedTimer waited;
    waited.start();
    while (!steady() && waited.elapsed() < 240000)
        QTest::qWait(200);
    if (!steady()) {
        for (const QString &m : run()->events()->messages())
            qWarning("event: %s", qPrintable(m));
        for (const Task &t : snapshot().tasks)
            qWarning("task %s %s %s %s", qPrintable(t.id.left(8)), qPrintable(t.service),
                     qPrintable(Engine::taskStatusName(t.lastStatus)), qPrintable(t.stoppedReason));
        QFAIL("the sample did not reach a steady state in 4 minutes");
    }
    // Newest first: the first event is at least as recent as the last.
    const QList<Engine::ServiceEvent> &events = snapshot().events;
    QVERIFY(!events.isEmpty());
    QVERIFY(events.first().createdAt >= events.last().createdAt);
    // The filter keeps one service's events.
    run()->events()->setServiceFilter(QStringLiteral("api"));
    for (int i = 0; i < run()->events()->list()->topLevelItemCount(); ++i)
        QCOMPARE(run()->events()->list()->topLevelItem(i)->text(1), QStringLiteral("api"));
    run()->events()->setServiceFilter({});
    // The tasks table lists every task of the snapshot.
    QTRY_COMPARE_WITH_TIMEOUT(run()->tasks()->model()->rowCount(), int(snapshot().tasks.size()),
                              5000);
}

void TestRunMode::chipsMatchTheSnapshot()
{
    // The canvas catches up with the snapshot within a second.
    QTest::qWait(1500);
    RunOverlay *overlay = run()->overlay();
    int total = 0;
    QMap<QString, int> perService;
    for (const Engine::InstanceUsage &u : snapshot().instances) {
        const EntityRef ref = EntityRef::instance(u.cluster, u.name);
        const QMap<QString, int> chips = chipsByService(overlay, ref);
        QCOMPARE(chips, activeByService(snapshot(), u.name));
        for (auto it = chips.cbegin(); it != chips.cend(); ++it) {
            perService[it.key()] += it.value();
            total += it.value();
            // A chip sits on its instance's card.
            for (TaskChipItem *chip : overlay->chipsOn(ref))
                QVERIFY(m_window->scene()->itemFor(ref)->isAncestorOf(chip));
        }
    }
    QCOMPARE(perService.value(QStringLiteral("front")), 3);
    QCOMPARE(perService.value(QStringLiteral("api")), 4);
    QCOMPARE(total, 7);
    // Services show their counts, target groups their targets' health.
    QVERIFY(overlay->badge(EntityRef::service(QStringLiteral("api"))));
    QVERIFY(overlay->badge(EntityRef::service(QStringLiteral("api")))
                ->badge()
                .lines.first()
                .startsWith(QStringLiteral("4 of 4 running")));
    if (!snapshot().loadBalancers.isEmpty())
        QVERIFY(overlay->badge(EntityRef::targetGroup(QStringLiteral("api-tg"))));
    // A click on a chip shows the task in the table and the detail view.
    TaskChipItem *chip =
        overlay->chipsOn(EntityRef::instance(QStringLiteral("production"), QStringLiteral("web-1")))
            .value(0);
    QVERIFY(chip);
    run()->showTask(chip->chip().taskId);
    QCOMPARE(run()->tasks()->selectedTask(), chip->chip().taskId);
    QCOMPARE(run()->detail()->taskId(), chip->chip().taskId);
    QVERIFY(run()->detail()->tree()->topLevelItemCount() > 5);
}

void TestRunMode::chartsHavePoints()
{
    QDockWidget *dock = RunMode::dockOf(run()->charts());
    QVERIFY(dock);
    dock->show();
    dock->raise();
    QTest::qWait(2500);
    QCOMPARE(run()->charts()->instanceChooser()->count(), int(snapshot().instances.size()));
    QVERIFY2(run()->charts()->pointCount() > 20,
             qPrintable(QString::number(run()->charts()->pointCount())));
}

// Generate load... on a service: the dialog sends to the load balancer in front of it at the
// rate its slider sets, for its duration, every request answered (200 once the targets are
// healthy, 503 before: both are answers, neither a failed connection); both charts get points,
// and a scaling policy's target and alarms show when given.
void TestRunMode::generateLoadFromTheWindow()
{
    LoadDialog *dialog = run()->generateLoad(QStringLiteral("front"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->url().startsWith(QStringLiteral("http://127.79.0.1")),
             qPrintable(dialog->url()));
    dialog->rateSlider()->setValue(50);
    dialog->durationBox()->setValue(3);
    QSignalSpy finished(dialog, &LoadDialog::loadFinished);
    dialog->start();
    QVERIFY(dialog->isRunning());
    QVERIFY(!dialog->rateSlider()->isEnabled());
    QVERIFY(finished.wait(20000));
    const Engine::LoadSummary &s = dialog->lastSummary();
    QCOMPARE(s.totals.sent, 150);
    QCOMPARE(s.totals.answered, 150);
    QCOMPARE(s.totals.connectionFailures + s.totals.timeouts, 0);
    QVERIFY2(dialog->loadPointCount() >= 3 * 2, qPrintable(QString::number(
                                                      dialog->loadPointCount())));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->servicePointCount() > 0, 5000);
    auto *alarms = dialog->findChild<QLabel *>(QStringLiteral("loadAlarms"));
    QVERIFY(alarms && !alarms->isVisible());
    dialog->setScalingOverlay(50.0, {{QStringLiteral("AlarmHigh"), QStringLiteral("ALARM")}});
    QVERIFY(alarms->isVisible());
    QVERIFY(alarms->text().contains(QStringLiteral("AlarmHigh: ALARM")));
    dialog->close();
}

void TestRunMode::killedContainerIsReplaced()
{
    const Task *victim = nullptr;
    for (const Task &t : snapshot().tasks) {
        if (t.service == QLatin1String("api") && t.lastStatus == TaskStatus::Running &&
            t.isActive()) {
            victim = &t;
            break;
        }
    }
    QVERIFY(victim);
    const QString id = victim->id;
    const QString instance = victim->instance;
    QSet<QString> before;
    for (const Task &t : snapshot().tasks)
        before.insert(t.id);
    QVERIFY(!victim->containers.isEmpty());
    const QString container = victim->containers.first().dockerId;
    QVERIFY(!container.isEmpty());
    // Through the Engine API, never the docker command.
    QVERIFY(Berth::Engine::Docker::DockerClient().killContainer(container).ok());

    QTRY_VERIFY_WITH_TIMEOUT(
        run()->overlay()->chip(id) && run()->overlay()->chip(id)->chip().stopped(), 60000);
    const TaskChip stopped = run()->overlay()->chip(id)->chip();
    QVERIFY2(stopped.toolTip.contains(QStringLiteral("stoppedReason")),
             qPrintable(stopped.toolTip));
    // It stays on its instance while a new task takes its place.
    QVERIFY(run()
                ->overlay()
                ->chipsOn(EntityRef::instance(QStringLiteral("production"), instance))
                .contains(run()->overlay()->chip(id)));
    const auto replaced = [&] {
        for (const Task &t : snapshot().tasks) {
            if (!before.contains(t.id) && t.service == QLatin1String("api") &&
                t.lastStatus == TaskStatus::Running && run()->overlay()->chip(t.id) &&
                run()->overlay()->chip(t.id)->chip().status == QLatin1String("RUNNING"))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(replaced(), 90000);
    QTRY_COMPARE_WITH_TIMEOUT(runningOf(snapshot(), QStringLiteral("api")), 4, 60000);
}

void TestRunMode::screenshot()
{
    // The run at a size a person would use, with the design's own panels out of the way.
    m_window->resize(1600, 1000);
    for (const char *name : {"paletteDock", "outlineDock"}) {
        if (auto *dock = m_window->findChild<QDockWidget *>(QLatin1String(name)))
            dock->hide();
    }
    if (QDockWidget *dock = RunMode::dockOf(run()->tasks()))
        dock->raise();
    QTest::qWait(200);
    m_window->canvas()->fitToContents();
    QTest::qWait(1500);
    const QImage shot = m_window->grab().toImage();
    QVERIFY(!shot.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 7) {
        for (int x = 0; x < shot.width(); x += 7)
            colours.insert(shot.pixel(x, y));
    }
    QVERIFY(colours.size() > 50);
    const QString file = QStringLiteral(BERTH_SCREENSHOT_DIR "/run-mode.png");
    QVERIFY(shot.save(file));
    // The cluster at 100 %: chips and counts readable.
    m_window->canvas()->resetZoom();
    m_window->canvas()->centerOn(340, 170);
    QTest::qWait(300);
    QVERIFY(m_window->canvas()->grab().toImage().save(
        QStringLiteral(BERTH_SCREENSHOT_DIR "/run-mode-canvas.png")));
    if (QDockWidget *dock = RunMode::dockOf(run()->charts()))
        dock->raise();
    QTest::qWait(1200);
    QVERIFY(m_window->grab().toImage().save(
        QStringLiteral(BERTH_SCREENSHOT_DIR "/run-mode-charts.png")));
    qInfo("screenshot: %s", qPrintable(file));
}

void TestRunMode::downRemovesEverything()
{
    m_window->actions()->down->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!run()->isActive(), 90000);
    QCOMPARE(run()->overlay()->chipCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto listed =
                m_docker.listContainers({QStringLiteral("io.berth.project=") + kProject}, true);
            return listed.ok() && listed.value().isEmpty();
        }(),
        60000);
    QVERIFY(m_window->actions()->run->isEnabled());
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "600000");
    QLoggingCategory::setFilterRules(QStringLiteral("berth.*.debug=false"));
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    TestRunMode test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_runmode.moc"

// Berth in Japanese: the main window, the run view and dialogs with the Japanese translation
// and a Japanese font, at a laptop's 1366x768 and at 1600x1000. Saves screenshots to the build
// folder (ja-*.png) and fails on any label, button, tab, dock title or header whose text is
// cut off. Under xvfb-run (DISPLAY set) it draws on the X server, else offscreen.

#include "tests/skiporfail.h"
#include "testsupport.h"
#include "textfit.h"

#include "engine/runtime/ecsmessages.h"
#include "engine/scheduler/ecsevents.h"
#include "engine/secrets/memorysecretstore.h"
#include "ui/editors/autoscalingform.h"
#include "ui/editors/scalingpolicyform.h"
#include "ui/editors/scheduledactionform.h"
#include "ui/editors/stepadjustmentsdialog.h"
#include "ui/files/buildpushdialog.h"
#include "ui/files/exportdialog.h"
#include "ui/language.h"
#include "ui/panels/problemspanel.h"
#include "ui/panels/propertypanel.h"
#include "ui/run/eventspanel.h"
#include "ui/run/runbanner.h"
#include "ui/run/runmode.h"
#include "ui/run/runtaskdialog.h"
#include "ui/run/taskdetailview.h"
#include "ui/run/taskspanel.h"
#include "ui/run/taskstablemodel.h"
#include "ui/secrets/secretsdialog.h"
#include "ui/windowactions.h"

#include <QDockWidget>
#include <QFontDatabase>
#include <QFontInfo>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>

using namespace Berth;
using namespace Berth::Gui;
using namespace BerthTest;

class TestJapanese : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init() { QSettings().clear(); }
    void translated();
    void mainWindow_data();
    void mainWindow();
    void autoScalingSection_data() { mainWindow_data(); }
    void autoScalingSection();
    void runView_data();
    void runView();
    void dialogs_data();
    void dialogs();

private:
    static void save(QWidget *widget, const QString &name);
    static void checkFits(QWidget *widget);
};

namespace {

QString japaneseFamily()
{
    for (const QString &family : Language::fontFamilies(QStringLiteral("ja"))) {
        if (QFontDatabase::families().contains(family))
            return family;
    }
    return {};
}

/// The sample's api service with a target tracking policy, a step scaling policy and a
/// scheduled action.
void scaleApi(Model::ProjectData &d)
{
    Model::Service *api = d.service(QStringLiteral("api"));
    api->autoScaling = AutoScalingForm::defaults(api->desiredCount);
    Model::ScalingPolicy step;
    step.policyName = QStringLiteral("requests-high");
    step.policyType = QStringLiteral("StepScaling");
    step.stepScaling = ScalingPolicyForm::stepDefaults(api->name, step.policyName);
    step.stepScaling.alarm.comparisonOperator = QStringLiteral("GreaterThanOrEqualToThreshold");
    step.stepScaling.stepAdjustments = {{0.0, 20.0, 1}, {20.0, std::nullopt, 3}};
    api->autoScaling->policies << step;
    Model::ScheduledAction morning;
    morning.scheduledActionName = QStringLiteral("weekday-morning");
    morning.schedule = QStringLiteral("cron(0 8 ? * MON-FRI *)");
    morning.timezone = QStringLiteral("Asia/Tokyo");
    morning.minCapacity = api->autoScaling->minCapacity;
    api->autoScaling->scheduledActions << morning;
}

std::unique_ptr<MainWindow> windowAt(QSize size)
{
    auto window = std::make_unique<MainWindow>();
    window->documents()->setInteractive(false);
    window->resize(size);
    window->move(0, 0);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("the window was not exposed");
    if (!window->openFile(samplePath()))
        qFatal("cannot open the sample project");
    QTest::qWait(300); // the Problems panel validates after a pause
    return window;
}

Engine::Task task(const QString &id, const QString &service, const QString &instance,
                  Engine::TaskStatus status)
{
    Engine::Task t;
    t.id = id;
    t.cluster = QStringLiteral("production");
    t.service = service;
    t.instance = instance;
    t.taskDefinition =
        service == QLatin1String("api") ? QStringLiteral("api:3") : QStringLiteral("front:2");
    t.lastStatus = status;
    t.desiredStatus = status;
    t.health = QStringLiteral("HEALTHY");
    t.cpu = 256;
    t.memory = 512;
    t.startedAt = QDateTime::currentDateTime().addSecs(-90);
    return t;
}

} // namespace

void TestJapanese::initTestCase()
{
    initApplication();
    QCoreApplication::setApplicationName(QStringLiteral("BerthJapaneseTests"));
    QVERIFY(Language::install(qApp, QStringLiteral("ja")));
    Language::applyFont();
    const QString family = japaneseFamily();
    if (family.isEmpty()) {
        const QString why = QStringLiteral("no Japanese font (fonts-noto-cjk, fonts-ipafont-gothic "
                                           "or fonts-vlgothic) is installed");
        BERTH_SKIP_OR_FAIL(qPrintable(why));
    }
    // The application font draws kanji from the Japanese family, not a Chinese fallback.
    QCOMPARE(QApplication::font().families().first(), family);
    QCOMPARE(QFontInfo(QApplication::font()).family(), family);
}

void TestJapanese::cleanupTestCase()
{
    Language::install(qApp, QStringLiteral("en"));
    Language::applyFont();
}

void TestJapanese::save(QWidget *widget, const QString &name)
{
    const QImage shot = widget->grab().toImage();
    QVERIFY(!shot.isNull());
    const QString file = QStringLiteral(BERTH_SCREENSHOT_DIR "/") + name;
    QVERIFY(shot.save(file));
    qInfo("screenshot: %s (%dx%d, platform %s)", qPrintable(file), shot.width(), shot.height(),
          qPrintable(QGuiApplication::platformName()));
}

void TestJapanese::checkFits(QWidget *widget)
{
    if (QTest::currentTestFailed())
        return; // one list of what is cut off per test is enough
    const QStringList clipped = clippedTexts(widget);
    QVERIFY2(clipped.isEmpty(), qPrintable(u'\n' + clipped.join(u'\n')));
}

void TestJapanese::translated()
{
    // Berth's own catalogue, Qt's (qtbase_ja.qm from qt6-translations-l10n) and ECS's
    // explanations are in Japanese; the texts ECS prints are not translated.
    QCOMPARE(QCoreApplication::translate("Berth::Gui::WindowActions", "&File"),
             QString::fromUtf8("ファイル(&F)"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
             QString::fromUtf8("キャンセル"));
    QCOMPARE(Engine::EcsMessages::explain(QStringLiteral("Essential container in task exited")),
             QString::fromUtf8("必須コンテナが終了したため、ECS はタスク全体を停止しました。理由は"
                               "コンテナの終了コードとログにあります。"));
    QCOMPARE(QLocale().language(), QLocale::Japanese);
}

void TestJapanese::mainWindow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1600x1000") << QSize(1600, 1000);
}

void TestJapanese::mainWindow()
{
    QFETCH(QSize, size);
    const std::unique_ptr<MainWindow> window = windowAt(size);
    QCOMPARE(window->menuBar()->actions().first()->text(), QString::fromUtf8("ファイル(&F)"));
    window->selectEntity(Model::EntityRef::service(QStringLiteral("api")));
    QTest::qWait(100);
    save(window.get(),
         QStringLiteral("ja-main-window-%1x%2.png").arg(size.width()).arg(size.height()));
    checkFits(window.get());

    // A cluster's capacity provider and a service's strategy over it, in the properties dock.
    window->editor()->edit(QStringLiteral("capacity"), [](Model::ProjectData &d) {
        Model::CapacityProvider p;
        p.name = QStringLiteral("production-asg-1");
        p.desiredCapacity = 9; // outside 0-4: the problem line shows too
        d.cluster(QStringLiteral("production"))->capacityProviders << p;
        d.service(QStringLiteral("api"))->capacityProviderStrategy = {{p.name, 1, 0}};
    });
    window->selectEntity(Model::EntityRef::cluster(QStringLiteral("production")));
    QTest::qWait(100);
    save(window.get(),
         QStringLiteral("ja-capacity-provider-%1x%2.png").arg(size.width()).arg(size.height()));
    checkFits(window.get());
    window->selectEntity(Model::EntityRef::service(QStringLiteral("api")));
    QTest::qWait(100);
    checkFits(window.get());

    window->showPlan();
    QTest::qWait(200);
    save(window.get(), QStringLiteral("ja-plan-%1x%2.png").arg(size.width()).arg(size.height()));
    checkFits(window.get());
}

void TestJapanese::autoScalingSection()
{
    // Every policy and the scheduled actions fit the properties dock, which does not widen.
    QFETCH(QSize, size);
    const std::unique_ptr<MainWindow> window = windowAt(size);
    window->editor()->edit(QStringLiteral("scale api"), scaleApi);
    window->selectEntity(Model::EntityRef::service(QStringLiteral("api")));
    auto *form = window->properties()->currentForm()->findChild<AutoScalingForm *>();
    QVERIFY(form);
    QCOMPARE(form->policies()->count(), 2);
    form->policies()->setCurrentRow(1);
    form->scheduledActions()->setCurrentRow(0);
    auto *scroll = window->properties()->findChild<QScrollArea *>();
    QTest::qWait(100);
    scroll->ensureWidgetVisible(form->policyForm());
    QTest::qWait(100);
    save(window.get(),
         QStringLiteral("ja-auto-scaling-%1x%2.png").arg(size.width()).arg(size.height()));
    checkFits(window.get());
    QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("the properties need %1 px, the dock shows %2")
                            .arg(scroll->widget()->minimumSizeHint().width())
                            .arg(scroll->viewport()->width())));
    scroll->ensureWidgetVisible(form->scheduledActionForm());
    QTest::qWait(100);
    save(window.get(),
         QStringLiteral("ja-scheduled-actions-%1x%2.png").arg(size.width()).arg(size.height()));
    checkFits(window.get());
}

void TestJapanese::runView_data()
{
    mainWindow_data();
}

void TestJapanese::runView()
{
    QFETCH(QSize, size);
    const std::unique_ptr<MainWindow> window = windowAt(size);
    RunMode *run = window->runMode();
    // What a run shows, without Docker: the run's panels (they open while Run is disabled),
    // ECS's events, tasks and one stopped task's detail.
    window->actions()->run->setEnabled(false);
    const QDateTime now = QDateTime::currentDateTime();
    run->events()->setEvents(
        {{QStringLiteral("3"), now, QStringLiteral("api"),
          Engine::EcsEvents::steadyState(QStringLiteral("api"))},
         {QStringLiteral("2"), now.addSecs(-20), QStringLiteral("api"),
          Engine::EcsEvents::registeredTargets(
              QStringLiteral("api"), 2,
              QStringLiteral("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/"
                             "api-tg/6d0ecf831eec9f09"))},
         {QStringLiteral("1"), now.addSecs(-40), QStringLiteral("api"),
          Engine::EcsEvents::startedTasks(
              QStringLiteral("api"),
              {QStringLiteral("1f2e3d4c5b6a7988"), QStringLiteral("9c0d5e6f7a8b9c0d")})}},
        {QStringLiteral("api"), QStringLiteral("front")});
    Engine::Task stopped = task(QStringLiteral("9c0d5e6f7a8b9c0d"), QStringLiteral("api"),
                                QStringLiteral("i-1"), Engine::TaskStatus::Stopped);
    stopped.stopCode = QStringLiteral("EssentialContainerExited");
    stopped.stoppedReason = Engine::EcsEvents::essentialContainerExited();
    run->tasks()->setTasks({task(QStringLiteral("1f2e3d4c5b6a7988"), QStringLiteral("api"),
                                 QStringLiteral("i-1"), Engine::TaskStatus::Running),
                            task(QStringLiteral("5a6b7c8d9e0f1a2b"), QStringLiteral("front"),
                                 QStringLiteral("i-2"), Engine::TaskStatus::Running),
                            stopped});
    run->detail()->setTask(stopped, false);
    run->banner()->setProblem(QStringLiteral("connect: no such file or directory"));
    RunMode::dockOf(run->events())->raise();
    QTest::qWait(200);

    // ECS's words stay as printed, with their meaning beside them.
    QCOMPARE(run->events()->messages().first(),
             QStringLiteral("(service api) has reached a steady state."));
    QVERIFY(run->events()->explanation()->isVisible());
    QVERIFY2(run->events()->explanation()->text().contains(QString::fromUtf8("必要数")),
             qPrintable(run->events()->explanation()->text()));
    const QModelIndex reason = run->tasks()->model()->index(2, TasksTableModel::StoppedReason);
    QVERIFY(reason.data(Qt::ToolTipRole).toString().contains(QString::fromUtf8("必須コンテナ")));

    save(window.get(),
         QStringLiteral("ja-run-view-%1x%2.png").arg(size.width()).arg(size.height()));
    checkFits(window.get());
    window->actions()->run->setEnabled(true);
}

void TestJapanese::dialogs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("title");
    QTest::newRow("export") << QStringLiteral("export") << QString::fromUtf8("ECS JSON を書き出す");
    QTest::newRow("run-task") << QStringLiteral("run-task") << QString::fromUtf8("タスクを実行");
    QTest::newRow("secrets") << QStringLiteral("secrets")
                             << QString::fromUtf8("web-api のシークレット");
    QTest::newRow("build-push") << QStringLiteral("build-push")
                                << QString::fromUtf8("イメージのビルドとプッシュ");
    QTest::newRow("step-adjustments")
        << QStringLiteral("step-adjustments") << QString::fromUtf8("ステップ調整");
}

void TestJapanese::dialogs()
{
    QFETCH(QString, name);
    QFETCH(QString, title);
    Model::ProjectData data = sampleData();
    Model::EcrRepository repository;
    repository.name = QStringLiteral("web");
    data.repositories << repository;
    std::unique_ptr<QDialog> dialog;
    if (name == QLatin1String("export"))
        dialog = std::make_unique<ExportDialog>(data);
    else if (name == QLatin1String("run-task"))
        dialog = std::make_unique<RunTaskDialog>(data);
    else if (name == QLatin1String("build-push"))
        dialog = std::make_unique<BuildPushDialog>(data, repository.name);
    else if (name == QLatin1String("step-adjustments")) {
        scaleApi(data);
        dialog = std::make_unique<StepAdjustmentsDialog>(data, QStringLiteral("api"), 1);
    } else
        dialog =
            std::make_unique<SecretsDialog>(data, std::make_shared<Engine::MemorySecretStore>());
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    if (auto *secrets = qobject_cast<SecretsDialog *>(dialog.get()))
        QTRY_VERIFY(!secrets->isBusy());
    if (auto *images = qobject_cast<BuildPushDialog *>(dialog.get()))
        QTRY_VERIFY_WITH_TIMEOUT(!images->isBusy(), 30000);
    QTest::qWait(50);
    QCOMPARE(dialog->windowTitle(), title);
    save(dialog.get(), QStringLiteral("ja-%1-dialog.png").arg(name));
    checkFits(dialog.get());
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestJapanese test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_japanese.moc"

// What a newcomer sees: the window opened with no saved settings on a laptop's and on a
// desktop's screen, the way `berth FILE` opens it (the file before the window shows). The
// offscreen platform gets both screens, side by side, from a configuration written here.

#include "testsupport.h"

#include "ui/language.h"
#include "ui/panels/defaultlayout.h"
#include "ui/panels/problemspanel.h"
#include "ui/run/runcharts.h"
#include "ui/run/runmode.h"
#include "ui/run/taskspanel.h"
#include "ui/windowactions.h"

#include <QCursor>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>

using namespace Berth;
using namespace Berth::Gui;
using namespace BerthTest;

namespace {

struct Screen
{
    const char *name;
    QRect geometry;
};

const Screen kScreens[] = {
    {"laptop", QRect(0, 0, 1366, 768)},
    {"desktop", QRect(1366, 0, 1600, 1000)},
};

QScreen *screenNamed(const QString &name)
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->name() == name)
            return screen;
    }
    return nullptr;
}

QDockWidget *dockOf(QWidget *panel)
{
    return qobject_cast<QDockWidget *>(panel->parentWidget());
}

QRectF visibleSceneRect(CanvasView *view)
{
    return view->mapToScene(view->viewport()->rect()).boundingRect();
}

} // namespace

class TestFirstLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void windowGeometry_data();
    void windowGeometry();
    void firstLaunch_data();
    void firstLaunch();
    void firstLaunchInJapanese_data();
    void firstLaunchInJapanese();
    void smallCanvasShowsTopLeftAtReadableZoom();
    void runOpensRunPanels();
    void savedSettingsWin();

private:
    /// A window as `berth FILE` makes it, shown on the screen under the cursor.
    static std::unique_ptr<MainWindow> launch(QScreen *screen);
    /// Launches on \a screen and checks what a newcomer sees; saves \a shot if not empty.
    static void checkFirstLaunch(const QString &screen, const QString &shot);
};

void TestFirstLaunch::initTestCase()
{
    initApplication();
    // Settings of their own: other widget tests save window layouts when they close.
    QCoreApplication::setApplicationName(QStringLiteral("BerthFirstLaunchTests"));
    for (const Screen &s : kScreens)
        QVERIFY2(screenNamed(QLatin1String(s.name)), s.name);
}

std::unique_ptr<MainWindow> TestFirstLaunch::launch(QScreen *screen)
{
    // The offscreen platform keeps a cursor per screen and QCursor::pos() reads the primary
    // screen's: put that one on the screen wanted.
    QCursor::setPos(QGuiApplication::primaryScreen(), screen->geometry().center());
    auto window = std::make_unique<MainWindow>();
    window->documents()->setInteractive(false);
    if (!window->openFile(samplePath()))
        qFatal("cannot open the sample project");
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("the window was not exposed");
    QTest::qWait(100); // the canvas frames the design and the docks settle after the show
    return window;
}

void TestFirstLaunch::windowGeometry_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("window");
    // A laptop's screen is nearly all used; larger ones get 85 %, centred.
    QTest::newRow("1366x768") << QRect(0, 0, 1366, 768) << QRect(43, 0, 1280, 720);
    QTest::newRow("1600x1000") << QRect(0, 0, 1600, 1000) << QRect(120, 51, 1360, 850);
    QTest::newRow("1920x1080 under a panel")
        << QRect(0, 32, 1920, 1048) << QRect(144, 86, 1632, 891);
    QTest::newRow("second 2560x1440") << QRect(1920, 0, 2560, 1440) << QRect(2112, 84, 2176, 1224);
    QTest::newRow("1024x600") << QRect(0, 0, 1024, 600) << QRect(8, 0, 1008, 552);
}

void TestFirstLaunch::windowGeometry()
{
    QFETCH(QRect, available);
    QFETCH(QRect, window);
    QCOMPARE(DefaultLayout::windowGeometry(available), window);
}

void TestFirstLaunch::firstLaunch_data()
{
    QTest::addColumn<QString>("screen");
    for (const Screen &s : kScreens)
        QTest::newRow(s.name) << QString::fromLatin1(s.name);
}

void TestFirstLaunch::firstLaunch()
{
    QFETCH(QString, screen);
    checkFirstLaunch(screen, {});
}

void TestFirstLaunch::firstLaunchInJapanese_data()
{
    QTest::addColumn<QString>("screen");
    QTest::newRow("1366x768") << QStringLiteral("laptop");
    QTest::newRow("1600x1000") << QStringLiteral("desktop");
}

// The same first launch with Japanese texts and a Japanese font (wider labels, taller lines).
void TestFirstLaunch::firstLaunchInJapanese()
{
    QFETCH(QString, screen);
    QVERIFY(Language::install(qApp, QStringLiteral("ja")));
    Language::applyFont();
    const auto english = qScopeGuard([] {
        Language::install(qApp, QStringLiteral("en"));
        Language::applyFont();
    });
    checkFirstLaunch(screen, QStringLiteral(BERTH_SCREENSHOT_DIR "/ja-first-launch-%1.png")
                                 .arg(QLatin1String(QTest::currentDataTag())));
}

void TestFirstLaunch::checkFirstLaunch(const QString &screen, const QString &shot)
{
    QScreen *target = screenNamed(screen);
    QVERIFY(target);
    const std::unique_ptr<MainWindow> window = launch(target);
    const QRect available = target->availableGeometry();

    // Most of the screen, all of it on the screen.
    QVERIFY2(window->width() >= available.width() * 8 / 10 &&
                 window->height() >= available.height() * 8 / 10,
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(window->width())
                            .arg(window->height())
                            .arg(available.width())
                            .arg(available.height())));
    QVERIFY(available.contains(window->frameGeometry()));

    // The design at a zoom where the cards' lines can be read, and its cluster whole.
    CanvasView *canvas = window->canvas();
    QVERIFY2(canvas->zoom() >= CanvasView::readableZoom() - 1e-6,
             qPrintable(QString::number(canvas->zoom())));
    const QRectF visible = visibleSceneRect(canvas);
    int clusterCards = 0;
    for (NodeItem *item : window->scene()->nodeItems()) {
        const NodeItem *parent = NodeItem::from(item->parentItem());
        const bool inCluster = parent && parent->ref().name == QLatin1String("production");
        if (item->ref().name == QLatin1String("production") || inCluster) {
            QVERIFY2(visible.contains(item->sceneBoundingRect()), qPrintable(item->ref().name));
            clusterCards += inCluster;
        }
    }
    QCOMPARE(clusterCards, 5); // three instances, two services

    // A clean design's Problems take a few rows, not a third of the window.
    QVERIFY(window->problems()->diagnostics().isEmpty());
    QDockWidget *problems = dockOf(window->problems());
    QVERIFY(problems && problems->isVisible());
    QVERIFY2(problems->height() <= window->height() / 6,
             qPrintable(QStringLiteral("%1 of %2").arg(problems->height()).arg(window->height())));
    QVERIFY(problems->height() >= window->problems()->heightForRows(1));
    QVERIFY(canvas->height() >= window->height() / 2);
    if (!shot.isEmpty()) {
        QVERIFY(window->grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
    }
    qInfo("%s: window %dx%d, zoom %d %%, Problems %d px high, canvas %dx%d", qPrintable(screen),
          window->width(), window->height(), qRound(canvas->zoom() * 100), problems->height(),
          canvas->width(), canvas->height());
}

void TestFirstLaunch::smallCanvasShowsTopLeftAtReadableZoom()
{
    const std::unique_ptr<MainWindow> window = launch(screenNamed(QStringLiteral("laptop")));
    window->resize(1000, 640);
    QTest::qWait(50);
    CanvasView *canvas = window->canvas();
    QCOMPARE(canvas->zoom(), CanvasView::readableZoom());
    // The design starts at the top left of the view, just inside its margin.
    const QRectF content = window->scene()->contentRect();
    const QPoint corner = canvas->mapFromScene(content.topLeft());
    QVERIFY2(corner.x() >= 0 && corner.x() < 60 && corner.y() >= 0 && corner.y() < 60,
             qPrintable(QStringLiteral("%1,%2").arg(corner.x()).arg(corner.y())));
    QVERIFY(!visibleSceneRect(canvas).contains(content));

    // View > Fit shows the whole design, however small.
    window->actions()->fit->trigger();
    QVERIFY(canvas->zoom() < CanvasView::readableZoom());
    QVERIFY(visibleSceneRect(canvas).contains(content));
}

void TestFirstLaunch::runOpensRunPanels()
{
    const std::unique_ptr<MainWindow> window = launch(screenNamed(QStringLiteral("desktop")));
    QDockWidget *tasks = RunMode::dockOf(window->runMode()->tasks());
    QVERIFY(tasks);
    QVERIFY(!tasks->toggleViewAction()->isChecked());
    // Run is disabled for as long as a run lasts; the run's panels come with it.
    window->actions()->run->setEnabled(false);
    QVERIFY(tasks->toggleViewAction()->isChecked());
    QVERIFY(RunMode::dockOf(window->runMode()->charts())->toggleViewAction()->isChecked());
    window->actions()->run->setEnabled(true);
    // Once: a panel closed afterwards stays closed on the next run.
    tasks->close();
    window->actions()->run->setEnabled(false);
    QVERIFY(!tasks->toggleViewAction()->isChecked());
    window->actions()->run->setEnabled(true);
}

void TestFirstLaunch::savedSettingsWin()
{
    QRect saved;
    int problemsHeight = 0;
    {
        const std::unique_ptr<MainWindow> window = launch(screenNamed(QStringLiteral("laptop")));
        window->setGeometry(QRect(QPoint(100, 80), QSize(1100, 640)));
        QDockWidget *problems = dockOf(window->problems());
        window->resizeDocks({problems}, {260}, Qt::Vertical);
        QTest::qWait(50);
        saved = window->geometry();
        problemsHeight = problems->height();
        QVERIFY(problemsHeight > 200);
        QVERIFY(window->close());
    }
    const std::unique_ptr<MainWindow> window = launch(screenNamed(QStringLiteral("desktop")));
    QCOMPARE(window->geometry(), saved);
    QCOMPARE(dockOf(window->problems())->height(), problemsHeight);
}

int main(int argc, char **argv)
{
    QJsonArray screens;
    for (const Screen &s : kScreens) {
        screens.append(QJsonObject{{QStringLiteral("name"), QLatin1String(s.name)},
                                   {QStringLiteral("x"), s.geometry.x()},
                                   {QStringLiteral("y"), s.geometry.y()},
                                   {QStringLiteral("width"), s.geometry.width()},
                                   {QStringLiteral("height"), s.geometry.height()}});
    }
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("screens"), screens}}).toJson()) < 0)
        qFatal("cannot write %s", qPrintable(config));
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestFirstLaunch test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_firstlaunch.moc"

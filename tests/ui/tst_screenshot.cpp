// Saves screenshots of the window with the sample project (main-window.png) to the build
// folder, for a person to look at and for the README. Meant to run under a virtual display
// (xvfb-run); without one it falls back to the offscreen platform.

#include "testsupport.h"

#include "ui/editors/constrainteditor.h"
#include "ui/editors/queryeditor.h"
#include "ui/editors/serviceform.h"
#include "ui/panels/propertypanel.h"
#include "ui/plan/planview.h"

#include <QImage>
#include <QScreen>
#include <QSettings>
#include <QTreeWidget>

using namespace Berth;
using namespace Berth::Gui;
using namespace BerthTest;
using Model::EntityRef;

class TestScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindow();
    void darkPalette();
    void planView();

private:
    static void checkNotBlank(const QImage &image);
};

void TestScreenshot::initTestCase()
{
    initApplication();
    // The window as a newcomer first sees it: no layout saved by other tests' windows.
    QCoreApplication::setApplicationName(QStringLiteral("BerthScreenshotTests"));
    QSettings().clear();
}

void TestScreenshot::checkNotBlank(const QImage &image)
{
    QVERIFY(!image.isNull());
    // A real window has many colours; a blank or black grab has one or two.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
}

void TestScreenshot::mainWindow()
{
    MainWindow window;
    window.documents()->setInteractive(false);
    const QSize screen = QGuiApplication::primaryScreen()->availableSize();
    window.resize(std::min(1600, screen.width()), std::min(1000, screen.height()));
    window.move(0, 0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(samplePath()));
    // Show something worth seeing: the api service, its placement constraint being edited
    // and the instances it selects outlined.
    window.editor()->edit(QStringLiteral("constraint"), [](Model::ProjectData &d) {
        d.service(QStringLiteral("api"))->placementConstraints
            << Model::PlacementConstraint{QStringLiteral("memberOf"), {}};
    });
    window.editor()->undoStack()->clear();
    window.editor()->markSaved();
    window.selectEntity(EntityRef::service(QStringLiteral("api")));
    auto *form = qobject_cast<ServiceForm *>(window.properties()->currentForm());
    QVERIFY(form);
    QueryEditor *query = form->constraints()->queryEditor();
    query->setText(QStringLiteral("attribute:ecs.availability-zone in [us-east-1a]"));
    Q_EMIT query->submitted();
    QTest::qWait(400); // the problems panel validates after a pause; let everything paint
    window.canvas()->showContentsReadable();
    QTest::qWait(200);

    const QImage shot = window.grab().toImage();
    checkNotBlank(shot);
    const QString file = QStringLiteral(BERTH_SCREENSHOT_DIR "/main-window.png");
    QVERIFY(shot.save(file));
    qInfo("screenshot: %s (%dx%d, platform %s)", qPrintable(file), shot.width(), shot.height(),
          qPrintable(QGuiApplication::platformName()));
}

void TestScreenshot::darkPalette()
{
    // The window follows the system palette: a dark one gives a dark canvas and cards.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x36, 0x38, 0x3d));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3b, 0x82, 0xf6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Mid, QColor(0x4a, 0x4c, 0x52));
    const QPalette light = QApplication::palette();
    QApplication::setPalette(dark);
    {
        MainWindow window;
        window.documents()->setInteractive(false);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(samplePath()));
        window.selectEntity(EntityRef::taskDefinition(QStringLiteral("front")));
        QTest::qWait(300);
        const QImage shot = window.grab().toImage();
        checkNotBlank(shot);
        // The canvas background is the palette's base colour.
        const QPoint corner = window.canvas()->mapTo(&window, QPoint(8, 8));
        QVERIFY(qGray(shot.pixel(corner)) < 80);
        QVERIFY(shot.save(QStringLiteral(BERTH_SCREENSHOT_DIR "/main-window-dark.png")));
    }
    QApplication::setPalette(light);
}

void TestScreenshot::planView()
{
    MainWindow window;
    window.documents()->setInteractive(false);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(samplePath()));
    // One service asks for more than the instances hold: the plan shows why.
    window.editor()->edit(QStringLiteral("more"), [](Model::ProjectData &d) {
        d.service(QStringLiteral("api"))->desiredCount = 24;
    });
    window.showPlan();
    QTreeWidget *services = window.planView()->services();
    for (int i = 0; i < services->topLevelItemCount(); ++i) {
        if (services->topLevelItem(i)->text(0) == QLatin1String("api"))
            services->setCurrentItem(services->topLevelItem(i));
    }
    QTest::qWait(300);
    const QImage shot = window.grab().toImage();
    checkNotBlank(shot);
    QVERIFY(shot.save(QStringLiteral(BERTH_SCREENSHOT_DIR "/plan-view.png")));
}

int main(int argc, char **argv)
{
    // ctest may run everything offscreen; a screenshot wants the real X server when there is one.
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    else
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestScreenshot test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenshot.moc"

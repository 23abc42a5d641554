#pragma once

// Shared set-up of the widget tests: an isolated settings and autosave location, the
// sample project, and a window that never opens a dialog.

#include "model/project.h"
#include "model/projectfile.h"
#include "ui/canvas/canvasview.h"
#include "ui/canvas/nodeitem.h"
#include "ui/canvas/projectscene.h"
#include "ui/commands/projecteditor.h"
#include "ui/files/documentcontroller.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace BerthTest {

inline void initApplication()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BerthTests"));
    QCoreApplication::setApplicationName(QStringLiteral("BerthTests"));
}

inline QString samplePath()
{
    QString root = qEnvironmentVariable("BERTH_SOURCE_DIR");
    if (root.isEmpty())
        root = QStringLiteral(BERTH_TEST_SOURCE_DIR);
    return QDir(root).filePath(QStringLiteral("resources/samples/web-api.berth"));
}

inline Berth::Model::ProjectData sampleData()
{
    const auto loaded = Berth::Model::ProjectFile::load(samplePath());
    if (!loaded.ok())
        qFatal("cannot load the sample project: %s", qPrintable(loaded.error));
    return *loaded.data;
}

/// A window with the sample project open, shown, and with dialogs turned off.
inline std::unique_ptr<Berth::Gui::MainWindow> sampleWindow()
{
    auto window = std::make_unique<Berth::Gui::MainWindow>();
    window->documents()->setInteractive(false);
    window->resize(1400, 900);
    window->show();
    if (!window->openFile(samplePath()))
        qFatal("cannot open the sample project");
    window->canvas()->resetZoom();
    window->canvas()->centerOn(500, 250);
    QCoreApplication::processEvents();
    return window;
}

/// Where a scene point is in the canvas's viewport.
inline QPoint viewportPoint(Berth::Gui::MainWindow *w, QPointF scenePos)
{
    return w->canvas()->mapFromScene(scenePos);
}

inline QPointF centerOf(Berth::Gui::NodeItem *item)
{
    return item->mapToScene(QRectF(QPointF(), item->size()).center());
}

inline QPointF handleOf(Berth::Gui::NodeItem *item)
{
    return item->mapToScene(item->linkHandleRect().center());
}

/// Presses at one scene point, moves in steps and releases at another, with real mouse
/// events on the canvas's viewport.
inline void dragOnCanvas(Berth::Gui::MainWindow *w, QPointF from, QPointF to)
{
    QWidget *viewport = w->canvas()->viewport();
    const QPoint a = viewportPoint(w, from);
    const QPoint b = viewportPoint(w, to);
    QTest::mousePress(viewport, Qt::LeftButton, {}, a);
    for (int i = 1; i <= 6; ++i)
        QTest::mouseMove(viewport, a + (b - a) * i / 6);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, b);
    QCoreApplication::processEvents();
}

} // namespace BerthTest

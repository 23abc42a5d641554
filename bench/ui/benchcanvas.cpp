// Two figures for the designer window, on the offscreen platform (no display needed):
//
//  1. Pan: a design of 5,000 canvas items (clusters, instances, services, task definitions,
//     load balancers, target groups) in a 1600x1000 window; the canvas is panned in small
//     steps and repainted after each, as a drag would; prints the frame time p50/p95/max at
//     100 % and at a zoom that shows the whole design. Target: p95 <= 16.7 ms.
//  2. Open: a 500-service project is written to a file, then opened in a new main window
//     (load, layout check, canvas, outline, validation for the problems panel) and the
//     window is drawn once. Target: <= 1 s.
//
//   berth-bench-canvas [--frames N]

#include "model/project.h"
#include "model/projectfile.h"
#include "ui/canvas/autolayout.h"
#include "ui/canvas/canvasview.h"
#include "ui/canvas/linkitem.h"
#include "ui/canvas/nodeitem.h"
#include "ui/canvas/projectscene.h"
#include "ui/commands/projecteditor.h"
#include "ui/entityfactory.h"
#include "ui/files/documentcontroller.h"
#include "ui/mainwindow.h"
#include "ui/panels/problemspanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsItem>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace Berth;
using namespace Berth::Gui;

namespace {

QTextStream out(stdout);

/// clusters x instances, services per cluster, and the rest around them.
Model::ProjectData design(int clusters, int instancesPerCluster, int servicesPerCluster,
                          int families, int targetGroups, int loadBalancers)
{
    Model::ProjectData d;
    d.name = QStringLiteral("bench");
    for (int f = 0; f < families; ++f) {
        d.registerTaskDefinition(
            EntityFactory::defaultTaskDefinition(QStringLiteral("family-%1").arg(f)));
    }
    for (int t = 0; t < targetGroups; ++t) {
        Model::TargetGroup tg;
        tg.name = QStringLiteral("tg-%1").arg(t);
        tg.port = 8080;
        d.targetGroups << tg;
    }
    for (int l = 0; l < loadBalancers; ++l) {
        Model::LoadBalancer lb;
        lb.name = QStringLiteral("alb-%1").arg(l);
        Model::Listener listener;
        listener.defaultTargetGroup = QStringLiteral("tg-%1").arg(l % std::max(1, targetGroups));
        lb.listeners << listener;
        d.loadBalancers << lb;
    }
    const char *zones[] = {"us-east-1a", "us-east-1b", "us-east-1c"};
    for (int c = 0; c < clusters; ++c) {
        Model::Cluster cluster;
        cluster.name = QStringLiteral("cluster-%1").arg(c);
        for (int i = 0; i < instancesPerCluster; ++i)
            cluster.instances << Model::ContainerInstance::ofType(QStringLiteral("i-%1").arg(i),
                                                                  QStringLiteral("t3.large"),
                                                                  QLatin1String(zones[i % 3]));
        d.clusters << cluster;
        for (int s = 0; s < servicesPerCluster; ++s) {
            Model::Service service;
            service.name = QStringLiteral("svc-%1-%2").arg(c).arg(s);
            service.cluster = cluster.name;
            service.desiredCount = 2;
            service.taskDefinition = QStringLiteral("family-%1").arg((c * 7 + s) % families);
            if (targetGroups > 0)
                service.loadBalancers << Model::ServiceLoadBalancer{
                    QStringLiteral("tg-%1").arg((c + s) % targetGroups), QStringLiteral("app"),
                    8080};
            d.services << service;
        }
    }
    AutoLayout::arrange(d);
    return d;
}

struct Stats
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
    double cpuP50 = 0; ///< the same frames in this thread's CPU time: what the work costs
    double cpuP95 = 0; ///< when other processes share the cores
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

Stats statsOf(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms.at(std::min(ms.size() - 1, size_t(q * ms.size()))); };
    return {at(0.5), at(0.95), ms.back()};
}

/// One frame of a drag: the view scrolls, then paints what the scroll exposed (Qt moves
/// the rest of the picture), as the event loop would. With full, every frame repaints the
/// whole viewport instead: the worst case, as after a zoom.
Stats pan(CanvasView &view, int frames, bool full)
{
    QScrollBar *h = view.horizontalScrollBar();
    QScrollBar *v = view.verticalScrollBar();
    std::vector<double> ms;
    std::vector<double> cpu;
    ms.reserve(frames);
    cpu.reserve(frames);
    QElapsedTimer timer;
    int dx = 12;
    int dy = 7;
    for (int i = 0; i < frames; ++i) {
        timer.start();
        const double cpuStart = threadCpuMs();
        if (h->value() + dx > h->maximum() || h->value() + dx < h->minimum())
            dx = -dx;
        if (v->value() + dy > v->maximum() || v->value() + dy < v->minimum())
            dy = -dy;
        h->setValue(h->value() + dx);
        v->setValue(v->value() + dy);
        if (full)
            view.viewport()->repaint();
        else
            QCoreApplication::sendPostedEvents(); // the scroll's paint request, delivered now
        ms.push_back(timer.nsecsElapsed() / 1e6);
        cpu.push_back(threadCpuMs() - cpuStart);
    }
    Stats s = statsOf(ms);
    const Stats c = statsOf(cpu);
    s.cpuP50 = c.p50;
    s.cpuP95 = c.p95;
    return s;
}

void benchPan(int frames)
{
    // 40 clusters of 100 instances and 20 services, 100 families, 60 target groups and
    // 40 load balancers: 40 + 4,000 + 800 + 100 + 60 + 40 = 5,040 items, 1,640 links.
    QElapsedTimer build;
    build.start();
    Model::Project project;
    project.reset(design(40, 100, 20, 100, 60, 40), {});
    ProjectEditor editor(&project);
    ProjectScene scene(&editor);
    const qint64 syncMs = build.elapsed();
    CanvasView view(&scene);
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();
    int items = 0;
    for (QGraphicsItem *item : scene.items())
        items += item->type() == QGraphicsItem::UserType + 1 ||
                 item->type() == QGraphicsItem::UserType + 2;
    out << "pan: " << items << " items, " << scene.links().size() << " links (scene built in "
        << syncMs << " ms)\n";

    view.resetZoom();
    view.centerOn(scene.contentRect().topLeft() + QPointF(1200, 800));
    const auto report = [&](const QString &what, bool full) {
        const Stats s = pan(view, frames, full);
        out << QStringLiteral("  %1 (%2): frame p50 %3 ms, p95 %4 ms, max %5 ms; "
                              "CPU p50 %6 ms, p95 %7 ms\n")
                   .arg(what, full ? QStringLiteral("full repaint") : QStringLiteral("pan"))
                   .arg(s.p50, 0, 'f', 2)
                   .arg(s.p95, 0, 'f', 2)
                   .arg(s.max, 0, 'f', 2)
                   .arg(s.cpuP50, 0, 'f', 2)
                   .arg(s.cpuP95, 0, 'f', 2);
        out.flush();
        return s;
    };
    const Stats at100 = report(QStringLiteral("100 %"), false);
    report(QStringLiteral("100 %"), true);
    view.setZoom(0.5);
    report(QStringLiteral(" 50 %"), false);
    report(QStringLiteral(" 50 %"), true);
    view.setZoom(0.25);
    report(QStringLiteral(" 25 %"), false);
    report(QStringLiteral(" 25 %"), true);
    out << QStringLiteral("  target p95 <= 16.7 ms when panning at 100 %: %1\n")
               .arg(at100.p95 <= 16.7 ? QStringLiteral("met") : QStringLiteral("NOT met"));
    out.flush();
}

void benchOpen()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("500-services.berth"));
    // 25 clusters of 8 instances with 20 services each, 50 families, 25 target groups.
    if (!Model::ProjectFile::save(design(25, 8, 20, 50, 25, 5), file))
        qFatal("cannot write the project");
    out << "open: " << file << " (" << QFileInfo(file).size() / 1024 << " KiB, 500 services)\n";

    QElapsedTimer timer;
    timer.start();
    MainWindow window;
    window.documents()->setInteractive(false);
    window.resize(1600, 1000);
    window.show();
    QCoreApplication::processEvents();
    const qint64 windowMs = timer.restart();
    if (!window.openFile(file))
        qFatal("cannot open the project");
    const qint64 openMs = timer.elapsed();
    window.problems()->refreshNow();
    const qint64 validateMs = timer.elapsed() - openMs;
    QCoreApplication::processEvents();
    window.repaint();
    const QImage frame = window.grab().toImage();
    const qint64 totalMs = timer.elapsed();
    out << QStringLiteral(
               "  empty window %1 ms; then open %2 ms (load, canvas, outline), validation "
               "%3 ms, first frame drawn at %4 ms\n")
               .arg(windowMs)
               .arg(openMs)
               .arg(validateMs)
               .arg(totalMs);
    out << QStringLiteral("  target open + draw <= 1000 ms: %1 (%2 problems listed, frame %3x%4)\n")
               .arg(totalMs <= 1000 ? QStringLiteral("met") : QStringLiteral("NOT met"))
               .arg(window.problems()->diagnostics().size())
               .arg(frame.width())
               .arg(frame.height());
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BerthBench"));
    QCoreApplication::setApplicationName(QStringLiteral("BerthBench"));
    int frames = 300;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--frames"))
            frames = std::max(20, args.at(i + 1).toInt());
    }
    out << "berth-bench-canvas (" << QGuiApplication::platformName() << ", "
#ifdef NDEBUG
        << "release"
#else
        << "debug build: figures are pessimistic"
#endif
        << ")\n";
    benchPan(frames);
    benchOpen();
    return 0;
}

// The window stays responsive during a run: a design of N tasks (default 100, demo image,
// four services on five instances) runs in the main window on the offscreen platform, with
// the canvas, the tasks table and the charts shown. A 10 ms probe timer records how late
// each of its ticks comes while snapshots arrive every second: from Run until every task is
// RUNNING (start-up), then for S more seconds (steady). Prints p50/p95/p99/max lateness of
// each phase. Target: p99 < 50 ms. Needs Docker; removes what it started.
//
//   berth-bench-runmode [--tasks N] [--seconds S] [--trace]
//
// --trace names each event that keeps the GUI thread busy for more than 30 ms.

#include "engine/docker/dockerclient.h"
#include "engine/runtime/engine.h"
#include "model/project.h"
#include "ui/canvas/canvasview.h"
#include "ui/commands/projecteditor.h"
#include "ui/files/documentcontroller.h"
#include "ui/mainwindow.h"
#include "ui/run/runcharts.h"
#include "ui/run/runcontroller.h"
#include "ui/run/runmode.h"
#include "ui/run/runoverlay.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace Berth;
using namespace Berth::Gui;

namespace {

QTextStream out(stdout);
const QString kProject = QStringLiteral("bench-runmode");

Model::ProjectData design(int tasks)
{
    Model::ProjectData d;
    d.name = kProject;
    Model::Cluster c;
    c.name = QStringLiteral("bench");
    c.frame = QRectF(0, 0, 1060, 400);
    for (int i = 0; i < 5; ++i) {
        Model::ContainerInstance in = Model::ContainerInstance::ofType(
            QStringLiteral("i%1").arg(i + 1), QStringLiteral("m5.2xlarge"),
            i % 2 ? QStringLiteral("us-east-1b") : QStringLiteral("us-east-1a"));
        in.position = QPointF(20 + i * 205, 50);
        c.instances << in;
    }
    d.clusters << c;
    const int services = 4;
    for (int s = 0; s < services; ++s) {
        const QString name = QStringLiteral("svc%1").arg(s + 1);
        const QJsonObject container{
            {"name", "web"},
            {"image", "berth/demo:1"},
            {"cpu", 32},
            {"memory", 32},
            {"essential", true},
            {"portMappings", QJsonArray{QJsonObject{{"containerPort", 8080}, {"hostPort", 0}}}}};
        d.registerTaskDefinition(
            QJsonObject{{"family", name}, {"containerDefinitions", QJsonArray{container}}});
        d.taskDefinitions.last().setPosition(QPointF(1120, 40 + s * 120));
        Model::Service svc;
        svc.name = name;
        svc.cluster = c.name;
        svc.taskDefinition = name;
        svc.desiredCount = tasks / services + (s < tasks % services ? 1 : 0);
        svc.position = QPointF(20 + s * 250, 200);
        svc.placementStrategy << Model::PlacementStrategy{QStringLiteral("spread"),
                                                          QStringLiteral("instanceId")};
        d.services << svc;
    }
    return d;
}

struct Phase
{
    std::vector<double> lateness;
    void report(const char *name) const
    {
        if (lateness.empty()) {
            out << name << ": no samples" << Qt::endl;
            return;
        }
        std::vector<double> v = lateness;
        std::sort(v.begin(), v.end());
        const auto at = [&](double q) { return v[size_t(q * double(v.size() - 1))]; };
        out << QStringLiteral("%1: %2 ticks, lateness p50 %3 ms, p95 %4 ms, p99 %5 ms, max %6 ms")
                   .arg(QLatin1String(name))
                   .arg(v.size())
                   .arg(at(0.5), 0, 'f', 1)
                   .arg(at(0.95), 0, 'f', 1)
                   .arg(at(0.99), 0, 'f', 1)
                   .arg(v.back(), 0, 'f', 1)
            << Qt::endl;
    }
};

/// With --trace: names every event that keeps the GUI thread for more than 30 ms.
class TracingApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool trace = false;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Only the GUI thread's events: the engine's own thread may take its time.
        if (!trace || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        QElapsedTimer clock;
        clock.start();
        const int type = event->type();
        const bool result = QApplication::notify(receiver, event);
        const double ms = clock.nsecsElapsed() / 1e6;
        if (ms > 30)
            out << QStringLiteral("  event %1 to %2 (%3) took %4 ms")
                       .arg(type)
                       .arg(QLatin1String(receiver->metaObject()->className()),
                            receiver->objectName())
                       .arg(ms, 0, 'f', 1)
                << Qt::endl;
        return result;
    }
};

int argument(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    TracingApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BerthBench"));
    const QStringList args = app.arguments();
    app.trace = args.contains(QStringLiteral("--trace"));
    const int tasks = argument(args, QStringLiteral("--tasks"), 100);
    const int seconds = argument(args, QStringLiteral("--seconds"), 30);

    Engine::Docker::DockerClient docker;
    if (!docker.ping().ok()) {
        out << "berth-bench-runmode: no Docker daemon answers" << Qt::endl;
        return 2;
    }
    Engine::Engine::removeProjectResources(docker, kProject, nullptr);

    MainWindow window;
    window.documents()->setInteractive(false);
    window.resize(1600, 1000);
    window.show();
    window.editor()->resetDocument(design(tasks), QString());
    window.canvas()->fitToContents();
    RunMode *run = window.runMode();
    run->setConfirmation([](const Model::ProjectData &) { return true; });
    if (QDockWidget *charts = RunMode::dockOf(run->charts())) {
        charts->show();
        charts->raise();
    }

    Phase startup, steady, stopping;
    Phase *phase = &startup;
    QElapsedTimer clock;
    QElapsedTimer total;
    total.start();
    qint64 last = 0;
    double lastCpu = 0;
    const auto threadCpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    };
    // The kernel's count of how long this thread stood ready to run but had no core.
    const auto runQueueWaitMs = [] {
        QFile f(QStringLiteral("/proc/thread-self/schedstat"));
        if (!f.open(QIODevice::ReadOnly))
            return 0.0;
        const QList<QByteArray> fields = f.readAll().split(' ');
        return fields.size() > 1 ? fields.at(1).toDouble() / 1e6 : 0.0;
    };
    double lastWait = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double cpu = threadCpuMs();
        const double wait = runQueueWaitMs();
        if (last > 0) {
            const double late = std::max(0.0, (now - last) / 1e6 - 10.0);
            phase->lateness.push_back(late);
            // The GUI thread's own CPU time over the same interval: busy, or waiting for a
            // core while other processes have both.
            if (late > 40)
                out << QStringLiteral("  a tick %1 ms late at %2 s (of the %3 ms the GUI thread "
                                      "ran %4 ms and waited %5 ms for a free core)")
                           .arg(late, 0, 'f', 1)
                           .arg(total.elapsed() / 1000.0, 0, 'f', 1)
                           .arg((now - last) / 1e6, 0, 'f', 1)
                           .arg(cpu - lastCpu, 0, 'f', 1)
                           .arg(wait - lastWait, 0, 'f', 1)
                    << Qt::endl;
        }
        last = now;
        lastCpu = cpu;
        lastWait = wait;
    });

    int snapshots = 0;
    int running = 0;
    int chips = 0;
    qint64 allRunningAt = -1;
    QObject::connect(run->controller(), &RunController::snapshotReady,
                     [&](const Engine::EngineSnapshot &s) {
                         ++snapshots;
                         chips = std::max(chips, run->overlay()->chipCount());
                         running = 0;
                         for (const Engine::Task &t : s.tasks)
                             running += t.lastStatus == Engine::TaskStatus::Running;
                         if (allRunningAt < 0 && running >= tasks) {
                             allRunningAt = total.elapsed();
                             phase = &steady;
                             out << QStringLiteral("all %1 tasks RUNNING after %2 s")
                                        .arg(tasks)
                                        .arg(allRunningAt / 1000.0, 0, 'f', 1)
                                 << Qt::endl;
                             QTimer::singleShot(seconds * 1000, &app, [&] {
                                 phase = &stopping;
                                 run->down();
                             });
                         }
                     });
    QObject::connect(run->controller(), &RunController::stateChanged,
                     [&](RunController::State state) {
                         if (state == RunController::State::Idle && total.elapsed() > 1000)
                             QTimer::singleShot(3000, &app, &QCoreApplication::quit);
                     });
    // Give up if the run never gets all its tasks going.
    QTimer::singleShot(600 * 1000, &app, [&] {
        if (allRunningAt < 0) {
            out << QStringLiteral("only %1 of %2 tasks RUNNING after 600 s").arg(running).arg(tasks)
                << Qt::endl;
            phase = &stopping;
            run->down();
        }
    });

    // The window's first paint is not the run's: let it happen before the probe starts.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    clock.start();
    total.restart();
    probe.start();
    if (!run->start()) {
        out << "berth-bench-runmode: the run did not start" << Qt::endl;
        return 1;
    }
    app.exec();
    probe.stop();

    out << QStringLiteral("berth-bench-runmode: %1 tasks, %2 snapshots, at most %3 chips on "
                          "the canvas, platform %4")
               .arg(tasks)
               .arg(snapshots)
               .arg(chips)
               .arg(QGuiApplication::platformName())
        << Qt::endl;
    startup.report("start-up (Run until all RUNNING)");
    steady.report("steady (all RUNNING, snapshots each second)");
    stopping.report("Down (stopping and removing every task)");
    Engine::Engine::removeProjectResources(docker, kProject, nullptr);
    return 0;
}

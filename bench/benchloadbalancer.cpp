// berth-bench-loadbalancer: requests/s and p99 through Berth's HAProxy to 4 demo tasks (wrk,
// 10 s, loopback) next to the same load sent straight to one task, and the time from a task
// RUNNING to its target healthy (health check interval 1 s, healthy threshold 2).
// Needs Docker, haproxy and wrk. Not a test.
#include "bench/benchproject.h"
#include "engine/runtime/enginehost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace Berth::Engine;
using namespace Berth::Model;

namespace {

constexpr int kPort = 18282;
constexpr int kTasks = 4;

ProjectData benchProject()
{
    return BerthBench::demoBehindLoadBalancer(QStringLiteral("bench-lb"), kPort, kTasks);
}

struct WrkResult
{
    double requestsPerSecond = 0;
    QString p99;
    QString errors;
};

WrkResult wrk(const QString &url)
{
    QProcess p;
    p.start(QStringLiteral("wrk"), {QStringLiteral("-t2"), QStringLiteral("-c32"),
                                    QStringLiteral("-d10s"), QStringLiteral("--latency"), url});
    p.waitForFinished(30000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    WrkResult r;
    static const QRegularExpression rps(QStringLiteral("Requests/sec:\\s+([0-9.]+)"));
    static const QRegularExpression p99(QStringLiteral("\\s99%\\s+(\\S+)"));
    static const QRegularExpression errors(QStringLiteral("(Socket errors:.*|Non-2xx.*)"));
    r.requestsPerSecond = rps.match(out).captured(1).toDouble();
    r.p99 = p99.match(out).captured(1);
    auto it = errors.globalMatch(out);
    while (it.hasNext())
        r.errors += it.next().captured(1) + u' ';
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    EngineHost host;
    QHash<QString, qint64> runningAt;
    QList<qint64> toHealthy;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&host, &EngineHost::taskChanged, &app, [&](const Task &t) {
        if (t.lastStatus == TaskStatus::Running && !runningAt.contains(t.id))
            runningAt.insert(t.id, clock.elapsed());
    });
    QObject::connect(&host, &EngineHost::notice, &app,
                     [&](const QString &n) { out << "notice: " << n << Qt::endl; });
    bool measured = false;
    QObject::connect(&host, &EngineHost::snapshotReady, &app, [&](const EngineSnapshot &s) {
        if (measured || s.loadBalancers.isEmpty())
            return;
        const LoadBalancerStatus &lb = s.loadBalancers.first();
        int healthy = 0;
        for (const TargetHealth &t : lb.targets) {
            if (t.state != QLatin1String("healthy"))
                continue;
            ++healthy;
            if (runningAt.contains(t.taskId)) {
                toHealthy << clock.elapsed() - runningAt.take(t.taskId);
            }
        }
        if (healthy < kTasks)
            return;
        measured = true;
        QTimer::singleShot(0, &app, [&, lb, s] {
            std::sort(toHealthy.begin(), toHealthy.end());
            out << "RUNNING -> target healthy (interval 1 s, threshold 2), ms:";
            for (qint64 ms : toHealthy)
                out << ' ' << ms;
            out << " (sampled once a second)" << Qt::endl;
            const TargetHealth one = lb.targets.first();
            // Straight to one task two ways: its instance address and host port (Docker's
            // userland proxy on the loopback), and its container's own address.
            QString containerAddress;
            for (const Task &t : s.tasks) {
                if (t.id == one.taskId && !t.containers.isEmpty())
                    containerAddress = t.containers.first().networkAddress;
            }
            const WrkResult direct =
                wrk(QStringLiteral("http://%1:%2/").arg(one.address).arg(one.port));
            const WrkResult inside = containerAddress.isEmpty()
                                         ? WrkResult{}
                                         : wrk(QStringLiteral("http://%1:8080/")
                                                   .arg(containerAddress));
            const WrkResult through = wrk(lb.listeners.first().url);
            out << QStringLiteral("direct to one task (instance address, host port): %1 req/s, "
                                  "p99 %2 %3")
                       .arg(direct.requestsPerSecond, 0, 'f', 0)
                       .arg(direct.p99, direct.errors)
                << Qt::endl;
            out << QStringLiteral("direct to one task (container address %1): %2 req/s, p99 %3 %4")
                       .arg(containerAddress)
                       .arg(inside.requestsPerSecond, 0, 'f', 0)
                       .arg(inside.p99, inside.errors)
                << Qt::endl;
            out << QStringLiteral("through the ALB (%1 tasks): %2 req/s, p99 %3 %4")
                       .arg(kTasks)
                       .arg(through.requestsPerSecond, 0, 'f', 0)
                       .arg(through.p99, through.errors)
                << Qt::endl;
            if (direct.requestsPerSecond > 0)
                out << QStringLiteral("ratio ALB/direct (host port): %1")
                           .arg(through.requestsPerSecond / direct.requestsPerSecond, 0, 'f', 2)
                    << Qt::endl;
            if (inside.requestsPerSecond > 0)
                out << QStringLiteral("ratio ALB/direct (container address): %1")
                           .arg(through.requestsPerSecond / inside.requestsPerSecond, 0, 'f', 2)
                    << Qt::endl;
            host.stopAll();
        });
    });
    QObject::connect(&host, &EngineHost::allStopped, &app, [] { QCoreApplication::exit(0); });
    QTimer::singleShot(180000, &app, [&] {
        out << "timed out waiting for healthy targets" << Qt::endl;
        host.stopAll();
    });
    host.start(benchProject());
    return QCoreApplication::exec();
}

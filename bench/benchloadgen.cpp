// berth-bench-loadgen: how closely Berth's open-loop load generator holds its set rate through
// an ALB of a real run (4 demo tasks behind Berth's HAProxy), at 500 to 5,000 requests/s, and
// the CPU it uses for that next to wrk's at the same achieved rate (wrk paced by its delay()
// hook, the connection count calibrated to the rate; closed-loop wrk at full speed for
// reference). Each generator runs as a child
// process so that wait4() gives its own CPU time, the engine's not counted.
// Needs Docker, haproxy and wrk. Not a test.
//   berth-bench-loadgen [SECONDS]      seconds per rate (default 10)
#include "bench/benchproject.h"
#include "engine/lb/loadgenerator.h"
#include "engine/runtime/enginehost.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTextStream>
#include <QTimer>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cmath>

extern char **environ;

using namespace Berth::Engine;
using namespace Berth::Model;

namespace {

constexpr int kPort = 18673;
constexpr int kTasks = 4;

ProjectData benchProject()
{
    return BerthBench::demoBehindLoadBalancer(QStringLiteral("bench-loadgen"), kPort, kTasks);
}

struct ChildRun
{
    QString output;
    double cpuSeconds = 0;
};

// Runs a program to its end and returns its standard output and the CPU it used (user +
// system, from wait4's rusage).
ChildRun runChild(const QStringList &command)
{
    ChildRun result;
    QTemporaryFile out;
    out.open();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out.handle(), STDOUT_FILENO);
    QList<QByteArray> bytes;
    for (const QString &c : command)
        bytes << c.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return result;
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    result.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                        double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    QFile read(out.fileName());
    read.open(QIODevice::ReadOnly);
    result.output = QString::fromUtf8(read.readAll());
    return result;
}

// The child: one load run, its summary on standard output.
int generate(const QString &url, double rate, double seconds)
{
    LoadSettings settings;
    settings.url = url;
    settings.rate = rate;
    settings.durationSeconds = seconds;
    double worst = 1e9;
    double best = 0;
    LoadGenerator generator(settings);
    const LoadSummary s = generator.run([&](const LoadSample &sample) {
        // Whole seconds of the run only: the tail after the last request is partial.
        if (sample.second <= int(seconds)) {
            worst = std::min(worst, double(sample.answered));
            best = std::max(best, double(sample.answered));
        }
    });
    QTextStream(stdout) << "achieved " << s.achievedRate << " answered " << s.totals.answered
                        << " errors " << s.totals.errors() << " worst " << worst << " best " << best
                        << " p50 " << s.totals.latency.p50 << " p99 " << s.totals.latency.p99
                        << Qt::endl;
    return 0;
}

double field(const QString &text, const QString &name)
{
    const QRegularExpression re(name + QStringLiteral("\\s+([0-9.e+-]+)"));
    return re.match(text).captured(1).toDouble();
}

void measure(QTextStream &out, const QString &self, const QString &url, int seconds)
{
    struct Point
    {
        double rate;
        double cpu;
    };
    QList<Point> berth;
    out << "Berth's generator, " << seconds << " s per rate, through the ALB (" << kTasks
        << " demo tasks):" << Qt::endl;
    for (int rate : {500, 1000, 2000, 3000, 4000, 5000}) {
        const ChildRun r = runChild({self, QStringLiteral("--generate"), url, QString::number(rate),
                                     QString::number(seconds)});
        const double achieved = field(r.output, QStringLiteral("achieved"));
        out << QStringLiteral("  set %1/s: achieved %2/s (%3 %), worst second %4, best %5, "
                              "errors %6, p50 %7 ms, p99 %8 ms, CPU %9 s = %10 us/request")
                   .arg(rate)
                   .arg(achieved, 0, 'f', 1)
                   .arg((achieved - rate) * 100.0 / rate, 0, 'f', 2)
                   .arg(field(r.output, QStringLiteral("worst")))
                   .arg(field(r.output, QStringLiteral("best")))
                   .arg(field(r.output, QStringLiteral("errors")))
                   .arg(field(r.output, QStringLiteral("p50")) / 1000.0, 0, 'f', 2)
                   .arg(field(r.output, QStringLiteral("p99")) / 1000.0, 0, 'f', 2)
                   .arg(r.cpuSeconds, 0, 'f', 3)
                   .arg(achieved > 0 ? r.cpuSeconds * 1e6 / (achieved * seconds) : 0, 0, 'f', 1)
            << Qt::endl;
        berth << Point{achieved, r.cpuSeconds / seconds};
    }
    out << "wrk (closed loop, 1 thread), " << seconds << " s per connection count:" << Qt::endl;
    QList<Point> wrk;
    for (int connections : {1, 2, 4, 8}) {
        const ChildRun r = runChild({QStringLiteral("wrk"), QStringLiteral("-t1"),
                                     QStringLiteral("-c%1").arg(connections),
                                     QStringLiteral("-d%1s").arg(seconds), url});
        const double achieved = field(r.output, QStringLiteral("Requests/sec:"));
        out << QStringLiteral("  %1 connections: %2/s, CPU %3 s = %4 us/request")
                   .arg(connections)
                   .arg(achieved, 0, 'f', 1)
                   .arg(r.cpuSeconds, 0, 'f', 3)
                   .arg(achieved > 0 ? r.cpuSeconds * 1e6 / (achieved * seconds) : 0, 0, 'f', 1)
            << Qt::endl;
        wrk << Point{achieved, r.cpuSeconds / seconds};
    }
    // wrk paced to Berth's rates: each connection waits 1 ms (wrk's delay() hook) after each
    // answer, and the connection count is calibrated in a short run so that the achieved rate
    // comes near the set one. This is the comparison at equal achieved rate: wrk then pays for
    // its timers and idle wake-ups as an open-loop generator does.
    QTemporaryFile script(QDir::tempPath() + QStringLiteral("/berth-wrk-XXXXXX.lua"));
    script.open();
    script.write("function delay() return 1 end\n");
    script.flush();
    const auto paced = [&](int connections, int secs) {
        return runChild({QStringLiteral("wrk"), QStringLiteral("-t1"),
                         QStringLiteral("-c%1").arg(connections), QStringLiteral("-d%1s").arg(secs),
                         QStringLiteral("-s"), script.fileName(), url});
    };
    out << "wrk paced (1 thread, 1 ms between a connection's requests), " << seconds
        << " s per rate, and Berth's CPU next to it:" << Qt::endl;
    for (const Point &b : std::as_const(berth)) {
        int connections = std::max(1, int(std::lround(b.rate / 1000.0)));
        for (int round = 0; round < 3; ++round) {
            const double got =
                field(paced(connections, 2).output, QStringLiteral("Requests/sec:"));
            if (got <= 0)
                break;
            const int better = std::max(1, int(std::lround(connections * b.rate / got)));
            if (better == connections)
                break;
            connections = better;
        }
        const ChildRun r = paced(connections, seconds);
        const double achieved = field(r.output, QStringLiteral("Requests/sec:"));
        const double wrkCpu = r.cpuSeconds / seconds;
        // Per request, so that a few percent of rate difference does not count.
        const double wrkAtRate = achieved > 0 ? wrkCpu / achieved * b.rate : 0;
        out << QStringLiteral("  at %1/s: wrk %2 connections %3/s, %4 us/request; Berth %5 "
                              "us/request: ratio %6 (closed-loop wrk at %7/s: %8)")
                   .arg(b.rate, 0, 'f', 0)
                   .arg(connections)
                   .arg(achieved, 0, 'f', 0)
                   .arg(achieved > 0 ? wrkCpu * 1e6 / achieved : 0, 0, 'f', 1)
                   .arg(b.rate > 0 ? b.cpu * 1e6 / b.rate : 0, 0, 'f', 1)
                   .arg(wrkAtRate > 0 ? b.cpu / wrkAtRate : 0, 0, 'f', 2)
                   .arg(wrk.isEmpty() ? 0 : wrk.first().rate, 0, 'f', 0)
                   .arg(wrk.isEmpty() || wrk.first().cpu <= 0
                            ? 0
                            : b.cpu / (wrk.first().cpu / wrk.first().rate * b.rate),
                        0, 'f', 2)
            << Qt::endl;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("--generate"))
        return generate(args.at(2), args.at(3).toDouble(), args.at(4).toDouble());
    const int seconds = args.size() > 1 ? std::max(2, args.at(1).toInt()) : 10;
    QTextStream out(stdout);
    EngineHost host;
    QObject::connect(&host, &EngineHost::notice, &app,
                     [&](const QString &n) { out << "notice: " << n << Qt::endl; });
    bool measured = false;
    QObject::connect(&host, &EngineHost::snapshotReady, &app, [&](const EngineSnapshot &s) {
        if (measured || s.loadBalancers.isEmpty())
            return;
        const LoadBalancerStatus &lb = s.loadBalancers.first();
        int healthy = 0;
        for (const TargetHealth &t : lb.targets)
            healthy += t.state == QLatin1String("healthy");
        if (healthy < kTasks || lb.listeners.isEmpty())
            return;
        measured = true;
        const QString url = lb.listeners.first().url;
        QTimer::singleShot(0, &app, [&, url] {
            measure(out, QCoreApplication::applicationFilePath(), url, seconds);
            host.stopAll();
        });
    });
    QObject::connect(&host, &EngineHost::allStopped, &app, [] { QCoreApplication::exit(0); });
    QTimer::singleShot(180000, &app, [&] {
        if (measured)
            return;
        out << "timed out waiting for healthy targets" << Qt::endl;
        host.stopAll();
    });
    host.start(benchProject());
    return QCoreApplication::exec();
}

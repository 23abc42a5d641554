// berth-bench-run: how long 20 tasks take from Run to RUNNING through Berth's engine, against
// `docker-compose up -d` starting the same 20 containers (same image, limits, dynamic ports on
// the same addresses), in one run. Prints both and the ratio (goal: Berth <= 0.8x).
//   berth-bench-run [--tasks N] [--rounds R]
#include "engine/docker/demoimage.h"
#include "engine/docker/dockerclient.h"
#include "engine/runtime/enginehost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Berth::Engine;
using namespace Berth::Model;

namespace {

ProjectData benchProject(int tasks, int round)
{
    ProjectData p;
    p.name = QStringLiteral("bench-run-%1").arg(round);
    Cluster c;
    c.name = QStringLiteral("bench");
    for (int i = 0; i < 5; ++i)
        c.instances << ContainerInstance::ofType(QStringLiteral("i%1").arg(i), "m5.xlarge",
                                                 i % 2 ? "us-east-1b" : "us-east-1a");
    p.clusters << c;
    p.registerTaskDefinition(QJsonObject{
        {"family", "bench"},
        {"containerDefinitions",
         QJsonArray{QJsonObject{{"name", "app"},
                                {"image", "berth/demo:1"},
                                {"cpu", 64},
                                {"memory", 32},
                                {"portMappings", QJsonArray{QJsonObject{{"containerPort", 8080}}}}}}}});
    Service s;
    s.name = QStringLiteral("bench");
    s.cluster = c.name;
    s.taskDefinition = QStringLiteral("bench");
    s.desiredCount = tasks;
    p.services << s;
    return p;
}

qint64 berthRound(int tasks, int round)
{
    EngineHost host;
    QEventLoop loop;
    QElapsedTimer timer;
    qint64 elapsed = -1;
    QObject::connect(&host, &EngineHost::snapshotReady, &loop, [&](const EngineSnapshot &s) {
        int running = 0;
        for (const Task &t : s.tasks)
            running += t.lastStatus == TaskStatus::Running;
        if (running == tasks && elapsed < 0) {
            elapsed = timer.elapsed();
            loop.quit();
        }
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    timer.start();
    host.start(benchProject(tasks, round));
    loop.exec();
    QEventLoop stopping;
    QObject::connect(&host, &EngineHost::allStopped, &stopping, &QEventLoop::quit);
    QTimer::singleShot(60000, &stopping, &QEventLoop::quit);
    host.stopAll();
    stopping.exec();
    return elapsed;
}

qint64 composeRound(int tasks, int round)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("docker-compose.yml")));
    if (!f.open(QIODevice::WriteOnly))
        return -1;
    QByteArray yml = "version: \"2.4\"\nservices:\n";
    for (int i = 0; i < tasks; ++i) {
        yml += QStringLiteral("  s%1:\n    image: berth/demo:1\n    mem_limit: 32m\n"
                              "    cpu_shares: 64\n    environment:\n      PORT: \"8080\"\n"
                              "    ports:\n      - \"127.77.1.%2::8080\"\n")
                   .arg(i)
                   .arg(i % 5 + 1)
                   .toUtf8();
    }
    f.write(yml);
    f.close();
    const QStringList base{QStringLiteral("-p"), QStringLiteral("benchcompose%1").arg(round),
                           QStringLiteral("-f"), f.fileName()};
    QElapsedTimer timer;
    timer.start();
    const int rc = QProcess::execute(QStringLiteral("docker-compose"),
                                     base + QStringList{QStringLiteral("up"), QStringLiteral("-d"),
                                                        QStringLiteral("--quiet-pull")});
    const qint64 elapsed = timer.elapsed();
    QProcess::execute(QStringLiteral("docker-compose"),
                      base + QStringList{QStringLiteral("down"), QStringLiteral("-t"),
                                         QStringLiteral("1")});
    return rc == 0 ? elapsed : -1;
}

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int tasks = args.contains("--tasks") ? args.at(args.indexOf("--tasks") + 1).toInt() : 20;
    const int rounds =
        args.contains("--rounds") ? args.at(args.indexOf("--rounds") + 1).toInt() : 3;
    Docker::DockerClient docker;
    if (!docker.ping().ok() || !ensureDemoImage(docker).ok()) {
        std::fprintf(stderr, "berth-bench-run: needs a Docker daemon and the demo image\n");
        return 2;
    }
    QList<qint64> berth, compose;
    for (int r = 0; r < rounds; ++r) {
        berth << berthRound(tasks, r);
        compose << composeRound(tasks, r);
        std::printf("round %d: berth %lld ms, docker-compose up -d %lld ms\n", r + 1,
                    static_cast<long long>(berth.last()), static_cast<long long>(compose.last()));
    }
    const qint64 b = median(berth), c = median(compose);
    std::printf("tasks: %d\nberth run to RUNNING (median): %lld ms\n"
                "docker-compose up -d (median): %lld ms\nratio berth/compose: %.2f\n",
                tasks, static_cast<long long>(b), static_cast<long long>(c),
                c > 0 ? double(b) / double(c) : 0.0);
    return 0;
}

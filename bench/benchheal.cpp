// berth-bench-heal: `docker kill` of a service's task container -> replacement RUNNING, against
// a bare `docker run -d` of the same image; and how soon the engine notices the kill (the
// first snapshot in which the killed task is no longer desired RUNNING), from the kill call
// and from the moment the daemon's event stream reports the death.
//   berth-bench-heal [--rounds R]
#include "engine/docker/demoimage.h"
#include "engine/docker/dockerclient.h"
#include "engine/runtime/containerspec.h"
#include "engine/runtime/enginehost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <thread>

using namespace Berth::Engine;
using namespace Berth::Model;

namespace {

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

ProjectData healProject()
{
    ProjectData p;
    p.name = QStringLiteral("bench-heal");
    Cluster c;
    c.name = QStringLiteral("bench");
    c.instances << ContainerInstance::ofType("i1", "t3.medium", "us-east-1a");
    p.clusters << c;
    p.registerTaskDefinition(QJsonObject{
        {"family", "heal"},
        {"containerDefinitions",
         QJsonArray{QJsonObject{{"name", "app"}, {"image", "berth/demo:1"}, {"memory", 32},
                                {"portMappings",
                                 QJsonArray{QJsonObject{{"containerPort", 8080}}}}}}}});
    Service s;
    s.name = QStringLiteral("heal");
    s.cluster = c.name;
    s.taskDefinition = QStringLiteral("heal");
    s.desiredCount = 1;
    p.services << s;
    return p;
}

const Task *runningTask(const EngineSnapshot &s)
{
    for (const Task &t : s.tasks) {
        if (t.lastStatus == TaskStatus::Running && t.isActive())
            return &t;
    }
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rounds = args.contains("--rounds") ? args.at(args.indexOf("--rounds") + 1).toInt()
                                                 : 5;
    Docker::DockerClient docker;
    if (!docker.ping().ok() || !ensureDemoImage(docker).ok()) {
        std::fprintf(stderr, "berth-bench-heal: needs a Docker daemon and the demo image\n");
        return 2;
    }

    QList<qint64> bare;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        QProcess::execute(QStringLiteral("docker"),
                          {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"),
                           QStringLiteral("berth-bench-bare"), QStringLiteral("-m"),
                           QStringLiteral("32m"), QStringLiteral("-p"),
                           QStringLiteral("127.77.9.1::8080"), QStringLiteral("berth/demo:1")});
        bare << t.elapsed();
        QProcess::execute(QStringLiteral("docker"), {QStringLiteral("rm"), QStringLiteral("-f"),
                                                     QStringLiteral("berth-bench-bare")});
    }

    EngineHost host;
    QEventLoop loop;
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QObject::connect(&host, &EngineHost::snapshotReady, &loop, [&](const EngineSnapshot &s) {
        if (runningTask(s))
            loop.quit();
    });
    host.start(healProject());
    loop.exec();

    // The bench's own view of the event stream: when the daemon reports the death.
    Docker::Filters filters;
    filters.insert(QStringLiteral("type"), {QStringLiteral("container")});
    filters.insert(QStringLiteral("event"), {QStringLiteral("die")});
    filters.insert(QStringLiteral("label"),
                   {QLatin1String(ContainerSpec::kProject) + QStringLiteral("=bench-heal")});
    auto events = docker.events(filters);
    QElapsedTimer t;
    qint64 died = -1;
    QObject::connect(events.get(), &Docker::DockerStream::objectReceived, &app,
                     [&](const QJsonObject &) {
                         if (died < 0)
                             died = t.elapsed();
                     });
    events->start();

    QList<qint64> noticed, healed, afterDeath;
    for (int r = 0; r < rounds; ++r) {
        const Task *victim = runningTask(host.lastSnapshot());
        if (!victim)
            break;
        const QString victimId = victim->id;
        qint64 notice = -1, heal = -1;
        died = -1;
        QEventLoop wait;
        QTimer::singleShot(60000, &wait, &QEventLoop::quit);
        auto c = QObject::connect(&host, &EngineHost::snapshotReady, &wait,
                                  [&](const EngineSnapshot &s) {
                                      const Task *old = s.task(victimId);
                                      if (notice < 0 && (!old || !old->isActive()))
                                          notice = t.elapsed();
                                      const Task *now = runningTask(s);
                                      if (now && now->id != victimId && heal < 0) {
                                          heal = t.elapsed();
                                          wait.quit();
                                      }
                                  });
        t.start();
        // Killed from another thread: the kill call returns only once the container is dead,
        // and this thread must be free to take the snapshots meanwhile.
        std::thread killer(
            [&docker, id = victim->containers.first().dockerId] { docker.killContainer(id); });
        wait.exec();
        killer.join();
        QObject::disconnect(c);
        noticed << notice;
        healed << heal;
        afterDeath << (died >= 0 && notice >= 0 ? notice - died : -1);
        std::printf("round %d: die event %lld ms, noticed %lld ms, replacement RUNNING %lld ms, "
                    "bare docker run %lld ms\n",
                    r + 1, static_cast<long long>(died), static_cast<long long>(notice),
                    static_cast<long long>(heal), static_cast<long long>(bare.at(r)));
    }
    QEventLoop stopping;
    QObject::connect(&host, &EngineHost::allStopped, &stopping, &QEventLoop::quit);
    QTimer::singleShot(30000, &stopping, &QEventLoop::quit);
    host.stopAll();
    stopping.exec();

    events->cancel();
    const qint64 b = median(bare), h = median(healed), n = median(noticed);
    std::printf("die event -> noticed (median): %lld ms\n",
                static_cast<long long>(median(afterDeath)));
    std::printf("kill noticed (median): %lld ms\nkill -> replacement RUNNING (median): %lld ms\n"
                "bare docker run -d (median): %lld ms\nratio: %.2f\n",
                static_cast<long long>(n), static_cast<long long>(h), static_cast<long long>(b),
                b > 0 ? double(h) / double(b) : 0.0);
    return 0;
}

// berth-bench-stats: 50 containers sampled at 1 Hz for 60 s through Berth's StatsSampler
// (persistent streams, CPU deltas computed by Berth), then the same minute of `docker stats`.
// Prints the share of samples delivered (goal >= 95%) and the CPU time of each (goal: Berth
// <= 0.3x docker stats).   berth-bench-stats [--containers N] [--seconds S]
#include "engine/docker/demoimage.h"
#include "engine/docker/dockerclient.h"
#include "engine/metrics/statssampler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QThread>

#include <cstdio>
#include <sys/resource.h>

using namespace Berth::Engine;

namespace {

double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
           + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count =
        args.contains("--containers") ? args.at(args.indexOf("--containers") + 1).toInt() : 50;
    const int seconds =
        args.contains("--seconds") ? args.at(args.indexOf("--seconds") + 1).toInt() : 60;
    auto docker = std::make_shared<Docker::DockerClient>();
    if (!docker->ping().ok() || !ensureDemoImage(*docker).ok()) {
        std::fprintf(stderr, "berth-bench-stats: needs a Docker daemon and the demo image\n");
        return 2;
    }
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const QJsonObject body{{"Image", "berth/demo:1"},
                               {"Labels", QJsonObject{{"io.berth.bench", "stats"}}},
                               {"HostConfig", QJsonObject{{"Memory", 32 * 1024 * 1024}}}};
        const auto created = docker->createContainer(body, QStringLiteral("berth-bench-stats-%1")
                                                               .arg(i));
        if (!created.ok() || !docker->startContainer(created->id).ok()) {
            std::fprintf(stderr, "cannot start container %d\n", i);
            return 2;
        }
        ids << created->id;
    }
    QThread::sleep(2);

    double before = cpuSeconds(RUSAGE_SELF);
    quint64 samples = 0;
    double produced = 0; // seconds of samples, summed over the containers
    {
        StatsSampler sampler(docker);
        sampler.sync(ids);
        QElapsedTimer t;
        t.start();
        QThread::msleep(1500); // streams connect; the first sample of each carries no delta
        const quint64 start = sampler.samplesReceived();
        QHash<QString, QDateTime> first;
        for (const QString &id : ids) {
            if (const auto s = sampler.latest(id))
                first.insert(id, s->at);
        }
        QThread::sleep(seconds);
        samples = sampler.samplesReceived() - start;
        // What the daemon produced over the same time: its samples carry their read time.
        for (const QString &id : ids) {
            const auto s = sampler.latest(id);
            if (s && first.contains(id))
                produced += double(first.value(id).msecsTo(s->at)) / 1000.0;
        }
    }
    const double berthCpu = cpuSeconds(RUSAGE_SELF) - before;

    before = cpuSeconds(RUSAGE_CHILDREN);
    QProcess stats;
    stats.setStandardOutputFile(QProcess::nullDevice());
    const QStringList statsArgs = QStringList{QStringLiteral("stats"), QStringLiteral("--format"),
                                              QStringLiteral("{{.Container}} {{.CPUPerc}}")}
                                  + ids;
    stats.start(QStringLiteral("docker"), statsArgs);
    stats.waitForStarted();
    QThread::sleep(seconds);
    stats.kill(); // the docker CLI keeps streaming until killed
    stats.waitForFinished(10000);
    const double dockerCpu = cpuSeconds(RUSAGE_CHILDREN) - before;

    for (const QString &id : ids)
        docker->removeContainer(id, true, true);

    const double expected = double(count) * seconds;
    std::printf("containers: %d, seconds: %d\nsamples delivered: %llu of %.0f (%.1f%%)\n"
                "berth sampler CPU time: %.2f s\ndocker stats CPU time: %.2f s\n"
                "ratio berth/docker stats: %.2f\n"
                "daemon's sample interval (mean): %.3f s\n",
                count, seconds, static_cast<unsigned long long>(samples), expected,
                100.0 * double(samples) / expected, berthCpu, dockerCpu,
                dockerCpu > 0 ? berthCpu / dockerCpu : 0.0,
                samples > 0 ? produced / double(samples) : 0.0);
    return 0;
}
